package io.nlbrief.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** LanguageTool's {@code data} parameter: the plain text the checker reads and offsets back into the whole text. */
class MarkedTextTest {
  //                    0123456789012345678901234567890
  // whole text:        <p>Ik zag <b>de de</b> man.</p>
  private static final String DATA = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"Ik zag \"},{\"markup\":\"<b>\"},"
      + "{\"text\":\"de de\"},{\"markup\":\"</b>\"},{\"text\":\" man.\"},{\"markup\":\"</p>\",\"interpretAs\":\"\\n\\n\"}]}";
  private static final String WHOLE = "<p>Ik zag <b>de de</b> man.</p>";

  @Test
  void thePlainTextHasTheTextPartsAndWhatMarkupIsReadAs() {
    MarkedText text = MarkedText.parse(DATA);
    assertEquals("Ik zag de de man.\n\n", text.plain());
    assertTrue(text.hasMarkup());
  }

  @Test
  void spansMapIntoTheWholeText() {
    MarkedText text = MarkedText.parse(DATA);
    int plainStart = text.plain().indexOf("de de");
    assertEquals(WHOLE.indexOf("de de"), text.start(plainStart));
    assertEquals(WHOLE.indexOf("de de") + 5, text.end(plainStart + 5));
    // A span across the markup keeps the markup inside it.
    int man = text.plain().indexOf("man");
    assertEquals(WHOLE.indexOf("de de"), text.start(text.plain().indexOf("de de")));
    assertEquals(WHOLE.indexOf("man") + 3, text.end(man + 3));
    // The first and last positions.
    assertEquals(WHOLE.indexOf("Ik"), text.start(0));
    assertEquals(WHOLE.length(), text.end(text.plain().length()));
    // Inside what markup is read as: the markup's start, and its end for an end.
    int newline = text.plain().indexOf('\n');
    assertEquals(WHOLE.indexOf("</p>"), text.start(newline));
    assertEquals(WHOLE.length(), text.end(newline + 1));
  }

  @Test
  void aPlainTextMapsToItself() {
    MarkedText text = MarkedText.plain("Een zin.");
    assertFalse(text.hasMarkup());
    assertEquals(4, text.start(4));
    assertEquals(8, text.end(8));
  }

  @Test
  void brokenDataIsRefusedWithAMessage() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MarkedText.parse("{\"annotation\":")).getMessage()
        .contains("not JSON"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MarkedText.parse("[1,2]")).getMessage()
        .contains("'annotation'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MarkedText.parse("{\"annotation\":[{\"text\":3}]}"))
        .getMessage().contains("'text' or 'markup'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> MarkedText.parse("")).getMessage()
        .contains("'annotation'"));
  }
}
