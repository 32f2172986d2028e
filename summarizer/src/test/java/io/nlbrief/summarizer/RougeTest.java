package io.nlbrief.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.testing.ArticleBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE against values computed by hand; the arithmetic is in the comments. */
class RougeTest {
  private static final double EPS = 1e-9;

  @Test
  void wordsAreLowerCasedRunsOfLettersAndDigits() {
    assertEquals(List.of("de", "navo", "ruslandraad", "kwam", "in", "2014", "bijeen"),
        Rouge.words("De NAVO-Ruslandraad kwam, in 2014, bijeen."));
  }

  @Test
  void handComputedExample() {
    // candidate: de kat zat op de mat        (6 tokens, 5 bigrams)
    // reference: de kat lag op de mat        (6 tokens, 5 bigrams)
    List<String> candidate = Rouge.words("De kat zat op de mat.");
    List<String> reference = Rouge.words("De kat lag op de mat.");

    Rouge.Scores s = Rouge.score(candidate, reference);

    // ROUGE-1: candidate {de:2, kat, zat, op, mat}, reference {de:2, kat, lag, op, mat}
    //   overlap = min(2,2) + kat + op + mat = 5; P = 5/6, R = 5/6, F1 = 5/6
    assertEquals(5.0 / 6, s.rouge1().precision(), EPS);
    assertEquals(5.0 / 6, s.rouge1().recall(), EPS);
    assertEquals(5.0 / 6, s.rouge1().f1(), EPS);
    // ROUGE-2: candidate bigrams de-kat, kat-zat, zat-op, op-de, de-mat
    //          reference bigrams de-kat, kat-lag, lag-op, op-de, de-mat
    //   overlap = de-kat, op-de, de-mat = 3; P = R = F1 = 3/5
    assertEquals(3.0 / 5, s.rouge2().f1(), EPS);
    // ROUGE-L: LCS = de kat op de mat = 5; P = R = F1 = 5/6
    assertEquals(5.0 / 6, s.rougeL().f1(), EPS);
  }

  @Test
  void unequalLengthsAndClipping() {
    // candidate: de de de navo (4 tokens, 3 bigrams)   reference: de navo stuurt diplomaten weg (5, 4)
    List<String> candidate = List.of("de", "de", "de", "navo");
    List<String> reference = List.of("de", "navo", "stuurt", "diplomaten", "weg");

    Rouge.Scores s = Rouge.score(candidate, reference);

    // ROUGE-1: de clipped to min(3,1) = 1, navo 1: overlap 2; P = 2/4, R = 2/5,
    //   F1 = 2·0.5·0.4 / (0.5 + 0.4) = 0.4/0.9 = 4/9
    assertEquals(0.5, s.rouge1().precision(), EPS);
    assertEquals(0.4, s.rouge1().recall(), EPS);
    assertEquals(4.0 / 9, s.rouge1().f1(), EPS);
    // ROUGE-2: candidate de-de ×2, de-navo; reference de-navo, navo-stuurt, stuurt-diplomaten,
    //   diplomaten-weg: overlap 1; P = 1/3, R = 1/4, F1 = 2·(1/12)/(7/12) = 2/7
    assertEquals(1.0 / 3, s.rouge2().precision(), EPS);
    assertEquals(1.0 / 4, s.rouge2().recall(), EPS);
    assertEquals(2.0 / 7, s.rouge2().f1(), EPS);
    // ROUGE-L: LCS = de navo = 2; P = 2/4, R = 2/5, F1 = 4/9
    assertEquals(4.0 / 9, s.rougeL().f1(), EPS);
  }

  @Test
  void lcsIsNotContiguous() {
    // a b c d e vs a x c y e: LCS a c e = 3; P = R = 3/5
    Rouge.Score l = Rouge.rougeL(List.of("a", "b", "c", "d", "e"), List.of("a", "x", "c", "y", "e"));
    assertEquals(0.6, l.f1(), EPS);
    // The same 5 unigrams in reverse: ROUGE-1 is 1, ROUGE-L only 1/5 (one token in order).
    assertEquals(0.2, Rouge.rougeL(List.of("a", "b", "c", "d", "e"), List.of("e", "d", "c", "b", "a")).f1(), EPS);
  }

  @Test
  void emptySidesScoreZero() {
    Rouge.Scores s = Rouge.score(List.of(), List.of("de", "navo"));
    assertEquals(0, s.rouge1().f1(), EPS);
    assertEquals(0, s.rouge2().recall(), EPS);
    assertEquals(0, Rouge.score(List.of("de"), List.of("de")).rouge2().f1(), EPS, "no bigrams on either side");
  }

  @Test
  void lemmaModeMatchesInflections() throws Exception {
    // The lemmas as the parser's tagger gives them (stuurt, stuurde -> sturen; diplomaten -> diplomaat).
    var candidate = ArticleBuilder.article("c").body("De NAVO {stuurt|sturen|VERB} {diplomaten|diplomaat|NOUN} weg.")
        .build().sentences();
    var reference = ArticleBuilder.article("r").body("De NAVO {stuurde|sturen|VERB} een diplomaat weg.").build().sentences();

    // words: de navo stuurt diplomaten weg vs de navo stuurde een diplomaat weg: overlap de, navo,
    //   weg = 3; P = 3/5, R = 3/6, F1 = 2·0.6·0.5/1.1 = 6/11
    assertEquals(6.0 / 11, Rouge.score(Rouge.words("De NAVO stuurt diplomaten weg."),
        Rouge.words("De NAVO stuurde een diplomaat weg.")).rouge1().f1(), EPS);
    // lemmas: de navo sturen diplomaat weg vs de navo sturen een diplomaat weg: overlap 5;
    //   P = 5/5, R = 5/6, F1 = 2·1·(5/6)/(11/6) = 10/11
    assertEquals(List.of("de", "navo", "sturen", "diplomaat", "weg"), Rouge.lemmas(candidate));
    assertEquals(10.0 / 11, Rouge.score(Rouge.lemmas(candidate), Rouge.lemmas(reference)).rouge1().f1(), EPS);
  }
}
