package io.nlbrief.cli.common;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for a batch, or nothing when stderr is not a terminal; colour only
 * without NO_COLOR. It counts bytes of input when their total is known (so one long article moves
 * it as much as many short ones), else articles.
 */
public interface Progress extends AutoCloseable {
  /** One input done, of {@code bytes} bytes (0 when not known), beyond what {@link #advance} showed of it. */
  void done(long bytes);

  /**
   * Part of an input done, {@code bytes} more of it, from any thread: inside one long article. Shown
   * only when the bar counts bytes.
   */
  void advance(long bytes);

  @Override
  void close();

  Progress NONE = new Progress() {
    @Override
    public void done(long bytes) {}

    @Override
    public void advance(long bytes) {}

    @Override
    public void close() {}
  };

  /**
   * @param task the command's name, shown before the bar
   * @param articles how many inputs the batch has
   * @param bytes their total size, 0 when not known (standard input, devices)
   */
  static Progress start(boolean show, boolean colour, String task, int articles, long bytes) {
    if (!show) {
      return NONE;
    }
    boolean byBytes = bytes > 0;
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(byBytes ? bytes : articles)
        .setUnit(byBytes ? " kB" : " articles", byBytes ? 1000 : 1)
        .setStyle(colour ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
        .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, StandardCharsets.UTF_8)))
        .clearDisplayOnFinish()
        .build();
    return new Progress() {
      @Override
      public void done(long size) {
        bar.stepBy(byBytes ? size : 1);
      }

      @Override
      public void advance(long size) {
        if (byBytes) {
          bar.stepBy(size);
        }
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }
}
