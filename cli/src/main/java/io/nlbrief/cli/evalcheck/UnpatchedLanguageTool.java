package io.nlbrief.cli.evalcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nlbrief.parser.Span;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool as shipped, for the raw baseline of {@code eval check}. The checker's changes to
 * LanguageTool's runtime (the resource reader, the speller's dictionaries and character table,
 * the word tokenizer) are process-wide, so a baseline in the checker's JVM would measure
 * LanguageTool as nlbrief runs it. This runs it in a JVM of its own, started from the same class
 * path with those changes turned off ({@code -Dnlbrief.languagetool.unpatched=true}) and no
 * checker ever built in it; texts go to it and matches come back as JSON Lines over its standard
 * input and output. One instance serves one thread.
 */
final class UnpatchedLanguageTool implements AutoCloseable {
  /** One of LanguageTool's matches, as the baseline reads it. */
  record RawMatch(Span span, String ruleId, List<String> suggestions) {}

  static final String UNPATCHED_PROPERTY = "nlbrief.languagetool.unpatched";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final BufferedWriter toChild;
  private final BufferedReader fromChild;
  /** The class of the child's resource reader, as it reported when LanguageTool had loaded. */
  private final String dataBroker;

  private UnpatchedLanguageTool(Process process) throws IOException {
    this.process = process;
    this.toChild = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.fromChild = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String hello = fromChild.readLine();
    if (hello == null) {
      throw new IOException("the LanguageTool baseline process ended before LanguageTool loaded");
    }
    this.dataBroker = JSON.readTree(hello).path("dataBroker").asText();
  }

  /** The class of LanguageTool's resource reader in the baseline's JVM (LanguageTool's own). */
  String dataBroker() {
    return dataBroker;
  }

  /** Starts the JVM and waits until LanguageTool has loaded in it. */
  static UnpatchedLanguageTool start() {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = List.of(java, "-D" + UNPATCHED_PROPERTY + "=true", "-Xmx1536m",
        "-cp", System.getProperty("java.class.path"), UnpatchedLanguageTool.class.getName());
    try {
      return new UnpatchedLanguageTool(new ProcessBuilder(command)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the LanguageTool baseline (" + java + ")", e);
    }
  }

  /** LanguageTool's matches on {@code text}, in its order. */
  synchronized List<RawMatch> check(String text) {
    try {
      ObjectNode request = JSON.createObjectNode().put("text", text);
      toChild.write(JSON.writeValueAsString(request));
      toChild.write('\n');
      toChild.flush();
      String line = fromChild.readLine();
      if (line == null) {
        throw new IOException("the LanguageTool baseline process ended"
            + (process.isAlive() ? "" : " (exit " + process.waitFor() + ")"));
      }
      List<RawMatch> matches = new ArrayList<>();
      for (JsonNode m : JSON.readTree(line)) {
        List<String> suggestions = new ArrayList<>();
        m.path("suggestions").forEach(s -> suggestions.add(s.asText()));
        matches.add(new RawMatch(new Span(m.path("from").asInt(), m.path("to").asInt()), m.path("rule").asText(),
            List.copyOf(suggestions)));
      }
      return matches;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public void close() {
    try {
      toChild.close();
    } catch (IOException e) {
      // The process is ending anyway.
    }
    process.destroy();
  }

  /** One baseline JVM per thread that asks, started on its first text; all stopped on close. */
  static final class PerThread implements AutoCloseable {
    private final List<UnpatchedLanguageTool> started = new ArrayList<>();
    private final ThreadLocal<UnpatchedLanguageTool> mine = ThreadLocal.withInitial(this::startOne);

    private synchronized UnpatchedLanguageTool startOne() {
      UnpatchedLanguageTool one = start();
      started.add(one);
      return one;
    }

    /** LanguageTool's matches on {@code text}, from this thread's baseline JVM. */
    List<RawMatch> check(String text) {
      return mine.get().check(text);
    }

    @Override
    public synchronized void close() {
      started.forEach(UnpatchedLanguageTool::close);
      started.clear();
    }
  }

  /**
   * The child: one JSON object {@code {"text": …}} a line in, one JSON array of matches a line
   * out. Anything LanguageTool prints goes to standard error, which the parent discards.
   */
  public static void main(String[] args) throws IOException {
    PrintStream protocol = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("nl"));
    protocol.println(JSON.writeValueAsString(JSON.createObjectNode()
        .put("dataBroker", JLanguageTool.getDataBroker().getClass().getName())));
    protocol.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String text = JSON.readTree(line).path("text").asText();
      ArrayNode out = JSON.createArrayNode();
      for (RuleMatch m : lt.check(text)) {
        ObjectNode match = out.addObject().put("from", m.getFromPos()).put("to", m.getToPos()).put("rule", m.getRule().getId());
        ArrayNode suggestions = match.putArray("suggestions");
        m.getSuggestedReplacements().forEach(suggestions::add);
      }
      protocol.println(JSON.writeValueAsString(out));
      protocol.flush();
    }
  }
}
