package io.nlbrief.bench;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Sentence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@link SyntaxThroughput}'s pass for two or more builds in one process, passes alternating (ABBA
 * order), each build in a class loader of its own: on a shared machine the load drifts between two
 * separate runs far more than between two neighbouring passes, so the median of the per-pass
 * ratios tells a few per cent apart where separate runs cannot. Each build is a {@code
 * bench/target} directory (copy one aside before rebuilding):
 *
 * <pre>
 * taskset -c 0 java -XX:ActiveProcessorCount=1 -Xmx3g -cp bench/target/nlbrief-bench.jar \
 *   io.nlbrief.bench.PairedSyntaxThroughput seeds PASSES /tmp/before-target bench/target
 * </pre>
 *
 * The builds' models and dictionaries share the caches, so absolute figures run lower than
 * {@link SyntaxThroughput}'s; the ratios are the result. The first two passes are not counted.
 */
public final class PairedSyntaxThroughput {
  private PairedSyntaxThroughput() {}

  /** One build's parser; loaded and called through its own class loader. */
  public static final class Pass {
    private final ArticleParser parser =
        ArticleParser.create(ParseOptions.defaults().withPlain(true).withMaxBytes(1L << 30));

    /** CPU nanoseconds, tokens and a check sum of one analysis of {@code bytes}. */
    public long[] run(byte[] bytes) throws Exception {
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      long start = cpu.getCurrentThreadCpuTime();
      Article article = parser.parse(bytes, "seeds");
      long clauses = 0;
      long tokens = 0;
      for (Sentence s : article.sentences()) {
        clauses += s.clauses().size() + s.tokens().get(0).dependency().head();
        tokens += s.tokens().size();
      }
      return new long[] {cpu.getCurrentThreadCpuTime() - start, tokens, clauses};
    }
  }

  public static void main(String[] args) throws Exception {
    Path seeds = Path.of(args[0]);
    int passes = Integer.parseInt(args[1]);
    int builds = args.length - 2;
    StringBuilder one = new StringBuilder();
    try (var files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        one.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n\n");
      }
    }
    byte[] bytes = one.toString().repeat(60).getBytes(StandardCharsets.UTF_8);
    Object[] pass = new Object[builds];
    Method[] run = new Method[builds];
    for (int i = 0; i < builds; i++) {
      Path target = Path.of(args[i + 2]);
      List<URL> urls = new ArrayList<>();
      urls.add(target.resolve("nlbrief-bench.jar").toUri().toURL());
      try (var libs = Files.list(target.resolve("lib"))) {
        for (Path p : libs.sorted().toList()) {
          urls.add(p.toUri().toURL());
        }
      }
      ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> c = loader.loadClass(Pass.class.getName());
      pass[i] = c.getConstructor().newInstance();
      run[i] = c.getMethod("run", byte[].class);
    }
    List<List<Double>> rates = new ArrayList<>();
    for (int i = 0; i < builds; i++) {
      rates.add(new ArrayList<>());
    }
    for (int p = 0; p < passes; p++) {
      StringBuilder line = new StringBuilder("pass " + p + ":");
      for (int j = 0; j < builds; j++) {
        int i = p % 2 == 0 ? j : builds - 1 - j;
        long[] r = (long[]) run[i].invoke(pass[i], (Object) bytes);
        double rate = r[1] / (r[0] / 1e9);
        if (p > 1) {
          rates.get(i).add(rate);
        }
        line.append(String.format(Locale.ROOT, " [%d] %,.0f tokens/CPU-s (%,d tokens, check %d)", i, rate, r[1], r[2]));
      }
      System.out.println(line);
    }
    for (int i = 1; i < builds; i++) {
      List<Double> ratios = new ArrayList<>();
      for (int p = 0; p < rates.get(0).size(); p++) {
        ratios.add(rates.get(i).get(p) / rates.get(0).get(p));
      }
      Collections.sort(ratios);
      System.out.printf(Locale.ROOT, "RATIO [%d] %s / [0] %s: median %.3f over %d passes%n", i, args[i + 2], args[2],
          ratios.get(ratios.size() / 2), ratios.size());
    }
    for (int i = 0; i < builds; i++) {
      List<Double> r = new ArrayList<>(rates.get(i));
      Collections.sort(r);
      System.out.printf(Locale.ROOT, "RESULT [%d] %s median %,.0f tokens/CPU-s (min %,.0f, max %,.0f)%n", i, args[i + 2],
          r.get(r.size() / 2), r.get(0), r.get(r.size() - 1));
    }
  }
}
