package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListsTest {
  @Test
  void oneCommentRuleForEveryList() {
    assertEquals("NAVO", WordLists.entry("  NAVO \r"));
    assertNull(WordLists.entry("# a comment"));
    assertNull(WordLists.entry("   # an indented comment"));
    assertNull(WordLists.entry(" \t "));
    // a # later in the line belongs to the word
    assertEquals("C#", WordLists.entry("C#"));
    assertEquals("nr. # not a comment", WordLists.entry("nr. # not a comment"));
    assertEquals("zenuwgas", WordLists.entry("\uFEFFzenuwgas"));
  }

  @Test
  void aUserListIsReadInOrderAndABadByteNamesItsLine(@TempDir Path dir) throws Exception {
    Path words = dir.resolve("words.txt");
    Files.write(words, "\uFEFF# mine\r\nStoltenberg\r\n\r\n  Navalny  \nC#\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(List.of("Stoltenberg", "Navalny", "C#"), WordLists.read(words));

    Files.write(words, new byte[] {'a', '\n', 'b', (byte) 0xff, '\n'});
    ParseException e = assertThrows(ParseException.class, () -> WordLists.read(words));
    assertEquals(ParseException.Reason.BAD_ENCODING, e.reason());
    assertEquals(words + ":2", e.file());
    assertEquals(ParseException.Reason.NOT_FOUND, assertThrows(ParseException.class,
        () -> WordLists.read(dir.resolve("none.txt"))).reason());
    assertEquals(ParseException.Reason.UNREADABLE, assertThrows(ParseException.class, () -> WordLists.read(dir)).reason());
  }

  @Test
  void aShippedListFollowsTheSameRule() {
    List<String> abbreviations = WordLists.resource(WordLists.class, "/io/nlbrief/parser/abbreviations.txt");
    assertEquals(abbreviations.stream().filter(a -> a.startsWith("#") || a.isBlank() || !a.equals(a.strip())).toList(),
        List.of());
    assertThrows(IllegalStateException.class, () -> WordLists.resource(WordLists.class, "no-such-list.txt"));
  }
}
