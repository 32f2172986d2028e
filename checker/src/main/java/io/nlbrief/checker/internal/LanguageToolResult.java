package io.nlbrief.checker.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nlbrief.checker.CheckResult;
import io.nlbrief.checker.Finding;
import io.nlbrief.checker.LanguageToolAnswer;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.LanguageGuess;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.languagetool.CheckResults;
import org.languagetool.DetectedLanguage;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.RuleMatch;
import org.languagetool.tools.RuleMatchesAsJsonSerializer;

/**
 * A check's findings beside the LanguageTool matches they came from, so that LanguageTool's own
 * serializer writes the answer: the shape LanguageTool's clients read is LanguageTool's by
 * construction, not a copy of it that could drift.
 */
public final class LanguageToolResult implements CheckResult {
  /** LanguageTool's server shows 40 characters of context either side. */
  private static final int CONTEXT = 40;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String text;
  /** The parsed article, for the sentence of a match LanguageTool did not make; null when unchecked. */
  private final Article article;
  private final List<Finding> findings;
  /** Parallel to {@link #findings}. */
  private final List<RuleMatch> matches;
  /** LanguageTool's sentences, as offsets into {@link #text}. */
  private final List<Span> sentenceRanges;

  LanguageToolResult(String text, Article article, List<Finding> findings, List<RuleMatch> matches,
      List<Span> sentenceRanges) {
    if (findings.size() != matches.size()) {
      throw new IllegalArgumentException("one match per finding");
    }
    this.text = text;
    this.article = article;
    this.findings = List.copyOf(findings);
    this.matches = List.copyOf(matches);
    this.sentenceRanges = List.copyOf(sentenceRanges);
  }

  /**
   * {@code part}'s result (a check of an article that is the stretch of a whole text starting at
   * {@code offset}, see {@code ArticleParser.parseInParts}), moved to the whole: spans and
   * LanguageTool's matches moved by {@code offset}; only for {@link #joined}, which sets the text,
   * the lines and the columns. Neither the part's article nor its text is kept.
   */
  public static CheckResult moved(CheckResult part, int offset) {
    LanguageToolResult r = (LanguageToolResult) part;
    List<Finding> findings = new ArrayList<>(r.findings.size());
    for (Finding f : r.findings) {
      findings.add(new Finding(f.ruleId(), f.ruleDescription(), f.categoryId(), f.categoryName(), f.issueType(),
          f.message(), f.shortMessage(), f.explanation(), new Span(f.span().start() + offset, f.span().end() + offset),
          f.line(), f.column(), f.suggestions()));
    }
    for (RuleMatch m : r.matches) {
      m.setOffsetPosition(m.getFromPos() + offset, m.getToPos() + offset);
    }
    List<Span> sentences = new ArrayList<>(r.sentenceRanges.size());
    for (Span s : r.sentenceRanges) {
      // A part's text ends with the paragraph break before the next part, which LanguageTool reads
      // as the text's end and counts into its last sentence; in the whole text it is the break it
      // is and no sentence holds it.
      int end = s.end();
      if (blankFrom(r.text, end)) {
        while (end > s.start() && Character.isWhitespace(r.text.charAt(end - 1))) {
          end--;
        }
      }
      sentences.add(new Span(s.start() + offset, end + offset));
    }
    return new LanguageToolResult("", null, findings, r.matches, sentences);
  }

  /** Whether {@code text} holds only white space from {@code at} on (stops at the first other character). */
  private static boolean blankFrom(String text, int at) {
    for (int i = Math.max(0, at); i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Results {@link #moved} onto {@code whole}, in text order, as one; lines and columns in the whole text. */
  public static CheckResult joined(Article whole, List<CheckResult> moved) {
    LineIndex lines = new LineIndex(whole.text());
    List<Finding> findings = new ArrayList<>();
    List<RuleMatch> matches = new ArrayList<>();
    List<Span> sentences = new ArrayList<>();
    for (CheckResult c : moved) {
      LanguageToolResult r = (LanguageToolResult) c;
      for (Finding f : r.findings) {
        int at = f.span().start();
        findings.add(new Finding(f.ruleId(), f.ruleDescription(), f.categoryId(), f.categoryName(), f.issueType(),
            f.message(), f.shortMessage(), f.explanation(), f.span(), lines.line(at), lines.column(at),
            f.suggestions()));
      }
      matches.addAll(r.matches);
      sentences.addAll(r.sentenceRanges);
    }
    return new LanguageToolResult(whole.text(), whole, findings, matches, sentences);
  }

  public static CheckResult unchecked(String text) {
    return new LanguageToolResult(text, null, List.of(), List.of(), List.of());
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public List<Span> sentences() {
    return sentenceRanges;
  }

  @Override
  public CheckResult filter(Predicate<Finding> keep) {
    List<Finding> kept = new ArrayList<>();
    List<RuleMatch> keptMatches = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      if (keep.test(findings.get(i))) {
        kept.add(findings.get(i));
        keptMatches.add(matches.get(i));
      }
    }
    return new LanguageToolResult(text, article, kept, keptMatches, sentenceRanges);
  }

  @Override
  public String toLanguageToolJson(LanguageToolAnswer answer) {
    String code = answer.languageCode();
    Language given = Languages.isLanguageSupported(code) ? Languages.getLanguageForShortCode(code) : new ForeignLanguage(code);
    // The sentence ranges are written into the answer below: LanguageTool's SentenceRange cannot be
    // made outside its package, and the checker's come from several calls (one per slice).
    CheckResults results = new CheckResults(matches, List.of());
    String json = new RuleMatchesAsJsonSerializer(0, given).ruleMatchesToJson2(List.of(results), List.of(),
        new AnnotatedTextBuilder().addText(text).build(), CONTEXT, detected(given, answer.detected()),
        answer.incompleteReason(), false, JLanguageTool.Mode.ALL);
    try {
      return MAPPER.writeValueAsString(withNlbriefFields((ObjectNode) MAPPER.readTree(json), answer));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("LanguageTool's serializer wrote JSON Jackson cannot read", e);
    }
  }

  private static DetectedLanguage detected(Language given, LanguageGuess guess) {
    Language detected = guess.isDutch() || "und".equals(guess.code()) ? given : new ForeignLanguage(guess.code());
    return new DetectedLanguage(given, detected, (float) guess.confidence(), "nlbrief");
  }

  private ObjectNode withNlbriefFields(ObjectNode lt, LanguageToolAnswer answer) {
    ObjectNode software = (ObjectNode) lt.get("software");
    software.put("name", answer.softwareName());
    software.put("version", answer.softwareVersion());
    software.put("buildDate", answer.buildDate());
    ArrayNode ranges = MAPPER.createArrayNode();
    for (Span s : sentenceRanges) {
      ranges.addArray().add(s.start()).add(s.end());
    }
    lt.set("sentenceRanges", ranges);
    ArrayNode written = (ArrayNode) lt.get("matches");
    List<Sentence> all = article == null ? List.of() : article.sentences();
    for (int i = 0; i < written.size(); i++) {
      ObjectNode m = (ObjectNode) written.get(i);
      Finding f = findings.get(i);
      if (!m.has("sentence") && article != null) {
        m.put("sentence", sentenceOf(f, all));
      }
      m.put("line", f.line());
      m.put("column", f.column());
      m.put("explanation", f.explanation());
    }
    extendedSentenceRanges(lt, answer.detected());
    if (answer.file() == null) {
      return lt;
    }
    ObjectNode withFile = MAPPER.createObjectNode();
    withFile.put("file", answer.file());
    withFile.setAll(lt);
    return withFile;
  }

  /**
   * LanguageTool's server fills {@code extendedSentenceRanges} (each sentence's range in the
   * checked text, with the languages its detector saw there); its serializer, given no ranges of
   * that kind, writes an empty list, which clients that read the field would take for a text
   * without sentences. nlbrief detects the language of the whole text, so each sentence gets that
   * guess and its confidence. Offsets are into the checked text, as LanguageTool's are (also for
   * AnnotatedText, where {@code sentenceRanges} count the markup).
   */
  private void extendedSentenceRanges(ObjectNode lt, LanguageGuess guess) {
    if (!(lt.get("extendedSentenceRanges") instanceof ArrayNode ranges) || !ranges.isEmpty()) {
      return;
    }
    String language = guess.isDutch() || "und".equals(guess.code()) ? "nl" : guess.code();
    for (Span r : sentenceRanges) {
      ObjectNode range = ranges.addObject();
      range.put("from", r.start());
      range.put("to", r.end());
      ObjectNode detected = range.putArray("detectedLanguages").addObject();
      detected.put("language", language);
      detected.put("rate", (float) guess.confidence());
    }
  }

  /** The sentence of one of nlbrief's own findings: the parser's, else (a heading) its line. */
  private String sentenceOf(Finding f, List<Sentence> all) {
    // The sentences are in text order and do not overlap: the last one starting at or before the
    // finding is the only one that can hold it (a search, not a scan: an article can have 300,000).
    int lo = 0;
    int hi = all.size() - 1;
    int at = f.span().start();
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).span().start() <= at) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (hi >= 0 && at < all.get(hi).span().end()) {
      return all.get(hi).text();
    }
    int start = text.lastIndexOf('\n', f.span().start()) + 1;
    int end = text.indexOf('\n', f.span().start());
    return text.substring(start, end < 0 ? text.length() : end).strip();
  }
}
