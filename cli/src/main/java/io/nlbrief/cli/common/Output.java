package io.nlbrief.cli.common;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command's results go: standard output, or a file that appears whole or not at all.
 * A file is written to a hidden temporary file beside it (same folder, so the final rename stays
 * on one file system) and moved into place by {@link #commit()}; closing without committing
 * leaves an existing file untouched. Results are always bytes: formats encode UTF-8 themselves.
 */
public abstract sealed class Output implements Closeable {

  /**
   * Standard output when {@code file} is null, else {@code file}. A file that exists and is
   * neither a regular file nor a folder ({@code /dev/null}, {@code /dev/stdout}, a named pipe) is
   * written in place: replacing it by rename would put a regular file where a device was (as
   * root, {@code -o /dev/null} would otherwise break {@code /dev/null} for the whole machine).
   */
  public static Output open(Path file, OutputStream stdout) throws OutputException {
    if (file == null) {
      return new Direct(stdout);
    }
    if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
      return new Direct(file);
    }
    return new AtomicFile(file);
  }

  /** Writes one complete result and flushes it, so results appear as each input is done. */
  public abstract void write(byte[] result) throws IOException;

  /** A result written as it is made: one too large to hold as bytes (the JSON of a big article). */
  @FunctionalInterface
  public interface Streamed {
    /** Writes the result to {@code out}, which it must not close. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes one complete result as {@code result} makes it, and flushes it as {@link
   * #write(byte[])} does. A result that fails part-way (the output, or the making of it) fails the
   * output as a failed write does: a file is not delivered and takes no later result, since what
   * it holds ends in half a result.
   */
  public final void write(Streamed result) throws IOException {
    try {
      result.writeTo(new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          append(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          append(b, off, len);
        }
      });
      flushResult();
    } catch (IOException | RuntimeException e) {
      failed();
      throw e;
    }
  }

  /** Writes bytes of a result; a failure to write fails the output and names the file. */
  abstract void append(byte[] bytes, int off, int len) throws IOException;

  /** Ends a result: stdout and devices show it at once. */
  abstract void flushResult() throws IOException;

  /** A result failed part-way, not by a write of this output (already recorded then). */
  abstract void failed();

  /** Whether {@code path} is where this output ends up, so it is never read as an input. */
  public abstract boolean isTarget(Path path);

  /**
   * Delivers what was written. For a file: not after a write to it failed (the failure was
   * reported then), so a partial file never replaces the old one.
   */
  public abstract void commit() throws IOException;

  @Override
  public abstract void close() throws IOException;

  /**
   * A stream written as results come: standard output ({@code target} null; closing only flushes
   * it) or a device or pipe named by the user (opened, written and closed, never replaced).
   */
  private static final class Direct extends Output {
    private final Path target;
    private final OutputStream out;
    private boolean broken;

    Direct(OutputStream stdout) {
      this.target = null;
      this.out = new NonClosing(stdout);
    }

    Direct(Path target) throws OutputException {
      this.target = target;
      try {
        this.out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.WRITE));
      } catch (IOException e) {
        throw new OutputException(target, e);
      }
    }

    @Override
    public void write(byte[] result) throws IOException {
      append(result, 0, result.length);
      flushResult();
    }

    @Override
    void append(byte[] bytes, int off, int len) throws IOException {
      try {
        out.write(bytes, off, len);
      } catch (IOException e) {
        broken = true;
        throw target == null ? e : new OutputException(target, e);
      }
    }

    @Override
    void flushResult() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        broken = true;
        throw target == null ? e : new OutputException(target, e);
      }
    }

    @Override
    void failed() {
      broken = true;
    }

    @Override
    public boolean isTarget(Path path) {
      return false;
    }

    @Override
    public void commit() throws IOException {
      if (broken) {
        return; // Reported with the write that failed; its bytes may still sit in the buffer.
      }
      try {
        out.flush();
      } catch (IOException e) {
        broken = true;
        throw target == null ? e : new OutputException(target, e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        if (!broken) {
          throw target == null ? e : new OutputException(target, e);
        }
      }
    }
  }

  /** The process's stdout outlives the command: closing only flushes it. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static final class AtomicFile extends Output {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;
    private IOException broken;

    AtomicFile(Path target) throws OutputException {
      this.target = target;
      if (Files.isDirectory(target)) {
        throw new OutputException(target, "is a directory");
      }
      Path name = target.getFileName();
      if (name == null) {
        throw new OutputException(target, "not a file name");
      }
      // Hidden, so a folder walk over the output's own folder never picks it up. Not
      // Files.createTempFile: its 0600 permissions would end up on the result.
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
      this.temp = target.toAbsolutePath().resolveSibling("." + name + "." + suffix + ".tmp");
      try {
        this.out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW));
      } catch (IOException e) {
        throw new OutputException(target, e);
      }
    }

    @Override
    public void write(byte[] result) throws IOException {
      append(result, 0, result.length);
    }

    @Override
    void append(byte[] bytes, int off, int len) throws IOException {
      if (broken != null) {
        // The file will not be delivered (see commit): no later result is written to it either.
        throw new OutputException(target, broken);
      }
      try {
        out.write(bytes, off, len);
      } catch (IOException e) {
        broken = e;
        throw new OutputException(target, e);
      }
    }

    @Override
    void flushResult() {
      // Buffered until commit: the file appears whole or not at all.
    }

    @Override
    void failed() {
      if (broken == null) {
        broken = new IOException("an earlier result failed while it was written");
      }
    }

    @Override
    public boolean isTarget(Path path) {
      return path.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
    }

    @Override
    public void commit() throws IOException {
      if (broken != null) {
        return; // A write failed (and was reported): the old file stays, no partial one replaces it.
      }
      try {
        out.close();
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new OutputException(target, e);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        try {
          out.close();
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    }
  }
}
