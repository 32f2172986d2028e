package io.nlbrief.cli.parse;

import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.nlbrief.cli.SampleArticle;
import io.nlbrief.parser.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonArticleTest {
  private final Article article = SampleArticle.create("artikel.txt");

  @Test
  void everyObjectHasExactlyTheSchemasKeysInTheSchemasOrder() throws IOException {
    Map<?, ?> schema = (Map<?, ?>) read(schemaBytes());
    Object json = read(Formats.ARTICLE.get("json").render(article, FormatContext.single(), 0));

    conforms(json, schema, schema, "$");
  }

  @Test
  void compactAndPrettyHoldTheSameData() throws IOException {
    byte[] compact = Formats.ARTICLE.get("json").render(article, FormatContext.single().batch(true), 1);
    byte[] pretty = Formats.ARTICLE.get("json").render(article, FormatContext.single(), 0);

    assertEquals(read(pretty), read(compact));
    String line = new String(compact, StandardCharsets.UTF_8);
    assertEquals(1, line.lines().count(), "one line per article in JSON Lines");
    assertTrue(line.endsWith("}\n"));
  }

  @Test
  void sameArticleSameBytes() throws IOException {
    assertArrayEquals(Formats.ARTICLE.get("json").render(article, FormatContext.single(), 0), Formats.ARTICLE.get("json").render(article, FormatContext.single(), 0));
  }

  @Test
  void unknownValuesAreNullNotMissing() throws IOException {
    String json = new String(Formats.ARTICLE.get("json").render(article, FormatContext.single(), 0), StandardCharsets.UTF_8);

    assertTrue(json.contains("\"author\": null,"), json);
    assertTrue(json.matches("(?s).*\"speaker\": null,\\s+\"speakerStart\": null,\\s+\"speakerEnd\": null,.*"), json);
    assertTrue(json.contains("\"entity\": \"organisation\""), json);
  }

  /** Walks the document and the schema side by side, following {@code $ref}s into {@code $defs}. */
  private static void conforms(Object value, Map<?, ?> node, Map<?, ?> root, String path) {
    Map<?, ?> schema = resolve(node, root);
    if (schema.containsKey("const")) {
      assertEquals(((Number) schema.get("const")).longValue(), ((Number) value).longValue(), path);
    }
    if (schema.containsKey("enum")) {
      assertTrue(((List<?>) schema.get("enum")).contains(value), path + ": " + value + " not in " + schema.get("enum"));
    }
    if (value instanceof Map<?, ?> object) {
      assertEquals(schema.get("required"), new ArrayList<>(object.keySet()), path);
      Map<?, ?> properties = (Map<?, ?>) schema.get("properties");
      object.forEach((key, child) -> conforms(child, (Map<?, ?>) properties.get(key), root, path + "." + key));
    } else if (value instanceof List<?> array) {
      for (int i = 0; i < array.size(); i++) {
        conforms(array.get(i), (Map<?, ?>) schema.get("items"), root, path + "[" + i + "]");
      }
    }
  }

  private static Map<?, ?> resolve(Map<?, ?> node, Map<?, ?> root) {
    assertNotNull(node);
    Object ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    String name = ((String) ref).substring("#/$defs/".length());
    return (Map<?, ?>) ((Map<?, ?>) root.get("$defs")).get(name);
  }

  private static byte[] schemaBytes() throws IOException {
    try (InputStream in = JsonArticle.class.getResourceAsStream("/io/nlbrief/cli/parse.schema.json")) {
      assertNotNull(in, "schema on the class path");
      return in.readAllBytes();
    }
  }

  /** JSON into maps (in key order), lists and scalars, with jackson-core alone. */
  private static Object read(byte[] json) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      parser.nextToken();
      return value(parser);
    }
  }

  private static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          object.put(key, value(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT -> {
        return parser.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return parser.getDoubleValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return parser.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalStateException("unexpected " + token);
    }
  }
}
