package io.nlbrief.parser.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Where the tree rules' time goes: each rule's time summed over the process (thread-safe sums),
 * printed to stderr at exit as a table, most costly first. The clock is {@link System#nanoTime}:
 * a thread's CPU clock costs a system call (a microsecond or two), more than most rules take on a
 * sentence, so run it on a quiet core ({@code taskset}). Made only when {@code
 * -Dnlbrief.ruleTiming=true} asks for it (a diagnostic, like a profiler's report: the one tree-rule
 * object that changes after start), so the ordinary run pays nothing.
 */
final class RuleTimes {
  static final String PROPERTY = "nlbrief.ruleTiming";

  private final List<TreeRule> rules;
  private final LongAdder[] nanos;
  private final LongAdder sentences = new LongAdder();

  RuleTimes(List<TreeRule> rules) {
    this.rules = rules;
    this.nanos = new LongAdder[rules.size()];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = new LongAdder();
    }
  }

  static RuleTimes ifRequested(List<TreeRule> rules) {
    if (!Boolean.getBoolean(PROPERTY)) {
      return null;
    }
    RuleTimes times = new RuleTimes(rules);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.print(times.report()), "rule-times"));
    return times;
  }

  /** Runs every rule over {@code tree} in order, timing each. */
  void run(Tree tree) {
    sentences.increment();
    long before = System.nanoTime();
    for (int i = 0; i < rules.size(); i++) {
      rules.get(i).apply(tree);
      long after = System.nanoTime();
      nanos[i].add(after - before);
      before = after;
    }
  }

  String report() {
    long total = 0;
    for (LongAdder a : nanos) {
      total += a.sum();
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "tree rules: %,d sentences, %,.1f ms in all%n", sentences.sum(), total / 1e6));
    long all = Math.max(total, 1);
    IntStream.range(0, rules.size()).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> -nanos[i].sum()).thenComparing(i -> i))
        .forEach(i -> out.append(String.format(Locale.ROOT, "  %-38s %9.1f ms %5.1f%%%n", rules.get(i).name(),
            nanos[i].sum() / 1e6, 100.0 * nanos[i].sum() / all)));
    return out.toString();
  }
}
