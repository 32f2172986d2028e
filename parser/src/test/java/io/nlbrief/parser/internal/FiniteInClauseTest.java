package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.Token.Reading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The finite-verb repair on sentences of our own, tagged by hand the way the greedy tagger gets
 * them wrong; readings as LanguageTool's dictionary gives them.
 */
class FiniteInClauseTest {
  private static final String[] LABELS = {
      "NOUN|Number=Sing", "NOUN|Number=Plur", "DET|Definite=Def", "ADP", "PUNCT", "PRON|Case=Nom|Person=3|PronType=Prs",
      "PRON|PronType=Rel", "SCONJ", "ADV", "ADJ|Degree=Pos", "VERB|VerbForm=Inf", "VERB|VerbForm=Part",
      "VERB|Number=Sing|Tense=Pres|VerbForm=Fin", "VERB|Number=Plur|Tense=Pres|VerbForm=Fin",
      "VERB|Number=Sing|Tense=Past|VerbForm=Fin", "VERB|Number=Plur|Tense=Past|VerbForm=Fin",
      "AUX|Number=Plur|Tense=Pres|VerbForm=Fin", "CCONJ", "PRON|Case=Nom|Number=Plur|Person=1|PronType=Prs",
      "PRON|Person=3|PronType=Dem", "AUX|Number=Sing|Tense=Past|VerbForm=Fin", "AUX|VerbForm=Inf",
      "AUX|Number=Sing|Tense=Pres|VerbForm=Fin", "NUM", "PROPN"};
  private final UdTagger tagger = new UdTagger(null, LABELS);

  private List<UdTagger.Word> words = new ArrayList<>();
  private List<Integer> labels = new ArrayList<>();

  /** Adds a word: form, label, then readings as lemma/TAG pairs. */
  private FiniteInClauseTest w(String form, String label, String... readings) {
    List<Reading> rs = new ArrayList<>();
    for (String r : readings) {
      String[] p = r.split("/");
      rs.add(new Reading(p[0], p[1]));
    }
    words.add(UdTagger.Word.of(form, rs));
    labels.add(Arrays.asList(LABELS).indexOf(label));
    return this;
  }

  private String[] repaired() {
    int[] l = labels.stream().mapToInt(Integer::intValue).toArray();
    new FiniteInClause(tagger).apply(words, l);
    return Arrays.stream(l).mapToObj(i -> LABELS[i]).toArray(String[]::new);
  }

  @Test
  void theLastWordOfASubordinateClauseWithoutAFiniteVerbIsItsVerb() {
    // De gasten die bij de deur stonden . — "stonden" tagged as a plural noun.
    w("De", "DET|Definite=Def").w("gasten", "NOUN|Number=Plur", "gast/ZNW:MRV:DE_")
        .w("die", "PRON|PronType=Rel").w("bij", "ADP").w("de", "DET|Definite=Def")
        .w("deur", "NOUN|Number=Sing", "deur/ZNW:EKV:DE_")
        .w("stonden", "NOUN|Number=Plur", "stond/ZNW:MRV:DE_", "staan/WKW:VLT:INF").w(".", "PUNCT");
    assertEquals("VERB|Number=Plur|Tense=Past|VerbForm=Fin", repaired()[6]);
  }

  @Test
  void anEnFormAtTheEndIsAPluralPresentAndAClauseWithAFiniteVerbIsLeftAlone() {
    // omdat de boeren veel mest gebruiken , ... — "gebruiken" tagged as an infinitive.
    w("omdat", "SCONJ").w("de", "DET|Definite=Def").w("boeren", "NOUN|Number=Plur", "boer/ZNW:MRV:DE_")
        .w("veel", "ADV").w("mest", "NOUN|Number=Sing", "mest/ZNW:EKV:DE_")
        .w("gebruiken", "VERB|VerbForm=Inf", "gebruiken/WKW:TGW:INF", "gebruik/ZNW:MRV:DE_").w(",", "PUNCT")
        // dat hij het boek wil lezen — "wil" is finite already: "lezen" stays an infinitive
        .w("dat", "SCONJ").w("hij", "PRON|Case=Nom|Person=3|PronType=Prs")
        .w("wil", "VERB|Number=Sing|Tense=Pres|VerbForm=Fin", "willen/WKW:TGW:3EP")
        .w("lezen", "VERB|VerbForm=Inf", "lezen/WKW:TGW:INF").w(".", "PUNCT");
    String[] out = repaired();
    assertEquals("VERB|Number=Plur|Tense=Pres|VerbForm=Fin", out[5]);
    assertEquals("VERB|VerbForm=Inf", out[10]);
  }

  @Test
  void phrasesWithoutAVerbAndInfinitivesWithTeAreLeftAlone() {
    // Hij werkt als kok in de keuken . — "als" opens no clause here; nothing to repair.
    w("Hij", "PRON|Case=Nom|Person=3|PronType=Prs").w("werkt", "VERB|Number=Sing|Tense=Pres|VerbForm=Fin")
        .w("als", "SCONJ").w("kok", "NOUN|Number=Sing", "kok/ZNW:EKV:DE_", "koken/WKW:TGW:1EP")
        .w(".", "PUNCT");
    assertEquals("NOUN|Number=Sing", repaired()[3]);
    words = new ArrayList<>();
    labels = new ArrayList<>();
    // , die zonder te wachten . — "wachten" after "te" is an infinitive.
    w("die", "PRON|PronType=Rel").w("zonder", "ADP").w("te", "ADP")
        .w("wachten", "VERB|VerbForm=Inf", "wachten/WKW:TGW:INF").w(".", "PUNCT");
    assertEquals("VERB|VerbForm=Inf", repaired()[3]);
  }

  @Test
  void aVerbNextToAClauseInitialSubjectPronounIsFinite() {
    // Gisteren regende het ; ze wilde een paraplu . — "wilde" tagged as an adjective after "ze".
    w(";", "PUNCT").w("ze", "PRON|Case=Nom|Person=3|PronType=Prs")
        .w("wilde", "ADJ|Degree=Pos", "wild/BNW:STL:VRB", "willen/WKW:VLT:1EP")
        .w("een", "DET|Definite=Def").w("paraplu", "NOUN|Number=Sing").w(".", "PUNCT");
    assertEquals("VERB|Number=Sing|Tense=Past|VerbForm=Fin", repaired()[2]);
    words = new ArrayList<>();
    labels = new ArrayList<>();
    // en worden we ingehaald — inversion: the auxiliary before "we" is finite.
    w("en", "CCONJ").w("worden", "VERB|VerbForm=Inf", "worden/WKW:TGW:INF")
        .w("we", "PRON|Case=Nom|Number=Plur|Person=1|PronType=Prs")
        .w("ingehaald", "VERB|VerbForm=Part", "inhalen/WKW:VTD:ONV");
    assertEquals("AUX|Number=Plur|Tense=Pres|VerbForm=Fin", repaired()[1]);
    words = new ArrayList<>();
    labels = new ArrayList<>();
    // Ik zag ze wandelen — "ze" is an object inside the clause: "wandelen" stays an infinitive.
    w("Ik", "PRON|Case=Nom|Person=3|PronType=Prs").w("zag", "VERB|Number=Sing|Tense=Past|VerbForm=Fin")
        .w("ze", "PRON|Case=Nom|Person=3|PronType=Prs")
        .w("wandelen", "VERB|VerbForm=Inf", "wandelen/WKW:TGW:INF");
    assertEquals("VERB|VerbForm=Inf", repaired()[3]);
  }

  @Test
  void aConjunctionBetweenNounPhrasesDoesNotCloseTheClause() {
    // omdat er boeten en straffen volgen . — "boeten" (also a verb) is a noun joined to "straffen";
    // the clause's finite verb is "volgen", after the conjunction.
    w("omdat", "SCONJ").w("er", "ADV").w("boeten", "NOUN|Number=Plur", "boete/ZNW:MRV:DE_", "boeten/WKW:TGW:INF")
        .w("en", "CCONJ").w("straffen", "NOUN|Number=Plur", "straf/ZNW:MRV:DE_", "straffen/WKW:TGW:INF")
        .w("volgen", "VERB|Number=Plur|Tense=Pres|VerbForm=Fin", "volgen/WKW:TGW:INF").w(".", "PUNCT");
    assertEquals("NOUN|Number=Plur", repaired()[2]);
  }

  @Test
  void aClauseOpenedByARelativeAdverbEndsOnItsFiniteVerb() {
    // Ik ken het dorp waar de boeren rijst verbouwen . — "verbouwen" tagged as an infinitive.
    w("Ik", "PRON|Case=Nom|Person=3|PronType=Prs").w("ken", "VERB|Number=Sing|Tense=Pres|VerbForm=Fin", "kennen/WKW:TGW:1EP")
        .w("het", "DET|Definite=Def").w("dorp", "NOUN|Number=Sing", "dorp/ZNW:EKV:HET").w("waar", "ADV")
        .w("de", "DET|Definite=Def").w("boeren", "NOUN|Number=Plur", "boer/ZNW:MRV:DE_", "boeren/WKW:TGW:INF")
        .w("rijst", "NOUN|Number=Sing", "rijst/ZNW:EKV:DE_")
        .w("verbouwen", "VERB|VerbForm=Inf", "verbouwen/WKW:TGW:INF").w(".", "PUNCT");
    assertEquals("VERB|Number=Plur|Tense=Pres|VerbForm=Fin", repaired()[8]);
    words = new ArrayList<>();
    labels = new ArrayList<>();
    // , waarin de kinderen spelen . — a waar- compound opens the clause the same way
    w(",", "PUNCT").w("waarin", "ADV").w("de", "DET|Definite=Def")
        .w("kinderen", "NOUN|Number=Plur", "kind/ZNW:MRV:HET").w("spelen", "VERB|VerbForm=Inf", "spelen/WKW:TGW:INF")
        .w(".", "PUNCT");
    assertEquals("VERB|Number=Plur|Tense=Pres|VerbForm=Fin", repaired()[4]);
  }

  @Test
  void aQuestionWordOpeningTheSentenceAndNounsJoinedBeforeTheVerbsAreLeftAlone() {
    // Waar gaan de boeren wonen ? — a question: its finite verb follows "waar", the last word is
    // no finite verb (the tagger's mistake on "gaan" is not this rule's)
    w("Waar", "ADV").w("gaan", "VERB|VerbForm=Inf", "gaan/WKW:TGW:INF").w("de", "DET|Definite=Def")
        .w("boeren", "NOUN|Number=Plur", "boer/ZNW:MRV:DE_").w("wonen", "VERB|VerbForm=Inf", "wonen/WKW:TGW:INF")
        .w("?", "PUNCT");
    assertEquals("VERB|VerbForm=Inf", repaired()[4]);
    words = new ArrayList<>();
    labels = new ArrayList<>();
    // het land waarop bomen of struiken worden geplant . — "bomen" (also a verb) is the first of
    // two joined nouns, the verbs come after the second
    w("het", "DET|Definite=Def").w("land", "NOUN|Number=Sing", "land/ZNW:EKV:HET").w("waarop", "ADV")
        .w("bomen", "NOUN|Number=Plur", "boom/ZNW:MRV:DE_", "bomen/WKW:TGW:INF").w("of", "CCONJ")
        .w("struiken", "NOUN|Number=Plur", "struik/ZNW:MRV:DE_").w("worden", "AUX|VerbForm=Inf", "worden/WKW:TGW:INF")
        .w("geplant", "VERB|VerbForm=Part", "planten/WKW:VTD:ONV").w(".", "PUNCT");
    assertEquals("NOUN|Number=Plur", repaired()[3]);
    words = new ArrayList<>();
    labels = new ArrayList<>();
    // Zij hebben hun toon nog wat verder verscherpt . — "wat" after an adverb is "some", no clause's
    // opener: the participle (also a present form) stays one
    w("Zij", "PRON|Case=Nom|Person=3|PronType=Prs").w("hebben", "AUX|Number=Plur|Tense=Pres|VerbForm=Fin", "hebben/WKW:TGW:INF")
        .w("hun", "PRON|Person=3|PronType=Dem").w("toon", "NOUN|Number=Sing", "toon/ZNW:EKV:DE_").w("nog", "ADV")
        .w("wat", "PRON|Person=3|PronType=Dem").w("verder", "ADJ|Degree=Pos")
        .w("verscherpt", "VERB|VerbForm=Part", "verscherpen/WKW:VTD:ONV", "verscherpen/WKW:TGW:3EP").w(".", "PUNCT");
    assertEquals("VERB|VerbForm=Part", repaired()[7]);
  }

  @Test
  void datInsideAnOpenedClauseBeforeItsVerbIsThePronoun() {
    // omdat ik dat prettig vind — "dat" after "omdat ik" is the object; after a finite verb
    // (omdat ik denk dat ...) it opens a clause.
    w("omdat", "SCONJ").w("ik", "PRON|Case=Nom|Person=3|PronType=Prs").w("dat", "SCONJ")
        .w("prettig", "ADJ|Degree=Pos").w("vind", "VERB|Number=Sing|Tense=Pres|VerbForm=Fin", "vinden/WKW:TGW:1EP")
        .w(",", "PUNCT")
        .w("omdat", "SCONJ").w("ik", "PRON|Case=Nom|Person=3|PronType=Prs")
        .w("denk", "VERB|Number=Sing|Tense=Pres|VerbForm=Fin", "denken/WKW:TGW:1EP").w("dat", "SCONJ");
    String[] out = repaired();
    assertEquals("PRON|Person=3|PronType=Dem", out[2]);
    assertEquals("SCONJ", out[9]);
  }
  @Test
  void afterAFiniteModalAnEnFormOfTheSameClauseIsAnInfinitive() {
    // Zij zou morgen een nieuwe fiets kopen . — "kopen" tagged as a finite plural.
    w("Zij", "PRON|Case=Nom|Person=3|PronType=Prs").w("zou", "AUX|Number=Sing|Tense=Past|VerbForm=Fin", "zullen/WKW:VLT:1EP")
        .w("morgen", "ADV").w("een", "DET|Definite=Def").w("nieuwe", "ADJ|Degree=Pos")
        .w("fiets", "NOUN|Number=Sing", "fiets/ZNW:EKV:DE_")
        .w("kopen", "VERB|Number=Plur|Tense=Pres|VerbForm=Fin", "kopen/WKW:TGW:INF").w(".", "PUNCT");
    assertEquals("VERB|VerbForm=Inf", repaired()[6]);
  }

  @Test
  void aNewClauseOrAVerbAfterASubordinateClauseKeepsItsFiniteVerb() {
    // Zij kan zwemmen en wij fietsen . — after the conjunction a new clause begins: "fietsen" stays finite.
    w("Zij", "PRON|Case=Nom|Person=3|PronType=Prs").w("kan", "AUX|Number=Sing|Tense=Pres|VerbForm=Fin", "kunnen/WKW:TGW:3EP")
        .w("zwemmen", "VERB|VerbForm=Inf", "zwemmen/WKW:TGW:INF").w("en", "CCONJ")
        .w("wij", "PRON|Case=Nom|Number=Plur|Person=1|PronType=Prs")
        .w("fietsen", "VERB|Number=Plur|Tense=Pres|VerbForm=Fin", "fietsen/WKW:TGW:INF").w(".", "PUNCT");
    assertEquals("VERB|Number=Plur|Tense=Pres|VerbForm=Fin", repaired()[5]);
    // De mannen die daar kunnen werken zijn moe . — "zijn" belongs to the main clause, after the
    // relative clause's verbs: not next to "kunnen werken" as far as the clause's cluster goes.
    words.clear();
    labels.clear();
    w("De", "DET|Definite=Def").w("mannen", "NOUN|Number=Plur", "man/ZNW:MRV:DE_").w("die", "PRON|PronType=Rel")
        .w("daar", "ADV").w("kunnen", "AUX|Number=Plur|Tense=Pres|VerbForm=Fin", "kunnen/WKW:TGW:INF")
        .w("werken", "VERB|VerbForm=Inf", "werken/WKW:TGW:INF").w("moe", "ADJ|Degree=Pos")
        .w("zijn", "AUX|Number=Plur|Tense=Pres|VerbForm=Fin", "zijn/WKW:TGW:INF").w(".", "PUNCT");
    assertEquals("AUX|Number=Plur|Tense=Pres|VerbForm=Fin", repaired()[7]);
  }

  @Test
  void inASubordinateClauseTheModalBeforeTheLastVerbIsTheFiniteOne() {
    // ... omdat die dingen gevaarlijk kunnen zijn . — the tagger read "kunnen" as the infinitive, "zijn" as finite.
    w("omdat", "SCONJ").w("die", "DET|Definite=Def").w("dingen", "NOUN|Number=Plur", "ding/ZNW:MRV:HET")
        .w("gevaarlijk", "ADJ|Degree=Pos").w("kunnen", "AUX|VerbForm=Inf", "kunnen/WKW:TGW:INF")
        .w("zijn", "AUX|Number=Plur|Tense=Pres|VerbForm=Fin", "zijn/WKW:TGW:INF").w(".", "PUNCT");
    String[] out = repaired();
    assertEquals("AUX|Number=Plur|Tense=Pres|VerbForm=Fin", out[4]);
    assertEquals("AUX|VerbForm=Inf", out[5]);
  }

  @Test
  void aParticipleSecondWithASubjectAfterItAndNoFiniteVerbIsThePastPlural() {
    // Gisteren vertrokken de laatste gasten . — "vertrokken" tagged as the participle.
    w("Gisteren", "ADV").w("vertrokken", "VERB|VerbForm=Part", "vertrekken/WKW:VTD:ONV", "vertrekken/WKW:VLT:INF")
        .w("de", "DET|Definite=Def").w("laatste", "ADJ|Degree=Pos").w("gasten", "NOUN|Number=Plur", "gast/ZNW:MRV:DE_")
        .w(".", "PUNCT");
    assertEquals("VERB|Number=Plur|Tense=Past|VerbForm=Fin", repaired()[1]);
  }

  @Test
  void aHeadlinesParticipleAndOneBesideAFiniteVerbStayParticiples() {
    // Nieuwe regels aangekondigd — a headline: nothing after the participle
    w("Nieuwe", "ADJ|Degree=Pos").w("regels", "NOUN|Number=Plur", "regel/ZNW:MRV:DE_")
        .w("aangekondigd", "VERB|VerbForm=Part", "aankondigen/WKW:VTD:ONV");
    assertEquals("VERB|VerbForm=Part", repaired()[2]);
    words = new ArrayList<>();
    labels = new ArrayList<>();
    // Gisteren vertrokken gasten zijn teruggekeerd . — the clause has its finite verb
    w("Gisteren", "ADV").w("vertrokken", "VERB|VerbForm=Part", "vertrekken/WKW:VTD:ONV", "vertrekken/WKW:VLT:INF")
        .w("gasten", "NOUN|Number=Plur", "gast/ZNW:MRV:DE_")
        .w("zijn", "AUX|Number=Plur|Tense=Pres|VerbForm=Fin", "zijn/WKW:TGW:INF")
        .w("teruggekeerd", "VERB|VerbForm=Part", "terugkeren/WKW:VTD:ONV").w(".", "PUNCT");
    assertEquals("VERB|VerbForm=Part", repaired()[1]);
  }

  @Test
  void aMainClauseWithoutAFiniteVerbHasItAfterItsFirstPhrase() {
    // De buren zagen dat de auto weg was . — "zagen" read as the plural of zaag.
    w("De", "DET|Definite=Def").w("buren", "NOUN|Number=Plur", "buur/ZNW:MRV:DE_")
        .w("zagen", "NOUN|Number=Plur", "zaag/ZNW:MRV:DE_", "zagen/WKW:TGW:INF", "zien/WKW:VLT:INF")
        .w("dat", "SCONJ").w("de", "DET|Definite=Def").w("auto", "NOUN|Number=Sing", "auto/ZNW:EKV:DE_")
        .w("weg", "ADV").w("was", "AUX|Number=Sing|Tense=Past|VerbForm=Fin", "zijn/WKW:VLT:1EP").w(".", "PUNCT");
    assertEquals("VERB|Number=Plur|Tense=Pres|VerbForm=Fin", repaired()[2]);
  }

  @Test
  void aMainClauseWithoutAFiniteVerbAfterANumberTakesASingularVerb() {
    // In 2010 staat zij op het podium . — "staat" read as the noun (de staat).
    w("In", "ADP").w("2010", "NUM").w("staat", "NOUN|Number=Sing", "staat/ZNW:EKV:DE_", "staan/WKW:TGW:3EP")
        .w("zij", "PRON|Case=Nom|Person=3|PronType=Prs").w("op", "ADP").w("het", "DET|Definite=Def")
        .w("podium", "NOUN|Number=Sing", "podium/ZNW:EKV:HET").w(".", "PUNCT");
    assertEquals("VERB|Number=Sing|Tense=Pres|VerbForm=Fin", repaired()[2]);
  }

  @Test
  void aPhraseWithoutAVerbKeepsItsNouns() {
    // Een aantal landen in Azië . / Met 30 punten naar huis . — a caption and a fragment: the plural
    // after a singular noun or a number is the phrase's noun.
    w("Een", "DET|Definite=Def").w("aantal", "NOUN|Number=Sing", "aantal/ZNW:EKV:HET")
        .w("landen", "NOUN|Number=Plur", "land/ZNW:MRV:HET", "landen/WKW:TGW:INF").w("in", "ADP")
        .w("Azië", "PROPN").w(".", "PUNCT");
    assertEquals("NOUN|Number=Plur", repaired()[2]);
    words.clear();
    labels.clear();
    w("Met", "ADP").w("30", "NUM").w("punten", "NOUN|Number=Plur", "punt/ZNW:MRV:DE_", "punten/WKW:TGW:INF")
        .w("naar", "ADP").w("huis", "NOUN|Number=Sing", "huis/ZNW:EKV:HET").w(".", "PUNCT");
    assertEquals("NOUN|Number=Plur", repaired()[2]);
  }
}
