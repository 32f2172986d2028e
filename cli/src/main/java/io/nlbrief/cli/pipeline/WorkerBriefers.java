package io.nlbrief.cli.pipeline;

import io.nlbrief.parser.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@link Briefer} per worker JVM and job settings, shared by every {@code DoFn} instance there.
 *
 * <p>Why a JVM-wide holder: a runner makes many instances of a {@code DoFn} (the DirectRunner one
 * per thread of its pool and again after a failed bundle; Flink and Spark one per task slot), and
 * Beam's Java SDK has no per-worker scope to hang a shared object on; the static field is the
 * SDK's own idiom for that. Built per instance, every instance loaded its own glossary, tagger and
 * LanguageTool (a language object, its warm-up and a first pipeline: seconds of CPU each), which
 * made the pipeline with proofreading cost 30% more CPU per article than {@code brief -o DIR},
 * which builds them once. A briefer is thread-safe (the checker keeps one LanguageTool pipeline
 * per thread, built on that thread's first check), so sharing it changes no answer.
 *
 * <p>What it holds is bounded: the briefers of the last {@link #KEPT} settings (one job has one;
 * a JVM that runs several jobs, as a test's Flink mini-cluster, may have a few).
 */
final class WorkerBriefers {
  /** Settings whose briefers are kept; an older one is dropped (its instances keep their reference). */
  static final int KEPT = 2;

  private static final Map<BriefSettings, Briefer> BRIEFERS = new LinkedHashMap<>(4, 0.75f, true);

  private WorkerBriefers() {}

  /**
   * The briefer of {@code settings}, built on the first call (by the first {@code DoFn} set up in
   * this JVM; the others wait for it rather than build their own).
   */
  static synchronized Briefer of(BriefSettings settings) throws ParseException {
    Briefer briefer = BRIEFERS.get(settings);
    if (briefer == null) {
      briefer = Briefer.create(settings);
      BRIEFERS.put(settings, briefer);
      if (BRIEFERS.size() > KEPT) {
        BRIEFERS.remove(BRIEFERS.keySet().iterator().next());
      }
    }
    return briefer;
  }
}
