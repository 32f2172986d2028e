package io.nlbrief.summarizer;

import java.util.Objects;

/**
 * A way to summarise, as {@code --method} names it: a {@link Ranker} and whether the selection
 * drops sentences that repeat what a better one already says (maximal marginal relevance).
 *
 * @param name the name users type
 * @param description one line for help texts
 * @param ranker scores the sentences
 * @param redundancy 0 to keep the ranker's order as it is; above 0, how strongly similarity to an
 *     already chosen sentence counts against a candidate (MMR's 1 − λ)
 */
public record Method(String name, String description, Ranker ranker, double redundancy) {
  public Method {
    Objects.requireNonNull(name);
    Objects.requireNonNull(ranker);
    if (redundancy < 0 || redundancy >= 1) {
      throw new IllegalArgumentException("redundancy weight must be in [0, 1), not " + redundancy);
    }
  }
}
