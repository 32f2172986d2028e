package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each false-alarm filter on the class of false alarm it removes, and on real errors it must keep. */
class FiltersTest {

  private static boolean removes(MatchFilter filter, String text, Match match, String... userWords) {
    return filter.isFalseAlarm(match, Shared.context(text, userWords));
  }

  @Nested
  class TypedQuotes {
    final MatchFilter filter = new TypedQuoteFilter();

    @Test
    void openingLowQuoteIsNotADoubledComma() {
      String text = "Hij sprak van een ,,roekeloze schending''.";
      assertTrue(removes(filter, text, Shared.punctuation(text, ",,")));
    }

    @Test
    void realDoubledCommaStays() {
      String text = "Hij kwam,, en ging weer.";
      assertFalse(removes(filter, text, Shared.punctuation(text, ",,")));
    }
  }

  @Nested
  class EllipticalCompounds {
    final MatchFilter filter = new EllipticalCompoundFilter();

    @Test
    void leadingHyphenAfterConjunction() {
      String text = "Meer dan 25 NAVO-lidstaten en -bondgenoten zetten diplomaten uit.";
      assertTrue(removes(filter, text, Shared.spelling(text, "-bondgenoten")));
    }

    @Test
    void trailingHyphenBeforeConjunction() {
      String text = "Ze hekelen de desinformatie- en propagandacampagnes van Rusland.";
      assertTrue(removes(filter, text, Shared.spelling(text, "desinformatie-")));
    }

    @Test
    void misspelledFragmentStays() {
      String text = "Meer dan 25 NAVO-lidstaten en -bondgenotne zetten diplomaten uit.";
      assertFalse(removes(filter, text, Shared.spelling(text, "-bondgenotne")));
    }

    @Test
    void hyphenWithoutConjunctionStays() {
      String text = "Ze hekelen de desinformatie- propaganda van Rusland.";
      assertFalse(removes(filter, text, Shared.spelling(text, "desinformatie-")));
    }
  }

  @Nested
  class HyphenatedCompounds {
    final MatchFilter filter = new HyphenatedCompoundFilter();

    @Test
    void acronymAndClosedCompound() {
      String text = "Het overleg in de NAVO-Ruslandraad ligt stil.";
      assertTrue(removes(filter, text, Shared.spelling(text, "NAVO-Ruslandraad")));
    }

    @Test
    void threeParts() {
      String text = "De uitnodigingen voor de NAVO-Rusland-Raad blijven onbeantwoord.";
      assertTrue(removes(filter, text, Shared.spelling(text, "NAVO-Rusland-Raad")));
    }

    @Test
    void nameAndWord() {
      String text = "De Brexit-impasse duurt voort, zegt PvdA-europarlementariër Agnes Jongerius.";
      assertTrue(removes(filter, text, Shared.spelling(text, "Brexit-impasse")));
      assertTrue(removes(filter, text, Shared.spelling(text, "PvdA-europarlementariër")));
    }

    @Test
    void misspelledPartStays() {
      String text = "De NAVO-diplomatne vertrekken vandaag.";
      assertFalse(removes(filter, text, Shared.spelling(text, "NAVO-diplomatne")));
    }
  }

  @Nested
  class ClosedCompounds {
    final MatchFilter filter = new ClosedCompoundFilter();

    @Test
    void compoundsOfKnownWords() {
      String text = "Het pooierverbod kwam ter sprake op de noodtop.";
      assertTrue(removes(filter, text, Shared.spelling(text, "pooierverbod")));
      assertTrue(removes(filter, text, Shared.spelling(text, "noodtop")));
    }

    @Test
    void misspellingsStay() {
      String text = "De ambasade en de scheitsrechter.";
      assertFalse(removes(filter, text, Shared.spelling(text, "ambasade")));
      assertFalse(removes(filter, text, Shared.spelling(text, "scheitsrechter")));
    }
  }

  @Nested
  class Names {
    final MatchFilter filter = new NameFilter();

    @Test
    void capitalisedInsideSentence() {
      String text = "De regering stuurde Kyryl Lashun naar Brussel.";
      assertTrue(removes(filter, text, Shared.spelling(text, "Kyryl")));
      assertTrue(removes(filter, text, Shared.spelling(text, "Lashun")));
    }

    @Test
    void sentenceStartRepeatedElsewhere() {
      String text = "Lashun reageerde niet. Later zei woordvoerder Lashun dat hij ziek was.";
      assertTrue(removes(filter, text, Shared.spelling(text, "Lashun")));
    }

    @Test
    void lowerCaseWordAndLoneSentenceStartStay() {
      String text = "Ambasade gesloten. De ambasade was dicht.";
      assertFalse(removes(filter, text, Shared.spelling(text, "Ambasade")));
      assertFalse(removes(filter, text, Shared.spelling(text, "ambasade")));
    }
  }

  @Nested
  class UserWords {
    final MatchFilter filter = new UserWordFilter();

    @Test
    void listedWordAndItsCapitalisedForm() {
      String text = "De zorgcoördinatrix en Zorgcoördinatrix Els kwamen.";
      assertTrue(removes(filter, text, Shared.spelling(text, "zorgcoördinatrix"), "zorgcoördinatrix"));
      assertTrue(removes(filter, text, Shared.spelling(text, "Zorgcoördinatrix"), "zorgcoördinatrix"));
    }

    @Test
    void unlistedWordStays() {
      String text = "De zorgcoördinatrix kwam.";
      assertFalse(removes(filter, text, Shared.spelling(text, "zorgcoördinatrix"), "iets"));
    }
  }
}
