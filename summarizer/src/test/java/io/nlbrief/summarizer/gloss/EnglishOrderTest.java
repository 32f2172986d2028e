package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The rendering stages after the word glosses, on sentences written for these tests (no seed or dev
 * text): clause order from the parser's analysis, do-support, the perfect with zijn, a/an in English
 * order, the literal line, and the doubts that mark a line as uncertain.
 */
class EnglishOrderTest {
  @Test
  void verbSecondInversionPutsTheSubjectFirst() {
    GlossLine l = gloss("Gisteren kocht hij een nieuwe fiets.");
    assertEquals("Yesterday he bought a new bicycle.", l.english());
    assertEquals("Yesterday bought he a new bicycle.", l.literal());
    assertEquals("order:subject-before-verb", token(l, "hij").moved());
    assertNull(token(l, "kocht").moved());
    assertEquals(1, token(l, "hij").position());
    assertEquals(2, token(l, "kocht").position());
    assertTrue(l.doubts().isEmpty(), l.doubts().toString());
  }

  @Test
  void invertedSubjectLeavesAPrepositionalPhraseOfTheVerbBehind() {
    assertEquals("Tomorrow my sister goes to Paris.", gloss("Morgen gaat mijn zus naar Parijs.").english());
  }

  @Test
  void subordinateVerbClusterFollowsItsSubjectAuxiliaryFirst() {
    GlossLine l = gloss("Ik denk dat hij het boek niet had gelezen.");
    assertEquals("I think he had not read the book.", l.english());
    assertEquals("order:verbs-after-subject", token(l, "gelezen").moved());
    assertEquals("order:middle-adverb", token(l, "niet").moved());
    assertEquals("The teacher says the pupils have to make their homework.",
        gloss("De leraar zegt dat de leerlingen hun huiswerk moeten maken.").english());
  }

  @Test
  void mainClauseParticipleJoinsItsAuxiliaryWithTheAdverbsBetween() {
    GlossLine l = gloss("Volgens de burgemeester heeft de gemeente het plan nooit goedgekeurd.");
    assertEquals("According to the mayor the municipality has never approved the plan.", l.english());
    assertEquals("order:verbs-together", token(l, "goedgekeurd").moved());
    assertEquals("According to the newspaper the minister would have offered his dismissal.",
        gloss("Volgens de krant zou de minister zijn ontslag hebben aangeboden.").english());
  }

  @Test
  void bareInfinitiveUnderWillenTakesTo() {
    assertEquals("The government wants to close the border.", gloss("De regering wil de grens sluiten.").english());
  }

  @Test
  void teInfinitiveBecomesToAndVerbBeforeItsObjects() {
    GlossLine l = gloss("Zij probeerde om het probleem op te lossen.");
    assertEquals("She tried to solve the problem.", l.english());
    assertEquals("She tried the problem to solve.", l.literal());
    assertEquals("order:to-infinitive", token(l, "lossen").moved());
    assertEquals("The minister promised the tax not to raise.",
        gloss("De minister beloofde de belasting niet te verhogen.").english()); // the analysis hangs the tax on the promise
  }

  @Test
  void doSupportNegatesALoneLexicalVerb() {
    GlossLine l = gloss("De buurman kwam niet.");
    assertEquals("The neighbor did not come.", l.english());
    assertEquals("The neighbour came not.", l.literal());
    assertEquals("did not", token(l, "niet").english());
    assertEquals("do-support", token(l, "niet").moved());
    assertEquals("come", token(l, "kwam").english());
    assertEquals("She does not know where the keys lie.", gloss("Zij weet niet waar de sleutels liggen.").english());
  }

  @Test
  void beAndModalsAreNegatedWithoutDo() {
    assertEquals("The soup is not hot.", gloss("De soep is niet heet.").english());
  }

  @Test
  void perfectWithZijnIsHaveInEnglish() {
    GlossLine l = gloss("Mijn opa is overleden.");
    assertEquals("My grandpa has died.", l.english());
    assertTrue(token(l, "is").origin().endsWith("+perfect-with-zijn"), token(l, "is").origin());
    // with a time that is over, the simple past (the past-time-perfect stage)
    assertEquals("My grandpa died last year.", gloss("Mijn opa is vorig jaar overleden.").english());
    assertEquals("He left yesterday.", gloss("Hij is gisteren vertrokken.").english());
    // a participle of another verb after zijn is a passive and keeps be
    assertEquals("The window has been broken.", gloss("Het raam is gebroken.").english());
  }

  @Test
  void dummyThereStaysBeforeTheVerb() {
    assertEquals("There are many people in the city.", gloss("Er zijn veel mensen in de stad.").english());
    GlossLine l = gloss("Vandaag zijn er geen treinen.");
    assertEquals("Today there are no trains.", l.english());
    assertEquals("order:there-before-verb", token(l, "er").moved());
  }

  @Test
  void adverbsEnglishPutsBeforeALoneVerbMoveThere() {
    assertEquals("She also plays piano.", gloss("Zij speelt ook piano.").english());
    // before a length of time al is "for" and stays with it (al een uur → for an hour)
    assertEquals("We have waited for an hour for the bus.", gloss("Wij wachten al een uur op de bus.").english());
  }

  @Test
  void sentenceAndFrequencyAdverbsGoBeforeALoneVerbWhereverTheAnalysisHungThem() {
    // daarom read as a modifier of the noun after it, momenteel with the phrase after it as its own;
    // (the relative pronoun read as those before a plural noun is who: see the next test)
    assertEquals("He therefore sold his old car.", gloss("Hij verkocht daarom zijn oude auto.").english());
    assertEquals("He currently lives in Ghent.", gloss("Hij woont momenteel in Gent.").english());
    assertEquals("He still lives in Ghent.", gloss("Hij woont nog in Gent.").english());
    // nog before a negation is a pair of its own (not yet), and time adverbs stay at the end
    assertEquals("She knows not yet many people.", gloss("Zij kent nog niet veel mensen.").english());
    assertEquals("He also did not come.", gloss("Hij kwam ook niet.").english());
    assertEquals("She bought a new bicycle yesterday.", gloss("Zij kocht gisteren een nieuwe fiets.").english());
  }

  @Test
  void aRestrictiveRelativeClauseInTheSubjectLosesItsCommaBeforeTheVerb() {
    GlossLine l = gloss("De vrouw die de brief schreef, woont in Utrecht.");
    assertEquals("The woman who wrote the letter lives in Utrecht.", l.english());
    assertEquals("punctuation+order:no-comma-before-verb", token(l, ",").origin());
    // dat read as the complementiser but the verb agrees only with it: the relative clause's subject
    assertEquals("The girl who has helped the boys laughs.", gloss("Het meisje dat de jongens heeft geholpen, lacht.").english());
    assertEquals("This is a book that has helped many people.", gloss("Dit is een boek dat veel mensen heeft geholpen.").english());
    // between commas the clause only adds to the subject, and English keeps both
    assertEquals("My brother, who lives in Ghent, comes tomorrow.",
        gloss("Mijn broer, die in Gent woont, komt morgen.").english());
  }

  @Test
  void theObjectOfAVerbWithAPrepositionalPhraseGoesBetweenThem() {
    GlossLine l = gloss("Zij hebben de buren onder druk gezet.");
    assertEquals("They have put the neighbors under pressure.", l.english());
    assertEquals("under pressure", token(l, "onder").english());
    assertEquals("order:object-inside-phrase", token(l, "onder").moved());
    // with a pointer word and a te-infinitive: the gerund, then its object, then the phrase
    assertEquals("They accuse the minister of putting the farmers under pressure.",
        gloss("Zij beschuldigen de minister ervan de boeren onder druk te zetten.").english());
    // a plain prepositional phrase of place is no part of the verb's gloss and stays after the object
    assertEquals("We have put the old computers in the cellar.",
        gloss("Wij hebben de oude computers in de kelder gezet.").english());
  }

  @Test
  void theMainClauseAfterAFrontedSubordinateClauseHasItsSubjectFirst() {
    assertEquals("If you want, you can come tomorrow.", gloss("Als je wilt, kun je morgen komen.").english());
    // the fronted clause's predicate read as a verb by the tagger (laat: laten) is its adjective
    assertEquals("Because the bus was late, we came too late.", gloss("Omdat de bus laat was, kwamen wij te laat.").english());
    assertEquals("When the shop closed, she walked to the station.",
        gloss("Toen de winkel dichtging, liep zij naar het station.").english());
  }

  @Test
  void aToInfinitivesObjectComesBeforeItsAdverbials() {
    // massaal without -e before a plural noun modifies the verb (the parser's rule), and English
    // puts the object first
    assertEquals("The union calls on the members to sign petitions en masse.",
        gloss("De bond roept de leden op om massaal petities te tekenen.").english());
    // with an attribute the noun keeps it (grote is inflected)
    assertEquals("He decided to buy large houses.", gloss("Hij besloot om grote huizen te kopen.").english());
  }

  @Test
  void aCommaOfAListInsideARelativeClauseDoesNotStopItsOrder() {
    GlossLine l = gloss("De boer, die koeien, schapen en geiten verkoopt, woont in het dorp.");
    assertTrue(l.english().contains("who sells cows, sheep and goats,"), l.english());
    assertTrue(l.doubts().isEmpty(), l.doubts().toString());
  }

  @Test
  void theSpeakerAfterAQuotationComesBeforeTheVerb() {
    GlossLine l = gloss("'Het water is koud', zei de visser.");
    assertEquals("\"The water is cold,\" the fisherman said.", l.english());
    assertEquals("order:subject-before-verb", token(l, "visser").moved());
  }

  @Test
  void finiteZijnIsAreAndItsPerfectHave() {
    assertEquals("He said the shops are closed.", gloss("Hij zei dat de winkels gesloten zijn.").english());
    assertEquals("I think the children have left.", gloss("Ik denk dat de kinderen vertrokken zijn.").english());
    assertEquals("Both houses were sold yesterday.", gloss("Beide huizen zijn gisteren verkocht.").english());
  }

  @Test
  void hetBeforeALoneUninflectedAdjectiveIsIt() {
    assertEquals("it", token(gloss("De boer zei dat het moeilijk is."), "het").english());
    assertEquals("the", token(gloss("Het moeilijke werk is klaar."), "Het").english());
  }

  @Test
  void inherentReflexiveHasNoEnglishButAfterAPrepositionItStays() {
    GlossLine l = gloss("De ziekte verspreidt zich snel.");
    assertEquals("The disease spreads fast.", l.english());
    assertTrue(token(l, "zich").origin().endsWith("+reflexive"));
    assertEquals("The accident occurred yesterday.", gloss("Het ongeluk deed zich gisteren voor.").english());
    assertEquals("himself", token(gloss("Hij dacht vooral aan zichzelf."), "zichzelf").english());
  }

  @Test
  void wordenWithAParticipleIsThePassive() {
    GlossLine l = gloss("De minister wordt met applaus ontvangen.");
    assertEquals("The minister is received with applause.", l.english());
    assertEquals("The minister becomes with applause receive.", l.literal());
  }

  @Test
  void nominalInfinitiveAfterHetIsAGerund() {
    GlossLine l = gloss("Het veranderen van de regels kost tijd.");
    assertEquals("Changing the rules costs time.", l.english()); // the gerund-object stage: no the … of
    assertEquals("The changing of the rules costs time.", l.literal());
  }

  @Test
  void extraposedSubjectClauseStaysAfterTheDummy() {
    assertEquals("It was the first time that he came.", gloss("Het was de eerste keer dat hij kwam.").english());
  }

  @Test
  void anBeforeAVowelSoundInEnglishOrder() {
    // een stands before uur in both orders; "an hour" is decided by the English neighbour
    assertEquals("an", token(gloss("Wij wachten al een uur op de bus."), "een").english());
  }

  @Test
  void aClauseTheAnalysisCannotOrderStaysDutchAndTheLineIsUncertain() {
    // the parser hangs "graag" outside the relative clause: it is kept in Dutch order and the line says so
    GlossLine l = gloss("Het boek dat kinderen graag lezen, is dik.");
    assertEquals(l.literal(), l.english());
    assertTrue(l.uncertain());
    assertFalse(l.doubts().isEmpty());
  }

  @Test
  void anUnknownWordMakesTheLineUncertain() {
    GlossLine l = gloss("De blorkfijter kwam gisteren.");
    assertTrue(l.uncertain());
    assertTrue(l.doubts().contains("words the glossary does not know"), l.doubts().toString());
  }

  @Test
  void separableParticleJoinsItsVerbWithinTheClauseTheAnalysisReads() {
    // the particle closes the main clause: dat opens the next clause (the analysis's marker)
    GlossLine l = gloss("Het bedrijf maakte vrijdag bekend dat de fabriek dichtgaat.");
    assertEquals("The company announced on Friday that the factory closes.", l.english());
    assertEquals("", token(l, "bekend").english());
    GlossLine away = gloss("De directeur stuurde de nieuwe medewerker na een week weer weg.");
    assertEquals("The director sent away the new employee after a week again.", away.english());
    assertEquals("separable:wegsturen", token(away, "stuurde").origin());
  }

  @Test
  void anAdjectiveModifyingAVerbIsAnLyAdverb() {
    GlossLine l = gloss("De leerlingen luisteren aandachtig naar de juf.");
    assertEquals("The pupils listen attentively to the teacher.", l.english());
    assertEquals("glossary:default+ly-adverb", token(l, "aandachtig").origin());
    assertEquals("She responded very calmly to the news.", gloss("Zij reageerde heel rustig op het nieuws.").english());
    // irregular: good → well, fast → fast, hard → hard
    assertEquals("The man works hard and earns well.", gloss("De man werkt hard en verdient goed.").english());
    assertEquals("The disease spreads fast.", gloss("De ziekte verspreidt zich snel.").english());
    // before a noun or after a copula the adjective stays one
    assertEquals("It is a fast car.", gloss("Het is een snelle auto.").english());
    assertEquals("The soup is hot.", gloss("De soep is heet.").english());
  }

  @Test
  void aSpeakerWithARelativeClauseAfterAQuotationKeepsSaidFirst() {
    GlossLine l = gloss("'De scholen worden gesloten', zei de minister, die de gevolgen als reden gaf.");
    assertTrue(l.english().startsWith("\"The schools are closed,\" said the minister, "), l.english());
    // a relative pronoun after a person's name and a comma is who
    assertTrue(gloss("De burgemeester sprak met Jan Peeters, die de plannen had gemaakt.").english()
        .startsWith("The mayor spoke with Jan Peeters, who "));
  }

  @Test
  void anAdjectiveBeforeACopulaIsNoAdverb() {
    // open te blijven staan: open is what the mayor stays, not how
    GlossLine l = gloss("Tegelijk gaf de burgemeester aan open te blijven staan voor overleg met de buren.");
    assertEquals("open", token(l, "open").english());
  }

  @Test
  void hetOverHebbenIsTalkAbout() {
    assertEquals("Yesterday the minister talked about the budget.", gloss("Gisteren had de minister het over de begroting.").english());
  }

  @Test
  void quotedSpanUsesTheRenderedOrder() {
    GlossLine l = gloss("Gisteren kocht hij een nieuwe fiets.");
    assertEquals("he bought a new bicycle", l.english(new io.nlbrief.parser.Span(l.tokens().get(1).span().start(),
        l.tokens().get(5).span().end())));
  }

  @Test
  void aSubjectListAfterTheVerbGoesBeforeItWithTheCommaClosingItsAside() {
    // a participle-like past plural second, the subject's list after it, an aside in commas
    GlossLine l = gloss("Vorige week besloten Duitsland, Frankrijk en een aantal andere landen, waaronder Spanje, "
        + "om hun grenzen te sluiten.");
    assertEquals("Last week Germany, France and a number of other countries, including Spain, decided to close their "
        + "borders.", l.english());
    assertEquals("order:subject-before-verb", token(l, "landen").moved());
  }

  @Test
  void theMainClausesAuxiliaryAfterARelativeClauseJoinsItsParticiple() {
    // verlaten: LanguageTool's tag is the infinitive, the analysis's a participle after heeft
    assertEquals("The man who was searched by police has left the city.",
        gloss("De man die door de politie werd gezocht heeft de stad verlaten.").english());
    assertTrue(gloss("Het dorp dat door de storm werd getroffen heeft veel hulp gekregen.").english()
        .startsWith("The village that was hit by the storm has got"));
  }

  @Test
  void aDayBeforeTheObjectIsTheVerbsTimeAndGoesLast() {
    assertEquals("The minister will visit schools in Ghent on Monday.",
        gloss("De minister zal maandag scholen in Gent bezoeken.").english());
  }

  @Test
  void theNameRightAfterTheVerbIsTheSubjectOfTheInvertedClause() {
    assertEquals("Meanwhile the Netherlands has presented its plan.",
        gloss("Intussen heeft Nederland zijn plan gepresenteerd.").english());
  }

  @Test
  void aQuantityBeforeTheObjectMovesWithIt() {
    assertEquals("The baker sold more than a hundred cakes yesterday.",
        gloss("De bakker verkocht gisteren meer dan honderd taarten.").english());
  }

  @Test
  void aDayIsATimeAndTheNounPhraseBeforeTheVerbTheSubject() {
    GlossLine l = gloss("Veertig boeren brachten zaterdag en zondag hun koeien naar de markt.");
    assertEquals("Forty farmers brought their cows to the market on Saturday and Sunday.", l.english());
    // a second conjunct with its own preposition keeps it: in the morning and in the evening
    assertEquals("He works in the morning and in the evening.", gloss("Hij werkt 's ochtends en 's avonds.").english());
    // elke before its noun is its determiner: the time first, the subject before the verb
    assertEquals("Every day the shop sells more than fifty newspapers.",
        gloss("Elke dag verkoopt de winkel meer dan vijftig kranten.").english());
  }
}
