package io.nlbrief.cli.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetNamesTest {
  @Test
  void namesKeepThePathSoFoldersDoNotCollide() {
    SheetNames names = new SheetNames("html", List.of("index.html"));
    assertEquals("news_2018_article.html", names.next("news/2018/article.txt"));
    assertEquals("news_2019_article.html", names.next("news/2019/article.txt"));
  }

  @Test
  void theSameBaseGetsANumberInInputOrder() {
    SheetNames names = new SheetNames("pdf", List.of("index.html"));
    assertEquals("a_x.pdf", names.next("a/x.txt"));
    assertEquals("a_x-2.pdf", names.next("a/x.docx"));
    assertEquals("a_x-3.pdf", names.next("./a/x.html"));
  }

  @Test
  void theIndexPageIsNeverOverwritten() {
    SheetNames names = new SheetNames("html", List.of("index.html"));
    assertEquals("index-2.html", names.next("index.txt"));
  }

  @Test
  void nothingClimbsOutOrHides() {
    assertEquals("etc_passwd", SheetNames.base("../../etc/passwd"));
    assertEquals("stdin", SheetNames.base("-"));
    assertEquals("x", SheetNames.base("/.x"));
    assertEquals("één_artikel_1", SheetNames.base("één artikel?1.txt"));
  }
}
