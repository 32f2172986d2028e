package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublishedDateTest {
  @Test
  void offsetDateTimeKeepsTheSendersClockAndItsOffset() {
    // An e-mail sent at 15:38 Amsterdam summer time: the reader wants 15:38 (not 13:38 UTC) and the
    // offset that says when that was
    assertEquals("2018-03-27T15:38+02:00", DefaultArticleParser.toMinute("2018-03-27T15:38:00+02:00"));
    assertEquals("2018-03-27T15:38+00:00", DefaultArticleParser.toMinute("2018-03-27T15:38:59Z"));
    assertEquals("2018-03-27T09:05-04:30", DefaultArticleParser.toMinute("2018-03-27T09:05-04:30"));
  }

  @Test
  void aTimeWithoutOffsetStaysLocal() {
    assertEquals("2018-03-27T15:38", DefaultArticleParser.toMinute("2018-03-27T15:38:12"));
  }

  @Test
  void datesAndUnknownShapesPassUnchanged() {
    assertEquals("2018-03-27", DefaultArticleParser.toMinute("2018-03-27"));
    assertEquals("gisteren om drie uur", DefaultArticleParser.toMinute("gisteren om drie uur"));
    assertNull(DefaultArticleParser.toMinute(null));
  }
}
