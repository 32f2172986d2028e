package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.GLOSSER;
import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlosserTest {
  @Test
  void separableVerbNounPluralAndExonym() {
    GlossLine l = gloss("De NAVO stuurt zeven Russische diplomaten weg.");
    assertEquals("NATO sends away seven Russian diplomats.", l.english());
    assertEquals("separable:wegsturen", token(l, "stuurt").origin());
    assertEquals("", token(l, "weg").english());
    assertEquals("exonym:NAVO", token(l, "NAVO").origin());
    assertEquals("rule:no-article", token(l, "De").origin());
  }

  @Test
  void verbTenseAndParticiple() {
    assertEquals("NATO chief Jens Stoltenberg announced the measure today.",
        gloss("NAVO-topman Jens Stoltenberg maakte de maatregel vandaag bekend.").english());
    GlossLine l = gloss("Meer dan 25 landen hebben inmiddels 140 diplomaten uitgezet.");
    assertEquals("expelled", token(l, "uitgezet").english());
    assertEquals("More than 25 countries have meanwhile expelled 140 diplomats.", l.english());
  }

  @Test
  void comparativeAndSuperlative() {
    assertEquals("more difficult", token(gloss("Het werk zal moeilijker worden."), "moeilijker").english());
    assertEquals("most important", token(gloss("Dat is het belangrijkste middel."), "belangrijkste").english());
  }

  @Test
  void phrasesBeforeSingleWords() {
    GlossLine l = gloss("Zij beschuldigen de minister ervan de boeren onder druk te zetten.");
    assertEquals("They accuse the minister of putting the farmers under pressure.", l.english());
    assertTrue(token(l, "zetten").origin().startsWith("phrase:onder druk zetten"), token(l, "zetten").origin());
    // the phrase's prepositional part is said by its first Dutch word, after the object
    assertEquals("under pressure", token(l, "onder").english());
    assertEquals("", token(l, "druk").english());
    // the literal line keeps the whole phrase on the verb
    assertTrue(l.literal().contains("to put under pressure"), l.literal());
    GlossLine back = gloss("Het politieke overleg is op een lager pitje gezet.");
    // the perfect of the passive, the phrase's participle after been as one word's
    assertEquals("The political consultation has been put on the back burner.", back.english());
    assertEquals("among other things", token(gloss("Ze praten onder meer over Rusland."), "onder").english());
    assertEquals("in total", token(gloss("Ze hebben in totaal 140 diplomaten uitgezet."), "in").english());
    assertEquals("unfortunately", token(gloss("Jammer genoeg gaat het niet."), "Jammer").english());
    assertEquals("according to", token(gloss("Er komt een nieuwe bijeenkomst, aldus Stoltenberg."), "aldus").english());
  }

  @Test
  void compoundsSplitIntoKnownParts() {
    // zenuwgas is an entry of the default glossary (nerve gas); with only its parts it is split
    Glosser parts = new Glosser(Glossary.of(List.of(
        new GlossEntry("zenuw", List.of("nerve"), GlossPos.NOUN, "", "test"),
        new GlossEntry("gas", List.of("gas"), GlossPos.NOUN, "", "test"),
        new GlossEntry("gedrag", List.of("behaviour"), GlossPos.NOUN, "", "test"),
        new GlossEntry("patroon", List.of("pattern"), GlossPos.NOUN, "", "test"),
        new GlossEntry("terrorisme", List.of("terrorism"), GlossPos.NOUN, "", "test"),
        new GlossEntry("bestrijding", List.of("fighting"), GlossPos.NOUN, "", "test"),
        new GlossEntry("propaganda", List.of("propaganda"), GlossPos.NOUN, "", "test"),
        new GlossEntry("campagne", List.of("campaign"), GlossPos.NOUN, "", "test"),
        new GlossEntry("woensdag", List.of("Wednesday"), GlossPos.NOUN, "", "test"),
        new GlossEntry("voormiddag", List.of("morning"), GlossPos.NOUN, "", "test"),
        new GlossEntry("boek", List.of("book"), GlossPos.NOUN, "", "test"),
        new GlossEntry("kast", List.of("cabinet"), GlossPos.NOUN, "", "test"))));
    GlossLine l = parts.gloss(Dutch.sentence("Zenuwgas en gedragspatronen en terrorismebestrijding."));
    assertEquals("nerve gas", token(l, "Zenuwgas").english()); // English writes it open
    assertEquals("compound:zenuw+gas", token(l, "Zenuwgas").origin());
    assertEquals("behavior patterns", token(l, "gedragspatronen").english()); // linking s; American spelling
    assertEquals("compound:gedrag+patroon+american-spelling", token(l, "gedragspatronen").origin());
    assertEquals("terrorism fighting", token(l, "terrorismebestrijding").english());
    assertEquals("nerve gas", token(gloss("Het was een aanval met zenuwgas."), "zenuwgas").english());
    GlossLine more = parts.gloss(Dutch.sentence("Propagandacampagnes en woensdagvoormiddag."));
    assertEquals("propaganda campaigns", token(more, "Propagandacampagnes").english()); // plural head
    assertEquals("Wednesday morning", token(more, "woensdagvoormiddag").english());
    GlossLine linked = parts.gloss(Dutch.sentence("Boekenkasten en gasboeken."));
    assertEquals("book cabinets", token(linked, "Boekenkasten").english()); // linking en
    assertEquals("compound:boek+kast", token(linked, "Boekenkasten").origin());
    assertEquals("gas books", token(linked, "gasboeken").english());
  }

  @Test
  void hyphenatedWordsAndPrefixes() {
    assertEquals("former minister", token(gloss("Hij sprak met een oud-minister."), "oud-minister").english());
    GlossToken lidstaten = token(gloss("Twee NAVO-diplomaten spraken."), "NAVO-diplomaten");
    assertEquals("NATO diplomats", lidstaten.english()); // each part alone and open, the head in the plural
    assertEquals("hyphenated:NAVO+diplomaten", lidstaten.origin());
    // a prefix the glossary writes with its hyphen stays joined; a part said after keeps its hyphen
    assertEquals("anti-war", token(gloss("Er was een anti-oorlog betoging."), "anti-oorlog").english());
    assertEquals("country-", token(gloss("De land- en tuinbouw groeit."), "land-").english());
  }

  @Test
  void aPluralCompoundSplitsAsItsSingular() {
    // protesten must not read as pro- + testen: the singular's split has fewer parts
    Glosser parts = new Glosser(Glossary.of(List.of(
        new GlossEntry("oorlog", List.of("war"), GlossPos.NOUN, "", "test"),
        new GlossEntry("protest", List.of("protest"), GlossPos.NOUN, "", "test"),
        new GlossEntry("pro-", List.of("pro-"), GlossPos.PREFIX, "", "test"),
        new GlossEntry("testen", List.of("test"), GlossPos.VERB, "", "test"))));
    GlossLine l = parts.gloss(Dutch.sentence("Er waren oorlogsprotesten."));
    assertEquals("war protests", token(l, "oorlogsprotesten").english());
    assertEquals("compound:oorlog+protest", token(l, "oorlogsprotesten").origin());
  }

  @Test
  void secondPersonAndEmphasis() {
    GlossLine u = gloss("'U komt hier niet binnen,' zei hij.");
    assertEquals("'You come in here not,' said he.", u.literal());
    assertEquals("\"You do not come in here,\" he said.", u.english());
    assertEquals("I", token(gloss("Maar ík ben de schrijver."), "ík").english()); // accent for stress
  }

  @Test
  void numbersDatesAndTimes() {
    List<io.nlbrief.parser.Sentence> s = Dutch.sentences("Het gebeurde op 27 maart 2018 om 15u38.\n\nDe trein vertrok om 15.38 uur.\n\n"
        + "Hij zit 2,5 jaar in de cel.\n\nHet kost 1.000 euro.");
    assertEquals("It happened on 27 March 2018 at 15:38.", GLOSSER.gloss(s.get(0)).english());
    assertEquals("date", GLOSSER.gloss(s.get(0)).tokens().get(3).origin());
    assertTrue(GLOSSER.gloss(s.get(1)).english().contains("at 15:38."), GLOSSER.gloss(s.get(1)).english());
    assertTrue(GLOSSER.gloss(s.get(2)).english().contains("2.5 years"), GLOSSER.gloss(s.get(2)).english());
    assertTrue(GLOSSER.gloss(s.get(3)).english().contains("1,000"), GLOSSER.gloss(s.get(3)).english());
  }

  @Test
  void unknownWordsAreMarkedAndCounted() {
    GlossLine l = gloss("De blorkfijter sprak met de minister.");
    assertEquals(List.of("blorkfijter"), l.unknown());
    assertEquals("⟨blorkfijter?⟩", token(l, "blorkfijter").english());
    assertTrue(l.english().contains("⟨blorkfijter?⟩"), l.english());
    // de, blorkfijter, sprak, met, de, minister: 6 words counted, 5 glossed
    assertEquals(6, l.countedWords());
    assertEquals(5, l.glossedWords());
  }

  @Test
  void englishWordsPassThroughCountedApartFromGlossedAndUnknown() {
    GlossLine l = gloss("Het festival had dit jaar een sterke line-up en een gratis livestream.");
    assertEquals("The festival had a strong line-up and a free livestream this year.", l.english());
    assertEquals("foreign", token(l, "livestream").origin());
    assertTrue(token(l, "line-up").isForeign());
    assertTrue(l.unknown().isEmpty(), l.unknown().toString());
    assertFalse(l.uncertain(), l.doubts().toString());
    // het festival had dit jaar een sterke line-up en een gratis livestream: 12 words counted, the
    // two English ones not as glossed (passing them through does not raise coverage)
    assertEquals(2, l.foreignWords());
    assertEquals(12, l.countedWords());
    assertEquals(10, l.glossedWords());
    // a real unknown Dutch word is still marked
    GlossLine unknown = gloss("De blorkfijter sprak met de minister.");
    assertEquals("⟨blorkfijter?⟩", token(unknown, "blorkfijter").english());
    assertEquals(0, unknown.foreignWords());
  }

  @Test
  void anEnglishTitleThatTheParserReadsAsForeignPassesThroughWordForWord() {
    // room (cream), of (or) and star (stiff) are Dutch words too: inside the English title they stay English
    GlossLine l = gloss("Ze las het boek 'A Room of Mirrors' in de trein.");
    assertTrue(l.english().contains("'A Room of Mirrors'") || l.english().contains("\"A Room of Mirrors\""), l.english());
    assertEquals("foreign-phrase", token(l, "Room").origin());
    assertEquals("foreign-phrase", token(l, "of").origin());
    // like a name, the title is left out of the coverage: ze las het boek in de trein, 7 words
    assertEquals(7, l.countedWords());
    // the Dutch words around it are glossed as ever
    assertEquals("book", token(l, "boek").english());
    // a lone foreign-tagged word is no stretch: "of" between two Dutch nouns is still "or"
    GlossLine dutch = gloss("Wil je thee of koffie?");
    assertEquals("or", token(dutch, "of").english());
  }

  @Test
  void namesPassThroughAndAreNotCounted() {
    GlossLine l = gloss("Jens Stoltenberg sprak met Sergej Lavrov in Moskou.");
    assertEquals("Jens Stoltenberg spoke with Sergej Lavrov in Moscow.", l.english());
    assertEquals("name", token(l, "Lavrov").origin());
    // sprak, met, in: names (4) and the exonym Moskou are not counted
    assertEquals(3, l.countedWords());
  }

  @Test
  void userGlossaryOverridesTheDefault(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("mine.tsv");
    Files.writeString(mine, "diplomaat\tenvoy\tnoun\nblorkfijter\twidget maker\tnoun\n");
    List<GlossaryProblem> problems = new ArrayList<>();
    Glosser glosser = new Glosser(Glossary.load(List.of(mine), problems::add));
    GlossLine l = glosser.gloss(Dutch.sentence("De blorkfijter zag zeven diplomaten."));
    assertEquals("The widget maker saw seven envoys.", l.english());
    assertEquals("glossary:mine.tsv", token(l, "diplomaten").origin());
    assertTrue(problems.isEmpty());
  }
}
