package io.nlbrief.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.checker.CheckOptions;
import io.nlbrief.summarizer.gloss.Glossary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server in-process on a free loopback port, through HTTP: LanguageTool's API, its parameters,
 * the limits and the errors. One server for the whole class (building its LanguageTool costs seconds).
 */
class ServeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final String TOKEN = "s3cret-token";
  private static final String WRONG = "Gisteren zag ik de de man. Hij is groter als zijn broer.";

  private static NlbriefServer server;
  private static String base;
  private static final StringWriter LOG = new StringWriter();

  @BeforeAll
  static void start() throws Exception {
    ServerLimits limits = new ServerLimits(2000, 100_000, Duration.ofSeconds(120), 1, 4);
    ProofreadingPool pool = new ProofreadingPool(CheckOptions.defaults().withUserWords(Set.of("Zorgbelevingsmanager")),
        1, 4, limits.timeout(), limits.maxUploadBytes(), "9.9.9");
    Glossary glossary = Glossary.defaultGlossary();
    Pages pages = new Pages(pool, new SheetBriefing(glossary, pool.defaultChecker()), glossary, limits);
    server = new NlbriefServer("127.0.0.1", 0, pool, limits, null, List.of("https://editor.example"), pages,
        new PrintWriter(LOG, true), false);
    server.start();
    pool.warmUp();
    base = "http://127.0.0.1:" + server.port();
    // Building LanguageTool takes seconds (more on a loaded machine): the tests start once it is ready.
    for (int i = 0; i < 600 && !pool.ready(); i++) {
      Thread.sleep(500);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> check(Map<String, String> fields) throws Exception {
    return post("/v2/check", "application/x-www-form-urlencoded", form(fields));
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(120)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> ruleIds(HttpResponse<String> response) throws Exception {
    List<String> ids = new ArrayList<>();
    for (JsonNode m : JSON.readTree(response.body()).get("matches")) {
      ids.add(m.get("rule").get("id").textValue());
    }
    return ids;
  }

  @Test
  void postedTextIsCheckedInLanguageToolsShape() throws Exception {
    HttpResponse<String> r = check(Map.of("language", "nl-BE", "text", WRONG));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode root = JSON.readTree(r.body());
    assertFalse(root.has("file"), "a server answer names no file");
    assertEquals("nlbrief", root.get("software").get("name").textValue());
    assertEquals("9.9.9", root.get("software").get("version").textValue());
    assertEquals(1, root.get("software").get("apiVersion").intValue());
    assertEquals("nl-BE", root.get("language").get("code").textValue());
    assertEquals(List.of("DUBBEL_DE", "NLBRIEF_DAN_ALS"), ruleIds(r));
    JsonNode m = root.get("matches").get(0);
    assertEquals(WRONG.indexOf("de de"), m.get("offset").intValue());
    assertEquals("de", m.get("replacements").get(0).get("value").textValue());
    assertEquals(2, root.get("sentenceRanges").size());
  }

  @Test
  void getWithQueryParametersAnswersTheSame() throws Exception {
    HttpResponse<String> r = get("/v2/check?language=nl&text=" + URLEncoder.encode(WRONG, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    assertEquals(List.of("DUBBEL_DE", "NLBRIEF_DAN_ALS"), ruleIds(r));
    assertEquals("nl", JSON.readTree(r.body()).get("language").get("code").textValue());
  }

  @Test
  void ruleParametersFilterAndChooseRules() throws Exception {
    assertEquals(List.of("NLBRIEF_DAN_ALS"), ruleIds(check(Map.of("language", "nl", "text", WRONG,
        "disabledRules", "DUBBEL_DE"))));
    assertEquals(List.of("DUBBEL_DE"), ruleIds(check(Map.of("language", "nl", "text", WRONG,
        "disabledCategories", "GRAMMAR"))));
    assertEquals(List.of("NLBRIEF_DAN_ALS"), ruleIds(check(Map.of("language", "nl", "text", WRONG,
        "enabledRules", "NLBRIEF_DAN_ALS", "enabledOnly", "true"))));
    // The server's user word list (from the config folder in real use) applies to every request.
    assertEquals(List.of(), ruleIds(check(Map.of("language", "nl", "text", "De Zorgbelevingsmanager kwam gisteren.",
        "motherTongue", "en"))));
  }

  @Test
  void annotatedDataHasOffsetsIntoTheTextWithItsMarkup() throws Exception {
    String data = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"Ik zag \"},{\"markup\":\"<b>\"},"
        + "{\"text\":\"de de\"},{\"markup\":\"</b>\"},{\"text\":\" man.\"},{\"markup\":\"</p>\",\"interpretAs\":\"\\n\\n\"}]}";
    HttpResponse<String> r = check(Map.of("language", "nl", "data", data));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode m = JSON.readTree(r.body()).get("matches").get(0);
    String whole = "<p>Ik zag <b>de de</b> man.</p>";
    assertEquals(whole.indexOf("de de"), m.get("offset").intValue());
    assertEquals(5, m.get("length").intValue());
  }

  @Test
  void autoOnEnglishNamesTheLanguageWithNoMatchesAndAWarning() throws Exception {
    HttpResponse<String> r = check(Map.of("language", "auto", "text",
        "This is clearly an English sentence, and it was written by someone who does not speak Dutch at all."));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode root = JSON.readTree(r.body());
    assertEquals("en", root.get("language").get("detectedLanguage").get("code").textValue());
    assertEquals(0, root.get("matches").size());
    assertTrue(root.get("warnings").get("incompleteResults").booleanValue());
    assertTrue(root.get("warnings").get("incompleteResultsReason").textValue().contains("English"));
    // auto on Dutch checks it.
    assertEquals(List.of("DUBBEL_DE", "NLBRIEF_DAN_ALS"), ruleIds(check(Map.of("language", "auto", "text", WRONG))));
  }

  @Test
  void languagesListsTheDutchVariants() throws Exception {
    HttpResponse<String> r = get("/v2/languages");
    assertEquals(200, r.statusCode());
    List<String> codes = new ArrayList<>();
    for (JsonNode l : JSON.readTree(r.body())) {
      codes.add(l.get("longCode").textValue());
      assertEquals("nl", l.get("code").textValue());
      assertTrue(l.get("name").textValue().startsWith("Dutch"));
    }
    assertEquals(List.of("nl", "nl-NL", "nl-BE"), codes);
  }

  @Test
  void healthSaysReadyOnceAWorkerIsWarm() throws Exception {
    check(Map.of("language", "nl", "text", "Een zin."));
    HttpResponse<String> r = get("/health");
    assertEquals(200, r.statusCode(), r.body());
    assertEquals("ok", JSON.readTree(r.body()).get("status").textValue());
  }

  @Test
  void badRequestsGetAJsonErrorAndTheServerGoesOn() throws Exception {
    assertError(check(Map.of("language", "nl", "text", "x".repeat(2001))), 413, "2001");
    assertError(post("/v2/check", "application/json", "{\"text\":\"Een zin.\"}"), 415, "form-encoded");
    assertError(post("/v2/check", "application/x-www-form-urlencoded", "language=nl&text=%ZZ%"), 400, "");
    assertError(check(Map.of("language", "nl", "data", "{not json")), 400, "'data' is not JSON");
    assertError(check(Map.of("language", "nl", "data", "{\"annotation\":[{\"x\":1}]}")), 400, "'data'");
    assertError(check(Map.of("language", "<script>", "text", "Een zin.")), 400, "not a language code");
    assertError(check(Map.of("language", "nl-XX", "text", "Een zin.")), 400, "Dutch variant");
    assertError(check(Map.of("text", "Een zin.")), 400, "language");
    assertError(check(Map.of("language", "nl")), 400, "'text' or 'data'");
    assertError(check(Map.of("language", "nl", "text", "Een zin.", "level", "extreme")), 400, "level");
    assertError(get("/etc/passwd"), 404, "no such endpoint");
    assertError(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v2/check")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString()), 405, "GET or POST");
    HttpResponse<String> huge = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v2/languages"))
        .header("X-Huge", "a".repeat(40_000)).build(), HttpResponse.BodyHandlers.ofString());
    assertError(huge, 431, "");
    // Binary text: refused by the parser, not a crash.
    assertError(check(Map.of("language", "nl", "text", "\u0000\u0001\u0002\u0003binary\u0000\u0000")), 400, "refused");
    // Still serving.
    assertEquals(List.of("DUBBEL_DE", "NLBRIEF_DAN_ALS"), ruleIds(check(Map.of("language", "nl", "text", WRONG))));
  }

  @Test
  void anotherLanguageIsNotCheckedButAnswered() throws Exception {
    HttpResponse<String> r = check(Map.of("language", "en-US", "text", "This are wrong."));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode root = JSON.readTree(r.body());
    assertEquals("en-US", root.get("language").get("code").textValue());
    assertEquals(0, root.get("matches").size());
    assertTrue(root.get("warnings").get("incompleteResults").booleanValue());
  }

  @Test
  void corsOnlyForTheOriginsGiven() throws Exception {
    HttpResponse<String> allowed = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v2/languages"))
        .header("Origin", "https://editor.example").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals("https://editor.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v2/languages"))
        .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void oneLogLinePerRequestWithoutTheText() throws Exception {
    check(Map.of("language", "nl", "text", "Een geheime zin over Zwanenburg."));
    get("/v2/check?language=nl&text=" + URLEncoder.encode("Nog een geheime zin.", StandardCharsets.UTF_8));
    // The line is written once the answer has gone out, so it may trail the client by a moment.
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!LOG.toString().lines().anyMatch(l -> l.matches("\\S+ GET /v2/check .*")) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    String log = LOG.toString();
    assertTrue(log.lines().anyMatch(l -> l.matches("\\S+ POST /v2/check 200 \\d+ B \\d+ ms")), log);
    assertTrue(log.lines().anyMatch(l -> l.matches("\\S+ GET /v2/check 200 \\d+ B \\d+ ms")), log);
    assertFalse(log.contains("geheime") || log.contains("Zwanenburg"), log);
  }

  /** A second server with one worker, no queue and a one-second limit: 503 beyond it, then it serves again. */
  @Test
  void overloadAndTimeLimitAnswer503WithRetryAfter() throws Exception {
    ServerLimits limits = new ServerLimits(2_000_000, 20_000_000, Duration.ofSeconds(1), 1, 0);
    ProofreadingPool pool = new ProofreadingPool(CheckOptions.defaults(), 1, 0, limits.timeout(), limits.maxUploadBytes(), "t");
    NlbriefServer tight = new NlbriefServer("127.0.0.1", 0, pool, limits, TOKEN, List.of(), null,
        new PrintWriter(new StringWriter()), false);
    tight.start();
    try {
      String url = "http://127.0.0.1:" + tight.port() + "/v2/check";
      // No token: 401 before any work.
      HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
              form(Map.of("language", "nl", "text", "Een zin.")))).build(), HttpResponse.BodyHandlers.ofString());
      assertError(anonymous, 401, "token");
      // The worker still builds its pipeline (seconds): a check now takes longer than the limit.
      String big = (WRONG + " ").repeat(400);
      HttpRequest slow = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Bearer " + TOKEN)
          .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("language", "nl", "text", big)))).build();
      CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(slow, HttpResponse.BodyHandlers.ofString());
      Thread.sleep(300);
      HttpResponse<String> second = HTTP.send(slow, HttpResponse.BodyHandlers.ofString());
      assertError(second, 503, "busy");
      assertTrue(second.headers().firstValue("Retry-After").isPresent());
      HttpResponse<String> timedOut = first.get();
      assertError(timedOut, 503, "longer than");
      assertTrue(timedOut.headers().firstValue("Retry-After").isPresent());
      // The token as LanguageTool's apiKey parameter works too; once the worker is free it answers.
      String small = form(Map.of("language", "nl", "text", WRONG, "apiKey", TOKEN));
      HttpResponse<String> later = null;
      for (int i = 0; i < 120; i++) {
        later = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(small)).build(), HttpResponse.BodyHandlers.ofString());
        if (later.statusCode() == 200) {
          break;
        }
        Thread.sleep(500);
      }
      assertEquals(200, later.statusCode(), later.body());
      assertEquals(List.of("DUBBEL_DE", "NLBRIEF_DAN_ALS"), ruleIds(later));
    } finally {
      tight.stop();
    }
  }

  private static final String ARTICLE = "Navo stuurt Russische diplomaten weg\n\n"
      + "De Navo stuurt zeven Russische diplomaten weg. Dat heeft secretaris-generaal Jens Stoltenberg gisteren in "
      + "Brussel gezegd. Hij noemde de aanval op een voormalige spion in Engeland onaanvaardbaar. De lidstaten steunen "
      + "het besluit. Rusland zegt dat het zal reageren.\n";

  @Test
  void briefOfPostedTextInEachFormat() throws Exception {
    HttpResponse<String> json = post("/v1/brief?format=json", "application/x-www-form-urlencoded",
        form(Map.of("text", ARTICLE)));
    assertEquals(200, json.statusCode(), json.body());
    JsonNode sheet = JSON.readTree(json.body());
    assertEquals("upload", sheet.get("file").textValue(), "the server never uses a client's or its own file names");
    assertTrue(sheet.get("keyPoints").size() > 0, json.body());
    assertTrue(sheet.get("words").intValue() > 30, json.body());

    HttpResponse<String> html = post("/v1/brief", "text/plain; charset=utf-8", ARTICLE);
    assertEquals(200, html.statusCode(), html.body());
    assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(html.body().contains("Stoltenberg"), html.body());

    HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/brief?format=pdf&check=false"))
        .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII));

    HttpResponse<String> md = post("/v1/brief?format=md", "text/plain", ARTICLE);
    assertEquals(200, md.statusCode(), md.body());
    assertTrue(md.body().startsWith("#"), md.body());
  }

  @Test
  void parseSummarizeAndGlossAnswerInTheirCommandsFormats() throws Exception {
    HttpResponse<String> parsed = post("/v1/parse", "text/plain; charset=utf-8", ARTICLE);
    assertEquals(200, parsed.statusCode(), parsed.body());
    assertTrue(parsed.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode article = JSON.readTree(parsed.body());
    assertEquals("upload", article.get("file").textValue());
    assertEquals("Navo stuurt Russische diplomaten weg", article.get("metadata").get("title").textValue());
    // The five body sentences (the headline line is the title, not a sentence of the body).
    List<String> sentences = new ArrayList<>();
    article.get("sentences").forEach(s -> sentences.add(s.get("text").textValue()));
    assertTrue(sentences.contains("Rusland zegt dat het zal reageren."), parsed.body());
    assertTrue(sentences.contains("De lidstaten steunen het besluit."), parsed.body());

    HttpResponse<String> conllu = post("/v1/parse?format=conllu", "text/plain", ARTICLE);
    assertEquals(200, conllu.statusCode(), conllu.body());
    assertTrue(conllu.body().contains("# text = De lidstaten steunen het besluit."), conllu.body());
    assertTrue(conllu.body().lines().anyMatch(l -> l.matches("\\d+\tlidstaten\tlidstaat\tNOUN\t.*")), conllu.body());

    HttpResponse<String> outline = post("/v1/parse?format=text", "text/plain", ARTICLE);
    assertEquals(200, outline.statusCode(), outline.body());
    assertTrue(outline.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertTrue(outline.body().contains("Stoltenberg"), outline.body());

    HttpResponse<String> summary = post("/v1/summarize?sentences=2", "application/x-www-form-urlencoded",
        form(Map.of("text", ARTICLE)));
    assertEquals(200, summary.statusCode(), summary.body());
    JsonNode chosen = JSON.readTree(summary.body()).get("sentences");
    assertEquals(2, chosen.size(), summary.body());
    for (JsonNode s : chosen) {
      assertTrue(sentences.contains(s.get("text").textValue()), s + " is one of the article's sentences");
    }
    assertError(post("/v1/summarize?sentences=0", "text/plain", ARTICLE), 400, "'sentences'");
    assertError(post("/v1/summarize?format=pdf", "text/plain", ARTICLE), 400, "text, json");

    HttpResponse<String> gloss = post("/v1/gloss", "text/plain", "De lidstaten steunen het besluit.");
    assertEquals(200, gloss.statusCode(), gloss.body());
    assertEquals("american", JSON.readTree(gloss.body()).get("english").textValue(), "the server's default English");
    JsonNode line = JSON.readTree(gloss.body()).get("sentences").get(0);
    assertEquals("De lidstaten steunen het besluit.", line.get("nl").textValue());
    assertTrue(line.get("en").textValue().toLowerCase(java.util.Locale.ROOT).contains("member states"), gloss.body());
    HttpResponse<String> interlinear = post("/v1/gloss?format=text&layout=interlinear", "text/plain",
        "De lidstaten steunen het besluit.");
    assertEquals(200, interlinear.statusCode(), interlinear.body());
    assertTrue(interlinear.body().lines().anyMatch(l -> l.contains("lidstaten") && l.contains("steunen")), interlinear.body());
    assertError(post("/v1/gloss?layout=columns", "text/plain", ARTICLE), 400, "'layout'");
    assertError(get("/v1/gloss"), 405, "POST");
  }

  private static final String BOUNDARY = "nlbrief-test-boundary";

  /** A multipart/form-data body with one part, as a browser's file input sends it. */
  private static HttpResponse<String> upload(String path, String part, String fileName, byte[] content) throws Exception {
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: application/octet-stream\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] fixture(String name) throws Exception {
    try (java.io.InputStream in = ServeTest.class.getResourceAsStream("/io/nlbrief/cli/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void multipartUploadOfAPdfAnswersOnEveryEndpoint() throws Exception {
    byte[] pdf = fixture("navo-artikel.pdf");
    HttpResponse<String> parsed = upload("/v1/parse?format=text", "file", "../../etc/navo-artikel.pdf", pdf);
    assertEquals(200, parsed.statusCode(), parsed.body());
    assertTrue(parsed.body().contains("NAVO stuurt Russische diplomaten weg"), parsed.body());
    assertFalse(parsed.body().contains("etc"), "the client's file name is not used: " + parsed.body());
    HttpResponse<String> sheet = upload("/v1/brief?format=json&check=false", "file", "navo-artikel.pdf", pdf);
    assertEquals(200, sheet.statusCode(), sheet.body());
    assertEquals("upload", JSON.readTree(sheet.body()).get("file").textValue());
    HttpResponse<String> summary = upload("/v1/summarize", "file", "navo-artikel.pdf", pdf);
    assertEquals(200, summary.statusCode(), summary.body());
    assertTrue(JSON.readTree(summary.body()).get("sentences").size() > 0, summary.body());
    // Pasted text as a part of its own, as a form with a text area sends it.
    HttpResponse<String> gloss = upload("/v1/gloss", "text", null, "De lidstaten steunen het besluit.".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, gloss.statusCode(), gloss.body());
    assertEquals(1, JSON.readTree(gloss.body()).get("sentences").size(), gloss.body());
  }

  @Test
  void multipartUploadsThatCannotBeReadAreClear4xx() throws Exception {
    byte[] pdf = fixture("navo-artikel.pdf");
    // A PDF cut in half: its header says PDF, its body does not hold together.
    byte[] corrupt = java.util.Arrays.copyOf(pdf, pdf.length / 2);
    assertError(upload("/v1/parse", "file", "cut.pdf", corrupt), 422, "refused");
    assertError(upload("/v1/brief", "file", "empty.txt", new byte[0]), 400, "empty");
    assertError(upload("/v1/summarize", "document", "navo-artikel.pdf", pdf), 400, "no part 'file'");
    assertError(upload("/v1/gloss", "file", "big.txt", "woord ".repeat(20_000).getBytes(StandardCharsets.UTF_8)), 413, "100000");
    // Without a Content-Length the limit still holds while the parts are read.
    HttpResponse<String> streamed = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/parse"))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
            new java.io.ByteArrayInputStream(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8)),
            new java.io.ByteArrayInputStream(new byte[150_000])))).build(), HttpResponse.BodyHandlers.ofString());
    assertError(streamed, 413, "100000");
    assertError(post("/v1/parse", "multipart/form-data", "--x\r\n"), 400, "boundary");
    assertError(post("/v1/parse", "multipart/form-data; boundary=" + BOUNDARY, "this is not a multipart body"), 400,
        "malformed");
  }

  @Test
  void anUploadTooLargeIsAnsweredEveryTimeAndTheConnectionStaysUsable() throws Exception {
    // Refused from its Content-Length before a byte is read: answering while the client is still
    // sending and closing at once loses the answer to a reset now and then, so try it many times.
    byte[] big = "woord ".repeat(40_000).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 25; i++) {
      assertError(upload("/v1/gloss", "file", "big.txt", big), 413, "100000");
      assertError(post("/v2/check", "application/x-www-form-urlencoded", "language=nl&text=" + "a".repeat(150_000)), 413,
          "100000");
      HttpResponse<String> after = post("/v1/gloss", "text/plain", "De lidstaten steunen het besluit.");
      assertEquals(200, after.statusCode(), after.body());
    }
  }

  @Test
  void briefRefusesWhatItCannotRead() throws Exception {
    assertError(post("/v1/brief?format=docx", "text/plain", ARTICLE), 400, "'format'");
    assertError(post("/v1/brief", "text/plain", ""), 400, "send the article");
    assertError(post("/v1/brief", "application/x-www-form-urlencoded", "article=x"), 400, "no field 'text'");
    assertError(post("/v1/brief?check=maybe", "text/plain", ARTICLE), 400, "'check'");
    assertError(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/v1/brief"))
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}))
        .build(), HttpResponse.BodyHandlers.ofString()), 422, "refused");
    assertError(post("/v1/brief", "application/octet-stream", "x".repeat(100_001)), 413, "100000");
    assertError(get("/v1/brief"), 405, "POST");
  }

  @Test
  void openApiDocumentListsExactlyTheServedEndpoints() throws Exception {
    HttpResponse<String> r = get("/v1/openapi.json");
    assertEquals(200, r.statusCode());
    JsonNode doc = JSON.readTree(r.body());
    assertTrue(doc.get("openapi").textValue().startsWith("3."));
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertEquals(List.of("/health", "/v2/languages", "/v2/check", "/v1/parse", "/v1/summarize", "/v1/gloss", "/v1/brief",
        "/v1/openapi.json"), paths);
    for (String path : paths) {
      JsonNode operations = doc.get("paths").get(path);
      operations.fieldNames().forEachRemaining(method -> {
        try {
          HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
          HttpResponse<String> answer = HTTP.send(method.equals("post")
              ? request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                  form(Map.of("language", "nl", "text", "Een zin.")))).build()
              : request.build(), HttpResponse.BodyHandlers.ofString());
          assertTrue(answer.statusCode() != 404 && answer.statusCode() != 405, method + " " + path + ": " + answer.statusCode());
          // Every status the server answered is documented.
          assertTrue(operations.get(method).get("responses").has(Integer.toString(answer.statusCode())),
              method + " " + path + " answered " + answer.statusCode());
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      });
      // Every $ref points at a component that exists.
    }
    for (String ref : refs(doc, new ArrayList<>())) {
      String[] parts = ref.substring(2).split("/");
      JsonNode target = doc;
      for (String part : parts) {
        target = target.path(part);
      }
      assertFalse(target.isMissingNode(), "dangling " + ref);
    }
  }

  private static List<String> refs(JsonNode node, List<String> found) {
    if (node.has("$ref")) {
      found.add(node.get("$ref").textValue());
    }
    node.elements().forEachRemaining(child -> refs(child, found));
    return found;
  }

  @Test
  void thePageUsesNoOutsideResources() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("<textarea"), page.body());
    assertFalse(page.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "no CDN or outside resource");
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
  }

  /**
   * The page's English chooser: labelled, American chosen on a server of the default English, and
   * its value sent as the sheet request's {@code english} (what a browser then does with it, {@code
   * ServePageIT} drives).
   */
  @Test
  void thePageChoosesTheSheetsEnglishAmericanByDefault() throws Exception {
    String page = get("/").body();
    assertTrue(page.contains("<label for=\"english\">"), page);
    assertTrue(page.contains("<select id=\"english\" name=\"english\""), page);
    assertTrue(page.contains("<option value=\"american\" selected>American</option>"), page);
    assertTrue(page.contains("<option value=\"british\">British</option>"), page);
    assertTrue(page.contains("new URLSearchParams({ format: \"html\", english: english.value })"), page);
    assertTrue(page.contains("fetch(\"/v1/brief?\" + query"), page);
  }

  private static void assertError(HttpResponse<String> r, int status, String part) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode error = JSON.readTree(r.body());
    assertEquals(status, error.get("status").intValue(), r.body());
    assertTrue(error.get("error").textValue().contains(part), r.body());
  }
}
