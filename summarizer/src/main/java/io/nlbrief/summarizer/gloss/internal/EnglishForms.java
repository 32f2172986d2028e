package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.WordLists;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English inflection: regular rules plus the tables of irregular forms in the glossary folder
 * ({@code english-verbs.tsv}, {@code english-nouns.tsv}, {@code english-adjectives.tsv}).
 * Immutable; one instance per process is enough.
 */
public final class EnglishForms {
  private static final String VOWELS = "aeiou";

  private final Map<String, String[]> verbs;
  private final Map<String, String> plurals;
  private final Map<String, String[]> comparisons;

  private EnglishForms(Map<String, String[]> verbs, Map<String, String> plurals, Map<String, String[]> comparisons) {
    this.verbs = verbs;
    this.plurals = plurals;
    this.comparisons = comparisons;
  }

  public static EnglishForms load() {
    Map<String, String[]> verbs = new HashMap<>();
    read("english-verbs.tsv", 5, cols -> verbs.putIfAbsent(cols[0], cols));
    Map<String, String> plurals = new HashMap<>();
    read("english-nouns.tsv", 2, cols -> plurals.putIfAbsent(cols[0], cols[1]));
    Map<String, String[]> comparisons = new HashMap<>();
    read("english-adjectives.tsv", 3, cols -> comparisons.putIfAbsent(cols[0], cols));
    return new EnglishForms(verbs, plurals, comparisons);
  }

  /** The rows of one shipped table, read by the parser's one word-list reader (its comment rule). */
  private static void read(String name, int columns, java.util.function.Consumer<String[]> sink) {
    for (String row : WordLists.resource(EnglishForms.class, GlossaryFiles.RESOURCE_DIR + name)) {
      String[] cols = row.split("\t");
      if (cols.length != columns) {
        throw new IllegalStateException(name + ": expected " + columns + " columns: " + row);
      }
      sink.accept(cols);
    }
  }

  // ---- verbs: the first word of a sense is inflected ("send away" -> "sends away") ----

  public String thirdPerson(String verb) {
    return inflectFirst(verb, this::thirdPersonWord);
  }

  public String past(String verb) {
    return inflectFirst(verb, this::pastWord);
  }

  public String pastParticiple(String verb) {
    return inflectFirst(verb, this::participleWord);
  }

  public String presentParticiple(String verb) {
    return inflectFirst(verb, this::ingWord);
  }

  private String thirdPersonWord(String v) {
    String[] irr = verbs.get(v);
    if (irr != null && !irr[1].equals("-")) {
      return irr[1];
    }
    return sibilantOrY(v);
  }

  private String pastWord(String v) {
    String[] irr = verbs.get(v);
    if (irr != null && !irr[2].equals("-")) {
      return irr[2];
    }
    return regularPast(v);
  }

  private String participleWord(String v) {
    String[] irr = verbs.get(v);
    if (irr != null) {
      if (!irr[3].equals("-")) {
        return irr[3];
      }
      if (!irr[2].equals("-")) {
        return irr[2];
      }
    }
    return regularPast(v);
  }

  private String ingWord(String v) {
    String[] irr = verbs.get(v);
    if (irr != null && !irr[4].equals("-")) {
      return irr[4];
    }
    if (v.endsWith("ie")) {
      return v.substring(0, v.length() - 2) + "ying";
    }
    if (v.endsWith("e") && !v.endsWith("ee") && !v.endsWith("ye") && !v.endsWith("oe") && v.length() > 2) {
      return v.substring(0, v.length() - 1) + "ing";
    }
    if (doublesFinal(v)) {
      return v + v.charAt(v.length() - 1) + "ing";
    }
    return v + "ing";
  }

  private String regularPast(String v) {
    if (v.endsWith("e")) {
      return v + "d";
    }
    if (endsInConsonantY(v)) {
      return v.substring(0, v.length() - 1) + "ied";
    }
    if (doublesFinal(v)) {
      return v + v.charAt(v.length() - 1) + "ed";
    }
    return v + "ed";
  }

  /** One syllable ending consonant-vowel-consonant (not w, x, y): stop → stopped, plan → planned. */
  private static boolean doublesFinal(String v) {
    int n = v.length();
    if (n < 3 || syllables(v) != 1) {
      return false;
    }
    char c3 = v.charAt(n - 1);
    char v2 = v.charAt(n - 2);
    char c1 = v.charAt(n - 3);
    return !isVowel(c3) && "wxy".indexOf(c3) < 0 && isVowel(v2) && !isVowel(c1);
  }

  private static int syllables(String w) {
    int groups = vowelGroups(w);
    // a silent final e (large, close) is no syllable of its own; -le after a consonant is (simple)
    if (groups > 1 && w.endsWith("e") && !w.endsWith("ee") && !(w.endsWith("le") && w.length() > 2
        && !isVowel(w.charAt(w.length() - 3)))) {
      groups--;
    }
    return groups;
  }

  private static int vowelGroups(String w) {
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < w.length(); i++) {
      boolean v = isVowel(w.charAt(i)) || (w.charAt(i) == 'y' && i > 0);
      if (v && !inVowel) {
        groups++;
      }
      inVowel = v;
    }
    return groups;
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }

  private static boolean endsInConsonantY(String w) {
    return w.length() > 1 && w.endsWith("y") && !isVowel(w.charAt(w.length() - 2));
  }

  private static String sibilantOrY(String w) {
    if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")
        || (w.endsWith("o") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2)))) {
      return w + "es";
    }
    if (endsInConsonantY(w)) {
      return w.substring(0, w.length() - 1) + "ies";
    }
    return w + "s";
  }

  private static String inflectFirst(String phrase, java.util.function.UnaryOperator<String> f) {
    int sp = phrase.indexOf(' ');
    String first = sp < 0 ? phrase : phrase.substring(0, sp);
    String rest = sp < 0 ? "" : phrase.substring(sp);
    if (!first.chars().allMatch(Character::isLetter) || !first.equals(first.toLowerCase(Locale.ROOT))) {
      return phrase;
    }
    return f.apply(first) + rest;
  }

  // ---- nouns: the head is inflected ("head of state" -> "heads of state", "news agency" -> "news agencies") ----

  public String plural(String noun) {
    int of = noun.indexOf(" of ");
    if (of > 0) {
      return plural(noun.substring(0, of)) + noun.substring(of);
    }
    int sp = noun.lastIndexOf(' ');
    String head = sp < 0 ? noun : noun.substring(sp + 1);
    String before = sp < 0 ? "" : noun.substring(0, sp + 1);
    int hy = head.lastIndexOf('-');
    if (hy > 0) {
      before = before + head.substring(0, hy + 1);
      head = head.substring(hy + 1);
    }
    if (head.isEmpty() || !head.chars().allMatch(Character::isLetter)) {
      return noun;
    }
    String lower = head.toLowerCase(Locale.ROOT);
    String irr = plurals.get(lower);
    if (irr != null) {
      return before + (Character.isUpperCase(head.charAt(0)) ? capitalise(irr) : irr);
    }
    if (lower.endsWith("man") && lower.length() > 3 && !lower.endsWith("human") && !lower.endsWith("german")) {
      return before + head.substring(0, head.length() - 3) + "men"; // chairman, spokesman
    }
    if (lower.endsWith("ss") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
        || lower.endsWith("sh") || lower.endsWith("us") && lower.length() > 4) {
      return before + head + "es";
    }
    if (endsInConsonantY(lower)) {
      return before + head.substring(0, head.length() - 1) + "ies";
    }
    if (lower.endsWith("s") && !lower.endsWith("ss")) {
      return noun; // already looks plural (news, politics, arms)
    }
    return before + head + "s";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---- adjectives ----

  public String comparative(String adj) {
    String[] irr = comparisons.get(adj);
    if (irr != null) {
      return irr[1];
    }
    if (adj.contains(" ") || !adj.chars().allMatch(Character::isLetter)) {
      return "more " + adj;
    }
    if (syllables(adj) == 1) {
      return suffixed(adj, "er");
    }
    if (syllables(adj) == 2 && endsInConsonantY(adj)) {
      return adj.substring(0, adj.length() - 1) + "ier";
    }
    return "more " + adj;
  }

  public String superlative(String adj) {
    String[] irr = comparisons.get(adj);
    if (irr != null) {
      return irr[2];
    }
    if (adj.contains(" ") || !adj.chars().allMatch(Character::isLetter)) {
      return "most " + adj;
    }
    if (syllables(adj) == 1) {
      return suffixed(adj, "est");
    }
    if (syllables(adj) == 2 && endsInConsonantY(adj)) {
      return adj.substring(0, adj.length() - 1) + "iest";
    }
    return "most " + adj;
  }

  private static String suffixed(String adj, String suffix) {
    if (adj.endsWith("e")) {
      return adj + suffix.substring(1);
    }
    if (endsInConsonantY(adj)) {
      return adj.substring(0, adj.length() - 1) + "i" + suffix;
    }
    if (doublesFinal(adj)) {
      return adj + adj.charAt(adj.length() - 1) + suffix;
    }
    return adj + suffix;
  }
}
