package io.nlbrief.summarizer.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Seeds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of both seed articles with its gloss line, each checked by hand against the Dutch:
 * a regression in any rule or entry shows here. The lines are word-by-word glosses, in Dutch word
 * order, not translations; what they still get wrong is listed in the comments, so that a fix
 * updates the expectation knowingly.
 */
class SeedGlossTest {
  private static final ArticleParser PARSER = ArticleParser.create(ParseOptions.defaults());
  private static final Glosser GLOSSER = new Glosser(Glossary.defaultGlossary());

  private record Pair(String dutch, String english) {}

  private static Pair pair(String dutch, String english) {
    return new Pair(dutch, english);
  }

  private static void check(String seed, List<Pair> expected) throws Exception {
    Article article = PARSER.parse(Seeds.path(seed), seed);
    List<Pair> actual = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      actual.add(pair(s.text(), GLOSSER.gloss(s).literal()));
    }
    assertEquals(expected.size(), actual.size(), "sentences of " + seed);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), seed + " sentence " + i);
    }
  }

  // The literal layout: the word-by-word line in Dutch order, as the gloss was before the English
  // rendering (SeedEnglishTest has the lines the rendering gets right). Known weak spots, left as they are: "ervan" before an infinitive clause (of it), the Dutch
  // verb-final order, "wel" (well), "cost" for "kosten" tagged as a
  // verb,
  // "been are" for "geweest zijn".
  @Test
  void natoSeed() throws Exception {
    check(Seeds.SEED_000, List.of(
      pair("De NAVO stuurt zeven Russische diplomaten weg.",
          "NATO sends away seven Russian diplomats."),
      pair("Hun accreditatie bij het westerse bondgenootschap wordt ingetrokken en die van drie anderen geweigerd.",
          "Their accreditation at the Western alliance is withdrawn and that of three others refused."),
      pair("De permanente missie van Rusland bij de NAVO mag nog maximaal uit twintig mensen bestaan, tien minder dan nu het geval is.",
          "The permanent mission of Russia at NATO may still maximum of twenty people consist, ten fewer than now is the case."),
      pair("Rusland beschuldigt intussen Washington ervan andere landen onder druk te zetten om massaal diplomaten uit te zetten.",
          "Russia accuses meanwhile Washington of it other countries to put under pressure massive diplomats to expel."),
      pair("NAVO-topman Jens Stoltenberg maakte de maatregel vandaag bekend.",
          "NATO chief Jens Stoltenberg announced the measure today."),
      pair("Die is een reactie op de aanslag met zenuwgas op een voormalige dubbelspion in het Engelse Salisbury waar Moskou verantwoordelijk voor wordt gehouden.",
          "That is a reaction to the attack with nerve gas on a former double agent in the English Salisbury where Moscow responsible for is held."),
      pair(",,Een roekeloze schending van de internationale normen'', aldus de Noor.",
          "\"A reckless violation of the international standards\", according to the Norwegian."),
      pair("Hij hekelde het gebrek aan een ,,constructieve'' reactie uit het Kremlin op de aanslag.",
          "He criticised the lack of a \"constructive\" reaction from the Kremlin to the attack."),
      pair(",,Dit stuurt een duidelijk signaal aan Rusland dat er kosten en gevolgen zitten aan zijn onacceptabele en gevaarlijke gedragspatroon.''",
          "\"This sends a clear signal to Russia that there costs and consequences sit to its unacceptable and dangerous behaviour pattern.\""),
      pair("Volgens Stoltenberg zal het Russische inlichtingenwerk in NAVO-landen met de uitwijzing moeilijker worden.",
          "According to Stoltenberg will the Russian intelligence work in NATO countries with the expulsion more difficult become."),
      pair("Maandag besloten de VS, Canada en een groot aantal EU-landen, waaronder Nederland, om Russische diplomaten uit te zetten.",
          "On Monday decided the US, Canada and a large number of EU countries, including the Netherlands, Russian diplomats to expel."),
      pair("Meer dan 25 NAVO-lidstaten en -bondgenoten hebben inmiddels in totaal ruim 140 Russische diplomaten uitgezet.",
          "More than 25 NATO member states and allies have meanwhile in total over 140 Russian diplomats expelled."),
      pair("De NAVO blijft evengoed vasthouden aan een benadering van afschrikking én dialoog met Moskou.",
          "NATO remains nevertheless stick to an approach of deterrence and dialogue with Moscow."),
      pair("Rusland en de NAVO werken sinds begin jaren negentig samen, onder meer op het vlak van terrorismebestrijding.",
          "Russia and NATO cooperate since the early nineties, among other things in the field of counter-terrorism."),
      pair("Ook in Afghanistan wordt samengewerkt.",
          "Also in Afghanistan is cooperated."),
      pair("Sinds de Russische inlijving van de Krim in 2014 is het politieke overleg in de NAVO-Ruslandraad op een lager pitje gezet.",
          "Since the Russian annexation of Crimea in 2014 is the political consultation in the NATO-Russia Council put on the back burner."),
      pair("Er wordt wel weer een nieuwe bijeenkomst gepland, aldus Stoltenberg.",
          "There is again a new meeting planned, according to Stoltenberg."),
      pair("Rusland beschuldigt Washington ervan andere landen onder druk te zetten om massaal diplomaten uit te zetten.",
          "Russia accuses Washington of it other countries to put under pressure massive diplomats to expel."),
      pair("Meer dan 20 westerse landen zetten maandag en dinsdag meer dan honderd diplomaten uit.",
          "More than 20 Western countries expel on Monday and Tuesday more than a hundred diplomats."),
      pair("De Russische minister van Buitenlandse Zaken Sergej Lavrov zei dat er nog maar ,,weinig onafhankelijke landen'' over zijn in Europa.",
          "The Russian minister of Foreign Affairs Sergej Lavrov said that there only \"few independent countries\" are left in Europe."),
      pair(",,Als een of twee diplomaten worden uitgezet uit een land, dat ondertussen verontschuldigingen in ons oor fluistert, weten we zeker dat dit het gevolg is van kolossale druk, kolossale chantage, wat jammer genoeg nu het belangrijkste middel van de VS op internationaal gebied is'', citeert de BBC.",
          "\"If one or two diplomats are expelled out of a country, which meanwhile apologies in our ear whispers, know we for sure that this the consequence is of colossal pressure, colossal blackmail, which unfortunately now the most important means of the US internationally is\", quotes the BBC.")));
  }

  @Test
  void ministersSeed() throws Exception {
    check(Seeds.SEED_003, List.of(
      pair("De ministers van Buitenlandse Zaken van de NAVO-lidstaten hebben op hun tweedaagse top in Brussel hun toon tegen Rusland nog wat verder verscherpt.",
          "The ministers of Foreign Affairs of the NATO member states have at their two-day summit in Brussels their tone against Russia a little further tightened."),
      pair("Tijdens de afsluitende persconferentie had NAVO-secretaris-generaal Jens Stoltenberg het over het 'repressieve' gedrag van de Russen in eigen land en het 'agressieve' gedrag in het buitenland.",
          "During the closing press conference talked NATO secretary-general Jens Stoltenberg about the 'repressive' behaviour of the Russians at home and the 'aggressive' behaviour abroad."),
      pair("'We zien dat de oppositie in Rusland met geweld wordt neergeslagen', zei Stoltenberg.",
          "'We see that the opposition in Russia by force is knocked down', said Stoltenberg."),
      pair("Hij vroeg daarom de vrijlating van Kremlincriticus Aleksej Navalny, die momenteel 2,5 jaar gevangenis uitzit voor een zaak die volgens Navalny politiek geïnspireerd is.",
          "He asked for therefore the release of Kremlin critic Aleksej Navalny, who currently 2.5 years in prison serves for a case that according to Navalny political inspired is."),
      pair("Ook de mensen die werden opgepakt tijdens vreedzame betogingen moeten vrijgelaten worden, vindt het bondgenootschap.",
          "Also the people who were arrested during peaceful demonstrations must released be, thinks the alliance."),
      pair("Maar ook de Russische activiteiten in het buitenland werden veroordeeld.",
          "But also the Russian activities abroad were condemned."),
      pair("'De buurlanden van Rusland worden ondermijnd en gedestabiliseerd', zei Stoltenberg, die Oekraïne, Georgië en Moldavië als voorbeelden gaf.",
          "'The neighbouring countries of Russia are undermined and destabilised', said Stoltenberg, who Ukraine, Georgia and Moldova as examples gave."),
      pair("Daarnaast zijn er de Russische bemoeienissen in Wit-Rusland en in de westelijke Balkan.",
          "In addition are there the Russian interferences in Belarus and in the western Balkans."),
      pair("Ook zorgwekkend voor de NAVO-lidstaten is het feit dat Moskou zich militair verder ontwikkelt, van de Baltische tot de Zwarte Zee, in het Midden-Oosten en Noord-Afrika, in de Middellandse Zee en in de Noordpool.",
          "Also worrying for the NATO member states is the fact that Moscow military further develops, from the Baltic to the Black Sea, in the Middle East and North Africa, in the Mediterranean and in the Arctic."),
      pair("Tot slot hekelen de bondgenoten ook de desinformatie- en propagandacampagnes die Rusland uitvoert, zijn inspanningen om verkiezingen te beïnvloeden en de cyberaanvallen op verschillende westerse landen.",
          "Finally criticise the allies also the disinformation and propaganda campaigns that Russia carries out, its efforts elections to influence and the cyberattacks on various Western countries."),
      pair("Tegelijk gaf Stoltenberg aan open te blijven staan voor dialoog met de Russen, maar in de vragenronde moest hij toegeven dat de uitnodigingen voor de NAVO-Rusland-Raad al bijna twee jaar niet beantwoord worden door Moskou.",
          "At the same time indicated Stoltenberg open to remain stand for dialogue with the Russians, but in the round of questions had to he admit that the invitations for the NATO-Russia Council for almost two years not answered are by Moscow."),
      pair("'Dit platform voor dialoog tussen de verschillende partners is sinds de zomer van 2016 al tien keer samengekomen, maar het is inderdaad zo dat er sinds de zomer van 2019 geen nieuwe ontmoetingen meer geweest zijn', zei Stoltenberg.",
          "'This platform for dialogue between the various partners is since the summer of 2016 already ten times met, but it is indeed so that there since the summer of 2019 no more new meetings been are', said Stoltenberg."),
      pair("'Jammer genoeg gaat Rusland niet in op de uitnodiging, maar we blijven geloven in dialoog.'",
          "'Unfortunately responds Russia not to the invitation, but we remain believe in dialogue.'"),
      pair("De buitenlandministers van de dertig bondgenoten, aangevuld met hun ambtgenoten uit Zweden, Finland en de Europese Unie bespraken woensdagvoormiddag in een fysieke vergadering onder meer de relatie met Rusland.",
          "The foreign ministers of the thirty allies, supplemented with their counterparts from Sweden, Finland and the European Union discussed on Wednesday morning in a physical meeting among other things the relationship with Russia.")));
  }
}
