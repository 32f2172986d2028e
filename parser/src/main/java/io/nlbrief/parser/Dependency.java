package io.nlbrief.parser;

/**
 * A token's head and relation in Universal Dependencies (v2) style.
 *
 * @param head index of the head token in its sentence, from 0, or {@code -1} for the root
 * @param relation the UD relation, such as {@code nsubj}, {@code obj}, {@code compound:prt},
 *     {@code root}; {@code dep} for a token the analysis could not attach more precisely
 */
public record Dependency(int head, String relation) {
  public static final Dependency NONE = new Dependency(-1, "_");

  /** The relation without its subtype: {@code nsubj} for {@code nsubj:pass}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  public boolean isRoot() {
    return head < 0 && relation.equals("root");
  }
}
