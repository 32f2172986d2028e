package io.nlbrief.cli.evalcheck;

import io.nlbrief.cli.common.DataFiles;
import io.nlbrief.parser.ParseException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a CoNLL-U file (Universal Dependencies) with their gold words: the
 * {@code # text} line and, per word, its form, lemma, tags and where it stands in that text.
 * Multiword-token ranges and empty nodes are skipped (the Dutch treebanks have none).
 */
final class Conllu {
  private Conllu() {}

  /** One word: {@code start} is its UTF-16 offset in the sentence text. */
  record Word(String form, String lemma, String upos, String xpos, String feats, int start) {
    int end() {
      return start + form.length();
    }
  }

  /** One sentence; {@code number} counts the file's sentences from 0 in file order. */
  record Sentence(String id, int number, String text, List<Word> words) {}

  static List<Sentence> read(Path file) throws ParseException {
    List<String> lines = DataFiles.readUtf8Lines(file);
    List<Sentence> sentences = new ArrayList<>();
    String id = null;
    String text = null;
    List<String[]> rows = new ArrayList<>();
    int lineNumber = 0;
    for (String line : lines) {
      lineNumber++;
      if (line.isBlank()) {
        if (!rows.isEmpty() || text != null) {
          sentences.add(sentence(file, lineNumber, id, sentences.size(), text, rows));
        }
        id = null;
        text = null;
        rows = new ArrayList<>();
      } else if (line.startsWith("# sent_id = ")) {
        id = line.substring("# sent_id = ".length()).strip();
      } else if (line.startsWith("# text = ")) {
        text = line.substring("# text = ".length());
      } else if (!line.startsWith("#")) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 10) {
          throw new ParseException(file.toString(), ParseException.Reason.CORRUPT,
              "line " + lineNumber + " has " + columns.length + " columns, not 10");
        }
        if (!columns[0].contains("-") && !columns[0].contains(".")) {
          rows.add(columns);
        }
      }
    }
    if (!rows.isEmpty() || text != null) {
      sentences.add(sentence(file, lineNumber, id, sentences.size(), text, rows));
    }
    if (sentences.isEmpty()) {
      throw new ParseException(file.toString(), ParseException.Reason.EMPTY, "no sentences");
    }
    return sentences;
  }

  private static Sentence sentence(Path file, int lineNumber, String id, int number, String text, List<String[]> rows)
      throws ParseException {
    if (text == null) {
      throw new ParseException(file.toString(), ParseException.Reason.CORRUPT, "sentence before line " + lineNumber + " has no # text");
    }
    List<Word> words = new ArrayList<>();
    int at = 0;
    for (String[] c : rows) {
      int start = text.indexOf(c[1], at);
      if (start < 0) {
        throw new ParseException(file.toString(), ParseException.Reason.CORRUPT,
            "word '" + c[1] + "' before line " + lineNumber + " is not in the sentence's # text");
      }
      words.add(new Word(c[1], c[2], c[3], c[4], c[5], start));
      at = start + c[1].length();
    }
    return new Sentence(id == null ? file.getFileName() + "#" + number : id, number, text, List.copyOf(words));
  }
}
