package io.nlbrief.cli.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.common.InParts;
import io.nlbrief.parser.testing.JarRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * brief --no-check of an input over the size at which it is briefed in parts, through the jar: the
 * same body paragraphs (of our own) many times over give the sheet of one copy with every count
 * multiplied, the first quotation and the people as in one copy.
 */
@EnabledIfSystemProperty(named = "nlbrief.jar", matches = ".+")
class BriefInPartsJarIT {
  private static final String COPY = """
      De provincie begint in het voorjaar met de bouw van een nieuwe fietsbrug over het kanaal bij Zwolle.
      De oude fietsbrug is volgens de provincie te smal voor het drukke verkeer van scholieren.

      ,,Elke ochtend staan hier honderden fietsers te wachten voor de brug'', zegt gedeputeerde Marieke Jansen.
      Zij wil dat de nieuwe fietsbrug binnen twee jaar klaar is.

      De ANWB-afdeling in de regio is blij met het plan. Ook de fietsersbond steunt de bouw van de nieuwe fietsbrug.

      Volgens Jansen kost de brug ruim twaalf miljoen euro. Het Rijk betaalt een deel van de kosten.

      """;

  @Test
  void aTextBriefedInPartsCountsEveryCopy(@TempDir Path dir) throws Exception {
    int copies = InParts.FROM_BYTES / COPY.getBytes(StandardCharsets.UTF_8).length + 10;
    Path one = Files.writeString(dir.resolve("one.txt"), COPY, StandardCharsets.UTF_8);
    Path many = Files.writeString(dir.resolve("many.txt"), COPY.repeat(copies), StandardCharsets.UTF_8);
    assertTrue(Files.size(many) > InParts.FROM_BYTES);
    JarRunner jar = new JarRunner(dir);

    JarRunner.Run small = jar.run("brief", "--no-check", "--format", "json", one.toString());
    JarRunner.Run big = jar.run("brief", "--no-check", "--format", "json", many.toString());
    assertEquals(0, small.exitCode(), small.describe());
    assertEquals(0, big.exitCode(), big.err());
    JsonNode s = new ObjectMapper().readTree(small.out());
    JsonNode b = new ObjectMapper().readTree(big.out());

    assertEquals(copies * s.get("words").asLong(), b.get("words").asLong());
    assertEquals(s.at("/quotes/0"), b.at("/quotes/0"), "the first quotation, its English and speaker");
    assertEquals(s.at("/people/0/dutch"), b.at("/people/0/dutch"));
    assertEquals(copies * s.at("/people/0/mentions").asInt(), b.at("/people/0/mentions").asInt());
    Map<String, Integer> smallTerms = new HashMap<>();
    s.get("keyTerms").forEach(t -> smallTerms.put(t.get("dutch").asText(), t.get("count").asInt()));
    int common = 0;
    for (JsonNode t : b.get("keyTerms")) {
      Integer count = smallTerms.get(t.get("dutch").asText());
      if (count != null) {
        common++;
        assertEquals(copies * count, t.get("count").asInt(), t.toString());
      }
    }
    assertTrue(common >= 3, "the same key terms: " + b.get("keyTerms") + " against " + s.get("keyTerms"));
    assertEquals(s.at("/keyPoints/0"), b.at("/keyPoints/0"), "the opening sentence leads either way");
  }
}
