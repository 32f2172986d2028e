package io.nlbrief.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * The article a {@code /v1} request sends, as bytes for the parser: a {@code multipart/form-data}
 * upload (part {@code file}, as a browser's {@code <input type=file>} or {@code curl -F
 * file=@a.pdf} sends it, or part {@code text}), form field {@code text}, or the body as it came (a
 * file of any format, or {@code text/plain}). Everything stays in memory, within the server's
 * upload limit: nothing is written to the server's disk, and the client's file name is not used.
 */
final class Upload {
  /** The part that holds an uploaded file. */
  static final String FILE = "file";
  /** The part or form field that holds pasted text. */
  static final String TEXT = "text";
  /** More parts than a form with a file and a few fields has: refused (a client sending junk). */
  private static final int MAX_PARTS = 16;
  /** A part's own headers (name, file name, type): a few hundred bytes in practice. */
  private static final int MAX_PART_HEADERS = 8 * 1024;

  private Upload() {}

  /**
   * @throws Refusal 413 beyond {@code maxBytes}; 400 for a form without the article, a broken
   *     multipart body or one that broke off; the caller refuses an empty article
   */
  static byte[] read(Request request, long maxBytes) throws Refusal {
    long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    if (length > maxBytes) {
      throw new Refusal(413, "the upload is " + length + " bytes; this server takes at most " + maxBytes);
    }
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (lower.startsWith("application/x-www-form-urlencoded")) {
      return formText(request, maxBytes);
    }
    if (lower.startsWith("multipart/form-data")) {
      return multipart(request, type, maxBytes);
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new Refusal(400, "the upload broke off");
    }
  }

  private static byte[] formText(Request request, long maxBytes) throws Refusal {
    Fields form;
    try {
      form = FormFields.getFields(request, MAX_PARTS, (int) Math.min(Integer.MAX_VALUE, maxBytes));
    } catch (RuntimeException e) {
      throw new Refusal(400, "the form is not valid URL encoding, or larger than " + maxBytes + " bytes");
    }
    String text = form.getValue(TEXT);
    if (text == null) {
      throw new Refusal(400, "the form has no field '" + TEXT + "'" + named(form.getNames()));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] multipart(Request request, String type, long maxBytes) throws Refusal {
    if (MultiPart.extractBoundary(type) == null) {
      throw new Refusal(400, "multipart/form-data without a boundary in its Content-Type");
    }
    MultiPartConfig config = new MultiPartConfig.Builder()
        .maxParts(MAX_PARTS)
        .maxSize(maxBytes)
        .maxPartSize(maxBytes)
        // Parts bigger than this would go to files on disk: as big as the limit, so none ever does.
        .maxMemoryPartSize(maxBytes)
        .maxHeadersSize(MAX_PART_HEADERS)
        .build();
    MultiPartFormData.Parts parts;
    try {
      parts = MultiPartFormData.getParts(request, request, type, config);
    } catch (RuntimeException e) {
      throw refusalOf(e, maxBytes);
    }
    try (parts) {
      MultiPart.Part part = parts.getFirst(FILE);
      if (part == null) {
        part = parts.getFirst(TEXT);
      }
      if (part == null) {
        List<String> names = new ArrayList<>();
        parts.forEach(p -> names.add(p.getName()));
        throw new Refusal(400, "the form has no part '" + FILE + "' (a file) or '" + TEXT + "' (text)" + named(names));
      }
      try (InputStream in = Content.Source.asInputStream(part.createContentSource())) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new Refusal(400, "the upload broke off");
      }
    }
  }

  /** Jetty's multipart parser says what went wrong only in its messages: too big, or malformed. */
  private static Refusal refusalOf(Throwable e, long maxBytes) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("max") || message.contains("exceed") || message.contains("too large")) {
        if (message.contains("parts") && !message.contains("size")) {
          return new Refusal(413, "the form has more than " + MAX_PARTS + " parts");
        }
        return tooLarge(maxBytes);
      }
    }
    return new Refusal(400, "the multipart/form-data body is malformed or broke off");
  }

  private static Refusal tooLarge(long maxBytes) {
    return new Refusal(413, "the upload is larger than this server takes (at most " + maxBytes + " bytes)");
  }

  private static String named(Iterable<String> names) {
    List<String> list = new ArrayList<>();
    names.forEach(n -> list.add("'" + n + "'"));
    return list.isEmpty() ? "" : " (it has " + String.join(", ", list) + ")";
  }
}
