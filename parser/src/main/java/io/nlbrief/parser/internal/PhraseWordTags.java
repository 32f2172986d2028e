package io.nlbrief.parser.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.DutchWords.WordClass;
import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Parts of speech the words around a word settle, where the greedy tagger, deciding word by word,
 * went by the word alone. After tagging; each rule looks at a word and its neighbours, so one pass
 * is linear. Thread-safe (no state besides the label ids).
 *
 * <ul>
 *   <li>{@code dat} right before a finite verb is the demonstrative (or, after a noun, the
 *       relative) pronoun: a complementiser is never followed by its clause's finite verb, which
 *       stands at the end ({@code dat klopt}, {@code Dat waren de eerste dagen}); and after the
 *       finite form of an auxiliary, which takes no {@code dat}-clause ({@code zal dat lukken},
 *       {@code moet dat tot winst leiden}), it is the pronoun as well, unless the auxiliary closes
 *       a verb cluster ({@code dat ik het gezien heb dat …}). Nor does a complementiser end a
 *       sentence ({@code daar veranderde dat .}), stand second in {@code dat dat}, or follow a
 *       preposition before a singular noun ({@code op dat moment}: there it is the determiner).
 *   <li>A word of approximation before a number modifies the number ({@code ongeveer 300},
 *       {@code zo'n 20 jaar}, {@code bijna 2 miljoen}): an adverb (word class
 *       {@code number-adverb}), or for {@code ruim} and {@code krap} the adjective UD Dutch makes
 *       them, not the noun ({@code het ruim}) or the determiner ({@code zo'n huis}).
 *   <li>A past-tense form after a determiner or a number and before its noun is the attributive
 *       participle, not a finite verb: {@code de gebruikte methode}, {@code drie veroverde titels},
 *       {@code het vernieuwde , ingekorte circuit}. A form that a noun does not follow (in a clause
 *       of its own, {@code omdat het regende , bleven we}) is left alone.
 *   <li>A length of time and then {@code geleden} is "ago", an adverb ({@code drie weken
 *       geleden}, {@code jaren geleden}; the nouns of word class {@code time-noun}), not the
 *       participle of {@code lijden} ({@code hij heeft veel geleden}); and a number word before a
 *       plural noun is that number ({@code acht weken}), not a verb ({@code achten}).
 *   <li>{@code veel} before a comparative modifies it, an adverb ({@code veel sterker},
 *       {@code een veel hogere prijs}), not the determiner of {@code veel mensen}.
 * </ul>
 */
final class PhraseWordTags {
  private static final Set<String> NUMBER_ADVERBS = DutchWords.of(WordClass.NUMBER_ADVERB);
  private static final Set<String> NUMBER_ADJECTIVES = DutchWords.of(WordClass.NUMBER_ADJECTIVE);
  /**
   * Auxiliaries and modals, which take an infinitive or participle and never a dat-clause: UD's
   * auxiliaries but {@code zijn}, whose predicate a dat-clause can be ({@code het punt is dat …}).
   */
  private static final Set<String> NO_DAT_CLAUSE = withoutZijn(DutchWords.of(WordClass.UD_AUXILIARY));
  /** How far past a participle its noun may stand, across adjectives, commas and conjunctions. */
  private static final int NOUN_WITHIN = 5;

  private static Set<String> withoutZijn(Set<String> auxiliaries) {
    Set<String> out = new java.util.HashSet<>(auxiliaries);
    out.remove("zijn");
    return Set.copyOf(out);
  }

  private final UdTagger tagger;
  private final int adverb;
  private final int adjective;
  private final int participle;
  private final int demonstrative;
  private final int relative;
  private final int number;
  private final int determiner;
  private final int complementiser;

  PhraseWordTags(UdTagger tagger) {
    this.tagger = tagger;
    List<String> labels = Arrays.asList(tagger.labels());
    this.adverb = labels.indexOf("ADV");
    this.adjective = labels.indexOf("ADJ|Degree=Pos");
    this.participle = labels.indexOf("VERB|VerbForm=Part");
    this.demonstrative = labels.indexOf("PRON|Person=3|PronType=Dem");
    this.relative = labels.indexOf("PRON|Person=3|PronType=Rel");
    this.number = labels.indexOf("NUM");
    this.determiner = labels.indexOf("DET");
    this.complementiser = labels.indexOf("SCONJ");
  }

  /** Marks that end a sentence or a part of one, which no clause's complementiser stands before. */
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "?", "!", ";");

  /** The rule on {@code dat}, before {@link FiniteInClause} reads the clauses it opens. Changes {@code labels} in place. */
  void beforeClauses(List<UdTagger.Word> words, int[] labels) {
    if (demonstrative < 0) {
      return;
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!words.get(i).lower().equals("dat") || tagger.pos(labels[i]) != UPos.SCONJ) {
        continue;
      }
      UPos next = tagger.pos(labels[i + 1]);
      if (next == UPos.PUNCT && SENTENCE_ENDS.contains(words.get(i + 1).form())
          || i > 0 && words.get(i - 1).lower().equals("dat")) {
        // a complementiser opens a clause: none ends a sentence (daar veranderde dat .), and
        // of "dat dat" only the first can be one (omdat dat klopt: the second stands for something)
        labels[i] = demonstrative;
        continue;
      }
      if (determiner >= 0 && i > 0 && tagger.pos(labels[i - 1]) == UPos.ADP && next == UPos.NOUN
          && !tagger.features(labels[i + 1]).contains("Number=Plur")) {
        labels[i] = determiner; // op dat moment, van dat jaar: a preposition's phrase, not a clause
        continue;
      }
      boolean verbNext = tagger.finite(labels[i + 1]);
      // not an auxiliary that closes a verb cluster (dat ik het gezien heb dat …): that is the
      // end of a clause, and a dat-clause may follow it
      boolean afterAuxiliary = i > 0 && tagger.finite(labels[i - 1]) && hasVerbLemma(words.get(i - 1), NO_DAT_CLAUSE)
          && !(i > 1 && tagger.pos(labels[i - 2]).isVerbal());
      if (!verbNext && !afterAuxiliary) {
        continue;
      }
      UPos before = i > 0 ? tagger.pos(labels[i - 1]) : UPos.PUNCT;
      boolean afterNoun = before == UPos.NOUN || before == UPos.PROPN;
      labels[i] = afterNoun && relative >= 0 ? relative : demonstrative;
    }
  }

  /**
   * {@code of} read as the conjunction "or" is the complementiser "whether" where it follows a
   * clause with its finite verb and opens one whose finite verb stands at least two words after its
   * first ({@code ze twijfelde of ze wel moest komen}, {@code hij vroeg of de trein al weg was}):
   * a conjunction joining a second main clause has that clause's finite verb first or after its
   * subject ({@code of blijf je thuis}, {@code of hij komt}), one joining two phrases none of its
   * own ({@code thee of koffie}). Only in a stretch without punctuation, after a main clause's
   * finite verb, and not between two verbs or before a noun or adjective (two phrases joined).
   */
  private void whetherOf(List<UdTagger.Word> words, int[] labels, int i) {
    if (complementiser < 0 || !words.get(i).lower().equals("of") || tagger.pos(labels[i]) != UPos.CCONJ
        || i == 0 || i + 1 >= words.size() || tagger.pos(labels[i - 1]).isVerbal()) {
      return; // (a verb right before: two subordinate clauses joined, "als het bijt of krabt")
    }
    UPos next = tagger.pos(labels[i + 1]);
    if (next == UPos.NOUN || next == UPos.ADJ || next == UPos.PROPN) {
      return; // "de symbolist of formalist": two nouns joined
    }
    boolean finiteBefore = false;
    for (int k = i - 1; k >= 0 && k >= i - Trees.MAX_SCAN && !finiteBefore; k--) {
      UPos p = tagger.pos(labels[k]);
      if (p == UPos.PUNCT || p == UPos.CCONJ || p == UPos.SCONJ || tagger.opensClause(labels[k])) {
        break; // the finite verb must be a main clause's, not a relative or subordinate clause's
      }
      finiteBefore = tagger.finite(labels[k]);
    }
    if (!finiteBefore) {
      return;
    }
    for (int k = i + 1; k < words.size() && k <= i + Trees.MAX_SCAN; k++) {
      UPos p = tagger.pos(labels[k]);
      if (p == UPos.PUNCT || p == UPos.CCONJ || p == UPos.SCONJ) {
        return;
      }
      if (tagger.finite(labels[k]) || p == UPos.VERB || p == UPos.AUX) {
        if (k >= i + 3 && tagger.finite(labels[k])) {
          labels[i] = complementiser;
        }
        return;
      }
    }
  }

  /** The rules on numbers and participles, after the finite verbs are settled. Changes {@code labels} in place. */
  void apply(List<UdTagger.Word> words, int[] labels) {
    int n = words.size();
    for (int i = 0; i < n; i++) {
      whetherOf(words, labels, i);
      String lower = words.get(i).lower();
      if (i + 1 < n && isNumber(words.get(i + 1), labels[i + 1])) {
        if (NUMBER_ADVERBS.contains(lower) && adverb >= 0) {
          labels[i] = adverb;
        } else if (NUMBER_ADJECTIVES.contains(lower) && adjective >= 0 && tagger.pos(labels[i]) != UPos.ADJ) {
          labels[i] = adjective;
        }
      }
      if (participle >= 0 && attributiveParticiple(words, labels, i)) {
        labels[i] = participle;
      }
      if (lower.equals("veel") && i + 1 < n && adverb >= 0 && isComparative(words.get(i + 1), labels[i + 1])) {
        labels[i] = adverb;
      }
      if (lower.equals("geleden") && i > 0 && adverb >= 0 && isTimeNoun(words.get(i - 1))) {
        labels[i] = adverb;
      }
      if (number >= 0 && i + 1 < n && tagger.pos(labels[i]).isVerbal() && hasTag(words.get(i), "GET:TXT")
          && tagger.pos(labels[i + 1]) == UPos.NOUN && tagger.features(labels[i + 1]).contains("Number=Plur")) {
        labels[i] = number;
      }
    }
  }

  private static final Set<String> TIME_NOUNS = DutchWords.of(WordClass.TIME_NOUN);

  private static boolean isTimeNoun(UdTagger.Word w) {
    for (Reading r : w.readings()) {
      if (r.tag() != null && r.tag().startsWith("ZNW") && TIME_NOUNS.contains(r.lemma())) {
        return true;
      }
    }
    return false;
  }

  private boolean isComparative(UdTagger.Word w, int label) {
    return tagger.pos(label) == UPos.ADJ && (tagger.features(label).contains("Degree=Cmp") || hasTag(w, "BNW:VGR"));
  }

  private static boolean hasTag(UdTagger.Word w, String prefix) {
    for (Reading r : w.readings()) {
      if (r.tag() != null && r.tag().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private boolean isNumber(UdTagger.Word w, int label) {
    return tagger.pos(label) == UPos.NUM || !w.form().isEmpty() && Character.isDigit(w.form().charAt(0));
  }

  private boolean attributiveParticiple(List<UdTagger.Word> words, int[] labels, int i) {
    if (i == 0 || tagger.pos(labels[i]) != UPos.VERB || !tagger.finite(labels[i]) || !hasInflectedParticiple(words.get(i))) {
      return false;
    }
    int before = i - 1;
    if (tagger.pos(labels[before]) == UPos.ADV && before > 0) {
      before--; // de vaak gebruikte methode
    }
    UPos opener = tagger.pos(labels[before]);
    if (opener != UPos.DET && opener != UPos.NUM) {
      return false;
    }
    for (int k = i + 1; k < words.size() && k <= i + NOUN_WITHIN; k++) {
      UPos p = tagger.pos(labels[k]);
      if (p == UPos.NOUN || p == UPos.PROPN && k == i + 1) {
        return true;
      }
      boolean between = p == UPos.ADJ || p == UPos.CCONJ || words.get(k).form().equals(",")
          || p == UPos.VERB && hasInflectedParticiple(words.get(k));
      if (!between) {
        return false;
      }
    }
    return false;
  }

  /** Whether the dictionary reads the word as an inflected participle ({@code gebruikte}: WKW:VTD:VRB). */
  private static boolean hasInflectedParticiple(UdTagger.Word w) {
    for (Reading r : w.readings()) {
      if (r.tag() != null && r.tag().startsWith("WKW:VTD:VRB")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasVerbLemma(UdTagger.Word w, Set<String> lemmas) {
    for (Reading r : w.readings()) {
      if (r.tag() != null && r.tag().startsWith("WKW:") && lemmas.contains(r.lemma())) {
        return true;
      }
    }
    return false;
  }
}
