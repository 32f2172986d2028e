package io.nlbrief.summarizer;

import io.nlbrief.summarizer.internal.DefaultRanker;
import io.nlbrief.summarizer.internal.LeadRanker;
import io.nlbrief.summarizer.internal.LexRankRanker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The summarisation methods by the names {@code --method} accepts, as sumy's {@code AVAILABLE_METHODS}. */
public final class Methods {
  public static final String DEFAULT = "default";

  /** MMR's λ for the default method, chosen on the development set. */
  static final double DEFAULT_REDUNDANCY = 0.3;

  private static final Map<String, Method> METHODS = build();

  private Methods() {}

  private static Map<String, Method> build() {
    Map<String, Method> methods = new LinkedHashMap<>();
    methods.put(DEFAULT, new Method(DEFAULT,
        "centrality + position + headline overlap, near-repeats removed (MMR)", new DefaultRanker(), DEFAULT_REDUNDANCY));
    methods.put("lexrank", new Method("lexrank",
        "LexRank graph centrality over lemma TF-IDF sentence vectors", new LexRankRanker(), 0));
    methods.put("lead", new Method("lead", "the first sentences (baseline)", new LeadRanker(), 0));
    return Map.copyOf(methods);
  }

  /** Every method name, the default first. */
  public static List<String> names() {
    return List.of(DEFAULT, "lexrank", "lead");
  }

  public static Optional<Method> get(String name) {
    return Optional.ofNullable(METHODS.get(name));
  }

  /** The method called {@code name}; an {@link IllegalArgumentException} naming the choices when none is. */
  public static Method require(String name) {
    return get(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown method '" + name + "': expected one of " + String.join(", ", names())));
  }

  public static Method defaultMethod() {
    return METHODS.get(DEFAULT);
  }
}
