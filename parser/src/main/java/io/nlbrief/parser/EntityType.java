package io.nlbrief.parser;

/** The kind of name a token belongs to, as far as the tagger and capitalisation tell. */
public enum EntityType {
  PERSON,
  PLACE,
  ORGANISATION,
  OTHER
}
