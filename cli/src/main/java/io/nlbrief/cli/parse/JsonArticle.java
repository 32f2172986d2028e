package io.nlbrief.cli.parse;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.nlbrief.cli.common.Json;
import io.nlbrief.cli.format.JsonFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.Clause;
import io.nlbrief.parser.LanguageGuess;
import io.nlbrief.parser.Metadata;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.Token;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * An article as JSON, schema version {@value #SCHEMA_VERSION}, described by
 * {@code io/nlbrief/cli/parse.schema.json}: every key is always present (null when unknown) and
 * in a fixed order, so the same input gives the same bytes. Pretty-printed for a single input;
 * in a batch one compact object per line (JSON Lines). Offsets are UTF-16 code unit indices into
 * the article's decoded text, as in the parser's {@link Span}. Written with jackson-core's
 * streaming generator: databind would cost start-up time for nothing here.
 */
public final class JsonArticle extends JsonFormat<Article> {
  static final int SCHEMA_VERSION = 2;

  /** The document's generator leaves its target open: it is the command's output, closed there. */
  static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /**
   * JSON of an article parsed in parts, in the bytes {@link #render} gives the whole article
   * (pretty when {@code pretty}, else one line), ending in a newline. The spool's generator stands
   * at the depth the sentences have in the document, with the same pretty printer, so its bytes
   * are the ones the whole document has between the array's brackets.
   */
  static PartedFormat parted(boolean pretty) {
    return new PartedFormat() {
      @Override
      public SentenceSpool.Writer open(OutputStream spool) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(spool, JsonEncoding.UTF8);
        if (pretty) {
          json.setPrettyPrinter(Json.prettyPrinter());
        }
        json.writeStartObject();
        json.writeArrayFieldStart("sentences");
        return new SentenceSpool.Writer() {
          @Override
          public void sentences(Article part, int firstSentence, int firstParagraph, int offset) throws IOException {
            for (Sentence s : part.sentences()) {
              sentence(json, s, firstSentence, firstParagraph, offset);
            }
          }

          @Override
          public void flush() throws IOException {
            json.flush();
          }
        };
      }

      @Override
      public void write(Article whole, SentenceSpool sentences, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
          if (pretty) {
            json.setPrettyPrinter(Json.prettyPrinter());
          }
          article(json, whole, sentences);
          json.flush();
          out.write('\n');
          out.flush();
        }
      }
    };
  }

  @Override
  protected void write(Article article, JsonGenerator json) throws IOException {
    article(json, article, null);
  }

  /**
   * The article, its sentences' tokens and clauses taken from {@code spooled} (written a part at
   * a time) when not null: {@code article} is then the whole without tokens.
   */
  static void article(JsonGenerator json, Article article, SentenceSpool spooled) throws IOException {
    json.writeStartObject();
    json.writeNumberField("schemaVersion", SCHEMA_VERSION);
    json.writeStringField("file", article.file());
    metadata(json, article.metadata());
    language(json, article.language());
    json.writeArrayFieldStart("warnings");
    for (String warning : article.warnings()) {
      json.writeString(warning);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("paragraphs");
    for (Paragraph p : article.paragraphs()) {
      paragraph(json, p);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("headings");
    for (Paragraph p : article.headings()) {
      json.writeStartObject();
      json.writeNumberField("paragraph", p.index());
      json.writeStringField("text", p.text());
      span(json, "start", "end", p.span());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("sentences");
    if (spooled == null) {
      for (Sentence s : article.sentences()) {
        sentence(json, s, 0, 0, 0);
      }
    } else {
      json.flush();
      spooled.copyTo((OutputStream) json.getOutputTarget());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("quotes");
    for (Quote q : article.quotes()) {
      quote(json, q);
    }
    json.writeEndArray();
    json.writeNumberField("wordCount", spooled == null ? article.wordCount() : spooled.wordCount());
    json.writeEndObject();
  }

  private static void metadata(JsonGenerator json, Metadata m) throws IOException {
    json.writeObjectFieldStart("metadata");
    json.writeStringField("title", m.title());
    json.writeStringField("date", m.date());
    json.writeStringField("published", m.published());
    json.writeStringField("source", m.source());
    json.writeStringField("author", m.author());
    json.writeStringField("url", m.url());
    json.writeStringField("contentType", m.contentType());
    json.writeStringField("charset", m.charset());
    json.writeEndObject();
  }

  private static void language(JsonGenerator json, LanguageGuess language) throws IOException {
    json.writeObjectFieldStart("language");
    json.writeStringField("code", language.code());
    json.writeNumberField("confidence", language.confidence());
    json.writeBooleanField("dutch", language.isDutch());
    json.writeEndObject();
  }

  private static void paragraph(JsonGenerator json, Paragraph p) throws IOException {
    json.writeStartObject();
    json.writeNumberField("index", p.index());
    json.writeStringField("role", name(p.role()));
    json.writeStringField("text", p.text());
    span(json, "start", "end", p.span());
    json.writeArrayFieldStart("sentences");
    for (Sentence s : p.sentences()) {
      json.writeNumber(s.index());
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * A sentence whose indices are {@code firstSentence} and {@code firstParagraph} on from its
   * article's, and its spans {@code offset} on: a part's sentence in the whole text.
   */
  static void sentence(JsonGenerator json, Sentence s, int firstSentence, int firstParagraph, int offset)
      throws IOException {
    json.writeStartObject();
    json.writeNumberField("index", s.index() + firstSentence);
    json.writeNumberField("paragraph", s.paragraph() + firstParagraph);
    json.writeStringField("text", s.text());
    span(json, "start", "end", s.span(), offset);
    json.writeArrayFieldStart("tokens");
    for (Token t : s.tokens()) {
      json.writeStartObject();
      json.writeStringField("text", t.text());
      span(json, "start", "end", t.span(), offset);
      json.writeStringField("lemma", t.lemma());
      json.writeStringField("tag", t.tag());
      json.writeStringField("pos", name(t.pos()));
      json.writeStringField("entity", name(t.entity()));
      json.writeStringField("upos", t.upos().name());
      json.writeStringField("udLemma", t.morphology().lemma());
      json.writeStringField("feats", t.morphology().features());
      json.writeNumberField("head", t.dependency().head());
      json.writeStringField("deprel", t.dependency().relation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("clauses");
    for (Clause c : s.clauses()) {
      json.writeStartObject();
      json.writeStringField("type", name(c.type()));
      json.writeNumberField("head", c.head());
      json.writeNumberField("finiteVerb", c.finiteVerb());
      json.writeNumberField("subject", c.subject());
      json.writeArrayFieldStart("verbCluster");
      for (int v : c.verbCluster()) {
        json.writeNumber(v);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("particles");
      for (int p : c.particles()) {
        json.writeNumber(p);
      }
      json.writeEndArray();
      json.writeNumberField("marker", c.marker());
      json.writeStringField("verbLemma", c.verbLemma());
      json.writeNumberField("parent", c.parent());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void quote(JsonGenerator json, Quote q) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", q.text());
    span(json, "start", "end", q.span());
    span(json, "contentStart", "contentEnd", q.content());
    json.writeStringField("speaker", q.speaker());
    span(json, "speakerStart", "speakerEnd", q.speakerSpan());
    json.writeNumberField("sentence", q.sentence());
    json.writeEndObject();
  }

  private static void span(JsonGenerator json, String startKey, String endKey, Span span) throws IOException {
    span(json, startKey, endKey, span, 0);
  }

  private static void span(JsonGenerator json, String startKey, String endKey, Span span, int offset)
      throws IOException {
    if (span == null) {
      json.writeNullField(startKey);
      json.writeNullField(endKey);
    } else {
      json.writeNumberField(startKey, span.start() + offset);
      json.writeNumberField(endKey, span.end() + offset);
    }
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
