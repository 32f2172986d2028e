package io.nlbrief.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Keeps a command from writing over what it reads. Every command that writes to {@code -o} asks
 * here before it reads anything: an output that is an input (the same file, whatever the path:
 * {@code ../}, a symbolic link or a hard link, by {@link Files#isSameFile}), an input folder, or a
 * file or folder inside an input folder is refused. Output is replaced only when a command is
 * done, but replacing an article with its own summary is still losing it.
 *
 * <p>The same question is asked of each file a command writes into an output folder, against the
 * inputs as expanded ({@link #conflict(Path, List)}), since a folder's files are only known then.
 */
public final class OutputGuard {
  private OutputGuard() {}

  /**
   * Refuses, as a usage error (exit 2, one line), an {@code output} that {@link #conflict(List,
   * Path)} finds in the way of the inputs; called before any input is read.
   */
  public static void refuse(CommandSpec spec, List<String> args, Path output) {
    conflict(args, output).ifPresent(reason -> {
      throw new ParameterException(spec.commandLine(), reason);
    });
  }

  /**
   * Why {@code output} may not be written while {@code args} are read, or empty when it may.
   *
   * @param args the input arguments as typed ({@code -} is standard input)
   * @param output the output file or folder, {@code null} for standard output
   */
  public static Optional<String> conflict(List<String> args, Path output) {
    if (output == null) {
      return Optional.empty();
    }
    Path resolved = resolve(output);
    for (String arg : args) {
      if (arg.equals(Input.Stdin.NAME)) {
        continue;
      }
      Path input;
      try {
        input = Path.of(arg);
      } catch (InvalidPathException e) {
        continue;
      }
      if (!Files.exists(input)) {
        continue; // Reading it will report it missing.
      }
      if (Files.isDirectory(input)) {
        Path folder = real(input);
        if (resolved.equals(folder)) {
          return Optional.of("the output " + Names.printable(output) + " is the input folder " + Names.printable(arg));
        }
        if (resolved.startsWith(folder)) {
          return Optional.of("the output " + Names.printable(output) + " is inside the input folder "
              + Names.printable(arg) + " (it would be read as an input next time); write it elsewhere");
        }
      } else if (sameFile(input, output)) {
        return Optional.of("the output " + Names.printable(output) + " is the input " + Names.printable(arg));
      }
    }
    return Optional.empty();
  }

  /**
   * Why {@code target}, a file about to be written, may not be: when it is one of the inputs.
   * Inputs that are not files (standard input, an unlisted path) never conflict.
   */
  public static Optional<String> conflict(Path target, List<Input> inputs) {
    if (!Files.exists(target)) {
      return Optional.empty();
    }
    for (Input input : inputs) {
      if (input instanceof Input.File file && sameFile(file.path(), target)) {
        return Optional.of("the output " + Names.printable(target) + " is the input " + Names.printable(file.name()));
      }
    }
    return Optional.empty();
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * Where a path ends up once links and {@code ..} are followed: its real path when it exists,
   * else the real path of its nearest existing ancestor with the rest appended.
   */
  static Path resolve(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    Path rest = existing.relativize(absolute);
    Path real = real(existing);
    return rest.toString().isEmpty() ? real : real.resolve(rest).normalize();
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException | SecurityException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
