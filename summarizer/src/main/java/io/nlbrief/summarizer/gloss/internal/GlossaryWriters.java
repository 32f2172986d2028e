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
    boolean described = described(entries);
    w.write(described ? "# dutch\tenglish\tpos\tnote\tdefinition\tsubject\n" : "# dutch\tenglish\tpos\tnote\n");
    for (GlossEntry e : sorted(entries)) {
      w.write(clean(e.dutch()) + "\t" + clean(String.join("; ", e.english())) + "\t" + e.pos().code());
      if (described) {
        w.write("\t" + clean(e.note()) + "\t" + clean(e.definition()) + "\t" + clean(e.subject()));
      } else if (!e.note().isEmpty()) {
        w.write("\t" + clean(e.note()));
      }
      w.write("\n");
    }
    w.flush();
  }

  /** RFC 4180: a header, then one record per entry, every record as wide as the header. */
  public static void csv(List<GlossEntry> entries, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    boolean described = described(entries);
    w.write(described ? Csv.record("dutch", "english", "pos", "note", "definition", "subject")
        : Csv.record("dutch", "english", "pos", "note"));
    for (GlossEntry e : sorted(entries)) {
      String english = String.join("; ", e.english());
      w.write(described ? Csv.record(e.dutch(), english, e.pos().code(), e.note(), e.definition(), e.subject())
          : Csv.record(e.dutch(), english, e.pos().code(), e.note()));
    }
    w.flush();
  }

  /** The columns definition and subject are written only when an entry has one, so older files stay as they were. */
  private static boolean described(List<GlossEntry> entries) {
    return entries.stream().anyMatch(e -> !e.definition().isEmpty() || !e.subject().isEmpty());
  }

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  /**
   * TBX-Basic (the LISA/TerminOrgs dialect of ISO 30042:2008, {@code martif} with
   * {@code termEntry}/{@code langSet}/{@code tig}), one entry per concept: the subject field and
   * definition and note at entry level, the Dutch term with its part of speech from TBX-Basic's
   * picklist, each English sense a term of its own. A part of speech the picklist lacks is
   * {@code other}, with {@code termType phrase} for a phrase and a term-level note
   * {@code pos: CODE} for the rest, so that an import gives back the same entry.
   */
  public static void tbx(List<GlossEntry> entries, OutputStream out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeDTD("<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">");
      x.writeCharacters("\n");
      x.writeStartElement("martif");
      x.writeAttribute("type", "TBX-Basic");
      x.writeAttribute("xml", XML_NS, "lang", "nl");
      indent(x, 1);
      x.writeStartElement("martifHeader");
      indent(x, 2);
      x.writeStartElement("fileDesc");
      x.writeStartElement("sourceDesc");
      element(x, "p", "Dutch-English glossary exported by nlbrief");
      x.writeEndElement();
      x.writeEndElement();
      indent(x, 2);
      x.writeStartElement("encodingDesc");
      x.writeStartElement("p");
      x.writeAttribute("type", "XCSURI");
      x.writeCharacters("TBXBasicXCSV02.xcs");
      x.writeEndElement();
      x.writeEndElement();
      indent(x, 1);
      x.writeEndElement();
      indent(x, 1);
      x.writeStartElement("text");
      indent(x, 2);
      x.writeStartElement("body");
      int id = 0;
      for (GlossEntry e : sorted(entries)) {
        indent(x, 3);
        x.writeStartElement("termEntry");
        x.writeAttribute("id", "c" + (++id));
        if (!e.subject().isEmpty()) {
          indent(x, 4);
          descrip(x, "subjectField", e.subject());
        }
        if (!e.definition().isEmpty()) {
          indent(x, 4);
          descrip(x, "definition", e.definition());
        }
        if (!e.note().isEmpty()) {
          indent(x, 4);
          element(x, "note", e.note());
        }
        indent(x, 4);
        x.writeStartElement("langSet");
        x.writeAttribute("xml", XML_NS, "lang", "nl");
        indent(x, 5);
        x.writeStartElement("tig");
        element(x, "term", e.dutch());
        termNote(x, "partOfSpeech", tbxPos(e.pos()));
        if (e.pos() == GlossPos.PHRASE) {
          termNote(x, "termType", "phrase");
        } else if (tbxPos(e.pos()).equals("other")) {
          element(x, "note", POS_NOTE + e.pos().code());
        }
        x.writeEndElement();
        indent(x, 4);
        x.writeEndElement();
        indent(x, 4);
        x.writeStartElement("langSet");
        x.writeAttribute("xml", XML_NS, "lang", "en");
        for (String sense : e.english()) {
          indent(x, 5);
          x.writeStartElement("tig");
          element(x, "term", sense);
          x.writeEndElement();
        }
        indent(x, 4);
        x.writeEndElement();
        indent(x, 3);
        x.writeEndElement();
      }
      indent(x, 2);
      x.writeEndElement();
      indent(x, 1);
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

  /** The start of the term-level note that keeps a part of speech TBX-Basic's picklist lacks. */
  public static final String POS_NOTE = "pos: ";

  private static void indent(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void descrip(XMLStreamWriter x, String type, String text) throws XMLStreamException {
    x.writeStartElement("descrip");
    x.writeAttribute("type", type);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void termNote(XMLStreamWriter x, String type, String text) throws XMLStreamException {
    x.writeStartElement("termNote");
    x.writeAttribute("type", type);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  /** TBX-Basic's partOfSpeech picklist: noun, verb, adjective, adverb, properNoun, other. */
  static String tbxPos(GlossPos p) {
    return switch (p) {
      case NOUN -> "noun";
      case VERB -> "verb";
      case ADJ -> "adjective";
      case ADV -> "adverb";
      case NAME -> "properNoun";
      default -> "other";
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
