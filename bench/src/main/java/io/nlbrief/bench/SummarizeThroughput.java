package io.nlbrief.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.summarizer.Summarizer;
import io.nlbrief.summarizer.Summary;
import io.nlbrief.summarizer.SummaryLength;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Speed of {@code nlbrief summarize} through the public API, in two parts:
 *
 * <ol>
 *   <li><b>throughput</b>: the two seed articles (seed-sized: 340 and 380 words), read once into
 *       memory, parsed and summarised (default method, 3 sentences, key terms and entities) over and
 *       over by {@code --threads} threads sharing one {@link ArticleParser} and one {@link
 *       Summarizer}; {@code --warmup} seconds unmeasured, then {@code --rounds} measured rounds of
 *       {@code --seconds} each. Articles/s for parse + summarise, and for summarise alone on
 *       articles parsed beforehand.
 *   <li><b>huge</b>: one plain-text document of {@code --words} whitespace-separated words built
 *       in memory from the {@code text} fields of the dev news articles ({@code --news}, read in
 *       place, repeated and cut), parsed once (timed apart), then summarised {@code --huge-runs}
 *       times at 3 sentences and at {@code --ratio 0.2}. Heap: the peak of the heap pools as the
 *       JVM reports them (run with {@code -Xmx2g} to prove the bound).
 * </ol>
 *
 * <pre>
 * java -Xmx2g -cp 'bench/target/nlbrief-bench.jar:bench/target/lib/*' io.nlbrief.bench.SummarizeThroughput \
 *     --seeds seeds --news ../shared/eval/dev/news-dev.jsonl
 * </pre>
 */
public final class SummarizeThroughput {
  private SummarizeThroughput() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path seeds = Path.of("seeds");
    Path news = Path.of("../shared/eval/dev/news-dev.jsonl");
    int threads = Runtime.getRuntime().availableProcessors();
    int warmup = 10;
    int seconds = 5;
    int rounds = 5;
    int words = 1_000_000;
    int hugeRuns = 3;
    String what = "all";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seeds" -> seeds = Path.of(args[++i]);
        case "--news" -> news = Path.of(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--words" -> words = Integer.parseInt(args[++i]);
        case "--huge-runs" -> hugeRuns = Integer.parseInt(args[++i]);
        case "--only" -> what = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf(Locale.ROOT, "cores: %d, threads: %d, max heap: %d MB%n",
        Runtime.getRuntime().availableProcessors(), threads, Runtime.getRuntime().maxMemory() >> 20);
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults().withMaxBytes(Long.MAX_VALUE));
    Summarizer summarizer = Summarizer.create();
    if (!what.equals("huge")) {
      throughput(parser, summarizer, seeds, threads, warmup, seconds, rounds);
    }
    if (!what.equals("throughput")) {
      huge(parser, summarizer, news, words, hugeRuns);
    }
  }

  private static void throughput(ArticleParser parser, Summarizer summarizer, Path seeds, int threads, int warmup,
      int seconds, int rounds) throws Exception {
    List<byte[]> inputs = new ArrayList<>();
    List<Article> parsed = new ArrayList<>();
    try (var files = Files.list(seeds)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(p);
        inputs.add(bytes);
        parsed.add(parser.parse(bytes, p.toString()));
      }
    }
    System.out.printf(Locale.ROOT, "throughput: %d seed articles, %s words%n", inputs.size(),
        parsed.stream().map(a -> String.valueOf(a.wordCount())).toList());
    SummaryLength three = SummaryLength.sentences(3);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Task full = i -> summarizer.summarize(parser.parse(inputs.get(i % inputs.size()), "seed"), three);
      Task summaryOnly = i -> summarizer.summarize(parsed.get(i % parsed.size()), three);
      run(pool, threads, warmup, full);
      run(pool, threads, warmup, summaryOnly);
      double[] fullRates = new double[rounds];
      double[] summaryRates = new double[rounds];
      double[] fullCpu = new double[rounds];
      double[] summaryCpu = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        fullRates[r] = run(pool, threads, seconds, full);
        fullCpu[r] = lastPerCpuSecond;
        summaryRates[r] = run(pool, threads, seconds, summaryOnly);
        summaryCpu[r] = lastPerCpuSecond;
        System.out.printf(Locale.ROOT, "  round %d: parse+summarize %.0f articles/s (%.0f per CPU-s), summarize only %.0f articles/s (%.0f per CPU-s)%n",
            r + 1, fullRates[r], fullCpu[r], summaryRates[r], summaryCpu[r]);
      }
      System.out.printf(Locale.ROOT, "RESULT throughput parse+summarize median %.0f articles per CPU-second of the workers%n", median(fullCpu));
      System.out.printf(Locale.ROOT, "RESULT throughput summarize-only median %.0f articles per CPU-second%n", median(summaryCpu));
      System.out.printf(Locale.ROOT, "RESULT throughput parse+summarize median %.0f articles/s (%d threads)%n", median(fullRates), threads);
      System.out.printf(Locale.ROOT, "RESULT throughput summarize-only median %.0f articles/s (%d threads)%n", median(summaryRates), threads);
    } finally {
      pool.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface Task {
    Summary apply(int i) throws Exception;
  }

  /** Articles per second over {@code seconds}, all threads together; also prints per CPU-second. */
  private static double run(ExecutorService pool, int threads, int seconds, Task task) throws Exception {
    AtomicInteger done = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      futures.add(pool.submit(() -> {
        int i = offset;
        int sentences = 0;
        long cpu = mx.getCurrentThreadCpuTime();
        while (System.nanoTime() < end) {
          sentences += task.apply(i++).sentences().size();
          done.incrementAndGet();
        }
        cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu);
        return sentences;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double rate = done.get() / ((System.nanoTime() - start) / 1e9);
    lastPerCpuSecond = done.get() / (cpuNanos.get() / 1e9);
    return rate;
  }

  /** Articles per CPU-second of the worker threads in the last {@link #run}: what load on a shared machine hurts less. */
  private static double lastPerCpuSecond;

  private static void huge(ArticleParser parser, Summarizer summarizer, Path news, int words, int runs) throws Exception {
    List<String> texts = readTexts(news);
    StringBuilder text = new StringBuilder();
    int count = 0;
    outer:
    while (true) {
      for (String t : texts) {
        for (String w : t.split("\\s+")) {
          if (w.isEmpty()) {
            continue;
          }
          text.append(w).append(' ');
          if (++count == words) {
            break outer;
          }
        }
        text.append("\n\n");
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    text = null;
    System.out.printf(Locale.ROOT, "huge: %d words, %.1f MB, from %d dev articles repeated%n", count, bytes.length / 1e6, texts.size());
    long t0 = System.nanoTime();
    Article article = parser.parse(bytes, "huge.txt");
    double parseSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "  parse: %.1f s, %d sentences, %d word tokens%n", parseSeconds, article.sentences().size(), article.wordCount());
    for (SummaryLength length : List.of(SummaryLength.sentences(3), SummaryLength.ratio(0.2))) {
      double[] times = new double[runs];
      for (int r = 0; r < runs; r++) {
        System.gc();
        long s = System.nanoTime();
        Summary summary = summarizer.summarize(article, length);
        times[r] = (System.nanoTime() - s) / 1e9;
        System.out.printf(Locale.ROOT, "  summarize %s: %.2f s (%d sentences chosen)%n", length, times[r], summary.sentences().size());
      }
      System.out.printf(Locale.ROOT, "RESULT huge summarize %s median %.2f s (parse %.1f s)%n", length, median(times), parseSeconds);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "RESULT huge peak heap (sum of heap pool peaks) %d MB of max %d MB%n", peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static List<String> readTexts(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    JsonFactory json = new JsonFactory();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        try (JsonParser p = json.createParser(line)) {
          if (p.nextToken() != JsonToken.START_OBJECT) {
            continue;
          }
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("text".equals(field) && value == JsonToken.VALUE_STRING) {
              out.add(p.getText());
            } else {
              p.skipChildren();
            }
          }
        }
      }
    }
    return out;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
