package io.nlbrief.bench;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.summarizer.Summarizer;
import io.nlbrief.summarizer.Summary;
import io.nlbrief.summarizer.SummaryLength;
import io.nlbrief.summarizer.SummarySentence;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.Glosser;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed of the gloss stage, in two parts:
 *
 * <ol>
 *   <li><b>cold load</b>: {@code --cold-runs} fresh JVMs each time loading the default glossary
 *       (reading the shipped TSVs into an immutable {@link Glossary}) and building a {@link Glosser}
 *       as the first thing they do; the median of those wall times.
 *   <li><b>warm overhead</b>: the two seed articles parsed once; then, warm, over {@code --rounds}
 *       rounds: summarising each article (default method, 3 sentences, key terms, entities) versus
 *       glossing the 3 summary sentences. Medians per article, and glossing as a share of summarising.
 *   <li><b>throughput</b>: every sentence of both seeds (parsed and analysed already) rendered in rounds on one
 *       thread: sentences per second, median of the rounds.
 * </ol>
 *
 * <pre>
 * java -cp 'bench/target/nlbrief-bench.jar:bench/target/lib/*' io.nlbrief.bench.GlossBench --seeds seeds
 * </pre>
 */
public final class GlossBench {
  private GlossBench() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    if (args.length == 1 && args[0].equals("--load-once")) {
      java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Glossary glossary = Glossary.defaultGlossary();
      long t1 = System.nanoTime();
      long c1 = cpu.getCurrentThreadCpuTime();
      Glosser glosser = new Glosser(glossary);
      long t2 = System.nanoTime();
      System.out.println((t2 - t0) / 1e6 + " " + glossary.size() + " " + (t1 - t0) / 1e6 + " " + (t2 - t1) / 1e6
          + " " + (c1 - c0) / 1e6 + " " + glosser.hashCode() % 1);
      return;
    }
    Path seeds = Path.of("seeds");
    int coldRuns = 11;
    int rounds = 2000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seeds" -> seeds = Path.of(args[++i]);
        case "--cold-runs" -> coldRuns = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    cold(coldRuns);
    warm(seeds, rounds);
  }

  private static void cold(int runs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Only nlbrief's own jars: the shipped nlbrief.jar is one jar, and a resource lookup over the
    // bench's 150 library jars would open each of them first and measure the class path, not the glossary.
    String classPath = String.join(System.getProperty("path.separator"), Arrays.stream(
            System.getProperty("java.class.path").split(System.getProperty("path.separator")))
        .filter(e -> Path.of(e).getFileName().toString().startsWith("nlbrief-")).toList());
    double[] ms = new double[runs];
    double[] glossaryMs = new double[runs];
    double[] glosserMs = new double[runs];
    double[] glossaryCpuMs = new double[runs];
    int entries = 0;
    for (int r = 0; r < runs; r++) {
      Process p = new ProcessBuilder(java, "-cp", classPath, GlossBench.class.getName(),
          "--load-once").redirectErrorStream(true).start();
      String line;
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        line = in.readLine();
      }
      if (p.waitFor() != 0 || line == null) {
        throw new IllegalStateException("child failed: " + line);
      }
      String[] parts = line.split(" ");
      ms[r] = Double.parseDouble(parts[0]);
      entries = Integer.parseInt(parts[1]);
      glossaryMs[r] = Double.parseDouble(parts[2]);
      glosserMs[r] = Double.parseDouble(parts[3]);
      glossaryCpuMs[r] = Double.parseDouble(parts[4]);
    }
    Arrays.sort(ms);
    Arrays.sort(glossaryMs);
    Arrays.sort(glosserMs);
    Arrays.sort(glossaryCpuMs);
    System.out.printf(Locale.ROOT, "cold load of the default glossary (%d entries) + Glosser, %d fresh JVMs: "
        + "median %.1f ms (min %.1f, max %.1f); of which Glossary.defaultGlossary() %.1f ms wall (min %.1f), "
        + "%.1f ms CPU of the loading thread, new Glosser %.1f ms%n",
        entries, runs, ms[runs / 2], ms[0], ms[runs - 1], glossaryMs[runs / 2], glossaryMs[0], glossaryCpuMs[runs / 2],
        glosserMs[runs / 2]);
  }

  private static void warm(Path seeds, int rounds) throws Exception {
    ArticleParser parser = ArticleParser.create(ParseOptions.defaults());
    List<Article> articles = new ArrayList<>();
    for (String name : new String[] {"000_9f455500eaf14fbe.txt", "003_25caa356529a62af.txt"}) {
      articles.add(parser.parse(seeds.resolve(name), name));
    }
    Summarizer summarizer = Summarizer.create();
    Glosser glosser = new Glosser(Glossary.defaultGlossary());
    SummaryLength length = SummaryLength.sentences(3);
    double[] summarise = new double[rounds];
    double[] gloss = new double[rounds];
    long sink = 0;
    for (int warm = 0; warm < 2; warm++) {
      for (int r = 0; r < rounds; r++) {
        long s = 0;
        long g = 0;
        for (Article a : articles) {
          long t0 = System.nanoTime();
          Summary summary = summarizer.summarize(a, length);
          long t1 = System.nanoTime();
          for (SummarySentence ss : summary.sentences()) {
            GlossLine l = glosser.gloss(a.sentences().get(ss.index()));
            sink += l.english().length();
          }
          long t2 = System.nanoTime();
          s += t1 - t0;
          g += t2 - t1;
        }
        summarise[r] = s / 1e3 / articles.size();
        gloss[r] = g / 1e3 / articles.size();
      }
    }
    Arrays.sort(summarise);
    Arrays.sort(gloss);
    double ms = summarise[rounds / 2];
    double mg = gloss[rounds / 2];
    // what `nlbrief summarize` does to an article before glossing can start: parse and tag it, then summarise
    List<byte[]> texts = new ArrayList<>();
    for (Article a : articles) {
      texts.add(a.text().getBytes(StandardCharsets.UTF_8));
    }
    int parseRounds = Math.max(20, rounds / 20);
    double[] parse = new double[parseRounds];
    for (int warm = 0; warm < 2; warm++) {
      for (int r = 0; r < parseRounds; r++) {
        long t0 = System.nanoTime();
        for (byte[] text : texts) {
          sink += parser.parse(text, "seed").sentences().size();
        }
        parse[r] = (System.nanoTime() - t0) / 1e3 / texts.size();
      }
    }
    Arrays.sort(parse);
    double mp = parse[parseRounds / 2];
    // The syntax is made on demand (the first time a sentence's clauses are read): measured apart,
    // on fresh parses, because the target counts it in (parse + tag + syntax + summarise).
    double[] syntax = new double[parseRounds];
    for (int warm = 0; warm < 2; warm++) {
      for (int r = 0; r < parseRounds; r++) {
        long spent = 0;
        for (byte[] text : texts) {
          Article fresh = parser.parse(text, "seed");
          long t0 = System.nanoTime();
          for (io.nlbrief.parser.Sentence s : fresh.sentences()) {
            sink += s.clauses().size();
          }
          spent += System.nanoTime() - t0;
        }
        syntax[r] = spent / 1e3 / texts.size();
      }
    }
    Arrays.sort(syntax);
    double mx = syntax[parseRounds / 2];
    System.out.printf(Locale.ROOT, "warm, per seed article, medians: parse+tag %.1f µs (%d rounds), summarise %.1f µs, "
        + "gloss the 3 summary sentences %.1f µs (%d rounds)%n", mp, parseRounds, ms, mg, rounds);
    System.out.printf(Locale.ROOT, "syntax of every sentence %.1f µs; glossing adds %.1f%% to parse+tag+syntax+summarise "
        + "(%.1f%% to parse+tag+summarise, %.1f%% to summarise alone; checksum %d)%n",
        mx, 100 * mg / (mp + mx + ms), 100 * mg / (mp + ms), 100 * mg / ms, sink % 7);
    // throughput: every sentence of both seeds rendered (analysed already), one thread, rounds of the lot
    List<io.nlbrief.parser.Sentence> all = new ArrayList<>();
    for (Article a : articles) {
      all.addAll(a.sentences());
    }
    int throughputRounds = Math.max(20, rounds / 10);
    double[] perSecond = new double[throughputRounds];
    for (int warm = 0; warm < 2; warm++) {
      for (int r = 0; r < throughputRounds; r++) {
        long t0 = System.nanoTime();
        for (io.nlbrief.parser.Sentence s : all) {
          sink += glosser.gloss(s).english().length();
        }
        perSecond[r] = all.size() / ((System.nanoTime() - t0) / 1e9);
      }
    }
    Arrays.sort(perSecond);
    System.out.printf(Locale.ROOT, "warm rendering throughput on one thread: %.0f sentences/s (median of %d rounds of %d "
        + "seed sentences; checksum %d)%n", perSecond[throughputRounds / 2], throughputRounds, all.size(), sink % 7);
  }
}
