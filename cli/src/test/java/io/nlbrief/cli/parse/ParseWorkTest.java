package io.nlbrief.cli.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.Seeds;
import io.nlbrief.cli.common.Input;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;
import io.nlbrief.cli.format.OutputFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * parse --format json (tagged or not) and --format conllu of a big input, in parts: the bytes of
 * the whole parse, every index and offset in place, and no spool left behind.
 */
class ParseWorkTest {
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults().withTag(true));
  private static final ArticleParser UNTAGGED = ArticleParser.create(ParseOptions.defaults().withTag(false));
  private static final OutputFormat<Article> JSON = Formats.ARTICLE.get("json");
  private static final OutputFormat<Article> CONLLU = Formats.ARTICLE.get("conllu");

  /** Sentences of our own: a headline, quotes with speakers, subordinate and relative clauses. */
  private static final String TEXT = """
      Waterschap verhoogt de dijk langs de oude haven

      Het waterschap begint volgende maand met het ophogen van de dijk, omdat die bij hoog water te laag is.

      ,,We kunnen niet wachten tot het misgaat'', zegt dijkgraaf Anna Bakker. Zij verwacht dat het werk twee jaar duurt.

      Bewoners die aan de dijk wonen, krijgen deze week een brief.
      De gemeente heeft beloofd dat de fietsroute open blijft.

      Volgens Bakker wordt de dijk ruim een meter hoger. ,,Dat is genoeg voor de komende vijftig jaar'', zei ze gisteren.

      De kosten, die op acht miljoen euro worden geschat, betaalt het Rijk voor een groot deel.

      Wie vragen heeft, kan op dinsdagavond terecht in het dorpshuis.

      Tijdens het werk rijden er elke dag vrachtwagens met klei door de straat. ,,Dat zal niet altijd
      stil zijn'', gaf Bakker toe. De aannemer werkt daarom alleen op werkdagen tussen zeven en vijf uur.

      Een deel van de bomen op de dijk moet wijken. Het waterschap plant er later nieuwe bomen voor terug,
      maar die zullen pas over twintig jaar zo groot zijn als de oude.

      De vissers in de haven maken zich zorgen over de toegang tot hun steigers, die tijdelijk wordt verlegd.
      """;

  @TempDir
  Path spools;

  @Test
  void partsGiveTheBytesOfTheWholeParseOnBothSeedsAndATextOfOurOwn(@TempDir Path dir) throws Exception {
    for (Path file : inputs(dir)) {
      for (boolean pretty : List.of(true, false)) {
        String name = file.getFileName() + (pretty ? " pretty" : " compact");
        Written w = wholeAndInParts(file, PARSER, JsonArticle.parted(pretty), JSON, FormatContext.single().batch(!pretty));
        indicesAndOffsetsHold(new ObjectMapper().readTree(w.parts), w.text, true, name);
      }
    }
  }

  @Test
  void untaggedJsonInPartsGivesTheBytesOfTheWholeParse(@TempDir Path dir) throws Exception {
    for (Path file : inputs(dir)) {
      String name = file.getFileName() + " --no-tag";
      Written w = wholeAndInParts(file, UNTAGGED, JsonArticle.parted(true), JSON, FormatContext.single());
      JsonNode doc = new ObjectMapper().readTree(w.parts);
      indicesAndOffsetsHold(doc, w.text, false, name);
      for (JsonNode s : doc.get("sentences")) {
        assertEquals(0, s.get("tokens").size(), name + ": no tokens untagged");
      }
    }
  }

  @Test
  void conlluInPartsGivesTheBytesOfTheWholeParse(@TempDir Path dir) throws Exception {
    for (Path file : inputs(dir)) {
      String name = file.getFileName() + " conllu";
      Written w = wholeAndInParts(file, PARSER, ConlluArticle.PARTED, CONLLU, FormatContext.single());
      conlluHolds(new String(w.parts, StandardCharsets.UTF_8), w.text, name);
    }
  }

  /** The bytes of an input written whole and in parts of about 300 characters, checked the same. */
  private record Written(byte[] parts, String text) {}

  private Written wholeAndInParts(Path file, ArticleParser parser, PartedFormat parted, OutputFormat<Article> format,
      FormatContext context) throws Exception {
    Input in = new Input.File(file, file.getFileName().toString());
    ParseWork whole = new ParseWork(parser, parted, spools);
    ParseWork.Parsed wholeParsed = whole.make(in, d -> {});
    assertNull(wholeParsed.spooled(), "a small input is parsed whole");
    Article article = wholeParsed.article();
    byte[] expected = written(whole, wholeParsed, format, context);

    // Every input in parts of about 300 characters, as ParseInPartsTest does.
    ParseWork inParts = new ParseWork(parser, parted, spools, 0, 300);
    List<Double> progress = new ArrayList<>();
    ParseWork.Parsed partsParsed = inParts.make(in, progress::add);
    assertTrue(partsParsed.spooled() != null, file + ": parsed in parts");
    assertTrue(progress.size() >= 3, file + ": " + progress.size() + " parts");
    assertEquals(1.0, progress.get(progress.size() - 1), 0.05);
    assertEquals(List.of(), names(spools), "the spool has no name on disk even while it is used");
    byte[] actual = written(inParts, partsParsed, format, context);

    String name = file.getFileName().toString();
    assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8), name);
    assertArrayEquals(expected, actual, name);
    assertEquals(List.of(), names(spools));
    return new Written(actual, article.text());
  }

  private static List<Path> inputs(Path dir) throws IOException {
    Path own = Files.writeString(dir.resolve("dijk.txt"), TEXT, StandardCharsets.UTF_8);
    return List.of(Seeds.seed(Seeds.NATO), Seeds.seed(Seeds.MINISTERS), own);
  }

  /**
   * What CoNLL-U says of the text: sentences numbered 1 on through the article, each token's
   * TokenRange holding its form, heads inside the sentence, SpaceAfter=No exactly where no white
   * space follows the token.
   */
  private static void conlluHolds(String conllu, String text, String name) {
    List<String> lines = conllu.lines().toList();
    assertTrue(lines.get(0).startsWith("# newdoc id = "), name);
    int sentences = 0;
    int tokens = 0;
    int size = 0;
    for (String line : lines) {
      if (line.startsWith("# sent_id = ")) {
        sentences++;
        assertEquals("# sent_id = " + sentences, line, name);
        size = 0;
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        String[] c = line.split("\t", -1);
        assertEquals(10, c.length, name + ": " + line);
        size++;
        assertEquals(String.valueOf(size), c[0], name + ": " + line);
        String misc = c[9];
        String[] range = misc.replaceFirst("^TokenRange=", "").replaceFirst("\\|.*$", "").split(":");
        int start = Integer.parseInt(range[0]);
        int end = Integer.parseInt(range[1]);
        assertEquals(text.substring(start, end), c[1], name + ": " + line);
        boolean spaceAfter = end >= text.length() || Character.isWhitespace(text.charAt(end));
        assertEquals(!spaceAfter, misc.contains("SpaceAfter=No"), name + ": " + line);
        assertTrue(Integer.parseInt(c[6]) >= 0, name + ": " + line);
        tokens++;
      }
    }
    assertTrue(sentences > 5, name + ": " + sentences + " sentences");
    assertTrue(tokens > 50, name + ": " + tokens + " tokens");
  }

  @Test
  void aFailedWriteStillRemovesTheSpool(@TempDir Path dir) throws Exception {
    Path own = Files.writeString(dir.resolve("dijk.txt"), TEXT, StandardCharsets.UTF_8);
    ParseWork parted = new ParseWork(PARSER, JsonArticle.parted(true), spools, 0, 300);
    ParseWork.Parsed parsed = parted.make(new Input.File(own, "dijk.txt"), d -> {});
    OutputStream full = new OutputStream() {
      private int room = 2_000;

      @Override
      public void write(int b) throws IOException {
        if (--room < 0) {
          throw new IOException("No space left on device");
        }
      }
    };
    try (Output out = Output.open(null, full)) {
      IOException failure = assertThrows(IOException.class, () -> parted.write(parsed, out, JSON, FormatContext.single(), 0));
      assertEquals("No space left on device", failure.getMessage());
    }
    assertEquals(List.of(), names(spools));
  }

  @Test
  void theTextOutlineIsParsedWhole(@TempDir Path dir) throws Exception {
    Path own = Files.writeString(dir.resolve("dijk.txt"), TEXT, StandardCharsets.UTF_8);
    ParseWork notInParts = new ParseWork(PARSER, null, spools, 0, 300);
    ParseWork.Parsed parsed = notInParts.make(new Input.File(own, "dijk.txt"), d -> {});
    assertNull(parsed.spooled());
    assertTrue(parsed.article().sentences().get(0).tokens().size() > 3, "the whole article with its tokens");
  }

  /**
   * What the document says of itself, checked against the text: each sentence is its place in the
   * array and lies in the paragraph it names, which lists it; every span holds its text; every
   * token lies in its sentence; dependency and clause heads point at tokens of their sentence;
   * quotes' content is their text and they start in the sentence they name; headings are the paragraphs they name.
   */
  private static void indicesAndOffsetsHold(JsonNode doc, String text, boolean tagged, String name) {
    JsonNode paragraphs = doc.get("paragraphs");
    for (int p = 0; p < paragraphs.size(); p++) {
      JsonNode paragraph = paragraphs.get(p);
      assertEquals(p, paragraph.get("index").asInt(), name);
      assertEquals(paragraph.get("text").asText(), of(text, paragraph), name + " paragraph " + p);
    }
    JsonNode sentences = doc.get("sentences");
    assertTrue(sentences.size() > 5, name);
    int tokens = 0;
    for (int i = 0; i < sentences.size(); i++) {
      JsonNode s = sentences.get(i);
      String where = name + " sentence " + i;
      assertEquals(i, s.get("index").asInt(), where);
      assertEquals(s.get("text").asText(), of(text, s), where);
      JsonNode paragraph = paragraphs.get(s.get("paragraph").asInt());
      assertTrue(contains(paragraph, s), where + " lies in its paragraph");
      assertTrue(paragraph.get("sentences").toString().matches(".*[\\[,]" + i + "[,\\]].*"), where + " listed by its paragraph");
      int count = s.get("tokens").size();
      for (JsonNode t : s.get("tokens")) {
        assertEquals(t.get("text").asText(), of(text, t), where);
        assertTrue(contains(s, t), where + ": token " + t);
        int head = t.get("head").asInt();
        assertTrue(head >= -1 && head < count, where + ": head " + head);
        tokens++;
      }
      for (JsonNode c : s.get("clauses")) {
        for (String key : List.of("head", "finiteVerb", "subject", "marker")) {
          int at = c.get(key).asInt();
          assertTrue(at >= -1 && at < count, where + ": clause " + key + " " + at);
        }
        assertTrue(c.get("parent").asInt() < s.get("clauses").size(), where);
      }
    }
    assertTrue(!tagged || tokens > 50, name + ": " + tokens + " tokens");
    for (JsonNode q : doc.get("quotes")) {
      assertEquals(q.get("text").asText(), text.substring(q.get("contentStart").asInt(), q.get("contentEnd").asInt()), name);
      JsonNode s = sentences.get(q.get("sentence").asInt());
      int start = q.get("start").asInt();
      assertTrue(s.get("start").asInt() <= start && start < s.get("end").asInt(), name + ": quote " + q);
    }
    for (JsonNode h : doc.get("headings")) {
      assertEquals(paragraphs.get(h.get("paragraph").asInt()).get("text").asText(), h.get("text").asText(), name);
      assertEquals(h.get("text").asText(), of(text, h), name);
    }
  }

  private static String of(String text, JsonNode spanned) {
    return text.substring(spanned.get("start").asInt(), spanned.get("end").asInt());
  }

  private static boolean contains(JsonNode outer, JsonNode inner) {
    return outer.get("start").asInt() <= inner.get("start").asInt() && inner.get("end").asInt() <= outer.get("end").asInt();
  }

  private static byte[] written(ParseWork work, ParseWork.Parsed parsed, OutputFormat<Article> format,
      FormatContext context) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Output out = Output.open(null, bytes)) {
      work.write(parsed, out, format, context, 0);
      out.commit();
    }
    return bytes.toByteArray();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
