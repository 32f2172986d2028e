package io.nlbrief.summarizer.gloss.internal;

/**
 * The inflection a Dutch token's LanguageTool tag shows, as far as the English gloss needs it
 * (WKW:TGW:3EP present third person, WKW:VLT past, WKW:VTD participle, ZNW:MRV plural,
 * BNW:VGR comparative, BNW:OVR superlative, ...).
 */
enum DutchForm {
  PLAIN,
  PLURAL,
  PRESENT_THIRD,
  PRESENT_OTHER,
  /** Present, second person (jij hebt, u komt): English base form, "are" for be. */
  PRESENT_SECOND,
  INFINITIVE_OR_PLURAL,
  PAST_SINGULAR,
  PAST_PLURAL,
  PARTICIPLE,
  PRESENT_PARTICIPLE,
  COMPARATIVE,
  SUPERLATIVE;

  static DutchForm of(String tag) {
    if (tag == null) {
      return PLAIN;
    }
    if (tag.startsWith("ZNW")) {
      return tag.contains(":MRV") ? PLURAL : PLAIN;
    }
    if (tag.startsWith("WKW")) {
      if (tag.startsWith("WKW:VTD")) {
        return PARTICIPLE;
      }
      if (tag.startsWith("WKW:ODW")) {
        return PRESENT_PARTICIPLE;
      }
      if (tag.startsWith("WKW:VLT")) {
        return tag.contains(":INF") || tag.contains(":MRV") ? PAST_PLURAL : PAST_SINGULAR;
      }
      if (tag.startsWith("WKW:TGW")) {
        if (tag.contains(":3EP")) {
          return PRESENT_THIRD;
        }
        if (tag.contains(":2EP")) {
          return PRESENT_SECOND;
        }
        return tag.contains(":INF") || tag.contains(":MRV") ? INFINITIVE_OR_PLURAL : PRESENT_OTHER;
      }
      return PLAIN;
    }
    if (tag.startsWith("BNW") || tag.startsWith("BYW")) {
      if (tag.contains(":VGR")) {
        return COMPARATIVE;
      }
      if (tag.contains(":OVR")) {
        return SUPERLATIVE;
      }
    }
    return PLAIN;
  }

  boolean isFiniteVerb() {
    return this == PRESENT_THIRD || this == PRESENT_OTHER || this == PRESENT_SECOND || this == PAST_SINGULAR || this == PAST_PLURAL
        || this == INFINITIVE_OR_PLURAL;
  }
}
