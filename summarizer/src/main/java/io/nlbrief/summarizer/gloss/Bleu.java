package io.nlbrief.summarizer.gloss;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Corpus-level BLEU as sacreBLEU 2.x computes it by default ({@code nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp}):
 * each segment right-stripped and tokenised with the 13a tokeniser (mteval-v13a's rules), word n-grams of
 * orders 1 to 4 clipped by the reference's counts, the matched and total counts of each order and the
 * hypothesis and reference lengths summed over the corpus; the brevity penalty from the summed lengths;
 * an order without a match gets sacreBLEU's "exp" smoothing (100 / (2^k × total) for the k-th such order);
 * the score is the geometric mean of the four precisions (in percent) times the penalty. No match at any
 * order scores 0. One reference per segment.
 */
public final class Bleu {
  public static final int ORDER = 4;

  // per order: hypothesis n-grams, matched n-grams
  private final long[] total = new long[ORDER];
  private final long[] correct = new long[ORDER];
  private long hypothesisLength;
  private long referenceLength;
  private int segments;

  /** Adds one hypothesis and its reference to the corpus. Not thread-safe. */
  public Bleu add(String hypothesis, String reference) {
    String[] h = words(tokenize13a(rstrip(hypothesis)));
    String[] r = words(tokenize13a(rstrip(reference)));
    hypothesisLength += h.length;
    referenceLength += r.length;
    for (int n = 1; n <= ORDER; n++) {
      Map<String, Integer> hc = ngrams(h, n);
      Map<String, Integer> rc = ngrams(r, n);
      long m = 0;
      for (Map.Entry<String, Integer> e : hc.entrySet()) {
        Integer other = rc.get(e.getKey());
        if (other != null) {
          m += Math.min(e.getValue(), other);
        }
      }
      correct[n - 1] += m;
      total[n - 1] += Math.max(0, h.length - n + 1);
    }
    segments++;
    return this;
  }

  public int segments() {
    return segments;
  }

  /** The brevity penalty of the corpus so far: 1 when the hypotheses are at least as long as the references. */
  public double brevityPenalty() {
    if (hypothesisLength >= referenceLength) {
      return 1.0;
    }
    return hypothesisLength == 0 ? 0.0 : Math.exp(1 - (double) referenceLength / hypothesisLength);
  }

  /** The precision of order {@code n} (1 to 4) in percent, smoothed as in {@link #score()}. */
  public double precision(int n) {
    return precisions()[n - 1];
  }

  /** The corpus score, 0 to 100. */
  public double score() {
    boolean any = false;
    for (long c : correct) {
      any |= c > 0;
    }
    if (!any) {
      return 0.0;
    }
    double[] p = precisions();
    double logSum = 0;
    for (double x : p) {
      logSum += x == 0.0 ? -9999999999.0 : Math.log(x); // sacreBLEU's floored log
    }
    return brevityPenalty() * Math.exp(logSum / ORDER);
  }

  private double[] precisions() {
    double[] p = new double[ORDER];
    double smooth = 1.0;
    for (int n = 0; n < ORDER; n++) {
      if (total[n] == 0) {
        break; // sacreBLEU stops here: the higher orders keep a precision of 0
      }
      if (correct[n] == 0) {
        smooth *= 2;
        p[n] = 100.0 / (smooth * total[n]);
      } else {
        p[n] = 100.0 * correct[n] / total[n];
      }
    }
    return p;
  }

  /** The corpus score of parallel lists. */
  public static double corpus(List<String> hypotheses, List<String> references) {
    if (hypotheses.size() != references.size()) {
      throw new IllegalArgumentException(hypotheses.size() + " hypotheses for " + references.size() + " references");
    }
    Bleu b = new Bleu();
    for (int i = 0; i < hypotheses.size(); i++) {
      b.add(hypotheses.get(i), references.get(i));
    }
    return b.score();
  }

  // mteval-v13a: ASCII symbols apart, period and comma apart unless between digits, a dash after a digit apart
  private static final Pattern SYMBOLS = Pattern.compile("([{-~\\[-` -&(-+:-@/])");
  private static final Pattern PERIOD_COMMA_AFTER = Pattern.compile("([^0-9])([.,])");
  private static final Pattern PERIOD_COMMA_BEFORE = Pattern.compile("([.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

  /** The 13a tokenisation of one line, tokens separated by single spaces. */
  public static String tokenize13a(String line) {
    String s = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    if (s.indexOf('&') >= 0) {
      s = s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
    s = " " + s + " ";
    s = SYMBOLS.matcher(s).replaceAll(" $1 ");
    s = PERIOD_COMMA_AFTER.matcher(s).replaceAll("$1 $2 ");
    s = PERIOD_COMMA_BEFORE.matcher(s).replaceAll(" $1 $2");
    s = DASH_AFTER_DIGIT.matcher(s).replaceAll("$1 $2 ");
    return String.join(" ", words(s));
  }

  // Python's str.split(): runs of Unicode whitespace separate, none at either end
  private static String[] words(String s) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); i++) {
      boolean space = isPythonSpace(s.charAt(i));
      if (space && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out.toArray(new String[0]);
  }

  private static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && isPythonSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  // str.isspace(): the separators and the ASCII controls Python counts as whitespace
  private static boolean isPythonSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f' || c == '\u0085'
        || Character.getType(c) == Character.SPACE_SEPARATOR || c == '\u2028' || c == '\u2029';
  }

  private static Map<String, Integer> ngrams(String[] w, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= w.length; i++) {
      counts.merge(n == 1 ? w[i] : String.join("\u0000", java.util.Arrays.copyOfRange(w, i, i + n)), 1, Integer::sum);
    }
    return counts;
  }
}
