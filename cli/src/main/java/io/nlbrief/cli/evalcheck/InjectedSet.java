package io.nlbrief.cli.evalcheck;

import io.nlbrief.cli.common.DataFiles;
import io.nlbrief.cli.common.Json;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.Treebank;
import io.nlbrief.parser.TreebankSplit;
import io.nlbrief.parser.Span;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The injected d/t set: correct sentences, and copies of them with one d/t error put in by
 * {@link DtInjection}, split into a part to tune on and a part to report.
 *
 * <ul>
 *   <li>News (JSON Lines with {@code id} and {@code text}): the text is cut into sentences by the
 *       JDK's sentence {@link BreakIterator} (Dutch locale); a sentence has the key {@code
 *       id:n}, n counting its article's sentences from 0; sentences of fewer than three words, and
 *       those with unbalanced quotes or brackets (cut out of a longer quotation), are left out. Articles 0, 2, 4, … of the file (in file order) are the tune part, 1, 3, 5, … the
 *       report part.
 *   <li>Treebank (CoNLL-U): only the held-apart sentences, those numbered {@code n % 3 == 0} in file
 *       order from 0 (the others are the syntax work's to tune on); of those, {@code n % 6 == 0} is
 *       the tune part, {@code n % 6 == 3} the report part. The key is the {@code sent_id}.
 * </ul>
 *
 * A sentence with several places for an error gives one wrong sentence per place, each with that
 * one error; the correct sentence is checked once.
 */
final class InjectedSet {
  private InjectedSet() {}

  enum Part {
    TUNE, REPORT, ALL;

    boolean takes(boolean tune) {
      return this == ALL || (this == TUNE) == tune;
    }
  }

  /** One correct sentence and the errors it can take, each put in alone. */
  record Item(String key, String source, String text, List<DtInjection.Candidate> errors) {
    /** The words of {@code text} where an error goes. */
    List<Span> places() {
      return errors.stream().map(c -> new Span(c.start(), c.end())).toList();
    }
  }

  /** One sentence with one error put in. */
  record Injected(Item item, DtInjection.Candidate error) {
    String key() {
      return item.key();
    }

    /** The sentence with the error. */
    String wrong() {
      return item.text().substring(0, error.start()) + error.replacement() + item.text().substring(error.end());
    }

    /** Where the error stands in {@link #wrong()}. */
    Span errorSpan() {
      return new Span(error.start(), error.start() + error.replacement().length());
    }
  }

  /** Each item once per error: a sentence with three places gives three sentences with one error each. */
  static List<Injected> injected(List<Item> items) {
    List<Injected> out = new ArrayList<>();
    for (Item item : items) {
      item.errors().forEach(e -> out.add(new Injected(item, e)));
    }
    return out;
  }

  /** The part of the sentences of {@code files} (a {@code .conllu} file is a treebank, any other news). */
  static List<Item> build(List<Path> files, Part part) throws ParseException {
    List<Item> items = new ArrayList<>();
    List<List<Treebank.Sentence>> treebanks = new ArrayList<>();
    Set<String> participles = new HashSet<>();
    for (Path file : files) {
      if (isTreebank(file)) {
        List<Treebank.Sentence> sentences = treebank(file);
        treebanks.add(sentences);
        for (Treebank.Sentence s : sentences) {
          for (Treebank.Word w : s.words()) {
            if (w.xpos().startsWith("WW|vd")) {
              participles.add(w.form().toLowerCase(Locale.ROOT));
            }
          }
        }
      } else {
        treebanks.add(null);
      }
    }
    for (int f = 0; f < files.size(); f++) {
      if (treebanks.get(f) != null) {
        for (Treebank.Sentence s : treebanks.get(f)) {
          if (TreebankSplit.HELDOUT.contains(s.number()) && part.takes(s.number() % 6 == 0)) {
            String id = s.meta().getOrDefault("sent_id", files.get(f).getFileName() + "#" + s.number());
            List<DtInjection.Candidate> candidates;
            try {
              candidates = DtInjection.inTreebank(s, participles);
            } catch (Treebank.MalformedException e) {
              throw new ParseException(files.get(f).toString(), ParseException.Reason.CORRUPT, e.getMessage());
            }
            items.add(item(id, "treebank", s.text(), candidates));
          }
        }
      } else {
        List<Json.Line> rows = Json.readLines(files.get(f));
        for (int a = 0; a < rows.size(); a++) {
          if (!part.takes(a % 2 == 0)) {
            continue;
          }
          String id = rows.get(a).json().path("id").asText("#" + (a + 1));
          List<String> sentences = sentences(rows.get(a).json().path("text").asText(""));
          for (int n = 0; n < sentences.size(); n++) {
            String text = sentences.get(n);
            if (text.split("\\s+").length >= 3 && balanced(text)) {
              items.add(item(id + ":" + n, "news", text, DtInjection.inText(text)));
            }
          }
        }
      }
    }
    return items;
  }

  /**
   * Even straight double quotes, as many opening as closing curly quotes and brackets: a sentence
   * cut out of a quotation that runs over several sentences would be flagged for its lone quote.
   */
  static boolean balanced(String text) {
    return count(text, '"') % 2 == 0 && count(text, '“') == count(text, '”') && count(text, '(') == count(text, ')')
        && count(text, '„') <= count(text, '”');
  }

  private static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }

  /** A treebank's sentences, its read and format errors as the one-line errors of the CLI. */
  private static List<Treebank.Sentence> treebank(Path file) throws ParseException {
    List<Treebank.Sentence> sentences;
    try {
      sentences = Treebank.parse(String.join("\n", DataFiles.readUtf8Lines(file)), TreebankSplit.ALL);
    } catch (Treebank.MalformedException e) {
      throw new ParseException(file.toString(), ParseException.Reason.CORRUPT, e.getMessage());
    }
    if (sentences.isEmpty()) {
      throw new ParseException(file.toString(), ParseException.Reason.EMPTY, "no sentences");
    }
    return sentences;
  }

  static boolean isTreebank(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".conllu");
  }

  /** The sentences of a text, stripped, blank ones left out. */
  static List<String> sentences(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag("nl"));
    it.setText(text);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String sentence = text.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        out.add(sentence);
      }
    }
    return out;
  }

  private static Item item(String key, String source, String text, List<DtInjection.Candidate> candidates) {
    return new Item(key, source, text, List.copyOf(candidates));
  }
}
