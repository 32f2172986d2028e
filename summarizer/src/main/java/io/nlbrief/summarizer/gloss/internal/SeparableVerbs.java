package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import java.util.Optional;
import java.util.Set;

/**
 * Separable verbs rejoined, first where the parser's analysis attaches the particle to its verb,
 * then where a particle closes the finite verb's clause (the analysis's clause, up to punctuation): a finite verb with its particle at the end of the clause
 * ({@code stuurt … weg} → wegsturen → sends away, {@code maakte … bekend} → announced), and a
 * particle before {@code te} + infinitive ({@code uit te zetten} → to expel). The English goes under
 * the verb; the particle is glossed with it.
 */
final class SeparableVerbs {
  /** Words that detach from separable verbs; only joins the glossary knows are made. */
  private static final Set<String> PARTICLES = Set.of(
      "aan", "af", "bij", "binnen", "buiten", "door", "in", "mee", "na", "neer", "om", "onder", "op",
      "over", "terug", "toe", "uit", "voor", "weg", "samen", "vast", "bekend", "open", "los", "dicht",
      "vrij", "achter", "tegen", "langs", "rond", "thuis", "voorbij", "teweeg", "plaats", "deel", "bloot",
      "goed", "kwijt", "stil", "tot", "voort", "weer", "mis", "schoon", "gelijk", "heen", "ter", "teniet",
      "tekort", "vandoor", "aaneen", "bijeen", "uiteen", "tegemoet", "voorop", "achteruit", "vooruit",
      "omhoog", "omlaag", "rondom", "hard", "klaar", "lam", "leeg", "vol", "kapot", "gevangen",
      "stop", "stand");

  private final Glossary glossary;
  private final Inflector inflector;

  SeparableVerbs(Glossary glossary, Inflector inflector) {
    this.glossary = glossary;
    this.inflector = inflector;
  }

  void apply(Slots s) {
    // the particles the analysis hangs on their verb (compound:prt), where the glossary knows the join
    for (io.nlbrief.parser.Clause c : s.clauses) {
      int v = c.head();
      if (c.particles().isEmpty() || v < 0 || v >= s.size() || !s.free(v) || !isVerb(s, v)) {
        continue;
      }
      for (int p : c.particles()) {
        if (p != v && p >= 0 && p < s.size() && s.free(p)) {
          Optional<GlossEntry> joined = joined(s, p, v);
          if (joined.isPresent()) {
            set(s, v, p, joined.get(), DutchForm.of(s.token(v).tag()));
            break;
          }
        }
      }
    }
    // particles the analysis left elsewhere: one closing the finite verb's clause
    for (int i = 0; i < s.size(); i++) {
      if (!s.free(i) || !isVerb(s, i)) {
        continue;
      }
      DutchForm form = DutchForm.of(s.token(i).tag());
      if (i >= 2 && s.lower(i - 1).equals("te") && s.free(i - 2) && isParticle(s, i - 2)) {
        Optional<GlossEntry> joined = joined(s, i - 2, i);
        if (joined.isPresent()) {
          set(s, i, i - 2, joined.get(), form);
          continue;
        }
      }
      if (!form.isFiniteVerb()) {
        continue;
      }
      for (int k = i + 1; k < s.size() && !s.endsStretch(k); k++) {
        if (s.free(k) && isParticle(s, k) && closesClause(s, k)) {
          Optional<GlossEntry> joined = joined(s, k, i);
          if (joined.isPresent()) {
            set(s, i, k, joined.get(), form);
            break;
          }
        }
      }
    }
  }

  private void set(Slots s, int verb, int particle, GlossEntry e, DutchForm form) {
    String origin = "separable:" + e.dutch();
    s.setVerb(verb, inflector.verb(e.first(), s.personal(verb, form), true), e.first(), origin);
    s.set(particle, "", origin);
  }

  private Optional<GlossEntry> joined(Slots s, int particle, int verb) {
    return glossary.lookup(s.lower(particle) + s.lemmaLower(verb), GlossPos.VERB);
  }

  private static boolean isVerb(Slots s, int i) {
    String tag = s.token(i).tag();
    return tag != null && tag.startsWith("WKW");
  }

  private static boolean isParticle(Slots s, int k) {
    return PARTICLES.contains(s.lower(k));
  }

  /** The particle stands at the end of its clause: nothing after it but the clause's end, verbs or "te". */
  private static boolean closesClause(Slots s, int k) {
    if (k + 1 >= s.size()) {
      return true;
    }
    var next = s.token(k + 1);
    if (s.endsStretch(k + 1)) {
      // not before an opening quote: hun land in ‘Republiek Noord-Macedonië’
      return !(next.text().equals("‘") || next.text().equals("“") || next.text().equals(",,") || next.text().equals("„"));
    }
    String l = next.text().toLowerCase(java.util.Locale.ROOT);
    if (next.pos() == PartOfSpeech.VERB) {
      // a verb cluster ends the clause (… weg te sturen, … uit moeten zetten); "zitten aan zijn gedrag"
      // is a possessive zijn, tagged as the verb
      return k + 2 >= s.size() || s.endsStretch(k + 2) || s.token(k + 2).pos() == PartOfSpeech.VERB;
    }
    return l.equals("te") || l.equals("en") || next.pos() == PartOfSpeech.PREPOSITION && !s.lower(k).equals(l);
  }
}
