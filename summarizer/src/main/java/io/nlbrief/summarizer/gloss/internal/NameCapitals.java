package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.Locale;
import java.util.Set;

/**
 * A capital where Dutch would not write one marks a name, and English keeps it. Dutch capitalises
 * inside a sentence only names (and the adjectives and languages made from them, which the glossary
 * already writes with a capital), so a noun or adjective written with a capital there, glossed by
 * a lower-case sense, is part of a name: its English takes the capital too (West Virginia, het
 * Westen → the West, het Rode Kruis → the Red Cross; the content words of a gloss of several,
 * Midden-Oosten → Middle East). A capitalised word the parser reads as a name (PROPN) with no
 * article of its own, whose glossary sense is a common noun, is a name used as it is: a person
 * called Bakker, Visser or West is not a baker, a fisherman or the west, so the Dutch passes
 * through (with an article, het Westen, it is a name made of a word, and is capitalised instead).
 *
 * <p>No evidence where Dutch capitalises anyway: the first word of the sentence, the first word
 * after an opening quotation mark, a colon, a dash or a parenthesis (a sentence may start there), a
 * headline in title case or capitals (half the words or more capitalised), a pronoun (U, Uw) or a
 * verb; there the glossary's English stays. A surname the tagger marks as a person's (ENM:PER) is
 * kept as the sentence's first word too. Each word changed keeps its Dutch token and the rule's
 * name after its entry ({@code glossary:default+name-capital}, {@code …+name-kept}).
 */
final class NameCapitals implements Stage {
  static final String CAPITAL = "name-capital";
  static final String KEPT = "name-kept";

  /** English words that stay lower case inside a name (the Bay of Biscay, Bosnia and Herzegovina). */
  private static final Set<String> MINOR = Set.of(
      "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "de", "van");
  /** The parts of speech a name's words have; Dutch capitalises no verb or function word for a name's sake. */
  private static final Set<UPos> NAME_WORDS = Set.of(UPos.NOUN, UPos.PROPN, UPos.ADJ, UPos.X);
  /** Dutch articles; de (den, der) before a surname after a first name is a name's particle instead (Peter de Visser). */
  private static final Set<String> ARTICLES = Set.of("de", "het", "een", "'t", "den", "der");

  private final Glossary glossary;

  NameCapitals(Glossary glossary) {
    this.glossary = glossary;
  }

  @Override
  public String name() {
    return "name-capitals";
  }

  @Override
  public void apply(Slots s) {
    if (headline(s)) {
      return;
    }
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      String english = s.english[i];
      String origin = s.origin[i];
      if (particle(s, i) && origin != null && (fromGlossary(origin) || origin.startsWith("rule:"))) {
        s.english[i] = t.text(); // Anna de Bakker, Jan van der Smid: not the, of
        s.origin[i] = origin + "+" + KEPT;
        continue;
      }
      if (english == null || english.isEmpty() || origin == null || !fromGlossary(origin)
          || !capitalised(t.text()) || !NAME_WORDS.contains(t.upos()) || !Character.isLowerCase(english.charAt(0))
          || english.indexOf('⟨') >= 0) {
        continue;
      }
      boolean free = !startsSentence(s, i);
      if (t.upos() == UPos.PROPN && !hasArticle(s, i) && commonNoun(s, i) && (free || person(s.token(i)))
          && personName(s, i)) {
        s.english[i] = t.text(); // Bakker, Visser: a surname, not a baker
        s.origin[i] = origin + "+" + KEPT;
      } else if (free) {
        String capital = capitalise(english, origin.startsWith("compound:"));
        if (!capital.equals(english)) { // Des → of the: no word of the gloss to capitalise
          s.english[i] = capital;
          s.origin[i] = origin + "+" + CAPITAL;
        }
      }
    }
  }

  /** The gloss is the glossary's English (an entry, a phrase, a compound's parts), not a name or a word passed through. */
  private static boolean fromGlossary(String origin) {
    return origin.startsWith("glossary:") || origin.startsWith("compound:") || origin.startsWith("phrase:");
  }

  /** A capital first and a lower-case letter after it: West, Rode; not NAVO, not U. */
  private static boolean capitalised(String text) {
    return text.length() > 1 && Character.isUpperCase(text.codePointAt(0))
        && text.chars().skip(1).anyMatch(Character::isLowerCase);
  }

  /**
   * Where Dutch capitalises any word: the sentence's first word, or the first after an opening
   * quotation mark, a colon, a dash, a parenthesis or a stop inside the sentence.
   */
  static boolean startsSentence(Slots s, int i) {
    if (Names.startsSentence(s, i)) {
      return true;
    }
    String before = s.token(i - 1).text();
    return s.token(i - 1).pos() == PartOfSpeech.PUNCTUATION && !before.equals(",") && !before.equals("-")
        || before.endsWith(".") && before.length() > 1 && s.token(i - 1).upos() != UPos.PROPN;
  }

  /** An article among the word's dependents (het Westen), not a surname's de after a first name. */
  private static boolean hasArticle(Slots s, int i) {
    for (int c : s.tree().children(i)) {
      Token d = s.token(c);
      if ((d.upos() == UPos.DET || d.dependency().baseRelation().equals("det")) && ARTICLES.contains(s.lower(c))) {
        boolean particle = c > 0 && c == i - 1 && !s.lower(c).equals("het") && !s.lower(c).equals("een")
            && s.token(c - 1).upos() == UPos.PROPN && capitalised(s.token(c - 1).text());
        if (!particle) {
          return true;
        }
      }
    }
    return false;
  }

  /** Dutch titles before a person's name (meneer Visser, minister Bakker). */
  private static final Set<String> TITLES = Set.of(
      "meneer", "mevrouw", "heer", "dhr.", "mevr.", "mw.", "dokter", "dr.", "professor", "prof.", "minister",
      "president", "premier", "burgemeester", "wethouder", "staatssecretaris", "kamerlid", "senator", "generaal",
      "koning", "koningin", "prins", "prinses", "paus", "bisschop", "pastoor", "dominee", "rechter", "advocaat",
      "collega", "trainer", "coach", "zanger", "zangeres", "schrijver", "schrijfster", "directeur", "voorzitter");

  /**
   * The parser reads a person here, not a name made of a word (de Tweede Wereldoorlog, het
   * Agentschap voor Technologie): the tagger's person name (ENM:PER), a first name or title it
   * stands with (Anna Bakker, meneer Visser), or a person's name it is coordinated with (Bakker en
   * West, after Jansen).
   */
  private static boolean personName(Slots s, int i) {
    if (person(s.token(i))) {
      return true;
    }
    Token t = s.token(i);
    int head = t.dependency().head();
    String relation = t.dependency().baseRelation();
    if (head >= 0 && head < s.size() && (relation.equals("flat") || relation.equals("appos") || relation.equals("conj"))) {
      Token h = s.token(head);
      if (person(h) || relation.equals("appos") && TITLES.contains(s.lower(head))) {
        return true;
      }
      if (relation.equals("flat") && h.upos() == UPos.PROPN && capitalised(h.text()) && head < i
          && !"glossary".equals(kind(s.origin[head]))) {
        return true; // Anna (de) Bakker: the surname after a name the glossary does not gloss
      }
    }
    for (int c : s.tree().children(i)) {
      String r = s.token(c).dependency().baseRelation();
      if ((r.equals("flat") || r.equals("conj")) && person(s.token(c))) {
        return true;
      }
    }
    return i > 0 && TITLES.contains(s.lower(i - 1));
  }

  /** Dutch surnames' particles: de Vries, van Dijk, van der Smid, ter Horst, in 't Veld. */
  private static final Set<String> PARTICLES = Set.of("de", "van", "der", "den", "ter", "ten", "te", "'t", "in", "op", "het");

  /**
   * A lower-case particle the analysis makes part of a name ({@code flat}) between a capitalised
   * first name (a word the glossary does not gloss) and a capitalised surname: Anna de Bakker, Jan
   * van der Smid; not the Minister van Defensie.
   */
  private static boolean particle(Slots s, int i) {
    Token t = s.token(i);
    if (!PARTICLES.contains(t.text()) || !t.dependency().baseRelation().equals("flat")) {
      return false;
    }
    int head = t.dependency().head();
    if (head < 0 || head >= i || !capitalised(s.token(head).text()) || "glossary".equals(kind(s.origin[head]))) {
      return false; // the Minister van Defensie: a title glossed, not a first name
    }
    for (int k = i + 1; k < s.size(); k++) {
      Token n = s.token(k);
      if (n.dependency().head() != head || !n.dependency().baseRelation().equals("flat")) {
        return false;
      }
      if (capitalised(n.text())) {
        return true;
      }
      if (!PARTICLES.contains(n.text())) {
        return false;
      }
    }
    return false;
  }

  private static String kind(String origin) {
    return origin == null ? null : origin.startsWith("glossary:") || origin.startsWith("compound:") ? "glossary" : origin;
  }

  /** The tagger's or the entity finder's person. */
  private static boolean person(Token t) {
    return t.tag() != null && t.tag().startsWith("ENM:PER") || t.entity() == io.nlbrief.parser.EntityType.PERSON;
  }

  /** The glossary knows the word in lower case as a common noun. */
  private boolean commonNoun(Slots s, int i) {
    return glossary.lookup(s.lower(i), GlossPos.NOUN).isPresent() || glossary.lookup(s.lemmaLower(i), GlossPos.NOUN).isPresent();
  }

  /** Words title case capitalises and Dutch does not, even inside most names. */
  private static final Set<UPos> TITLE_CASE_ONLY = Set.of(
      UPos.VERB, UPos.AUX, UPos.ADP, UPos.CCONJ, UPos.SCONJ, UPos.PRON, UPos.ADV, UPos.DET);

  /**
   * A headline in title case or in capitals, where a capital is no sign of a name: every word in
   * capitals; or, of three words or more after the first, three quarters capitalised, or half with
   * a verb or function word among them (Rusland Zet Diplomaten Uit), which a sentence full of names
   * (Hij woont in West Virginia) has not.
   */
  static boolean headline(Slots s) {
    int words = 0;
    int capitals = 0;
    int upper = 0;
    boolean function = false;
    boolean first = true;
    for (int i = 0; i < s.size(); i++) {
      String x = s.token(i).text();
      if (!s.token(i).isWord() || x.isEmpty() || !Character.isLetter(x.codePointAt(0))) {
        continue;
      }
      if (x.length() > 1 && x.equals(x.toUpperCase(Locale.ROOT))) {
        upper++;
      }
      if (first) {
        first = false;
        continue;
      }
      words++;
      if (Character.isUpperCase(x.codePointAt(0))) {
        capitals++;
        function |= TITLE_CASE_ONLY.contains(s.token(i).upos());
      }
    }
    if (words >= 1 && upper == words + 1) {
      return true;
    }
    return words >= 3 && (4 * capitals >= 3 * words || 2 * capitals >= words && function);
  }

  /** The gloss with a capital on each content word (Middle East, the Red Cross); on the first only for a compound's parts. */
  static String capitalise(String english, boolean firstOnly) {
    String[] words = english.split(" ", -1);
    StringBuilder b = new StringBuilder();
    boolean done = false;
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      if (!done && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (!MINOR.contains(w) || k == 0 && words.length == 1)) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        done = firstOnly;
      }
      b.append(k == 0 ? "" : " ").append(w);
    }
    return b.toString();
  }
}
