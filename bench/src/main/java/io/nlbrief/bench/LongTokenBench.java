package io.nlbrief.bench;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Time of the parser pipeline with tags (what {@code parse --format json} runs) on degenerate text:
 * one "word" of 10 KB and 100 KB with no spaces, in several shapes (letters only; letters and
 * dots, which look like abbreviations and e-mail local parts; digits and commas, which join as a
 * decimal; letters and apostrophes, which join as a clitic). Linear time means the 100 KB figure
 * is about ten times the 10 KB one; the target is under 2 s for 100 KB.
 *
 * <pre>
 * java -cp 'bench/target/nlbrief-bench.jar:bench/target/lib/*' io.nlbrief.bench.LongTokenBench [runs]
 * </pre>
 *
 * <p>Each figure is the median of {@code runs} (default 5) parses with a warm parser (the
 * dictionary loaded by a first parse that is not counted).
 */
public final class LongTokenBench {
  private LongTokenBench() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults());
    parser.parse("Het kabinet is gevallen. De premier biedt zijn ontslag aan.".getBytes(StandardCharsets.UTF_8), "warm-up");
    // A unit repeated, then a tail: "a.a.….@." is an e-mail local part with no domain after its @.
    String[][] shapes = {{"letters", "a", ""}, {"letters and dots", "a.", ""}, {"digits and commas", "1,", ""},
        {"letters and apostrophes", "x'", ""}, {"hyphenated", "ab-", ""}, {"letters and dots before an @", "a.", "@."}};
    System.out.println("shape\tsize\tmedian s\tmin s\tmax s");
    for (String[] shape : shapes) {
      for (int size : new int[] {10_000, 100_000}) {
        String token = shape[1].repeat((size - shape[2].length()) / shape[1].length()) + shape[2];
        List<Double> seconds = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
          // Another first letter each run, so the tagger's cache of word forms never answers.
          byte[] text = ("Kop\n\nDe minister zei " + (char) ('b' + r) + token + " gisteren.\n").getBytes(StandardCharsets.UTF_8);
          long start = System.nanoTime();
          Article article = parser.parse(text, "long-token");
          seconds.add((System.nanoTime() - start) / 1e9);
          if (article.sentences().isEmpty()) {
            throw new IllegalStateException("no sentence in " + shape[0]);
          }
        }
        Collections.sort(seconds);
        System.out.printf(Locale.ROOT, "%s\t%,d\t%.2f\t%.2f\t%.2f%n", shape[0], size, seconds.get(seconds.size() / 2),
            seconds.get(0), seconds.get(seconds.size() - 1));
      }
    }
  }
}
