package io.nlbrief.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one batch loop: order, every input attempted, time-outs, the count line. */
class BatchRunnerTest {
  @TempDir
  Path dir;

  private final StringWriter errors = new StringWriter();
  private final PrintWriter err = new PrintWriter(errors);
  private final Reporter reporter = new Reporter(err, false);

  private BatchRunner runner(int jobs, Duration timeout) {
    return new BatchRunner(reporter, err, new BatchRunner.Options(jobs, timeout, false, false, "test", true));
  }

  private List<Input> files(int n) {
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      inputs.add(new Input.File(dir.resolve("a" + i + ".txt"), "a" + i + ".txt"));
    }
    return inputs;
  }

  private List<String> errLines() {
    err.flush();
    return errors.toString().lines().toList();
  }

  @Test
  void deliversInInputOrderWhateverOrderTheWorkFinishesIn() {
    List<String> delivered = Collections.synchronizedList(new ArrayList<>());
    BatchRunner.Result result = runner(4, null).run(files(40), in -> {
      Thread.sleep(ThreadLocalRandom.current().nextInt(5));
      return in.name();
    }, (in, made) -> {
      delivered.add(made);
      return ExitCodes.OK;
    });

    assertEquals(files(40).stream().map(Input::name).toList(), delivered);
    assertEquals(new BatchRunner.Result(0, 40, 0), result);
    assertEquals(List.of("40 succeeded, 0 failed"), errLines());
  }

  /** A writer that fails on its second write, as a full disk does. */
  private static final class FailingSecondWrite extends OutputStream {
    final List<String> written = new ArrayList<>();
    int writes;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (++writes == 2) {
        throw new IOException("No space left on device");
      }
      written.add(new String(b, off, len, StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyInputIsAttemptedAfterAWriteFailure() throws Exception {
    Path target = dir.resolve("out.txt");
    FailingSecondWrite disk = new FailingSecondWrite();
    BatchRunner.Result result;
    try (Output out = Output.open(null, disk)) {
      result = runner(2, null).run(files(3), Input::name, (in, made) -> {
        try {
          out.write((made + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new OutputException(target, e);
        }
        return ExitCodes.OK;
      });
    }

    assertEquals(List.of("a0.txt\n", "a2.txt\n"), disk.written, "the third input is written after the second failed");
    assertEquals(new BatchRunner.Result(ExitCodes.UNREADABLE, 2, 1), result);
    assertEquals(List.of("nlbrief: " + target + ": cannot be written (No space left on device)", "2 succeeded, 1 failed"),
        errLines());
  }

  @Test
  void aFailedInputIsReportedInItsTurnAndTheOthersGoOn() {
    List<String> delivered = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    BatchRunner.Result result = runner(3, null).run(files(3), in -> {
      if (in.name().equals("a1.txt")) {
        throw new ParseException(in.name(), Reason.CORRUPT, "test");
      }
      return in.name();
    }, new BatchRunner.Delivery<String>() {
      @Override
      public int deliver(Input in, String made) {
        delivered.add(made);
        return ExitCodes.OK;
      }

      @Override
      public void failed(Input in, Throwable failure) {
        failed.add(in.name());
      }
    });

    assertEquals(List.of("a0.txt", "a2.txt"), delivered);
    assertEquals(List.of("a1.txt"), failed);
    assertEquals(new BatchRunner.Result(ExitCodes.REFUSED, 2, 1), result);
    assertEquals(List.of("nlbrief: a1.txt: is corrupt (test)", "2 succeeded, 1 failed"), errLines());
  }

  @Test
  void aSlowInputTimesOutWithItsOwnCodeAndTheBatchGoesOn() {
    CountDownLatch never = new CountDownLatch(1);
    List<String> delivered = new ArrayList<>();
    // One thread: the stuck input's thread is replaced, or the inputs after it would never run.
    BatchRunner.Result result = runner(1, Duration.ofMillis(300)).run(files(3), in -> {
      if (in.name().equals("a0.txt")) {
        while (true) {
          try {
            never.await(); // Ignores interruption, as a busy parser would.
          } catch (InterruptedException e) {
            // go on being stuck
          }
        }
      }
      return in.name();
    }, (in, made) -> {
      delivered.add(made);
      return ExitCodes.OK;
    });

    assertEquals(List.of("a1.txt", "a2.txt"), delivered);
    assertEquals(new BatchRunner.Result(ExitCodes.TIMEOUT, 2, 1), result);
    assertEquals(List.of("nlbrief: a0.txt: timed out (took more than 0.3 seconds; --timeout)", "2 succeeded, 1 failed"),
        errLines());
  }

  @Test
  void aBugOnOneInputIsAnInternalErrorForThatInputOnly() {
    BatchRunner.Result result = runner(2, null).run(files(2), in -> {
      if (in.name().equals("a0.txt")) {
        throw new StackOverflowError();
      }
      return in.name();
    }, (in, made) -> ExitCodes.OK);

    assertEquals(new BatchRunner.Result(ExitCodes.INTERNAL_ERROR, 1, 1), result);
    assertTrue(errLines().get(0).startsWith("nlbrief: a0.txt: internal error: java.lang.StackOverflowError"), errLines().toString());
  }

  @Test
  void findingsCountAsSuccessAndAreTheExitCode() {
    BatchRunner.Result result = runner(2, null).run(files(2), Input::name,
        (in, made) -> made.equals("a1.txt") ? ExitCodes.FINDINGS : ExitCodes.OK);
    assertEquals(new BatchRunner.Result(ExitCodes.FINDINGS, 2, 0), result);
  }

  @Test
  void anEmptyFolderIsSaidAsSuch() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    List<Input> inputs = Inputs.expand(List.of(empty.toString()), System.in, p -> false);

    BatchRunner.Result result = runner(1, null).run(inputs, in -> in.parse(null), (in, made) -> ExitCodes.OK);

    assertEquals(new BatchRunner.Result(ExitCodes.REFUSED, 0, 1), result);
    assertEquals(List.of("nlbrief: " + empty + ": is empty (a folder with no files to read)", "0 succeeded, 1 failed"),
        errLines());
  }

  /** A bar that records what it is told. */
  private static final class RecordingBar implements Progress {
    final List<String> steps = Collections.synchronizedList(new ArrayList<>());
    boolean shown;

    @Override
    public void done(long bytes) {
      steps.add("done " + bytes);
    }

    @Override
    public void advance(long bytes) {
      steps.add("+" + bytes);
    }

    @Override
    public void close() {}
  }

  private BatchRunner runner(BatchRunner.Options options, RecordingBar bar) {
    return new BatchRunner(reporter, err, options, (show, colour, task, articles, bytes) -> {
      bar.shown = show;
      return bar;
    });
  }

  @Test
  void oneLongInputMovesTheBarAsItsWorkGoesOn() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[(int) BatchRunner.LONG_INPUT]);
    RecordingBar bar = new RecordingBar();
    BatchRunner.Options onTerminal = new BatchRunner.Options(1, null, true, false, "test", false);
    runner(onTerminal, bar).runTracked(List.of(new Input.File(big, "big.txt")), (in, done) -> {
      done.accept(0.25);
      done.accept(0.25); // said again: nothing more
      done.accept(0.1); // backwards: ignored
      done.accept(0.5);
      return "made";
    }, (in, made) -> ExitCodes.OK);

    assertTrue(bar.shown, "a long input alone gets a bar on a terminal");
    assertEquals(List.of("+250000", "+250000", "done 500000"), bar.steps);
  }

  @Test
  void oneShortInputGetsNoBarUnlessAskedFor() throws IOException {
    Path small = dir.resolve("small.txt");
    Files.writeString(small, "Kort.");
    List<Input> one = List.of(new Input.File(small, "small.txt"));
    RecordingBar bar = new RecordingBar();
    runner(new BatchRunner.Options(1, null, true, false, "test", false), bar).run(one, in -> "made", (in, made) -> ExitCodes.OK);
    assertTrue(!bar.shown);
    RecordingBar asked = new RecordingBar();
    runner(new BatchRunner.Options(1, null, false, false, "test", false, true), asked)
        .run(one, in -> "made", (in, made) -> ExitCodes.OK);
    assertTrue(asked.shown, "--progress shows it anywhere");
    assertEquals(List.of("done 5"), asked.steps);
  }
}
