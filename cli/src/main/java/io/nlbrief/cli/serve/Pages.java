package io.nlbrief.cli.serve;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * nlbrief's own endpoints and the web page: {@code POST /v1/brief} (an article as text or as the
 * bytes of a file of any format {@code parse} reads; the sheet in one of {@code brief}'s formats),
 * {@code GET /v1/openapi.json}, and the page at {@code /}. Work runs on the proofreading workers,
 * within the same queue and time limit as {@code /v2/check}.
 */
final class Pages extends Handler.Abstract {
  private static final String RESOURCES = "/io/nlbrief/cli/serve/";
  /** The name an uploaded article goes by: the server never learns, nor uses, a client's file names. */
  private static final String UPLOAD = "upload";

  private final ProofreadingPool pool;
  private final Briefing briefing;
  private final ServerLimits limits;
  private final ArticleParser parser;
  private final byte[] page;
  private final byte[] openApi;

  Pages(ProofreadingPool pool, Briefing briefing, ServerLimits limits) {
    this.pool = pool;
    this.briefing = briefing;
    this.limits = limits;
    this.parser = ArticleParser.create(ParseOptions.defaults().withMaxBytes(limits.maxUploadBytes()));
    this.page = resource("index.html");
    this.openApi = resource("openapi.json");
  }

  private static byte[] resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    try {
      switch (path) {
        case "/", "/index.html" -> {
          requireGet(method);
          response.getHeaders().put("Content-Security-Policy",
              "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                  + "frame-src 'self' blob:; img-src 'self' data: blob:");
          send(response, callback, 200, "text/html; charset=utf-8", page);
          return true;
        }
        case "/v1/openapi.json" -> {
          requireGet(method);
          send(response, callback, 200, "application/json; charset=utf-8", openApi);
          return true;
        }
        case "/v1/brief" -> {
          if (!"POST".equals(method)) {
            throw new Refusal(405, "use POST");
          }
          brief(request, response, callback);
          return true;
        }
        default -> {
          return false;
        }
      }
    } catch (Refusal r) {
      if (r.retryAfter() > 0) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(r.retryAfter()));
      }
      Routes.send(response, callback, r.status(), Routes.error(r.status(), r.getMessage()));
      return true;
    }
  }

  private static void requireGet(String method) throws Refusal {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      throw new Refusal(405, "use GET");
    }
  }

  private void brief(Request request, Response response, Callback callback) throws Refusal {
    Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    String format = query.getValue("format") == null ? "html" : query.getValue("format").toLowerCase(Locale.ROOT);
    if (!SheetBriefing.knows(format)) {
      throw new Refusal(400, "'format' is json, html, md, pdf or text, not '" + format + "'");
    }
    String check = query.getValue("check");
    boolean proofread = check == null || !check.equalsIgnoreCase("false");
    byte[] article = body(request);
    if (article.length == 0) {
      throw new Refusal(400, "send the article: as the request body (a file of any format, or text/plain) or as "
          + "form field 'text'");
    }
    byte[] sheet = pool.run(() -> {
      Article parsed;
      try {
        parsed = parser.parse(article, UPLOAD);
      } catch (ParseException e) {
        throw new Refusal(422, "the article was refused: " + e.getMessage());
      }
      return briefing.sheet(parsed, format, proofread);
    });
    send(response, callback, 200, Briefing.contentType(format), sheet);
  }

  /** The article's bytes: form field {@code text}, else the body as it came. */
  private byte[] body(Request request) throws Refusal {
    long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    if (length > limits.maxUploadBytes()) {
      throw new Refusal(413, "the upload is " + length + " bytes; this server takes at most " + limits.maxUploadBytes());
    }
    String type = String.valueOf(request.getHeaders().get(HttpHeader.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded")) {
      Fields form;
      try {
        form = FormFields.getFields(request, 16, (int) Math.min(Integer.MAX_VALUE, limits.maxUploadBytes()));
      } catch (RuntimeException e) {
        throw new Refusal(400, "the form is not valid URL encoding, or larger than " + limits.maxUploadBytes() + " bytes");
      }
      String text = form.getValue("text");
      return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
    try (InputStream in = Request.asInputStream(request)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxUploadBytes() + 1));
      if (bytes.length > limits.maxUploadBytes()) {
        throw new Refusal(413, "the upload is larger than this server takes (" + limits.maxUploadBytes() + " bytes)");
      }
      return bytes;
    } catch (IOException e) {
      throw new Refusal(400, "the upload broke off");
    }
  }

  private static void send(Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
