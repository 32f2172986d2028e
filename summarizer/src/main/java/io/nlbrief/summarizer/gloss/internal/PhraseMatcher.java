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
  private record Phrase(GlossEntry entry, String[] words, boolean verbFinal) {}

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
      byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(e, words, verbFinal));
    }
    Comparator<Phrase> longestFirst = Comparator.comparingInt((Phrase p) -> -p.words.length)
        .thenComparing(p -> p.entry.dutch());
    byFirstWord.values().forEach(l -> l.sort(longestFirst));
  }

  void apply(Slots s) {
    for (int i = 0; i < s.size(); i++) {
      if (!s.free(i)) {
        continue;
      }
      List<Phrase> byForm = byFirstWord.get(s.lower(i));
      List<Phrase> byLemma = s.lemmaLower(i).equals(s.lower(i)) ? null : byFirstWord.get(s.lemmaLower(i));
      if (byForm == null && byLemma == null) {
        continue;
      }
      List<Phrase> candidates = byForm == null ? byLemma : byLemma == null ? byForm : merged(byForm, byLemma);
      for (Phrase p : candidates) {
        if (tryMatch(s, i, p)) {
          break;
        }
      }
    }
  }

  private static List<Phrase> merged(List<Phrase> a, List<Phrase> b) {
    List<Phrase> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(Comparator.comparingInt((Phrase p) -> -p.words.length));
    return all;
  }

  private boolean tryMatch(Slots s, int start, Phrase p) {
    int n = p.words.length;
    int fixed = p.verbFinal ? n - 1 : n;
    int j = start;
    for (int k = 0; k < fixed; k++, j++) {
      if (j >= s.size() || !s.free(j) || !matches(s, j, p.words[k], k == 0 && start == 0)) {
        return false;
      }
    }
    String origin = (p.entry.pos() == GlossPos.NAME ? "exonym:" : "phrase:") + p.entry.dutch();
    if (!p.verbFinal) {
      String english = p.entry.first();
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
    String english = inflector.verb(p.entry.first(), form, true);
    for (int k = start; k < j; k++) {
      s.set(k, "", origin);
    }
    s.set(verb, english, origin);
    return true;
  }

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
    for (int k = start - 1; k >= 0 && !Clause.isBoundary(s.token(k)); k--) {
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
