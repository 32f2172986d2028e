package io.nlbrief.parser;

import java.util.List;

/**
 * One clause of an analysed sentence. Token positions are indices into {@link Sentence#tokens()}.
 *
 * @param type what kind of clause it is
 * @param head the clause's head: its main verb, or for a copular clause the predicate the
 *     dependency tree hangs the clause on
 * @param finiteVerb the finite verb, or {@code -1} (infinitive clauses, verbless fragments)
 * @param subject the head of the subject, or {@code -1} (imperatives, impersonal passives,
 *     infinitive clauses)
 * @param verbCluster the verbs of the clause in text order: finite verb, auxiliaries, participles
 *     and infinitives
 * @param particles separable particles of the main verb ({@code weg} in {@code stuurt … weg})
 * @param marker the complementiser or relative word that opens the clause ({@code dat},
 *     {@code omdat}, {@code die}, {@code om}), or {@code -1}
 * @param verbLemma the main verb's lemma with its particle joined ({@code wegsturen}), or the
 *     head's lemma when the clause has no particle
 * @param parent index of the clause this one depends on in {@link Sentence#clauses()}, or {@code -1}
 */
public record Clause(
    Type type,
    int head,
    int finiteVerb,
    int subject,
    List<Integer> verbCluster,
    List<Integer> particles,
    int marker,
    String verbLemma,
    int parent) {

  public Clause {
    verbCluster = List.copyOf(verbCluster);
    particles = List.copyOf(particles);
  }

  public boolean hasSubject() {
    return subject >= 0;
  }

  /** Kinds of clauses, by the position of the finite verb and what opens them. */
  public enum Type {
    /** Verb second: {@code Gisteren kocht mijn buurman een auto.} */
    MAIN,
    /** Verb first: questions, imperatives, conditional inversion ({@code Stuur het bericht door.}). */
    VERB_FIRST,
    /** After a complementiser, verb last: {@code dat de regering het plan zal presenteren}. */
    SUBORDINATE,
    /** A relative clause: {@code de man die het zei}. */
    RELATIVE,
    /** An infinitive with {@code te}: {@code het probleem op te lossen}. */
    TE_INFINITIVE,
    /** {@code om … te} with an infinitive: {@code om het te zeggen}. */
    OM_TE,
    /** A clause without a finite verb that is no infinitive clause (a headline, a fragment). */
    FRAGMENT
  }
}
