package io.nlbrief.cli.evalcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.Treebank;
import io.nlbrief.parser.TreebankSplit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the injected d/t set puts its errors, on sentences and a treebank written for the test. */
class DtInjectionTest {
  @TempDir
  Path work;

  private static List<String> changes(List<DtInjection.Candidate> candidates) {
    return candidates.stream().map(c -> c.original() + ">" + c.replacement() + ":" + c.errorClass()).toList();
  }

  @Test
  void plainTextTakesOnlyFormsThatAreAlwaysVerbs() {
    assertEquals(List.of("wordt>word:DT_TO_D", "vind>vindt:D_TO_DT"),
        changes(DtInjection.inText("Hij wordt morgen ontslagen en ik vind dat goed.")));
    assertEquals(List.of("gebeurt>gebeurd:PRESENT_TO_PARTICIPLE"),
        changes(DtInjection.inText("Het afscheid in Microsoft Word gebeurt vandaag.")), "a noun and a name are left alone");
    assertEquals(List.of("Word>Wordt:D_TO_DT", "aanbiedt>aanbied:DT_TO_D"),
        changes(DtInjection.inText("Word lid van de club die cursussen aanbiedt.")));
    assertEquals(List.of(), changes(DtInjection.inText("De word-lijst en zijn antwoord.")));
  }

  private static String row(int id, String form, String lemma, String upos, String xpos) {
    return id + "\t" + form + "\t" + lemma + "\t" + upos + "\t" + xpos + "\t_\t0\tdep\t_\t_\n";
  }

  private Path treebank(int sentences) throws Exception {
    StringBuilder b = new StringBuilder();
    for (int n = 0; n < sentences; n++) {
      b.append("# sent_id = s").append(n).append("\n# text = Het huis werd verbouwd en ik vind het mooi.\n")
          .append(row(1, "Het", "het", "DET", "LID|bep")).append(row(2, "huis", "huis", "NOUN", "N|soort"))
          .append(row(3, "werd", "worden", "AUX", "WW|pv|verl|ev")).append(row(4, "verbouwd", "verbouwen", "VERB", "WW|vd|vrij|zonder"))
          .append(row(5, "en", "en", "CCONJ", "VG|neven")).append(row(6, "ik", "ik", "PRON", "VNW|pers"))
          .append(row(7, "vind", "vinden", "VERB", "WW|pv|tgw|ev")).append(row(8, "het", "het", "PRON", "VNW|pers"))
          .append(row(9, "mooi", "mooi", "ADJ", "ADJ|vrij")).append(row(10, ".", ".", "PUNCT", "LET")).append("\n");
    }
    return Files.writeString(work.resolve("t.conllu"), b.toString());
  }

  @Test
  void treebankUsesTheGoldTagsAndOffsets() throws Exception {
    Treebank.Sentence s = Treebank.read(treebank(1), TreebankSplit.ALL).get(0);
    List<DtInjection.Candidate> found = DtInjection.inTreebank(s, Set.of("verbouwd"));

    assertEquals(List.of("verbouwd>verbouwt:PARTICIPLE_TO_PRESENT", "vind>vindt:D_TO_DT"), changes(found));
    assertEquals("verbouwd", s.text().substring(found.get(0).start(), found.get(0).end()));
  }

  @Test
  void onlyHeldApartSentencesAndEachPartItsOwn() throws Exception {
    Path file = treebank(13);
    List<String> tune = InjectedSet.build(List.of(file), InjectedSet.Part.TUNE).stream().map(InjectedSet.Item::key).toList();
    List<String> report = InjectedSet.build(List.of(file), InjectedSet.Part.REPORT).stream().map(InjectedSet.Item::key).toList();

    assertEquals(List.of("s0", "s6", "s12"), tune);
    assertEquals(List.of("s3", "s9"), report);
    InjectedSet.Item item = InjectedSet.build(List.of(file), InjectedSet.Part.REPORT).get(0);
    assertEquals(2, InjectedSet.injected(List.of(item)).size(), "one wrong sentence per place");
    assertTrue(InjectedSet.injected(List.of(item)).get(0).wrong().contains("werd verbouwt en ik vind"));
  }

  @Test
  void treebankLineWithoutTenColumnsIsRefusedWithItsNumber() throws Exception {
    Path bad = Files.writeString(work.resolve("bad.conllu"), "# text = Ik vind.\n1\tIk\tik\n");
    ParseException e = assertThrows(ParseException.class, () -> InjectedSet.build(List.of(bad), InjectedSet.Part.ALL));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertEquals(ParseException.Reason.CORRUPT, e.reason());
  }

  @Test
  void treebankWordMissingFromItsTextIsRefused() throws Exception {
    Path bad = Files.writeString(work.resolve("bad.conllu"), "# sent_id = x\n# text = Ik vind het.\n"
        + row(1, "Ik", "ik", "PRON", "VNW|pers") + row(2, "vindt", "vinden", "VERB", "WW|pv|tgw|met-t") + "\n");
    ParseException e = assertThrows(ParseException.class, () -> InjectedSet.build(List.of(bad), InjectedSet.Part.ALL));
    assertTrue(e.getMessage().contains("'vindt'"), e.getMessage());
    assertEquals(ParseException.Reason.CORRUPT, e.reason());
  }

  @Test
  void newsSentencesWithUnbalancedQuotesAreLeftOut() {
    assertTrue(InjectedSet.balanced("Hij zei: \"Ik vind het goed.\""));
    assertTrue(!InjectedSet.balanced("\"Ik vind het goed."));
  }
}
