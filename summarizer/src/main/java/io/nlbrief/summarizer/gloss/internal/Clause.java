package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import java.util.Set;

/** Where a clause ends, roughly: punctuation or a word that opens a subordinate clause. */
final class Clause {
  private static final Set<String> OPENERS = Set.of(
      "dat", "die", "wat", "waar", "omdat", "als", "wanneer", "terwijl", "nadat", "voordat", "zodat",
      "hoewel", "of", "om", "want", "maar", "doordat", "indien", "tenzij", "zodra", "totdat", "sinds");

  /** Subordinators that open a clause whatever the tagger calls them. */
  private static final Set<String> ALWAYS = Set.of(
      "wanneer", "omdat", "terwijl", "nadat", "voordat", "zodat", "hoewel", "doordat", "indien", "tenzij",
      "zodra", "totdat", "waarmee", "waardoor", "waarin", "waarop", "waarbij", "waarvan");

  private Clause() {}

  static boolean isBoundary(Token t) {
    if (t.pos() == PartOfSpeech.PUNCTUATION) {
      return !t.text().equals("-");
    }
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    if (ALWAYS.contains(w)) {
      return true;
    }
    return (t.pos() == PartOfSpeech.CONJUNCTION || t.pos() == PartOfSpeech.PRONOUN) && OPENERS.contains(w);
  }
}
