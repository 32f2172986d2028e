package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.nlbrief.parser.Paragraph.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Datelines and the seed header name real days and months, or the line is ordinary text. */
class LayoutDateTest {
  private final Layout layout = new Layout();

  private List<Role> roles(Layout.Result result) {
    return result.blocks().stream().map(Layout.Block::role).toList();
  }

  @Test
  void aDatelineOfARealDayIsTheArticlesDate() {
    Layout.Result r = layout.read("Kop van het stuk\n\n29 februari 2024, 09u05\n\nDe eerste zin.\n", null);
    assertEquals(List.of(Role.HEADLINE, Role.DATELINE, Role.BODY), roles(r));
    assertEquals("2024-02-29", r.date());
    assertEquals("2024-02-29T09:05", r.published());
  }

  @Test
  void aDayTheMonthDoesNotHaveIsNoDate() {
    // 2023 is no leap year; a 33rd of January does not exist either.
    for (String line : List.of("29 februari 2023", "33 januari 2026", "31 april 2026")) {
      Layout.Result r = layout.read("Kop van het stuk\n\n" + line + "\n\nDe eerste zin.\n", null);
      assertNull(r.date(), line);
      assertNull(r.published(), line);
      assertEquals(List.of(Role.HEADLINE, Role.BODY, Role.BODY), roles(r), line);
    }
  }

  @Test
  void aTimeOfDayPastMidnightIsNoTime() {
    Layout.Result r = layout.read("Kop van het stuk\n\n3 maart 2026 om 25u10\n\nDe eerste zin.\n", null);
    assertNull(r.published());
    Layout.Result time = layout.read("Kop van het stuk\n\n3 maart 2026\n\n23:70\n\nDe eerste zin.\n", null);
    assertEquals("2026-03-03", time.published());
  }

  @Test
  void aSeedHeaderWithAMonthThatDoesNotExistIsText() {
    Layout.Result r = layout.read("date 2026-13 Kop van het stuk\n\nDe eerste zin.\n", null);
    assertNull(r.date());
    Layout.Result real = layout.read("date 2026-12 Kop van het stuk\n\nDe eerste zin.\n", null);
    assertEquals("2026-12", real.date());
    assertEquals("Kop van het stuk", real.title());
  }

  @Test
  void theSeedHeadersHeadlineHasNoBlanksAroundIt() {
    // The header's pattern trims spaces and tabs only; a form feed or a no-break space stayed in the headline.
    Layout.Result r = layout.read("date 2026-12 Kop van het stuk\f\u00A0\r\nDe eerste zin.\n", null);
    assertEquals("Kop van het stuk", r.title());
    assertEquals("Kop van het stuk", r.blocks().get(0).span().of("date 2026-12 Kop van het stuk\f\u00A0\r\nDe eerste zin.\n"));
    // A header with nothing but blanks for a headline is no header.
    assertNull(layout.read("date 2026-12 \u00A0\f\n\nDe eerste zin.\n", null).date());
  }
}
