package io.nlbrief.cli.brief;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr for a batch, or nothing when stderr is not a terminal; colour only without NO_COLOR. */
interface Progress extends AutoCloseable {
  void step();

  @Override
  void close();

  static Progress start(boolean show, boolean colour, int total) {
    if (!show) {
      return new Progress() {
        @Override
        public void step() {}

        @Override
        public void close() {}
      };
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName("brief")
        .setInitialMax(total)
        .setUnit(" articles", 1)
        .setStyle(colour ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
        .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, StandardCharsets.UTF_8)))
        .clearDisplayOnFinish()
        .build();
    return new Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
