package io.nlbrief.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.Checker;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Warm throughput of {@code nlbrief check} through the public API, as the issue defines it:
 * words per second over the dev news articles in one process. Each article is the headline, a
 * blank line and the text (as {@code eval check} builds it), parsed once beforehand; one {@link
 * Checker} is shared by {@code --threads} threads (each builds its own LanguageTool pipeline on
 * its first check). {@code --warmup} unmeasured passes over all articles, then {@code --passes}
 * measured passes; a pass hands the articles to the pool in order and waits for all of them.
 *
 * <pre>
 * java -cp 'bench/target/nlbrief-bench.jar:bench/target/lib/*' io.nlbrief.bench.CheckThroughput \
 *     --news ../shared/eval/dev/news-dev.jsonl --threads 2
 * </pre>
 *
 * <p>{@code --docs CORPUS} checks the Debian-docs corpus of {@code ../shared/bench/make-corpus.sh}
 * instead, cut into documents of 350 words as LanguageTool's throughput script cuts it, and
 * {@code --every N} keeps every N-th article or document.
 */
public final class CheckThroughput {
  private CheckThroughput() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path news = Path.of("../shared/eval/dev/news-dev.jsonl");
    Path docs = null;
    int every = 1;
    int threads = 2;
    int warmup = 2;
    int passes = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--news" -> news = Path.of(args[++i]);
        case "--docs" -> docs = Path.of(args[++i]);
        case "--every" -> every = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults());
    List<Article> articles = new ArrayList<>();
    List<String> texts = docs == null ? texts(news) : documents(docs, 350);
    for (int i = 0; i < texts.size(); i += every) {
      articles.add(parser.parse(texts.get(i).getBytes(StandardCharsets.UTF_8), docs == null ? "news" : "docs"));
    }
    long words = articles.stream().mapToLong(Article::wordCount).sum();
    System.out.printf(Locale.ROOT, "cores: %d, threads: %d, max heap: %d MB; %d articles, %d words%n",
        Runtime.getRuntime().availableProcessors(), threads, Runtime.getRuntime().maxMemory() >> 20, articles.size(), words);
    Checker checker = Checker.create(CheckOptions.defaults());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    try {
      double[] rates = new double[passes];
      double[] perCpu = new double[passes];
      for (int p = -warmup; p < passes; p++) {
        AtomicLong cpu = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (Article article : articles) {
          futures.add(pool.submit(() -> {
            long c = mx.getCurrentThreadCpuTime();
            checker.check(article);
            cpu.addAndGet(mx.getCurrentThreadCpuTime() - c);
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = words / seconds;
        double cpuRate = words / (cpu.get() / 1e9);
        System.out.printf(Locale.ROOT, "  %s %d: %.2f s, %.0f words/s (%.0f words per CPU-second of the workers)%n",
            p < 0 ? "warm-up" : "pass", p < 0 ? p + warmup + 1 : p + 1, seconds, rate, cpuRate);
        if (p >= 0) {
          rates[p] = rate;
          perCpu[p] = cpuRate;
        }
      }
      System.out.printf(Locale.ROOT, "RESULT check warm median %.0f words/s on %d threads (%.0f words per CPU-second)%n",
          median(rates), threads, median(perCpu));
    } finally {
      pool.shutdownNow();
    }
  }

  static List<String> texts(Path jsonl) throws Exception {
    List<String> out = new ArrayList<>();
    JsonFactory json = new JsonFactory();
    try (BufferedReader lines = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String title = "";
        String text = "";
        try (JsonParser p = json.createParser(line)) {
          while (p.nextToken() != null) {
            if (p.currentToken() == JsonToken.FIELD_NAME && p.getCurrentName() != null) {
              String field = p.getCurrentName();
              p.nextToken();
              if (p.currentToken() == JsonToken.VALUE_STRING && field.equals("title")) {
                title = p.getText();
              } else if (p.currentToken() == JsonToken.VALUE_STRING && field.equals("text")) {
                text = p.getText();
              } else {
                p.skipChildren();
              }
            }
          }
        }
        out.add((title.isBlank() ? "" : title + "\n\n") + text);
      }
    }
    return out;
  }

  /**
   * The corpus's paragraphs (blank-line separated) joined into documents of at least {@code
   * docWords} words, as {@code ../shared/bench/lt-throughput.py --doc-words} cuts them, so that
   * the figure compares with LanguageTool's server on the same requests.
   */
  private static List<String> documents(Path corpus, int docWords) throws Exception {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int words = 0;
    for (String paragraph : Files.readString(corpus, StandardCharsets.UTF_8).split("\n\n")) {
      String p = paragraph.strip();
      if (p.isEmpty()) {
        continue;
      }
      current.append(current.length() == 0 ? "" : "\n\n").append(p);
      words += p.split("\\s+").length;
      if (words >= docWords) {
        out.add(current.toString());
        current.setLength(0);
        words = 0;
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
