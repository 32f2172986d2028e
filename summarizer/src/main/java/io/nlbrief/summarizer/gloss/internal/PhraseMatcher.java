package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-word expressions and names before single words. A phrase ending in a verb infinitive
 * ({@code onder druk zetten}) matches with the verb in any form and anywhere in the clause
 * ({@code onder druk te zetten}, {@code zetten … onder druk}, {@code op een lager pitje gezet}); its
 * English, inflected like the verb, goes under the verb and the other words are glossed with it.
 */
final class PhraseMatcher {
  private record Phrase(GlossEntry entry, String[] words, boolean verbFinal, boolean verbFirst, boolean prepositionLast) {}

  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  private final Inflector inflector;

  PhraseMatcher(Glossary glossary, Inflector inflector) {
    this.inflector = inflector;
    Map<String, GlossEntry> chosen = new HashMap<>();
    for (GlossEntry e : glossary.phrases()) {
      if (e.dutch().indexOf(' ') > 0 || e.pos() == GlossPos.PHRASE) {
        // the first entry of a text wins: user entries come first
        chosen.putIfAbsent(e.dutch().toLowerCase(Locale.ROOT), e);
      }
    }
    for (GlossEntry e : chosen.values()) {
      String[] words = e.dutch().toLowerCase(Locale.ROOT).split(" ");
      String last = words[words.length - 1];
      boolean verbFinal = words.length > 1 && e.pos() == GlossPos.PHRASE
          && (glossary.lookup(last, GlossPos.VERB).isPresent() || last.endsWith("en"))
          && glossary.lookup(last, GlossPos.PREP).isEmpty();
      boolean verbFirst = words.length > 1 && e.pos() == GlossPos.PHRASE && !verbFinal
          && glossary.lookup(words[0], GlossPos.VERB).isPresent();
      boolean prepositionLast = words.length > 1 && e.pos() == GlossPos.PHRASE && glossary.lookup(last, GlossPos.PREP).isPresent();
      Phrase phrase = new Phrase(e, words, verbFinal, verbFirst, prepositionLast);
      int fixed = verbFinal ? words.length - 1 : words.length;
      // indexed by the first two fixed words where there are two: a token then meets a few
      // candidates, not every phrase that starts with "in" or "op"
      String key = fixed >= 2 ? words[0] + " " + words[1] : words[0];
      byFirstWord.computeIfAbsent(key, k -> new ArrayList<>()).add(phrase);
    }
    byFirstWord.values().forEach(l -> l.sort(LONGEST_FIRST));
  }

  private static final Comparator<Phrase> LONGEST_FIRST = Comparator.comparingInt((Phrase p) -> -p.words.length)
      .thenComparing(p -> p.entry.dutch());

  void apply(Slots s) {
    for (int i = 0; i < s.size(); i++) {
      if (!s.free(i)) {
        continue;
      }
      List<Phrase> candidates = candidates(s, i);
      if (candidates == null) {
        continue;
      }
      for (Phrase p : candidates) {
        if (tryMatch(s, i, p)) {
          break;
        }
      }
    }
  }

  /** The phrases that may start at token i, longest first; null when none. */
  private List<Phrase> candidates(Slots s, int i) {
    List<Phrase> found = null;
    int lists = 0;
    String[] first = s.lemmaLower(i).equals(s.lower(i)) ? new String[] {s.lower(i)}
        : new String[] {s.lower(i), s.lemmaLower(i)};
    for (String f : first) {
      List<Phrase> one = byFirstWord.get(f);
      if (one != null) {
        found = found == null ? new ArrayList<>(one) : found;
        if (lists++ > 0) {
          found.addAll(one);
        }
      }
      if (i + 1 < s.size()) {
        String a = s.lower(i + 1);
        String b = s.lemmaLower(i + 1);
        for (String second : a.equals(b) ? new String[] {a} : new String[] {a, b}) {
          List<Phrase> two = byFirstWord.get(f + " " + second);
          if (two != null) {
            if (found == null) {
              found = new ArrayList<>(two);
            } else {
              found.addAll(two);
            }
            lists++;
          }
        }
      }
    }
    if (s.lower(i).equals("het")) {
      // het niet eens zijn: the phrase's second word after middle-field adverbs
      int k = i + 1;
      while (k < s.size() && k <= i + 3 && INSIDE.contains(s.lower(k))) {
        k++;
      }
      List<Phrase> gap = k > i + 1 && k < s.size() ? byFirstWord.get("het " + s.lower(k)) : null;
      if (gap != null) {
        found = found == null ? new ArrayList<>(gap) : found;
        if (found != gap && lists > 0) {
          found.addAll(gap);
        }
        lists += 2;
      }
    }
    if (found != null && lists > 1) {
      found.sort(LONGEST_FIRST);
    }
    return found;
  }

  private boolean tryMatch(Slots s, int start, Phrase p) {
    int n = p.words.length;
    int fixed = p.verbFinal ? n - 1 : n;
    int j = start;
    List<Integer> between = null;
    for (int k = 0; k < fixed; k++, j++) {
      // het niet eens zijn, het ook over hebben: a middle-field adverb inside a verb phrase that opens
      // with het keeps its own gloss
      while (p.verbFinal && k > 0 && p.words[0].equals("het") && j < s.size() && INSIDE.contains(s.lower(j))
          && !s.lower(j).equals(p.words[k])) {
        if (between == null) {
          between = new ArrayList<>(2);
        }
        between.add(j++);
      }
      if (j >= s.size() || !s.free(j) || !matches(s, j, p.words[k], k == 0 && start == 0)) {
        return false;
      }
    }
    String origin = (p.entry.pos() == GlossPos.NAME ? "exonym:" : "phrase:") + p.entry.dutch();
    if (p.prepositionLast && j < s.size() && s.origin[j] != null
        && (s.origin[j].equals("date") || s.origin[j].equals("time") || s.origin[j].equals("number"))) {
      return false; // stemde op 30 september: the date is when, not a collocation's object
    }
    if (!p.verbFinal) {
      String english = p.entry.first();
      String tag = s.token(start).tag();
      if (p.verbFirst && tag != null && tag.startsWith("WKW") && s.lemmaLower(start).equals(p.words[0])) {
        english = inflector.verb(english, DutchForm.of(tag), true);
      }
      if (n == 1 && p.entry.pos() == GlossPos.NAME) {
        return false; // single-word names are the word glosser's job
      }
      s.set(start, english, origin);
      for (int k = start + 1; k < j; k++) {
        s.set(k, "", origin);
      }
      return true;
    }
    int verb = findVerb(s, start, j, p.words[n - 1]);
    if (verb < 0) {
      return false;
    }
    DutchForm form = DutchForm.of(verbTag(s.token(verb), p.words[n - 1]));
    String english = inflector.verb(p.entry.first(), s.personal(verb, form), true);
    for (int k = start; k < j; k++) {
      if (between == null || !between.contains(k)) {
        s.set(k, "", origin);
      }
    }
    int space = english.indexOf(' ');
    if (verb + 1 < start && space > 0) {
      // zet de regering onder druk → puts the government under pressure: the verb's English stays
      // under the verb, the rest under the phrase's words, so that the object stands between them
      s.set(verb, english.substring(0, space), origin);
      s.set(start, english.substring(space + 1), origin);
      return true;
    }
    if (p.entry.first().indexOf(' ') < 0) {
      // a one-word English verb (het eens zijn: agree) with its base form, for do-support (do not agree)
      s.setVerb(verb, english, p.entry.first(), origin);
    } else {
      s.set(verb, english, origin);
    }
    return true;
  }

  /** Adverbs of the middle field that may stand inside a verb phrase opening with het. */
  private static final java.util.Set<String> INSIDE = java.util.Set.of(
      "niet", "ook", "nog", "wel", "al", "toch", "helemaal", "volledig", "zeker", "echt", "nooit", "vaak", "daar",
      "gisteren", "vandaag", "nu", "toen", "steeds", "weer", "opnieuw", "graag");

  private static boolean matches(Slots s, int i, String word, boolean sentenceStart) {
    return s.lower(i).equals(word) || s.lemmaLower(i).equals(word);
  }

  /** The verb of the phrase: right after its fixed words (maybe after "te"), else earlier in the clause. */
  private static int findVerb(Slots s, int start, int end, String verb) {
    for (int k = end; k < Math.min(s.size(), end + 3); k++) {
      if (isVerb(s, k, verb)) {
        return k;
      }
      if (!s.lower(k).equals("te") && !isAuxiliaryLike(s, k)) {
        break;
      }
    }
    for (int k = start - 1; k >= 0 && !s.endsStretch(k); k--) {
      if (isVerb(s, k, verb)) {
        return k;
      }
    }
    return -1;
  }

  private static String verbTag(io.nlbrief.parser.Token t, String verb) {
    for (io.nlbrief.parser.Token.Reading r : t.readings()) {
      if (r.tag().startsWith("WKW") && r.lemma().equalsIgnoreCase(verb)) {
        return r.tag();
      }
    }
    return t.tag();
  }

  private static boolean isAuxiliaryLike(Slots s, int k) {
    String l = s.lemmaLower(k);
    return l.equals("worden") || l.equals("zijn") || l.equals("hebben") || l.equals("blijven");
  }

  /** The token is a form of the verb, by its chosen reading or another (gezet: adjective or participle). */
  private static boolean isVerb(Slots s, int k, String verb) {
    if (!s.free(k)) {
      return false;
    }
    io.nlbrief.parser.Token t = s.token(k);
    if (t.tag() == null) {
      return false;
    }
    if (t.tag().startsWith("WKW")) {
      return s.lemmaLower(k).equals(verb);
    }
    if (!t.tag().startsWith("BNW")) {
      return false;
    }
    for (io.nlbrief.parser.Token.Reading r : t.readings()) {
      if (r.tag().startsWith("WKW") && r.lemma().equalsIgnoreCase(verb)) {
        return true;
      }
    }
    return false;
  }

}
