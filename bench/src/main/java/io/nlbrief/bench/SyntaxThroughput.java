package io.nlbrief.bench;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Sentence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Warm throughput of parse + tag + syntactic analysis (UD tagger, parser, clauses) on the two seeds
 * repeated {@code REPEAT} times as one plain-text article, measured in tokens per second of the
 * thread's CPU time (less hurt than wall time by other processes on a shared machine). Run on one
 * core:
 *
 * <pre>
 * taskset -c 0 java -XX:ActiveProcessorCount=1 -cp 'bench/target/nlbrief-bench.jar:bench/target/lib/*' \
 *   io.nlbrief.bench.SyntaxThroughput seeds [REPEAT=60] [PASSES=8]
 * </pre>
 */
public final class SyntaxThroughput {
  private SyntaxThroughput() {}

  public static void main(String[] args) throws Exception {
    Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
    int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    StringBuilder one = new StringBuilder();
    try (var files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        one.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n\n");
      }
    }
    byte[] bytes = one.toString().repeat(repeat).getBytes(StandardCharsets.UTF_8);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults().withPlain(true).withMaxBytes(1L << 30));
    List<Double> rates = new ArrayList<>();
    for (int pass = 0; pass < passes; pass++) {
      long start = cpu.getCurrentThreadCpuTime();
      Article article = parser.parse(bytes, "seeds");
      // The analysis runs when first read (Sentence.analysedOnDemand): read it, as a consumer would.
      long clauses = 0;
      for (Sentence s : article.sentences()) {
        clauses += s.clauses().size() + s.tokens().get(0).dependency().head();
      }
      long used = cpu.getCurrentThreadCpuTime() - start;
      long tokens = article.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
      double rate = tokens / (used / 1e9);
      System.out.printf(Locale.ROOT, "pass %d: %,d tokens, %,d clauses, %,.0f tokens/CPU-s%s%n", pass, tokens,
          clauses, rate,
          pass == 0 ? " (first: loading and JIT, not counted)" : "");
      if (pass > 0) {
        rates.add(rate);
      }
    }
    Collections.sort(rates);
    System.out.printf(Locale.ROOT, "RESULT median %,.0f tokens/CPU-s over %d warm passes%n", rates.get(rates.size() / 2),
        rates.size());
  }
}
