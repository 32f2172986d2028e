package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublishedDateTest {
  @Test
  void offsetDateTimeKeepsTheSendersClock() {
    // An e-mail sent at 15:38 Amsterdam summer time: the reader wants 15:38, not 13:38 UTC.
    assertEquals("2018-03-27T15:38", DefaultArticleParser.localDateTime("2018-03-27T15:38:00+02:00"));
    assertEquals("2018-03-27T15:38", DefaultArticleParser.localDateTime("2018-03-27T15:38:59Z"));
  }

  @Test
  void datesAndUnknownShapesPassUnchanged() {
    assertEquals("2018-03-27", DefaultArticleParser.localDateTime("2018-03-27"));
    assertEquals("gisteren om drie uur", DefaultArticleParser.localDateTime("gisteren om drie uur"));
    assertNull(DefaultArticleParser.localDateTime(null));
  }
}
