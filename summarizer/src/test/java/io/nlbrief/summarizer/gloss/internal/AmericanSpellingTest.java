package io.nlbrief.summarizer.gloss.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** British words to American by the rules, and the words the rules must leave alone. */
class AmericanSpellingTest {
  @ParameterizedTest
  @CsvSource({
    "organise, organize", "organised, organized", "organising, organizing", "organisation, organization",
    "organisations, organizations", "realise, realize", "criticised, criticized", "theorise, theorize",
    "summarise, summarize", "analyse, analyze", "paralysed, paralyzed",
    "colour, color", "colourful, colorful", "labour, labor", "labourer, laborer", "behaviour, behavior",
    "behavioural, behavioral", "neighbourhood, neighborhood", "favourite, favorite", "honoured, honored", "rumours, rumors",
    "centre, center", "centres, centers", "centred, centered", "kilometres, kilometers", "theatre, theater",
    "fibre, fiber", "epicentre, epicenter",
    "defence, defense", "offences, offenses", "licence, license",
    "programme, program", "programmes, programs",
    "travelled, traveled", "travelling, traveling", "cancelled, canceled",
    "paediatric, pediatric", "manoeuvre, maneuver",
    "grey, gray", "tyres, tires", "judgement, judgment", "towards, toward", "catalogue, catalog",
    "city-centre, city-center", "neighbour's, neighbor's", "labourers', laborers'", "Centre, Center", "COLOUR, COLOR", "Organisation, Organization"})
  void britishToAmerican(String british, String american) {
    assertEquals(american, AmericanSpelling.american(british));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "advise", "advised", "surprise", "surprised", "compromise", "rise", "sunrise", "exercise", "televised", "promise",
    "otherwise", "expertise", "enterprise", "arise", "raised", "praise", "noise", "cruise", "wise",
    "four", "hour", "your", "tour", "journey", "court", "glamour",
    "genre", "acre", "massacre", "mediocre", "more", "here",
    "controlled", "called", "killed", "filling", "spelling", "conference", "silence", "dialogue",
    "program", "color", "organize", "is", "the", "programmed", "Florence", "bruised", "it's", "'s"})
  void theSameInBoth(String word) {
    assertEquals(word, AmericanSpelling.american(word));
  }

  @Test
  void notWordsAreLeftAlone() {
    assertEquals("⟨colour?⟩", AmericanSpelling.american("⟨colour?⟩"));
    assertEquals("kleurrijk", AmericanSpelling.american("kleurrijk"));
    assertEquals("", AmericanSpelling.american(""));
  }
}
