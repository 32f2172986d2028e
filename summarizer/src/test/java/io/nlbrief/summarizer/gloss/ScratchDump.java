package io.nlbrief.summarizer.gloss;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Seeds;
import io.nlbrief.parser.Token;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchDump {
  @Test
  void dump() throws Exception {
    ArticleParser p = ArticleParser.create(ParseOptions.defaults());
    Glosser g = new Glosser(Glossary.defaultGlossary());
    StringBuilder sb = new StringBuilder();
    for (String f : new String[] {Seeds.SEED_000, Seeds.SEED_003}) {
      Article a = p.parse(Seeds.path(f), f);
      for (Sentence s : a.sentences()) {
        GlossLine l = g.gloss(s);
        sb.append("NL: ").append(s.text()).append('\n').append("EN: ").append(l.english()).append('\n');
        for (int i = 0; i < s.tokens().size(); i++) {
          Token t = s.tokens().get(i);
          GlossToken gt = l.tokens().get(i);
          sb.append("   ").append(t.text()).append('\t').append(t.lemma()).append('\t').append(t.tag()).append('\t')
              .append(t.pos()).append('\t').append(t.entity()).append('\t').append(gt.english()).append('\t').append(gt.origin()).append('\n');
        }
      }
    }
    Files.writeString(Path.of("/tmp/gloss-dump.txt"), sb.toString());
  }
}
