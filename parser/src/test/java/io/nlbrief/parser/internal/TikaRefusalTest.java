package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** Tika's guards become refusals that say what they are, never "corrupt". */
class TikaRefusalTest {
  @Test
  void tooDeepNestingIsSaidAsSuch() {
    ParseException e = TikaEngine.refusal("deep.xml", new TikaException("Zip bomb detected!",
        new SAXException("Suspected zip bomb: 2000 levels of XML element nesting")), 1_000_000);
    assertEquals(Reason.TOO_DEEP, e.reason());
    assertEquals("deep.xml: is too deeply nested (more than 2,000 levels of elements)", e.getMessage());
  }

  @Test
  void theWriteLimitIsTooLarge() {
    ParseException e = TikaEngine.refusal("big.docx", new TikaException("limit", new WriteLimitReachedException(1_000_000)), 1_000_000);
    assertEquals(Reason.TOO_LARGE, e.reason());
    assertEquals("big.docx: is too large (more than 1,000,000 characters of text; the limit follows --max-size)", e.getMessage());
  }

  @Test
  void aCompressionRatioIsAZipBomb() {
    ParseException e = TikaEngine.refusal("bomb.docx", new TikaException("Zip bomb detected!",
        new SAXException("Suspected zip bomb: 250 output characters per input byte")), 1_000_000);
    assertEquals(Reason.TOO_LARGE, e.reason());
  }
}
