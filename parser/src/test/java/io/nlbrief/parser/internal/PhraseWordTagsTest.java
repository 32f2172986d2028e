package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.Token.Reading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tags a word's neighbours settle, on sentences of our own tagged by hand the way the greedy
 * tagger gets them wrong; readings as LanguageTool's dictionary gives them.
 */
class PhraseWordTagsTest {
  private static final String NOUN = "NOUN|Number=Sing";
  private static final String NOUNS = "NOUN|Number=Plur";
  private static final String DET = "DET|Definite=Def";
  private static final String PAST = "VERB|Number=Sing|Tense=Past|VerbForm=Fin";
  private static final String PRES = "VERB|Number=Sing|Tense=Pres|VerbForm=Fin";
  private static final String MODAL = "AUX|Number=Sing|Tense=Past|VerbForm=Fin";
  private static final String DEM = "PRON|Person=3|PronType=Dem";
  private static final String REL = "PRON|Person=3|PronType=Rel";
  private static final String[] LABELS = {
      NOUN, NOUNS, DET, "ADP", "PUNCT", "PRON|Case=Nom|Person=3|PronType=Prs", "SCONJ", "ADV", "ADJ|Degree=Pos",
      "VERB|VerbForm=Inf", "VERB|VerbForm=Part", PRES, PAST, MODAL, DEM, REL, "NUM", "CCONJ",
      "PRON|PronType=Ind", "DET"};
  private final UdTagger tagger = new UdTagger(null, LABELS);

  private final List<UdTagger.Word> words = new ArrayList<>();
  private final List<Integer> labels = new ArrayList<>();

  /** Adds a word: form, label, then readings as lemma/TAG pairs. */
  private PhraseWordTagsTest w(String form, String label, String... readings) {
    List<Reading> rs = new ArrayList<>();
    for (String r : readings) {
      String[] p = r.split("/");
      rs.add(new Reading(p[0], p[1]));
    }
    words.add(UdTagger.Word.of(form, rs));
    labels.add(Arrays.asList(LABELS).indexOf(label));
    return this;
  }

  private String[] retagged() {
    int[] l = labels.stream().mapToInt(Integer::intValue).toArray();
    PhraseWordTags rules = new PhraseWordTags(tagger);
    rules.beforeClauses(words, l);
    rules.apply(words, l);
    return Arrays.stream(l).mapToObj(i -> LABELS[i]).toArray(String[]::new);
  }

  @Test
  void datThatEndsASentenceFollowsDatOrAPrepositionIsNoComplementiser() {
    // Daarna veranderde dat . — dat at the end of the sentence stands for something
    w("Daarna", "ADV").w("veranderde", PAST, "veranderen/WKW:VLT:1EP").w("dat", "SCONJ").w(".", "PUNCT");
    assertEquals(DEM, retagged()[2]);
    words.clear();
    labels.clear();
    // Ik weet dat dat klopt . — the first dat opens the clause, the second is its subject
    w("Ik", "PRON|Case=Nom|Person=3|PronType=Prs").w("weet", PRES, "weten/WKW:TGW:1EP").w("dat", "SCONJ")
        .w("dat", "SCONJ").w("klopt", "VERB|VerbForm=Inf", "kloppen/WKW:TGW:3EP").w(".", "PUNCT");
    String[] out = retagged();
    assertEquals("SCONJ", out[2]);
    assertEquals(DEM, out[3]);
    words.clear();
    labels.clear();
    // Op dat moment wist hij dat niet . — after a preposition, before its noun: the determiner
    w("Op", "ADP").w("dat", "SCONJ").w("moment", NOUN, "moment/ZNW:EKV:HET").w("wist", PAST, "weten/WKW:VLT:1EP")
        .w("hij", "PRON|Case=Nom|Person=3|PronType=Prs").w("dat", DEM).w("niet", "ADV").w(".", "PUNCT");
    assertEquals("DET", retagged()[1]);
  }

  @Test
  void datAfterAParticleOrBeforeAClauseStaysTheComplementiser() {
    // Hij gaf aan dat de mensen boos waren . — after a particle, before an article: a clause
    w("Hij", "PRON|Case=Nom|Person=3|PronType=Prs").w("gaf", PAST, "geven/WKW:VLT:1EP").w("aan", "ADP")
        .w("dat", "SCONJ").w("de", DET).w("mensen", NOUNS).w("boos", "ADJ|Degree=Pos").w("waren", PAST)
        .w(".", "PUNCT");
    assertEquals("SCONJ", retagged()[3]);
    words.clear();
    labels.clear();
    // Hij merkte op dat boeren hard werken . — a plural noun after it is the clause's subject
    w("Hij", "PRON|Case=Nom|Person=3|PronType=Prs").w("merkte", PAST, "merken/WKW:VLT:1EP").w("op", "ADP")
        .w("dat", "SCONJ").w("boeren", NOUNS).w("hard", "ADJ|Degree=Pos").w("werken", "VERB|VerbForm=Inf")
        .w(".", "PUNCT");
    assertEquals("SCONJ", retagged()[3]);
  }

  @Test
  void ofOpeningAVerbFinalClauseAfterAMainClauseIsWhether() {
    // Ze twijfelde nog of ze wel moest komen . — "of" read as the conjunction
    w("Ze", "PRON|Case=Nom|Person=3|PronType=Prs").w("twijfelde", PAST, "twijfelen/WKW:VLT:1EP").w("nog", "ADV")
        .w("of", "CCONJ").w("ze", "PRON|Case=Nom|Person=3|PronType=Prs").w("wel", "ADV")
        .w("moest", MODAL, "moeten/WKW:VLT:1EP").w("komen", "VERB|VerbForm=Inf").w(".", "PUNCT");
    assertEquals("SCONJ", retagged()[3]);
  }

  @Test
  void ofJoiningTwoMainClausesTwoPhrasesOrTwoVerbsStaysTheConjunction() {
    // Hij las een boek of hij keek tv . — the second clause's verb right after its subject
    w("Hij", "PRON|Case=Nom|Person=3|PronType=Prs").w("las", PAST, "lezen/WKW:VLT:1EP").w("een", DET)
        .w("boek", NOUN).w("of", "CCONJ").w("hij", "PRON|Case=Nom|Person=3|PronType=Prs")
        .w("keek", PAST, "kijken/WKW:VLT:1EP").w("tv", NOUN).w(".", "PUNCT");
    assertEquals("CCONJ", retagged()[4]);
    words.clear();
    labels.clear();
    // Zij vindt dat voor de leraar of leerling een probleem . — two nouns joined
    w("Zij", "PRON|Case=Nom|Person=3|PronType=Prs").w("vindt", PRES, "vinden/WKW:TGW:3EP").w("dat", DEM)
        .w("voor", "ADP").w("de", DET).w("leraar", NOUN).w("of", "CCONJ").w("leerling", NOUN).w("een", DET)
        .w("probleem", NOUN).w("is", PRES).w(".", "PUNCT");
    assertEquals("CCONJ", retagged()[6]);
    words.clear();
    labels.clear();
    // Hij lacht als de hond blaft of de kat met zijn staart zwaait . — two subordinate clauses joined
    w("Hij", "PRON|Case=Nom|Person=3|PronType=Prs").w("lacht", PRES, "lachen/WKW:TGW:3EP").w("als", "SCONJ")
        .w("de", DET).w("hond", NOUN).w("blaft", PRES, "blaffen/WKW:TGW:3EP").w("of", "CCONJ").w("de", DET)
        .w("kat", NOUN).w("met", "ADP").w("zijn", DET).w("staart", NOUN).w("zwaait", PRES).w(".", "PUNCT");
    assertEquals("CCONJ", retagged()[6]);
  }

  @Test
  void aWordOfApproximationBeforeANumberModifiesIt() {
    // Er kwamen zo'n 40 mensen en ruim 300 auto's . — zo'n read as a pronoun, ruim as a noun.
    w("Er", "ADV").w("kwamen", PAST, "komen/WKW:VLT:INF").w("zo'n", "PRON|PronType=Ind", "zo'n/VNW:AWZ:EKV")
        .w("40", "NUM").w("mensen", NOUNS).w("en", "CCONJ")
        .w("ruim", NOUN, "ruim/BNW:STL:ONV", "ruim/ZNW:EKV:HET").w("300", "NUM").w("auto's", NOUNS).w(".", "PUNCT");
    String[] out = retagged();
    assertEquals("ADV", out[2]);
    assertEquals("ADJ|Degree=Pos", out[6]);
  }

  @Test
  void notBeforeANoun() {
    // Hij wil zo'n fiets en een ruim huis . — zo'n is the determiner, ruim an ordinary adjective.
    w("Hij", "PRON|Case=Nom|Person=3|PronType=Prs").w("wil", PRES, "willen/WKW:TGW:1EP")
        .w("zo'n", DET, "zo'n/VNW:AWZ:EKV").w("fiets", NOUN).w("en", "CCONJ").w("een", DET)
        .w("ruim", NOUN, "ruim/BNW:STL:ONV", "ruim/ZNW:EKV:HET").w("huis", NOUN).w(".", "PUNCT");
    String[] out = retagged();
    assertEquals(DET, out[2]);
    assertEquals(NOUN, out[6]);
  }

  @Test
  void aPastFormBetweenADeterminerAndItsNounIsTheParticiple() {
    // We reden over de vaak gebruikte weg en kochten twee gestolde , bevroren taarten .
    w("We", "PRON|Case=Nom|Person=3|PronType=Prs").w("reden", PAST, "rijden/WKW:VLT:INF").w("over", "ADP")
        .w("de", DET).w("vaak", "ADV").w("gebruikte", PAST, "gebruiken/WKW:VLT:1EP", "gebruiken/WKW:VTD:VRB")
        .w("weg", NOUN).w("en", "CCONJ").w("kochten", PAST, "kopen/WKW:VLT:INF").w("twee", "NUM")
        .w("gestolde", PAST, "stollen/WKW:VLT:1EP", "stollen/WKW:VTD:VRB").w(",", "PUNCT")
        .w("bevroren", "VERB|VerbForm=Part", "bevriezen/WKW:VTD:VRB").w("taarten", NOUNS).w(".", "PUNCT");
    String[] out = retagged();
    assertEquals("VERB|VerbForm=Part", out[5]);
    assertEquals("VERB|VerbForm=Part", out[10]);
    assertEquals(PAST, out[8]);
  }

  @Test
  void aPastFormThatNoNounFollowsStaysFinite() {
    // Omdat het regende , bleven de kinderen binnen . — het read as an article: no noun after regende.
    w("Omdat", "SCONJ").w("het", DET).w("regende", PAST, "regenen/WKW:VLT:1EP", "regenen/WKW:VTD:VRB")
        .w(",", "PUNCT").w("bleven", PAST, "blijven/WKW:VLT:INF").w("de", DET).w("kinderen", NOUNS)
        .w("binnen", "ADV").w(".", "PUNCT");
    assertEquals(PAST, retagged()[2]);
  }

  @Test
  void datBeforeAFiniteVerbOrAfterAnAuxiliaryIsThePronoun() {
    // Dat klopt , maar zou dat morgen lukken ? Het boek dat verscheen .
    w("Dat", "SCONJ").w("klopt", PRES, "kloppen/WKW:TGW:3EP").w(",", "PUNCT").w("maar", "CCONJ")
        .w("zou", MODAL, "zullen/WKW:VLT:1EP").w("dat", "SCONJ").w("morgen", "ADV")
        .w("lukken", "VERB|VerbForm=Inf", "lukken/WKW:TGW:INF").w("?", "PUNCT")
        .w("Het", DET).w("boek", NOUN).w("dat", "SCONJ").w("verscheen", PAST, "verschijnen/WKW:VLT:1EP")
        .w(".", "PUNCT");
    String[] out = retagged();
    assertEquals(DEM, out[0]);
    assertEquals(DEM, out[5]);
    assertEquals(REL, out[11]);
  }

  @Test
  void datThatOpensAClauseStaysTheComplementiser() {
    // Ik zou zeggen dat de bus komt , omdat ik het gezien had dat hij vertrok .
    // After a verb that takes a dat-clause, and after an auxiliary closing a cluster.
    w("Ik", "PRON|Case=Nom|Person=3|PronType=Prs").w("zou", MODAL, "zullen/WKW:VLT:1EP")
        .w("zeggen", "VERB|VerbForm=Inf", "zeggen/WKW:TGW:INF").w("dat", "SCONJ").w("de", DET).w("bus", NOUN)
        .w("komt", PRES, "komen/WKW:TGW:3EP").w(",", "PUNCT").w("omdat", "SCONJ")
        .w("ik", "PRON|Case=Nom|Person=3|PronType=Prs").w("het", DET)
        .w("gezien", "VERB|VerbForm=Part", "zien/WKW:VTD:ONV").w("had", MODAL, "hebben/WKW:VLT:1EP")
        .w("dat", "SCONJ").w("hij", "PRON|Case=Nom|Person=3|PronType=Prs")
        .w("vertrok", PAST, "vertrekken/WKW:VLT:1EP").w(".", "PUNCT");
    String[] out = retagged();
    assertEquals("SCONJ", out[3]);
    assertEquals("SCONJ", out[13]);
  }

  @Test
  void aLengthOfTimeBeforeGeledenIsAgoAndItsNumberANumber() {
    // Vier dagen geleden kochten we een fiets . — vier read as vieren, geleden as lijden.
    w("Vier", PRES, "vieren/WKW:TGW:1EP", "vier/GET:TXT:MRV").w("dagen", NOUNS, "dag/ZNW:MRV:DE_")
        .w("geleden", "VERB|VerbForm=Part", "geleden/BYW", "lijden/WKW:VTD:ONV")
        .w("kochten", PAST, "kopen/WKW:VLT:INF").w("we", "PRON|Case=Nom|Person=3|PronType=Prs").w("een", DET)
        .w("fiets", NOUN).w(".", "PUNCT");
    String[] out = retagged();
    assertEquals("NUM", out[0]);
    assertEquals("ADV", out[2]);
  }

  @Test
  void geledenOfLijdenAndAVerbBeforeAPronounStay() {
    // Ik acht hem hoog , want hij heeft veel geleden .
    w("Ik", "PRON|Case=Nom|Person=3|PronType=Prs").w("acht", PRES, "achten/WKW:TGW:1EP", "acht/GET:TXT:MRV")
        .w("hem", "PRON|Case=Nom|Person=3|PronType=Prs").w("hoog", "ADJ|Degree=Pos").w(",", "PUNCT")
        .w("want", "CCONJ").w("hij", "PRON|Case=Nom|Person=3|PronType=Prs").w("heeft", PRES, "hebben/WKW:TGW:3EP")
        .w("veel", "ADV").w("geleden", "VERB|VerbForm=Part", "geleden/BYW", "lijden/WKW:VTD:ONV").w(".", "PUNCT");
    String[] out = retagged();
    assertEquals(PRES, out[1]);
    assertEquals("VERB|VerbForm=Part", out[9]);
  }

  @Test
  void veelBeforeAComparativeIsAnAdverbAndBeforeANounADeterminer() {
    // Die fiets is veel sneller , maar veel mensen willen hem niet .
    w("Die", DET).w("fiets", NOUN).w("is", PRES, "zijn/WKW:TGW:3EP").w("veel", DET, "veel/VNW:ONB:ATT")
        .w("sneller", "ADJ|Degree=Pos", "snel/BNW:VGR:ONV").w(",", "PUNCT").w("maar", "CCONJ")
        .w("veel", DET, "veel/VNW:ONB:ATT").w("mensen", NOUNS).w("willen", PRES, "willen/WKW:TGW:INF")
        .w("hem", "PRON|Case=Nom|Person=3|PronType=Prs").w("niet", "ADV").w(".", "PUNCT");
    String[] out = retagged();
    assertEquals("ADV", out[3]);
    assertEquals(DET, out[7]);
  }
}
