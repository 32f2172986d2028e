package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.GlossaryProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * FreeDict TEI and TBX, read with the JDK's StAX parser (no DTDs, no external entities). An entry
 * without a Dutch or English term is reported with its line and skipped.
 */
public final class XmlGlossaryReader {
  private XmlGlossaryReader() {}

  /** FreeDict TEI: {@code <entry><form><orth>} Dutch, {@code <gramGrp><pos>}, {@code <cit type="trans"><quote>} English. */
  public static List<GlossEntry> readTei(Path file, String source, Consumer<GlossaryProblem> problems) throws IOException {
    List<GlossEntry> entries = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader x = factory().createXMLStreamReader(in);
      String orth = null;
      String pos = null;
      String note = null;
      Set<String> senses = new LinkedHashSet<>();
      int line = 0;
      boolean inTrans = false;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (x.getLocalName()) {
            case "entry" -> {
              orth = null;
              pos = null;
              note = null;
              senses.clear();
              line = x.getLocation().getLineNumber();
            }
            case "orth" -> {
              String t = x.getElementText().strip();
              if (orth == null) {
                orth = t;
              }
            }
            case "pos" -> pos = x.getElementText().strip();
            case "cit" -> inTrans = "trans".equals(x.getAttributeValue(null, "type")) || inTrans;
            case "quote" -> {
              String t = x.getElementText().strip();
              if (inTrans && !t.isEmpty()) {
                senses.add(t);
              }
            }
            case "note" -> {
              String t = x.getElementText().strip();
              note = note == null ? t : note;
            }
            default -> { }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (x.getLocalName().equals("cit")) {
            inTrans = false;
          } else if (x.getLocalName().equals("entry")) {
            add(entries, file, line, orth, senses, pos, note, source, problems);
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("not well-formed XML: " + e.getMessage(), e);
    }
    return entries;
  }

  /**
   * TBX: {@code termEntry}/{@code langSet}/{@code tig}/{@code term} (TBX-Basic 2) or
   * {@code conceptEntry}/{@code langSec}/{@code termSec}/{@code term} (TBX 3). The Dutch term's
   * {@code termNote type="partOfSpeech"} gives the part of speech ({@code other} with
   * {@code termType phrase} a phrase; {@code other} with a term note {@code pos: CODE}, as nlbrief
   * writes it, that code); {@code descrip type="definition"} and {@code type="subjectField"} the
   * definition and subject field; a {@code note} the note.
   */
  public static List<GlossEntry> readTbx(Path file, String source, Consumer<GlossaryProblem> problems) throws IOException {
    List<GlossEntry> entries = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader x = factory().createXMLStreamReader(in);
      List<String> dutch = new ArrayList<>();
      Set<String> english = new LinkedHashSet<>();
      java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
      String pos = null;
      String posNote = null;
      boolean phrase = false;
      String note = null;
      String definition = null;
      String subject = null;
      String lang = null;
      int line = 0;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = x.getLocalName();
          boolean dutchSide = lang != null && lang.startsWith("nl");
          switch (name) {
            case "termEntry", "conceptEntry" -> {
              dutch.clear();
              english.clear();
              pos = null;
              posNote = null;
              phrase = false;
              note = null;
              definition = null;
              subject = null;
              lang = null;
              line = x.getLocation().getLineNumber();
              open.push(name);
            }
            case "langSet", "langSec" -> {
              lang = language(x);
              open.push(name);
            }
            case "term" -> {
              String t = x.getElementText().strip();
              if (dutchSide) {
                dutch.add(t);
              } else if (lang != null && lang.startsWith("en") && !t.isEmpty()) {
                english.add(t);
              }
            }
            case "termNote" -> {
              String type = x.getAttributeValue(null, "type");
              String t = x.getElementText().strip();
              if ("partOfSpeech".equals(type) && dutchSide) {
                pos = t;
              } else if ("termType".equals(type) && dutchSide) {
                phrase = t.equals("phrase");
              }
            }
            case "descrip" -> {
              String type = x.getAttributeValue(null, "type");
              String t = x.getElementText().strip().replaceAll("\\s+", " ");
              if ("definition".equals(type) && definition == null && !t.isEmpty()) {
                definition = t;
              } else if ("subjectField".equals(type) && subject == null && !t.isEmpty()) {
                subject = t;
              }
            }
            case "note" -> {
              boolean termLevel = "tig".equals(open.peek()) || "termSec".equals(open.peek()) || "ntig".equals(open.peek());
              String t = x.getElementText().strip();
              if (termLevel && dutchSide && t.startsWith(GlossaryWriters.POS_NOTE)
                  && GlossPos.ofCode(t.substring(GlossaryWriters.POS_NOTE.length())).isPresent()) {
                posNote = t.substring(GlossaryWriters.POS_NOTE.length());
              } else if (note == null) {
                note = t;
              }
            }
            default -> open.push(name);
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String n = x.getLocalName();
          if (!open.isEmpty()) {
            open.pop();
          }
          if (n.equals("langSet") || n.equals("langSec")) {
            lang = null;
          } else if (n.equals("termEntry") || n.equals("conceptEntry")) {
            if (dutch.isEmpty()) {
              problems.accept(new GlossaryProblem(file.toString(), line, "entry without a Dutch (nl) term"));
            }
            // TBX-Basic's picklist has no place for prepositions and the like: "other", made exact by
            // termType or nlbrief's note
            String tag = pos == null || pos.equals("other") ? (posNote != null ? posNote : phrase ? "phrase" : null) : pos;
            for (String d : dutch) {
              add(entries, file, line, d, english, tag, note, source, problems, definition, subject);
            }
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("not well-formed XML: " + e.getMessage(), e);
    }
    return entries;
  }

  private static String language(XMLStreamReader x) {
    String lang = x.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
    if (lang == null) {
      lang = x.getAttributeValue(null, "lang");
    }
    return lang == null ? null : lang.toLowerCase(Locale.ROOT);
  }

  private static void add(List<GlossEntry> entries, Path file, int line, String dutch, Set<String> senses, String pos,
      String note, String source, Consumer<GlossaryProblem> problems) {
    add(entries, file, line, dutch, senses, pos, note, source, problems, null, null);
  }

  private static void add(List<GlossEntry> entries, Path file, int line, String dutch, Set<String> senses, String pos,
      String note, String source, Consumer<GlossaryProblem> problems, String definition, String subject) {
    if (dutch == null || dutch.isBlank()) {
      problems.accept(new GlossaryProblem(file.toString(), line, "entry without a Dutch term"));
      return;
    }
    if (senses.isEmpty()) {
      problems.accept(new GlossaryProblem(file.toString(), line, "no English for '" + dutch + "'"));
      return;
    }
    GlossPos p = PosGuess.ofTag(pos);
    String n = note == null ? "" : note;
    if (p == null) {
      p = PosGuess.fromShape(dutch);
      n = n.isEmpty() ? "pos guessed" : n;
    }
    entries.add(new GlossEntry(dutch.strip().replaceAll("\\s+", " "), new ArrayList<>(senses), p, n, source,
        definition, subject));
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
