package io.nlbrief.summarizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.testing.ArticleBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles written for these tests: who a quotation is credited to. */
class AttributionTest {
  private static final Entity RUTTE = new Entity("Mark Rutte", EntityType.PERSON, 2, List.of("Mark Rutte", "Rutte"));
  private static final Entity KAAG = new Entity("Sigrid Kaag", EntityType.PERSON, 1, List.of("Sigrid Kaag"));
  private static final Entity NOS = new Entity("NOS", EntityType.ORGANISATION, 1, List.of("NOS"));

  @Test
  void anEpithetStandsForTheOnePersonNamedBeforeIt() {
    Article a = ArticleBuilder.article("t")
        .body("Premier [Mark Rutte|PER] sprak in Den Haag. ,,Dit kabinet gaat door tot het einde'', aldus de Nederlander.")
        .quote("Dit kabinet gaat door tot het einde", "de Nederlander")
        .build();
    Attribution at = Attribution.of(a, List.of(RUTTE)).get(0);
    assertEquals("Rutte", at.speaker(), "the shortest form the article uses for him");
    assertNull(at.reportedBy());
  }

  @Test
  void anOutletThatCitesReportsTheQuotationOfThePersonNamed() {
    Article a = ArticleBuilder.article("t")
        .body("Minister [Sigrid Kaag|PER] zei dat er geen geld is. ,,We moeten kiezen wat we nog betalen'', citeerde de NOS.")
        .quote("We moeten kiezen wat we nog betalen", "de NOS")
        .build();
    Attribution at = Attribution.of(a, List.of(KAAG, NOS)).get(0);
    assertEquals("Sigrid Kaag", at.speaker());
    assertEquals("de NOS", at.reportedBy());
  }

  @Test
  void withTwoPeopleNamedBeforeItTheSpeakerStaysAsWritten() {
    Article a = ArticleBuilder.article("t")
        .body("[Mark Rutte|PER] en [Sigrid Kaag|PER] spraken elkaar. ,,Het was een goed gesprek'', aldus de minister.")
        .quote("Het was een goed gesprek", "de minister")
        .build();
    Attribution at = Attribution.of(a, List.of(RUTTE, KAAG)).get(0);
    assertEquals("de minister", at.speaker());
    assertNull(at.reportedBy());
  }

  @Test
  void aPersonNamedInAnotherParagraphDoesNotCount() {
    Article a = ArticleBuilder.article("t")
        .body("[Mark Rutte|PER] sprak.")
        .body(",,Het is genoeg geweest met dit gedoe'', aldus de woordvoerder.")
        .quote("Het is genoeg geweest met dit gedoe", "de woordvoerder")
        .build();
    assertEquals("de woordvoerder", Attribution.of(a, List.of(RUTTE)).get(0).speaker());
  }

  @Test
  void aNamedSpeakerAndAnOutletThatSpeaksForItselfStay() {
    Article a = ArticleBuilder.article("t")
        .body("[Mark Rutte|PER] sprak. ,,Dit raakt ons allemaal heel erg'', zei Rutte. ,,Wij brengen het nieuws zoals het is'', meldt de NOS.")
        .quote("Dit raakt ons allemaal heel erg", "Rutte")
        .quote("Wij brengen het nieuws zoals het is", "de NOS")
        .build();
    List<Attribution> all = Attribution.of(a, List.of(RUTTE, NOS));
    assertEquals("Rutte", all.get(0).speaker());
    // "de NOS" is one of the article's names, not an epithet; meldt is not citing.
    assertEquals("de NOS", all.get(1).speaker());
    assertNull(all.get(1).reportedBy());
  }

  @Test
  void aQuotationWithoutSpeakerStaysWithout() {
    Article a = ArticleBuilder.article("t").body("[Mark Rutte|PER] zweeg. ,,Geen commentaar op deze zaak vandaag''.")
        .quote("Geen commentaar op deze zaak vandaag", null).build();
    assertNull(Attribution.of(a, List.of(RUTTE)).get(0).speaker());
  }
}
