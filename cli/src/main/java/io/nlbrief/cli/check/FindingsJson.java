package io.nlbrief.cli.check;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlbrief.checker.Finding;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Findings in the shape of LanguageTool's HTTP API response ({@code POST /v2/check}), so tools that
 * read LanguageTool read nlbrief: {@code matches[]} with {@code message}, {@code shortMessage},
 * {@code offset}, {@code length}, {@code replacements[].value}, {@code rule}, {@code context},
 * {@code sentence}; plus {@code file}, {@code line} and {@code column}, which LanguageTool's clients ignore.
 * One compact object and a newline per input, so several inputs make JSON Lines.
 */
public final class FindingsJson extends NamedFormat<Checked> {
  private static final JsonFactory FACTORY = new JsonFactory();
  /** LanguageTool's server shows 40 characters either side. */
  private static final int CONTEXT = 40;

  public FindingsJson() {
    super("json", "json");
  }

  /** Always one compact line: several inputs make JSON Lines, one input one line, as LanguageTool's server answers. */
  @Override
  public byte[] render(Checked checked, FormatContext context, int position) {
    return render(checked.article(), checked.findings(), checked.languageCode());
  }

  private static byte[] render(Article article, List<Finding> findings, String languageCode) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("file", article.file());
      json.writeObjectFieldStart("software");
      json.writeStringField("name", "nlbrief");
      json.writeStringField("apiVersion", "1");
      json.writeEndObject();
      json.writeObjectFieldStart("language");
      json.writeStringField("name", "Dutch");
      json.writeStringField("code", languageCode);
      json.writeEndObject();
      json.writeArrayFieldStart("matches");
      String text = article.text();
      for (Finding f : findings) {
        json.writeStartObject();
        json.writeStringField("message", f.message());
        json.writeStringField("shortMessage", f.shortMessage());
        json.writeArrayFieldStart("replacements");
        for (String s : f.suggestions()) {
          json.writeStartObject();
          json.writeStringField("value", s);
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("offset", f.span().start());
        json.writeNumberField("length", f.span().length());
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        int from = Math.max(0, f.span().start() - CONTEXT);
        int to = Math.min(text.length(), f.span().end() + CONTEXT);
        json.writeObjectFieldStart("context");
        json.writeStringField("text", text.substring(from, to).replaceAll("[\\r\\n\\t]", " "));
        json.writeNumberField("offset", f.span().start() - from);
        json.writeNumberField("length", f.span().length());
        json.writeEndObject();
        json.writeStringField("sentence", sentenceOf(article, f));
        json.writeObjectFieldStart("type");
        json.writeStringField("typeName", "Other");
        json.writeEndObject();
        json.writeObjectFieldStart("rule");
        json.writeStringField("id", f.ruleId());
        json.writeStringField("description", f.ruleDescription());
        json.writeStringField("issueType", f.issueType());
        json.writeObjectFieldStart("category");
        json.writeStringField("id", f.categoryId());
        json.writeStringField("name", f.categoryName());
        json.writeEndObject();
        json.writeEndObject();
        json.writeStringField("explanation", f.explanation());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static String sentenceOf(Article article, Finding f) {
    for (Sentence s : article.sentences()) {
      if (s.span().start() <= f.span().start() && f.span().start() < s.span().end()) {
        return s.text();
      }
    }
    // A heading or the headline: its line.
    String text = article.text();
    int start = text.lastIndexOf('\n', f.span().start()) + 1;
    int end = text.indexOf('\n', f.span().start());
    return text.substring(start, end < 0 ? text.length() : end).strip();
  }
}
