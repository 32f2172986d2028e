package io.nlbrief.cli.evalcheck;

import io.nlbrief.checker.Checker;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.Span;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;

/**
 * The injected d/t set measured: recall at the right place (a finding overlapping the changed
 * word, any rule) per error class on the sentences with an error, and on every sentence as it was
 * (correct) the share with a d/t alarm ({@link Hit#isDt}), with any finding at all, and with a
 * finding on a word where an error was put.
 */
final class InjectedEval {
  /** The seed of the hand-check sample: fixed, so that the judged list in bench/ stays valid. */
  static final long SAMPLE_SEED = 15;

  private InjectedEval() {}

  static void run(PrintWriter out, List<InjectedSet.Item> items, InjectedSet.Part part, ArticleParser parser, Checker checker,
      UnpatchedLanguageTool.PerThread raw, ExecutorService pool, boolean noBaseline, boolean show, int sample) throws Exception {
    List<InjectedSet.Injected> changed = InjectedSet.injected(items);
    long news = items.stream().filter(i -> i.source().equals("news")).count();
    out.printf(Locale.ROOT, "injected d/t set, %s part: %d correct sentences (%d news, %d treebank), %d sentences with one error put in%n",
        part.name().toLowerCase(Locale.ROOT), items.size(), news, items.size() - news, changed.size());
    List<Article> right = EvalCheckCommand.parseAll(parser, items.stream().map(InjectedSet.Item::text).toList());
    List<Article> wrong = EvalCheckCommand.parseAll(parser, changed.stream().map(InjectedSet.Injected::wrong).toList());
    List<List<Hit>> oursRight = EvalCheckCommand.runAll(pool, right, a -> hits(checker.check(a)));
    List<List<Hit>> oursWrong = EvalCheckCommand.runAll(pool, wrong, a -> hits(checker.check(a)));
    report(out, "nlbrief check", items, changed, oursRight, oursWrong, show);
    if (!noBaseline) {
      List<List<Hit>> rawRight = EvalCheckCommand.runAll(pool, right, a -> rawHits(raw, a.text()));
      List<List<Hit>> rawWrong = EvalCheckCommand.runAll(pool, wrong, a -> rawHits(raw, a.text()));
      report(out, "raw LanguageTool", items, changed, rawRight, rawWrong, false);
    }
    if (sample > 0) {
      List<InjectedSet.Injected> drawn = new ArrayList<>(changed);
      Collections.shuffle(drawn, new Random(SAMPLE_SEED));
      out.printf("  sample of %d injected errors (seed %d): key, offset, original > injected, class, sentence with the error%n",
          Math.min(sample, drawn.size()), SAMPLE_SEED);
      for (InjectedSet.Injected item : drawn.subList(0, Math.min(sample, drawn.size()))) {
        out.printf("    %s\t%d\t%s > %s\t%s\t%s%n", item.key(), item.error().start(), item.error().original(),
            item.error().replacement(), item.error().errorClass().label, item.wrong());
      }
    }
  }

  /** A finding reduced to what the figures need. */
  record Hit(Span span, String rule, List<String> suggestions) {
    /**
     * A d/t alarm, whichever rule gave it: a suggestion that differs from the flagged text only in
     * the {@code d}s and {@code t}s at its end ({@code word → wordt}, {@code gebeurd → gebeurt}).
     */
    boolean isDt(String text) {
      String flagged = dtStem(span.of(text));
      return suggestions.stream().anyMatch(s -> !s.equals(span.of(text)) && dtStem(s).equals(flagged));
    }

    private static String dtStem(String word) {
      return word.replaceAll("[dt]+$", "");
    }
  }

  private static List<Hit> hits(List<io.nlbrief.checker.Finding> findings) {
    return findings.stream().map(f -> new Hit(f.span(), f.ruleId(), f.suggestions())).toList();
  }

  private static List<Hit> rawHits(UnpatchedLanguageTool.PerThread lt, String text) {
    return lt.check(text).stream().map(m -> new Hit(m.span(), m.ruleId(), m.suggestions())).toList();
  }

  private static void report(PrintWriter out, String who, List<InjectedSet.Item> items, List<InjectedSet.Injected> changed,
      List<List<Hit>> onRight, List<List<Hit>> onWrong, boolean show) {
    List<String> shown = new ArrayList<>();
    Map<DtInjection.ErrorClass, int[]> perClass = new EnumMap<>(DtInjection.ErrorClass.class);
    int found = 0;
    for (int i = 0; i < changed.size(); i++) {
      InjectedSet.Injected item = changed.get(i);
      Span error = item.errorSpan();
      boolean hit = onWrong.get(i).stream().anyMatch(h -> overlaps(h.span(), error));
      int[] counts = perClass.computeIfAbsent(item.error().errorClass(), c -> new int[2]);
      counts[0]++;
      if (hit) {
        counts[1]++;
        found++;
      } else if (show) {
        shown.add(String.format("    missed %s %d %s > %s (%s): %s", item.key(), error.start(), item.error().original(),
            item.error().replacement(), item.error().errorClass().label, item.wrong()));
      }
    }
    int flagged = 0;
    int flaggedAtPlace = 0;
    int withPlace = 0;
    int dtFlagged = 0;
    for (int i = 0; i < items.size(); i++) {
      InjectedSet.Item item = items.get(i);
      List<Hit> findings = onRight.get(i);
      if (!findings.isEmpty()) {
        flagged++;
      }
      if (findings.stream().anyMatch(h -> h.isDt(item.text()))) {
        dtFlagged++;
      }
      if (show) {
        findings.forEach(h -> shown.add(String.format("    flag%s %s %d %s [%s]", h.isDt(item.text()) ? " d/t" : "", item.key(),
            h.span().start(), h.rule(), h.span().of(item.text()))));
      }
      if (!item.places().isEmpty()) {
        withPlace++;
        if (findings.stream().anyMatch(h -> item.places().stream().anyMatch(p -> overlaps(h.span(), p)))) {
          flaggedAtPlace++;
        }
      }
    }
    out.printf(Locale.ROOT, "  %s: recall %.1f%% (%d of %d at the right place)%n", who, pct(found, changed.size()), found,
        changed.size());
    out.printf(Locale.ROOT, "    correct sentences with a d/t alarm %.1f%% (%d of %d); with any finding %.1f%% (%d); "
        + "with one on a word where an error was put %.1f%% (%d of %d)%n", pct(dtFlagged, items.size()), dtFlagged, items.size(),
        pct(flagged, items.size()), flagged, pct(flaggedAtPlace, withPlace), flaggedAtPlace, withPlace);
    for (Map.Entry<DtInjection.ErrorClass, int[]> e : perClass.entrySet()) {
      out.printf(Locale.ROOT, "    %-22s recall %5.1f%% (%d of %d)%n", e.getKey().label, pct(e.getValue()[1], e.getValue()[0]),
          e.getValue()[1], e.getValue()[0]);
    }
    shown.forEach(out::println);
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static double pct(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
