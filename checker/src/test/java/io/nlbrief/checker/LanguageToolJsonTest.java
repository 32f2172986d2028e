package io.nlbrief.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.LanguageGuess;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check's answer in LanguageTool's JSON shape, field by field and in LanguageTool's types (what
 * its HTTP clients parse), plus nlbrief's added fields.
 */
class LanguageToolJsonTest {
  private static final Checker CHECKER = Checker.create(CheckOptions.defaults());
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Long enough before the error that the 40-character context is cut and marked with "...". */
  private static final String TEXT = "Dit is een goede zin zonder enige fout erin, geschreven met zorg.\n\n"
      + "Gisteren zag ik de de man. Hij is groter als zijn broer.\n";

  private static LanguageToolAnswer answer(String file, LanguageGuess detected, String incomplete) {
    return new LanguageToolAnswer(file, "nlbrief", "9.8.7", "2026-01-01", "nl-BE", detected, incomplete);
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    return keys;
  }

  private static Article article() throws Exception {
    return PARSER.parse(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt");
  }

  @Test
  void topLevelIsLanguageToolsWithTheFileFirst() throws Exception {
    CheckResult result = CHECKER.checkResult(article());
    JsonNode root = JSON.readTree(result.toLanguageToolJson(answer("a.txt", new LanguageGuess("nl", 0.9), null)));
    assertEquals(List.of("file", "software", "warnings", "language", "matches", "sentenceRanges",
        "extendedSentenceRanges"), keys(root));
    assertEquals("a.txt", root.get("file").textValue());

    JsonNode software = root.get("software");
    assertEquals(List.of("name", "version", "buildDate", "apiVersion", "premium", "status"), keys(software));
    assertEquals("nlbrief", software.get("name").textValue());
    assertEquals("9.8.7", software.get("version").textValue());
    assertEquals("2026-01-01", software.get("buildDate").textValue());
    assertTrue(software.get("apiVersion").isInt());
    assertEquals(1, software.get("apiVersion").intValue());
    assertTrue(software.get("premium").isBoolean());
    assertEquals("", software.get("status").textValue());

    assertTrue(root.get("warnings").get("incompleteResults").isBoolean());
    assertFalse(root.get("warnings").get("incompleteResults").booleanValue());

    JsonNode language = root.get("language");
    assertEquals("Dutch (Belgium)", language.get("name").textValue());
    assertEquals("nl-BE", language.get("code").textValue());
    JsonNode detected = language.get("detectedLanguage");
    assertEquals("nl-BE", detected.get("code").textValue());
    assertTrue(detected.get("confidence").isNumber());
    assertEquals(0.9, detected.get("confidence").doubleValue(), 1e-6);
    assertTrue(detected.get("source").isTextual());

    // As LanguageTool's server: one object per sentence range, same offsets, with the language seen there.
    JsonNode ranges = root.get("sentenceRanges");
    JsonNode extended = root.get("extendedSentenceRanges");
    assertTrue(ranges.size() > 1, root.toString());
    assertEquals(ranges.size(), extended.size(), root.toString());
    for (int i = 0; i < ranges.size(); i++) {
      assertEquals(ranges.get(i).get(0).intValue(), extended.get(i).get("from").intValue());
      assertEquals(ranges.get(i).get(1).intValue(), extended.get(i).get("to").intValue());
      JsonNode seen = extended.get(i).get("detectedLanguages").get(0);
      assertEquals("nl", seen.get("language").textValue());
      assertEquals(0.9, seen.get("rate").doubleValue(), 1e-6);
    }
  }

  @Test
  void eachMatchHasLanguageToolsFieldsAndNlbriefsAdditions() throws Exception {
    Article article = article();
    CheckResult result = CHECKER.checkResult(article);
    List<Finding> findings = result.findings();
    assertEquals(List.of("DUBBEL_DE", "NLBRIEF_DAN_ALS"), findings.stream().map(Finding::ruleId).toList());
    JsonNode matches = JSON.readTree(result.toLanguageToolJson(answer(null, new LanguageGuess("nl", 1), null)))
        .get("matches");
    assertEquals(2, matches.size());

    JsonNode m = matches.get(0);
    int at = TEXT.indexOf("de de");
    assertTrue(m.get("message").isTextual() && !m.get("message").textValue().contains("<suggestion>"));
    assertTrue(m.get("shortMessage").isTextual());
    assertEquals("de", m.get("replacements").get(0).get("value").textValue());
    assertEquals(at, m.get("offset").intValue());
    assertEquals(5, m.get("length").intValue());
    JsonNode context = m.get("context");
    String shown = context.get("text").textValue();
    int offset = context.get("offset").intValue();
    assertEquals("de de", shown.substring(offset, offset + context.get("length").intValue()));
    assertTrue(shown.startsWith("..."), shown);
    assertFalse(shown.contains("\n"), "LanguageTool shows line breaks as spaces: " + shown);
    assertEquals("Gisteren zag ik de de man.", m.get("sentence").textValue());
    assertTrue(m.get("type").get("typeName").isTextual());
    JsonNode rule = m.get("rule");
    assertEquals("DUBBEL_DE", rule.get("id").textValue());
    assertEquals(findings.get(0).ruleDescription(), rule.get("description").textValue());
    assertEquals(findings.get(0).issueType(), rule.get("issueType").textValue());
    assertEquals(findings.get(0).categoryId(), rule.get("category").get("id").textValue());
    assertEquals(findings.get(0).categoryName(), rule.get("category").get("name").textValue());
    assertTrue(m.get("ignoreForIncompleteSentence").isBoolean());
    assertTrue(m.get("contextForSureMatch").isInt());
    assertEquals(3, m.get("line").intValue());
    assertEquals(17, m.get("column").intValue());
    assertEquals(findings.get(0).explanation(), m.get("explanation").textValue());

    // nlbrief's own rule: the same fields, its sentence from the parser.
    JsonNode own = matches.get(1);
    assertEquals("NLBRIEF_DAN_ALS", own.get("rule").get("id").textValue());
    assertEquals(TEXT.indexOf("als zijn"), own.get("offset").intValue());
    assertEquals("Hij is groter als zijn broer.", own.get("sentence").textValue());
    assertEquals(findings.get(1).suggestions().get(0), own.get("replacements").get(0).get("value").textValue());
    assertEquals(findings.get(1).categoryId(), own.get("rule").get("category").get("id").textValue());
    assertTrue(own.get("context").get("text").isTextual());
    assertEquals(3, own.get("line").intValue());
  }

  @Test
  void sentenceRangesArePairsOfOffsetsIntoTheText() throws Exception {
    CheckResult result = CHECKER.checkResult(article());
    JsonNode ranges = JSON.readTree(result.toLanguageToolJson(answer(null, new LanguageGuess("nl", 1), null)))
        .get("sentenceRanges");
    assertEquals(result.sentences().size(), ranges.size());
    List<String> starts = new ArrayList<>();
    for (JsonNode r : ranges) {
      assertEquals(2, r.size());
      assertTrue(r.get(0).isInt() && r.get(1).isInt());
      starts.add(TEXT.substring(r.get(0).intValue(), r.get(0).intValue() + 3));
    }
    assertEquals(List.of("Dit", "Gis", "Hij"), starts);
    Span last = result.sentences().get(2);
    assertTrue(last.of(TEXT).startsWith("Hij is groter als zijn broer."), last.of(TEXT));
  }

  @Test
  void filteringKeepsFindingsAndTheirMatchesTogether() throws Exception {
    CheckResult result = CHECKER.checkResult(article()).filter(f -> !f.ruleId().equals("DUBBEL_DE"));
    assertEquals(List.of("NLBRIEF_DAN_ALS"), result.findings().stream().map(Finding::ruleId).toList());
    JsonNode matches = JSON.readTree(result.toLanguageToolJson(answer(null, new LanguageGuess("nl", 1), null)))
        .get("matches");
    assertEquals(1, matches.size());
    assertEquals("NLBRIEF_DAN_ALS", matches.get(0).get("rule").get("id").textValue());
  }

  @Test
  void anUncheckedForeignTextNamesItsLanguageAndSaysWhy() throws Exception {
    String english = "This is an English sentence that nobody checked.";
    CheckResult result = CheckResult.unchecked(english);
    JsonNode root = JSON.readTree(result.toLanguageToolJson(answer(null, new LanguageGuess("en", 0.8),
        "The text looks English; nlbrief checks only Dutch.")));
    assertFalse(root.has("file"));
    assertEquals(0, root.get("matches").size());
    assertTrue(root.get("warnings").get("incompleteResults").booleanValue());
    assertTrue(root.get("warnings").get("incompleteResultsReason").textValue().contains("English"));
    assertEquals("nl-BE", root.get("language").get("code").textValue());
    assertEquals("en", root.get("language").get("detectedLanguage").get("code").textValue());
    assertEquals("English", root.get("language").get("detectedLanguage").get("name").textValue());
  }
}
