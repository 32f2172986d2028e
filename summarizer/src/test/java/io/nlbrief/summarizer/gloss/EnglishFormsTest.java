package io.nlbrief.summarizer.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.summarizer.gloss.internal.EnglishForms;
import org.junit.jupiter.api.Test;

class EnglishFormsTest {
  private final EnglishForms forms = EnglishForms.load();

  @Test
  void regularAndIrregularVerbs() {
    assertEquals("sends away", forms.thirdPerson("send away"));
    assertEquals("sent away", forms.past("send away"));
    assertEquals("decided", forms.past("decide"));
    assertEquals("expelled", forms.pastParticiple("expel"));
    assertEquals("stopped", forms.past("stop"));
    assertEquals("visited", forms.past("visit"));
    assertEquals("tries", forms.thirdPerson("try"));
    assertEquals("tried", forms.past("try"));
    assertEquals("played", forms.past("play"));
    assertEquals("watches", forms.thirdPerson("watch"));
    assertEquals("is", forms.thirdPerson("be"));
    assertEquals("was", forms.past("be"));
    assertEquals("been", forms.pastParticiple("be"));
    assertEquals("has", forms.thirdPerson("have"));
    assertEquals("can", forms.thirdPerson("can"));
    assertEquals("could", forms.past("can"));
    assertEquals("held", forms.pastParticiple("hold"));
    assertEquals("taken", forms.pastParticiple("take"));
    assertEquals("making", forms.presentParticiple("make"));
    assertEquals("closing", forms.presentParticiple("close"));
    assertEquals("running", forms.presentParticiple("run"));
    assertEquals("dying", forms.presentParticiple("die"));
  }

  @Test
  void nounPlurals() {
    assertEquals("diplomats", forms.plural("diplomat"));
    assertEquals("countries", forms.plural("country"));
    assertEquals("days", forms.plural("day"));
    assertEquals("churches", forms.plural("church"));
    assertEquals("boxes", forms.plural("box"));
    assertEquals("people", forms.plural("person"));
    assertEquals("women", forms.plural("woman"));
    assertEquals("crises", forms.plural("crisis"));
    assertEquals("chairmen", forms.plural("chairman"));
    assertEquals("heads of state", forms.plural("head of state"));
    assertEquals("news agencies", forms.plural("news agency"));
    assertEquals("member states", forms.plural("member state"));
    assertEquals("viruses", forms.plural("virus"));
  }

  @Test
  void comparison() {
    assertEquals("more difficult", forms.comparative("difficult"));
    assertEquals("most important", forms.superlative("important"));
    assertEquals("bigger", forms.comparative("big"));
    assertEquals("largest", forms.superlative("large"));
    assertEquals("easier", forms.comparative("easy"));
    assertEquals("better", forms.comparative("good"));
    assertEquals("worst", forms.superlative("bad"));
    assertEquals("more to the point", forms.comparative("to the point"));
  }
}
