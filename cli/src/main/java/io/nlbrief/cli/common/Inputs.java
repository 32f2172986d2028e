package io.nlbrief.cli.common;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Expands command-line arguments into inputs: a file stays itself, {@code -} is standard input,
 * a folder becomes every regular file below it, sorted by path so runs are repeatable, without
 * hidden files and folders (names starting with a dot: {@code .git}, editor backups).
 */
public final class Inputs {
  /**
   * The hidden file that marks a folder nlbrief writes its outputs into (brief's sheet folders):
   * a folder walk skips such a folder, so sheets and index pages are never read back as articles.
   */
  public static final String OUTPUT_FOLDER_MARKER = ".nlbrief-output";

  private Inputs() {}

  /** Marks {@code dir} as an output folder (see {@link #OUTPUT_FOLDER_MARKER}); idempotent. */
  public static void markOutputFolder(Path dir) throws IOException {
    Path marker = dir.resolve(OUTPUT_FOLDER_MARKER);
    if (!Files.exists(marker)) {
      Files.writeString(marker, "nlbrief writes its output here; it never reads this folder as input.\n",
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Whether {@code dir} is a folder nlbrief wrote its output into. */
  public static boolean isOutputFolder(Path dir) {
    return Files.exists(dir.resolve(OUTPUT_FOLDER_MARKER));
  }

  /**
   * Whether the arguments form a batch (several arguments, or a folder whose size is not known in
   * advance). Output formats decide their framing on this rather than on how many files a folder
   * happens to hold, so a script sees the same shape whatever the folder contains.
   */
  public static boolean isBatch(List<String> args) {
    return args.size() > 1 || args.stream().anyMatch(arg -> !arg.equals(Input.Stdin.NAME) && isDirectory(arg));
  }

  /**
   * The inputs the arguments name, in argument order.
   *
   * @param excluded files inside folders that are not inputs, such as the output file
   */
  public static List<Input> expand(List<String> args, InputStream stdin, Predicate<Path> excluded) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(Input.Stdin.NAME)) {
        inputs.add(new Input.Stdin(stdin));
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        inputs.add(new Input.Unavailable(arg, new ParseException(arg, Reason.NOT_FOUND, "not a valid path", e)));
        continue;
      }
      if (Files.isDirectory(path)) {
        inputs.addAll(walk(path, excluded));
      } else {
        inputs.add(new Input.File(path, arg));
      }
    }
    return inputs;
  }

  private static boolean isDirectory(String arg) {
    try {
      return Files.isDirectory(Path.of(arg));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static List<Input> walk(Path root, Predicate<Path> excluded) {
    List<Path> files = new ArrayList<>();
    List<Input> unavailable = new ArrayList<>();
    try {
      // Links are followed (a folder of links to articles is common); loops are skipped.
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && isHidden(dir) || isOutputFolder(dir)
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !isHidden(file) && !excluded.test(file)) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (!(e instanceof FileSystemLoopException) && (file.equals(root) || !isHidden(file))) {
            unavailable.add(unreadable(file, e));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      unavailable.add(unreadable(root, e));
    }
    files.sort(null);
    if (files.isEmpty() && unavailable.isEmpty()) {
      // Said, not silently nothing: a wrong folder or a failed download is the usual cause.
      String name = root.toString();
      unavailable.add(new Input.Unavailable(name, new ParseException(name, Reason.EMPTY,
          isOutputFolder(root) ? "a folder of nlbrief's own output, which is never read as input"
              : "a folder with no files to read")));
    }
    List<Input> inputs = new ArrayList<>(unavailable);
    files.forEach(file -> inputs.add(new Input.File(file, file.toString())));
    return inputs;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static Input unreadable(Path path, IOException e) {
    String name = path.toString();
    return new Input.Unavailable(name, new ParseException(name, Reason.UNREADABLE, e.getClass().getSimpleName(), e));
  }
}
