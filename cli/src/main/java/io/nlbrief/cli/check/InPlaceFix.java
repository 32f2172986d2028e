package io.nlbrief.cli.check;

import io.nlbrief.cli.common.Names;
import io.nlbrief.cli.common.OutputException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Rewrites a user's file with its fixed text, losing nothing: the first original is kept as
 * {@code FILE.orig} and never overwritten (a later run keeps it and says so); the new file gets the
 * old one's permissions, owner and group; a symbolic link is followed and its target fixed (the
 * link stays a link); a file with other hard links is refused, since renaming a new file over one
 * name would split it from the others. The new text is written beside the file and renamed over
 * it, so the file is whole at every moment.
 */
final class InPlaceFix {
  /** What happened, as one line for the user. */
  record Outcome(boolean refused, String message) {}

  private InPlaceFix() {}

  /**
   * @param file the file as the user named it
   * @param fixes how many fixes the new text has
   */
  static Outcome apply(Path file, String fixed, Charset charset, int fixes) throws OutputException {
    if (fixes == 0) {
      return new Outcome(false, "nothing to fix; left as it was");
    }
    Path target;
    try {
      target = file.toRealPath();
    } catch (IOException e) {
      throw new OutputException(file, e);
    }
    String via = target.equals(file.toAbsolutePath().normalize()) ? "" : " (through the link, in " + Names.printable(target) + ")";
    int links = hardLinks(target);
    if (links > 1) {
      return new Outcome(true, "not fixed in place: the file has " + (links - 1) + " other hard link"
          + (links > 2 ? "s" : "") + ", which rewriting it would split from it (use --fix -o FILE for the corrected text)");
    }
    Path backup = target.resolveSibling(target.getFileName() + ".orig");
    boolean earlierBackup;
    try {
      Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      earlierBackup = false;
    } catch (FileAlreadyExistsException e) {
      earlierBackup = true; // The first original stays: this run's input is an already fixed text.
    } catch (IOException e) {
      throw new OutputException(backup, e);
    }
    String name = target.getFileName().toString();
    Path temp = target.resolveSibling("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      Files.writeString(temp, fixed, charset, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      keepAttributes(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // The failure below is what the user needs to know.
      }
      throw new OutputException(file, e);
    }
    String what = fixes + (fixes == 1 ? " fix" : " fixes") + " applied in place" + via;
    return new Outcome(false, earlierBackup
        ? what + "; the original from an earlier run stays in " + Names.printable(backup.getFileName()) + " (not overwritten)"
        : what + "; the original is in " + Names.printable(backup.getFileName()));
  }

  private static int hardLinks(Path file) {
    try {
      return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
      return 1; // No such notion here (not a Unix file system).
    }
  }

  /** The mode, owner and group of {@code from} on {@code to}; an owner we cannot give is a failure. */
  private static void keepAttributes(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source == null || target == null) {
      return;
    }
    PosixFileAttributes attributes = source.readAttributes();
    target.setPermissions(attributes.permissions());
    UserPrincipal owner = attributes.owner();
    if (!owner.equals(target.readAttributes().owner())) {
      try {
        target.setOwner(owner);
      } catch (IOException e) {
        throw new IOException("its owner " + owner.getName() + " cannot be kept; not rewritten", e);
      }
    }
    if (!attributes.group().equals(target.readAttributes().group())) {
      try {
        target.setGroup(attributes.group());
      } catch (IOException e) {
        throw new IOException("its group " + attributes.group().getName() + " cannot be kept; not rewritten", e);
      }
    }
  }
}
