package io.nlbrief.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Sentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warm throughput of the parser pipeline (layout, sentences, tokens, tags, quotes, language) on
 * about a million words of real Dutch prose, meant to run on one core:
 *
 * <pre>
 * taskset -c 0 java -XX:ActiveProcessorCount=1 -cp 'bench/target/nlbrief-bench.jar:bench/target/lib/*' \
 *     io.nlbrief.bench.ParseThroughput --docs /tmp/nlbrief-bench/corpus-nl.txt
 * </pre>
 *
 * <p>The text is built in memory at run time and never written into the repository: the {@code
 * text} field of every dev news article ({@code ../shared/eval/dev/news-dev.jsonl}, read in place)
 * and the paragraphs of the Debian-docs corpus ({@code ../shared/bench/make-corpus.sh}), one block
 * each, separated by blank lines, repeated until {@code --words} whitespace-separated words (the
 * last block cut to fit). It is parsed as one plain-text article through the public API,
 * {@code ArticleParser.create(ParseOptions.defaults().withMaxBytes(...)).parse(bytes, name)}.
 *
 * <p>Phases, each timed around {@code parse} only:
 *
 * <ol>
 *   <li>first pass: the first parse of this process with a fresh parser, so it includes loading
 *       LanguageTool's Dutch dictionary, class loading and JIT compilation;
 *   <li>warm-up: {@code --warmup} passes with a new parser each, not counted (on one core the JIT
 *       compilers share the core with the parse and keep compiling for several passes);
 *   <li>fresh: {@code --warm} passes, each with a NEW parser whose dictionary is loaded first by
 *       parsing one short sentence (timed apart as "dictionary load"), so the per-instance word
 *       cache starts empty and does not flatter the figure;
 *   <li>unrepeated: {@code --distinct} passes with a new parser over ONE copy of the text (no
 *       repeats), the case of a cold word cache over real vocabulary;
 *   <li>steady: {@code --steady} passes with one reused parser whose cache is already full.
 * </ol>
 *
 * <p>tokens/s counts every token of every sentence (words, numbers, punctuation); words/s counts
 * the input's whitespace-separated words. Medians are printed on {@code RESULT} lines.
 */
public final class ParseThroughput {
  private static final String TINY = "Dit is een korte zin over de NAVO in Brussel.";

  private ParseThroughput() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Options o = Options.parse(args);

    List<String> blocks = new ArrayList<>();
    int newsArticles = 0;
    if (o.news != null && Files.isRegularFile(o.news)) {
      newsArticles = readJsonlTexts(o.news, blocks);
    } else if (o.news != null) {
      System.err.println("ParseThroughput: no news file at " + o.news + " (skipped)");
    }
    int docsParagraphs = 0;
    if (o.docs != null && Files.isRegularFile(o.docs)) {
      docsParagraphs = readParagraphs(o.docs, blocks);
    } else if (o.docs != null) {
      System.err.println("ParseThroughput: no docs corpus at " + o.docs + " (skipped; build it with ../shared/bench/make-corpus.sh)");
    }
    if (blocks.isEmpty()) {
      System.err.println("ParseThroughput: no text; give --news FILE.jsonl and/or --docs FILE.txt");
      System.exit(2);
    }
    Corpus oneCopy = build(blocks, Long.MAX_VALUE, true);
    Corpus corpus = build(blocks, o.words, false);
    if (o.dump != null) {
      Files.writeString(o.dump, corpus.text, StandardCharsets.UTF_8);
    }
    byte[] bytes = corpus.text.getBytes(StandardCharsets.UTF_8);
    byte[] oneCopyBytes = oneCopy.text.getBytes(StandardCharsets.UTF_8);
    byte[] tinyBytes = TINY.getBytes(StandardCharsets.UTF_8);
    ParseOptions options = ParseOptions.defaults()
        .withMaxBytes(Math.max(ParseOptions.DEFAULT_MAX_BYTES, 2L * bytes.length));

    System.out.printf(Locale.ROOT, "nlbrief ParseThroughput%n");
    System.out.printf(Locale.ROOT, "jvm: %s %s, availableProcessors=%d, maxHeap=%d MiB, gc=%s%n",
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining("+")));
    System.out.printf(Locale.ROOT, "load average before: %s%n", loadAverage());
    System.out.printf(Locale.ROOT, "text: %,d words, %,d chars, %,d bytes UTF-8; one copy = %,d words "
            + "(%d news articles from %s, %d docs paragraphs from %s), repeated %.2f times%n",
        corpus.words, corpus.text.length(), bytes.length, oneCopy.words, newsArticles, o.news, docsParagraphs,
        o.docs, (double) corpus.words / oneCopy.words);

    // 1. First pass of a fresh process.
    Pass first = run(ArticleParser.create(options), bytes, corpus.words);
    System.out.printf(Locale.ROOT, "first pass (fresh process, fresh parser, incl. dictionary load + JIT): %s%n", first);
    System.out.printf(Locale.ROOT, "  %,d sentences, %,d tokens, %,d word tokens, %,d distinct token forms%n",
        first.sentences, first.tokens, first.wordTokens, distinctForms(first.article));
    long expectedTokens = first.tokens;
    first = first.dropArticle();
    gc();

    // 1b. Warm-up passes, not counted: on one core the JIT compilers share the core with the parse,
    // and compilation goes on for several passes.
    for (int i = 1; i <= o.warmup; i++) {
      ArticleParser p = ArticleParser.create(options);
      Pass pass = run(p, bytes, corpus.words).check(expectedTokens).dropArticle();
      System.out.printf(Locale.ROOT, "warm-up #%d (not counted): %s%n", i, pass);
      gc();
    }

    // 2. Fresh parser per pass, dictionary preloaded, word cache empty.
    List<Pass> fresh = new ArrayList<>();
    List<Double> loads = new ArrayList<>();
    ArticleParser last = null;
    for (int i = 1; i <= o.warm; i++) {
      ArticleParser p = ArticleParser.create(options);
      long t0 = System.nanoTime();
      p.parse(tinyBytes, "tiny");
      loads.add((System.nanoTime() - t0) / 1e9);
      gc(); // the new dictionary is promoted here, not billed to the timed parse
      Pass pass = run(p, bytes, corpus.words).check(expectedTokens).dropArticle();
      fresh.add(pass);
      System.out.printf(Locale.ROOT, "fresh #%d: %s (dictionary load %.2f s, not included)%n", i, pass,
          loads.get(loads.size() - 1));
      last = p;
      gc();
    }

    // 3. Fresh parser per pass over one unrepeated copy.
    List<Pass> distinct = new ArrayList<>();
    for (int i = 1; i <= o.distinct; i++) {
      ArticleParser p = ArticleParser.create(options);
      p.parse(tinyBytes, "tiny");
      gc();
      Pass pass = run(p, oneCopyBytes, oneCopy.words).dropArticle();
      distinct.add(pass);
      System.out.printf(Locale.ROOT, "unrepeated #%d (%,d words, fresh parser): %s%n", i, oneCopy.words, pass);
      gc();
    }

    // 4. Steady state: one parser reused, its word cache already full.
    List<Pass> steady = new ArrayList<>();
    ArticleParser reused = last != null ? last : ArticleParser.create(options);
    if (last == null && o.steady > 0) {
      run(reused, bytes, corpus.words);
      gc();
    }
    for (int i = 1; i <= o.steady; i++) {
      Pass pass = run(reused, bytes, corpus.words).check(expectedTokens).dropArticle();
      steady.add(pass);
      System.out.printf(Locale.ROOT, "steady #%d (reused parser): %s%n", i, pass);
      gc();
    }

    System.out.println();
    System.out.printf(Locale.ROOT, "load average after: %s (other processes on the same core slow the wall figures;"
        + " the tokens/CPU-s figures less so)%n", loadAverage());
    System.out.printf(Locale.ROOT, "RESULT first-pass       tokens/s %,9.0f  words/s %,9.0f  (n=1; %.2f s, of which GC %.2f s)%n",
        first.tokensPerSecond(), first.wordsPerSecond(), first.seconds, first.gcSeconds);
    result("fresh-parser", fresh);
    result("unrepeated-fresh", distinct);
    result("steady-reused", steady);
    if (!loads.isEmpty()) {
      System.out.printf(Locale.ROOT, "RESULT dictionary-load  %.2f s median (n=%d, warm JVM)%n", median(loads), loads.size());
    }
  }

  // ------------------------------------------------------------------ measuring

  private static Pass run(ArticleParser parser, byte[] bytes, long inputWords) throws ParseException {
    long gc0 = gcMillis();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();
    Article a = parser.parse(bytes, "corpus");
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
    double gcSeconds = (gcMillis() - gc0) / 1e3;
    long sentences = 0;
    long tokens = 0;
    long wordTokens = 0;
    for (Paragraph p : a.paragraphs()) {
      for (Sentence s : p.sentences()) {
        sentences++;
        tokens += s.tokens().size();
        wordTokens += s.wordCount();
      }
    }
    return new Pass(seconds, cpuSeconds, gcSeconds, sentences, tokens, wordTokens, inputWords, a);
  }

  private record Pass(double seconds, double cpuSeconds, double gcSeconds, long sentences, long tokens, long wordTokens, long inputWords, Article article) {
    double tokensPerSecond() {
      return tokens / seconds;
    }

    double wordsPerSecond() {
      return inputWords / seconds;
    }

    /** Tokens per second of CPU time of the whole process (all threads: JIT, GC): less hurt by other load. */
    double tokensPerCpuSecond() {
      return tokens / cpuSeconds;
    }

    Pass dropArticle() {
      return new Pass(seconds, cpuSeconds, gcSeconds, sentences, tokens, wordTokens, inputWords, null);
    }

    Pass check(long expectedTokens) {
      if (tokens != expectedTokens) {
        throw new IllegalStateException("token count changed between passes: " + tokens + " vs " + expectedTokens);
      }
      return this;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f s wall (GC %.2f s; process CPU %.3f s), %,.0f tokens/s, %,.0f words/s,"
          + " %,.0f tokens/CPU-s", seconds, gcSeconds, cpuSeconds, tokensPerSecond(), wordsPerSecond(), tokensPerCpuSecond());
    }
  }

  private static void result(String name, List<Pass> passes) {
    if (passes.isEmpty()) {
      return;
    }
    List<Double> tps = passes.stream().map(Pass::tokensPerSecond).toList();
    List<Double> wps = passes.stream().map(Pass::wordsPerSecond).toList();
    List<Double> secs = passes.stream().map(Pass::seconds).toList();
    List<Double> gcs = passes.stream().map(Pass::gcSeconds).toList();
    List<Double> cpu = passes.stream().map(Pass::tokensPerCpuSecond).toList();
    System.out.printf(Locale.ROOT, "RESULT %-16s tokens/s %,9.0f  words/s %,9.0f  (median of n=%d; tokens/s min %,.0f max %,.0f;"
            + " median %.2f s a pass, of which GC %.2f s; %,.0f tokens per process-CPU-second)%n",
        name, median(tps), median(wps), passes.size(),
        tps.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        tps.stream().mapToDouble(Double::doubleValue).max().orElse(0), median(secs), median(gcs), median(cpu));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  /** Total collection time of all collectors so far (stop-the-world pauses for the serial collector). */
  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, b.getCollectionTime());
    }
    return sum;
  }

  private static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static long distinctForms(Article a) {
    Set<String> forms = new HashSet<>();
    for (Sentence s : a.sentences()) {
      s.tokens().forEach(t -> forms.add(t.text()));
    }
    return forms.size();
  }

  /** Collects garbage between passes, outside the timed part, so one pass's garbage is not billed to the next. */
  private static void gc() {
    System.gc();
    System.gc();
  }

  // ------------------------------------------------------------------ the text

  private record Corpus(String text, long words) {}

  /** Blocks joined by blank lines, repeated until {@code limit} words (or once); the last block is cut to fit. */
  private static Corpus build(List<String> blocks, long limit, boolean once) {
    StringBuilder sb = new StringBuilder();
    long words = 0;
    outer:
    while (true) {
      for (String block : blocks) {
        String[] w = block.strip().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) {
          continue;
        }
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        if (words + w.length <= limit) {
          sb.append(block.strip());
          words += w.length;
        } else {
          sb.append(String.join(" ", Arrays.copyOf(w, (int) (limit - words))));
          words = limit;
        }
        if (words >= limit) {
          break outer;
        }
      }
      if (once) {
        break;
      }
    }
    return new Corpus(sb.toString(), words);
  }

  private static int readJsonlTexts(Path file, List<String> out) throws IOException {
    JsonFactory json = new JsonFactory();
    int n = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
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
              n++;
            } else {
              p.skipChildren();
            }
          }
        }
      }
    }
    return n;
  }

  /** Paragraphs separated by blank lines, as make-corpus.sh writes them. */
  private static int readParagraphs(Path file, List<String> out) throws IOException {
    int n = 0;
    for (String para : Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
      if (!para.isBlank()) {
        out.add(para.strip());
        n++;
      }
    }
    return n;
  }

  // ------------------------------------------------------------------ options

  private static final class Options {
    Path news = Path.of(System.getenv().getOrDefault("NEWS_JSONL", "../shared/eval/dev/news-dev.jsonl"));
    Path docs = Path.of(System.getenv().getOrDefault("CORPUS", "/tmp/nlbrief-bench/corpus-nl.txt"));
    long words = 1_000_000;
    int warmup = 4;
    int warm = 7;
    int distinct = 5;
    int steady = 7;
    Path dump;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String v = i + 1 < args.length ? args[i + 1] : null;
        switch (a) {
          case "--news" -> o.news = v.isEmpty() ? null : Path.of(v);
          case "--docs" -> o.docs = v.isEmpty() ? null : Path.of(v);
          case "--words" -> o.words = Long.parseLong(v);
          case "--warmup" -> o.warmup = Integer.parseInt(v);
          case "--warm" -> o.warm = Integer.parseInt(v);
          case "--distinct" -> o.distinct = Integer.parseInt(v);
          case "--steady" -> o.steady = Integer.parseInt(v);
          case "--dump" -> o.dump = Path.of(v);
          case "-h", "--help" -> {
            System.out.println("usage: ParseThroughput [--news FILE.jsonl|''] [--docs FILE.txt|''] [--words N]"
                + " [--warmup N] [--warm N] [--distinct N] [--steady N] [--dump FILE]");
            System.exit(0);
          }
          default -> {
            System.err.println("ParseThroughput: unknown option " + a);
            System.exit(2);
          }
        }
        i++;
      }
      return o;
    }
  }
}
