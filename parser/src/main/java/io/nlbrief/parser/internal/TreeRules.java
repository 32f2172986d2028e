package io.nlbrief.parser.internal;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The corrections the greedy parser needs and general knowledge of Dutch and of UD gives, as one
 * ordered list of named {@link TreeRule}s, run over each sentence's tree in that order (a later
 * rule reads what an earlier one made: the particles read the fixed expressions, the clause rules
 * read the verbs' heads). The rules live in a few classes by what they are about: {@link
 * FunctionWordRules}, {@link PrepositionRules}, {@link VerbRules}, {@link ClauseRules}, and one
 * class each for the newer agreement and time rules; what they share is in {@link Trees}.
 *
 * <p>With {@code -Dnlbrief.ruleTiming=true} each rule's time is summed over the process and
 * printed to stderr at exit, most costly first ({@link RuleTimes}); without it the rules run in a
 * plain loop.
 */
final class TreeRules {
  /** The rules in the order they run. */
  static final List<TreeRule> RULES = List.of(
      FunctionWordRules.DEGREE_TE_AND_DETERMINERS,
      FunctionWordRules.COMPLEMENTISERS,
      PrepositionRules.FIXED_EXPRESSIONS,
      PrepositionRules.STRANDED_PREPOSITIONS,
      PrepositionRules.PREPOSITIONS_AND_PARTICLES,
      FunctionWordRules.OM_TE_CLAUSES,
      VerbRules.INFINITIVE_READ_AS_NOUN,
      VerbRules.AUXILIARY_HEADS,
      VerbRules.VERBS_ABOVE_THEIR_INFINITIVE,
      VerbRules.AUXILIARY_AFTER_TE,
      VerbRules.COPULA_HEADS,
      VerbRules.ADJECTIVAL_PREDICATES,
      VerbRules.PARTICIPLE_AFTER_A_NOMINAL_PREDICATE,
      VerbRules.POINTERS_BEFORE_INFINITIVES,
      VerbRules.SUBJECTS_OF_INFINITIVES,
      VerbRules.LINKING_VERB_HEADS,
      VerbRules.EXISTENTIAL_ZIJN,
      FunctionWordRules.NO_DEPENDENTS_OF_FUNCTION_WORDS,
      FunctionWordRules.NOTHING_ON_PUNCTUATION,
      FunctionWordRules.UNINFLECTED_BEFORE_PLURAL,
      FunctionWordRules.ADJECTIVE_BEFORE_ITS_PHRASE,
      MannerBesideAComparative.RULE,
      ClauseRules.RELATIVE_DAT_WITHOUT_SUBJECT,
      ClauseRules.RELATIVE_CLAUSES,
      ClauseRules.FRONTED_CLAUSE,
      ClauseRules.REPORTING_CLAUSES,
      ClauseRules.ONE_CONSTITUENT_BEFORE_THE_VERB,
      ClauseRules.EXPLETIVE_HET,
      ClauseRules.RELATIONS_BY_CLAUSE_SHAPE,
      ClauseRules.RELATIVE_SUBJECT_BY_AGREEMENT,
      DistributiveDeterminers.RULE,
      ParticipleAside.RULE,
      RelativeBetweenCommas.RULE,
      OneFiniteVerb.RULE,
      TimePhrases.RULE,
      SubjectLists.RULE,
      OneSubject.RULE,
      CaselessNominals.RULE,
      BareSubject.RULE,
      VerbRules.AUXILIARY_TAGS,
      FunctionWordRules.PRONOUN_WITHOUT_NOUN,
      FunctionWordRules.SENTENCE_INITIAL_CONJUNCTION);

  /** Null unless {@code -Dnlbrief.ruleTiming=true}: then the one place the process sums rule times. */
  private static final RuleTimes TIMES = RuleTimes.ifRequested(RULES);

  private TreeRules() {}

  /** {@code dictionary}: the dictionary's own readings of a word (no compound guessing). */
  static void apply(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas, int[] heads,
      String[] rels, Function<String, List<Reading>> dictionary, Set<String> auxiliaries) {
    Tree tree = Tree.of(words, pos, feats, lemmas, heads, rels, dictionary, auxiliaries);
    if (TIMES == null) {
      for (TreeRule rule : RULES) {
        rule.apply(tree);
      }
    } else {
      TIMES.run(tree);
    }
  }
}
