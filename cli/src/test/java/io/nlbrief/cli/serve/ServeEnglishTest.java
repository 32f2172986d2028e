package io.nlbrief.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.checker.CheckOptions;
import io.nlbrief.summarizer.gloss.EnglishVariant;
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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code english} parameter of {@code /v1/gloss} and {@code /v1/brief}, on a server started
 * British ({@code serve --english british}): a request without the parameter gets the server's
 * variant, not the built-in American default, and one with it the variant it names. In-process, on
 * a free loopback port, as {@link ServeTest}.
 */
class ServeEnglishTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  /**
   * Every mark the variants write differently: the honorific (Mrs. / Mrs), a Dutch quotation ("…"
   * / '…'), -ize / -ise, -se / -ce, -er / -re. American: {@code Mrs. Peeters said: "The
   * municipality organizes the defense of the center."}; British: {@code Mrs Peeters said: 'The
   * municipality organises the defence of the centre.'}
   */
  private static final String QUOTED = "Mevrouw Peeters zei: ‘De gemeente organiseert de verdediging van het centrum.’";
  private static final List<String> AMERICAN = List.of("Mrs. Peeters", "\"The", "organizes", "defense", "center.\"");
  private static final List<String> BRITISH = List.of("Mrs Peeters", "'The", "organises", "defence", "centre.'");
  private static final String ARTICLE = "Gemeente organiseert verdediging van het centrum\n\n"
      + "De gemeente organiseert volgend jaar de verdediging van het centrum. Burgemeester Peeters zei dat het plan "
      + "duur is. De inwoners van het centrum zijn tevreden over de organisatie.\n";

  private static NlbriefServer server;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    ServerLimits limits = new ServerLimits(2000, 100_000, Duration.ofSeconds(120), 1, 4);
    ProofreadingPool pool = new ProofreadingPool(CheckOptions.defaults(), 1, 4, limits.timeout(), limits.maxUploadBytes(),
        "9.9.9");
    Glossary glossary = Glossary.defaultGlossary();
    Pages pages = new Pages(pool, new SheetBriefing(glossary, pool.defaultChecker()), glossary, limits,
        EnglishVariant.BRITISH);
    server = new NlbriefServer("127.0.0.1", 0, pool, limits, null, List.of(), pages,
        new PrintWriter(new StringWriter(), true), false);
    server.start();
    pool.warmUp();
    base = "http://127.0.0.1:" + server.port();
    for (int i = 0; i < 600 && !pool.ready(); i++) {
      Thread.sleep(500);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  private static HttpResponse<String> post(String pathAndQuery, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(120))
        .header("Content-Type", "text/plain; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The JSON of a 200 answer. */
  private static JsonNode ok(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  private static void assertWritten(List<String> marks, List<String> not, String english) {
    for (String mark : marks) {
      assertTrue(english.contains(mark), "'" + mark + "' in " + english);
    }
    for (String mark : not) {
      assertFalse(english.contains(mark), "no '" + mark + "' in " + english);
    }
  }

  @Test
  void glossWithoutTheParameterIsInTheServersEnglish() throws Exception {
    JsonNode gloss = ok(post("/v1/gloss", QUOTED));
    assertEquals("british", gloss.get("english").textValue(), "the server's --english, not the built-in default");
    assertWritten(BRITISH, AMERICAN, gloss.at("/sentences/0/en").textValue());
  }

  @Test
  void glossInTheEnglishTheRequestAsksFor() throws Exception {
    JsonNode american = ok(post("/v1/gloss?english=american", QUOTED));
    assertEquals("american", american.get("english").textValue());
    assertWritten(AMERICAN, BRITISH, american.at("/sentences/0/en").textValue());
    // The literal line keeps the glossary's own (British) English in both: only the rendering changes.
    assertTrue(american.at("/sentences/0/literal").textValue().contains("organises"), american.toString());

    JsonNode british = ok(post("/v1/gloss?english=british", QUOTED));
    assertEquals("british", british.get("english").textValue());
    assertWritten(BRITISH, AMERICAN, british.at("/sentences/0/en").textValue());

    // The names --english takes, in any case, mean the same here.
    assertEquals(american, ok(post("/v1/gloss?english=American", QUOTED)));
    assertEquals(american, ok(post("/v1/gloss?english=en-US", QUOTED)));

    HttpResponse<String> text = post("/v1/gloss?format=text&english=american", QUOTED);
    assertEquals(200, text.statusCode(), text.body());
    assertWritten(AMERICAN, BRITISH, text.body());
  }

  @Test
  void briefInTheEnglishTheRequestAsksForOrTheServers() throws Exception {
    JsonNode byDefault = ok(post("/v1/brief?format=json&check=false", ARTICLE));
    JsonNode american = ok(post("/v1/brief?format=json&check=false&english=american", ARTICLE));
    assertEquals("british", byDefault.get("english").textValue());
    assertEquals("american", american.get("english").textValue());
    assertEquals(1, american.get("schemaVersion").intValue(), "an added key is no new schema version");
    assertTrue(byDefault.at("/headline/english").textValue().contains("organises"), byDefault.toString());
    assertTrue(american.at("/headline/english").textValue().contains("organizes"), american.toString());
    assertEquals("centre", term(byDefault, "centrum"));
    assertEquals("center", term(american, "centrum"));
    // The same sheet otherwise: the same points chosen, the same Dutch.
    assertEquals(byDefault.at("/keyPoints/0/dutch"), american.at("/keyPoints/0/dutch"));

    HttpResponse<String> html = post("/v1/brief?check=false&english=american", ARTICLE);
    assertEquals(200, html.statusCode(), html.body());
    assertTrue(html.body().contains("organizes"), html.body());
    assertFalse(html.body().contains("organises"), html.body());
  }

  /** The page of a British server has British chosen: a sheet from the page untouched is in the server's English. */
  @Test
  void thePageOfABritishServerHasBritishChosen() throws Exception {
    HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).timeout(Duration.ofSeconds(60))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<option value=\"british\" selected>British</option>"), page.body());
    assertTrue(page.body().contains("<option value=\"american\">American</option>"), page.body());
    assertEquals(1, page.body().split(" selected>", -1).length - 1, "one option chosen");
  }

  @Test
  void aPageWithoutTheChooserFailsTheStartNotSilently() {
    byte[] bare = "<html><select id=\"english\"></select></html>".getBytes(StandardCharsets.UTF_8);
    org.junit.jupiter.api.Assertions.assertSame(bare, Pages.withEnglishChosen(bare, EnglishVariant.AMERICAN),
        "American: the page as written");
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> Pages.withEnglishChosen(bare, EnglishVariant.BRITISH));
  }

  private static String term(JsonNode sheet, String dutch) {
    for (JsonNode t : sheet.get("keyTerms")) {
      if (t.get("dutch").textValue().equals(dutch)) {
        return t.get("english").textValue();
      }
    }
    throw new AssertionError("no key term " + dutch + " in " + sheet);
  }

  @Test
  void anUnknownEnglishIs400NamingItAndTheAcceptedOnes() throws Exception {
    for (String path : List.of("/v1/gloss", "/v1/brief")) {
      for (String bad : List.of("canadian", "", "en", "british,american")) {
        HttpResponse<String> r = post(path + "?english=" + URLEncoder.encode(bad, StandardCharsets.UTF_8), QUOTED);
        assertEquals(400, r.statusCode(), path + " english=" + bad + ": " + r.body());
        JsonNode error = JSON.readTree(r.body());
        assertEquals(400, error.get("status").intValue());
        assertEquals("'english' is american or british, not '" + bad + "'", error.get("error").textValue(), r.body());
      }
    }
    // Refused before the article is read or parsed: an empty body is not what the answer is about.
    HttpResponse<String> empty = post("/v1/gloss?english=irish", "");
    assertEquals(400, empty.statusCode(), empty.body());
    assertTrue(empty.body().contains("'irish'"), empty.body());
  }
}
