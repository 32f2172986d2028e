package io.nlbrief.summarizer.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterlinearTest {
  private static GlossToken t(String nl, String en, String origin) {
    return new GlossToken(nl, new Span(0, 0), en, origin);
  }

  private static final GlossLine LINE = new GlossLine(",,Stuur ze weg'', zei hij.", "", List.of(
      t(",,", "\"", "punctuation"),
      t("Stuur", "send away", "separable:wegsturen"),
      t("ze", "them", "glossary:default"),
      t("weg", "", "separable:wegsturen"),
      t("''", "\"", "punctuation"),
      t(",", ",", "punctuation"),
      t("zei", "said", "glossary:default"),
      t("hij", "he", "glossary:default"),
      t(".", ".", "punctuation")), List.of(), 5, 5);

  @Test
  void openingQuotesGoWithTheNextWordClosingOnesWithTheLast() {
    // columns: ,,Stuur/"send away (9), ze/them (4), weg'',/·", (6), zei/said (4), hij./he. (4)
    assertEquals(
        ",,Stuur     ze    weg'',  zei   hij.\n"
            + "\"send away  them  ·\",     said  he.\n",
        Interlinear.render(LINE, 80));
  }

  @Test
  void wrapsAtTheWidth() {
    // 9 + 2 + 4 + 2 + 6 = 23 fits in 24; "zei" would make it 29
    assertEquals(
        ",,Stuur     ze    weg'',\n"
            + "\"send away  them  ·\",\n"
            + "zei   hij.\n"
            + "said  he.\n",
        Interlinear.render(LINE, 24));
  }
}
