package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.UPos;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A possessor after {@code van} goes before its noun with 's, as English says it of a person or a
 * named one: {@code het plan van Jansen} → Jansen's plan, {@code de toespraak van president Obama}
 * → president Obama's speech, {@code het kantoor van de minister} → the minister's office. The
 * possessor is a name (maybe after a title), or the article and a noun for people or for a body of
 * them (de economie van het land → the country's economy, de plannen van de regering → the
 * government's plans); it must end
 * the noun phrase (het huis van de man die … keeps of: the relative clause needs its noun at the
 * end; so does one after a comma: de vrijlating van Jansen, die … → the release of Jansen, who …). English keeps of after nouns that a name only names (de provincie Utrecht, de stad van
 * Parijs: the city of Paris), and for things (the roof of the house).
 */
final class Possessives implements Stage {
  static final String RULE = "order:possessive";

  /** Nouns whose van-phrase says which one it is, not whose it is: English keeps of (the city of Paris). */
  private static final Set<String> NAMING_HEADS = Set.of(
      "stad", "dorp", "provincie", "staat", "eiland", "gemeente", "regio", "land", "republiek", "koninkrijk",
      "graafschap", "hertogdom", "universiteit", "schaal", "naam", "haven", "kust", "baai", "rivier", "meer",
      "berg", "streek", "wijk", "buurt", "straat", "plein", "kanton", "district", "deelstaat", "prefectuur",
      "hoofdstad", "centrum", "noorden", "zuiden", "oosten", "westen", "rest", "deel", "helft", "geval",
      "slag", "verdrag", "vrede", "zaak", "kwestie", "periode", "tijd", "jaar", "eeuw", "dag", "week", "maand",
      "ministerie", "departement", "commissie", "comité", "raad", "kamer", "hof", "partij", "bank", "huis",
      "begin", "einde", "eind", "midden", "ambassade", "bureau", "instituut", "dienst", "nacht", "avond", "ochtend",
      "middag");
  /** A possessor that is a month: het einde van maart is the end of March, not March's end. */
  private static final Set<String> TIMES = Set.of(
      "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
      "november", "december");
  /**
   * Days, which English news makes possessors of the events on them: de storm van vrijdag →
   * Friday's storm, het nieuws van gisteren → yesterday's news, de wedstrijd van vanavond →
   * tonight's match (a naming head keeps of: het begin van de dag).
   */
  private static final Set<String> DAYS = Set.of(
      "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "gisteren", "vandaag",
      "vanavond", "morgen", "vannacht", "eergisteren");

  @Override
  public String name() {
    return "possessives";
  }

  @Override
  public void apply(Slots s) {
    for (int van = 2; van + 1 < s.size(); van++) {
      if (!s.lower(van).equals("van") || !"of".equals(s.english[van])) {
        continue;
      }
      int noun = van - 1;
      if (s.token(noun).upos() != UPos.NOUN || namingHead(s.lemmaLower(noun)) || namingHead(s.lower(noun))) {
        continue;
      }
      int article = noun - 1;
      while (article >= 0 && s.token(article).upos() == UPos.ADJ && s.token(article).dependency().head() == noun) {
        article--;
      }
      if (article < 0 || !Articles.isDefiniteArticle(s, article) || s.token(article).dependency().head() != noun) {
        continue;
      }
      int end = possessorEnd(s, van + 1);
      if (end < 0 || end + 1 < s.size() && continuesPhrase(s, end + 1, noun)) {
        continue;
      }
      List<Integer> phrase = new ArrayList<>();
      for (int k = article; k <= end; k++) {
        phrase.add(k);
      }
      int at = s.order.indexOf(article);
      if (at < 0 || at + phrase.size() > s.order.size() || !s.order.subList(at, at + phrase.size()).equals(phrase)) {
        continue; // an ordering stage has moved part of it
      }
      List<Integer> english = new ArrayList<>();
      for (int k = van + 1; k <= end; k++) {
        english.add(k);
        s.moved[k] = RULE;
      }
      for (int k = article; k < van; k++) {
        english.add(k);
      }
      english.add(van);
      for (int k = 0; k < english.size(); k++) {
        s.order.set(at + k, english.get(k));
      }
      Articles.drop(s, article);
      s.english[van] = "";
      s.origin[van] = s.origin[van] + "+" + RULE;
      s.english[end] = s.english[end] + (plural(s, end) && s.english[end].endsWith("s") ? "'" : "'s");
      van = end;
    }
  }

  /** The last token of a possessor that starts at {@code k}: a name, a title and a name, or de/het + noun for people; or -1. */
  private static int possessorEnd(Slots s, int k) {
    if (k < s.size() && DAYS.contains(s.lower(k)) && s.english[k] != null && !s.english[k].isEmpty()
        && !s.english[k].contains(" ")) {
      return k; // de hoorzitting van donderdag → Thursday's hearing
    }
    if (k < s.size() && Articles.isDefiniteArticle(s, k)) {
      int n = k + 1;
      while (n < s.size() && s.token(n).upos() == UPos.ADJ) {
        n++;
      }
      return n < s.size() && s.token(n).upos() == UPos.NOUN && (isPersonNoun(s, n) || isBody(s, n)) ? n : -1;
    }
    if (k < s.size() && s.token(k).upos() == UPos.NOUN && isPersonNoun(s, k)) {
      k++; // a title before the name: van president Obama
    }
    int end = -1;
    while (k < s.size() && s.token(k).upos() == UPos.PROPN && isName(s, k) && !TIMES.contains(s.lower(k))) {
      end = k++;
    }
    return end;
  }

  /** A naming head, also as the last part of a compound (noordkust, hoofdstad). */
  private static boolean namingHead(String lemma) {
    for (String h : NAMING_HEADS) {
      if (lemma.endsWith(h) && (lemma.length() == h.length() || lemma.length() > h.length() + 2)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isName(Slots s, int k) {
    String o = s.origin[k];
    return o != null && (o.equals("name") || o.startsWith("exonym:") || o.startsWith("glossary:"))
        && s.english[k] != null && !s.english[k].isEmpty() && Character.isUpperCase(s.english[k].charAt(0));
  }

  /**
   * Bodies of people that English gives a possessive like a person: the country's future, the
   * government's plans, the company's spokesman, the party's leader, the newspaper's front page.
   */
  private static final Set<String> BODIES = Set.of(
      "land", "regering", "kabinet", "overheid", "bedrijf", "onderneming", "partij", "krant", "team", "ploeg", "club",
      "organisatie", "vakbond", "bond", "leger", "omroep", "concern", "firma", "fabrikant", "groep");

  private static boolean isBody(Slots s, int k) {
    // by the form too: the tagger gives some of these a verb's lemma (land → landen)
    return (BODIES.contains(s.lemmaLower(k)) || BODIES.contains(s.lower(k))) && !"Plur".equals(s.token(k).morphology().feature("Number"));
  }

  private static boolean isPersonNoun(Slots s, int k) {
    return RelativePronouns.PERSON_NOUNS.contains(s.lemmaLower(k)) || RelativePronouns.PERSON_NOUNS.contains(s.lower(k));
  }

  /** Prepositions whose phrase after the possessor may belong to it or to the possessed noun. */
  private static final Set<String> ATTACHING = Set.of("uit", "voor", "in", "aan", "naar", "op", "met", "over", "tegen");

  /**
   * A word that goes on with the possessor's phrase: a noun or name, van, a relative pronoun, a
   * genitive, a conjunction; a preposition unless the analysis hangs its phrase on the possessed
   * noun or elsewhere outside the possessor ({@code het bezoek van minister Jansen aan
   * Frankrijk} → Minister Jansen's visit to France).
   */
  private static boolean continuesPhrase(Slots s, int k, int possessed) {
    UPos u = s.token(k).upos();
    String w = s.lower(k);
    if (ATTACHING.contains(w) && u == UPos.ADP && s.token(k).dependency().relation().equals("case")) {
      int object = s.token(k).dependency().head();
      int head = object > k && object < s.size() ? s.token(object).dependency().head() : -1;
      if (head == possessed || head >= 0 && head < s.size() && head != k - 1 && s.token(head).upos() == UPos.VERB) {
        return false; // the phrase is the possessed noun's or the verb's, not the possessor's
      }
    }
    if (w.equals(",") && k + 1 < s.size() && relativeOpening(s, k + 1)) {
      return true; // de vrijlating van Jansen, die …: the clause after the comma is about Jansen, who must stay last
    }
    return u == UPos.NOUN || u == UPos.PROPN || u == UPos.X || w.equals("van") || w.equals("die") || w.equals("dat")
        || w.equals("uit") || w.equals("voor") || w.equals("in") || w.equals("aan") || w.equals("en") || w.equals("of")
        || w.equals("-") || w.equals("(");
  }

  private static boolean relativeOpening(Slots s, int k) {
    String w = s.lower(k);
    return w.equals("die") || w.equals("wie") || w.equals("wiens") || w.equals("wier")
        || "Rel".equals(s.token(k).morphology().feature("PronType"));
  }

  private static boolean plural(Slots s, int k) {
    return "Plur".equals(s.token(k).morphology().feature("Number"));
  }
}
