package io.nlbrief.cli.pipeline;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * One input as typed (a file, a folder, a glob or a URI) and the pattern Beam's file systems match
 * for it, with the prefix that turns a matched resource back into the name the user would expect:
 * {@code news/} typed, {@code /home/u/news/**} matched, {@code /home/u/news/a/b.txt} named
 * {@code news/a/b.txt}, as {@code brief} names the files of a folder.
 *
 * @param typed the argument as given
 * @param spec what Beam matches
 * @param specPrefix the part of every matched resource that {@code typedPrefix} stands for
 * @param typedPrefix the typed literal part before any glob character
 */
record InputPattern(String typed, String spec, String specPrefix, String typedPrefix) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A local path or glob, resolved against {@code cwd}; anything with a scheme ({@code gs://}) as it is. */
  static InputPattern of(String typed, Path cwd) {
    if (typed.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      int glob = firstGlob(typed);
      String literal = glob < 0 ? typed : typed.substring(0, typed.lastIndexOf('/', glob) + 1);
      return new InputPattern(typed, typed, literal, literal);
    }
    int glob = firstGlob(typed);
    if (glob < 0) {
      Path path = cwd.resolve(typed).toAbsolutePath().normalize();
      if (java.nio.file.Files.isDirectory(path)) {
        String typedDir = typed.endsWith("/") ? typed : typed + "/";
        String dir = path.toString().endsWith("/") ? path.toString() : path + "/";
        return new InputPattern(typed, dir + "**", dir, typedDir);
      }
      return new InputPattern(typed, path.toString(), path.toString(), typed);
    }
    int slash = typed.lastIndexOf('/', glob);
    String typedLiteral = typed.substring(0, slash + 1);
    Path base = cwd.resolve(typedLiteral.isEmpty() ? "." : typedLiteral).toAbsolutePath().normalize();
    String prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
    return new InputPattern(typed, prefix + typed.substring(slash + 1), prefix, typedLiteral);
  }

  /**
   * The name of a matched resource, or {@code null} when it is hidden below the typed prefix (a
   * file or folder whose name starts with a dot, which {@code brief} skips in a folder too).
   */
  String nameOf(String resource) {
    if (!resource.startsWith(specPrefix)) {
      return resource;
    }
    String rest = resource.substring(specPrefix.length());
    for (String segment : rest.split("/")) {
      if (segment.startsWith(".")) {
        return null;
      }
    }
    return typedPrefix + rest;
  }

  private static int firstGlob(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
