package io.nlbrief.cli.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.SampleArticle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextOutlineTest {
  @Test
  void outlinesHeaderParagraphsSentencesAndQuotes() {
    String outline = render(new TextOutline(false), "artikel.txt");

    assertEquals("""
        file:          artikel.txt
        title:         NAVO stuurt diplomaten weg
        date:          2018-03-27
        published:     2018-03-27T15:38
        source:        ANP
        content type:  text/plain
        charset:       UTF-8
        language:      nl (confidence 0.75)

        ¶1 headline: NAVO stuurt diplomaten weg
        ¶2 dateline: 27 maart 2018
        ¶3 source: Bron: ANP
        ¶4
          [1] De NAVO stuurt zeven diplomaten weg.
          [2] ,,Een roekeloze schending'', aldus de Noor.
        ¶5 ## Reactie

        quotes:
          [2] ,,Een roekeloze schending'' (de Noor)
          [2] ,,Een roekeloze schending'' (speaker not named)
        """, outline);
  }

  @Test
  void batchOutlinesAreHeadedAndSeparatedAsHeadDoes() {
    TextOutline format = new TextOutline(true);

    String first = render(format, "a.txt");
    String second = render(format, "b.txt");

    assertTrue(first.startsWith("==> a.txt <==\nfile:          a.txt\n"), first);
    assertTrue(second.startsWith("\n==> b.txt <==\nfile:          b.txt\n"), second);
  }

  private static String render(TextOutline format, String file) {
    return new String(format.render(SampleArticle.create(file)), StandardCharsets.UTF_8);
  }
}
