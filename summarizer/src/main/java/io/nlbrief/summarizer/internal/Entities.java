package io.nlbrief.summarizer.internal;

import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import io.nlbrief.summarizer.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people, organisations and places an article names, from the parser's entity hints and
 * capitalisation: a name is a run of tokens that carry a hint, are proper nouns, or are capitalised
 * nouns inside a sentence ({@code Europese Unie}, {@code Zwarte Zee}). A nationality adjective
 * before a name ({@code het Engelse Salisbury}) is not part of it. A name without a type that
 * follows a preposition of place ({@code in}, {@code uit}, {@code naar}, {@code te}) within three
 * words is a place. A one-word mention that ends a longer person name ({@code Stoltenberg} after
 * {@code Jens Stoltenberg}) counts for that person.
 */
public final class Entities {
  static final int LIMIT = 20;
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "uit", "naar", "te", "nabij", "rond");
  private static final Set<String> COMPOUND_HEADS = Set.of("raad", "partij", "commissie", "ministerie", "bond");
  private static final Set<String> ORGANISATION_HEADS = WordList.load("/io/nlbrief/summarizer/organisation-heads.txt");

  private Entities() {}

  public static List<Entity> of(Analysis analysis) {
    Tally tally = new Tally();
    for (Sentence s : analysis.sentences()) {
      tally.add(s.tokens(), 0);
    }
    return tally.entities();
  }

  /**
   * The mentions of an article gathered a sentence at a time, in text order (an article's parts one
   * after the other gather as the whole): grouped by name as they come, so what is kept is one
   * group per distinct name, not the mentions or the tokens. Not thread-safe.
   */
  public static final class Tally {
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Mention> sentence = new ArrayList<>();

    /** The tokens of one sentence; {@code offset} is where their spans' text stands in the whole article's. */
    public void add(List<Token> tokens, int offset) {
      sentence.clear();
      mentions(tokens, sentence);
      for (Mention m : sentence) {
        groups.computeIfAbsent(m.name, Group::new).add(m.start + offset, m.type);
      }
    }

    /** The names gathered, surnames counted for the full names they end, most mentioned first. */
    public List<Entity> entities() {
      Map<String, Group> merged = new LinkedHashMap<>();
      groups.forEach((name, g) -> merged.put(name, g.copy()));
      // Surnames to full names: the longest multi-word person name ending in that word. Indexed by
      // last word, so a book with thousands of names stays linear.
      Map<String, Group> fullNameByLastWord = new java.util.HashMap<>();
      for (Group g : merged.values()) {
        int space = g.name.lastIndexOf(' ');
        if (space > 0 && g.type() == EntityType.PERSON) {
          fullNameByLastWord.merge(g.name.substring(space + 1), g, (x, y) -> y.name.length() > x.name.length() ? y : x);
        }
      }
      for (Group single : new ArrayList<>(merged.values())) {
        Group full = single.name.contains(" ") ? null : fullNameByLastWord.get(single.name);
        if (full != null) {
          full.absorb(single);
          merged.remove(single.name);
        }
      }
      List<Group> sorted = new ArrayList<>(merged.values());
      sorted.sort(Comparator.comparingInt((Group g) -> -g.count).thenComparingInt(g -> g.first));
      List<Entity> result = new ArrayList<>();
      for (Group g : sorted.subList(0, Math.min(LIMIT, sorted.size()))) {
        result.add(new Entity(g.name, g.type(), g.count, g.forms));
      }
      return List.copyOf(result);
    }
  }

  private static void mentions(List<Token> tokens, List<Mention> out) {
    int i = 0;
    while (i < tokens.size()) {
      if (!isNamePart(tokens, i)) {
        i++;
        continue;
      }
      int j = i + 1;
      // "Kremlincriticus Aleksej Navalny": a title before a person's name is not part of it.
      while (j < tokens.size() && isNamePart(tokens, j)
          && !(tokens.get(j).entity() == EntityType.PERSON && tokens.get(j - 1).entity() != EntityType.PERSON)) {
        j++;
      }
      StringBuilder name = new StringBuilder();
      Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
      for (int k = i; k < j; k++) {
        Token t = tokens.get(k);
        name.append(k > i ? " " : "").append(t.text());
        if (t.entity() != null && t.entity() != EntityType.OTHER) {
          votes.merge(t.entity(), 1, Integer::sum);
        }
      }
      EntityType type = votes.entrySet().stream()
          .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
          .map(Map.Entry::getKey)
          .orElse(afterPlacePreposition(tokens, i) ? EntityType.PLACE : EntityType.OTHER);
      if (type != EntityType.PERSON && hasOrganisationHead(tokens.get(j - 1).text())) {
        type = EntityType.ORGANISATION;
      }
      out.add(new Mention(name.toString(), type, tokens.get(i).span().start()));
      i = j;
    }
  }

  private static boolean isNamePart(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String text = t.text();
    if (!t.isWord() || text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))
        || StopWords.contains(text.toLowerCase(Locale.ROOT)) || text.endsWith("-")) {
      return false;
    }
    // "NAVO-landen", "EU-lidstaten": a common noun with a name in it, unlike "Wit-Rusland".
    int hyphen = text.lastIndexOf('-');
    if (hyphen > 0 && hyphen + 1 < text.length() && Character.isLowerCase(text.codePointAt(hyphen + 1))) {
      return false;
    }
    boolean next = i + 1 < tokens.size() && isCapitalisedWord(tokens.get(i + 1));
    // "het Engelse Salisbury", "de Russische Lavrov": an adjective of nationality before a name.
    if ((text.endsWith("se") || text.endsWith("sche")) && next && t.entity() != EntityType.ORGANISATION) {
      Token following = tokens.get(i + 1);
      if (following.entity() != null || following.pos() == PartOfSpeech.PROPER_NOUN) {
        return false;
      }
    }
    if (t.entity() != null || t.pos() == PartOfSpeech.PROPER_NOUN) {
      return true;
    }
    boolean sentenceStart = i == 0 || (i == 1 && !tokens.get(0).isWord());
    if (sentenceStart) {
      return false;
    }
    if (t.pos() == PartOfSpeech.NOUN || !t.isKnown()) {
      return true;
    }
    // A capitalised adjective inside a name: "Europese Unie", "Zwarte Zee".
    return t.pos() == PartOfSpeech.ADJECTIVE && next && tokens.get(i + 1).pos() == PartOfSpeech.NOUN;
  }

  /**
   * Dutch names are right-headed, so the last word (or the end of a compound) says what kind of
   * thing is named: {@code Buitenlandse Zaken}, {@code NAVO-Ruslandraad} are bodies, not places,
   * whatever place names they contain.
   */
  static boolean hasOrganisationHead(String lastWord) {
    String word = lastWord.toLowerCase(Locale.ROOT);
    String part = word.substring(word.lastIndexOf('-') + 1);
    if (ORGANISATION_HEADS.contains(part)) {
      return true;
    }
    // Closed compounds only on heads no place name ends in ("Westbank" is a place).
    for (String head : COMPOUND_HEADS) {
      if (part.endsWith(head) && part.length() - head.length() >= 3) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCapitalisedWord(Token t) {
    return t.isWord() && !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
  }

  private static boolean afterPlacePreposition(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (PLACE_PREPOSITIONS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private record Mention(String name, EntityType type, int start) {}

  private static final class Group {
    final String name;
    final List<String> forms = new ArrayList<>();
    final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    int count;
    int first = Integer.MAX_VALUE;

    Group(String name) {
      this.name = name;
      forms.add(name);
    }

    void add(int start, EntityType type) {
      count++;
      first = Math.min(first, start);
      types.merge(type, 1, Integer::sum);
    }

    Group copy() {
      Group g = new Group(name);
      g.count = count;
      g.first = first;
      g.types.putAll(types);
      return g;
    }

    void absorb(Group other) {
      count += other.count;
      first = Math.min(first, other.first);
      other.types.forEach((t, c) -> types.merge(t, c, Integer::sum));
      forms.add(other.name);
    }

    EntityType type() {
      return types.entrySet().stream()
          .filter(e -> e.getKey() != EntityType.OTHER)
          .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
          .map(Map.Entry::getKey)
          .orElse(EntityType.OTHER);
    }
  }
}
