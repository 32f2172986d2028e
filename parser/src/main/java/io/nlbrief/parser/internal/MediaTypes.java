package io.nlbrief.parser.internal;

import java.util.Set;

/**
 * Questions about media type names, answered from the names alone so that callers on the
 * plain-text path never need Tika's {@code MediaType}.
 */
final class MediaTypes {
  static final String OCTET_STREAM = "application/octet-stream";

  private static final Set<String> REFUSED_TOP_LEVEL_TYPES =
      Set.of("image", "audio", "video", "font", "model");
  private static final Set<String> REFUSED_TYPES =
      Set.of(
          OCTET_STREAM,
          "application/zip",
          "application/gzip",
          "application/x-gzip",
          "application/x-tar",
          "application/x-gtar",
          "application/x-7z-compressed",
          "application/x-bzip2",
          "application/x-xz",
          "application/zstd",
          "application/x-rar-compressed",
          "application/vnd.rar",
          "application/java-archive",
          "application/java-vm",
          "application/x-executable",
          "application/x-sharedlib",
          "application/x-elf",
          "application/x-msdownload",
          "application/x-dosexec",
          "application/x-mach-o-executable",
          "application/x-sqlite3",
          "application/wasm",
          "application/x-iso9660-image");

  private MediaTypes() {}

  /** Pictures, sound, programs and archives: Tika reads them, but they hold no article. */
  static boolean isRefused(String type) {
    String top = type.substring(0, Math.max(0, type.indexOf('/')));
    return REFUSED_TOP_LEVEL_TYPES.contains(top) || REFUSED_TYPES.contains(type);
  }

  static boolean isHtml(String type) {
    return type.equals("text/html")
        || type.equals("application/xhtml+xml")
        || type.equals("application/vnd.wap.xhtml+xml");
  }

  /** In HTML and XML, line breaks in the source are layout, not content. */
  static boolean isMarkup(String type) {
    return isHtml(type) || type.endsWith("/xml") || type.endsWith("+xml");
  }
}
