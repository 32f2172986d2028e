package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.broker.DefaultResourceDataBroker;

/** The indexed lines answer as LanguageTool's own list of lines does. */
class IndexedLinesDataBrokerTest {
  private static final String COMPOUNDS = "/nl/multipartcompounds.txt";

  @Test
  void findsEachLineWhereAScanFindsIt() {
    List<String> plain = new DefaultResourceDataBroker().getFromResourceDirAsLines(COMPOUNDS);
    IndexedLinesDataBroker.install();
    List<String> indexed = JLanguageTool.getDataBroker().getFromResourceDirAsLines(COMPOUNDS);
    assertInstanceOf(IndexedLinesDataBroker.IndexedLines.class, indexed);
    assertEquals(plain, indexed);
    assertTrue(plain.size() > 10_000, plain.size() + " lines");
    // Every line, as SpaceInCompoundRule asks (the file has no repeated line; firstAndLastOfRepeatedLines has some).
    for (String line : plain) {
      assertEquals(plain.indexOf(line), indexed.indexOf(line), line);
      assertEquals(plain.lastIndexOf(line), indexed.lastIndexOf(line), line);
    }
    assertEquals(-1, indexed.indexOf("geen regel van het bestand"));
  }

  @Test
  void firstAndLastOfRepeatedLines() {
    List<String> lines = new IndexedLinesDataBroker.IndexedLines(List.of("a b", "#", "c d", "#", "a b", "#"));
    assertEquals(0, lines.indexOf("a b"));
    assertEquals(4, lines.lastIndexOf("a b"));
    assertEquals(1, lines.indexOf("#"));
    assertEquals(5, lines.lastIndexOf("#"));
    assertEquals(2, lines.indexOf("c d"));
    assertEquals(2, lines.lastIndexOf("c d"));
    assertEquals(-1, lines.indexOf(null));
    assertEquals(-1, lines.lastIndexOf(42));
    assertFalse(lines.contains("e f"));
    assertThrows(UnsupportedOperationException.class, () -> lines.add("e f"));
  }

  @Test
  void otherFilesComeAsBefore() {
    IndexedLinesDataBroker.install();
    List<String> lines = JLanguageTool.getDataBroker().getFromResourceDirAsLines("/nl/spelling/ignore.txt");
    assertEquals(ArrayList.class, lines.getClass());
    assertEquals(new DefaultResourceDataBroker().getFromResourceDirAsLines("/nl/spelling/ignore.txt"), lines);
  }
}
