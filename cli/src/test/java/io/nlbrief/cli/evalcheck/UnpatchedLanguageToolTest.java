package io.nlbrief.cli.evalcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.Checker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.broker.DefaultResourceDataBroker;

class UnpatchedLanguageToolTest {
  @Test
  void checksInAJvmWhereNoneOfTheCheckersChangesApply() throws Exception {
    // Here, the checker's resource reader replaces LanguageTool's once a checker exists ...
    Checker.create(CheckOptions.defaults());
    assertNotEquals(DefaultResourceDataBroker.class, JLanguageTool.getDataBroker().getClass());
    try (UnpatchedLanguageTool raw = UnpatchedLanguageTool.start()) {
      // ... but not in the baseline's JVM.
      assertEquals(DefaultResourceDataBroker.class.getName(), raw.dataBroker());
      String text = "Hij word morgen veertig jaar.";
      List<UnpatchedLanguageTool.RawMatch> matches = raw.check(text);
      int at = text.indexOf("word");
      assertTrue(matches.stream().anyMatch(m -> m.span().start() <= at && m.span().end() > at),
          "LanguageTool flags 'Hij word': " + matches);
      // One process serves several texts in turn.
      assertEquals(List.of(), raw.check("Dit is een goede zin."));
    }
  }
}
