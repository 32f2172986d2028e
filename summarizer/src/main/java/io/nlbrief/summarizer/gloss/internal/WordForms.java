package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Words the glossary lacks as they stand: pronominal adverbs (ervan → of it), hyphenated words part
 * by part, inflected forms through their base form, and compounds split into known parts.
 */
final class WordForms {
  private static final String[] PRONOMINAL_HEADS = {"daar", "hier", "waar", "er"};
  private static final String[] PRONOMINAL_ENGLISH = {"that", "this", "which", "it"};

  private final Glossary glossary;
  private final Inflector inflector;
  private final CompoundSplitter compounds;
  private final Names names;

  WordForms(Glossary glossary, Inflector inflector, Names names) {
    this.glossary = glossary;
    this.inflector = inflector;
    this.compounds = new CompoundSplitter(glossary);
    this.names = names;
  }

  String pronominalAdverb(String w) {
    for (int h = 0; h < PRONOMINAL_HEADS.length; h++) {
      String head = PRONOMINAL_HEADS[h];
      if (w.startsWith(head) && w.length() > head.length() + 1) {
        Optional<GlossEntry> prep = glossary.lookup(w.substring(head.length()), GlossPos.PREP);
        if (prep.isPresent()) {
          return prep.get().first() + " " + PRONOMINAL_ENGLISH[h];
        }
      }
    }
    return null;
  }

  boolean glossHyphenated(Slots s, int i, DutchForm form) {
    String text = s.token(i).text();
    String[] parts = text.split("-", -1);
    StringBuilder english = new StringBuilder();
    StringJoiner origin = new StringJoiner("+", "hyphenated:", "");
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      if (part.isEmpty() && p == 0) {
        // -bondgenoten after NAVO-lidstaten en: the first part said once before; English needs no hyphen (and allies)
        continue;
      }
      if (part.isEmpty()) {
        english.append('-'); // land- en tuinbouw: the part said after
        continue;
      }
      boolean head = p == parts.length - 1;
      String g = head ? null : prefixPart(part); // oud-minister: former, not old
      if (g == null) {
        g = glossPart(part, head ? form : DutchForm.PLAIN);
      }
      if (g == null) {
        return false;
      }
      // English writes these open (UN diplomats, former minister), a prefix with its hyphen joined (anti-war)
      if (english.length() > 0 && english.charAt(english.length() - 1) != '-') {
        english.append(' ');
      }
      english.append(g);
      origin.add(part);
    }
    s.set(i, english.toString(), origin.toString());
    return true;
  }

  static boolean hasLowerCasePart(String text) {
    for (String part : text.split("-")) {
      if (!part.isEmpty() && Character.isLowerCase(part.codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  private String prefixPart(String part) {
    Optional<GlossEntry> prefix = glossary.lookup(part.toLowerCase(Locale.ROOT) + "-", GlossPos.PREFIX);
    if (prefix.isEmpty()) {
      return null;
    }
    return prefix.get().first(); // anti- keeps its hyphen: anti-war
  }

  /** One part of a hyphenated word: a name, an entry or a compound; null when unknown. */
  private String glossPart(String part, DutchForm form) {
    Optional<GlossEntry> name = names.exactName(part);
    if (name.isPresent()) {
      return name.get().first();
    }
    for (GlossPos p : new GlossPos[] {GlossPos.NOUN, GlossPos.ADJ, GlossPos.PREFIX, GlossPos.NUM, GlossPos.VERB}) {
      Optional<GlossEntry> e = glossary.lookup(part, p);
      if (e.isPresent()) {
        return inflector.inflect(e.get(), e.get().first(), form, false);
      }
    }
    Optional<GlossEntry> prefix = glossary.lookup(part + "-", GlossPos.PREFIX); // semi-bekend, anti-EU
    if (prefix.isPresent()) {
      return prefix.get().first();
    }
    if (part.length() > 3 && part.endsWith("e")) {
      Optional<GlossEntry> adjective = glossary.lookup(part.substring(0, part.length() - 1), GlossPos.ADJ);
      if (adjective.isPresent()) {
        return adjective.get().first(); // semi-bekende: the inflected adjective
      }
    }
    if (form == DutchForm.PLURAL) {
      String singular = singular(part);
      if (singular != null) {
        return singular;
      }
    }
    Optional<List<CompoundSplitter.Part>> parts = split(part, GlossPos.NOUN, form);
    if (parts.isPresent()) {
      return compoundEnglish(parts.get(), form);
    }
    if (Character.isUpperCase(part.codePointAt(0)) || part.chars().anyMatch(Character::isDigit)) {
      return part; // a name inside a hyphenated word: NAVO-topman Stoltenberg, EU-landen
    }
    if (form == DutchForm.PLURAL) {
      Optional<List<CompoundSplitter.Part>> sing = compounds.split(stripPlural(part), GlossPos.NOUN);
      if (sing.isPresent()) {
        return compoundEnglish(sing.get(), form);
      }
    }
    return null;
  }

  /** A Dutch plural noun's English plural when its singular is an entry (bondgenoten → allies). */
  private String singular(String plural) {
    for (String candidate : singularCandidates(plural)) {
      Optional<GlossEntry> e = glossary.lookup(candidate, GlossPos.NOUN);
      if (e.isPresent()) {
        return inflector.inflect(e.get(), e.get().first(), DutchForm.PLURAL, false);
      }
    }
    return null;
  }

  /**
   * A form the tagger does not know of a word the glossary does: an inflected adjective
   * (opeenvolgende → opeenvolgend) or a plural noun (gevoelens → gevoel, krateren → krater).
   */
  boolean inflectedForm(Slots s, int i) {
    String w = s.lower(i);
    if (w.length() > 4 && w.endsWith("e")) {
      Optional<GlossEntry> adjective = glossary.lookup(w.substring(0, w.length() - 1), GlossPos.ADJ);
      if (adjective.isPresent()) {
        s.set(i, adjective.get().first(), "glossary:" + adjective.get().source());
        return true;
      }
    }
    if (w.length() > 4 && (w.endsWith("en") || w.endsWith("s"))) {
      for (String candidate : singularCandidates(w)) {
        Optional<GlossEntry> noun = glossary.lookup(candidate, GlossPos.NOUN);
        if (noun.isPresent()) {
          s.set(i, inflector.inflect(noun.get(), noun.get().first(), DutchForm.PLURAL, false),
              "glossary:" + noun.get().source());
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> singularCandidates(String p) {
    String w = p.toLowerCase(Locale.ROOT);
    java.util.ArrayList<String> c = new java.util.ArrayList<>();
    if (w.endsWith("en")) {
      String stem = w.substring(0, w.length() - 2);
      c.add(stem);
      if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
        c.add(stem.substring(0, stem.length() - 1)); // lidstaten? no: bommen → bom
      }
      if (stem.length() > 2) {
        char last = stem.charAt(stem.length() - 1);
        String lengthened = stem.substring(0, stem.length() - 1) + stem.charAt(stem.length() - 2) + last;
        c.add(lengthened); // staten → staat, genoten → genoot
        if (last == 'z') {
          c.add(stem.substring(0, stem.length() - 1) + "s");
        }
        if (last == 'v') {
          c.add(stem.substring(0, stem.length() - 1) + "f");
        }
      }
    }
    if (w.endsWith("s")) {
      c.add(w.substring(0, w.length() - 1));
    }
    if (w.endsWith("ens") && w.length() > 5) {
      c.add(w.substring(0, w.length() - 3)); // gevoelens → gevoel
    }
    return c;
  }

  private static String stripPlural(String p) {
    List<String> c = singularCandidates(p);
    return c.isEmpty() ? p : c.get(0);
  }

  boolean glossCompound(Slots s, int i, String word, DutchForm form) {
    if (word.indexOf(' ') >= 0 || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    GlossPos pos = PosMapping.of(s.token(i).pos());
    Optional<List<CompoundSplitter.Part>> parts = split(word, pos == GlossPos.NAME ? null : pos, form);
    if (parts.isEmpty()) {
      return false;
    }
    StringJoiner origin = new StringJoiner("+", "compound:", "");
    parts.get().forEach(p -> origin.add(p.dutch()));
    s.set(i, compoundEnglish(parts.get(), form), origin.toString());
    return true;
  }

  /**
   * English writes most compounds open ({@code zenuwgas} → nerve gas, {@code dinsdagavond} →
   * Tuesday evening); a prefix the glossary gives with its hyphen stays joined ({@code anti-} →
   * anti-war).
   */
  /**
   * The split of a compound with the fewest parts; a plural is also split as its singular, which
   * keeps a plural ending from reading as a word of its own ({@code oorlogsprotesten} is
   * oorlog+s+protest, not oorlog+s+pro+testen).
   */
  private Optional<List<CompoundSplitter.Part>> split(String word, GlossPos pos, DutchForm form) {
    Optional<List<CompoundSplitter.Part>> best = compounds.split(word, pos);
    if (form != DutchForm.PLURAL) {
      return best;
    }
    for (String c : singularCandidates(word)) {
      Optional<List<CompoundSplitter.Part>> singular = compounds.split(c, GlossPos.NOUN);
      if (singular.isPresent() && (best.isEmpty() || singular.get().size() < best.get().size())) {
        best = singular;
      }
    }
    return best;
  }

  private String compoundEnglish(List<CompoundSplitter.Part> parts, DutchForm form) {
    StringBuilder english = new StringBuilder();
    for (int p = 0; p < parts.size(); p++) {
      GlossEntry e = parts.get(p).entry();
      String g = e.first();
      if (p == parts.size() - 1) {
        g = inflector.inflect(e, g, form, false);
      }
      english.append(g);
      if (p < parts.size() - 1 && !(e.pos() == GlossPos.PREFIX && g.endsWith("-"))) {
        english.append(' ');
      }
    }
    return english.toString();
  }

}
