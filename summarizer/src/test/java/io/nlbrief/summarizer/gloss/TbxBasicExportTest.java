package io.nlbrief.summarizer.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code glossary export --format tbx} against TBX-Basic (TBX-Basic 2.x, the dialect of ISO
 * 30042:2008): the core structure's content model for the elements it writes, the data categories
 * at the levels TBX-Basic allows them, and the values of its picklists. Written from the TBX-Basic
 * specification, so a change of the writer that leaves the dialect fails here.
 */
class TbxBasicExportTest {
  /** Children each element may have, in the order the core structure requires (one group after another). */
  private static final Map<String, List<Set<String>>> CONTENT = Map.of(
      "martif", List.of(Set.of("martifHeader"), Set.of("text")),
      "martifHeader", List.of(Set.of("fileDesc"), Set.of("encodingDesc"), Set.of("revisionDesc")),
      "fileDesc", List.of(Set.of("titleStmt"), Set.of("publicationStmt"), Set.of("sourceDesc")),
      "sourceDesc", List.of(Set.of("p")),
      "encodingDesc", List.of(Set.of("p")),
      "text", List.of(Set.of("body"), Set.of("back")),
      "body", List.of(Set.of("termEntry")),
      // auxiliary information first (descrip, descripGrp, admin, transacGrp, note, ref, xref), then the sections
      "termEntry", List.of(Set.of("descrip", "descripGrp", "admin", "transacGrp", "note", "ref", "xref"), Set.of("langSet")),
      "langSet", List.of(Set.of("descrip", "descripGrp", "admin", "transacGrp", "note", "ref", "xref"), Set.of("tig")),
      "tig", List.of(Set.of("term"), Set.of("termNote"),
          Set.of("descrip", "descripGrp", "admin", "transacGrp", "note", "ref", "xref")));
  private static final Set<String> TEXT_ONLY = Set.of("p", "term", "termNote", "descrip", "note");
  private static final Map<String, Set<String>> TERM_NOTES = Map.of(
      "partOfSpeech", Set.of("noun", "verb", "adjective", "adverb", "properNoun", "other"),
      "termType", Set.of("fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"));
  /** The levels TBX-Basic allows each descrip type at. */
  private static final Map<String, Set<String>> DESCRIP_LEVELS = Map.of(
      "subjectField", Set.of("termEntry"),
      "definition", Set.of("termEntry", "langSet"),
      "context", Set.of("tig"));

  private static final List<GlossEntry> ENTRIES = List.of(
      new GlossEntry("aanslag", List.of("attack", "assault"), GlossPos.NOUN, "", "x",
          "a violent attack <on a person> & more", "security"),
      new GlossEntry("onder druk zetten", List.of("put under pressure"), GlossPos.PHRASE, "", "x"),
      new GlossEntry("NAVO", List.of("NATO"), GlossPos.NAME, "noarticle", "x"),
      new GlossEntry("om", List.of("at", "around"), GlossPos.PREP, "", "x"),
      new GlossEntry("zwaar", List.of("heavy"), GlossPos.ADJ, "", "x"),
      new GlossEntry("wegsturen", List.of("send away", "expel"), GlossPos.VERB, "", "x"));

  private final List<String> violations = new ArrayList<>();

  @Test
  void theExportIsTbxBasic() throws Exception {
    String xml = export();
    assertTrue(xml.contains("<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">"), xml);
    Document doc = parse(xml);
    Element root = doc.getDocumentElement();
    assertEquals("martif", root.getTagName());
    assertEquals("TBX-Basic", root.getAttribute("type"));
    assertEquals("nl", root.getAttribute("xml:lang"));
    check(root, new HashSet<>());
    assertEquals(List.of(), violations);
    assertEquals(ENTRIES.size(), doc.getElementsByTagName("termEntry").getLength());
  }

  @Test
  void phrasesAreOtherWithTermTypePhraseAndOtherPartsOfSpeechKeepTheirCodeInANote() throws Exception {
    Document doc = parse(export());
    // sorted by Dutch word, capitals first: NAVO, aanslag, om, onder druk zetten, wegsturen, zwaar
    List<String> pos = new ArrayList<>();
    List<String> termTypes = new ArrayList<>();
    List<String> termNotes = new ArrayList<>();
    for (Element tig : elements(doc, "tig")) {
      if (!((Element) tig.getParentNode()).getAttribute("xml:lang").equals("nl")) {
        continue;
      }
      String type = "";
      String p = "";
      String note = "";
      for (Element c : children(tig)) {
        if (c.getTagName().equals("termNote") && c.getAttribute("type").equals("partOfSpeech")) {
          p = c.getTextContent();
        } else if (c.getTagName().equals("termNote") && c.getAttribute("type").equals("termType")) {
          type = c.getTextContent();
        } else if (c.getTagName().equals("note")) {
          note = c.getTextContent();
        }
      }
      pos.add(p);
      termTypes.add(type);
      termNotes.add(note);
    }
    assertEquals(List.of("properNoun", "noun", "other", "other", "verb", "adjective"), pos);
    assertEquals(List.of("", "", "", "phrase", "", ""), termTypes);
    assertEquals(List.of("", "", "pos: prep", "", "", ""), termNotes);
  }

  @Test
  void definitionSubjectAndNoteSitAtEntryLevelAndTextIsEscaped() throws Exception {
    Document doc = parse(export());
    Element aanslag = elements(doc, "termEntry").get(1);
    List<String> first = children(aanslag).stream()
        .map(c -> c.getTagName() + (c.hasAttribute("type") ? "[" + c.getAttribute("type") + "]" : "") + "=" + c.getTextContent().strip())
        .limit(2).toList();
    assertEquals(List.of("descrip[subjectField]=security", "descrip[definition]=a violent attack <on a person> & more"), first);
    Element navo = elements(doc, "termEntry").get(0);
    assertEquals("note", children(navo).get(0).getTagName());
    assertEquals("noarticle", children(navo).get(0).getTextContent());
  }

  private void check(Element e, Set<String> ids) {
    String name = e.getTagName();
    List<Element> kids = children(e);
    if (TEXT_ONLY.contains(name)) {
      if (!kids.isEmpty()) {
        violations.add(name + " has element children");
      }
    } else if (!CONTENT.containsKey(name)) {
      violations.add("element " + name + " is not one the export should write");
    } else {
      List<Set<String>> groups = CONTENT.get(name);
      int group = 0;
      for (Element k : kids) {
        int at = group;
        while (at < groups.size() && !groups.get(at).contains(k.getTagName())) {
          at++;
        }
        if (at == groups.size()) {
          violations.add(k.getTagName() + " out of place in " + name);
        } else {
          group = at;
        }
      }
    }
    switch (name) {
      case "termEntry" -> {
        if (!ids.add(e.getAttribute("id")) || e.getAttribute("id").isEmpty()) {
          violations.add("termEntry id missing or repeated: " + e.getAttribute("id"));
        }
        require(kids, "langSet", name);
      }
      case "langSet" -> {
        if (e.getAttribute("xml:lang").isEmpty()) {
          violations.add("langSet without xml:lang");
        }
        require(kids, "tig", name);
      }
      case "tig" -> {
        if (kids.isEmpty() || !kids.get(0).getTagName().equals("term") || kids.stream().filter(k -> k.getTagName().equals("term")).count() != 1) {
          violations.add("tig without exactly one term first");
        }
      }
      case "termNote" -> {
        Set<String> picklist = TERM_NOTES.get(e.getAttribute("type"));
        if (picklist == null) {
          violations.add("termNote type " + e.getAttribute("type") + " is not a TBX-Basic data category");
        } else if (!picklist.contains(e.getTextContent())) {
          violations.add(e.getAttribute("type") + " '" + e.getTextContent() + "' is not in TBX-Basic's picklist");
        }
      }
      case "descrip" -> {
        Set<String> levels = DESCRIP_LEVELS.get(e.getAttribute("type"));
        String parent = ((Element) e.getParentNode()).getTagName();
        if (levels == null || !levels.contains(parent)) {
          violations.add("descrip type " + e.getAttribute("type") + " not allowed in " + parent);
        }
      }
      default -> { }
    }
    kids.forEach(k -> check(k, ids));
  }

  private void require(List<Element> kids, String child, String parent) {
    if (kids.stream().noneMatch(k -> k.getTagName().equals(child))) {
      violations.add(parent + " without " + child);
    }
  }

  private static String export() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GlossaryIo.write(ENTRIES, GlossaryFormat.TBX, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    // the DTD is named, not fetched: no network in tests
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(Document doc, String name) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < doc.getElementsByTagName(name).getLength(); i++) {
      out.add((Element) doc.getElementsByTagName(name).item(i));
    }
    return out;
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        out.add(c);
      }
    }
    return out;
  }
}
