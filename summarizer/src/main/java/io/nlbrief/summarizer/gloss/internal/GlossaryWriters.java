package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes glossaries as TSV, CSV and TBX, sorted so that the same entries always give the same bytes. */
public final class GlossaryWriters {
  private static final Comparator<GlossEntry> ORDER = Comparator.comparing(GlossEntry::dutch)
      .thenComparing(e -> e.pos().code());

  private GlossaryWriters() {}

  public static void tsv(List<GlossEntry> entries, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("# dutch\tenglish\tpos\tnote\n");
    for (GlossEntry e : sorted(entries)) {
      w.write(clean(e.dutch()) + "\t" + clean(String.join("; ", e.english())) + "\t" + e.pos().code()
          + (e.note().isEmpty() ? "" : "\t" + clean(e.note())) + "\n");
    }
    w.flush();
  }

  public static void csv(List<GlossEntry> entries, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(Csv.record("dutch", "english", "pos", "note"));
    for (GlossEntry e : sorted(entries)) {
      w.write(Csv.record(e.dutch(), String.join("; ", e.english()), e.pos().code(), e.note()));
    }
    w.flush();
  }

  /** TBX 3 (ISO 30042:2019), TBX-Basic dialect: one conceptEntry per entry, each English sense a termSec. */
  public static void tbx(List<GlossEntry> entries, OutputStream out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("tbx");
      x.writeAttribute("type", "TBX-Basic");
      x.writeAttribute("style", "dca");
      x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "nl");
      x.writeDefaultNamespace("urn:iso:std:iso:30042:ed-2");
      x.writeCharacters("\n  ");
      x.writeStartElement("tbxHeader");
      x.writeStartElement("fileDesc");
      x.writeStartElement("sourceDesc");
      x.writeStartElement("p");
      x.writeCharacters("Dutch-English glossary exported by nlbrief");
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndElement();
      x.writeCharacters("\n  ");
      x.writeStartElement("text");
      x.writeStartElement("body");
      int id = 0;
      for (GlossEntry e : sorted(entries)) {
        x.writeCharacters("\n    ");
        x.writeStartElement("conceptEntry");
        x.writeAttribute("id", "c" + (++id));
        if (!e.note().isEmpty()) {
          x.writeStartElement("note");
          x.writeCharacters(e.note());
          x.writeEndElement();
        }
        x.writeStartElement("langSec");
        x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "nl");
        x.writeStartElement("termSec");
        x.writeStartElement("term");
        x.writeCharacters(e.dutch());
        x.writeEndElement();
        x.writeStartElement("termNote");
        x.writeAttribute("type", "partOfSpeech");
        x.writeCharacters(tbxPos(e.pos()));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("langSec");
        x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        for (String sense : e.english()) {
          x.writeStartElement("termSec");
          x.writeStartElement("term");
          x.writeCharacters(sense);
          x.writeEndElement();
          x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** TBX-Basic's names where it has one; nlbrief's own code for the rest, so a round trip keeps it. */
  static String tbxPos(GlossPos p) {
    return switch (p) {
      case NOUN -> "noun";
      case VERB -> "verb";
      case ADJ -> "adjective";
      case ADV -> "adverb";
      case NAME -> "properNoun";
      default -> p.code();
    };
  }

  private static List<GlossEntry> sorted(List<GlossEntry> entries) {
    List<GlossEntry> s = new ArrayList<>(entries);
    s.sort(ORDER);
    return s;
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
