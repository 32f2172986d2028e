package io.nlbrief.cli.evalsyntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.Treebank;
import io.nlbrief.parser.TreebankSplit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorer on a two-sentence sample written for this test ({@code evalsyntax/gold.conllu}) and a
 * system output with known mistakes ({@code system.conllu}); every figure computed by hand:
 * <ul>
 *   <li>11 gold words, 10 system words ({@code komt.} is one token), 9 matched: P 9/10, R 9/11, F1 85.7;
 *   <li>UPOS 7/11 = 63.6 ({@code het} DET, {@code weg} ADV, and the two unmatched words wrong);
 *   <li>lemma 8/11 = 72.7 ({@code sturen} for {@code weg_sturen});
 *   <li>finite verbs: gold 3, system 3, hit 2: F1 66.7;
 *   <li>nsubj: gold 3, system 3, hit 2 ({@code zij} on the wrong head): 66.7; obj: gold 1, system 0: 0;
 *       compound:prt 1 of 1: 100; mark: its gold head {@code komt} is unmatched: 0;
 *   <li>UAS 6/11 = 54.5; LAS 5/11 = 45.5 (the first full stop is {@code dep}, not {@code punct}).
 * </ul>
 * The shared scorer {@code ud_eval.py --system --text} gives the same figures on these files.
 */
class SyntaxScoresTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = SyntaxScoresTest.class.getResourceAsStream("/io/nlbrief/cli/evalsyntax/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void handComputedFigures() throws IOException {
    SyntaxScores.Gold gold = SyntaxScores.gold(Treebank.parse(resource("gold.conllu"), TreebankSplit.ALL));
    assertEquals("Hij stuurt het weg.\n\nIk denk dat zij komt.\n", gold.text());
    assertEquals(11, gold.words().size());
    List<SyntaxScores.Word> sys = SyntaxScores.system(resource("system.conllu"));
    assertEquals(10, sys.size());
    Map<String, Double> s = SyntaxScores.score(gold.words(), sys);
    assertEquals(List.of("words F1", "UPOS", "lemma", "finite verb F1", "nsubj LAS-F1", "obj LAS-F1",
        "compound:prt LAS-F1", "mark LAS-F1", "UAS", "LAS"), List.copyOf(s.keySet()));
    assertEquals(2 * 0.9 * (9.0 / 11) / (0.9 + 9.0 / 11) * 100, s.get("words F1"), 1e-9);
    assertEquals(100.0 * 7 / 11, s.get("UPOS"), 1e-9);
    assertEquals(100.0 * 8 / 11, s.get("lemma"), 1e-9);
    assertEquals(100.0 * 2 / 3, s.get("finite verb F1"), 1e-9);
    assertEquals(100.0 * 2 / 3, s.get("nsubj LAS-F1"), 1e-9);
    assertEquals(0.0, s.get("obj LAS-F1"), 1e-9);
    assertEquals(100.0, s.get("compound:prt LAS-F1"), 1e-9);
    assertEquals(0.0, s.get("mark LAS-F1"), 1e-9);
    assertEquals(100.0 * 6 / 11, s.get("UAS"), 1e-9);
    assertEquals(100.0 * 5 / 11, s.get("LAS"), 1e-9);
  }

  @Test
  void perfectSystemScoresHundred() throws IOException {
    List<Treebank.Sentence> sentences = Treebank.parse(resource("gold.conllu"), TreebankSplit.ALL);
    SyntaxScores.Gold gold = SyntaxScores.gold(sentences);
    Map<String, Double> s = SyntaxScores.score(gold.words(), gold.words());
    s.forEach((k, v) -> assertEquals(100.0, v, 1e-9, k));
  }
}
