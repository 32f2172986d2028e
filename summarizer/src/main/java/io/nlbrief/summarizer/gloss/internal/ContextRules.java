package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;
import java.util.Map;
import java.util.Set;

/**
 * Function words whose English depends on their neighbours, decided after the word-by-word pass:
 * {@code het} before a noun is "the", {@code geen} before a noun "no", {@code dan} after a
 * comparative "than", {@code als} before a noun phrase "as", {@code door} in a passive "by",
 * possessive pronouns (ons land → our country, zijn gedrag → his behaviour), {@code ruim} before a
 * number "over", {@code om … te} "to" once, the modal particle {@code wel} without English, and
 * {@code al} before a length of time "for" (al dertig jaar → for thirty years).
 */
final class ContextRules {
  private static final Map<String, String> POSSESSIVE_BY_LEMMA = Map.of(
      "ik", "my", "jij", "your", "u", "your", "hij", "his", "zij", "their", "wij", "our",
      "het", "its", "jullie", "your");
  private static final Map<String, String> POSSESSIVE_BY_FORM = Map.of(
      "mijn", "my", "jouw", "your", "uw", "your", "zijn", "his", "haar", "her", "ons", "our",
      "onze", "our", "hun", "their", "jullie", "your", "je", "your");
  private static final Map<String, String> BEFORE_NUMBER = Map.of(
      "ruim", "over", "bijna", "almost", "circa", "about", "ongeveer", "about", "zo'n", "some",
      "krap", "barely", "minstens", "at least", "hooguit", "at most", "maximaal", "at most");
  private static final Set<String> UNAMBIGUOUS_POSSESSIVES = Set.of("haar", "hun", "onze", "mijn", "jouw", "uw");
  private static final Set<String> QUANTITY_NOUNS = Set.of(
      "soort", "aantal", "groep", "reeks", "meerderheid", "minderheid", "merendeel", "helft", "kwart", "deel",
      "serie", "rij", "tiental", "honderdtal", "duizendtal", "stapel", "kilo", "liter", "fles", "glas", "kopje");
  private static final Set<String> COMPARATIVE_WORDS = Set.of(
      "meer", "minder", "eerder", "liever", "ander", "andere", "anders", "later", "beter", "groter", "kleiner");

  private static final Set<String> COPULA_FORMS = Set.of("is", "was", "wordt", "werd", "blijkt", "lijkt", "blijft", "bleek", "leek");

  private static final Map<String, String> MANY_HUNDREDS = Map.of(
      "honderden", "hundreds", "duizenden", "thousands", "miljoenen", "millions", "tienduizenden", "tens of thousands",
      "honderdduizenden", "hundreds of thousands");

  /** The rule that makes nog "even" before a comparative and "another" before een or a number. */
  static final String NOG = "nog-more";
  /** The rule that reads geen … meer as no more. */
  static final String NO_MORE = "geen-meer";

  /** The rule that makes cel or gevangenis after a length of time "in prison" (tien jaar cel → ten years in prison). */
  static final String PRISON_TERM = "prison-term";
  private static final Set<String> TIME_LENGTHS = Set.of("jaar", "maand", "week", "dag");

  /** The rule that makes afgelopen before a time "last" or "past". */
  static final String TIME_GONE_BY = "time-gone-by";

  /** The rule that makes dit/dat/het before a plural zijn "these"/"those"/"they". */
  static final String PLURAL_DEMONSTRATIVE = "plural-demonstrative";

  private ContextRules() {}

  /** Whether the word after {@code i} is a plural finite form of zijn ({@code zijn}, {@code waren}). */
  private static boolean pluralBeFollows(Slots s, int i) {
    if (i + 1 >= s.size()) {
      return false;
    }
    Token v = s.token(i + 1);
    return "zijn".equals(v.morphology().lemma()) && v.morphology().isFinite() && "Plur".equals(v.morphology().feature("Number"));
  }

  static final String SOMEWHAT = "somewhat";

  /**
   * {@code wat} before a comparative is a degree word, somewhat ({@code wat groter}, {@code een wat
   * oudere man}, {@code wat verder}); not the pronoun: opening its clause ({@code Wat meer kan ik
   * doen?}), after a word it may be the relative of ({@code alles wat beter klinkt}, {@code het
   * boek wat}), nor after a verb where a verb follows the comparative ({@code weet wat beter werkt}:
   * what works better).
   */
  private static boolean somewhat(Slots s, int i) {
    if (i == 0 || i + 1 >= s.size() || s.endsStretch(i) || s.isBreak(i - 1)) {
      return false;
    }
    Token next = s.token(i + 1);
    boolean comparative = "Cmp".equals(next.morphology().feature("Degree"))
        || next.tag() != null && next.tag().startsWith("BNW:VGR") || s.lower(i + 1).equals("meer")
        || s.lower(i + 1).equals("minder");
    if (!comparative || next.text().isEmpty() || Character.isUpperCase(next.text().charAt(0))) {
      return false;
    }
    Token prev = s.token(i - 1);
    io.nlbrief.parser.UPos p = prev.upos();
    String type = prev.morphology().feature("PronType");
    if (p == io.nlbrief.parser.UPos.NOUN || p == io.nlbrief.parser.UPos.PROPN
        || p == io.nlbrief.parser.UPos.PRON && type != null && !type.equals("Prs")
        || s.lower(i - 1).equals("alles") || s.lower(i - 1).equals("iets") || s.lower(i - 1).equals("niets")) {
      return false;
    }
    if (p == io.nlbrief.parser.UPos.VERB && i + 2 < s.size()) {
      Token after = s.token(i + 2);
      boolean verbAfter = after.upos() == io.nlbrief.parser.UPos.VERB || after.upos() == io.nlbrief.parser.UPos.AUX;
      return !verbAfter;
    }
    return true;
  }

  static final String EVERY = "every-time";
  static final String LAST = "last-time";
  static final String FEWER = "fewer-counted";

  /**
   * minder of things counted is fewer: after a number (tien minder, tien minder dan nu → ten fewer
   * than now) or before a plural noun (minder mensen → fewer people); of an amount it stays less
   * (minder geld). Also where the phrase minder dan made it less than.
   */
  private static void fewer(Slots s) {
    for (int i = 0; i < s.size(); i++) {
      String e = s.english[i];
      if (!s.lower(i).equals("minder") || e == null || !(e.equals("less") || e.equals("lesser") || e.equals("less than"))) {
        continue;
      }
      boolean afterNumber = i > 0 && s.token(i - 1).upos() == io.nlbrief.parser.UPos.NUM;
      Token next = next(s, i);
      boolean beforePlural = next != null && !s.endsStretch(i) && next.upos() == io.nlbrief.parser.UPos.NOUN
          && "Plur".equals(next.morphology().feature("Number"));
      if (afterNumber || beforePlural && !e.equals("less than")) {
        s.english[i] = e.equals("less than") ? "fewer than" : "fewer";
        s.origin[i] = s.origin[i] + "+" + FEWER;
      } else if (e.equals("lesser")) {
        s.english[i] = "less"; // minder geld → less money: the inflected minder is no "lesser"
      }
    }
  }

  private static final java.util.Set<String> TIME_NOUNS =
      io.nlbrief.parser.DutchWords.of(io.nlbrief.parser.DutchWords.WordClass.TIME_NOUN);

  /** A noun of time or a day (dag, week, keer, maandag), after which elke is every and vorige last. */
  private static boolean isTimeNoun(String lemma) {
    return TIME_NOUNS.contains(lemma) || io.nlbrief.parser.DutchWords.isDayOfWeek(lemma);
  }

  static void apply(Slots s) {
    fewer(s);
    boolean passive = hasPassive(s);
    for (int i = 0; i < s.size(); i++) {
      String o = s.origin[i];
      if (o == null || !(o.startsWith("glossary:") || o.equals("unknown"))) {
        continue;
      }
      Token t = s.token(i);
      String w = s.lower(i);
      Token next = next(s, i);
      switch (w) {
        case "het", "'t" -> {
          if (next != null && i > 0 && s.token(i - 1).pos() == io.nlbrief.parser.PartOfSpeech.PREPOSITION
              && next.isWord() && !s.isBreak(i + 1)) {
            s.english[i] = "the"; // van het publiek: after a preposition het is the article (the pronoun would be ervan)
          } else if (next != null && uninflectedAdjectiveAlone(s, i + 1)) {
            s.english[i] = "it"; // dat het begrijpelijk is: an article would want begrijpelijke + noun
          } else if (next != null && (articleBefore(s, i + 1) || gerundBefore(s, i + 1))) {
            s.english[i] = "the";
          } else if (pluralBeFollows(s, i) && (i == 0 || s.token(i - 1).pos() == PartOfSpeech.PUNCTUATION)) {
            s.english[i] = "they"; // het zijn mijn buren → they are my neighbours
            s.origin[i] = s.origin[i] + "+" + PLURAL_DEMONSTRATIVE;
          }
        }
        case "honderd", "duizend" -> {
          io.nlbrief.parser.UPos before = i > 0 ? s.token(i - 1).upos() : null;
          if (("hundred".equals(s.english[i]) || "thousand".equals(s.english[i]))
              && before != io.nlbrief.parser.UPos.NUM && before != io.nlbrief.parser.UPos.DET
              && before != io.nlbrief.parser.UPos.ADJ && !(i > 0 && s.token(i - 1).tag() != null
                  && s.token(i - 1).tag().startsWith("WKW:VTD")) // de afgelopen honderd jaar
              && (i == 0 || !s.lower(i - 1).matches("[0-9.,]+|een|één|enkele|paar|vele|de|het|die|deze"))) {
            s.english[i] = "a " + s.english[i]; // meer dan honderd mensen → more than a hundred people
          }
        }
        case "elk", "elke", "ieder", "iedere" -> {
          if (next != null && !s.endsStretch(i) && isTimeNoun(s.lemmaLower(i + 1))
              && ("each".equals(s.english[i]) || "everyone".equals(s.english[i]) || "everybody".equals(s.english[i]))) {
            s.english[i] = "every"; // elke dag → every day, iedere week → every week (but elke leerling: each pupil)
            s.origin[i] = s.origin[i] + "+" + EVERY;
          }
        }
        case "vorig", "vorige" -> {
          if (next != null && !s.endsStretch(i) && isTimeNoun(s.lemmaLower(i + 1)) && "previous".equals(s.english[i])) {
            s.english[i] = "last"; // vorige week → last week, vorige zaterdag → last Saturday (de vorige keer: the last time)
            s.origin[i] = s.origin[i] + "+" + LAST;
          }
        }
        case "iets" -> {
          Token after = next(s, i);
          if (after != null && !s.endsStretch(i) && ("Cmp".equals(after.morphology().feature("Degree"))
              || after.tag() != null && after.tag().startsWith("BNW:VGR"))
              && !s.lower(i + 1).equals("meer") && !s.lower(i + 1).equals("anders")) {
            // iets kouder → slightly colder (but iets meer, iets anders: something); nog iets kouder → a little colder
            s.english[i] = i > 0 && s.lower(i - 1).equals("nog") ? "a little" : "slightly";
            s.origin[i] = s.origin[i] + "+" + SOMEWHAT;
          }
        }
        case "wat" -> {
          if (somewhat(s, i)) {
            boolean amount = (s.lower(i + 1).equals("meer") || s.lower(i + 1).equals("minder")) && i + 2 < s.size()
                && s.token(i + 2).upos() == io.nlbrief.parser.UPos.NOUN;
            // wat groter → somewhat larger: the degree, not the pronoun; wat meer tijd → a little more time
            s.english[i] = amount || i > 0 && s.lower(i - 1).equals("nog") ? "a little" : "somewhat";
            s.origin[i] = s.origin[i] + "+" + SOMEWHAT;
          }
        }
        case "meneer", "mijnheer" -> {
          if (next != null && next.upos() == io.nlbrief.parser.UPos.PROPN) {
            s.english[i] = "Mr"; // meneer Jansen → Mr Jansen (as mevrouw Jansen → Mrs Jansen); alone it stays sir
          }
        }
        case "veel", "zoveel", "weinig", "zo'n" -> {
          if (w.equals("veel") && next != null && ("Cmp".equals(next.morphology().feature("Degree"))
              || next.tag() != null && next.tag().startsWith("BNW:VGR") || s.lower(i + 1).equals("meer")
              || s.lower(i + 1).equals("minder"))) {
            s.english[i] = "much"; // veel beter, veel meer → much better, much more: the degree, not a number
            s.origin[i] = s.origin[i] + "+much";
          } else if (next != null && pluralNounFollows(s, i + 1)) {
            s.english[i] = switch (w) {
              case "veel" -> "many";
              case "zoveel" -> "so many";
              case "weinig" -> "few";
              default -> s.english[i];
            };
          }
        }
        case "dit", "dat" -> {
          if (pluralBeFollows(s, i) && t.upos() != io.nlbrief.parser.UPos.SCONJ) {
            // dit zijn de regels → these are the rules: Dutch keeps the singular pronoun, English agrees
            s.english[i] = w.equals("dit") ? "these" : "those";
            s.origin[i] = s.origin[i] + "+" + PLURAL_DEMONSTRATIVE;
          }
        }
        case "deze", "die" -> {
          if (next != null && pluralNounFollows(s, i + 1)) {
            s.english[i] = w.equals("deze") ? "these" : "those"; // deze spelers → these players; relatives: RelativePronouns
          }
        }
        case "zich" -> {
          if (t.tag() != null && t.tag().startsWith("VNW:RFX") && (i == 0 || s.token(i - 1).pos() != PartOfSpeech.PREPOSITION)) {
            // an inherent reflexive (zich verspreiden → spread, zich voordoen → occur): English has none
            s.english[i] = "";
            s.origin[i] = s.origin[i] + "+reflexive";
          }
        }
        case "wel" -> {
          if ("well".equals(s.english[i]) && t.pos() == PartOfSpeech.ADVERB && next != null && !s.endsStretch(i + 1)
              && !next.text().equalsIgnoreCase("eens") && !next.text().equalsIgnoreCase("of")) {
            // the modal particle (het is wel mooi, hij maakt zich wel zorgen): English says it with stress, not a word;
            // before a break it is the contrast (maar zij wel) and keeps its gloss
            s.english[i] = "";
            s.origin[i] = s.origin[i] + "+" + PARTICLE;
          }
        }
        case "al" -> {
          if ("already".equals(s.english[i]) && durationFollows(s, i + 1)) {
            // al dertig jaar, al maanden: how long something has gone on is "for" in English
            s.english[i] = "for";
            s.origin[i] = s.origin[i] + "+" + DURATION;
          } else if ("already".equals(s.english[i]) && next != null && ALL_BEFORE.contains(s.lower(i + 1))) {
            s.english[i] = "all"; // al hun plannen, al die jaren: the determiner, not the adverb
            s.origin[i] = s.origin[i] + "+" + ALL;
          } else if ("already".equals(s.english[i]) && next != null && (i == 0 || s.lower(i - 1).equals(","))
              && next.tag() != null && next.tag().startsWith("WKW") && DutchForm.of(next.tag()).isFiniteVerb()) {
            s.english[i] = "although"; // , al is het duur: al opening a clause with its verb straight after it concedes
            s.origin[i] = s.origin[i] + "+" + ALL;
          }
        }
        case "steeds" -> {
          if ("still".equals(s.english[i]) && !(i > 0 && s.lower(i - 1).equals("nog"))) {
            // still is nog steeds; steeds alone is always, and before a comparative ever (steeds hoger → ever higher)
            boolean comparative = next != null && ("Cmp".equals(next.morphology().feature("Degree"))
                || next.tag() != null && next.tag().startsWith("BNW:VGR"));
            s.english[i] = comparative ? "ever" : "always";
            s.origin[i] = s.origin[i] + "+" + STEEDS;
          }
        }
        case "haar" -> {
          Token prev = i > 0 ? s.token(i - 1) : null;
          if ("hair".equals(s.english[i]) && (prev == null || !(prev.upos() == io.nlbrief.parser.UPos.DET
              || prev.upos() == io.nlbrief.parser.UPos.ADJ || prev.upos() == io.nlbrief.parser.UPos.NUM
              || prev.pos() == PartOfSpeech.DETERMINER || prev.pos() == PartOfSpeech.ADJECTIVE
              || POSSESSIVE_BY_FORM.containsKey(s.lower(i - 1))))) {
            s.english[i] = "her"; // hij zag haar: the noun hair wants an article or adjective (het lange haar, haar haar)
            s.origin[i] = s.origin[i] + "+" + HER;
          }
        }
        case "vrouw", "vrouwen" -> {
          if (i > 0 && POSSESSIVE_BY_FORM.containsKey(s.lower(i - 1)) && s.english[i] != null
              && s.english[i].startsWith("wom")) {
            s.english[i] = w.equals("vrouw") ? "wife" : "wives"; // zijn vrouw → his wife
            s.origin[i] = s.origin[i] + "+" + SPOUSE;
          }
        }
        case "man" -> {
          if (i > 0 && s.lower(i - 1).equals("haar") && "man".equals(s.english[i])) {
            s.english[i] = "husband"; // haar man → her husband
            s.origin[i] = s.origin[i] + "+" + SPOUSE;
          }
        }
        case "meer" -> {
          // geen nieuwe klachten meer → no more new complaints: geen … meer is one negation of quantity
          int g = i - 1;
          while (g > 0 && (s.token(g).upos() == io.nlbrief.parser.UPos.ADJ
              || s.token(g).upos() == io.nlbrief.parser.UPos.NOUN)) {
            g--;
          }
          if (g < i - 1 && s.token(i - 1).upos() == io.nlbrief.parser.UPos.NOUN && s.lower(g).equals("geen")
              && "no".equals(s.english[g]) && s.token(i).upos() == io.nlbrief.parser.UPos.ADV) {
            s.english[g] = "no more";
            s.origin[g] = s.origin[g] + "+" + NO_MORE;
            s.english[i] = "";
            s.origin[i] = s.origin[i] + "+" + NO_MORE;
          }
        }
        case "nog" -> {
          if ("still".equals(s.english[i]) && next != null) {
            String n = s.lower(i + 1);
            Token after = i + 2 < s.size() ? s.token(i + 2) : null;
            boolean degreeThenComparative = (n.equals("wat") || n.equals("iets")) && after != null
                && ("Cmp".equals(after.morphology().feature("Degree")) || after.tag() != null && after.tag().startsWith("BNW:VGR"));
            if (degreeThenComparative) {
              // nog wat verder → a little further (wat and iets say so after nog): "even somewhat further"
              // says the degree twice
              s.english[i] = "";
              s.origin[i] = s.origin[i] + "+" + NOG;
            } else if ("Cmp".equals(next.morphology().feature("Degree"))
                || next.tag() != null && next.tag().startsWith("BNW:VGR")) {
              s.english[i] = "even"; // nog sneller → even faster
              s.origin[i] = s.origin[i] + "+" + NOG;
            } else if ((n.equals("een") || n.equals("één")) && s.origin[i + 1] != null && s.origin[i + 1].startsWith("glossary:")) {
              s.english[i] = "another"; // nog een kans → another chance
              s.origin[i] = s.origin[i] + "+" + NOG;
              s.english[i + 1] = "";
              s.origin[i + 1] = s.origin[i + 1] + "+" + NOG;
            } else if (isNumber(next)) {
              s.english[i] = "another"; // nog twaalf mensen → another twelve people
              s.origin[i] = s.origin[i] + "+" + NOG;
            } else if ((n.equals("steeds") || n.equals("altijd")) && "still".equals(s.english[i + 1])) {
              s.english[i] = ""; // nog steeds → still, said once
              s.origin[i] = s.origin[i] + "+" + NOG;
            }
          }
        }
        case "afgelopen" -> {
          if (next != null && (next.upos() == io.nlbrief.parser.UPos.NOUN || next.upos() == io.nlbrief.parser.UPos.NUM
              || next.pos() == PartOfSpeech.NOUN || next.pos() == PartOfSpeech.NUMBER)) {
            // afgelopen week → last week, de afgelopen jaren → the past years: the adjective, not the participle ended
            boolean article = i > 0 && (s.lower(i - 1).equals("de") || s.lower(i - 1).equals("het"));
            s.english[i] = article ? "past" : "last";
            s.origin[i] = s.origin[i] + "+" + TIME_GONE_BY;
          }
        }
        case "honderden", "duizenden", "miljoenen", "tienduizenden", "honderdduizenden" -> {
          // the plural of a round number is a noun in English: duizenden huizen → thousands of houses
          String plural = MANY_HUNDREDS.get(w);
          boolean nounNext = next != null && (next.upos() == io.nlbrief.parser.UPos.NOUN || next.upos() == io.nlbrief.parser.UPos.ADJ
              || next.pos() == PartOfSpeech.NOUN || next.pos() == PartOfSpeech.ADJECTIVE);
          s.english[i] = nounNext ? plural + " of" : plural;
        }
        case "geen" -> {
          if (next != null && introducesNounPhrase(next)) {
            s.english[i] = "no";
          }
        }
        case "dan" -> {
          if (afterComparative(s, i)) {
            s.english[i] = "than";
          }
        }
        case "als" -> {
          int zowel = zowelBefore(s, i);
          if (zowel >= 0) {
            s.english[i] = "and"; // zowel de leraren als de ouders → both the teachers and the parents
            s.origin[i] = s.origin[i] + "+" + BOTH_AND;
          } else if (next != null && (next.pos() == PartOfSpeech.NOUN || next.pos() == PartOfSpeech.ADJECTIVE
              || !finiteVerbFollows(s, i) && !SUBJECT_PRONOUNS.contains(s.lower(i + 1)) || asComparison(s, i) >= 0)) {
            // als voorbeeld, bekend als Jan, beschreef het als 'ernstig', net zo groot als ik denk: "if" or "when"
            // only where a clause of its own follows
            s.english[i] = "as";
            int as = asComparison(s, i);
            if (as >= 0 && (s.lower(as).equals("zo") || s.lower(as).equals("even")) && as + 2 == i) {
              s.english[as] = "as"; // zo groot als, even lang als → as big as, as long as
              s.origin[as] = s.origin[as] + "+" + BOTH_AND;
            }
          }
        }
        case "ze", "zij" -> {
          if (pluralVerbNear(s, i)) {
            s.english[i] = "they";
          }
        }
        case "cel", "celstraf", "gevangenis", "gevangenisstraf" -> {
          if (i >= 2 && TIME_LENGTHS.contains(s.lemmaLower(i - 1)) && isNumberLike(s, i - 2)) {
            s.english[i] = "in prison"; // tien jaar cel, twee maanden gevangenisstraf: the time spent in prison
            s.origin[i] = s.origin[i] + "+" + PRISON_TERM;
          }
        }
        case "uur" -> {
          if (i >= 2 && isNumber(s.token(i - 1)) && s.lower(i - 2).equals("om")) {
            s.english[i] = "o'clock"; // om 5 uur
          }
        }
        case "door" -> {
          if (passive && t.pos() == PartOfSpeech.PREPOSITION) {
            s.english[i] = "by";
          }
        }
        case "om" -> {
          if (next != null && (next.pos() == PartOfSpeech.NUMBER || s.origin[i + 1] != null && s.origin[i + 1].equals("time")
              || isNumber(next) && i + 2 < s.size() && s.lower(i + 2).equals("uur"))) {
            s.english[i] = "at"; // om 15u38, om 8 uur, om acht uur (but om twee redenen: for two reasons)
          } else if (toInfinitiveFollows(s, i)) {
            s.english[i] = "";
            s.origin[i] = "rule:om-te";
          }
        }
        case "van" -> {
          int tot = rangeEnd(s, i);
          if (tot > 0) {
            s.english[i] = "from"; // van negen tot vijf, van maandag tot vrijdag
            s.origin[i] = s.origin[i] + "+" + RANGE;
            s.english[tot] = "to";
            s.origin[tot] = s.origin[tot] + "+" + RANGE;
          }
        }
        case "uit" -> {
          int k = i + 1;
          if (k < s.size() && (s.lower(k).equals("het") || s.lower(k).equals("de"))) {
            k++;
          }
          if (t.pos() == PartOfSpeech.PREPOSITION && k < s.size() && k > i && capitalised(s.english[k])
              && (s.token(k).upos() == io.nlbrief.parser.UPos.PROPN || s.token(k).entity() != null)) {
            s.english[i] = "from"; // ambtgenoten uit Zweden, een reactie uit het Kremlin: where from, not out of
            s.origin[i] = s.origin[i] + "+from-a-place";
          }
        }
        case "tot" -> {
          if (i > 0 && next != null && isNumber(s.token(i - 1)) && isNumber(next)) {
            s.english[i] = "to"; // 5 tot 10 procent
            s.origin[i] = s.origin[i] + "+" + RANGE;
          } else if (t.pos() == PartOfSpeech.PREPOSITION && "until".equals(s.english[i]) && next != null
              && !timeAhead(s, i + 1)) {
            s.english[i] = "to"; // leidde tot een oorlog, toegang tot de stad, daalde tot vier procent: until only before a time
            s.origin[i] = s.origin[i] + "+" + NOT_A_TIME;
          }
        }
        default -> { }
      }
      if (BEFORE_NUMBER.containsKey(w) && next != null && isNumber(next)) {
        s.english[i] = BEFORE_NUMBER.get(w);
      }
      if (QUANTITY_NOUNS.contains(s.lemmaLower(i)) && next != null
          && (next.pos() == PartOfSpeech.NOUN || next.pos() == PartOfSpeech.ADJECTIVE) && !s.english[i].endsWith(" of")) {
        s.english[i] = s.english[i] + " of"; // het soort mensen → the kind of people
      }
      if (isPossessive(s, i, next)) {
        String p = t.tag() != null && t.tag().contains("BEZ") && POSSESSIVE_BY_LEMMA.containsKey(s.lemmaLower(i))
            ? POSSESSIVE_BY_LEMMA.get(s.lemmaLower(i))
            : POSSESSIVE_BY_FORM.get(w);
        if (p != null) {
          s.english[i] = p.equals("his") && subjectIsAThing(s, i) ? "its" : p;
        }
      }
    }
    for (int i = 0; i + 1 < s.size(); i++) {
      String e = s.english[i + 1];
      if ("all".equals(s.english[i]) && s.origin[i].endsWith("+" + ALL) && e != null && !e.isEmpty()) {
        // said with the word it quantifies, so that the clause order moves them together: al zijn geld → all his money
        s.english[i + 1] = "all " + e;
        s.english[i] = "";
      }
    }
  }

  /**
   * Whether the subject of the clause of possessive {@code zijn} at {@code i} is a thing, so that
   * zijn is "its" (het bedrijf verhoogde zijn prijzen → the company raised its prices): a noun not
   * for people, a place or organisation, or het. A person anywhere before it (a person, hij, a name
   * of unknown kind), or no subject outside the possessive's own phrase, keeps "his".
   */
  private static boolean subjectIsAThing(Slots s, int i) {
    for (int k = 0; k < i; k++) {
      Token t = s.token(k);
      if (t.entity() == io.nlbrief.parser.EntityType.PERSON || s.lower(k).equals("hij") || s.lower(k).equals("hem")
          || t.upos() == io.nlbrief.parser.UPos.PROPN && t.entity() != io.nlbrief.parser.EntityType.PLACE
              && t.entity() != io.nlbrief.parser.EntityType.ORGANISATION
          || t.upos() == io.nlbrief.parser.UPos.NOUN && (RelativePronouns.PERSON_NOUNS.contains(s.lemmaLower(k))
              || RelativePronouns.PERSON_NOUNS.contains(s.lower(k)))) {
        return false; // a person before it may be whose it is
      }
    }
    int verb = s.token(i).dependency().head();
    for (int steps = 0; verb >= 0 && verb < s.size() && steps < s.size(); steps++) {
      io.nlbrief.parser.UPos u = s.token(verb).upos();
      if (u == io.nlbrief.parser.UPos.VERB || u == io.nlbrief.parser.UPos.AUX) {
        break;
      }
      verb = s.token(verb).dependency().head();
    }
    if (verb < 0 || verb >= s.size()) {
      return false;
    }
    for (int c : s.tree().children(verb)) {
      if (!s.token(c).dependency().baseRelation().equals("nsubj") || s.tree().subtree(c).contains(i)) {
        continue;
      }
      Token subject = s.token(c);
      if (subject.upos() == io.nlbrief.parser.UPos.PRON) {
        return s.lower(c).equals("het");
      }
      if (subject.entity() == io.nlbrief.parser.EntityType.PERSON) {
        return false;
      }
      if (subject.upos() == io.nlbrief.parser.UPos.PROPN) {
        return subject.entity() == io.nlbrief.parser.EntityType.PLACE
            || subject.entity() == io.nlbrief.parser.EntityType.ORGANISATION;
      }
      return subject.upos() == io.nlbrief.parser.UPos.NOUN && !RelativePronouns.PERSON_NOUNS.contains(s.lemmaLower(c))
          && !RelativePronouns.PERSON_NOUNS.contains(s.lower(c));
    }
    return false;
  }

  private static boolean isPossessive(Slots s, int i, Token next) {
    Token t = s.token(i);
    boolean zijnOrHaar = s.lower(i).equals("zijn") || s.lower(i).equals("haar");
    if (zijnOrHaar && "Yes".equals(t.morphology().feature("Poss"))) {
      // the parser's analysis decides where the tagger read a verb or a noun: zijn nieuwe album (his), haar plannen (her)
      return next != null && (introducesNounPhrase(next) || next.upos() == io.nlbrief.parser.UPos.NOUN
          || next.upos() == io.nlbrief.parser.UPos.ADJ || next.upos() == io.nlbrief.parser.UPos.NUM);
    }
    if (s.lower(i).equals("zijn") && (t.upos() == io.nlbrief.parser.UPos.AUX || t.upos() == io.nlbrief.parser.UPos.VERB)) {
      // ze zijn vastbesloten: the verb, as the analysis reads it, unless a verb or preposition stands right before
      // (verhoogde zijn prijzen, met zijn vrienden), where no verb zijn can
      Token prev = i > 0 ? s.token(i - 1) : null;
      return prev != null && next != null && introducesNounPhrase(next) && (prev.pos() == PartOfSpeech.PREPOSITION
          || prev.tag() != null && prev.tag().startsWith("WKW") && DutchForm.of(prev.tag()).isFiniteVerb());
    }
    if (UNAMBIGUOUS_POSSESSIVES.contains(s.lower(i))) {
      return next != null && introducesNounPhrase(next);
    }
    if (t.tag() != null && t.tag().startsWith("VNW") && t.tag().contains(":BEZ")) {
      return next != null && introducesNounPhrase(next);
    }
    if (s.lower(i).equals("zijn") && t.pos() == PartOfSpeech.VERB && next != null && introducesNounPhrase(next)) {
      if (next.tag() != null && next.tag().startsWith("ZNW:EKV")) {
        return true; // zijn plan, zijn veto: a verb zijn takes no singular noun straight after it
      }
      Token prev = i > 0 ? s.token(i - 1) : null;
      return prev != null && (prev.pos() == PartOfSpeech.PREPOSITION || prev.text().equals(",")
          || prev.text().equalsIgnoreCase("en"))
          || finiteVerbFollows(s, i); // dat zijn bedrijf de fout ontdekt: the clause has its own verb
    }
    return false;
  }

  /** "het" is the article when a noun follows, or an adjective and then a noun (het politieke overleg). */
  private static boolean articleBefore(Slots s, int k) {
    while (k + 1 < s.size() && isQuote(s.token(k))) {
      k++; // het 'repressieve' gedrag
    }
    Token next = s.token(k);
    boolean nounLike = next.pos() == PartOfSpeech.NOUN
        || next.pos() == PartOfSpeech.VERB && next.tag() != null
            && (next.tag().startsWith("WKW:TGW:1EP") || next.tag().startsWith("WKW:TGW:INF"));
    if (nounLike && hasReading(next, "ZNW")) {
      return true;
    }
    if (next.pos() != PartOfSpeech.ADJECTIVE && next.pos() != PartOfSpeech.PROPER_NOUN && next.pos() != PartOfSpeech.NOUN) {
      return false;
    }
    if (next.pos() == PartOfSpeech.ADJECTIVE && next.text().endsWith("e")
        && (k + 1 >= s.size() || s.endsStretch(k + 1) || s.token(k + 1).pos() == PartOfSpeech.PREPOSITION)) {
      return true; // a nominalised adjective: het gemiddelde, het belangrijkste is
    }
    int after = k + 1;
    while (after + 1 < s.size() && isQuote(s.token(after))) {
      after++;
    }
    return (next.pos() == PartOfSpeech.ADJECTIVE || hasReading(next, "BNW")) && after < s.size()
        && (hasReading(s.token(after), "ZNW") || s.token(after).pos() == PartOfSpeech.ADJECTIVE
            || s.token(after).pos() == PartOfSpeech.PROPER_NOUN)
        || next.pos() == PartOfSpeech.PROPER_NOUN;
  }

  /** An infinitive used as a noun before van: het veranderen van de regels → the changing of the rules. */
  private static boolean gerundBefore(Slots s, int k) {
    Token t = s.token(k);
    return t.tag() != null && t.tag().startsWith("WKW:TGW:INF") && k + 1 < s.size() && s.lower(k + 1).equals("van");
  }

  /** An adjective without the -e an attributive one takes after het, and no noun after it. */
  private static boolean uninflectedAdjectiveAlone(Slots s, int k) {
    Token t = s.token(k);
    if (t.pos() != PartOfSpeech.ADJECTIVE || t.text().endsWith("e") || t.tag() == null || !t.tag().contains(":ONV")) {
      return false;
    }
    if (k + 1 >= s.size()) {
      return true;
    }
    Token after = s.token(k + 1);
    // "is" is also a noun (ice) to the tagger: the copula's forms by their text
    return after.pos() == PartOfSpeech.VERB || s.endsStretch(k + 1) || COPULA_FORMS.contains(s.lower(k + 1));
  }

  private static boolean isQuote(Token t) {
    String x = t.text();
    return t.pos() == PartOfSpeech.PUNCTUATION && (x.equals("'") || x.equals("‘") || x.equals("\"") || x.equals(",,")
        || x.equals("“") || x.equals("„"));
  }

  private static boolean hasReading(Token t, String prefix) {
    if (t.tag() != null && t.tag().startsWith(prefix)) {
      return true;
    }
    for (Token.Reading r : t.readings()) {
      if (r.tag().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean introducesNounPhrase(Token t) {
    return t.pos() == PartOfSpeech.NOUN || t.pos() == PartOfSpeech.ADJECTIVE
        || t.pos() == PartOfSpeech.NUMERAL && !t.text().equalsIgnoreCase("een");
  }

  static final String BOTH_AND = "zowel-als";
  static final String ALL = "al-all";
  static final String STEEDS = "steeds-always";
  static final String HER = "haar-her";
  static final String SPOUSE = "spouse";
  /** Determiners and possessives after which al is "all" (al die jaren, al hun geld). */
  private static final Set<String> ALL_BEFORE = Set.of(
      "de", "het", "die", "deze", "dat", "dit", "hun", "zijn", "haar", "mijn", "onze", "ons", "jouw", "uw", "je");
  /** A subject pronoun after als opens a clause even where the tagger missed its verb (als het regent: regent the noun). */
  private static final Set<String> SUBJECT_PRONOUNS = subjectsAfterAls();
  /** The words before an adjective or adverb that compare as … as (even groot als, net zo snel als). */
  private static final Set<String> AS_WORDS = Set.of("zo", "even", "evenveel", "zoveel", "dezelfde", "hetzelfde", "zelfde", "evenzeer");

  private static Set<String> subjectsAfterAls() {
    Set<String> out = new java.util.HashSet<>(io.nlbrief.parser.DutchWords.of(
        io.nlbrief.parser.DutchWords.WordClass.SUBJECT_PRONOUN));
    out.add("het"); // als het regent
    out.add("er"); // als er iets gebeurt
    return Set.copyOf(out);
  }

  /** zowel earlier in the stretch (no other als between): the index of zowel, else -1. */
  private static int zowelBefore(Slots s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String w = s.lower(k);
      if (w.equals("zowel")) {
        return k;
      }
      if (w.equals("als") || w.equals(".") || w.equals(";") || w.equals(":")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * als after zo, even, dezelfde (up to three words before it in its stretch) compares, and is
   * "as" also before a clause: even lang als de leiders verwachten → as long as the leaders expect.
   * The index of the comparing word, or -1.
   */
  private static int asComparison(Slots s, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (s.isBreak(k)) {
        return -1;
      }
      if (AS_WORDS.contains(s.lower(k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean afterComparative(Slots s, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      Token t = s.token(k);
      if (t.tag() != null && t.tag().contains(":VGR") || COMPARATIVE_WORDS.contains(s.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * om opens a to-infinitive: the analysis makes it the marker of an infinitive (om … te), and a te
   * follows before the next punctuation; om as a preposition (om de hoek) keeps its sense.
   */
  private static boolean toInfinitiveFollows(Slots s, int i) {
    for (int k = i + 1; k < s.size() && !s.endsStretch(k); k++) {
      if (s.lower(k).equals("te")) {
        return true;
      }
    }
    return false;
  }

  private static boolean pluralNounFollows(Slots s, int k) {
    while (k < s.size() && s.token(k).pos() == PartOfSpeech.ADJECTIVE) {
      k++;
    }
    return k < s.size() && s.token(k).tag() != null && s.token(k).tag().startsWith("ZNW:MRV");
  }

  private static boolean finiteVerbFollows(Slots s, int i) {
    for (int k = i + 1; k < s.size(); k++) {
      boolean inPhrase = s.origin[k] != null && s.origin[k].startsWith("phrase:");
      if (!inPhrase && s.endsStretch(k)) {
        break;
      }
      Token t = s.token(k);
      if (t.tag() != null && t.tag().startsWith("WKW") && DutchForm.of(t.tag()).isFiniteVerb()) {
        return true;
      }
    }
    return false;
  }

  /** ze/zij next to a plural verb form (staan ze, ze kochten) mean "they". */
  private static boolean pluralVerbNear(Slots s, int i) {
    if (i > 0 && isPluralVerb(s.token(i - 1))) {
      return true; // staan ze
    }
    // the first verb after it in its clause: ze kochten, dan ze gewend zijn
    for (int k = i + 1; k < s.size() && k <= i + 6 && !s.endsStretch(k); k++) {
      Token t = s.token(k);
      if (t.pos() == PartOfSpeech.VERB && !(t.tag() != null && t.tag().startsWith("WKW:VTD"))) {
        return isPluralVerb(t);
      }
    }
    return false;
  }

  private static boolean isPluralVerb(Token t) {
    String tag = t.tag();
    return tag != null && (tag.startsWith("WKW:TGW:INF") || tag.startsWith("WKW:VLT:INF"));
  }

  private static boolean hasPassive(Slots s) {
    boolean worden = false;
    boolean participle = false;
    for (Token t : s.tokens) {
      worden |= t.lemma().equalsIgnoreCase("worden");
      participle |= t.tag() != null && t.tag().startsWith("WKW:VTD");
    }
    return worden && participle;
  }

  static final String RANGE = "range";
  static final String PARTICLE = "modal-particle";
  static final String DURATION = "duration";

  /** Nouns of a length of time, singular and plural (al drie weken, al jaren). */
  private static final Set<String> DURATION_NOUNS = Set.of(
      "jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "uren", "eeuw", "eeuwen",
      "decennium", "decennia", "minuut", "minuten", "tijdje", "seizoen", "seizoenen");

  /**
   * A length of time from {@code k}: a number, numeral or a few words (een, ruim, meer dan, bijna)
   * and then a noun of time (drie weken, ruim een jaar, meer dan tien jaar), or such a noun in the
   * plural straight away (jaren, maanden).
   */
  private static boolean durationFollows(Slots s, int k) {
    for (int steps = 0; k < s.size() && steps < 4 && !s.isBreak(k); k++, steps++) {
      if (DURATION_NOUNS.contains(s.lower(k))) {
        return steps > 0 || s.lower(k).endsWith("en") || s.lower(k).equals("decennia");
      }
      boolean quantity = isNumber(s.token(k)) || s.lower(k).matches("een|ruim|bijna|meer|dan|ongeveer|zo'n|enkele|twee|drie|vier|vijf|tien|twintig|dertig|honderd");
      if (!quantity) {
        return false;
      }
    }
    return false;
  }
  static final String NOT_A_TIME = "tot-not-a-time";

  /** Nouns and adverbs of time: tot before them is until (tot het einde, tot morgen). */
  private static final Set<String> TIME_WORDS = Set.of(
      "nu", "dan", "toen", "morgen", "vandaag", "gisteren", "heden", "overmorgen", "vanavond", "straks", "later",
      "jaar", "maand", "week", "dag", "nacht", "avond", "ochtend", "middag", "namiddag", "weekend",
      "zomer", "winter", "lente", "herfst", "voorjaar", "najaar", "eeuw", "decennium", "uur", "minuut", "seconde",
      "eind", "einde", "begin", "aanvang", "midden", "moment", "ogenblik", "tijd", "periode", "seizoen", "kwartaal",
      "dood", "pensioen", "vakantie", "deadline", "jaareinde", "jaren", "kerst", "pasen");
  /** Days, months and parts of a day; a word ending in one is a time too (zondagavond, voorjaarsvakantie). */
  private static final java.util.List<String> TIME_ENDINGS = java.util.List.of(
      "dag", "avond", "ochtend", "middag", "nacht", "week", "maand", "jaar", "januari", "februari", "maart", "april",
      "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "zomer", "winter", "vakantie");

  /**
   * Whether a time follows from {@code k} on: a date or clock time, a year, or (after articles,
   * adjectives and numbers) a noun or adverb of time.
   */
  private static boolean timeAhead(Slots s, int k) {
    for (; k < s.size() && !s.isBreak(k); k++) {
      Token t = s.token(k);
      String o = s.origin[k];
      if (o != null && (o.equals("date") || o.equals("time"))) {
        return true;
      }
      if (t.pos() == PartOfSpeech.NUMBER || t.upos() == io.nlbrief.parser.UPos.NUM) {
        if (s.lower(k).matches("1[0-9]{3}|20[0-9]{2}")) {
          return true; // tot 2010
        }
        continue; // tot drie weken, tot 5 procent: the noun after it decides
      }
      if (t.pos() == PartOfSpeech.DETERMINER || t.pos() == PartOfSpeech.ADJECTIVE || t.pos() == PartOfSpeech.NUMERAL
          || s.lower(k).equals("het") || s.lower(k).equals("de")) {
        continue;
      }
      String lemma = s.lemmaLower(k);
      if (TIME_WORDS.contains(s.lower(k)) || TIME_WORDS.contains(lemma)) {
        return true;
      }
      for (String e : TIME_ENDINGS) {
        if (lemma.endsWith(e) || s.lower(k).endsWith(e)) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * {@code van X tot Y}, a range: the index of tot when one to three words after van it stands
   * before a word of the same kind as the one after van (numbers, or words whose English is
   * capitalised, names, days and months: van maandag tot vrijdag), with no punctuation between;
   * else -1.
   */
  private static int rangeEnd(Slots s, int van) {
    if (van + 1 >= s.size()) {
      return -1;
    }
    // an article before either end is no part of what is named (van de Noordzee tot de Alpen)
    int from = isArticle(s, van + 1) ? van + 2 : van + 1;
    for (int k = from + 1; k <= from + 3 && k + 1 < s.size(); k++) {
      if (s.isBreak(k)) {
        return -1;
      }
      if (s.lower(k).equals("tot")) {
        int to = isArticle(s, k + 1) && k + 2 < s.size() ? k + 2 : k + 1;
        boolean numbers = isNumberLike(s, from) && isNumberLike(s, to);
        // names, days and months: words whose English is capitalised (van maandag tot vrijdag)
        boolean names = capitalised(s.english[from]) && capitalised(s.english[to]);
        return numbers || names ? k : -1;
      }
    }
    return -1;
  }

  private static boolean isArticle(Slots s, int k) {
    String w = s.lower(k);
    return w.equals("de") || w.equals("het");
  }

  /** The English's last word is capitalised (Monday, also in "on Monday", which said-once trims after van). */
  private static boolean capitalised(String english) {
    if (english == null || english.isEmpty()) {
      return false;
    }
    return Character.isUpperCase(english.charAt(english.lastIndexOf(' ') + 1));
  }

  private static boolean isNumberLike(Slots s, int k) {
    String o = s.origin[k];
    return isNumber(s.token(k)) || o != null && (o.equals("number") || o.equals("date") || o.equals("time"));
  }

  /** A number or numeral by the tagger, or by the analysis where the tagger read a verb (acht: achten). */
  private static boolean isNumber(Token t) {
    return t.pos() == PartOfSpeech.NUMBER || t.pos() == PartOfSpeech.NUMERAL || t.upos() == io.nlbrief.parser.UPos.NUM;
  }

  private static Token next(Slots s, int i) {
    return i + 1 < s.size() ? s.token(i + 1) : null;
  }
}
