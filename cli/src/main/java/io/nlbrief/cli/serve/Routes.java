package io.nlbrief.cli.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The server's endpoints: {@code /health}, LanguageTool's {@code /v2/check} and {@code
 * /v2/languages}. Every answer is JSON, errors too ({@code {"error": "...", "status": 413}}); a
 * request never names a file on the server, only the text it sends.
 */
final class Routes extends Handler.Abstract {
  private static final JsonFactory JSON = new JsonFactory();
  /** More form fields than any LanguageTool client sends. */
  private static final int MAX_FIELDS = 64;

  private final ProofreadingPool pool;
  private final ServerLimits limits;
  /** The token clients must send, or null when none is required. */
  private final byte[] token;
  private final Handler pages;

  Routes(ProofreadingPool pool, ServerLimits limits, String token, Handler pages) {
    this.pool = pool;
    this.limits = limits;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.pages = pages;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    try {
      if (path.equals("/health")) {
        requireMethod(method, "GET", "HEAD");
        boolean ready = pool.ready();
        send(response, callback, ready ? 200 : 503, "{\"status\":\"" + (ready ? "ok" : "starting") + "\",\"workersReady\":"
            + pool.readyWorkers() + ",\"busy\":" + pool.busy() + "}");
        return true;
      }
      if (path.equals("/v2/languages")) {
        requireMethod(method, "GET", "HEAD");
        send(response, callback, 200, LanguageToolApi.LANGUAGES);
        return true;
      }
      if (path.equals("/v2/check")) {
        requireMethod(method, "GET", "POST");
        Fields fields = parameters(request, method);
        authorize(request, fields);
        CheckRequest check = LanguageToolApi.checkRequest(fields::getValue, limits.maxTextChars());
        send(response, callback, 200, pool.check(check));
        return true;
      }
      if (pages != null) {
        authorize(request, null);
        if (pages.handle(request, response, callback)) {
          return true;
        }
      }
      throw new Refusal(404, "no such endpoint: " + path);
    } catch (Refusal r) {
      RefusedBodies.drop(request, response);
      if (r.retryAfter() > 0) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(r.retryAfter()));
      }
      if (r.status() == 401) {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
      }
      send(response, callback, r.status(), error(r.status(), r.getMessage()));
      return true;
    }
  }

  private static void requireMethod(String method, String... allowed) throws Refusal {
    for (String a : allowed) {
      if (a.equals(method)) {
        return;
      }
    }
    throw new Refusal(405, "use " + String.join(" or ", allowed));
  }

  /** The query's parameters and, for a POST, the form's; limits checked before the body is read. */
  private Fields parameters(Request request, String method) throws Refusal {
    Fields query;
    try {
      query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      throw new Refusal(400, "the query is not valid URL encoding");
    }
    if (!HttpMethod.POST.is(method)) {
      return query;
    }
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      throw new Refusal(415, "send the parameters form-encoded (application/x-www-form-urlencoded), as LanguageTool's "
          + "API expects");
    }
    long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    if (length > limits.maxUploadBytes()) {
      throw new Refusal(413, "the request is " + length + " bytes; this server takes at most " + limits.maxUploadBytes());
    }
    Fields form;
    try {
      form = FormFields.getFields(request, MAX_FIELDS, (int) Math.min(Integer.MAX_VALUE, limits.maxUploadBytes()));
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("too large") || message.contains("too many") || message.contains("exceeds")) {
        throw new Refusal(413, "the form is larger than this server takes (" + limits.maxUploadBytes() + " bytes, "
            + MAX_FIELDS + " fields)");
      }
      throw new Refusal(400, "the form is not valid URL encoding");
    }
    Fields all = new Fields();
    all.addAll(query);
    for (Fields.Field f : form) {
      all.put(f);
    }
    return all;
  }

  private void authorize(Request request, Fields fields) throws Refusal {
    if (token == null) {
      return;
    }
    String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    String sent = null;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      sent = header.substring(7).strip();
    } else if (fields != null) {
      // LanguageTool's clients can send an API key (LTeX, the LibreOffice extension): the token works there too.
      sent = fields.getValue("apiKey");
    }
    if (sent == null || !MessageDigest.isEqual(token, sent.getBytes(StandardCharsets.UTF_8))) {
      throw new Refusal(401, "this server needs its token: send 'Authorization: Bearer TOKEN' or apiKey=TOKEN");
    }
  }

  static void send(Response response, Callback callback, int status, String json) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    Content.Sink.write(response, true, json, callback);
  }

  static String error(int status, String message) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("error", message);
      g.writeNumberField("status", status);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
