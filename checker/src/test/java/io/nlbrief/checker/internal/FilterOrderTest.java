package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;

/**
 * The filters run in an order that leaves the speller's suggestion search (most of a check's
 * time on unknown words) to the candidates no cheaper filter drops.
 */
class FilterOrderTest {
  private final AtomicInteger searches = new AtomicInteger();

  /** A speller candidate over {@code word} whose suggestions, when first read, count a search. */
  private Match candidate(String text, String word, String... suggestions) {
    Match plain = Shared.spelling(text, word);
    RuleMatch lt = new RuleMatch(new StandInRule(plain), null, plain.start(), plain.end(), plain.message(), null);
    lt.setLazySuggestedReplacements(() -> {
      searches.incrementAndGet();
      return SuggestedReplacement.convert(List.of(suggestions));
    });
    return new Match(plain.ruleId(), plain.ruleDescription(), plain.categoryId(), plain.categoryName(), plain.issueType(),
        true, plain.message(), plain.shortMessage(), plain.start(), plain.end(), new LazySuggestions(lt));
  }

  private static boolean dropped(Match match, CheckContext context) {
    return LanguageToolChecker.FILTERS.stream().anyMatch(f -> f.isFalseAlarm(match, context));
  }

  @Test
  void aCandidateAnEarlierFilterDropsIsNeverSearched() {
    String text = "Meer dan 25 NAVO-lidstaten en -bondgenoten zetten diplomaten uit.";
    assertTrue(dropped(candidate(text, "-bondgenoten", "bondgenoten"), Shared.context(text)));
    assertEquals(0, searches.get());
  }

  @Test
  void aCandidateNoOtherFilterDropsIsSearchedOnceAndCanStillBeDroppedForItsSuggestion() {
    String text = "Zij speelt al jaren tafeltennis bij de club.";
    Match inPlace = candidate(text, "tafel", "tafeltennis");
    assertTrue(dropped(inPlace, Shared.context(text)), "the suggestion is already in the text");
    assertEquals(1, searches.get());

    String typo = "Zij vertrokken gisteren vroeg naar de vergaderign in de stad.";
    assertFalse(dropped(candidate(typo, "vergaderign", "vergadering"), Shared.context(typo)));
    assertEquals(2, searches.get());
  }
}
