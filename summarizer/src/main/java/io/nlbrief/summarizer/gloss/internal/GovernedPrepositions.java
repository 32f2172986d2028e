package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.Optional;
import java.util.Set;

/**
 * A preposition governed by its head: where the parser's analysis attaches a prepositional phrase
 * to a verb, adjective or noun ({@code heb … op de bus gewacht}: {@code op} is the case marker of
 * {@code bus}, an oblique of {@code wachten}), the glossary's collocation for the head and that
 * preposition ({@code wachten op} → wait for, a two-word phrase entry) gives the English of both,
 * however far apart they stand: {@code op} → for, and the head's English from the collocation
 * where it differs ({@code gaat … in op} → responds to, {@code zorgt voor} → provides, the
 * preposition then without English). The head is the word the phrase hangs on or, where that has
 * no such collocation, the next one up in the same clause (the clause's head at the latest) through
 * a bare object, as the parser may hang the phrase on a noun in between. A number or date after
 * the preposition is no governed object (stemde op 30 september). Collocations that stand together are matched before this,
 * by the phrase stage; this stage reads the analysis for the rest.
 */
final class GovernedPrepositions implements Stage {
  static final String RULE = "governed-preposition";

  /** English prepositions that end a collocation's English (wait for, afraid of, take part in). */
  private static final Set<String> ENGLISH_PREPOSITIONS = Set.of(
      "of", "for", "to", "on", "at", "in", "about", "with", "from", "into", "by", "over", "against", "after",
      "as", "upon", "onto", "towards", "like", "through");

  private final Glossary glossary;
  private final Inflector inflector;

  GovernedPrepositions(Glossary glossary, Inflector inflector) {
    this.glossary = glossary;
    this.inflector = inflector;
  }

  @Override
  public String name() {
    return RULE;
  }

  @Override
  public void apply(Slots s) {
    if (s.clauses.isEmpty()) {
      return;
    }
    for (int p = 0; p < s.size(); p++) {
      Token t = s.token(p);
      if (t.upos() != UPos.ADP || !t.dependency().relation().equals("case") || !glossedAlone(s, p)) {
        continue;
      }
      int object = t.dependency().head();
      if (object < 0 || object >= s.size() || isNumberOrDate(s, object)) {
        continue; // stemde op 30 september: a date, not what the vote is for
      }
      // the head the phrase hangs on, or one above it in the same clause (the parser may hang the
      // phrase on a noun between: zorgt elke dag voor → dag, then zorgt)
      int head = s.token(object).dependency().head();
      Optional<GlossEntry> collocation = Optional.empty();
      for (int steps = 0; head >= 0 && head < s.size() && head != p && steps < s.size(); steps++) {
        if (glossedAlone(s, head)) {
          collocation = collocation(s, head, s.lower(p));
          if (collocation.isPresent() || headsClause(s, head)) {
            break;
          }
        } else if (headsClause(s, head)) {
          break;
        }
        if (!passesUp(s, head)) {
          break;
        }
        head = s.token(head).dependency().head();
      }
      if (collocation.isEmpty()) {
        continue;
      }
      apply(s, head, p, collocation.get());
    }
  }

  void apply(Slots s, int head, int p, GlossEntry e) {
    String english = e.first();
    int space = english.lastIndexOf(' ');
    String last = space < 0 ? english : english.substring(space + 1);
    boolean endsInPreposition = space > 0 && ENGLISH_PREPOSITIONS.contains(last);
    String headEnglish = endsInPreposition ? english.substring(0, space) : english;
    String origin = "governed:" + e.dutch();
    s.set(p, endsInPreposition ? last : "", origin);
    Token h = s.token(head);
    boolean verb = h.tag() != null && h.tag().startsWith("WKW");
    if (verb) {
      if (!headEnglish.equals(s.base[head])) {
        DutchForm form = s.personal(head, DutchForm.of(h.tag()));
        boolean finite = form != DutchForm.INFINITIVE_OR_PLURAL || Readings.finite(s, head);
        s.setVerb(head, inflector.verb(headEnglish, form, finite), headEnglish, origin);
      } else {
        s.origin[head] = s.origin[head] + "+" + RULE;
      }
    } else if (h.upos() == UPos.ADJ && !headEnglish.contains(" ") && s.english[head] != null
        && !s.english[head].contains(" ")) {
      // an adjective keeps its degree: the collocation's English only where the base differs
      if (DutchForm.of(h.tag()) == DutchForm.PLAIN) {
        s.set(head, headEnglish, origin);
      }
    } else if (h.upos() == UPos.NOUN && !headEnglish.contains(" ")) {
      // vraag naar → demand for, vragen naar → demands for
      boolean plural = DutchForm.of(h.tag()) == DutchForm.PLURAL;
      s.set(head, plural ? inflector.forms().plural(headEnglish) : headEnglish, origin);
    }
  }

  /**
   * The collocation of the head's lemma (as the gloss or the analysis joined it with a particle,
   * the tagger's, or the analysis's: gewacht may be the tagger's adjective) and the preposition.
   */
  Optional<GlossEntry> collocation(Slots s, int head, String preposition) {
    String lemma = headLemma(s, head);
    Optional<GlossEntry> e = glossary.lookup(lemma + " " + preposition, GlossPos.PHRASE);
    String analysed = s.token(head).morphology().lemma().toLowerCase(java.util.Locale.ROOT);
    if (e.isEmpty() && !analysed.equals(lemma) && !analysed.equals("_")) {
      e = glossary.lookup(analysed + " " + preposition, GlossPos.PHRASE);
    }
    return e;
  }

  /** The head's lemma with a separable particle the analysis or the gloss joined to it (gaat … in → ingaan). */
  private static String headLemma(Slots s, int head) {
    String origin = s.origin[head];
    if (origin != null && origin.startsWith("separable:")) {
      return origin.substring("separable:".length());
    }
    for (Clause c : s.clauses) {
      if (c.head() == head && !c.particles().isEmpty()) {
        return c.verbLemma().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return s.lemmaLower(head);
  }

  /**
   * Whether the search for the governing head may go on above {@code k}: a bare noun phrase the
   * verb takes (zorgt elke dag voor: dag, the verb's object as the parser reads it), not one with
   * a preposition of its own (houdt toezicht op het werk van: werk is inside op …) nor the subject.
   */
  private static boolean passesUp(Slots s, int k) {
    String rel = s.token(k).dependency().relation();
    if (!(rel.equals("obj") || rel.equals("iobj") || rel.equals("obl") || rel.equals("nsubj:pass"))) {
      return false;
    }
    for (int c : s.tree().children(k)) {
      if (s.token(c).dependency().relation().equals("case")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumberOrDate(Slots s, int k) {
    String o = s.origin[k];
    return s.token(k).upos() == UPos.NUM || o != null && (o.equals("number") || o.equals("date") || o.equals("time"));
  }

  private static boolean headsClause(Slots s, int i) {
    for (Clause c : s.clauses) {
      if (c.head() == i) {
        return true;
      }
    }
    return false;
  }

  /** Glossed on its own (an entry, or a separable verb), not as part of a phrase, name or number. */
  private static boolean glossedAlone(Slots s, int i) {
    String o = s.origin[i];
    return o != null && (o.startsWith("glossary:") || o.startsWith("separable:"));
  }
}
