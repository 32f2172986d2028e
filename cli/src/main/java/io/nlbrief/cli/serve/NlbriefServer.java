package io.nlbrief.cli.serve;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty with nlbrief's endpoints: header and form size limits from Jetty, a graceful stop (requests
 * in flight finish, new ones get 503), CORS only for the origins given, one log line per request.
 */
final class NlbriefServer {
  /** Request headers larger than this get Jetty's 431. */
  private static final int MAX_HEADER_BYTES = 16 * 1024;

  private final Server server;
  private final ServerConnector connector;
  private final ProofreadingPool pool;
  private final ServerLimits limits;

  /**
   * @param corsOrigins origins allowed to call the API from a browser ({@code https://example.org});
   *     empty: no CORS headers at all
   * @param logQueries whether the log line shows the query string (it may hold the text: {@code --debug} only)
   */
  NlbriefServer(String bind, int port, ProofreadingPool pool, ServerLimits limits, String token, List<String> corsOrigins,
      Handler pages, PrintWriter log, boolean logQueries) {
    this.pool = pool;
    this.limits = limits;
    QueuedThreadPool threads = new QueuedThreadPool(limits.workers() + limits.queue() + 16, 4);
    threads.setName("nlbrief-serve-http");
    this.server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(bind);
    connector.setPort(port);
    connector.setIdleTimeout(Duration.ofSeconds(30).toMillis());
    server.addConnector(connector);
    Handler handler = new Routes(pool, limits, token, pages);
    if (!corsOrigins.isEmpty()) {
      CrossOriginHandler cors = new CrossOriginHandler();
      cors.setAllowedOriginPatterns(corsOrigins.stream().map(Pattern::quote).collect(Collectors.toSet()));
      cors.setAllowedMethods(Set.of("GET", "POST", "HEAD"));
      cors.setAllowedHeaders(Set.of("Content-Type", "Authorization"));
      cors.setHandler(handler);
      handler = cors;
    }
    GracefulHandler graceful = new GracefulHandler();
    graceful.setHandler(handler);
    server.setHandler(graceful);
    server.setErrorHandler(new JsonErrors());
    server.setRequestLog((request, response) -> log(log, request, response, logQueries));
    // On SIGTERM: stop accepting, let the requests in flight finish (at most one check's time limit).
    server.setStopTimeout(limits.timeout().plusSeconds(5).toMillis());
    server.setStopAtShutdown(true);
  }

  /** Starts listening; the port is then known. */
  void start() throws Exception {
    server.start();
  }

  int port() {
    return connector.getLocalPort();
  }

  /** Waits until the server stops (SIGTERM, or {@link #stop}), then lets the checks in flight end. */
  void join() throws InterruptedException {
    server.join();
    pool.shutdown(limits.timeout());
  }

  void stop() throws Exception {
    server.stop();
    pool.shutdown(limits.timeout());
  }

  private static void log(PrintWriter log, Request request, Response response, boolean logQueries) {
    long millis = Duration.ofNanos(System.nanoTime() - request.getBeginNanoTime()).toMillis();
    String query = request.getHttpURI().getQuery();
    String target = Request.getPathInContext(request) + (logQueries && query != null ? "?" + query : "");
    log.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + request.getMethod() + " " + target + " "
        + response.getStatus() + " " + Response.getContentBytesWritten(response) + " B " + millis + " ms");
    log.flush();
  }

  /**
   * The errors Jetty answers itself (headers too large, a bad request line, an internal error) in
   * the server's JSON shape, as every other error: no HTML page, no stack trace.
   */
  private static final class JsonErrors extends ErrorHandler {
    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, org.eclipse.jetty.util.Callback callback,
        String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
      String text = code >= 500 ? "internal error"
          : message == null ? "bad request" : message;
      Routes.send(response, callback, code, Routes.error(code, text));
      return true;
    }
  }
}
