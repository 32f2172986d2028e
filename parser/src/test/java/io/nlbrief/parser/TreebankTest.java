package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreebankTest {
  private static final String FOUR_SENTENCES = """
      # sent_id = a
      # text = Hij komt.
      1	Hij	hij	PRON	_	_	2	nsubj	_	_
      2	komt	komen	VERB	_	VerbForm=Fin	0	root	_	SpaceAfter=No
      3	.	.	PUNCT	_	_	2	punct	_	_

      # sent_id = b
      1-2	zo'n	_	_	_	_	_	_	_	_
      1	zo	zo	ADV	_	_	2	advmod	_	_
      2	'n	een	DET	_	_	0	root	_	_

      # sent_id = c
      1	Ja	ja	INTJ	_	_	0	root	_	_

      # sent_id = d
      1	Nee	nee	INTJ	_	_	0	root	_	_
      """;

  @Test
  void theSplitHoldsApartEveryThirdSentenceFromTheFirst() {
    for (int n = 0; n < 30; n++) {
      assertEquals(n % 3 == 0, TreebankSplit.HELDOUT.contains(n));
      assertEquals(n % 3 != 0, TreebankSplit.TUNE.contains(n));
      assertTrue(TreebankSplit.ALL.contains(n));
      assertFalse(TreebankSplit.HELDOUT.contains(n) && TreebankSplit.TUNE.contains(n));
    }
  }

  @Test
  void readsWordLinesOnlyAndNumbersSentencesInFileOrder() {
    List<Treebank.Sentence> all = Treebank.parse(FOUR_SENTENCES, TreebankSplit.ALL);
    assertEquals(4, all.size());
    assertEquals(2, all.get(1).words().size(), "the multi-word token line 1-2 is skipped");
    assertEquals("Hij komt.", all.get(0).text());
    assertEquals("zo 'n", all.get(1).text(), "without # text, the forms joined by spaces");
    assertEquals(2, all.get(0).words().get(0).head());
    assertEquals("SpaceAfter=No", all.get(0).words().get(1).misc());

    List<Treebank.Sentence> held = Treebank.parse(FOUR_SENTENCES, TreebankSplit.HELDOUT);
    assertEquals(List.of("a", "d"), held.stream().map(s -> s.meta().get("sent_id")).toList());
    assertEquals(List.of(0, 3), held.stream().map(Treebank.Sentence::number).toList());
    List<Treebank.Sentence> tune = Treebank.parse(FOUR_SENTENCES, TreebankSplit.TUNE);
    assertEquals(List.of("b", "c"), tune.stream().map(s -> s.meta().get("sent_id")).toList());
  }

  @Test
  void aWordLineWithoutTenColumnsIsRefusedWithItsLineNumber() {
    String bad = "# text = Hij komt.\n1\tHij\thij\tPRON\n2\tkomt\tkomen\tVERB\t_\t_\t0\troot\t_\t_\n";
    Treebank.MalformedException e = assertThrows(Treebank.MalformedException.class,
        () -> Treebank.parse(bad, TreebankSplit.ALL));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("4 columns"), e.getMessage());
  }

  @Test
  void wordStartsFollowTheTextInOrder() {
    String two = """
        # text = De kat zag de kat.
        1	De	de	DET	_	_	2	det	_	_
        2	kat	kat	NOUN	_	_	3	nsubj	_	_
        3	zag	zien	VERB	_	_	0	root	_	_
        4	de	de	DET	_	_	5	det	_	_
        5	kat	kat	NOUN	_	_	3	obj	_	SpaceAfter=No
        6	.	.	PUNCT	_	_	3	punct	_	_
        """;
    Treebank.Sentence s = Treebank.parse(two, TreebankSplit.ALL).get(0);
    assertArrayEquals(new int[] {0, 3, 7, 11, 14, 17}, s.wordStarts(), "the second 'kat' is found after the first");

    Treebank.Sentence wrong = Treebank.parse(two.replace("# text = De kat zag de kat.", "# text = De kat zag de hond."),
        TreebankSplit.ALL).get(0);
    Treebank.MalformedException e = assertThrows(Treebank.MalformedException.class, wrong::wordStarts);
    assertTrue(e.getMessage().contains("'kat'"), e.getMessage());
  }

  @Test
  void morphologyFeatureLookup() {
    Morphology m = new Morphology(UPos.VERB, "lopen", "Number=Sing|Tense=Past|VerbForm=Fin");
    assertEquals("Past", m.feature("Tense"));
    assertEquals("Sing", m.feature("Number"));
    assertEquals(null, m.feature("Person"));
    assertEquals(null, m.feature("Tens"));
    assertTrue(m.isFinite());
    assertFalse(new Morphology(UPos.NOUN, "x", "_").isFinite());
    assertEquals("_", new Morphology(UPos.NOUN, "x", "").features());
  }
}
