package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test per clause type, on sentences written for these tests, checked by hand. */
class DutchAnalyzerTest {
  private final DutchAnalyzer analyzer = DutchAnalyzer.shared();

  private static String word(Sentence s, int i) {
    return i < 0 ? null : s.tokens().get(i).text();
  }

  private static List<String> words(Sentence s, List<Integer> positions) {
    return positions.stream().map(i -> s.tokens().get(i).text()).collect(Collectors.toList());
  }

  private static Clause clause(Sentence s, Clause.Type type) {
    return s.clauses().stream().filter(c -> c.type() == type).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " clause in " + s.text() + ": " + s.clauses()));
  }

  @Test
  void mainClauseWithInversion() {
    Sentence s = analyzer.analyseFragment("Gisteren kocht mijn buurman een auto.");
    Clause main = s.clauses().get(0);
    assertEquals(Clause.Type.MAIN, main.type());
    assertEquals("kocht", word(s, main.finiteVerb()));
    assertEquals("buurman", word(s, main.subject()));
    assertEquals("kopen", main.verbLemma());
    Token kocht = s.tokens().get(1);
    assertEquals(UPos.VERB, kocht.upos());
    assertEquals("Past", kocht.morphology().feature("Tense"));
    assertTrue(kocht.morphology().isFinite());
    assertEquals("root", kocht.dependency().relation());
    assertEquals("obj", s.tokens().get(5).dependency().relation(), "auto");
    assertEquals(1, s.tokens().get(5).dependency().head());
  }

  @Test
  void subordinateClauseWithVerbCluster() {
    Sentence s = analyzer.analyseFragment("Ik denk dat de regering het plan morgen zal presenteren.");
    Clause main = s.clauses().get(0);
    assertEquals(Clause.Type.MAIN, main.type());
    assertEquals("denk", word(s, main.finiteVerb()));
    assertEquals("Ik", word(s, main.subject()));
    Clause sub = clause(s, Clause.Type.SUBORDINATE);
    assertEquals("zal", word(s, sub.finiteVerb()));
    assertEquals("regering", word(s, sub.subject()));
    assertEquals(List.of("zal", "presenteren"), words(s, sub.verbCluster()));
    assertEquals("dat", word(s, sub.marker()));
    assertEquals(0, sub.parent());
    Token dat = s.tokens().get(2);
    assertEquals("mark", dat.dependency().relation());
    assertEquals("presenteren", word(s, dat.dependency().head()));
    assertEquals("aux", s.tokens().get(8).dependency().relation(), "zal");
  }

  @Test
  void imperativeHasNoSubjectAndJoinsItsParticle() {
    Sentence s = analyzer.analyseFragment("Stuur het bericht morgen door.");
    Clause c = s.clauses().get(0);
    assertEquals(Clause.Type.VERB_FIRST, c.type());
    assertEquals("Stuur", word(s, c.finiteVerb()));
    assertFalse(c.hasSubject(), "an imperative has no subject: " + c);
    assertEquals(List.of("door"), words(s, c.particles()));
    assertEquals("doorsturen", c.verbLemma());
    assertEquals("compound:prt", s.tokens().get(4).dependency().relation());
    assertEquals("obj", s.tokens().get(2).dependency().relation(), "bericht");
  }

  @Test
  void passiveQuestion() {
    Sentence s = analyzer.analyseFragment("Wat wordt je aangedaan?");
    Clause c = s.clauses().get(0);
    assertEquals("wordt", word(s, c.finiteVerb()));
    assertEquals("Wat", word(s, c.subject()));
    assertEquals(List.of("wordt", "aangedaan"), words(s, c.verbCluster()));
    assertEquals("aandoen", c.verbLemma());
    assertEquals("aux:pass", s.tokens().get(1).dependency().relation());
    assertEquals("nsubj:pass", s.tokens().get(0).dependency().relation());
  }

  @Test
  void teInfinitiveWithParticle() {
    Sentence s = analyzer.analyseFragment("Hij probeert het probleem op te lossen.");
    Clause main = s.clauses().get(0);
    assertEquals("probeert", word(s, main.finiteVerb()));
    assertEquals("Hij", word(s, main.subject()));
    Clause te = clause(s, Clause.Type.TE_INFINITIVE);
    assertEquals(-1, te.finiteVerb());
    assertEquals(List.of("op"), words(s, te.particles()));
    assertEquals("oplossen", te.verbLemma());
    assertEquals(0, te.parent());
  }

  @Test
  void omTeClause() {
    Sentence s = analyzer.analyseFragment("Ze ging naar huis om te slapen.");
    Clause om = clause(s, Clause.Type.OM_TE);
    assertEquals("om", word(s, om.marker()));
    assertEquals("slapen", word(s, om.head()));
    assertEquals(-1, om.subject());
  }

  @Test
  void relativeClause() {
    Sentence s = analyzer.analyseFragment("De man die het boek schreef, woont in Utrecht.");
    Clause main = s.clauses().get(0);
    assertEquals("woont", word(s, main.finiteVerb()));
    assertEquals("man", word(s, main.subject()));
    Clause rel = clause(s, Clause.Type.RELATIVE);
    assertEquals("schreef", word(s, rel.finiteVerb()));
    assertEquals("die", word(s, rel.subject()));
    assertEquals("die", word(s, rel.marker()));
    assertEquals("acl:relcl", s.tokens().get(5).dependency().relation());
    assertEquals("man", word(s, s.tokens().get(5).dependency().head()));
  }

  @Test
  void separatedParticleInMainClause() {
    Sentence s = analyzer.analyseFragment("De NAVO stuurt zeven Russische diplomaten weg.");
    Clause c = s.clauses().get(0);
    assertEquals("stuurt", word(s, c.finiteVerb()));
    assertEquals("NAVO", word(s, c.subject()));
    assertEquals("wegsturen", c.verbLemma());
    assertEquals("wegsturen", s.tokens().get(2).morphology().lemma(), "UD writes the particle into the lemma");
    assertEquals("3", s.tokens().get(2).morphology().feature("Person"));
  }

  @Test
  void pronounLemmasFollowUd() {
    Sentence s = analyzer.analyseFragment("Hun kinderen wisten het niet.");
    assertEquals("hun", s.tokens().get(0).morphology().lemma());
    assertEquals("Yes", s.tokens().get(0).morphology().feature("Poss"));
    assertEquals("weten", s.tokens().get(2).morphology().lemma());
    assertEquals("kind", s.tokens().get(1).morphology().lemma());
    assertEquals("Plur", s.tokens().get(1).morphology().feature("Number"));
  }

  @Test
  void headlineWithoutFullStop() {
    Sentence s = analyzer.analyseFragment("Rusland zet diplomaten uit");
    assertEquals(4, s.tokens().size(), "no full stop is added");
    Clause c = s.clauses().get(0);
    assertEquals("zet", word(s, c.finiteVerb()));
    assertEquals("Rusland", word(s, c.subject()));
    assertEquals("uitzetten", c.verbLemma());
  }

  @Test
  void emptyFragment() {
    Sentence s = analyzer.analyseFragment("   ");
    assertTrue(s.tokens().isEmpty());
    assertTrue(s.clauses().isEmpty());
  }

  @Test
  void everyTokenOfAHugeSentenceGetsOneTreeWithOneRoot() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      text.append(i % 7 == 6 ? "en " : "de kat ziet de hond ");
    }
    Sentence s = analyzer.analyseFragment(text.toString());
    int n = s.tokens().size();
    assertTrue(n > 2000);
    int roots = 0;
    for (Token t : s.tokens()) {
      int h = t.dependency().head();
      assertTrue(h >= -1 && h < n);
      roots += h < 0 ? 1 : 0;
    }
    assertEquals(1, roots);
  }
}
