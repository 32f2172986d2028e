package io.nlbrief.cli.parse;

import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.SampleArticle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextOutlineTest {
  @Test
  void outlinesHeaderParagraphsSentencesAndQuotes() {
    String outline = render(FormatContext.single(), 0, "artikel.txt");

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
    FormatContext batch = FormatContext.single().batch(true);

    String first = render(batch, 0, "a.txt");
    String second = render(batch, 1, "b.txt");

    assertTrue(first.startsWith("==> a.txt <==\nfile:          a.txt\n"), first);
    assertTrue(second.startsWith("\n==> b.txt <==\nfile:          b.txt\n"), second);
  }

  private static String render(FormatContext context, int position, String file) {
    try {
      return new String(Formats.ARTICLE.get("text").render(SampleArticle.create(file), context, position), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
