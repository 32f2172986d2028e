package io.nlbrief.parser.internal;

/**
 * One named correction of a sentence's tree after the greedy parser: it changes the {@link Tree}'s
 * heads, relations, tags or features in place. Rules keep no state of their own (what they share,
 * such as the words of a fixed expression, is marked on the tree), so one instance serves every
 * thread. They run in a fixed order ({@link TreeRules#RULES}); a new rule is a new entry in that list,
 * and callers do not change.
 */
interface TreeRule {
  /** The name the timing report uses ({@code copula-heads}, {@code time-phrases}, …). */
  String name();

  void apply(Tree tree);

  static TreeRule of(String name, java.util.function.Consumer<Tree> body) {
    return new TreeRule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void apply(Tree tree) {
        body.accept(tree);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
