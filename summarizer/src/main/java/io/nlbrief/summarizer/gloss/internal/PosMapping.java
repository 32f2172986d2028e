package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.summarizer.gloss.GlossPos;
import java.util.List;

/** The parser's parts of speech and LanguageTool's Dutch tags as glossary parts of speech. */
final class PosMapping {
  private PosMapping() {}

  static GlossPos of(PartOfSpeech pos) {
    return switch (pos) {
      case NOUN -> GlossPos.NOUN;
      case PROPER_NOUN -> GlossPos.NAME;
      case VERB -> GlossPos.VERB;
      case ADJECTIVE -> GlossPos.ADJ;
      case ADVERB -> GlossPos.ADV;
      case PRONOUN -> GlossPos.PRON;
      case DETERMINER -> GlossPos.DET;
      case PREPOSITION -> GlossPos.PREP;
      case CONJUNCTION -> GlossPos.CONJ;
      case NUMERAL -> GlossPos.NUM;
      case INTERJECTION -> GlossPos.INT;
      default -> null;
    };
  }

  static GlossPos ofTag(String tag) {
    if (tag == null) {
      return null;
    }
    String head = tag.length() >= 3 ? tag.substring(0, 3) : tag;
    return switch (head) {
      case "ZNW" -> GlossPos.NOUN;
      case "WKW" -> GlossPos.VERB;
      case "BNW" -> GlossPos.ADJ;
      case "BYW", "TYD" -> GlossPos.ADV;
      case "VNW" -> tag.startsWith("VNW:AWZ") ? GlossPos.DET : GlossPos.PRON;
      case "VRZ" -> GlossPos.PREP;
      case "VGW" -> GlossPos.CONJ;
      case "GET" -> GlossPos.NUM;
      case "TSW" -> GlossPos.INT;
      case "ENM" -> GlossPos.NAME;
      default -> null;
    };
  }

  /** Parts of speech to try when the tagger's one has no entry, nearest kinds first. */
  static List<GlossPos> fallbackOrder(GlossPos preferred) {
    if (preferred == null) {
      return List.of(GlossPos.NOUN, GlossPos.ADJ, GlossPos.ADV, GlossPos.VERB, GlossPos.PREP, GlossPos.CONJ,
          GlossPos.PRON, GlossPos.DET, GlossPos.NUM, GlossPos.INT, GlossPos.PHRASE);
    }
    return switch (preferred) {
      case ADJ -> List.of(GlossPos.ADJ, GlossPos.ADV, GlossPos.VERB, GlossPos.NOUN, GlossPos.NUM, GlossPos.PREP,
          GlossPos.PRON, GlossPos.DET, GlossPos.CONJ);
      case ADV -> List.of(GlossPos.ADV, GlossPos.ADJ, GlossPos.PREP, GlossPos.CONJ, GlossPos.PRON, GlossPos.DET,
          GlossPos.NUM, GlossPos.NOUN, GlossPos.VERB, GlossPos.PHRASE);
      case PRON, DET -> List.of(GlossPos.PRON, GlossPos.DET, GlossPos.ADV, GlossPos.NUM, GlossPos.CONJ, GlossPos.PREP,
          GlossPos.ADJ, GlossPos.NOUN);
      case PREP, CONJ -> List.of(GlossPos.PREP, GlossPos.CONJ, GlossPos.ADV, GlossPos.PRON, GlossPos.ADJ,
          GlossPos.NOUN, GlossPos.VERB);
      case NOUN -> List.of(GlossPos.NOUN, GlossPos.ADJ, GlossPos.VERB, GlossPos.ADV, GlossPos.NUM, GlossPos.PRON,
          GlossPos.PREP, GlossPos.CONJ, GlossPos.DET);
      default -> List.of(GlossPos.VERB, GlossPos.NOUN, GlossPos.ADJ, GlossPos.ADV, GlossPos.NUM, GlossPos.PRON,
          GlossPos.PREP, GlossPos.CONJ, GlossPos.DET, GlossPos.INT);
    };
  }
}
