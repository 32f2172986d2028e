package io.nlbrief.cli.evalsyntax;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.Treebank;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of the shared scorer {@code ud_eval.py}, computed the same way: each gold sentence's
 * {@code # text} is a paragraph of one text (paragraphs joined by a blank line); gold words get
 * offsets by finding their forms in order in that text; system words are aligned to gold words by
 * equal offsets. Token, part-of-speech and lemma figures count over gold words (punctuation
 * included); the relation figures are labelled F1 (relation and aligned head right).
 */
final class SyntaxScores {
  /** One word with offsets into the evaluation text; {@code head} an index into the same list, -1 root, null unknown. */
  record Word(int start, int end, String upos, String lemma, String feats, Integer head, String deprel) {}

  /** The evaluation text and gold words of a set of gold sentences. */
  record Gold(String text, List<Word> words, int sentences) {}

  static Gold gold(List<Treebank.Sentence> sentences) {
    StringBuilder body = new StringBuilder();
    List<Word> words = new ArrayList<>();
    int pos = 0;
    for (Treebank.Sentence s : sentences) {
      String text = s.text();
      Map<Integer, Integer> ids = new HashMap<>();
      List<int[]> spans = new ArrayList<>();
      List<Treebank.Word> found = new ArrayList<>();
      int i = 0;
      for (Treebank.Word w : s.words()) {
        int j = text.indexOf(w.form(), i);
        if (j < 0) {
          continue;
        }
        ids.put(w.id(), words.size() + found.size());
        spans.add(new int[] {pos + j, pos + j + w.form().length()});
        found.add(w);
        i = j + w.form().length();
      }
      for (int k = 0; k < found.size(); k++) {
        Treebank.Word w = found.get(k);
        Integer head = w.head() == 0 ? Integer.valueOf(-1) : ids.get(w.head());
        words.add(new Word(spans.get(k)[0], spans.get(k)[1], w.upos(), w.lemma(), w.feats(), head, w.deprel()));
      }
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(text);
      pos += text.length() + 2;
    }
    body.append('\n');
    return new Gold(body.toString(), words, sentences.size());
  }

  /** The system's words from an analysed article of the evaluation text. */
  static List<Word> system(Article article) {
    List<Word> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      int base = out.size();
      for (Token t : s.tokens()) {
        int h = t.dependency().head();
        out.add(new Word(t.span().start(), t.span().end(), t.upos().name(), t.morphology().lemma(),
            t.morphology().features(), h < 0 ? Integer.valueOf(-1) : Integer.valueOf(base + h), t.dependency().relation()));
      }
    }
    return out;
  }

  private static final Pattern RANGE = Pattern.compile("TokenRange=(\\d+):(\\d+)");

  /** The system's words from CoNLL-U with {@code TokenRange} in MISC (what {@code parse --format conllu} writes). */
  static List<Word> system(String conllu) {
    List<Word> out = new ArrayList<>();
    for (Treebank.Sentence s : Treebank.parse(conllu, io.nlbrief.parser.TreebankSplit.ALL)) {
      Map<Integer, Integer> ids = new HashMap<>();
      List<Treebank.Word> kept = new ArrayList<>();
      List<int[]> spans = new ArrayList<>();
      for (Treebank.Word w : s.words()) {
        Matcher m = RANGE.matcher(w.misc());
        if (!m.find()) {
          continue;
        }
        ids.put(w.id(), out.size() + kept.size());
        kept.add(w);
        spans.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
      }
      for (int k = 0; k < kept.size(); k++) {
        Treebank.Word w = kept.get(k);
        Integer head = w.head() <= 0 ? Integer.valueOf(-1) : ids.get(w.head());
        out.add(new Word(spans.get(k)[0], spans.get(k)[1], w.upos(), w.lemma(), w.feats(), head, w.deprel()));
      }
    }
    return out;
  }

  /** The figures, in ud_eval.py's order and names, as percentages. */
  static Map<String, Double> score(List<Word> gold, List<Word> sys) {
    int n = gold.size();
    Map<Long, Integer> bySpan = new HashMap<>();
    for (int k = 0; k < sys.size(); k++) {
      bySpan.put(spanKey(sys.get(k)), k);
    }
    Integer[] align = new Integer[n];
    int matched = 0;
    for (int g = 0; g < n; g++) {
      align[g] = bySpan.get(spanKey(gold.get(g)));
      matched += align[g] != null ? 1 : 0;
    }
    Map<String, Double> res = new LinkedHashMap<>();
    double tokP = (double) matched / Math.max(sys.size(), 1);
    double tokR = (double) matched / Math.max(n, 1);
    res.put("words F1", f1(tokP, tokR));
    int upos = 0;
    int lemma = 0;
    for (int g = 0; g < n; g++) {
      if (align[g] != null) {
        Word s = sys.get(align[g]);
        upos += gold.get(g).upos().equals(s.upos()) ? 1 : 0;
        lemma += bareLemma(gold.get(g).lemma()).equals(bareLemma(s.lemma())) ? 1 : 0;
      }
    }
    res.put("UPOS", 100.0 * upos / Math.max(n, 1));
    res.put("lemma", 100.0 * lemma / Math.max(n, 1));
    int goldFinite = 0;
    int hitFinite = 0;
    int sysFinite = 0;
    for (Word s : sys) {
      sysFinite += finite(s) ? 1 : 0;
    }
    for (int g = 0; g < n; g++) {
      if (finite(gold.get(g))) {
        goldFinite++;
        hitFinite += align[g] != null && finite(sys.get(align[g])) ? 1 : 0;
      }
    }
    res.put("finite verb F1", f1((double) hitFinite / Math.max(sysFinite, 1), (double) hitFinite / Math.max(goldFinite, 1)));
    res.put("nsubj LAS-F1", relationF1(gold, sys, align, "nsubj", true));
    res.put("obj LAS-F1", relationF1(gold, sys, align, "obj", true));
    res.put("compound:prt LAS-F1", relationF1(gold, sys, align, "compound:prt", false));
    res.put("mark LAS-F1", relationF1(gold, sys, align, "mark", false));
    int uas = 0;
    int las = 0;
    for (int g = 0; g < n; g++) {
      Integer sh = systemHead(sys, align, g);
      if (sh != null && sh.equals(goldHeadInSystem(gold, align, g))) {
        uas++;
        las += base(sys.get(align[g]).deprel()).equals(base(gold.get(g).deprel())) ? 1 : 0;
      }
    }
    res.put("UAS", 100.0 * uas / Math.max(n, 1));
    res.put("LAS", 100.0 * las / Math.max(n, 1));
    return res;
  }

  private static double relationF1(List<Word> gold, List<Word> sys, Integer[] align, String relation, boolean byBase) {
    int goldCount = 0;
    int hit = 0;
    for (int g = 0; g < gold.size(); g++) {
      if (!is(gold.get(g).deprel(), relation, byBase)) {
        continue;
      }
      goldCount++;
      Integer sh = systemHead(sys, align, g);
      if (align[g] != null && is(sys.get(align[g]).deprel(), relation, byBase) && sh != null
          && sh.equals(goldHeadInSystem(gold, align, g))) {
        hit++;
      }
    }
    int sysCount = 0;
    for (Word s : sys) {
      sysCount += is(s.deprel(), relation, byBase) ? 1 : 0;
    }
    return f1((double) hit / Math.max(sysCount, 1), (double) hit / Math.max(goldCount, 1));
  }

  private static boolean is(String deprel, String relation, boolean byBase) {
    return byBase ? base(deprel).equals(relation) : deprel.equals(relation);
  }

  /** The system head of gold word g's aligned token (index into sys, -1 root), or null. */
  private static Integer systemHead(List<Word> sys, Integer[] align, int g) {
    return align[g] == null ? null : sys.get(align[g]).head();
  }

  /** Gold word g's head mapped to the system's token (-1 root), or null where it has none. */
  private static Integer goldHeadInSystem(List<Word> gold, Integer[] align, int g) {
    Integer h = gold.get(g).head();
    if (h == null) {
      return null;
    }
    return h == -1 ? Integer.valueOf(-1) : align[h];
  }

  private static boolean finite(Word w) {
    for (String f : w.feats().split("\\|")) {
      if (f.equals("VerbForm=Fin")) {
        return true;
      }
    }
    return false;
  }

  private static String bareLemma(String lemma) {
    return lemma.replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static String base(String deprel) {
    int colon = deprel.indexOf(':');
    return colon < 0 ? deprel : deprel.substring(0, colon);
  }

  private static long spanKey(Word w) {
    return ((long) w.start() << 32) | (w.end() & 0xffffffffL);
  }

  private static double f1(double p, double r) {
    return 200 * p * r / Math.max(p + r, 1e-9);
  }
}
