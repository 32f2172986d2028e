package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each false-alarm filter on the class of false alarm it removes, and on real errors it must keep. */
class FiltersTest {

  /** Whether {@code filter} removes {@code match} in an article built from {@code text} (markup after the match only). */
  private static boolean removes(MatchFilter filter, String text, Match match, String... userWords) {
    return filter.isFalseAlarm(match, Shared.context(text, userWords));
  }

  /** As {@link #removes}, in the article as the parser reads it: for filters that read its clauses and tags. */
  private static boolean removesParsed(MatchFilter filter, String text, Match match) {
    return filter.isFalseAlarm(match, Shared.parsedContext(text));
  }

  @Nested
  class TypedQuotes {
    final MatchFilter filter = new TypedQuoteFilter();

    @Test
    void openingLowQuoteIsNotADoubledComma() {
      String text = "Hij sprak van een ,,roekeloze schending''.";
      assertTrue(removes(filter, text, Shared.punctuation(text, ",,")));
    }

    @Test
    void realDoubledCommaStays() {
      String text = "Hij kwam,, en ging weer.";
      assertFalse(removes(filter, text, Shared.punctuation(text, ",,")));
    }
  }

  @Nested
  class EllipticalCompounds {
    final MatchFilter filter = new EllipticalCompoundFilter();

    @Test
    void leadingHyphenAfterConjunction() {
      String text = "Meer dan 25 NAVO-lidstaten en -bondgenoten zetten diplomaten uit.";
      assertTrue(removes(filter, text, Shared.spelling(text, "-bondgenoten")));
    }

    @Test
    void trailingHyphenBeforeConjunction() {
      String text = "Ze hekelen de desinformatie- en propagandacampagnes van Rusland.";
      assertTrue(removes(filter, text, Shared.spelling(text, "desinformatie-")));
    }

    @Test
    void misspelledFragmentStays() {
      String text = "Meer dan 25 NAVO-lidstaten en -bondgenotne zetten diplomaten uit.";
      assertFalse(removes(filter, text, Shared.spelling(text, "-bondgenotne")));
    }

    @Test
    void hyphenWithoutConjunctionStays() {
      String text = "Ze hekelen de desinformatie- propaganda van Rusland.";
      assertFalse(removes(filter, text, Shared.spelling(text, "desinformatie-")));
    }
  }

  @Nested
  class HyphenatedCompounds {
    final MatchFilter filter = new HyphenatedCompoundFilter();

    @Test
    void acronymAndClosedCompound() {
      String text = "Het overleg in de NAVO-Ruslandraad ligt stil.";
      assertTrue(removes(filter, text, Shared.spelling(text, "NAVO-Ruslandraad")));
    }

    @Test
    void threeParts() {
      String text = "De uitnodigingen voor de NAVO-Rusland-Raad blijven onbeantwoord.";
      assertTrue(removes(filter, text, Shared.spelling(text, "NAVO-Rusland-Raad")));
    }

    @Test
    void nameAndWord() {
      String text = "De Brexit-impasse duurt voort, zegt PvdA-europarlementariër Agnes Jongerius.";
      assertTrue(removes(filter, text, Shared.spelling(text, "Brexit-impasse")));
      assertTrue(removes(filter, text, Shared.spelling(text, "PvdA-europarlementariër")));
    }

    @Test
    void misspelledPartStays() {
      String text = "De NAVO-diplomatne vertrekken vandaag.";
      assertFalse(removes(filter, text, Shared.spelling(text, "NAVO-diplomatne")));
    }
  }

  @Nested
  class ClosedCompounds {
    final MatchFilter filter = new ClosedCompoundFilter();

    @Test
    void compoundsOfKnownWords() {
      String text = "Het pooierverbod kwam ter sprake op de noodtop.";
      assertTrue(removes(filter, text, Shared.spelling(text, "pooierverbod")));
      assertTrue(removes(filter, text, Shared.spelling(text, "noodtop")));
    }

    @Test
    void misspellingsStay() {
      String text = "De ambasade en de scheitsrechter.";
      assertFalse(removes(filter, text, Shared.spelling(text, "ambasade")));
      assertFalse(removes(filter, text, Shared.spelling(text, "scheitsrechter")));
    }
  }

  @Nested
  class Names {
    final MatchFilter filter = new NameFilter();

    @Test
    void twoWordNameForTheMultiWordSpeller() {
      String text = "De burgemeester Ekrem Imamoglu won opnieuw.";
      int at = text.indexOf("Ekrem Imamoglu");
      Match m = new Match("NL_MULTITOKEN_SPELLING_TWO", "x", "MULTITOKEN_SPELLING", "x", "misspelling", false, "m", "",
          at, at + "Ekrem Imamoglu".length(), java.util.List.of("Ekrem İmamoğlu"));
      assertTrue(removes(filter, text, m));
      String lower = "Hij zei dat het de grote fuut was.";
      int at2 = lower.indexOf("grote fuut");
      assertFalse(removes(filter, lower, new Match("NL_MULTITOKEN_SPELLING_TWO", "x", "MULTITOKEN_SPELLING", "x",
          "misspelling", false, "m", "", at2, at2 + "grote fuut".length(), java.util.List.of())));
    }

    @Test
    void capitalisedInsideSentence() {
      String text = "De regering stuurde Kyryl Lashun naar Brussel.";
      assertTrue(removes(filter, text, Shared.spelling(text, "Kyryl")));
      assertTrue(removes(filter, text, Shared.spelling(text, "Lashun")));
    }

    @Test
    void sentenceStartRepeatedElsewhere() {
      String text = "Lashun reageerde niet. Later zei woordvoerder Lashun dat hij ziek was.";
      assertTrue(removes(filter, text, Shared.spelling(text, "Lashun")));
    }

    @Test
    void lowerCaseWordAndLoneSentenceStartStay() {
      String text = "Ambasade gesloten. De ambasade was dicht.";
      assertFalse(removes(filter, text, Shared.spelling(text, "Ambasade")));
      assertFalse(removes(filter, text, Shared.spelling(text, "ambasade")));
    }
  }

  @Nested
  class UserWords {
    final MatchFilter filter = new UserWordFilter();

    @Test
    void listedWordAndItsCapitalisedForm() {
      String text = "De zorgcoördinatrix en Zorgcoördinatrix Els kwamen.";
      assertTrue(removes(filter, text, Shared.spelling(text, "zorgcoördinatrix"), "zorgcoördinatrix"));
      assertTrue(removes(filter, text, Shared.spelling(text, "Zorgcoördinatrix"), "zorgcoördinatrix"));
    }

    @Test
    void unlistedWordStays() {
      String text = "De zorgcoördinatrix kwam.";
      assertFalse(removes(filter, text, Shared.spelling(text, "zorgcoördinatrix"), "iets"));
    }
  }

  private static Match rule(String id, String text, String covered, String... suggestions) {
    int at = text.indexOf(covered);
    return new Match(id, id, "X", "X", "uncategorized", false, "m", "", at, at + covered.length(), java.util.List.of(suggestions));
  }

  @Nested
  class Kickers {
    final MatchFilter filter = new KickerFilter();

    @Test
    void sectionLabelBeforeADash() {
      String text = "analyse - De regering valt.";
      assertTrue(removes(filter, text, rule("UPPERCASE_SENTENCE_START", text, "analyse")));
    }

    @Test
    void lowerCaseSentenceStartStays() {
      String text = "De regering valt. de oppositie juicht.";
      assertFalse(removes(filter, text, rule("UPPERCASE_SENTENCE_START", text, "de oppositie")));
    }

    @Test
    void tagLineWithoutPunctuation() {
      String text = "De regering valt. verkiezingen kabinet\n\nDe oppositie juicht.";
      assertTrue(removes(filter, text, rule("UPPERCASE_SENTENCE_START", text, "verkiezingen")));
    }

    @Test
    void labelBeforeCapitalisedHeading() {
      String text = "opinie Een land zonder regering en zonder plan voor morgen\n\nDe oppositie juicht.";
      assertTrue(removes(filter, text, rule("UPPERCASE_SENTENCE_START", text, "opinie")));
    }

    @Test
    void longLowerCaseLineStays() {
      // Six words, no capital after the first: a sentence missing its capital and full stop.
      String text = "de regering valt morgen om tien uur\n\nDe oppositie juicht.";
      assertFalse(removes(filter, text, rule("UPPERCASE_SENTENCE_START", text, "de regering")));
    }
  }

  @Nested
  class NearMisses {
    @Test
    void doubledOrUndoubledLetterAndFinalDt() {
      Lexicon lexicon = Shared.lexicon();
      assertTrue(lexicon.isNearMiss("verschilende"));   // verschillende
      assertTrue(lexicon.isNearMiss("Evenwijddig"));    // Evenwijdig
      assertTrue(lexicon.isNearMiss("zangtalend"));     // zangtalent
      assertFalse(lexicon.isNearMiss("pooierverbod"));  // a new compound, not a slip
      assertFalse(lexicon.isNearMiss("noodtop"));       // noodstop is an inserted s, not a doubling
    }
  }

  @Nested
  class ContinuedQuotes {
    final MatchFilter filter = new ContinuedQuoteFilter();

    @Test
    void quotationOverTwoParagraphs() {
      String text = "Hij zei: \"We gaan door.\n\n\"En we winnen ook,\" zei hij.";
      int at = text.indexOf('"');
      assertTrue(removes(filter, text, new Match("UNPAIRED_BRACKETS", "x", "PUNCTUATION", "x", "typographical", false, "m", "",
          at, at + 1, java.util.List.of())));
    }

    @Test
    void quoteNeverClosedStays() {
      String text = "Hij zei: \"We gaan door.\n\nDaarna ging hij naar huis.";
      int at = text.indexOf('"');
      assertFalse(removes(filter, text, new Match("UNPAIRED_BRACKETS", "x", "PUNCTUATION", "x", "typographical", false, "m", "",
          at, at + 1, java.util.List.of())));
    }
  }

  @Nested
  class Advice {
    final MatchFilter filter = new AdviceFilter(java.util.Set.of("KOMMA_MAAR"));

    private Match hint(String id, String category, String issueType, String text, String covered) {
      int at = text.indexOf(covered);
      return new Match(id, id, category, category, issueType, false, "m", "", at, at + covered.length(), java.util.List.of());
    }

    @Test
    void styleAndOptionalCommaHintsGo() {
      String text = "Nou, dat is z'n huis en het ligt onder stoelen of banken.";
      assertTrue(removes(filter, text, hint("NOU", "COLLOQUIALISMS", "style", text, "Nou")));
      assertTrue(removes(filter, text, hint("ZN", "VOLUIT_SCHRIJVEN", "style", text, "z'n")));
      assertTrue(removes(filter, text, hint("KOMMA_ONTBR", "PUNCTUATION", "uncategorized", text, "huis en")));
    }

    @Test
    void errorsAndRulesTheUserAskedForStay() {
      String text = "Hij zag de de auto niet maar wel de fiets.";
      assertFalse(removes(filter, text, hint("DUBBEL_DE", "REPETITIONS", "uncategorized", text, "de de")));
      assertFalse(removes(filter, text, hint("KOMMA_MAAR", "PUNCTUATION", "uncategorized", text, "niet maar")));
    }
  }

  @Nested
  class AbbreviatedNames {
    final MatchFilter filter = new AbbreviatedNameFilter();

    @Test
    void initialIsNotASentenceEnd() {
      String text = "De verdachte Mohammed Al-M. in december was er.";
      assertTrue(removes(filter, text, rule("UPPERCASE_SENTENCE_START", text, "in december")));
    }

    @Test
    void realSentenceEndStays() {
      String text = "De regering valt. in december komen er verkiezingen.";
      assertFalse(removes(filter, text, rule("UPPERCASE_SENTENCE_START", text, "in december")));
    }
  }

  @Nested
  class QuoteCommas {
    final MatchFilter filter = new QuoteCommaFilter();

    @Test
    void commaBeforeAttribution() {
      String text = "\"Het is heerlijk,\" zegt Laura.";
      assertTrue(removes(filter, text, rule("KOMMA_AANHALING", text, ",\"")));
    }

    @Test
    void commaBeforeNewSentenceStays() {
      String text = "\"Het is heerlijk,\" Daarna ging ze.";
      assertFalse(removes(filter, text, rule("KOMMA_AANHALING", text, ",\"")));
    }
  }

  @Nested
  class HouseStyleNames {
    final MatchFilter filter = new HouseStyleNameFilter();

    @Test
    void casingOfNamesAndSymbols() {
      String text = "De winkels van de Hema en de uitstoot van CO2 dalen.";
      assertTrue(removes(filter, text, rule("NL_SIMPLE_REPLACE_HEMA", text, "Hema", "HEMA")));
      assertTrue(removes(filter, text, rule("NL_SIMPLE_REPLACE_CO_", text, "CO2", "CO₂")));
    }

    @Test
    void acronymsInCapitalsAndDoubleFirstNames() {
      String text = "Het bureau OMA tekende het, zegt Kees Jan de Vries.";
      assertTrue(removes(filter, text, rule("NL_CHECKCASE_OMA", text, "OMA", "oma")));
      assertTrue(removes(filter, text, rule("NL_SIMPLE_REPLACE_KEES_JAN", text, "Kees Jan", "Kees-Jan")));
      String sentenceStart = "OMA kwam op bezoek.";
      assertFalse(removes(filter, sentenceStart, rule("NL_CHECKCASE_OMA", sentenceStart, "OMA", "Oma")));
    }

    @Test
    void ordinaryWordsKeepTheirHints() {
      String text = "Hij moet het kwijt raken.";
      assertFalse(removes(filter, text, rule("NL_SIMPLE_REPLACE_KWIJT_RAKEN", text, "kwijt raken", "kwijtraken")));
    }
  }

  @Nested
  class ForeignPhrases {
    final MatchFilter filter = new ForeignPhraseFilter();

    @Test
    void foreignLineWithoutDutchFunctionWords() {
      String text = "Hij dichtte ooit: 'If you keep doing it for fame, don't do it.'";
      assertTrue(removes(filter, text, Shared.spelling(text, "fame")));
    }

    @Test
    void oneContextAnswersEveryFindingOfItsSentenceByItsOwnRun() {
      // The runs of a sentence are worked out once per check: a second finding in the same
      // sentence, in another run, gets its own run's answer, not the first one's.
      String text = "Hij dichtte: 'If you keep doing it for fame' en de kandiaat las het voor.";
      CheckContext context = Shared.context(text);
      assertTrue(filterRemoves(context, text, "fame"));
      assertFalse(filterRemoves(context, text, "kandiaat"));
      assertTrue(filterRemoves(context, text, "doing"));
    }

    @Test
    void aFunctionWordBetweenTwoForeignStretchesIsInTheirRun() {
      // Asked about a function word itself, the run is the stretches on both sides of it with it.
      String text = "Het was de grumpy snarky van glowing tacky.";
      assertTrue(removes(filter, text, Shared.spelling(text, "van")));
    }

    private boolean filterRemoves(CheckContext context, String text, String word) {
      return filter.isFalseAlarm(Shared.spelling(text, word), context);
    }

    @Test
    void termInQuotesOnItsOwn() {
      String text = "Het schip kan ook aan 'seabasing' doen, zegt de marine.";
      assertTrue(removes(filter, text, Shared.spelling(text, "seabasing")));
    }

    @Test
    void twoUnknownWordsSideBySide() {
      String text = "Het was een educated guess van de minister.";
      assertTrue(removes(filter, text, Shared.spelling(text, "educated")));
    }

    @Test
    void singleMisspellingStays() {
      String text = "Het was een kandiaat van de partij.";
      assertFalse(removes(filter, text, Shared.spelling(text, "kandiaat")));
    }

    @Test
    void termQuotedElsewhereInTheArticle() {
      String text = "Het heet skravlekopp. Je kiest de beker met de opdruk 'skravlekopp' voor een praatje.";
      assertTrue(removes(filter, text, Shared.spelling(text, "skravlekopp")));
      String once = "Het heet skravlekopp. Je kiest de beker met de opdruk voor een praatje.";
      assertFalse(removes(filter, once, Shared.spelling(once, "skravlekopp")));
    }

    @Test
    void quotedPhraseOfMostlyUnknownWords() {
      String text = "Hij droeg een T-shirt waarop stond: 'boia chi molla' (de beul voor wie opgeeft).";
      assertTrue(removes(filter, text, Shared.spelling(text, "molla")));
      String dutch = "Hij riep: 'de kandiaat wint' en ging zitten.";
      assertFalse(removes(filter, dutch, Shared.spelling(dutch, "kandiaat")));
    }
  }

  @Nested
  class Subjects {
    // SubjectFilter reads the parser's clause analysis (finite verb, subject) and tags: parsed articles.
    final MatchFilter filter = new SubjectFilter();

    @Test
    void jeAsIndirectObjectAfterANounPhrase() {
      String text = "Wat wordt je aangedaan?";
      assertTrue(removesParsed(filter, text, rule("WORDT_JE", text, "wordt je", "word je", "wordt jou")));
      String parcel = "Het pakje wordt je morgen geleverd.";
      assertTrue(removesParsed(filter, parcel, rule("WORDT_JE", parcel, "wordt je", "word je", "wordt jou")));
    }

    @Test
    void jeAsSubjectAfterAnAdverbialKeepsTheMatch() {
      // LanguageTool's own example of the rule: a real error.
      String text = "Dan wordt je gepiepeld.";
      assertFalse(removesParsed(filter, text, rule("WORDT_JE", text, "wordt je", "word je", "wordt jou")));
    }

    @Test
    void stemBeforeJeAsSubject() {
      String text = "Hoe word je gevraagd?";
      assertTrue(removesParsed(filter, text, rule("NL_SIMPLE_REPLACE_WORD_JE_GEVRAAGD", text, "word je gevraagd", "wordt je gevraagd")));
    }

    @Test
    void stemBeforeJeAsObjectKeepsTheMatch() {
      String text = "Er word je gevraagd om te tekenen.";
      assertFalse(removesParsed(filter, text, rule("NL_SIMPLE_REPLACE_WORD_JE_GEVRAAGD", text, "word je gevraagd", "wordt je gevraagd")));
    }

    @Test
    void wordAfterAnArticleIsTheNoun() {
      // The English word of computing, or a word mentioned: an article makes a noun of it.
      String text = "In de informatica is een word twee bytes lang.";
      assertTrue(removesParsed(filter, text, rule("WORD_ZONDER_IK", text, "word", "wordt")));
      // het can be the subject: the verb missing its t stays.
      String verb = "Het word morgen beslist.";
      assertFalse(removesParsed(filter, verb, rule("WORD_ZONDER_IK", verb, "word", "wordt")));
    }

    @Test
    void stemAfterIk() {
      String text = "Hij zei: ik word gedacht, dus ik ben.";
      assertTrue(removesParsed(filter, text, rule("NL_SIMPLE_REPLACE_WORD_GEDACHT", text, "word gedacht", "wordt gedacht")));
      String it = "Het word gedacht dat hij komt.";
      assertFalse(removesParsed(filter, it, rule("NL_SIMPLE_REPLACE_WORD_GEDACHT", it, "word gedacht", "wordt gedacht")));
    }

    @Test
    void ikWithAVerbOfItsOwn() {
      String text = "In het West-Vlaams zegt men dus niet ik word ziek, maar men zegt ik kom ziek.";
      assertTrue(removesParsed(filter, text, rule("LOOPT_IK", text, "zegt ik", "zeg ik")));
      String wrong = "Dat vindt ik onvolwassen gedrag.";
      assertFalse(removesParsed(filter, wrong, rule("LOOPT_IK", wrong, "vindt ik", "vind ik")));
      String fullStop = "Dat helpt Ik heb het uitgelegd.";
      assertFalse(removesParsed(filter, fullStop, rule("LOOPT_IK", fullStop, "helpt Ik", "helpt. Ik")));
    }
  }

  @Nested
  class Amounts {
    final MatchFilter filter = new AmountFilter();

    @Test
    void guilderSignAndNoCents() {
      String text = "Hij stuurde een bedrag van f 1100,-- mee.";
      assertTrue(removes(filter, text, rule("LOSSE_LETTERS", text, "f", "")));
      assertTrue(removes(filter, text, rule("MINMIN", text, "--", "-")));
    }

    @Test
    void strayLetterAndDashStay() {
      String text = "Hij zag de f staan -- en liep door.";
      assertFalse(removes(filter, text, rule("LOSSE_LETTERS", text, "f", "")));
      assertFalse(removes(filter, text, rule("MINMIN", text, "--", "-")));
    }
  }

  @Nested
  class Mentions {
    final MatchFilter filter = new MentionFilter();

    @Test
    void foreignWordAfterItsLanguage() {
      String text = "Vroeger rijmde het op het Engelse owl gehanteerd.";
      assertTrue(removes(filter, text, Shared.spelling(text, "owl")));
    }

    @Test
    void englishTermMadeOfDutchLookingWords() {
      String text = "Men gebruikt vaak de term spoken word, waarbij gedichten worden voorgelezen.";
      assertTrue(removes(filter, text, rule("STAM_ZONDER_IK", text, "spoken word", "spoken wordt")));
    }

    @Test
    void wordNamedAsForeign() {
      String text = "Skravle is Noors en betekent babbelen of kletsen.";
      assertTrue(removes(filter, text, Shared.spelling(text, "Skravle")));
    }

    @Test
    void dutchWordsAfterACueStay() {
      String text = "Het Engelse parlement word morgen ontbonden.";
      assertFalse(removes(filter, text, rule("NLBRIEF_DT", text, "word", "wordt")));
      String nationality = "Meer dan 25 landen zetten Russische diplomatne uit.";
      assertFalse(removes(filter, nationality, Shared.spelling(nationality, "diplomatne")));
      String after = "Hij gebruikte de term samenwerking, maar hij word niet begrepen.";
      assertFalse(removes(filter, after, rule("NLBRIEF_DT", after, "word", "wordt")));
    }
  }

  @Nested
  class EnglishWords {
    final MatchFilter filter = new EnglishWordFilter();

    @Test
    void englishWordsAndCompounds() {
      String text = "Het is ongelooflijk hoe powerful muziek is.";
      assertTrue(removes(filter, text, Shared.spelling(text, "powerful")));
      String compound = "De versies van de byte, word, doubleword en quadword.";
      assertTrue(removes(filter, compound, Shared.spelling(compound, "doubleword")));
    }

    @Test
    void dutchSlipsThatAreEnglishWordsStay() {
      // euro's written as an English plural; jaar with its vowel undoubled.
      String euros = "Het kost twintig euros per maand.";
      assertFalse(removes(filter, euros, Shared.spelling(euros, "euros")));
      String jar = "Honda produceert al 40 jar buitenboordmotoren.";
      assertFalse(removes(filter, jar, Shared.spelling(jar, "jar")));
    }

    @Test
    void dutchMisspellingStays() {
      String text = "De ambasade in Brussel is dicht.";
      assertFalse(removes(filter, text, Shared.spelling(text, "ambasade")));
    }
  }

  @Nested
  class DerivedWords {
    final MatchFilter filter = new DerivedWordFilter();

    @Test
    void ismFromEnglish() {
      String text = "Lyell legt de theorie van het uniformitarianisme uit.";
      assertTrue(removes(filter, text, Shared.spelling(text, "uniformitarianisme")));
      String made = "Hij hing het wandelisme aan.";
      assertFalse(removes(filter, made, Shared.spelling(made, "wandelisme")));
    }

    @Test
    void feminineOfLoog() {
      String text = "Dat kwam nooit voor, zegt klimatologe Martha Vogel.";
      assertTrue(removes(filter, text, Shared.spelling(text, "klimatologe")));
    }

    @Test
    void adjectiveInSBeforeItsNoun() {
      // The noun as the parser tags it (the builder calls an unmarked lower-case word OTHER).
      String text = "Zij wilden een jakobijns {schrikbewind|schrikbewind|NOUN} vestigen.";
      assertTrue(removes(filter, text, Shared.spelling(text, "jakobijns")));
      String alone = "Zij waren heel jakobijns.";
      assertFalse(removes(filter, alone, Shared.spelling(alone, "jakobijns")));
    }
  }

  @Nested
  class CompoundHeads {
    /** A verb stem before {@code ten} is the past-tense slip (antwoordden), not a compound of antwoord and ten. */
    @Test
    void functionWordIsNoHead() {
      Lexicon lexicon = Shared.lexicon();
      assertFalse(lexicon.isCompound("antwoordten"));
      assertFalse(lexicon.isCompound("wordten"));
      assertFalse(lexicon.isCompound("landhet"));
      // a head of content still makes a compound, also when a function word could end the word
      assertTrue(lexicon.isCompound("pooierverbod"));
      assertTrue(lexicon.isCompound("fietsenstalling"));
      assertTrue(lexicon.isCompound("waterplaten"));
    }
  }

  @Nested
  class LearnedPrefixes {
    @Test
    void prefixAndKnownWord() {
      Lexicon lexicon = Shared.lexicon();
      assertTrue(lexicon.isCompound("pseudepigrafische"));
      assertTrue(lexicon.isCompound("hypergevoelige"));
      assertFalse(lexicon.isCompound("pseudtafel"));
    }
  }

  @Nested
  class EmphasisAccents {
    @Test
    void placedByTheRules() {
      assertEquals("ik", Emphasis.plain("ík"));
      assertEquals("Zij", Emphasis.plain("Zíj"));
      assertEquals("Dat", Emphasis.plain("Dát"));
      assertEquals("doet", Emphasis.plain("dóét"));
      assertEquals("veel", Emphasis.plain("véél"));
    }

    @Test
    void otherAccentsAreNotEmphasis() {
      // níet wants both letters accented (níét); dóet only one of a pair; plain words have none.
      assertNull(Emphasis.plain("níet"));
      assertNull(Emphasis.plain("dóet"));
      assertNull(Emphasis.plain("niet"));
    }

    @Test
    void languageToolReadsThePlainWord() {
      String text = "Maar ík ben de schrijver.";
      org.languagetool.markup.AnnotatedText annotated = ArticleText.of(Shared.article(text), Shared.lexicon()::isKnown);
      assertEquals("Maar ik ben de schrijver.", annotated.getPlainText().strip());
      // Offsets still point into the original text.
      assertEquals(text.indexOf("ben"), annotated.getOriginalTextPositionFor(annotated.getPlainText().indexOf("ben"), false));
    }
  }
  private static Match ruleMatch(String text, String covered, String ruleId, String category, String... suggestions) {
    int at = text.indexOf(covered);
    return new Match(ruleId, "", category, "", "misspelling", false, "", "", at, at + covered.length(), java.util.List.of(suggestions));
  }

  @Nested
  class Initialisms {
    final MatchFilter filter = new InitialismFilter();

    @Test
    void initialismSpelledOutInBracketsOrUsedAgainIsNoTypo() {
      String text = "Het gehalte aan tetrahydrocannabinol (thc, de werkzame stof) stijgt. Wiet met veel thc is riskant.";
      assertTrue(removes(filter, text, Shared.spelling(text, "thc")));
      String compound = "De ggz-wachtlijsten groeien, zegt de ggz.";
      assertTrue(removes(filter, compound, Shared.spelling(compound, "ggz-wachtlijsten")));
    }

    @Test
    void oneOffWordThatLostItsVowelsStays() {
      String text = "Het was hrd werken voor de ploeg.";
      assertFalse(removes(filter, text, Shared.spelling(text, "hrd")));
    }

    @Test
    void initialismBeforeAMisspelledPartStays() {
      String text = "De ggz-wachtlijstne groeien, zegt de ggz.";
      assertFalse(removes(filter, text, Shared.spelling(text, "ggz-wachtlijstne")));
    }
  }

  @Nested
  class QuotedTitleCompounds {
    final MatchFilter filter = new QuotedTitleCompoundFilter();

    @Test
    void quotedTitleHyphenedToANounIsOneWord() {
      String text = "Ze droeg een shirt met het 'Samen naar de zee'-logo op de borst.";
      assertTrue(removes(filter, text, Shared.spelling(text, "zee'-logo")));
    }

    @Test
    void misspelledNounAfterTheTitleStays() {
      String text = "Ze droeg een shirt met het 'Samen naar de zee'-lgoo op de borst.";
      assertFalse(removes(filter, text, Shared.spelling(text, "zee'-lgoo")));
    }
  }

  @Nested
  class SuggestionsInPlace {
    final MatchFilter filter = new SuggestionInPlaceFilter();

    @Test
    void suggestionTheTextAlreadyReads() {
      String text = "De mars wordt gesteund door Greenpeace, Artsen zonder Grenzen en de bond.";
      assertTrue(removes(filter, text, ruleMatch(text, "Grenzen", "NL_SIMPLE_REPLACE_X", "MISC", "Artsen zonder Grenzen")));
    }

    @Test
    void suggestionWithWordsTheTextLacksStays() {
      String text = "De mars wordt gesteund door Greenpeace, Grenzen en de bond.";
      assertFalse(removes(filter, text, ruleMatch(text, "Grenzen", "NL_SIMPLE_REPLACE_X", "MISC", "Artsen zonder Grenzen")));
    }
  }

  @Nested
  class AbbreviationsBeforeNames {
    final MatchFilter filter = new AbbreviationBeforeNameFilter();

    @Test
    void clubTypeBeforeTheClubsName() {
      String text = "Zondag speelde sv Noordwijkerhout thuis tegen de buren.";
      assertTrue(removes(filter, text, ruleMatch(text, "sv", "NL_SIMPLE_REPLACE_SV", "VERGISSINGEN", "s.v.")));
    }

    @Test
    void undottedAbbreviationElsewhereStays() {
      String text = "Het geldt voor hem en vv voor haar.";
      assertFalse(removes(filter, text, ruleMatch(text, "vv", "NL_SIMPLE_REPLACE_VV", "VERGISSINGEN", "v.v.")));
    }
  }

  @Nested
  class ExpressiveSpellings {
    final MatchFilter filter = new ExpressiveSpellingFilter();

    @Test
    void drawnOutWordInAQuotation() {
      String text = "Ze keek me aan. 'Jaaa, dat weet ik heus wel', zei ze.";
      assertTrue(removes(filter, text, Shared.spelling(text, "Jaaa")));
    }

    @Test
    void tripledLetterInRunningTextStays() {
      String text = "Het nieuwe stadionnn is klaar.";
      assertFalse(removes(filter, text, Shared.spelling(text, "stadionnn")));
    }

    @Test
    void tripledLetterAfterAClosedQuotationStays() {
      String text = "'Kom maar', zei ze, en het stadionnn liep leeg.";
      assertFalse(removes(filter, text, Shared.spelling(text, "stadionnn")));
    }
  }
}
