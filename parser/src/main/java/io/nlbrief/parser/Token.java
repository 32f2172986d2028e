package io.nlbrief.parser;

import java.util.List;
import java.util.Objects;

/**
 * One word, number or punctuation mark of a sentence. Immutable and thread-safe.
 *
 * <p>A token of an {@link ArticleParser}'s article gets its {@link #morphology()} and
 * {@link #dependency()} from its sentence's syntactic analysis, which runs on the first call of
 * either (or of {@link Sentence#clauses()}) for any token of the sentence, once: a consumer that
 * reads only the tagger's fields ({@code lemma}, {@code tag}, {@code pos}) never pays for it. The
 * values are the same whichever thread asks first. (This was a record; it keeps the record's
 * accessors, constructors, {@code equals}, {@code hashCode} and {@code toString}.)
 *
 * <p>Fields, by accessor:
 * <ul>
 *   <li>{@code text} the token exactly as it stands in the text
 *   <li>{@code span} where it stands
 *   <li>{@code lemma} the dictionary form from LanguageTool's Dutch tagger, or the text itself when
 *       the tagger does not know the word
 *   <li>{@code tag} the tagger's part-of-speech tag of the chosen reading (LanguageTool's Dutch tag
 *       set, for example {@code WKW:TGW:3EP}), or {@code null} for unknown words
 *   <li>{@code pos} the coarse part of speech derived from {@code tag} and the token's shape
 *   <li>{@code entity} a named-entity hint, or {@code null}
 *   <li>{@code readings} every reading the tagger gave, first the chosen one
 *   <li>{@code morphology} the UD part of speech, lemma and features ({@link Morphology#NONE} when
 *       the sentence was not analysed); {@code tag} is kept beside it as the language-specific tag
 *       (XPOS)
 *   <li>{@code dependency} the token's head and UD relation in its sentence
 *       ({@link Dependency#NONE} when the sentence was not analysed)
 * </ul>
 */
public final class Token {
  private final String text;
  private final Span span;
  private final String lemma;
  private final String tag;
  private final PartOfSpeech pos;
  private final EntityType entity;
  private final List<Reading> readings;
  /** {@code null} while the analysis is pending (then {@link #pending} is set). */
  private final Morphology morphology;
  private final Dependency dependency;
  private final PendingAnalysis pending;
  private final int position;

  public Token(String text, Span span, String lemma, String tag, PartOfSpeech pos, EntityType entity,
      List<Reading> readings, Morphology morphology, Dependency dependency) {
    this.text = text;
    this.span = span;
    this.lemma = lemma;
    this.tag = tag;
    this.pos = pos;
    this.entity = entity;
    this.readings = List.copyOf(readings);
    this.morphology = morphology == null ? Morphology.NONE : morphology;
    this.dependency = dependency == null ? Dependency.NONE : dependency;
    this.pending = null;
    this.position = -1;
  }

  /** A token before syntactic analysis. */
  public Token(String text, Span span, String lemma, String tag, PartOfSpeech pos, EntityType entity,
      List<Reading> readings) {
    this(text, span, lemma, tag, pos, entity, readings, Morphology.NONE, Dependency.NONE);
  }

  /** {@code base} whose analysis is the {@code position}-th token of {@code pending}'s result. */
  Token(Token base, PendingAnalysis pending, int position) {
    this.text = base.text;
    this.span = base.span;
    this.lemma = base.lemma;
    this.tag = base.tag;
    this.pos = base.pos;
    this.entity = base.entity;
    this.readings = base.readings;
    this.morphology = null;
    this.dependency = null;
    this.pending = pending;
    this.position = position;
  }

  public String text() {
    return text;
  }

  public Span span() {
    return span;
  }

  public String lemma() {
    return lemma;
  }

  public String tag() {
    return tag;
  }

  public PartOfSpeech pos() {
    return pos;
  }

  public EntityType entity() {
    return entity;
  }

  public List<Reading> readings() {
    return readings;
  }

  public Morphology morphology() {
    return morphology != null ? morphology : pending.result().tokens().get(position).morphology();
  }

  public Dependency dependency() {
    return dependency != null ? dependency : pending.result().tokens().get(position).dependency();
  }

  /** The UD part of speech ({@code X} when not analysed). */
  public UPos upos() {
    return morphology().upos();
  }

  /**
   * The tagger's reading that the syntactic analysis confirms where the tagger chose a noun and the
   * analysis reads a verb, or the other way round, or a finite verb where the analysis reads an
   * adjective ({@code de prijzen stegen}: stegen tagged as the
   * plural of steeg, a lane, and analysed as the past of stijgen): of the readings of the analysis's
   * class, the one whose form fits its features (past, participle, present; plural, singular); and
   * of the chosen class, a reading with the analysis's lemma where the tagger chose another. Null
   * when the chosen reading already agrees, the sentence was not analysed, or no reading agrees:
   * the analysis decides only between what the tagger found possible.
   */
  public Reading analysedReading() {
    if (tag == null) {
      return null;
    }
    UPos u = upos();
    String wanted = u == UPos.NOUN ? "ZNW" : u == UPos.VERB || u == UPos.AUX ? "WKW" : null;
    String chosen = tag.length() >= 3 ? tag.substring(0, 3) : tag;
    Morphology m = morphology();
    if (u == UPos.ADJ && (tag.startsWith("WKW:TGW") || tag.startsWith("WKW:VLT"))) {
      // a predicate adjective the tagger read as a finite verb (het plan is slecht: not slechten);
      // a participle stays a verb form, as an adjective may well be one
      return firstStartingWith("BNW");
    }
    if (wanted == null) {
      return null;
    }
    if (wanted.equals(chosen)) {
      return otherLemma(wanted, m);
    }
    // a finite verb tagged as an adjective (stegen, vroeg) too; a participle may well be one
    if (!(chosen.equals("ZNW") || chosen.equals("WKW") || chosen.equals("BNW") && m.isFinite() && wanted.equals("WKW"))) {
      return null;
    }
    String form = wanted.equals("ZNW")
        ? ("Plur".equals(m.feature("Number")) ? "ZNW:MRV" : "ZNW:EKV")
        : "Part".equals(m.feature("VerbForm")) ? "WKW:VTD"
            : "Past".equals(m.feature("Tense")) ? "WKW:VLT"
                : "WKW:TGW";
    Reading any = null;
    for (Reading r : readings) {
      if (r.tag().startsWith(form)) {
        return r;
      }
      if (any == null && r.tag().startsWith(wanted)) {
        any = r;
      }
    }
    return any;
  }

  private Reading firstStartingWith(String tagPrefix) {
    for (Reading r : readings) {
      if (r.tag().startsWith(tagPrefix)) {
        return r;
      }
    }
    return null;
  }

  /**
   * Of the same class as the chosen reading, one with the analysis's lemma where the tagger chose
   * another (zagen: the past of zien, not to saw), of the form the analysis's features say.
   */
  private Reading otherLemma(String wanted, Morphology m) {
    String analysed = m.lemma();
    if (analysed.equals("_") || analysed.equalsIgnoreCase(lemma)) {
      return null;
    }
    String form = wanted.equals("WKW") && "Past".equals(m.feature("Tense")) ? "WKW:VLT" : wanted;
    for (Reading r : readings) {
      if (r.lemma().equalsIgnoreCase(analysed) && r.tag().startsWith(form)) {
        return r;
      }
    }
    return null;
  }

  /** This token with its analysis. */
  public Token withAnalysis(Morphology morphology, Dependency dependency) {
    return new Token(text, span, lemma, tag, pos, entity, readings, morphology, dependency);
  }

  /** A token the tagger has not seen (no tag), such as an unfamiliar name. */
  public boolean isKnown() {
    return tag != null;
  }

  public boolean isWord() {
    return pos != PartOfSpeech.PUNCTUATION && pos != PartOfSpeech.SYMBOL && pos != PartOfSpeech.NUMBER;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Token t && text.equals(t.text) && Objects.equals(span, t.span)
        && Objects.equals(lemma, t.lemma) && Objects.equals(tag, t.tag) && pos == t.pos && entity == t.entity
        && readings.equals(t.readings) && morphology().equals(t.morphology()) && dependency().equals(t.dependency());
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, span, lemma, tag, pos, entity, readings, morphology(), dependency());
  }

  @Override
  public String toString() {
    return "Token[text=" + text + ", span=" + span + ", lemma=" + lemma + ", tag=" + tag + ", pos=" + pos
        + ", entity=" + entity + ", readings=" + readings + ", morphology=" + morphology() + ", dependency="
        + dependency() + "]";
  }

  /** One lemma and tag pair the tagger proposed for the token. */
  public record Reading(String lemma, String tag) {}
}
