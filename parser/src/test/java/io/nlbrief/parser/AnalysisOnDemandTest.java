package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An article's sentences are analysed when their analysis is first read, once, and the result is
 * what the analyser gives when called directly.
 */
class AnalysisOnDemandTest {
  /** Counts its calls and hands them to the real analyser. */
  private static final class Counting implements DutchAnalyzer {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Sentence analyse(Sentence sentence) {
      calls.incrementAndGet();
      return DutchAnalyzer.shared().analyse(sentence);
    }

    @Override
    public Sentence analyseFragment(String text) {
      throw new UnsupportedOperationException();
    }
  }

  private static Sentence tagged(String text) throws ParseException {
    Article a = ArticleParser.create(ParseOptions.defaults().withPlain(true))
        .parse(text.getBytes(StandardCharsets.UTF_8), "t.txt");
    Sentence s = a.sentences().get(0);
    // A plain tagged copy (the article's own sentence is already on demand).
    List<Token> plain = new ArrayList<>();
    for (Token t : s.tokens()) {
      plain.add(new Token(t.text(), t.span(), t.lemma(), t.tag(), t.pos(), t.entity(), t.readings()));
    }
    return new Sentence(s.index(), s.paragraph(), s.text(), s.span(), plain);
  }

  @Test
  void nothingIsAnalysedUntilTheAnalysisIsRead() throws ParseException {
    Counting counting = new Counting();
    Sentence lazy = Sentence.analysedOnDemand(tagged("Hij stuurt het bericht morgen weg."), counting);
    // The tagger's fields are there without the analysis.
    assertEquals("stuurt", lazy.tokens().get(1).text());
    assertEquals("sturen", lazy.tokens().get(1).lemma());
    assertEquals(6, lazy.wordCount()); // six words; the full stop is no word
    assertEquals(0, counting.calls.get());
    // First read: one analysis; every later read, of any token, reuses it.
    assertEquals("compound:prt", lazy.tokens().get(5).dependency().relation());
    assertEquals("wegsturen", lazy.clauses().get(0).verbLemma());
    assertEquals(UPos.VERB, lazy.tokens().get(1).upos());
    assertEquals(1, counting.calls.get());
  }

  @Test
  void theResultIsTheAnalysersOwn() throws ParseException {
    Sentence plain = tagged("Ik denk dat de regering het plan morgen zal presenteren.");
    Sentence direct = DutchAnalyzer.shared().analyse(plain);
    Sentence lazy = Sentence.analysedOnDemand(plain, DutchAnalyzer.shared());
    assertEquals(direct.clauses(), lazy.clauses());
    for (int i = 0; i < direct.tokens().size(); i++) {
      assertEquals(direct.tokens().get(i).morphology(), lazy.tokens().get(i).morphology());
      assertEquals(direct.tokens().get(i).dependency(), lazy.tokens().get(i).dependency());
    }
    assertEquals(direct, lazy);
    assertEquals(direct.hashCode(), lazy.hashCode());
  }

  @Test
  void manyThreadsAskingAtOnceGetOneAnalysis() throws Exception {
    Counting counting = new Counting();
    Sentence lazy = Sentence.analysedOnDemand(tagged("Gisteren kocht mijn buurman een auto."), counting);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Clause>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(lazy::clauses));
      }
      List<Clause> first = answers.get(0).get();
      for (Future<List<Clause>> f : answers) {
        assertSame(first, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, counting.calls.get());
  }

  @Test
  void anArticlesSentencesCarryTheAnalysis() throws ParseException {
    Article a = ArticleParser.create(ParseOptions.defaults().withPlain(true))
        .parse("Gisteren kocht mijn buurman een auto.".getBytes(StandardCharsets.UTF_8), "t.txt");
    Sentence s = a.sentences().get(0);
    assertEquals(Clause.Type.MAIN, s.clauses().get(0).type());
    assertEquals("nsubj", s.tokens().get(3).dependency().relation(), "buurman");
  }
}
