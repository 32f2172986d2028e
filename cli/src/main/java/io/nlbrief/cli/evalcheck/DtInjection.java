package io.nlbrief.cli.evalcheck;

import io.nlbrief.parser.Treebank;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a d/t error can be put into a correct sentence so that the result is certainly wrong, by
 * rule and without nlbrief's own analysis: on plain text only from the form of the word (a short
 * list of verb forms that are never anything but a verb), on a treebank sentence from its gold
 * part-of-speech tags.
 *
 * <p>On plain text:
 *
 * <ul>
 *   <li>{@code -dt → -d}: a present-tense form in {@code -dt} of one of {@link #D_STEMS} (with a
 *       separable particle in front or not): {@code wordt → word}, {@code aanbiedt → aanbied};
 *   <li>{@code -d → -dt}: the bare stem of those verbs: {@code vind → vindt};
 *   <li>{@code gebeurt ↔ gebeurd}.
 * </ul>
 *
 * <p>On a treebank sentence (Alpino tag set in the XPOS column, the word a VERB or AUX):
 *
 * <ul>
 *   <li>{@code -dt → -d}: a present tense with {@code t} ({@code WW|pv|tgw|met-t}) in {@code -dt};
 *   <li>{@code -d → -dt}: a present tense without {@code t} ({@code WW|pv|tgw|ev}) in {@code -d};
 *   <li>{@code present → participle}: a present tense with {@code t} whose stem plus {@code d} is a
 *       participle somewhere in the treebanks ({@code verklaart → verklaard});
 *   <li>{@code participle → present}: a participle ({@code WW|vd}) in {@code -d} of a verb that is
 *       not separable and took no {@code ge-} ({@code gebeurd → gebeurt}, {@code verklaard → verklaart}; {@code besteed →
 *       besteedt} when the stem itself ends in {@code d});
 *   <li>{@code participle d/t}: any other participle in {@code -d} or {@code -t}, its last letter
 *       swapped ({@code gehoord → gehoort}, {@code gewerkt → gewerkd}).
 * </ul>
 *
 * A word joined to the next or previous by a hyphen or apostrophe is left alone, and so is a
 * capitalised word that does not begin the sentence (a name: {@code Microsoft Word}).
 */
final class DtInjection {
  private DtInjection() {}

  /** The kinds of d/t error put in, in report order. */
  enum ErrorClass {
    DT_TO_D("-dt → -d"),
    D_TO_DT("-d → -dt"),
    PRESENT_TO_PARTICIPLE("present → participle"),
    PARTICIPLE_TO_PRESENT("participle → present"),
    PARTICIPLE_D_T("participle d/t");

    final String label;

    ErrorClass(String label) {
      this.label = label;
    }
  }

  /** One place an error can go: {@code [start, end)} of the sentence becomes {@code replacement}. */
  record Candidate(int start, int end, String original, String replacement, ErrorClass errorClass) {}

  /**
   * Verbs whose stem ends in {@code d} and whose stem, and stem plus {@code t}, are never a noun,
   * an adjective or a participle ({@code antwoord}, {@code strijd}, {@code raad}, {@code behoud},
   * {@code bereid} and {@code verleid} are, so they are not here).
   */
  static final Set<String> D_STEMS = Set.of("word", "vind", "houd", "rijd", "bied", "leid", "lijd", "bind", "meld",
      "zend", "scheid", "verbind", "bevind", "ondervind", "verbied", "onthoud", "verhoud", "ontbind");

  /** Separable particles that may stand before a stem in a subordinate clause ({@code dat hij aanbiedt}). */
  private static final Set<String> PARTICLES = Set.of("aan", "af", "door", "mee", "op", "toe", "uit", "voor", "terug", "bij",
      "vast", "weg");

  /** Particle and stem together that make a noun ({@code het afscheid}) or are not one verb. */
  private static final Set<String> NOT_VERBS = Set.of("afscheid", "uitscheid", "opbind", "voorscheid");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** The candidates in a plain-text sentence, in text order. */
  static List<Candidate> inText(String sentence) {
    List<Candidate> out = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    boolean first = true;
    while (m.find()) {
      String form = m.group();
      boolean sentenceStart = first;
      first = false;
      if (!standsAlone(sentence, m.start(), m.end()) || !caseAllowed(form, sentenceStart)) {
        continue;
      }
      String lower = form.toLowerCase(Locale.ROOT);
      if (lower.equals("gebeurt")) {
        out.add(new Candidate(m.start(), m.end(), form, form.substring(0, form.length() - 1) + "d", ErrorClass.PRESENT_TO_PARTICIPLE));
      } else if (lower.equals("gebeurd")) {
        out.add(new Candidate(m.start(), m.end(), form, form.substring(0, form.length() - 1) + "t", ErrorClass.PARTICIPLE_TO_PRESENT));
      } else if (lower.endsWith("dt") && isDStem(lower.substring(0, lower.length() - 1))) {
        out.add(new Candidate(m.start(), m.end(), form, form.substring(0, form.length() - 1), ErrorClass.DT_TO_D));
      } else if (isDStem(lower)) {
        out.add(new Candidate(m.start(), m.end(), form, form + "t", ErrorClass.D_TO_DT));
      }
    }
    return out;
  }

  private static boolean isDStem(String lower) {
    if (D_STEMS.contains(lower)) {
      return true;
    }
    if (NOT_VERBS.contains(lower)) {
      return false;
    }
    for (String particle : PARTICLES) {
      if (lower.startsWith(particle) && D_STEMS.contains(lower.substring(particle.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The candidates in a treebank sentence, in text order. {@code participles} are the lower-case
   * participle forms ({@code WW|vd}) of the treebanks, so that a present tense is only turned into
   * a participle that exists.
   */
  static List<Candidate> inTreebank(Treebank.Sentence sentence, Set<String> participles) {
    List<Candidate> out = new ArrayList<>();
    List<Treebank.Word> words = sentence.words();
    int[] starts = sentence.wordStarts();
    for (int i = 0; i < words.size(); i++) {
      Treebank.Word w = words.get(i);
      String form = w.form();
      int start = starts[i];
      int end = start + form.length();
      if (!(w.upos().equals("VERB") || w.upos().equals("AUX")) || !WORD.matcher(form).matches()
          || !standsAlone(sentence.text(), start, end) || !caseAllowed(form, i == 0)) {
        continue;
      }
      String lower = form.toLowerCase(Locale.ROOT);
      String cut = form.substring(0, form.length() - 1);
      ErrorClass kind = null;
      String replacement = null;
      if (w.xpos().startsWith("WW|pv|tgw|met-t") && lower.endsWith("dt")) {
        kind = ErrorClass.DT_TO_D;
        replacement = cut;
      } else if (w.xpos().startsWith("WW|pv|tgw|met-t") && lower.endsWith("t")
          && participles.contains(lower.substring(0, lower.length() - 1) + "d")) {
        kind = ErrorClass.PRESENT_TO_PARTICIPLE;
        replacement = cut + "d";
      } else if (w.xpos().startsWith("WW|pv|tgw|ev") && lower.endsWith("d")) {
        kind = ErrorClass.D_TO_DT;
        replacement = form + "t";
      } else if (w.xpos().startsWith("WW|vd") && lower.endsWith("d") && !lower.endsWith("dd") && isPlainVerb(w.lemma())
          && (!lower.startsWith("ge") || w.lemma().toLowerCase(Locale.ROOT).startsWith("ge"))) {
        kind = ErrorClass.PARTICIPLE_TO_PRESENT;
        // besteden: participle and stem are besteed, the present besteedt
        replacement = w.lemma().toLowerCase(Locale.ROOT).endsWith("den") ? form + "t" : cut + "t";
      } else if (w.xpos().startsWith("WW|vd") && (lower.endsWith("d") || lower.endsWith("t")) && !lower.endsWith("dt")) {
        kind = ErrorClass.PARTICIPLE_D_T;
        replacement = cut + (lower.endsWith("d") ? "t" : "d");
      }
      if (kind != null) {
        out.add(new Candidate(start, end, form, replacement, kind));
      }
    }
    return out;
  }

  /**
   * A lemma that is one verb: an infinitive in {@code -en}, not a separable verb (Alpino writes
   * those with an underscore, {@code vast_leggen}, and their participle has {@code ge} inside).
   */
  private static boolean isPlainVerb(String lemma) {
    return lemma.endsWith("en") && !lemma.contains("_");
  }

  /** Not part of a hyphenated or apostrophed word ({@code word-up}, {@code vind'}). */
  private static boolean standsAlone(String text, int start, int end) {
    return !(start > 0 && isJoiner(text.charAt(start - 1))) && !(end < text.length() && isJoiner(text.charAt(end)));
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’' || Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean caseAllowed(String form, boolean sentenceStart) {
    String rest = form.substring(1);
    if (!rest.equals(rest.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return sentenceStart || Character.isLowerCase(form.charAt(0));
  }
}
