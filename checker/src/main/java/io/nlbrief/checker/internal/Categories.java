package io.nlbrief.checker.internal;

import java.util.Map;

/** Short English explanations of LanguageTool's Dutch rule categories, for readers who do not read Dutch. */
public final class Categories {
  private static final Map<String, String> ENGLISH = Map.ofEntries(
      Map.entry("TYPOS", "Spelling: a word the Dutch dictionary does not know, probably misspelled."),
      Map.entry("GRAMMAR", "Grammar: words that do not agree, such as a verb form that does not fit its subject."),
      Map.entry("PUNCTUATION", "Punctuation: a missing, doubled or misplaced punctuation mark."),
      Map.entry("CASING", "Capitals: a capital letter missing or wrongly used."),
      Map.entry("TYPOGRAPHY", "Typography: spaces, dashes, quotes or other characters set wrongly."),
      Map.entry("REPETITIONS", "Repetition: a word written twice by mistake."),
      Map.entry("VERGISSINGEN", "Slips: a common confusion of similar words or forms (often d/t in verbs)."),
      Map.entry("VORMFOUTEN", "Word forms: a wrong form of a word, such as a pronoun or verb ending."),
      Map.entry("NOTATIES", "Notation: dates, times, numbers or units written against the Dutch convention."),
      Map.entry("EIGENNAMEN", "Names: a name spelled differently from its standard Dutch spelling."),
      Map.entry("COMPOUNDING", "Compounds: words that Dutch writes as one word, or with a hyphen."),
      Map.entry("SAMENSTELLINGEN", "Compounds: words that Dutch writes as one word, or with a hyphen."),
      Map.entry("CONFUSED_WORDS", "Confused words: a word that is easily mistaken for another."),
      Map.entry("STYLE", "Style: correct, but an editor would phrase it better."),
      Map.entry("REDUNDANCY", "Redundancy: a word that adds nothing."),
      Map.entry("SEMANTICS", "Meaning: something that is probably not what the writer meant."),
      Map.entry("MISC", "Other: a problem that fits no other category."),
      Map.entry("ANGLICISMEN", "Anglicism: an English word or phrase where Dutch has its own."),
      Map.entry("BARBARISMEN", "Barbarism: a loan construction that Dutch style guides reject."),
      Map.entry("ONJUIST_TAALGEBRUIK", "Incorrect usage: a construction that standard Dutch does not accept."));

  private Categories() {}

  public static String english(String categoryId, String categoryName) {
    String known = ENGLISH.get(categoryId);
    return known != null ? known : "LanguageTool's Dutch category '" + categoryName + "'.";
  }
}
