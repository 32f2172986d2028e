package io.nlbrief.cli.brief;

import io.nlbrief.summarizer.gloss.EnglishVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sheet written by hand, with the awkward characters every format must carry. */
final class SampleSheet {
  static final String HEADLINE = "NAVO stuurt Russische diplomaten weg";
  static final String HEADLINE_EN = "NATO sends Russian diplomats away";
  static final String POINT = "De NAVO stuurt zeven Russische diplomaten weg.";
  static final String POINT_EN = "The NATO sends seven Russian diplomats away.";
  static final String SHA = "83105fa9a97128ce6b3bd48f4e513f1db86fa78804ca62a86510c8625bc3f851";

  private SampleSheet() {}

  static Sheet sheet() {
    return sheet(new Sheet.Proofreading(true, categories(), List.of(
        new Sheet.Issue(3, 7, "Spelling", "MORFOLOGIK_RULE_NL_NL", "diplomatne", "Mogelijk een typefout", "possible spelling mistake",
            List.of("diplomaten", "diplomaat"))), 3));
  }

  static Sheet sheet(Sheet.Proofreading proofreading) {
    return sheet(proofreading, "2018-03-27T15:38");
  }

  /** The sample sheet published at {@code date} (ISO-8601, as the parser gives it). */
  static Sheet published(String date) {
    return sheet(sheet().proofreading(), date);
  }

  /** The sample sheet with its second key point marked uncertain (a clause kept in Dutch order). */
  static Sheet withUncertainPoint() {
    return sheet(sheet().proofreading(), "2018-03-27T15:38", true);
  }

  private static Sheet sheet(Sheet.Proofreading proofreading, String date) {
    return sheet(proofreading, date, false);
  }

  private static Sheet sheet(Sheet.Proofreading proofreading, String date, boolean uncertain) {
    return new Sheet(
        "news/navo & co.txt",
        SHA,
        EnglishVariant.BRITISH,
        new Sheet.Bilingual(HEADLINE, HEADLINE_EN, List.of()),
        "ANP",
        "Anna de Vries",
        "https://example.org/nieuws/navo?id=1&lang=nl",
        date,
        1234,
        7,
        null,
        List.of(
            new Sheet.Bilingual(POINT, POINT_EN, List.of()),
            new Sheet.Bilingual("Het <script> van A & B | *niet* vet.", "The <script> of A & B | *not* ⟨vet?⟩.", List.of("vet"),
                uncertain)),
        List.of(new Sheet.Term("diplomaat", "diplomat", 7), new Sheet.Term("NAVO", "NATO", 4), new Sheet.Term("zenuwgas", "", 2)),
        List.of(new Sheet.Name("Jens Stoltenberg", "Jens Stoltenberg", 3)),
        List.of(new Sheet.Name("NAVO", "NATO", 4)),
        List.of(new Sheet.Name("Moskou", "Moscow", 2)),
        List.of(new Sheet.QuoteLine("Een roekeloze schending van de normen", "A reckless violation of the norms", "Stoltenberg", null),
            new Sheet.QuoteLine("Weinig onafhankelijke landen zijn er over", "Few independent countries are there over", "Lavrov", "de BBC")),
        proofreading,
        new Sheet.Footer("default", 55, 310, "9.9.9"));
  }

  private static Map<String, Integer> categories() {
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("Spelling", 2);
    map.put("Grammatica", 1);
    return map;
  }
}
