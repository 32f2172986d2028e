package io.nlbrief.cli.evalcheck;

import io.nlbrief.cli.common.DataFiles;
import io.nlbrief.checker.Finding;
import io.nlbrief.parser.ParseException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A finding on the news set judged by hand: the article's {@code id}, the finding's offset (into
 * the title, a blank line and the text, as {@code eval check} checks them) and rule id, the verdict
 * and a short reason. Read from a tab-separated file; blank lines and {@code #} comments skipped.
 */
record Judgement(String article, int offset, String rule, Verdict verdict, String reason) {
  enum Verdict { REAL, FALSE, DEBATABLE }

  String key() {
    return article + "\t" + offset + "\t" + rule;
  }

  static List<Judgement> read(Path file) throws ParseException {
    List<String> lines = DataFiles.readUtf8Lines(file);
    List<Judgement> out = new ArrayList<>();
    int number = 0;
    for (String line : lines) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", 5);
      try {
        out.add(new Judgement(c[0], Integer.parseInt(c[1]), c[2], Verdict.valueOf(c[3].toUpperCase(Locale.ROOT)),
            c.length > 4 ? c[4] : ""));
      } catch (RuntimeException e) {
        throw new ParseException(file.toString(), ParseException.Reason.CORRUPT,
            "line " + number + " is not id, offset, rule, real|false|debatable, reason", e);
      }
    }
    if (out.isEmpty()) {
      throw new ParseException(file.toString(), ParseException.Reason.EMPTY, "no judgements");
    }
    return out;
  }

  /** Per verdict: how many of today's findings, per 1000 words; and what the list and today disagree on. */
  static void report(PrintWriter out, List<Judgement> judged, List<String> ids, List<List<Finding>> findings, long words,
      boolean show) {
    Map<String, Judgement> byKey = new HashMap<>();
    judged.forEach(j -> byKey.put(j.key(), j));
    Map<Verdict, Integer> counts = new java.util.EnumMap<>(Verdict.class);
    List<String> unjudged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      for (Finding f : findings.get(i)) {
        String key = ids.get(i) + "\t" + f.span().start() + "\t" + f.ruleId();
        Judgement j = byKey.get(key);
        seen.add(key);
        if (j == null) {
          unjudged.add(key.replace('\t', ' '));
        } else {
          counts.merge(j.verdict(), 1, Integer::sum);
        }
      }
    }
    long realGone = judged.stream().filter(j -> j.verdict() == Verdict.REAL && !seen.contains(j.key())).count();
    long realJudged = judged.stream().filter(j -> j.verdict() == Verdict.REAL).count();
    out.printf(Locale.ROOT, "  judged by hand: %s, not judged %d; real errors of the list still found: %d of %d%n",
        java.util.Arrays.stream(Verdict.values()).map(v -> String.format(Locale.ROOT, "%s %d (%.2f per 1000 words)",
            v.name().toLowerCase(Locale.ROOT), counts.getOrDefault(v, 0), 1000.0 * counts.getOrDefault(v, 0) / words)).toList(),
        unjudged.size(), realJudged - realGone, realJudged);
    if (show) {
      unjudged.forEach(k -> out.printf("    not judged: %s%n", k));
    }
  }
}
