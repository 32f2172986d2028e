package io.nlbrief.summarizer.gloss.internal;

/**
 * One named step of the English rendering: it fills in glosses, changes them in context, or moves
 * tokens into English order, on the sentence's {@link Slots}. Stages run in a fixed order (see
 * {@link GlossEngine}); a new rule is a new stage in that list, and callers do not change.
 */
interface Stage {
  /** The name the rendering reports for what this stage did ({@code clause-order}, {@code do-support}, …). */
  String name();

  void apply(Slots s);

  static Stage of(String name, java.util.function.Consumer<Slots> body) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void apply(Slots s) {
        body.accept(s);
      }
    };
  }
}
