package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.GlossToken;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The glossing rules in order: numbers, dates and times; multi-word expressions and names;
 * separable verbs; then every other token on its own. Immutable and thread-safe.
 */
public final class GlossEngine {
  private static final EnglishForms FORMS = EnglishForms.load();

  private final PhraseMatcher phrases;
  private final SeparableVerbs separableVerbs;
  private final WordGlosser words;

  public GlossEngine(Glossary glossary) {
    Inflector inflector = new Inflector(FORMS);
    this.phrases = new PhraseMatcher(glossary, inflector);
    this.separableVerbs = new SeparableVerbs(glossary, inflector);
    this.words = new WordGlosser(glossary, inflector);
  }

  public GlossLine gloss(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    Slots s = new Slots(tokens);
    NumberRules.apply(s);
    phrases.apply(s);
    separableVerbs.apply(s);
    words.apply(s);
    ContextRules.apply(s);
    collapseRepeatedWords(s);
    indefiniteArticles(s);

    List<GlossToken> out = new ArrayList<>(tokens.size());
    List<String> unknown = new ArrayList<>();
    int glossed = 0;
    int counted = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      GlossToken g = new GlossToken(t.text(), t.span(), s.english[i], s.origin[i]);
      out.add(g);
      if (counts(t, g)) {
        counted++;
        if (g.isUnknown()) {
          unknown.add(t.text());
        } else {
          glossed++;
        }
      }
    }
    return new GlossLine(sentence.text(), LineLayout.join(out), out, unknown, glossed, counted);
  }

  /** Word tokens count for coverage, names (passed through or translated) do not. */
  private static boolean counts(Token t, GlossToken g) {
    if (!t.isWord() || g.origin().equals("punctuation") || g.origin().equals("number")
        || g.origin().equals("date") || g.origin().equals("time")) {
      return false;
    }
    return !g.origin().equals("name") && !g.origin().startsWith("exonym:") && !g.origin().equals("foreign");
  }

  private static final java.util.Set<String> REPEATABLE = java.util.Set.of("on", "in", "at", "of", "to", "the", "a");

  /**
   * A preposition glossed twice in a row (op maandag → on + on Monday) is said once; after another
   * preposition the one inside a gloss goes (vanaf zondagavond → from + on Sunday evening).
   */
  private static void collapseRepeatedWords(Slots s) {
    int prev = -1;
    for (int i = 0; i < s.size(); i++) {
      String e = s.english[i];
      if (e == null || e.isEmpty()) {
        continue;
      }
      if (prev >= 0 && REPEATABLE.contains(s.english[prev])
          && (e.equals(s.english[prev]) || e.startsWith(s.english[prev] + " "))) {
        s.english[prev] = "";
        s.origin[prev] = "rule:said-once";
      } else if (prev >= 0 && s.token(prev).pos() == io.nlbrief.parser.PartOfSpeech.PREPOSITION
          && (e.startsWith("on ") || e.startsWith("in ") || e.startsWith("at ")) && s.origin[i].startsWith("glossary:")) {
        s.english[i] = e.substring(3);
      }
      prev = i;
    }
  }

  /** "a" before a vowel sound is "an" (een aanslag → an attack). */
  private static void indefiniteArticles(Slots s) {
    for (int i = 0; i < s.size(); i++) {
      if (!"a".equals(s.english[i])) {
        continue;
      }
      for (int k = i + 1; k < s.size(); k++) {
        String next = s.english[k];
        if (next == null || next.isEmpty()) {
          continue;
        }
        if (startsWithVowelSound(next)) {
          s.english[i] = "an";
        }
        break;
      }
    }
  }

  private static boolean startsWithVowelSound(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (l.startsWith("⟨")) {
      return false;
    }
    if (l.startsWith("hour") || l.startsWith("honest") || l.startsWith("honour") || l.startsWith("heir")) {
      return true;
    }
    if (l.startsWith("uni") || l.startsWith("use") || l.startsWith("usu") || l.startsWith("eu") || l.startsWith("one")
        || l.startsWith("ukr") || l.startsWith("uti")) {
      return false;
    }
    return !l.isEmpty() && "aeiou".indexOf(l.charAt(0)) >= 0;
  }
}
