package io.nlbrief.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CoNLL-U (Universal Dependencies v2) files: the gold sentences that the analysis is trained
 * and scored on, and that {@code eval check} injects its errors into. Multi-word token lines
 * ({@code 1-2}) and empty nodes ({@code 1.1}) are skipped; only the ten-column word lines count. A
 * word line of another width is refused ({@link MalformedException}), not skipped: a scorer that
 * silently drops gold words reports figures of a file nobody gave it.
 */
public final class Treebank {
  private Treebank() {}

  /** A CoNLL-U text that does not have the format; {@code line} counts from 1 (0 when unknown). */
  public static final class MalformedException extends IllegalArgumentException {
    private final int line;

    MalformedException(int line, String message) {
      super(line > 0 ? "line " + line + ": " + message : message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  /** One word line. {@code head} is the 1-based head id as in the file (0 for the root). */
  public record Word(int id, String form, String lemma, String upos, String xpos, String feats, int head,
      String deprel, String misc) {}

  /** One sentence: its comment lines as key/value pairs ({@code text}, {@code sent_id}) and its words. */
  public record Sentence(int number, Map<String, String> meta, List<Word> words) {
    public String text() {
      String t = meta.get("text");
      if (t != null) {
        return t;
      }
      StringBuilder sb = new StringBuilder();
      for (Word w : words) {
        sb.append(sb.length() > 0 ? " " : "").append(w.form());
      }
      return sb.toString();
    }

    /**
     * Where each word starts in {@link #text()}, in UTF-16 code units: each form is looked for
     * after the one before it, as the words of a sentence follow its text.
     *
     * @throws MalformedException when a form is not in the text there
     */
    public int[] wordStarts() {
      String text = text();
      int[] starts = new int[words.size()];
      int at = 0;
      for (int i = 0; i < starts.length; i++) {
        String form = words.get(i).form();
        int start = text.indexOf(form, at);
        if (start < 0) {
          throw new MalformedException(0, "sentence " + number + (meta.containsKey("sent_id") ? " (" + meta.get("sent_id") + ")" : "")
              + ": word '" + form + "' is not in its # text");
        }
        starts[i] = start;
        at = start + form.length();
      }
      return starts;
    }
  }

  /** The sentences of {@code file} in the given part of the fixed split. */
  public static List<Sentence> read(Path file, TreebankSplit part) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), part);
  }

  /**
   * The sentences of CoNLL-U text in the given part of the fixed split.
   *
   * @throws MalformedException on a word line without ten columns
   */
  public static List<Sentence> parse(String conllu, TreebankSplit part) {
    List<Sentence> out = new ArrayList<>();
    Map<String, String> meta = new LinkedHashMap<>();
    List<Word> words = new ArrayList<>();
    int number = 0;
    int lineNumber = 0;
    for (String line : (conllu + "\n\n").split("\n", -1)) {
      lineNumber++;
      line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (line.startsWith("#")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          meta.put(line.substring(1, eq).strip(), line.substring(eq + 1).strip());
        }
      } else if (line.isBlank()) {
        if (!words.isEmpty()) {
          if (part.contains(number)) {
            out.add(new Sentence(number, meta, words));
          }
          number++;
        }
        meta = new LinkedHashMap<>();
        words = new ArrayList<>();
      } else {
        String[] c = line.split("\t", -1);
        if (c.length != 10) {
          throw new MalformedException(lineNumber, "has " + c.length + " columns, not 10");
        }
        if (isNumber(c[0])) {
          int head = isNumber(c[6]) ? Integer.parseInt(c[6]) : -1;
          words.add(new Word(Integer.parseInt(c[0]), c[1], c[2], c[3], c[4], c[5], head, c[7], c[9]));
        }
      }
    }
    return out;
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Reads a file, wrapping I/O errors (for streams). */
  public static List<Sentence> readUnchecked(Path file, TreebankSplit part) {
    try {
      return read(file, part);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
