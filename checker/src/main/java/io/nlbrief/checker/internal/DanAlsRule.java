package io.nlbrief.checker.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code als} after a comparative where standard Dutch writes {@code dan}: {@code groter als zijn
 * broer}. Only when what follows {@code als} is what a comparison compares with (a determiner, a
 * pronoun, a number, a name or a participle such as {@code verwacht}); {@code eerder als
 * journalist} (als = in the role of) stays clean.
 */
public final class DanAlsRule implements OwnRule {
  public static final String ID = "NLBRIEF_DAN_ALS";
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final Set<PartOfSpeech> COMPARED = Set.of(
      PartOfSpeech.DETERMINER, PartOfSpeech.PRONOUN, PartOfSpeech.NUMERAL, PartOfSpeech.NUMBER, PartOfSpeech.PROPER_NOUN);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String categoryId() {
    return "GRAMMAR";
  }

  @Override
  public List<Match> match(Sentence sentence, WordTags tags) {
    List<Token> words = sentence.tokens();
    List<Match> out = new ArrayList<>();
    for (int i = 0; i + 2 < words.size(); i++) {
      Token comparative = words.get(i);
      Token als = words.get(i + 1);
      Token next = words.get(i + 2);
      if (!"als".equals(als.text().toLowerCase(DUTCH)) || !isComparative(comparative, words, i)) {
        continue;
      }
      boolean compared = COMPARED.contains(next.pos())
          || next.readings().stream().anyMatch(r -> r.tag() != null && (r.tag().startsWith("VNW") || r.tag().startsWith("TEL")))
          || (next.tag() != null && next.tag().startsWith("WKW:VTD"))
          || "ooit".equalsIgnoreCase(next.text()) || "vroeger".equalsIgnoreCase(next.text());
      // "beter als je komt": als opens a condition, whose subject is followed by its verb.
      boolean condition = next.tag() != null && next.tag().startsWith("VNW:PER") && verbFollows(words, i + 3);
      if (compared && !condition) {
        out.add(new Match(ID, "'dan' na een vergrotende trap", "GRAMMAR", "Grammatica", "grammar", false,
            "Na een vergrotende trap ('" + comparative.text() + "') schrijft men 'dan', niet 'als'.", "dan, niet als",
            als.span().start(), als.span().end(), List.of(Character.isUpperCase(als.text().charAt(0)) ? "Dan" : "dan")));
      }
    }
    return out;
  }

  private static boolean verbFollows(List<Token> words, int from) {
    for (int j = from; j < words.size() && words.get(j).isWord(); j++) {
      if (words.get(j).readings().stream().anyMatch(r -> r.tag() != null && r.tag().startsWith("WKW:TGW"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isComparative(Token token, List<Token> words, int at) {
    String tag = token.tag();
    if (tag == null) {
      return false;
    }
    String lower = token.text().toLowerCase(DUTCH);
    if (lower.equals("meer") || lower.equals("minder")) {
      // "meer als" in "niet meer als voorzitter" is "no longer as": only after a noun-less comparison.
      return at > 0 && words.get(at - 1).text().equalsIgnoreCase("veel");
    }
    return token.readings().stream().anyMatch(r -> r.tag() != null && r.tag().startsWith("BNW:VGR"))
        && !lower.equals("eerder") && !lower.equals("later");
  }
}
