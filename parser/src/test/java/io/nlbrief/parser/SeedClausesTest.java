package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clauses of sentences of both seeds, each checked by hand against the text. */
class SeedClausesTest {
  private static Article seed000;
  private static Article seed003;

  @BeforeAll
  static void parse() throws Exception {
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults());
    seed000 = parser.parse(Seeds.path(Seeds.SEED_000), Seeds.SEED_000);
    seed003 = parser.parse(Seeds.path(Seeds.SEED_003), Seeds.SEED_003);
  }

  private static Sentence sentence(Article a, String start) {
    return a.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no sentence " + start));
  }

  private static String word(Sentence s, int i) {
    return i < 0 ? null : s.tokens().get(i).text();
  }

  /** finite verb, subject, verb cluster, particles and joined lemma of the sentence's first (main) clause. */
  private static void main(Sentence s, String finite, String subject, List<String> cluster, List<String> particles,
      String lemma) {
    Clause c = s.clauses().get(0);
    assertEquals(finite, word(s, c.finiteVerb()), s.text());
    assertEquals(subject, word(s, c.subject()), s.text());
    assertEquals(cluster, c.verbCluster().stream().map(i -> word(s, i)).toList(), s.text());
    assertEquals(particles, c.particles().stream().map(i -> word(s, i)).toList(), s.text());
    assertEquals(lemma, c.verbLemma(), s.text());
  }

  @Test
  void seed000() {
    main(sentence(seed000, "De NAVO stuurt"), "stuurt", "NAVO", List.of("stuurt"), List.of("weg"), "wegsturen");
    main(sentence(seed000, "Hun accreditatie"), "wordt", "accreditatie", List.of("wordt", "ingetrokken"), List.of(),
        "intrekken");
    main(sentence(seed000, "NAVO-topman Jens Stoltenberg maakte"), "maakte", "NAVO-topman", List.of("maakte"),
        List.of("bekend"), "bekendmaken");
    main(sentence(seed000, "Hij hekelde"), "hekelde", "Hij", List.of("hekelde"), List.of(), "hekelen");
    Sentence rusland = sentence(seed000, "Rusland beschuldigt");
    assertEquals("Rusland", word(rusland, rusland.clauses().get(0).subject()));
    Clause om = rusland.clauses().stream().filter(c -> c.type() == Clause.Type.OM_TE).findFirst().orElseThrow();
    assertEquals("uitzetten", om.verbLemma(), "om massaal diplomaten uit te zetten");
  }

  @Test
  void seed003() {
    main(sentence(seed003, "De ministers van Buitenlandse Zaken"), "hebben", "ministers", List.of("hebben", "verscherpt"),
        List.of(), "verscherpen");
    main(sentence(seed003, "Maar ook de Russische activiteiten"), "werden", "activiteiten",
        List.of("werden", "veroordeeld"), List.of(), "veroordelen");
    Sentence mensen = sentence(seed003, "Ook de mensen die werden opgepakt");
    Clause relative = mensen.clauses().stream().filter(c -> c.type() == Clause.Type.RELATIVE).findFirst().orElseThrow();
    assertEquals("werden", word(mensen, relative.finiteVerb()));
    assertEquals("die", word(mensen, relative.subject()));
    assertEquals("oppakken", relative.verbLemma());
    Sentence oppositie = sentence(seed003, "'We zien dat de oppositie");
    Clause sub = oppositie.clauses().stream().filter(c -> c.type() == Clause.Type.SUBORDINATE).findFirst().orElseThrow();
    assertEquals("wordt", word(oppositie, sub.finiteVerb()));
    assertEquals("oppositie", word(oppositie, sub.subject()));
    assertEquals("neerslaan", sub.verbLemma());
  }
}
