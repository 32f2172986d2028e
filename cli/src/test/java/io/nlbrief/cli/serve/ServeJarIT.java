package io.nlbrief.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.languagetool.remote.CheckConfigurationBuilder;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;

/**
 * The real jar's {@code nlbrief serve}, driven by LanguageTool's own Java client ({@code
 * languagetool-http-client}, the version of nlbrief's LanguageTool) as editors' plug-ins drive a
 * LanguageTool server; then a short bounded burst of load, and SIGTERM with a request in flight.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.MethodName.class)
class ServeJarIT {
  private static final String WRONG = "Gisteren zag ik de de man. Hij is groter als zijn broer.";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static ServerProcess running;
  private static Process server;
  private static String base;
  private static Path log;

  @BeforeAll
  static void start() throws Exception {
    running = new ServerProcess(Files.createTempDirectory("nlbrief-serve-it"), "--workers", "2", "--queue", "4",
        "--timeout", "120");
    server = running.process;
    base = running.base;
    log = running.log;
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void languageToolsOwnClientReadsTheAnswer() throws Exception {
    RemoteLanguageTool client = new RemoteLanguageTool(new URL(base));
    RemoteResult result = client.check(WRONG, "nl");
    assertEquals("nlbrief", result.getRemoteServer().getSoftware());
    assertEquals("nl", result.getLanguageCode());
    List<String> ids = new ArrayList<>();
    for (RemoteRuleMatch match : result.getMatches()) {
      ids.add(match.getRuleId());
    }
    assertEquals(List.of("DUBBEL_DE", "NLBRIEF_DAN_ALS"), ids);
    RemoteRuleMatch dubbel = result.getMatches().get(0);
    assertEquals(WRONG.indexOf("de de"), dubbel.getErrorOffset());
    assertEquals(5, dubbel.getErrorLength());
    assertEquals(List.of("de"), dubbel.getReplacements().orElseThrow());
    assertEquals("REPETITIONS", dubbel.getCategoryId().orElseThrow());
    assertEquals("de de", dubbel.getContext().substring(dubbel.getContextOffset(), dubbel.getContextOffset() + 5));

    RemoteResult belgian = client.check(WRONG, new CheckConfigurationBuilder("nl-BE").disabledRuleIds("DUBBEL_DE").build());
    assertEquals("nl-BE", belgian.getLanguageCode());
    assertEquals(List.of("NLBRIEF_DAN_ALS"), belgian.getMatches().stream().map(RemoteRuleMatch::getRuleId).toList());

    RemoteResult only = client.check(WRONG, new CheckConfigurationBuilder("nl").enabledRuleIds("DUBBEL_DE").enabledOnly()
        .build());
    assertEquals(List.of("DUBBEL_DE"), only.getMatches().stream().map(RemoteRuleMatch::getRuleId).toList());

    // The config folder's word list, as for the command line.
    assertEquals(List.of(), client.check("De Zorgbelevingsmanager kwam gisteren.", "nl").getMatches());

    RemoteResult english = client.check("This is clearly an English sentence, written by someone who speaks no Dutch.",
        "auto");
    assertEquals("en", english.getLanguageDetectedCode());
    assertTrue(english.getMatches().isEmpty());
  }

  /** Bounded: 40 requests from 8 clients at once on a queue of 4; each gets an answer, a result or 503. */
  @Test
  void aBurstOfRequestsEachGetsAnAnswer() throws Exception {
    String body = "language=nl&text=" + URLEncoder.encode((WRONG + " ").repeat(20), StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/v2/check")).timeout(Duration.ofSeconds(150))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sent.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      if (i % 8 == 7) {
        Thread.sleep(200);
      }
    }
    int ok = 0;
    int busy = 0;
    for (CompletableFuture<HttpResponse<String>> f : sent) {
      HttpResponse<String> r = f.get(160, TimeUnit.SECONDS);
      if (r.statusCode() == 200) {
        ok++;
        assertTrue(r.body().contains("\"DUBBEL_DE\""), r.body());
      } else {
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        busy++;
      }
    }
    assertEquals(40, ok + busy);
    assertTrue(ok >= 4, "the workers and the queue were served: " + ok);
    assertTrue(busy > 0, "beyond the queue the server says 503 instead of queueing without end");
    // And it serves normally afterwards.
    assertEquals(200, HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  /** Last (methods run in name order): it stops the server. */
  @Test
  void zzSigtermLetsTheRequestInFlightFinish() throws Exception {
    String body = "language=nl&text=" + URLEncoder.encode((WRONG + " ").repeat(150), StandardCharsets.UTF_8);
    CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "/v2/check"))
        .timeout(Duration.ofSeconds(150)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    Thread.sleep(300);
    server.destroy(); // SIGTERM
    HttpResponse<String> answer = inFlight.get(150, TimeUnit.SECONDS);
    assertEquals(200, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("\"DUBBEL_DE\""));
    assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server stops after the request in flight");
    String stderr = Files.readString(log);
    assertTrue(stderr.contains("POST /v2/check 200"), stderr);
    assertFalse(stderr.contains("Exception"), stderr);
    assertFalse(stderr.contains("Gisteren zag ik"), "no article text in the log without --debug");
  }
}
