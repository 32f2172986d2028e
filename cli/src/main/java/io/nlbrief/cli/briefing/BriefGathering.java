package io.nlbrief.cli.briefing;

import io.nlbrief.checker.CheckProgress;
import io.nlbrief.checker.CheckResult;
import io.nlbrief.checker.Checker;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import io.nlbrief.summarizer.ArticleDigest;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.Glosser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The brief of one article being gathered a part at a time (the parts of {@link
 * ArticleParser#parseInParts}, in text order), for a text whose tokens do not fit in memory
 * together; a whole article is one part. Made by {@link Briefer#gather()}; the briefing it gives is
 * the one {@link Briefer#brief} gives of the article whole.
 *
 * <p>Each part is read once, when it comes: the summarizer's {@link ArticleDigest} takes its
 * tokens, every sentence is rendered in English (the sheet's coverage counts them all) and kept
 * only as its English line, the part's quotations are rendered, and the checker proofreads it. What
 * stays is about the text's size in English, not its tokens. The key points are known only at the
 * end, and their English is kept for every sentence for that reason. A key term's English in
 * context is the one thing that needs tokens again at the end: which terms are key is known only
 * once every part is in, and their first uses are too many to render in advance (every noun and
 * noun phrase is a candidate), so the text is parsed anew ({@link Reread}) until the first use of
 * each such term is reached; key terms are frequent, so that is usually within the first part.
 * Parsing anew, rather than parsing only the paragraphs needed, keeps the tagger's memory of persons
 * from the parts before them, so those words get the English they have in the whole. Not
 * thread-safe: one gathering per article.
 */
public final class BriefGathering {
  /** The article parsed anew a part at a time, for the few sentences the brief needs again at the end. */
  @FunctionalInterface
  public interface Reread {
    /** Hands the article's parts to {@code parts}, as the first parse did, until it has {@link ArticleParser.Parts#enough() enough}. */
    void reread(ArticleParser.Parts parts) throws ParseException;
  }

  /** A sentence's English, as the key points and the headline show it. */
  record English(String english, List<String> unknown, boolean uncertain) {}

  private final Briefer briefer;
  private final Glosser glosser;
  private final Checker checker;
  private final ArticleDigest.Gathering digest = ArticleDigest.gather();
  private final List<English> lines = new ArrayList<>();
  private final List<String> quotes = new ArrayList<>();
  private final List<CheckResult> checked = new ArrayList<>();
  private int glossedWords;
  private int countedWords;
  private int parts;
  private Article first;

  BriefGathering(Briefer briefer, Glosser glosser, Checker checker) {
    this.briefer = briefer;
    this.glosser = glosser;
    this.checker = checker;
  }

  /**
   * The next part; {@code offset} is where its text stands in the whole article's text, {@code
   * progress} hears how far the part's proofreading has got.
   */
  public void part(Article part, int offset, CheckProgress progress) {
    digest.part(part, offset);
    List<Sentence> sentences = part.sentences();
    List<GlossLine> rendered = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      GlossLine g = glosser.gloss(s);
      rendered.add(g);
      glossedWords += g.glossedWords();
      countedWords += g.countedWords();
      lines.add(new English(g.english(), g.unknown(), g.uncertain()));
    }
    for (Quote q : part.quotes()) {
      quotes.add(english(q.content(), sentences, rendered));
    }
    if (checker != null) {
      if (parts == 1) {
        // Not the whole after all: the first part's result too is moved into the whole text (which
        // also lets go of the part it holds).
        checked.set(0, CheckResult.moved(checked.get(0), 0));
      }
      CheckResult result = checker.checkResult(part, progress);
      // The first part's result is kept as it is, for an article that is one part: the whole.
      checked.add(parts == 0 ? result : CheckResult.moved(result, offset));
    }
    first = parts++ == 0 ? part : null;
  }

  /**
   * The briefing of {@code whole}, the article the parts make up (it may be without tokens, as
   * {@code parseInParts} returns it); {@code again} parses it anew, for the key terms' English in
   * context.
   */
  public Briefing briefing(Article whole, Reread again) throws ParseException {
    CheckResult findings = checker == null ? null
        : parts == 1 && first == whole ? checked.get(0)
        : CheckResult.joined(whole, parts == 1 ? List.of(CheckResult.moved(checked.get(0), 0)) : checked);
    return briefer.assemble(digest.digest(whole), lines, quotes, glossedWords, countedWords, findings,
        terms -> contexts(whole, terms, again));
  }

  /**
   * The English of {@code span} in the lines of the sentences it overlaps, as {@code
   * Rendering.english} gives it over every line (a line outside the span adds nothing).
   */
  private static String english(Span span, List<Sentence> sentences, List<GlossLine> rendered) {
    // The first sentence ending after the span's start; sentences are in text order.
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = lo; i < sentences.size() && sentences.get(i).span().start() < span.end(); i++) {
      String part = rendered.get(i).english(span);
      if (!part.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(part);
      }
    }
    return out.toString();
  }

  /**
   * For each of {@code phrases}, the English of the first place the article uses it that has any
   * ({@code ""} when none has): the sentences of {@code whole} are searched for the phrase, and
   * those that have it are rendered from the parts parsed anew, until every phrase has its answer.
   */
  private Map<String, String> contexts(Article whole, List<String> asked, Reread again) throws ParseException {
    List<String> phrases = asked.stream().distinct().toList();
    Map<String, String> found = new HashMap<>();
    if (phrases.isEmpty()) {
      return found;
    }
    List<Sentence> sentences = whole.sentences();
    // Per phrase: the next sentence to search.
    Map<String, Integer> next = new HashMap<>();
    phrases.forEach(p -> next.put(p, 0));
    int[] base = {0};
    again.reread(new ArticleParser.Parts() {
      @Override
      public void part(Article part, int offset) {
        List<Sentence> local = part.sentences();
        int end = base[0] + local.size();
        Map<Integer, GlossLine> rendered = new HashMap<>();
        for (String phrase : phrases) {
          if (found.containsKey(phrase)) {
            continue;
          }
          String needle = phrase.toLowerCase(Locale.ROOT);
          for (int i = next.get(phrase); i < end; i++) {
            Sentence s = sentences.get(i);
            int at = s.text().toLowerCase(Locale.ROOT).indexOf(needle);
            if (at >= 0) {
              int start = s.span().start() + at - offset;
              GlossLine line = rendered.computeIfAbsent(i - base[0], k -> glosser.gloss(local.get(k)));
              String english = line.english(new Span(start, start + needle.length()));
              if (!english.isEmpty()) {
                found.put(phrase, english);
                break;
              }
            }
          }
          next.put(phrase, end);
        }
        base[0] = end;
      }

      @Override
      public boolean enough() {
        return found.size() == phrases.size();
      }
    });
    phrases.forEach(p -> found.putIfAbsent(p, ""));
    return found;
  }
}
