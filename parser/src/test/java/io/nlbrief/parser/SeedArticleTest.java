package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.Paragraph.Role;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Expected values checked by hand against the two seed articles. */
class SeedArticleTest {
  private static Article seed000;
  private static Article seed003;

  @BeforeAll
  static void parse() throws Exception {
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults());
    seed000 = parser.parse(Seeds.path(Seeds.SEED_000), Seeds.SEED_000);
    seed003 = parser.parse(Seeds.path(Seeds.SEED_003), Seeds.SEED_003);
  }

  @Test
  void seed000Metadata() {
    Metadata m = seed000.metadata();
    // The header ends in a stray "HR" that the body never uses: not part of the headline.
    assertEquals("NAVO stuurt Russische diplomaten weg, Rusland beschuldigt VS ervan andere landen onder druk te zetten",
        m.title());
    assertEquals("2018-03", m.date());
    // Dateline "27 maart 2018" then "15u38".
    assertEquals("2018-03-27T15:38", m.published());
    assertEquals("ANP", m.source());
    assertEquals("text/plain", m.contentType());
    assertEquals("nl", seed000.language().code());
    assertTrue(seed000.warnings().isEmpty(), seed000.warnings().toString());
  }

  @Test
  void seed000Blocks() {
    List<Role> roles = seed000.paragraphs().stream().map(Paragraph::role).toList();
    // headline, "27 maart 2018", "15u38", "Bron: ANP", 5 body paragraphs, the intertitle, the last paragraph
    assertEquals(List.of(Role.HEADLINE, Role.DATELINE, Role.DATELINE, Role.SOURCE, Role.BODY, Role.BODY, Role.BODY,
        Role.BODY, Role.BODY, Role.HEADING, Role.BODY), roles);
    assertEquals(List.of("Uitwijzing onder druk van VS"), seed000.headings().stream().map(Paragraph::text).toList());
    assertEquals(6, seed000.paragraphs().stream().filter(p -> p.role() == Role.BODY).count());
    assertEquals("Bron: ANP", seed000.paragraphs().get(3).text());
    // The headline (no final full stop) is not a sentence of the body.
    assertTrue(seed000.paragraphs().get(0).sentences().isEmpty());
  }

  @Test
  void seed000SentenceBoundaries() {
    List<String> s = seed000.sentences().stream().map(Sentence::text).toList();
    assertEquals(21, s.size());
    // "Bron: ANP" and the page artefact "1" are not part of the first sentence.
    assertEquals("De NAVO stuurt zeven Russische diplomaten weg.", s.get(0));
    assertEquals("Hun accreditatie bij het westerse bondgenootschap wordt ingetrokken en die van drie anderen geweigerd.", s.get(1));
    assertEquals("NAVO-topman Jens Stoltenberg maakte de maatregel vandaag bekend.", s.get(4));
    assertEquals(",,Een roekeloze schending van de internationale normen'', aldus de Noor.", s.get(6));
    // The closing '' stays with its sentence.
    assertEquals(",,Dit stuurt een duidelijk signaal aan Rusland dat er kosten en gevolgen zitten aan zijn onacceptabele "
        + "en gevaarlijke gedragspatroon.''", s.get(8));
    assertEquals("Volgens Stoltenberg zal het Russische inlichtingenwerk in NAVO-landen met de uitwijzing moeilijker worden.", s.get(9));
    assertEquals("Er wordt wel weer een nieuwe bijeenkomst gepland, aldus Stoltenberg.", s.get(16));
    // After the intertitle.
    assertEquals("Rusland beschuldigt Washington ervan andere landen onder druk te zetten om massaal diplomaten uit te zetten.", s.get(17));
    assertTrue(s.get(20).startsWith(",,Als een of twee diplomaten") && s.get(20).endsWith("'', citeert de BBC."));
    for (Sentence sentence : seed000.sentences()) {
      assertEquals(sentence.text(), sentence.span().of(seed000.text()), "offsets of sentence " + sentence.index());
      assertFalse(sentence.text().contains("Uitwijzing onder druk"), "the intertitle is no sentence");
    }
  }

  @Test
  void seed000Quotes() {
    List<Quote> q = seed000.quotes();
    assertEquals(5, q.size());
    assertEquals("Een roekeloze schending van de internationale normen", q.get(0).text());
    assertEquals("de Noor", q.get(0).speaker());
    assertEquals("de Noor", q.get(0).speakerSpan().of(seed000.text()));
    assertEquals("constructieve", q.get(1).text());
    assertNull(q.get(1).speaker());
    assertNull(q.get(2).speaker());
    assertEquals("weinig onafhankelijke landen", q.get(3).text());
    assertEquals("Sergej Lavrov", q.get(3).speaker());
    assertEquals("de BBC", q.get(4).speaker());
    assertEquals(",,Een roekeloze schending van de internationale normen''", q.get(0).span().of(seed000.text()));
    assertEquals(6, q.get(0).sentence());
  }

  @Test
  void seed000Tokens() {
    Sentence first = seed000.sentences().get(0);
    Token stuurt = token(first, "stuurt");
    assertEquals("sturen", stuurt.lemma());
    assertEquals(PartOfSpeech.VERB, stuurt.pos());
    assertEquals("diplomaat", token(first, "diplomaten").lemma());
    assertEquals("Russisch", token(first, "Russische").lemma());
    assertEquals(PartOfSpeech.ADJECTIVE, token(first, "Russische").pos());
    Sentence fourth = seed000.sentences().get(4);
    assertEquals(EntityType.PERSON, token(fourth, "Stoltenberg").entity());
    assertEquals(EntityType.PERSON, token(fourth, "Jens").entity());
    // Later mentions without the first name are still the person.
    assertEquals(EntityType.PERSON, token(seed000.sentences().get(9), "Stoltenberg").entity());
    assertEquals(EntityType.PLACE, token(seed000.sentences().get(3), "Rusland").entity());
    assertEquals(EntityType.ORGANISATION, token(first, "NAVO").entity());
    for (Sentence s : seed000.sentences()) {
      for (Token t : s.tokens()) {
        assertEquals(t.text(), t.span().of(seed000.text()));
        assertTrue(s.span().contains(t.span()));
      }
    }
    // ,, is one token, the typed low quote.
    Token low = seed000.sentences().get(6).tokens().get(0);
    assertEquals(",,", low.text());
    assertEquals("„", low.lemma(), "the typed low quote reads as „");
    assertEquals(PartOfSpeech.PUNCTUATION, low.pos());
    Token compound = token(seed000.sentences().get(11), "-bondgenoten");
    assertEquals("-bondgenoot", compound.lemma());
  }

  @Test
  void seed003HeaderIsHeadlineAndFirstSentence() {
    Metadata m = seed003.metadata();
    String lead = "De ministers van Buitenlandse Zaken van de NAVO-lidstaten hebben op hun tweedaagse top in Brussel hun "
        + "toon tegen Rusland nog wat verder verscherpt.";
    assertEquals(lead, m.title());
    assertEquals("2021-03", m.date());
    assertNull(m.published());
    assertNull(m.source());
    assertEquals(lead, seed003.sentences().get(0).text());
    assertEquals(Role.HEADLINE, seed003.paragraphs().get(0).role());
  }

  @Test
  void seed003Structure() {
    assertEquals(List.of("We blijven geloven in dialoog"), seed003.headings().stream().map(Paragraph::text).toList());
    List<String> s = seed003.sentences().stream().map(Sentence::text).toList();
    assertEquals(14, s.size());
    assertEquals("'We zien dat de oppositie in Rusland met geweld wordt neergeslagen', zei Stoltenberg.", s.get(2));
    assertTrue(s.get(3).contains("2,5 jaar gevangenis"));
    assertEquals("'Jammer genoeg gaat Rusland niet in op de uitnodiging, maar we blijven geloven in dialoog.'", s.get(12));
    assertEquals(7, seed003.paragraphs().stream().filter(p -> p.role() == Role.BODY).count());
  }

  @Test
  void seed003Quotes() {
    List<Quote> q = seed003.quotes();
    assertEquals(List.of("repressieve", "agressieve"), q.subList(0, 2).stream().map(Quote::text).toList());
    assertEquals("Stoltenberg", q.get(2).speaker());
    assertEquals("We zien dat de oppositie in Rusland met geweld wordt neergeslagen", q.get(2).text());
    assertEquals("Stoltenberg", q.get(3).speaker());
    assertEquals("Stoltenberg", q.get(4).speaker());
    assertNull(q.get(5).speaker());
    assertEquals(6, q.size());
  }

  @Test
  void seed003Entities() {
    Sentence navalny = seed003.sentences().get(3);
    assertEquals(EntityType.PERSON, token(navalny, "Navalny").entity());
    assertEquals(EntityType.PLACE, token(seed003.sentences().get(6), "Oekraïne").entity());
    assertEquals(EntityType.PLACE, token(seed003.sentences().get(7), "Wit-Rusland").entity());
    assertEquals("propagandacampagne", token(seed003.sentences().get(9), "propagandacampagnes").lemma());
    assertEquals("beïnvloeden", token(seed003.sentences().get(9), "beïnvloeden").lemma());
  }

  @Test
  void inputFileIsNeverWritten() throws Exception {
    byte[] before = Files.readAllBytes(Seeds.path(Seeds.SEED_000));
    long modified = Files.getLastModifiedTime(Seeds.path(Seeds.SEED_000)).toMillis();
    ArticleParser.create(ParseOptions.defaults().withTag(false)).parse(Seeds.path(Seeds.SEED_000), "seed");
    assertEquals(modified, Files.getLastModifiedTime(Seeds.path(Seeds.SEED_000)).toMillis());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(Seeds.path(Seeds.SEED_000))));
  }

  private static Token token(Sentence s, String text) {
    return s.tokens().stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no token " + text + " in " + s.text()));
  }
}
