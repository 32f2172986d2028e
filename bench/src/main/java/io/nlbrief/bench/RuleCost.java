package io.nlbrief.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.TextLevelRule;

/**
 * Where LanguageTool's rule time goes on the dev news: each active Dutch rule of a plain {@code
 * JLanguageTool} (LanguageTool as shipped, not nlbrief's patched pipeline) run alone over every
 * article's analysed sentences, timed per rule, with its match count and its category and issue
 * type, most costly first, then the same summed per category. The articles are analysed once
 * beforehand, so the times are the rules' own, without tokenizer, tagger and disambiguator (whose
 * time is printed apart). It picks the rules worth leaving out of a check (issue 16: those whose
 * every match nlbrief drops still cost their time); whether leaving one out keeps the findings
 * identical is a separate before/after comparison of {@code check --format json}.
 *
 * <pre>
 * java -cp 'bench/target/nlbrief-bench.jar:bench/target/lib/*' io.nlbrief.bench.RuleCost \
 *     --news ../shared/eval/dev/news-dev.jsonl --every 3 --passes 3 --top 80
 * </pre>
 *
 * <p>{@code --passes}: each rule runs over all articles that many times and only the last is
 * counted (the earlier ones load its data and warm the JIT).
 */
public final class RuleCost {
  private RuleCost() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Path news = Path.of("../shared/eval/dev/news-dev.jsonl");
    int every = 1;
    int passes = 3;
    int top = 80;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--news" -> news = Path.of(args[++i]);
        case "--every" -> every = Integer.parseInt(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--top" -> top = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> all = CheckThroughput.texts(news);
    Language dutch = Languages.getLanguageForShortCode("nl");
    JLanguageTool lt = new JLanguageTool(dutch);
    List<List<AnalyzedSentence>> articles = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < all.size(); i += every) {
      articles.add(lt.analyzeText(all.get(i)));
    }
    System.out.printf(Locale.ROOT, "%d articles analysed in %.2f s (first analysis, loading included)%n",
        articles.size(), (System.nanoTime() - start) / 1e9);
    List<Rule> rules = lt.getAllActiveRules();
    Map<Rule, long[]> cost = new HashMap<>();
    for (int p = 0; p < passes; p++) {
      for (Rule rule : rules) {
        long t = System.nanoTime();
        int matches = 0;
        for (List<AnalyzedSentence> article : articles) {
          if (rule instanceof TextLevelRule text) {
            matches += text.match(article).length;
          } else {
            for (AnalyzedSentence s : article) {
              matches += rule.match(s).length;
            }
          }
        }
        if (p == passes - 1) {
          cost.put(rule, new long[] {System.nanoTime() - t, matches});
        }
      }
    }
    List<Map.Entry<Rule, long[]>> sorted = new ArrayList<>(cost.entrySet());
    sorted.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
    long total = sorted.stream().mapToLong(e -> e.getValue()[0]).sum();
    System.out.printf(Locale.ROOT, "%d active rules, %.3f s in the last pass%n", rules.size(), total / 1e9);
    System.out.println("seconds  share  matches  rule  category  issue-type  class");
    for (Map.Entry<Rule, long[]> e : sorted.subList(0, Math.min(top, sorted.size()))) {
      Rule r = e.getKey();
      System.out.printf(Locale.ROOT, "%7.3f %5.1f%% %7d  %s  %s  %s  %s%n", e.getValue()[0] / 1e9,
          100.0 * e.getValue()[0] / total, e.getValue()[1], r.getId(), r.getCategory().getId(),
          r.getLocQualityIssueType(), r.getClass().getSimpleName());
    }
    Map<String, long[]> byCategory = new TreeMap<>();
    for (Map.Entry<Rule, long[]> e : sorted) {
      long[] c = byCategory.computeIfAbsent(e.getKey().getCategory().getId().toString(), k -> new long[3]);
      c[0] += e.getValue()[0];
      c[1] += e.getValue()[1];
      c[2]++;
    }
    System.out.println("per category: seconds  share  matches  rules  category");
    byCategory.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(e -> System.out.printf(Locale.ROOT, "%7.3f %5.1f%% %7d %5d  %s%n", e.getValue()[0] / 1e9,
            100.0 * e.getValue()[0] / total, e.getValue()[1], e.getValue()[2], e.getKey()));
  }
}
