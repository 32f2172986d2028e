package io.nlbrief.cli.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shaded jar's {@code nlbrief serve --port 0} in its own process, ready (health 200) when made. */
final class ServerProcess implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  final Process process;
  final String base;
  final Path log;

  ServerProcess(Path work, String... options) throws Exception {
    Path config = Files.createDirectories(work.resolve("config"));
    if (!Files.exists(config.resolve("words.txt"))) {
      Files.writeString(config.resolve("words.txt"), "Zorgbelevingsmanager\n");
    }
    log = work.resolve("serve-stderr.txt");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", System.getProperty("nlbrief.jar"), "serve", "--port", "0"));
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
    builder.environment().put("NLBRIEF_CONFIG_DIR", config.toString());
    process = builder.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertTrue(first != null, "no output; stderr: " + Files.readString(log));
    Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))/").matcher(first);
    assertTrue(m.find(), first);
    base = m.group(1);
    for (int i = 0; i < 360; i++) {
      HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      if (health.statusCode() == 200) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not ready in 180 s");
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
