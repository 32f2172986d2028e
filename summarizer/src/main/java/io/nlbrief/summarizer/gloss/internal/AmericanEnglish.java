package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import io.nlbrief.summarizer.gloss.EnglishVariant;
import java.util.Set;

/**
 * The conventions of the English variant asked for, last of all, on the English the other stages
 * made from the glossary, which writes British English. In American English (the default):
 *
 * <ul>
 *   <li>quotations take double quotation marks: Dutch ‘…’ and '…' become "…" as „…” and “…” already
 *       do; a single quotation inside a double one stays single, as American nesting has it; an
 *       apostrophe is no quotation mark and stays (a word's own, as in auto's or 's avonds, is part
 *       of the word; Kees' fiets is told from a closing mark by the s before it and the word after);
 *   <li>the honorifics and saint abbreviated with a full stop (Mr. Mrs. Ms. Dr. St. Prof. Jr. Sr.), and
 *       the country as U.S. (the sentence's own stop after it then goes: she moved to the U.S.);
 *   <li>British spelling respelled by {@link AmericanSpelling} (organise → organize, centre →
 *       center, defence → defense, programme → program, labour → labor, travelled → traveled), on
 *       the glossary's English only, its exonyms too (Defensie → Defense): names and English words of
 *       the Dutch text keep their spelling (Labour, Harbour Street).
 * </ul>
 *
 * <p>In British English the stage leaves the line as the glossary writes it. Each token changed
 * keeps its Dutch and the rule's name after its origin ({@code punctuation+american-quotes},
 * {@code glossary:default+american-spelling}, {@code exonym:VS+american-abbreviation}).
 */
final class AmericanEnglish implements Stage {
  static final String QUOTES = "american-quotes";
  static final String SPELLING = "american-spelling";
  static final String ABBREVIATION = "american-abbreviation";

  /** Abbreviations American English ends with a full stop and British does not. */
  private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Jr", "Sr", "Messrs");

  private final EnglishVariant variant;

  AmericanEnglish(EnglishVariant variant) {
    this.variant = variant;
  }

  @Override
  public String name() {
    return "english-variant";
  }

  @Override
  public void apply(Slots s) {
    if (variant != EnglishVariant.AMERICAN) {
      return;
    }
    quotes(s);
    for (int i = 0; i < s.size(); i++) {
      String english = s.english[i];
      String origin = s.origin[i];
      if (english == null || english.isEmpty() || origin == null || origin.startsWith("punctuation")
          || !mayRespell(origin)) {
        continue;
      }
      String[] words = english.split(" ", -1);
      boolean spelled = false;
      boolean abbreviated = false;
      for (int k = 0; k < words.length; k++) {
        String w = words[k];
        String a = abbreviated(w);
        if (a != null) {
          words[k] = a;
          abbreviated = true;
        } else {
          String american = AmericanSpelling.american(w);
          if (!american.equals(w)) {
            words[k] = american;
            spelled = true;
          }
        }
      }
      if (spelled || abbreviated) {
        s.english[i] = String.join(" ", words);
        s.origin[i] = origin + (spelled ? "+" + SPELLING : "") + (abbreviated ? "+" + ABBREVIATION : "");
        if (abbreviated && s.english[i].endsWith(".")) {
          dropStopAfter(s, i);
        }
      }
    }
  }

  /**
   * The glossary's own English, as an entry, an exonym (Defensie → Defense), a phrase, a compound
   * or a rule gave it; not a name or an English word passed through as the text has it.
   */
  private static boolean mayRespell(String origin) {
    return !origin.equals("name") && !origin.startsWith("name+")
        && !origin.startsWith(io.nlbrief.summarizer.gloss.GlossToken.FOREIGN) && !origin.equals("unknown")
        && !origin.equals("number") && !origin.equals("date") && !origin.equals("time") && !origin.contains(NameCapitals.KEPT);
  }

  /** A glossary sense outside a sentence (a key term's, a name's) in American English: spelling and abbreviations. */
  static String phrase(String english) {
    String[] words = english.split(" ", -1);
    for (int k = 0; k < words.length; k++) {
      String a = abbreviated(words[k]);
      words[k] = a != null ? a : AmericanSpelling.american(words[k]);
    }
    return String.join(" ", words);
  }

  /** Mr → Mr., US → U.S. (US-led → U.S.-led), or null for any other word. */
  static String abbreviated(String w) {
    if (ABBREVIATIONS.contains(w)) {
      return w + ".";
    }
    if (w.equals("US") || w.equals("US.")) {
      return "U.S."; // VS. ending a sentence: the abbreviation's stop is the sentence's
    }
    if (w.startsWith("US-") && w.length() > 3) {
      return "U.S." + w.substring(2);
    }
    return null;
  }

  /** The sentence's full stop right after an abbreviation's stop in English order: said once (… moved to the U.S.). */
  private static void dropStopAfter(Slots s, int i) {
    int at = s.order.indexOf(i);
    for (int p = at + 1; p >= 1 && p < s.order.size(); p++) {
      int k = s.order.get(p);
      String e = s.english[k];
      if (e == null || e.isEmpty()) {
        continue;
      }
      if (e.equals(".") && lastWithEnglish(s, p)) {
        s.english[k] = "";
        s.origin[k] = s.origin[k] + "+" + ABBREVIATION;
      }
      return;
    }
  }

  private static boolean lastWithEnglish(Slots s, int p) {
    for (int q = p + 1; q < s.order.size(); q++) {
      String e = s.english[s.order.get(q)];
      if (e != null && !e.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Single quotation marks as double ones, in Dutch order: a mark is opening when it stands
   * against the word after it and not the one before, closing the other way round, and otherwise
   * the opposite of the last one. A quotation inside another (inside „…”, or a second ‘ before the
   * first is closed) keeps single marks, as American English nests them.
   */
  private static void quotes(Slots s) {
    java.util.BitSet closing = new java.util.BitSet();
    boolean doubleOpen = false;
    java.util.ArrayDeque<Boolean> singles = new java.util.ArrayDeque<>(); // per open single quotation: made double?
    for (int i = 0; i < s.size(); i++) {
      String english = s.english[i];
      if (!"punctuation".equals(s.origin[i]) || english == null) {
        continue;
      }
      if (english.equals("\"")) {
        Boolean opening = opening(s, i);
        doubleOpen = opening != null ? opening : !doubleOpen;
        closing.set(i, !doubleOpen);
        continue;
      }
      if (!english.equals("'") && !english.equals("‚")) {
        continue; // ‚ is the low single opening mark some Dutch texts use
      }
      Boolean opening = opening(s, i);
      boolean open = opening != null ? opening : singles.isEmpty();
      boolean doubled;
      if (open) {
        doubled = !doubleOpen && singles.isEmpty();
        singles.push(doubled);
      } else if (!singles.isEmpty()) {
        doubled = singles.pop();
      } else if (apostrophe(s, i)) {
        continue; // Kees' fiets
      } else {
        doubled = !doubleOpen; // closing a quotation opened in an earlier sentence
      }
      if (doubled) {
        s.english[i] = "\"";
        s.origin[i] = s.origin[i] + "+" + QUOTES;
        closing.set(i, !open);
      } else if (english.equals("‚")) {
        s.english[i] = "'";
        s.origin[i] = s.origin[i] + "+" + QUOTES;
      }
    }
    stopsInside(s, closing);
  }

  /**
   * A comma or full stop right after a closing double quotation mark goes inside it, as American
   * English writes it ("It is cold," she said; as "boring."); a question or exclamation mark stays
   * where the Dutch has it, with the words it belongs to.
   */
  private static void stopsInside(Slots s, java.util.BitSet closing) {
    for (int p = 0; p + 1 < s.order.size(); p++) {
      int quote = s.order.get(p);
      if (!closing.get(quote)) {
        continue;
      }
      int q = p + 1;
      while (q < s.order.size() && (s.english[s.order.get(q)] == null || s.english[s.order.get(q)].isEmpty())) {
        q++;
      }
      if (q >= s.order.size()) {
        return;
      }
      int stop = s.order.get(q);
      String e = s.english[stop];
      if ((e.equals(",") || e.equals(".")) && s.origin[stop] != null && s.origin[stop].startsWith("punctuation")) {
        s.order.remove(q);
        s.order.add(p, stop);
        s.origin[stop] = s.origin[stop] + "+" + QUOTES;
        s.moved[stop] = "order:" + QUOTES;
      }
    }
  }

  /** True for an opening mark by where it stands in the text, false for a closing one, null when the text does not tell. */
  static Boolean opening(Slots s, int i) {
    Token t = s.token(i);
    boolean before = i > 0 && s.token(i - 1).span().end() == t.span().start();
    boolean after = i + 1 < s.size() && s.token(i + 1).span().start() == t.span().end();
    if (after && !before) {
      return Boolean.TRUE;
    }
    if (before && !after) {
      return Boolean.FALSE;
    }
    return null;
  }

  /** A mark right after a word ending in a sibilant and before a word: the possessive apostrophe (Kees' fiets, Max' boek). */
  private static boolean apostrophe(Slots s, int i) {
    if (i == 0 || i + 1 >= s.size() || s.token(i - 1).span().end() != s.token(i).span().start()) {
      return false;
    }
    String before = s.lower(i - 1);
    Token next = s.token(i + 1);
    return (before.endsWith("s") || before.endsWith("x") || before.endsWith("z")) && s.token(i - 1).isWord()
        && next.pos() != PartOfSpeech.PUNCTUATION && next.isWord();
  }
}
