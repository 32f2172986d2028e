package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;

/** Puts an entry's English sense into the form the Dutch token has. */
final class Inflector {
  private final EnglishForms forms;

  Inflector(EnglishForms forms) {
    this.forms = forms;
  }

  EnglishForms forms() {
    return forms;
  }

  /**
   * The English of {@code entry} inflected like the Dutch token.
   *
   * @param finiteWithPluralSubject for an infinitive-or-plural verb form: whether it is used as a
   *     finite verb (then "be" is "are"), not as an infinitive
   */
  String inflect(GlossEntry entry, String english, DutchForm form, boolean finiteWithPluralSubject) {
    GlossPos pos = entry.pos();
    if (pos == GlossPos.NOUN) {
      if (form == DutchForm.PLURAL && !entry.hasNoteKeyword("uncountable") && !entry.hasNoteKeyword("plural")) {
        return forms.plural(english);
      }
      return english;
    }
    if (pos == GlossPos.ADJ || pos == GlossPos.ADV) {
      return switch (form) {
        case COMPARATIVE -> forms.comparative(english);
        case SUPERLATIVE -> forms.superlative(english);
        default -> english;
      };
    }
    if (pos == GlossPos.VERB || pos == GlossPos.PHRASE) {
      return verb(english, form, finiteWithPluralSubject);
    }
    return english;
  }

  String verb(String english, DutchForm form, boolean finite) {
    boolean be = english.equals("be") || english.startsWith("be ");
    String rest = be ? english.substring(2) : "";
    return switch (form) {
      case PRESENT_THIRD -> forms.thirdPerson(english);
      case PRESENT_OTHER -> be ? "am" + rest : english;
      case PRESENT_SECOND -> be ? "are" + rest : english;
      case INFINITIVE_OR_PLURAL -> be && finite ? "are" + rest : english;
      case PAST_SINGULAR -> forms.past(english);
      case PAST_PLURAL -> be ? "were" + rest : forms.past(english);
      case PARTICIPLE -> forms.pastParticiple(english);
      case PRESENT_PARTICIPLE -> forms.presentParticiple(english);
      default -> english;
    };
  }
}
