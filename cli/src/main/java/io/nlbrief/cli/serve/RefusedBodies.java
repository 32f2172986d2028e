package io.nlbrief.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * What happens to the body of a request that is refused before it was read to the end. A server
 * that answers and closes while the client is still sending makes the client's TCP stack receive a
 * reset, which often throws the answer away unread ("header parser received no bytes"): the 413
 * the user should see is lost. So the rest of the body is read and dropped, up to a bound; a body
 * longer than that is not read for nothing and the answer closes the connection.
 */
final class RefusedBodies {
  /** Read and dropped beyond what the refusal already read; a slow client is bounded by Jetty's idle timeout. */
  static final long DRAIN_BYTES = 32L * 1024 * 1024;

  private RefusedBodies() {}

  /** Reads the rest of the body (at most {@link #DRAIN_BYTES}); if it did not reach the end, the answer closes the connection. */
  static void drop(Request request, Response response) {
    long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    if (length > DRAIN_BYTES) {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      return;
    }
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type != null && type.regionMatches(true, 0, "multipart/", 0, 10)) {
      // Jetty cleans up a multipart request its parser gave up on by closing the connection after
      // the answer: the client is told so, or it would send its next request into a closing socket.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] buffer = new byte[64 * 1024];
      long dropped = 0;
      for (int n; (n = in.read(buffer)) >= 0; ) {
        dropped += n;
        if (dropped > DRAIN_BYTES) {
          response.getHeaders().put(HttpHeader.CONNECTION, "close");
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // A body that broke off or a source already failed: nothing more to read on this connection.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
  }
}
