package io.nlbrief.checker.internal;

import java.lang.reflect.Field;
import java.text.Normalizer;
import java.util.AbstractList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import morfologik.stemming.DictionaryAttribute;
import morfologik.stemming.DictionaryMetadata;

/**
 * The speller's character comparison with each character's normal form looked up instead of
 * computed on every step of its suggestion search. Morfologik's {@code Speller.areEqual(x, y)},
 * asked millions of times per misspelled word, normalises both characters to NFD each time it
 * compares two different ones in a dictionary that ignores diacritics (as LanguageTool's Dutch
 * ones do): half of a warm check's CPU time on text with many unknown words. Its answer depends
 * only on the two characters and the dictionary's settings. So the dictionary's table of
 * equivalent characters (which {@code areEqual} asks first, and which nothing else reads) is
 * replaced by {@link Table}, which answers for the declared pairs and for every pair the
 * diacritic comparison accepts, from each character's first NFD character computed once; with
 * the diacritic flag then off, the speller asks the table alone and finds the same suggestions in
 * the same order ({@code SpellerCharEquivalenceTest} compares them with an untouched dictionary).
 */
final class SpellerCharEquivalence {
  private SpellerCharEquivalence() {}

  /**
   * Rewrites {@code metadata} so: once (a dictionary that does not ignore diacritics, or was done
   * before, is left alone). Must run before any search uses the dictionary, or while none can.
   *
   * @return whether the dictionary was rewritten now
   */
  static synchronized boolean apply(DictionaryMetadata metadata) throws ReflectiveOperationException {
    if (!metadata.isIgnoringDiacritics()) {
      return false;
    }
    Field equivalent = DictionaryMetadata.class.getDeclaredField("equivalentChars");
    Field flags = DictionaryMetadata.class.getDeclaredField("boolAttributes");
    equivalent.setAccessible(true);
    flags.setAccessible(true);
    equivalent.set(metadata, new Table(metadata.getEquivalentChars(), metadata.isConvertingCase()));
    @SuppressWarnings("unchecked")
    EnumMap<DictionaryAttribute, Boolean> bools = (EnumMap<DictionaryAttribute, Boolean>) flags.get(metadata);
    // Table first, flag second: in between, both ways of comparing give the same answers.
    bools.put(DictionaryAttribute.IGNORE_DIACRITICS, Boolean.FALSE);
    return true;
  }

  /**
   * For every character x, the characters y != x that {@code areEqual(x, y)} accepts with
   * diacritics ignored: those declared for x, and those whose first NFD character equals x's or,
   * with case conversion, is x's letter in the other case. Only {@code containsKey} and {@code
   * get(x).contains(y)} are meaningful, as {@code areEqual} uses them; it holds no entries.
   * Thread-safe: the normal forms are filled in racily but always with the same value.
   */
  static final class Table extends LinkedHashMap<Character, List<Character>> {
    private static final long serialVersionUID = 1L;
    /** Each character's first NFD character, plus one; 0 while not yet computed. */
    private final int[] base = new int[Character.MAX_VALUE + 1];
    private final char[][] declared = new char[Character.MAX_VALUE + 1][];
    private final boolean convertCase;
    private final Equivalents[] views = new Equivalents[Character.MAX_VALUE + 1];

    Table(Map<Character, List<Character>> declared, boolean convertCase) {
      this.convertCase = convertCase;
      if (declared != null) {
        declared.forEach((x, ys) -> {
          char[] chars = new char[ys.size()];
          for (int i = 0; i < chars.length; i++) {
            chars[i] = ys.get(i);
          }
          this.declared[x] = chars;
        });
      }
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof Character;
    }

    @Override
    public List<Character> get(Object key) {
      if (!(key instanceof Character c)) {
        return null;
      }
      Equivalents view = views[c];
      if (view == null) {
        view = new Equivalents(this, c);
        views[c] = view;
      }
      return view;
    }

    boolean equal(char x, char y) {
      char[] own = declared[x];
      if (own != null) {
        for (char d : own) {
          if (d == y) {
            return true;
          }
        }
      }
      return diacriticEqual(base(x), base(y), convertCase);
    }

    private char base(char c) {
      if (c < 0xC0) {
        // Below U+00C0 every character is its own NFD.
        return c;
      }
      int b = base[c];
      if (b == 0) {
        b = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).charAt(0) + 1;
        base[c] = b;
      }
      return (char) (b - 1);
    }
  }

  /** Morfologik 2.1.9's comparison of two characters' first NFD characters, as it is written. */
  private static boolean diacriticEqual(char xn, char yn, boolean convertCase) {
    if (xn == yn) {
      return true;
    }
    if (convertCase && Character.isLetter(xn)) {
      boolean testNeeded = Character.isLowerCase(xn) != Character.isLowerCase(yn);
      if (testNeeded) {
        return Character.toLowerCase(xn) == Character.toLowerCase(yn);
      }
    }
    return false;
  }

  /** The characters equal to one character: only {@code contains} is meaningful. */
  static final class Equivalents extends AbstractList<Character> {
    private final Table table;
    private final char x;

    Equivalents(Table table, char x) {
      this.table = table;
      this.x = x;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof Character y && y != x && table.equal(x, y);
    }

    @Override
    public Character get(int index) {
      throw new UnsupportedOperationException("only contains() is defined");
    }

    @Override
    public int size() {
      throw new UnsupportedOperationException("only contains() is defined");
    }
  }
}
