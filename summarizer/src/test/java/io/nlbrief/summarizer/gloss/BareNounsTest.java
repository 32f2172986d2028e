package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The articles English drops (the {@code bare-nouns} stage) and the gerund with its object (the
 * {@code gerund-object} stage), on sentences written for these tests; each rule also where it must
 * not fire.
 */
class BareNounsTest {
  @Test
  void anAbstractNounInGeneralHasNoArticle() {
    GlossLine l = gloss("De politiek heeft het onderwijs verwaarloosd.");
    assertEquals("Politics has neglected education.", l.english());
    assertEquals("", token(l, "De").english());
    assertTrue(token(l, "De").origin().endsWith("+bare-noun:generic"), token(l, "De").origin());
    assertEquals("Democracy is in danger.", gloss("De democratie is in gevaar.").english());
    assertTrue(gloss("De armoede in het land neemt af.").english().startsWith("Poverty in the country"));
  }

  @Test
  void aNounThatIsMadeDefiniteKeepsItsArticle() {
    assertTrue(gloss("Het onderwijs dat wij kregen was goed.").english().startsWith("The education that"));
    assertEquals("the", token(gloss("De geschiedenis van het dorp is lang."), "De").english());
    assertEquals("the", token(gloss("De inspectie lette op ‘de geschiedenis’ van de man."), "de").english());
    assertEquals("the", token(gloss("De grootste armoede heerst in het noorden."), "De").english());
    assertEquals("the", token(gloss("Zij beschreef de hele geschiedenis."), "de").english());
    assertEquals("The society meets tomorrow.", gloss("Het genootschap vergadert morgen.").english(),
        "a noun for one of a kind whose gloss is also a mass noun");
    assertEquals("Society changes fast.", gloss("De samenleving verandert snel.").english());
  }

  @Test
  void aLanguageHasNoArticleButTheAdjectiveBeforeANounKeepsIt() {
    assertEquals("Dutch is a difficult language.", gloss("Het Nederlands is een moeilijke taal.").english());
    assertEquals("The Dutch team won.", gloss("Het Nederlands elftal won.").english());
  }

  @Test
  void aMealAfterAPrepositionHasNoArticle() {
    GlossLine l = gloss("Wij spraken na het ontbijt met de buren.");
    assertTrue(l.english().startsWith("We spoke after breakfast"), l.english());
    assertTrue(token(l, "het").origin().endsWith("+bare-noun:meal"));
    assertTrue(gloss("Het diner van de koning duurde lang.").english().startsWith("The"));
  }

  @Test
  void prisonAndCongressHaveNoArticle() {
    assertEquals("He sits in prison.", gloss("Hij zit in de gevangenis.").english());
    assertEquals("the", token(gloss("De gevangenis is oud."), "De").english());
    assertEquals("The senator spoke in Congress yesterday.", gloss("De senator sprak gisteren in het Congres.").english());
    assertEquals("They talk about Brexit.", gloss("Zij praten over de Brexit.").english());
  }

  @Test
  void idiomsWithAnArticleInDutchOnly() {
    assertEquals("The party remains in power.", gloss("De partij blijft aan de macht.").english());
    assertTrue(gloss("Twee reizigers vonden de dood bij het ongeluk.").english().startsWith("Two passengers died"));
  }

  @Test
  void bodiesThatNewsCitesHaveNoArticleAsSubjectOrAfterAccordingTo() {
    GlossLine l = gloss("De politie arresteerde twee mannen.");
    assertTrue(l.english().startsWith("Police arrested"), l.english());
    assertTrue(token(l, "De").origin().endsWith("+bare-noun:news-source"));
    assertTrue(gloss("Volgens de politie was de bestuurder dronken.").english().startsWith("According to police"));
    assertTrue(gloss("Hij belde de politie.").english().contains("the police"), "the object keeps it");
    assertTrue(gloss("De onderzoekers zeggen dat het water schoon is.").english().startsWith("Researchers say"));
    assertTrue(gloss("De Democraten willen een onderzoek.").english().startsWith("Democrats want"));
    assertTrue(gloss("De onderzoekers bekeken het water.").english().startsWith("The researchers"),
        "people other than the bodies keep it where they do not say something");
  }

  @Test
  void anInfinitiveAsANounTakesItsObjectAsAGerund() {
    GlossLine l = gloss("Het verhogen van de belastingen is onverstandig.");
    assertTrue(l.english().startsWith("Raising the taxes is"), l.english());
    assertTrue(token(l, "van").origin().endsWith("+gerund-object"));
    assertTrue(gloss("Na het lezen van de brief belde hij zijn moeder.").english()
        .startsWith("After reading the letter"));
  }

  @Test
  void theGerundRuleLeavesTheOneWhoDoesIt() {
    assertTrue(gloss("Het zingen van de vogels maakte hem wakker.").english().startsWith("The singing of the birds"));
    assertTrue(gloss("Het ontslaan van de directeur was een fout.").english().startsWith("The firing of the director"));
    assertTrue(gloss("Het handelen van het bestuur was begrijpelijk.").english().startsWith("The acting of the board"));
  }

  @Test
  void theGerundRuleLeavesANounGloss() {
    assertTrue(gloss("Het herstel van de brug duurde lang.").english().startsWith("The recovery of the bridge"));
  }
}
