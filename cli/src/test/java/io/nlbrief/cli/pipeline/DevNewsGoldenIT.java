package io.nlbrief.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nlbrief.cli.testing.InProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev news archive (../shared/eval/dev/news-dev.jsonl, never copied into the repository) through
 * the pipeline, against {@code brief --format json} of each line's page saved as a file: the same
 * record, {@code sha256} included, except {@code file} ({@code archive#id} there, the saved page's
 * path here). Skipped where the dev data is not beside the checkout, and unless asked for with
 * {@code -Dnlbrief.it.devNews=true}: 105 articles checked twice take about 7 minutes on 2 cores,
 * more than CI's budget for one test.
 */
@EnabledIfSystemProperty(named = "nlbrief.it.devNews", matches = "true")
class DevNewsGoldenIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  static Path devNews() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path news = dir.resolve("shared/eval/dev/news-dev.jsonl");
      if (Files.isRegularFile(news)) {
        return news;
      }
    }
    return Path.of("/work/shared/eval/dev/news-dev.jsonl");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void everyDevArticleGivesBriefsRecord() throws IOException {
    Path news = devNews();
    assumeTrue(Files.isRegularFile(news), "no dev news at " + news);
    InProcess nlbrief = new InProcess(temp.resolve("config"));
    Path out = temp.resolve("out");
    InProcess.Result run = nlbrief.run("pipeline", "-o", out.toString(), news.toString());
    assertEquals(0, run.exitCode(), run.describe());
    Map<String, String> records = PipelineRecords.records(out);

    Path pages = Files.createDirectories(temp.resolve("pages"));
    Map<String, String> pageOf = new TreeMap<>();
    List<String> lines = Files.readAllLines(news, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      Document document;
      try {
        document = ArchiveLine.read(news.toString(), i + 1, lines.get(i));
      } catch (ArchiveLine.BadLine e) {
        throw new AssertionError("dev news line " + (i + 1), e);
      }
      Path page = pages.resolve(String.format("%04d.html", i + 1));
      Files.write(page, document.bytes());
      pageOf.put(page.toString(), document.name());
    }
    assertEquals(pageOf.size(), records.size(), run.describe());
    Map<String, String> briefs = PipelineRecords.briefJson(nlbrief, List.of(), new ArrayList<>(pageOf.keySet()));
    for (Map.Entry<String, String> e : briefs.entrySet()) {
      String name = pageOf.get(e.getKey());
      String record = records.get(name);
      assertEquals(withoutFile(e.getValue()), withoutFile(record), name);
    }
  }

  private static JsonNode withoutFile(String line) throws IOException {
    ObjectNode node = (ObjectNode) JSON.readTree(line);
    node.remove("file");
    return node;
  }
}
