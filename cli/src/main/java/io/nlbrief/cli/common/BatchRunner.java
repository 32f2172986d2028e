package io.nlbrief.cli.common;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/**
 * Runs one command over many inputs, the same way for every command that reads several:
 *
 * <ul>
 *   <li>each input is made ({@link Work}) on one of {@code jobs} threads, and delivered ({@link
 *       Delivery}) on the calling thread in input order, so output never depends on timing;
 *   <li>at most two inputs per thread are made ahead of delivery, so memory grows with the
 *       articles in flight, not with the batch;
 *   <li>every input is attempted: a failure to read, make or even write one (a full disk) is
 *       reported in its turn, one line, and the next input goes on;
 *   <li>with a time-out, an input that takes longer fails with {@link ExitCodes#TIMEOUT} and the
 *       batch goes on (its thread is abandoned and replaced);
 *   <li>a progress bar on a terminal, and the {@code N succeeded, M failed} line after a batch,
 *       whatever happened.
 * </ul>
 *
 * <p>A run's exit code is the highest among its failures and the codes deliveries return (check's
 * {@link ExitCodes#FINDINGS}), {@link ExitCodes#OK} without any.
 */
public final class BatchRunner {
  /** Makes the result of one input, on a worker thread: parse, check, render. */
  @FunctionalInterface
  public interface Work<R> {
    R make(Input input) throws Exception;
  }

  /**
   * As {@link Work}, telling how far it has got inside the input (a fraction from 0 to 1), so that
   * the progress bar moves during one long article too.
   */
  @FunctionalInterface
  public interface TrackedWork<R> {
    R make(Input input, DoubleConsumer done) throws Exception;
  }

  /**
   * Delivers one result, on the calling thread, in input order: writes it, prints its warnings.
   * Returns an exit code to fold into the run's ({@link ExitCodes#OK}, or check's findings); a
   * code above {@link ExitCodes#FINDINGS} counts the input as failed. An {@link IOException} (the
   * output cannot be written) fails this input only.
   */
  @FunctionalInterface
  public interface Delivery<R> {
    int deliver(Input input, R result) throws IOException;

    /** Told of an input that failed (already reported), in its turn: for an index of the batch. */
    default void failed(Input input, Throwable failure) {}
  }

  /** What a command computes from one parsed article, on a worker thread (a summary, glosses). */
  @FunctionalInterface
  public interface Analysis<T> {
    T analyse(Article article) throws Exception;
  }

  /**
   * Turns an article and its analysis into the bytes of its result, on the calling thread in
   * input order: formats may keep state from one article to the next (separators, headers).
   */
  @FunctionalInterface
  public interface Rendering<T> {
    byte[] render(Article article, T analysis) throws IOException;
  }

  /**
   * How a batch runs.
   *
   * @param jobs inputs made at once, at least 1
   * @param timeout the longest one input may take, {@code null} for no limit
   * @param progress whether a progress bar may be shown (stderr is a terminal): for a batch, or
   *     for one input of at least {@link #LONG_INPUT} bytes
   * @param colour whether the bar may have colour
   * @param task what the bar calls the work: the command's name
   * @param countLine whether to print the {@code N succeeded, M failed} line (for batches)
   * @param progressAlways show the bar whatever stderr is and however short the input ({@code --progress})
   */
  public record Options(int jobs, Duration timeout, boolean progress, boolean colour, String task, boolean countLine,
      boolean progressAlways) {
    public Options {
      if (jobs < 1) {
        throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
      }
    }

    public Options(int jobs, Duration timeout, boolean progress, boolean colour, String task, boolean countLine) {
      this(jobs, timeout, progress, colour, task, countLine, false);
    }
  }

  /**
   * One input this long (1 MB, some 150,000 words) gets a progress bar on a terminal even alone:
   * it takes more than a few seconds, minutes with proofreading.
   */
  public static final long LONG_INPUT = 1_000_000;

  /** @param exitCode the highest exit code of the run, {@link ExitCodes#OK} without failures */
  public record Result(int exitCode, int succeeded, int failed) {
    /** Whether there is anything worth delivering: not when every input failed. */
    public boolean deliverable() {
      return succeeded > 0 || failed == 0;
    }
  }

  private final Reporter reporter;
  private final PrintWriter err;
  private final Options options;

  /** Starts a run's bar: {@link Progress#start} on stderr, a recorder in tests. */
  @FunctionalInterface
  interface Bars {
    Progress start(boolean show, boolean colour, String task, int articles, long bytes);
  }

  private final Bars bars;

  public BatchRunner(Reporter reporter, PrintWriter err, Options options) {
    this(reporter, err, options, Progress::start);
  }

  BatchRunner(Reporter reporter, PrintWriter err, Options options, Bars bars) {
    this.reporter = reporter;
    this.err = err;
    this.options = options;
    this.bars = bars;
  }

  /**
   * The common case: parse and analyse each input on a worker, render and write the results in
   * input order.
   */
  public <T> Result render(List<Input> inputs, ArticleParser parser, Analysis<T> analysis, Rendering<T> rendering, Output out) {
    record Analysed<T>(Article article, T analysis) {}
    return run(inputs, input -> {
      Article article = input.parse(parser);
      return new Analysed<>(article, analysis.analyse(article));
    }, (input, analysed) -> {
      warn(analysed.article());
      out.write(rendering.render(analysed.article(), analysed.analysis()));
      return ExitCodes.OK;
    });
  }

  /** Prints the article's warnings, as a delivery should before its result. */
  public void warn(Article article) {
    article.warnings().forEach(warning -> reporter.warn(article.file(), warning));
  }

  public <R> Result run(List<Input> inputs, Work<R> work, Delivery<R> delivery) {
    return runTracked(inputs, (input, done) -> work.make(input), delivery);
  }

  /** As {@link #run}, the bar moving inside each input as its work says. */
  public <R> Result runTracked(List<Input> inputs, TrackedWork<R> work, Delivery<R> delivery) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(options.jobs(), options.jobs(), 0, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "nlbrief-" + options.task());
          t.setDaemon(true); // A thread left on a timed-out input must not keep the process alive.
          return t;
        });
    int exitCode = ExitCodes.OK;
    int succeeded = 0;
    int failed = 0;
    long total = totalBytes(inputs);
    boolean show = options.progressAlways() || options.progress() && (options.countLine() || total >= LONG_INPUT);
    try (Progress bar = bars.start(show, options.colour(), options.task(), inputs.size(), total)) {
      Deque<Task<R>> ahead = new ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < inputs.size(); i++) {
        while (next < inputs.size() && ahead.size() < 2 * pool.getMaximumPoolSize()) {
          Task<R> task = new Task<>(inputs.get(next++), work, bar);
          pool.execute(task.future);
          ahead.add(task);
        }
        Task<R> task = ahead.removeFirst();
        int code;
        try {
          R result = await(task, pool);
          code = delivery.deliver(task.input, result);
        } catch (Throwable failure) {
          code = report(task.input, failure);
          delivery.failed(task.input, failure);
        }
        exitCode = Math.max(exitCode, code);
        if (code > ExitCodes.FINDINGS) {
          failed++;
        } else {
          succeeded++;
        }
        // What the work showed of it stays; a late word from an abandoned (timed-out) one is ignored.
        bar.done(task.size - Math.min(task.size, task.shown.getAndSet(Long.MAX_VALUE)));
      }
    } finally {
      pool.shutdownNow();
    }
    if (options.countLine()) {
      err.println(succeeded + " succeeded, " + failed + " failed");
      err.flush();
    }
    return new Result(exitCode, succeeded, failed);
  }

  /** The result of a task, within the time-out counted from when it started. */
  private <R> R await(Task<R> task, ThreadPoolExecutor pool) throws Throwable {
    try {
      if (options.timeout() == null) {
        return task.future.get();
      }
      long limit = options.timeout().toNanos();
      while (true) {
        long started = task.started.get();
        if (started == Task.NOT_STARTED) {
          try {
            return task.future.get(50, TimeUnit.MILLISECONDS); // not started yet: its clock has not run
          } catch (TimeoutException notYet) {
            continue;
          }
        }
        long left = limit - (System.nanoTime() - started);
        try {
          return task.future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          task.future.cancel(true);
          // The thread may go on (parsing is not interruptible): give the pool a fresh one.
          pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
          pool.setCorePoolSize(pool.getCorePoolSize() + 1);
          throw new TimedOut(task.input.name(), options.timeout());
        }
      }
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (CancellationException e) {
      throw new TimedOut(task.input.name(), options.timeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  private int report(Input input, Throwable failure) {
    if (failure instanceof ParseException || failure instanceof OutputException || failure instanceof TimedOut) {
      return reporter.report(failure); // These name their file.
    }
    if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError || failure instanceof OutOfMemoryError)) {
      throw (VirtualMachineError) failure;
    }
    // A bug (or a stack or heap too small for this input) is reported against that input; the others still run.
    return reporter.report(input.name(), failure);
  }

  private static long totalBytes(List<Input> inputs) {
    long total = 0;
    for (Input input : inputs) {
      long size = size(input);
      if (size == 0) {
        return 0; // Standard input or a device: the total is not known.
      }
      total += size;
    }
    return total;
  }

  private static long size(Input input) {
    if (input instanceof Input.File file) {
      try {
        Path path = file.path();
        return Files.isRegularFile(path) ? Files.size(path) : 0;
      } catch (IOException | SecurityException e) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * One input's work, with the moment it started (0 until then) for the time-out, and the bytes
   * of it the bar already shows as done.
   */
  private static final class Task<R> {
    final Input input;
    static final long NOT_STARTED = Long.MIN_VALUE;
    final AtomicLong started = new AtomicLong(NOT_STARTED);
    final long size;
    final AtomicLong shown = new AtomicLong();
    final FutureTask<R> future;

    Task(Input input, TrackedWork<R> work, Progress bar) {
      this.input = input;
      this.size = size(input);
      DoubleConsumer done = fraction -> {
        long target = Math.round(size * Math.max(0, Math.min(1, fraction)));
        long before = shown.getAndAccumulate(target, Math::max);
        if (target > before) {
          bar.advance(target - before);
        }
      };
      this.future = new FutureTask<>(() -> {
        started.set(System.nanoTime());
        return work.make(input, done);
      });
    }
  }

  /** An input that took longer than {@code --timeout}. */
  public static final class TimedOut extends Exception {
    private static final long serialVersionUID = 1L;

    TimedOut(String file, Duration timeout) {
      super(Names.printable(file) + ": timed out (took more than " + seconds(timeout) + "; --timeout)");
    }

    private static String seconds(Duration timeout) {
      String s = java.math.BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString();
      return s + (s.equals("1") ? " second" : " seconds");
    }
  }
}
