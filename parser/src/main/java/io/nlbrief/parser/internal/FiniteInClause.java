package io.nlbrief.parser.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.DutchWords.WordClass;
import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Set;

/**
 * A Dutch subordinate clause has a finite verb, and it stands at the clause's end: in
 * {@code omdat de kinderen veel boeken lezen} the last word is the finite verb, although
 * {@code lezen} is as often an infinitive and {@code boeken} a verb. The greedy tagger decides word
 * by word and sometimes leaves such a clause without one ({@code die aan de rand stonden} with
 * {@code stonden} read as the plural of a noun). After tagging, a clause opened by a complementiser
 * or a relative pronoun and closed by punctuation, a conjunction or the next clause, in which no
 * word is finite, gets its last word that LanguageTool's dictionary knows as a finite verb (a
 * present or past form, or the {@code -en} form, which is also the plural present) as that verb.
 *
 * <p>Left alone: {@code als}, {@code dan}, {@code zoals} and {@code om}, which also open phrases
 * without a verb ({@code als voorzitter}, {@code groter dan de stad}, {@code om drie uur}), and a
 * word after {@code te}, which is an infinitive. Each clause is scanned once: linear.
 */
final class FiniteInClause {
  private static final Set<String> PHRASE_OPENERS = Set.of("als", "dan", "zoals", "om", "te");
  private static final Set<String> AUXILIARY_LEMMAS = DutchWords.of(WordClass.UD_AUXILIARY);

  /** Verbs whose clause takes a bare infinitive: after their finite form, an -en form is that infinitive. */
  private static final Set<String> TAKES_INFINITIVE = DutchWords.of(WordClass.BARE_INFINITIVE_VERB);

  private static final Set<String> SUBJECT_PRONOUNS = DutchWords.of(WordClass.SUBJECT_PRONOUN);

  /** What a first constituent of one or two words is made of (maandag, vorig jaar, daarna). */
  private static final Set<UPos> FIRST_CONSTITUENT = java.util.EnumSet.of(UPos.ADV, UPos.NOUN, UPos.PROPN, UPos.ADJ, UPos.NUM);

  private final UdTagger tagger;
  private final int demonstrative;
  private final int[][] finiteLabel = new int[2][4];
  /** The infinitive labels, VERB and AUX. */
  private final int[] infinitiveLabel = {UdTagger.NONE, UdTagger.NONE};

  FiniteInClause(UdTagger tagger) {
    this.tagger = tagger;
    String[] labels = tagger.labels();
    this.demonstrative = java.util.Arrays.asList(labels).indexOf("PRON|Person=3|PronType=Dem");
    for (int[] row : finiteLabel) {
      java.util.Arrays.fill(row, UdTagger.NONE);
    }
    for (int l = 0; l < labels.length; l++) {
      int kind = switch (labels[l]) {
        case "VERB|Number=Sing|Tense=Pres|VerbForm=Fin", "AUX|Number=Sing|Tense=Pres|VerbForm=Fin" -> 0;
        case "VERB|Number=Plur|Tense=Pres|VerbForm=Fin", "AUX|Number=Plur|Tense=Pres|VerbForm=Fin" -> 1;
        case "VERB|Number=Sing|Tense=Past|VerbForm=Fin", "AUX|Number=Sing|Tense=Past|VerbForm=Fin" -> 2;
        case "VERB|Number=Plur|Tense=Past|VerbForm=Fin", "AUX|Number=Plur|Tense=Past|VerbForm=Fin" -> 3;
        default -> -1;
      };
      if (kind >= 0) {
        finiteLabel[labels[l].startsWith("AUX") ? 1 : 0][kind] = l;
      }
      if (labels[l].equals("VERB|VerbForm=Inf") || labels[l].equals("AUX|VerbForm=Inf")) {
        infinitiveLabel[labels[l].startsWith("AUX") ? 1 : 0] = l;
      }
    }
  }

  /** Changes {@code labels} in place. */
  void apply(List<UdTagger.Word> words, int[] labels) {
    demonstrativeDat(words, labels);
    subordinateClauses(words, labels);
    afterSubjectPronoun(words, labels);
    beforeSubjectPronoun(words, labels);
    oneFiniteVerb(words, labels);
    verbSecond(words, labels);
    mainClauseWithoutFiniteVerb(words, labels);
  }

  /**
   * A main clause has a finite verb. Where a sentence (or a part after {@code ;} or {@code :}) that
   * opens with no complementiser has none up to its first complementiser or relative word, its
   * first noun or adjective that the dictionary also knows as a finite verb and that follows the
   * end of a noun phrase (a noun or name that agrees with it, or a number; not an article,
   * adjective or preposition, after which it would be the phrase's noun) is that verb:
   * {@code De Amerikanen zagen dat …}, {@code In 1885 staat hij …}, {@code De bond pleit nu voor
   * …}. A word that a noun or punctuation follows stays in its phrase ({@code « De gouden sleutel »}).
   */
  private void mainClauseWithoutFiniteVerb(List<UdTagger.Word> words, int[] labels) {
    int n = words.size();
    int start = 0;
    while (start < n) {
      if (opensClause(words.get(start), labels[start])) {
        return;
      }
      int end = start;
      boolean finite = false;
      for (; end < n && end < start + Trees.MAX_SCAN; end++) {
        if (end > start && (opensClause(words.get(end), labels[end]) || isStop(words.get(end)))) {
          break;
        }
        finite |= tagger.finite(labels[end]);
      }
      if (!finite) {
        for (int k = start + 1; k < end && k + 1 < n; k++) {
          UPos p = tagger.pos(labels[k]);
          UPos next = tagger.pos(labels[k + 1]);
          int kind = p == UPos.NOUN || p == UPos.ADJ ? finiteKind(words.get(k)) : -1;
          if (kind >= 0 && next != UPos.NOUN && next != UPos.PUNCT && endsPhrase(labels[k - 1], kind)) {
            retag(words, labels, k);
            break;
          }
        }
      }
      if (end >= n || !isStop(words.get(end))) {
        return;
      }
      start = end + 1;
    }
  }

  /**
   * Whether the word before a verb of {@code kind} (0–3, {@link #finiteKind}) can end its subject
   * or first phrase: a noun or name agreeing in number ({@code een aantal landen} is a phrase: a
   * singular noun, a plural form), a number before a singular form only ({@code in 1885 staat},
   * not {@code 300 punten}). A pronoun is left to the rules on subject pronouns.
   */
  private boolean endsPhrase(int label, int kind) {
    UPos p = tagger.pos(label);
    boolean plural = kind == 1 || kind == 3;
    if (p == UPos.NUM) {
      return !plural;
    }
    if (p != UPos.NOUN && p != UPos.PROPN) {
      return false;
    }
    String feats = tagger.features(label);
    return plural ? !feats.contains("Number=Sing") : !feats.contains("Number=Plur");
  }

  private static boolean isStop(UdTagger.Word w) {
    return w.form().equals(";") || w.form().equals(":");
  }

  /**
   * A main clause has its finite verb second: after a first constituent of a word or two
   * ({@code Maandag besloten de ministers}, {@code Vorig jaar vertrokken de laatste bewoners}) a
   * form that is a participle and also a past or present plural, with no finite verb anywhere
   * before the clause's first complementiser, is that finite verb when a noun phrase (its subject)
   * follows. A headline's participle ({@code Nieuwe regels aangekondigd}, {@code Wegen gesloten
   * door sneeuw}) has no noun phrase after it and stays one.
   */
  private void verbSecond(List<UdTagger.Word> words, int[] labels) {
    int n = words.size();
    for (int k = 0; k < n && k < Trees.MAX_SCAN && !opensClause(words.get(k), labels[k]); k++) {
      if (tagger.finite(labels[k])) {
        return;
      }
    }
    for (int v = 1; v <= 2 && v + 1 < n; v++) {
      UPos p = tagger.pos(labels[v]);
      if (p != UPos.VERB && p != UPos.AUX) {
        if (FIRST_CONSTITUENT.contains(p)) {
          continue;
        }
        return;
      }
      boolean firstIsPhrase = true;
      for (int k = 0; k < v; k++) {
        firstIsPhrase &= FIRST_CONSTITUENT.contains(tagger.pos(labels[k]));
      }
      UPos next = tagger.pos(labels[v + 1]);
      if (firstIsPhrase && (next == UPos.DET || next == UPos.PRON || next == UPos.PROPN || next == UPos.NOUN)) {
        retag(words, labels, v);
      }
      return;
    }
  }

  /**
   * A clause has one finite verb. After the finite form of a verb that takes a bare infinitive
   * ({@code zou}, {@code kan}, {@code wilde}), an {@code -en} form later in the same clause is an
   * infinitive, though it is also the plural present: {@code hij zou het recht hebben}, {@code kan
   * de wind het kaf wegblazen}. In a subordinate clause, whose verbs stand together at its end, only
   * a verb right after the finite one or its cluster counts ({@code die daar kunnen werken zijn
   * moe}: {@code zijn} is the main clause's). And where, in a subordinate clause without a finite
   * verb, such a verb stands right before an {@code -en} form the tagger read as finite ({@code die
   * gevaarlijk kunnen zijn}, {@code of hij wilde komen}), it is the finite verb and the other the
   * infinitive. A clause ends at punctuation, a conjunction (not one between two noun phrases) or
   * the next complementiser or relative pronoun.
   */
  private void oneFiniteVerb(List<UdTagger.Word> words, int[] labels) {
    int n = words.size();
    int modal = -1;
    boolean subordinate = false;
    boolean finiteSeen = false;
    int lastVerb = -1;
    for (int i = 0; i < n; i++) {
      UdTagger.Word w = words.get(i);
      UPos p = tagger.pos(labels[i]);
      if (p == UPos.PUNCT || p == UPos.CCONJ && !joinsNounPhrases(labels, i) || opensClause(w, labels[i])) {
        subordinate = opensClause(w, labels[i]);
        modal = -1;
        finiteSeen = false;
        lastVerb = -1;
        continue;
      }
      boolean verbal = p == UPos.VERB || p == UPos.AUX;
      if (verbal && tagger.finite(labels[i]) && hasInfinitiveReading(w)) {
        if (modal >= 0 && (!subordinate || lastVerb == i - 1)) {
          toInfinitive(labels, i, p);
          lastVerb = i;
          continue;
        }
        int before = i - 1;
        if (subordinate && !finiteSeen && before >= 0 && !tagger.finite(labels[before])
            && takesInfinitive(words.get(before)) && finiteKind(words.get(before)) >= 0
            && !(before > 0 && words.get(before - 1).lower().equals("te"))) {
          int label = finiteLabel[isAuxiliary(words.get(before)) ? 1 : 0][finiteKind(words.get(before))];
          if (label != UdTagger.NONE) {
            labels[before] = label;
            toInfinitive(labels, i, p);
            modal = before;
            finiteSeen = true;
            lastVerb = i;
            continue;
          }
        }
      }
      if (tagger.finite(labels[i])) {
        finiteSeen = true;
        if (modal < 0 && takesInfinitive(w)) {
          modal = i;
        }
      }
      if (verbal) {
        lastVerb = i;
      }
    }
  }

  /** Whether the conjunction at {@code i} stands between two parts of noun phrases ({@code het kaf en andere resten}). */
  private boolean joinsNounPhrases(int[] labels, int i) {
    return i > 0 && i + 1 < labels.length && Trees.betweenNominals(tagger.pos(labels[i - 1]), tagger.pos(labels[i + 1]));
  }

  private void toInfinitive(int[] labels, int i, UPos p) {
    int label = infinitiveLabel[p == UPos.AUX ? 1 : 0];
    if (label == UdTagger.NONE) {
      label = infinitiveLabel[0];
    }
    if (label != UdTagger.NONE) {
      labels[i] = label;
    }
  }

  private static boolean hasInfinitiveReading(UdTagger.Word w) {
    for (Reading r : w.readings()) {
      if (r.tag() != null && r.tag().startsWith("WKW:TGW:INF")) {
        return true;
      }
    }
    return false;
  }

  private static boolean takesInfinitive(UdTagger.Word w) {
    for (Reading r : w.readings()) {
      if (r.tag() != null && r.tag().startsWith("WKW:") && TAKES_INFINITIVE.contains(r.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A main clause that opens with a subject pronoun has its finite verb next: {@code ze wilden
   * een huis}, {@code hij leed een nederlaag}. The pronoun must open the clause (first word, or
   * after punctuation or a conjunction): in {@code ik zag ze lopen} it is an object.
   */
  private void afterSubjectPronoun(List<UdTagger.Word> words, int[] labels) {
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!SUBJECT_PRONOUNS.contains(words.get(i).lower()) || tagger.pos(labels[i]) != UPos.PRON) {
        continue;
      }
      if (i > 0) {
        UPos before = tagger.pos(labels[i - 1]);
        if (before != UPos.PUNCT && before != UPos.CCONJ) {
          continue;
        }
      }
      int v = i + 1;
      UPos p = tagger.pos(labels[v]);
      boolean retaggable = p == UPos.NOUN || p == UPos.ADJ || p == UPos.VERB || p == UPos.AUX;
      if (!retaggable || tagger.finite(labels[v])) {
        continue;
      }
      retag(words, labels, v);
    }
  }

  /**
   * Inversion: a verb form directly before a subject pronoun is the finite verb of its clause
   * ({@code en worden we ingehaald}, {@code daarna gingen ze naar huis}), unless {@code te} makes
   * it an infinitive.
   */
  private void beforeSubjectPronoun(List<UdTagger.Word> words, int[] labels) {
    for (int v = 0; v + 1 < words.size(); v++) {
      int s = v + 1;
      if (!SUBJECT_PRONOUNS.contains(words.get(s).lower()) || tagger.pos(labels[s]) != UPos.PRON) {
        continue;
      }
      UPos p = tagger.pos(labels[v]);
      if (!(p == UPos.VERB || p == UPos.AUX) || tagger.finite(labels[v])
          || v > 0 && words.get(v - 1).lower().equals("te")) {
        continue;
      }
      retag(words, labels, v);
    }
  }

  /** Gives word {@code v} the finite label its dictionary readings allow, if any. */
  private void retag(List<UdTagger.Word> words, int[] labels, int v) {
    int kind = finiteKind(words.get(v));
    if (kind >= 0) {
      int label = finiteLabel[isAuxiliary(words.get(v)) ? 1 : 0][kind];
      if (label != UdTagger.NONE) {
        labels[v] = label;
      }
    }
  }


  /**
   * {@code dat} in the middle field of a clause already opened, before its verb, is the
   * demonstrative pronoun, not a second complementiser: {@code omdat ik dat prettig vind},
   * {@code als je dat wilt}. A {@code dat} after the clause's finite verb ({@code omdat ik denk dat
   * …}) or opening its own stretch is left to the tagger.
   */
  private void demonstrativeDat(List<UdTagger.Word> words, int[] labels) {
    if (demonstrative < 0) {
      return;
    }
    for (int i = 1; i < words.size(); i++) {
      if (!words.get(i).lower().equals("dat") || tagger.pos(labels[i]) != UPos.SCONJ) {
        continue;
      }
      for (int k = i - 1; k >= 0 && k >= i - Trees.MAX_SCAN; k--) {
        UPos p = tagger.pos(labels[k]);
        if (p == UPos.PUNCT || p == UPos.CCONJ || tagger.finite(labels[k])) {
          break;
        }
        if (opensClause(words.get(k), labels[k])) {
          if (k < i - 1) {
            labels[i] = demonstrative;
          }
          break;
        }
      }
    }
  }

  /**
   * A subordinate clause, opened by a complementiser or relative pronoun or, inside a sentence, by a
   * relative or interrogative adverb or pronoun ({@code waar}, {@code waarin}, {@code hoe}, {@code
   * wat}: {@code de streek waar boeren rijst verbouwen}, {@code niemand weet hoe zij leven}), ends
   * on its finite verb; where the tagger found none in it, the clause's last word (or the last but
   * one before a verb form) that the dictionary knows as a finite verb is that verb.
   */
  private void subordinateClauses(List<UdTagger.Word> words, int[] labels) {
    int n = words.size();
    int i = 0;
    while (i < n) {
      if (!opensClause(words.get(i), labels[i]) && !whWordInside(words, labels, i)) {
        i++;
        continue;
      }
      int end = i + 1;
      boolean finite = false;
      int candidate = -1;
      for (; end < n && end <= i + Trees.MAX_SCAN; end++) {
        UPos p = tagger.pos(labels[end]);
        if (p == UPos.PUNCT || p == UPos.CCONJ || opensClause(words.get(end), labels[end])) {
          break;
        }
        finite |= tagger.finite(labels[end]);
      }
      // the verb is the clause's last word, or the last but one before a verb form (dat hij het gezien had)
      for (int k = end - 1; k > i + 1 && k >= end - 2; k--) {
        UPos p = tagger.pos(labels[k]);
        boolean content = p == UPos.NOUN || p == UPos.VERB || p == UPos.AUX || p == UPos.ADJ;
        int kind = content && !words.get(k - 1).lower().equals("te") ? finiteKind(words.get(k)) : -1;
        if (kind >= 0) {
          candidate = k;
          break;
        }
        if (!(p == UPos.VERB || p == UPos.AUX)) {
          break;
        }
      }
      if (!finite && candidate > i + 1 && end < n && tagger.pos(labels[end]) == UPos.CCONJ
          && (finiteAhead(words, labels, end + 1)
          || tagger.pos(labels[candidate]) == UPos.NOUN && nounThenVerb(labels, end + 1))) {
        // "dat er kosten en gevolgen zijn", "waarop bomen of struiken worden geplant": the
        // conjunction joins two noun phrases, the verb follows
        candidate = -1;
      }
      if (!finite && candidate > i + 1) {
        retag(words, labels, candidate);
      }
      i = Math.max(end, i + 1);
    }
  }

  /**
   * Whether a noun phrase opens at {@code from} (articles and adjectives, then a noun) and a verb
   * form follows it before punctuation: the second of two joined noun phrases, then their verbs.
   */
  private boolean nounThenVerb(int[] labels, int from) {
    int k = from;
    while (k < labels.length && k < from + 4
        && (tagger.pos(labels[k]) == UPos.DET || tagger.pos(labels[k]) == UPos.ADJ || tagger.pos(labels[k]) == UPos.NUM)) {
      k++;
    }
    if (k >= labels.length || tagger.pos(labels[k]) != UPos.NOUN) {
      return false;
    }
    for (k++; k < labels.length && k < from + Trees.MAX_SCAN; k++) {
      UPos p = tagger.pos(labels[k]);
      if (p == UPos.PUNCT) {
        return false;
      }
      if (p == UPos.VERB || p == UPos.AUX) {
        return true;
      }
    }
    return false;
  }

  /** Whether a finite verb follows from {@code from} before punctuation or another clause's start. */
  private boolean finiteAhead(List<UdTagger.Word> words, int[] labels, int from) {
    for (int k = from; k < words.size() && k < from + Trees.MAX_SCAN; k++) {
      if (tagger.pos(labels[k]) == UPos.PUNCT || opensClause(words.get(k), labels[k])) {
        return false;
      }
      if (tagger.finite(labels[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * A relative or interrogative adverb or pronoun inside a sentence (not its first word, nor after a
   * colon or quote, where it asks a question and its finite verb follows it: {@code Waar woon je?};
   * {@code wat} and {@code wie} only after a verb, a preposition or a comma).
   */
  private boolean whWordInside(List<UdTagger.Word> words, int[] labels, int i) {
    if (i == 0 || tagger.pos(labels[i - 1]) == UPos.PUNCT && !words.get(i - 1).form().equals(",")) {
      return false;
    }
    String w = words.get(i).lower();
    UPos p = tagger.pos(labels[i]);
    if (p == UPos.PRON && (w.equals("wat") || w.equals("wie"))) {
      // only where a clause can start: after a verb, a preposition or a comma (weet wat zij doen, van
      // wat hij zei); elsewhere wat is "some" (nog wat verder)
      UPos before = tagger.pos(labels[i - 1]);
      return before.isVerbal() || before == UPos.ADP || before == UPos.PUNCT;
    }
    return p == UPos.ADV && (w.equals("hoe") || w.equals("waar") || w.length() > 5 && w.startsWith("waar")
        && Trees.R_PREPOSITIONS.contains(w.substring(4)));
  }

  private boolean opensClause(UdTagger.Word w, int label) {
    return tagger.opensClause(label) && !PHRASE_OPENERS.contains(w.lower());
  }

  /** 0 singular present, 1 plural present, 2 singular past, 3 plural past; -1 no finite reading. */
  private static int finiteKind(UdTagger.Word w) {
    for (Reading r : w.readings()) {
      String t = r.tag();
      if (t == null || !t.startsWith("WKW:")) {
        continue;
      }
      boolean plural = t.endsWith(":INF") || t.contains(":MV");
      if (t.startsWith("WKW:TGW:")) {
        return plural ? 1 : 0;
      }
      if (t.startsWith("WKW:VLT:")) {
        return plural ? 3 : 2;
      }
    }
    return -1;
  }

  private static boolean isAuxiliary(UdTagger.Word w) {
    for (Reading r : w.readings()) {
      if (r.tag() != null && r.tag().startsWith("WKW:") && AUXILIARY_LEMMAS.contains(r.lemma())) {
        return true;
      }
    }
    return false;
  }
}
