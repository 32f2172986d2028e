package io.nlbrief.cli.serve;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.summarizer.gloss.EnglishVariant;
import io.nlbrief.summarizer.gloss.Glossary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * nlbrief's own endpoints and the web page: {@code POST /v1/parse}, {@code /v1/summarize}, {@code
 * /v1/gloss} and {@code /v1/brief} (an article as text or as a file of any format {@code parse}
 * reads, see {@link Upload}; the answer in one of the command's formats, see {@link
 * ArticleCommands}), {@code GET /v1/openapi.json}, and the page at {@code /}. Work runs on the proofreading workers,
 * within the same queue and time limit as {@code /v2/check}.
 */
final class Pages extends Handler.Abstract {
  private static final String RESOURCES = "/io/nlbrief/cli/serve/";
  /** The name an uploaded article goes by: the server never learns, nor uses, a client's file names. */
  private static final String UPLOAD = "upload";

  private final ProofreadingPool pool;
  private final ArticleCommands commands;
  private final ServerLimits limits;
  private final ArticleParser parser;
  private final byte[] page;
  private final byte[] openApi;

  Pages(ProofreadingPool pool, Briefing briefing, Glossary glossary, ServerLimits limits) {
    this(pool, briefing, glossary, limits, EnglishVariant.DEFAULT);
  }

  /** The pages, /v1/gloss and /v1/brief rendering {@code english} unless a request asks for the other. */
  Pages(ProofreadingPool pool, Briefing briefing, Glossary glossary, ServerLimits limits,
      EnglishVariant english) {
    this.pool = pool;
    this.limits = limits;
    this.parser = ArticleParser.create(ParseOptions.defaults().withMaxBytes(limits.maxUploadBytes()));
    this.commands = new ArticleCommands(parser, glossary, briefing, english);
    this.page = withEnglishChosen(resource("index.html"), english);
    this.openApi = resource("openapi.json");
  }

  /**
   * The page with the server's English chosen in its English chooser: American as the page is written,
   * British for {@code serve --english british}, so that a sheet asked for from the page without
   * touching the chooser is in the server's English, as a request without {@code english} is.
   */
  static byte[] withEnglishChosen(byte[] page, EnglishVariant english) {
    if (english == EnglishVariant.AMERICAN) {
      return page;
    }
    String html = new String(page, StandardCharsets.UTF_8);
    String american = "<option value=\"american\" selected>";
    String british = "<option value=\"british\">";
    if (!html.contains(american) || !html.contains(british)) {
      throw new IllegalStateException("index.html has no English chooser with American chosen");
    }
    return html.replace(american, "<option value=\"american\">").replace(british, "<option value=\"british\" selected>")
        .getBytes(StandardCharsets.UTF_8);
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
        default -> {
          ArticleCommands.Command command = ArticleCommands.COMMANDS.get(path);
          if (command == null) {
            return false;
          }
          if (!"POST".equals(method)) {
            throw new Refusal(405, "use POST");
          }
          answer(command, request, response, callback);
          return true;
        }
      }
    } catch (Refusal r) {
      // A request refused before its body was read to the end (a bad option, an upload too large).
      RefusedBodies.drop(request, response);
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

  private void answer(ArticleCommands.Command command, Request request, Response response, Callback callback)
      throws Refusal {
    Fields query;
    try {
      query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw new Refusal(400, "the query is not valid URL encoding");
    }
    ArticleCommands.validate(command, query);
    String format = ArticleCommands.format(command, query);
    byte[] article = Upload.read(request, limits.maxUploadBytes());
    if (article.length == 0) {
      throw new Refusal(400, "send the article: as the request body (a file of any format, or text/plain), as "
          + "multipart/form-data part 'file', or as form field 'text'; this one is empty");
    }
    byte[] answer = pool.run(() -> {
      Article parsed;
      try {
        parsed = parser.parse(article, UPLOAD);
      } catch (ParseException e) {
        throw new Refusal(422, "the article was refused: " + e.getMessage());
      }
      return commands.answer(command, parsed, query);
    });
    send(response, callback, 200, ArticleCommands.contentType(format), answer);
  }

  private static void send(Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
