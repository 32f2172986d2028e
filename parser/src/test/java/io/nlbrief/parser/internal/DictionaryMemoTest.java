package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nlbrief.parser.Token.Reading;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryMemoTest {
  @Test
  void asksTheDictionaryOncePerWordAndGivesTheSameReadings() {
    List<String> asked = new ArrayList<>();
    DictionaryMemo memo = new DictionaryMemo(word -> {
      asked.add(word);
      return word.equals("wegsturen") ? new ArrayList<>(List.of(new Reading("wegsturen", "WKW:TGW:INF"))) : List.of();
    });
    assertEquals(List.of(new Reading("wegsturen", "WKW:TGW:INF")), memo.apply("wegsturen"));
    assertEquals(List.of(new Reading("wegsturen", "WKW:TGW:INF")), memo.apply("wegsturen"));
    assertEquals(List.of(), memo.apply("opsturenx"));
    assertEquals(List.of(), memo.apply("opsturenx"));
    assertEquals(List.of("wegsturen", "opsturenx"), asked);
  }

  @Test
  void theRememberedReadingsCannotBeChanged() {
    DictionaryMemo memo = new DictionaryMemo(word -> new ArrayList<>(List.of(new Reading(word, "ZNW:EKV"))));
    assertThrows(UnsupportedOperationException.class, () -> memo.apply("huis").clear());
  }
}
