package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.UPos;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleTimesTest {
  @Test
  void everyRuleHasANameOfItsOwn() {
    Set<String> names = new HashSet<>();
    for (TreeRule rule : TreeRules.RULES) {
      assertTrue(rule.name().matches("[a-z]+(-[a-z]+)*"), rule.name());
      assertTrue(names.add(rule.name()), "twice: " + rule.name());
    }
  }

  @Test
  void timesEachRuleInOrderAndReportsEveryOne() {
    List<String> ran = new java.util.ArrayList<>();
    TreeRule first = TreeRule.of("first", t -> ran.add("first"));
    TreeRule second = TreeRule.of("second", t -> {
      ran.add("second");
      t.rels()[0] = "root"; // a rule changes the tree in place
    });
    RuleTimes times = new RuleTimes(List.of(first, second));
    Tree tree = Tree.of(List.of(new UdTagger.Word("Ja", "ja", List.of())), new UPos[] {UPos.INTJ},
        new String[] {"_"}, new String[] {"ja"}, new int[] {-1}, new String[] {"dep"}, w -> List.of(), Set.of());
    times.run(tree);
    times.run(tree);
    assertEquals(List.of("first", "second", "first", "second"), ran);
    assertEquals("root", tree.rels()[0]);
    String report = times.report();
    assertTrue(report.startsWith("tree rules: 2 sentences"), report);
    assertTrue(report.contains("  first ") && report.contains("  second "), report);
  }
}
