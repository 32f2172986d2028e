package io.nlbrief.summarizer.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntitiesTest {
  @Test
  void organisationHeadsAreWholeWordsOrCompoundParts() {
    assertTrue(Entities.hasOrganisationHead("Zaken"), "Buitenlandse Zaken");
    assertTrue(Entities.hasOrganisationHead("Kamer"), "Tweede Kamer");
    assertTrue(Entities.hasOrganisationHead("NAVO-Ruslandraad"), "part after the hyphen ends in raad");
    assertTrue(Entities.hasOrganisationHead("Veiligheidsraad"), "closed compound on raad");
    assertTrue(Entities.hasOrganisationHead("EU-Commissie"), "part after the hyphen is a head");
  }

  @Test
  void placeNamesEndingLikeAHeadAreNotOrganisations() {
    assertFalse(Entities.hasOrganisationHead("Westbank"), "bank counts only as a whole word");
    assertFalse(Entities.hasOrganisationHead("Salisbury"));
    assertFalse(Entities.hasOrganisationHead("Raad".substring(1)), "a fragment is no head");
  }
}
