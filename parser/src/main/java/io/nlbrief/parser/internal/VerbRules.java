package io.nlbrief.parser.internal;

import static io.nlbrief.parser.internal.Trees.*;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.List;

/**
 * Tree rules for verbs: the main verb, not a finite auxiliary, heads its clause ({@link
 * #auxiliaryHeads}), and so do a copula's predicate and a linking verb; infinitives and
 * participles, their {@code te} and their subjects; the tags of auxiliaries. Stateless; see
 * {@link TreeRules} for the order.
 */
final class VerbRules {
  private VerbRules() {}

  /** The modal auxiliaries, which take a bare infinitive, not a noun phrase. */
  private static final java.util.Set<String> MODALS = java.util.Set.of("kunnen", "moeten", "mogen", "zullen");

  /**
   * A modal takes a bare infinitive ({@code Zij mocht elke week een pagina tekenen}), hardly ever a
   * noun phrase: a word the tagger read as a noun, with no determiner of its own, that the parser
   * hung on a finite modal as its object and that the dictionary has as an infinitive ({@code
   * tekenen}, {@code werken}) is that infinitive, after which the modal's clause is turned round
   * like any other ({@link #auxiliaryHeads}). A noun with its article ({@code kan de tekeningen
   * niet vinden}: {@code vinden} is the verb) or a plural noun without an infinitive reading stays.
   */
  private static void infinitiveReadAsNoun(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels, int k) {
    int f = heads[k];
    if (pos[k] != UPos.NOUN || f < 0 || f >= k || !MODALS.contains(lemmas[f]) || !feats[f].contains("VerbForm=Fin")
        || !(rels[k].equals("obj") || rels[k].equals("dep") || rels[k].equals("xcomp"))
        || hasChild(heads, rels, k, "det") || hasChild(heads, rels, k, "case")) {
      return;
    }
    for (int d = k + 1; d < Math.min(words.size(), k + MAX_SCAN); d++) {
      if (heads[d] == f && pos[d] == UPos.VERB && feats[d].contains("VerbForm=Inf")) {
        return; // the modal has its infinitive already: this is a noun
      }
    }
    String form = words.get(k).lower();
    for (Reading r : words.get(k).readings()) {
      if (r.tag().startsWith("WKW:TGW:INF") && r.lemma().equals(form)) {
        pos[k] = UPos.VERB;
        feats[k] = "VerbForm=Inf";
        lemmas[k] = r.lemma();
        rels[k] = "xcomp";
        return;
      }
    }
  }

  /**
   * An auxiliary after {@code te} heads nothing in UD: in {@code lijkt vergeten te zijn}, {@code om
   * gezien te worden}, {@code gekozen te mogen worden} the participle heads the infinitive clause,
   * with {@code te} its {@code mark} and the infinitives its {@code aux} ({@code aux:pass} for
   * {@code worden}); in {@code bleek ziek te zijn}, {@code een goede kok te zijn} the adjective or
   * noun before {@code te} is the predicate and {@code zijn} its {@code cop}. Where the parser made
   * the infinitive the head (or hung its parts elsewhere), the predicate takes the clause's place
   * and its parts. {@code worden} after an adjective or noun is a verb of its own ({@code ziek te
   * worden}), and so is {@code zijn} with a prepositional phrase ({@code in Gent te zijn}): left alone.
   */
  private static void auxiliaryAfterTe(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels, int t) {
    int n = words.size();
    if (!words.get(t).lower().equals("te") || pos[t] != UPos.ADP) {
      return;
    }
    int last = t;
    while (last + 1 < n && last < t + 3 && pos[last + 1].isVerbal() && feats[last + 1].contains("VerbForm=Inf")
        && NOT_HEADS_OF_INFINITIVES.contains(lemmas[last + 1])) {
      last++;
    }
    if (last == t || last + 1 < n && pos[last + 1].isVerbal() && !feats[last + 1].contains("VerbForm=Fin")) {
      return; // te zijn overleden: the participle after the auxiliary heads, which the parser finds
    }
    String verb = lemmas[last];
    int p = t - 1;
    if (p > 0 && pos[p].isVerbal() && feats[p].contains("VerbForm=Fin") && pos[p - 1].isVerbal()
        && feats[p - 1].contains("VerbForm=Part")) {
      p--; // uitgevoerd hoeft te worden: the finite verb between the participle and te heads its own clause
    }
    boolean participle = pos[p].isVerbal() && feats[p].contains("VerbForm=Part");
    boolean predicate = (pos[p] == UPos.ADJ || pos[p] == UPos.NOUN) && verb.equals("zijn")
        && !hasCase(heads, rels, p, Math.max(0, p - MAX_SCAN), Math.min(n - 1, p + MAX_SCAN));
    if (!participle && !predicate || participle && !(verb.equals("zijn") || verb.equals("hebben")
        || verb.equals("worden"))) {
      return;
    }
    // the group is the predicate, te and the infinitives; where the parser hung the predicate on
    // one of them, it takes the place of the one that hung outside
    if (heads[p] >= t && heads[p] <= last) {
      int top = -1;
      for (int k = last; k >= t && top < 0; k--) {
        int h = heads[k];
        top = (h < t || h > last) && h != p && CLAUSE_HEADS.contains(rels[k]) ? k : -1;
      }
      if (top < 0) {
        return; // nowhere to hang the predicate: left as the parser had it
      }
      if (heads[top] < 0) {
        heads[p] = -1;
        rels[p] = "root";
      } else if (attach(heads, p, heads[top])) {
        rels[p] = rels[top];
      } else {
        return;
      }
    }
    if (heads[p] >= 0 && pos[heads[p]].isVerbal() && TO_XCOMP.contains(rels[p])) {
      rels[p] = "xcomp"; // the infinitive clause under a verb (bleek ziek te zijn) is its complement
    }
    for (int k = t; k <= last; k++) {
      for (int d = Math.max(0, k - MAX_SCAN); d < Math.min(n, k + MAX_SCAN); d++) {
        if (heads[d] == k && d != p && (d < t || d > last)) {
          attach(heads, d, p);
        }
      }
      heads[k] = p;
      if (k == t) {
        rels[k] = "mark";
      } else if (k == last) {
        rels[k] = predicate ? "cop" : lemmas[k].equals("worden") ? "aux:pass" : "aux";
        pos[k] = UPos.AUX;
      } else {
        rels[k] = "aux";
        pos[k] = UPos.AUX;
      }
    }
  }

  /** Relations the parser gives a predicate under a verb that are its complement's ({@code xcomp}). */
  private static final java.util.Set<String> TO_XCOMP = java.util.Set.of(
      "obj", "advmod", "amod", "dep", "ccomp", "parataxis", "nmod", "obl");

  /** Relations under which a clause, or the root, hangs on its head. */
  private static final java.util.Set<String> CLAUSE_HEADS = java.util.Set.of(
      "root", "xcomp", "ccomp", "advcl", "acl", "csubj", "conj", "parataxis", "dep", "obj", "nmod", "obl");

  /**
   * UD Dutch tags a verb AUX by what it does in the tree, not by its lemma: {@code is} is AUX as a
   * copula or a perfect auxiliary and VERB as the head of its own clause ({@code er is een probleem});
   * {@code heeft} is AUX only beside a participle ({@code heeft een huis} is VERB); {@code worden} is
   * AUX only in the passive ({@code werd voorzitter} is VERB). The modals {@code kunnen},
   * {@code moeten}, {@code mogen} and {@code zullen} are AUX whatever the parser made of their
   * clause (a modal without a verb is rare), {@code willen} is a full verb in UD Dutch.
   */
  private static void auxiliaryTags(UPos[] pos, String[] feats, String[] lemmas, int[] heads, String[] rels) {
    for (int i = 0; i < pos.length; i++) {
      if (pos[i] != UPos.AUX && pos[i] != UPos.VERB) {
        continue;
      }
      switch (lemmas[i]) {
        case "kunnen", "moeten", "mogen", "zullen" -> pos[i] = UPos.AUX;
        case "willen" -> pos[i] = UPos.VERB;
        case "zijn", "hebben", "worden" -> {
          int h = heads[i];
          boolean verbHead = h >= 0 && (pos[h] == UPos.VERB || pos[h] == UPos.AUX)
              && (feats[h].contains("VerbForm=Part") || feats[h].contains("VerbForm=Inf"));
          boolean auxiliary = (rels[i].equals("aux") || rels[i].equals("aux:pass")) && verbHead;
          boolean copula = rels[i].equals("cop") && lemmas[i].equals("zijn");
          if (!copula && !verbHead && lemmas[i].equals("zijn") && rels[i].startsWith("aux") && h >= 0
              && (pos[h] == UPos.ADJ || pos[h] == UPos.NOUN || pos[h] == UPos.PROPN || pos[h] == UPos.PRON)) {
            // "is" under an adjective or a noun is its copula, whatever the parser called it
            rels[i] = "cop";
            copula = true;
          }
          pos[i] = auxiliary || copula ? UPos.AUX : UPos.VERB;
        }
        default -> { }
      }
    }
  }

  /**
   * UD hangs a clause on its main verb, not on the auxiliary: in {@code Hij kon de mislukking
   * niet verwerken} the subject, the object and {@code kon} itself depend on {@code verwerken}.
   * A greedy parser that took the finite auxiliary (a lemma the training part uses as an
   * auxiliary, {@link SyntaxModel#auxiliaries()}) for the head, with a bare infinitive or a
   * participle among its dependents, is turned round: the verb takes the auxiliary's place and
   * dependents, the auxiliary becomes its {@code aux} ({@code aux:pass} for {@code worden} with a
   * participle). An infinitive with {@code te} is a complement, not a verb cluster: left alone. A
   * participle after the auxiliary that the parser called its {@code advcl} or {@code conj} is
   * taken too where it closes the auxiliary's own clause ({@link #closesTheClause}).
   */
  private static void auxiliaryHeads(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels, java.util.Set<String> auxiliaries) {
    int n = words.size();
    for (int f = 0; f < n; f++) {
      if (!pos[f].isVerbal() || !feats[f].contains("VerbForm=Fin") || !auxiliaries.contains(lemmas[f])
          || isFunctionRelation(rels[f])) {
        continue;
      }
      int verb = -1;
      for (int k = Math.max(0, f - MAX_SCAN); k < n && k <= f + MAX_SCAN; k++) {
        if (heads[k] == f && pos[k] == UPos.VERB && (feats[k].contains("VerbForm=Inf")
            || feats[k].contains("VerbForm=Part")) && !(k > 0 && words.get(k - 1).lower().equals("te"))
            && (rels[k].equals("xcomp") || rels[k].equals("ccomp") || rels[k].equals("obj") || rels[k].equals("dep"))) {
          verb = k;
          break;
        }
        if (heads[k] == f && k > f && pos[k] == UPos.VERB && feats[k].contains("VerbForm=Part")
            && (rels[k].equals("advcl") || rels[k].equals("conj")) && closesTheClause(words, pos, feats, heads, rels, f, k)) {
          verb = k;
          break;
        }
      }
      if (verb < 0) {
        continue;
      }
      for (int d = Math.max(0, f - MAX_SCAN); d < n && d <= f + MAX_SCAN; d++) {
        if (heads[d] == f && d != verb) {
          heads[d] = verb;
        }
      }
      turnRound(heads, rels, verb, f, lemmas[f].equals("worden") && feats[verb].contains("VerbForm=Part") ? "aux:pass" : "aux");
      pos[f] = UPos.AUX;
    }
  }

  /**
   * Whether the participle {@code k}, which the parser called a second clause ({@code advcl} or
   * {@code conj}) of the finite auxiliary {@code f}, is in truth the end of f's own clause ({@code
   * heeft de regen de oogst verpest}, {@code hebben we de film gezien}): nothing between them
   * opens a clause (no comma, conjunction, complementiser or relative pronoun, no second finite
   * verb), and the participle has no subject or conjunction of its own. {@code heeft een huis ,
   * gebouwd in 1900} and {@code had een fiets en verkocht hem} are two clauses and stay so.
   */
  private static boolean closesTheClause(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads,
      String[] rels, int f, int k) {
    for (int d = f + 1; d < k; d++) {
      if (isBoundary(words.get(d), pos[d]) || pos[d] == UPos.CCONJ || pos[d] == UPos.SCONJ
          || feats[d].contains("PronType=Rel") || pos[d].isVerbal() && feats[d].contains("VerbForm=Fin")) {
        return false;
      }
    }
    for (int d = Math.max(0, k - MAX_SCAN); d < Math.min(words.size(), k + MAX_SCAN); d++) {
      if (heads[d] == k && (rels[d].startsWith("nsubj") || rels[d].equals("cc") || rels[d].equals("mark"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A finite verb that is no auxiliary ({@code willen}, {@code gaan}, {@code proberen}) heads its
   * clause in UD, with the bare infinitive as its {@code xcomp}: {@code ik wilde het zeggen}. Where
   * the parser hung it as an {@code aux} on the infinitive, the two change places, and the
   * infinitive's subject and complementiser go with the finite verb.
   */
  private static void verbsAboveTheirInfinitive(List<UdTagger.Word> words, UPos[] pos, String[] feats,
      String[] lemmas, int[] heads, String[] rels, java.util.Set<String> auxiliaries) {
    int n = words.size();
    for (int f = 0; f < n; f++) {
      int h = heads[f];
      if (!rels[f].equals("aux") || h < 0 || !feats[f].contains("VerbForm=Fin") || auxiliaries.contains(lemmas[f])
          || NOT_HEADS_OF_INFINITIVES.contains(lemmas[f]) || pos[h] != UPos.VERB || !feats[h].contains("VerbForm=Inf")) {
        continue;
      }
      for (int d = Math.max(0, h - MAX_SCAN); d < n && d <= h + MAX_SCAN; d++) {
        if (heads[d] == h && d != f && (rels[d].startsWith("nsubj") || rels[d].equals("mark") || rels[d].equals("cc"))) {
          heads[d] = f;
        }
      }
      turnRound(heads, rels, f, h, "xcomp");
      pos[f] = UPos.VERB;
    }
  }

  /**
   * An infinitive under another verb ({@code xcomp}) or with {@code te} has no subject of its own
   * in Dutch: {@code de gasten hebben geprobeerd te helpen}, {@code die zich om te winnen een weg
   * banen}. A subject the parser hung on one belongs to the verb above it, if that verb has none.
   * An infinitive with a finite auxiliary of its own ({@code dat hij zal komen}) heads a finite
   * clause and keeps its subject.
   */
  /**
   * A pointer word announces the te-infinitive after it ({@code beschuldigt de buren ervan het
   * hek te verplaatsen}) and stands at that clause's left edge: it and whatever the parser hung on
   * the infinitive before it belong to the verb above, a "subject" among them its object (a
   * te-infinitive has no subject of its own).
   */
  private static void pointersBeforeInfinitives(List<UdTagger.Word> words, UPos[] pos, int[] heads, String[] rels) {
    int n = words.size();
    for (int x = 0; x < n; x++) {
      if (!POINTER_WORDS.contains(words.get(x).lower())) {
        continue;
      }
      int v = heads[x];
      if (v >= 0 && v < x && pos[v].isVerbal()) {
        // dreigt ermee de werkgevers onder druk te zetten: what stands between the pointer word and
        // the te-infinitive after it is that infinitive's, not the verb's the pointer hangs on
        int inf = infinitiveAfter(words, pos, heads, rels, v, x);
        for (int d = x + 1; inf > 0 && d < inf; d++) {
          if (heads[d] == v && pos[d] != UPos.PUNCT && !rels[d].equals("cc")) {
            attach(heads, d, inf);
          }
        }
        continue;
      }
      if (v <= x || pos[v] != UPos.VERB || !hasTe(words, heads, v)) {
        continue;
      }
      int m = heads[v];
      if (m < 0 || m >= x || !pos[m].isVerbal()) {
        continue; // the verb above must come before the pointer word (its middle field holds it)
      }
      boolean matrixSubject = hasSubject(heads, rels, m, -1);
      for (int d = Math.max(m + 1, x - MAX_SCAN); d <= x; d++) {
        if (heads[d] == v && attach(heads, d, m)) {
          if (rels[d].startsWith("nsubj") && matrixSubject) {
            rels[d] = "obj";
          }
        }
      }
    }
  }

  /** The te-infinitive hanging on {@code v} as its complement after {@code from}, within reach, or -1. */
  private static int infinitiveAfter(List<UdTagger.Word> words, UPos[] pos, int[] heads, String[] rels, int v, int from) {
    for (int k = from + 1; k < Math.min(words.size(), from + MAX_SCAN); k++) {
      if (pos[k] == UPos.PUNCT || words.get(k).lower().equals("om")) {
        return -1; // the clause after a comma or om is another one
      }
      if (heads[k] == v && pos[k] == UPos.VERB && (rels[k].equals("xcomp") || rels[k].equals("advcl"))
          && hasTe(words, heads, k)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code v} has its own te (te verplaatsen, te hebben verplaatst). */
  private static boolean hasTe(List<UdTagger.Word> words, int[] heads, int v) {
    for (int k = v - 1; k >= Math.max(0, v - 3); k--) {
      if (heads[k] == v && words.get(k).lower().equals("te")) {
        return true;
      }
    }
    return false;
  }

  private static void subjectsOfInfinitives(List<UdTagger.Word> words, UPos[] pos, String[] feats, int[] heads,
      String[] rels) {
    int n = words.size();
    for (int i = 0; i < n; i++) {
      int h = heads[i];
      if (!rels[i].startsWith("nsubj") || h < 0 || pos[h] != UPos.VERB || !feats[h].contains("VerbForm=Inf")) {
        continue;
      }
      boolean te = h > 0 && words.get(h - 1).lower().equals("te");
      if (!te && !rels[h].equals("xcomp") || hasFiniteAuxiliary(feats, heads, rels, h)) {
        continue;
      }
      int g = heads[h];
      while (g >= 0 && !pos[g].isVerbal() && heads[g] >= 0 && rels[g].equals("xcomp")) {
        g = heads[g];
      }
      if (g < 0 || !pos[g].isVerbal()) {
        continue;
      }
      if (hasSubject(heads, rels, g, i)) {
        if (te && i > g && !hasObject(heads, rels, h) && pos[i] != UPos.PRON) {
          rels[i] = "obj"; // beschuldigt de minister ervan de boeren … te zetten: the infinitive's object
        }
        continue;
      }
      attach(heads, i, g);
    }
  }

  /** Verbs that link a subject to a predicate and head their clause in UD Dutch, unlike zijn. */
  private static final java.util.Set<String> LINKING_VERBS = java.util.Set.of("worden", "blijven", "lijken", "blijken");

  /**
   * UD Dutch has one copula, {@code zijn}; {@code worden}, {@code blijven}, {@code lijken} and
   * {@code blijken} with a predicate head their clause, the predicate their {@code xcomp} ({@code
   * hij werd voorzitter}, {@code zij zou een van de besten worden}). Where the parser hung such a
   * verb on an adjective, noun or number as its {@code cop}, the two change places: the verb takes
   * the clause's place and its parts (subject, auxiliaries, complementiser, adverbs, punctuation),
   * and an auxiliary the parser called a copula beside it is an {@code aux}. Not with a participle
   * in the clause, whose passive auxiliary {@code worden} is.
   */
  private static void linkingVerbHeads(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels, int w) {
    int p = heads[w];
    if (!LINKING_VERBS.contains(lemmas[w]) || !pos[w].isVerbal() || !rels[w].equals("cop") || p < 0
        || !(pos[p] == UPos.ADJ || pos[p] == UPos.NOUN || pos[p] == UPos.NUM || pos[p] == UPos.PROPN
        || pos[p] == UPos.PRON)) {
      return;
    }
    int n = heads.length;
    // a participle in the clause makes worden its passive auxiliary (werden de machines vervangen,
    // dat het huis verkocht werd): no linking verb
    for (int k = Math.max(0, w - 3); k < n && k <= w + MAX_SCAN; k++) {
      if (k > w && (isBoundary(words.get(k), pos[k]) || pos[k] == UPos.SCONJ)) {
        break;
      }
      if (pos[k] == UPos.VERB && feats[k].contains("VerbForm=Part")) {
        return;
      }
    }
    for (int d = Math.max(0, p - MAX_SCAN); d < Math.min(n, p + MAX_SCAN); d++) {
      if (heads[d] == p && d != w && (CLAUSE_LEVEL.contains(rels[d]) || rels[d].equals("cop"))) {
        heads[d] = w;
        if (rels[d].equals("cop")) {
          rels[d] = "aux"; // zou … worden: the modal beside the linking verb
        }
      }
    }
    turnRound(heads, rels, w, p, "xcomp");
    pos[w] = UPos.VERB;
  }

  private static boolean hasFiniteAuxiliary(String[] feats, int[] heads, String[] rels, int h) {
    for (int k = Math.max(0, h - MAX_SCAN); k < heads.length && k <= h + MAX_SCAN; k++) {
      if (heads[k] == h && rels[k].startsWith("aux") && feats[k].contains("VerbForm=Fin")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasObject(int[] heads, String[] rels, int g) {
    for (int k = Math.max(0, g - MAX_SCAN); k < heads.length && k <= g + MAX_SCAN; k++) {
      if (heads[k] == g && rels[k].equals("obj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * UD hangs a copular clause on its predicate, with {@code zijn} as its {@code cop}: in {@code dat
   * hij een goede trainer was} the subject, the complementiser and {@code was} depend on {@code
   * trainer}. Where the parser made {@code zijn} the head and left the predicate among its
   * dependents, the clause is turned round. The predicate is a noun, name, number or adjective
   * without a preposition of its own ({@code was in de stad} keeps {@code was} as its head), beside
   * a subject: the dependent that is not the subject, or of two the parser both called subject,
   * the later one (a personal pronoun is the subject wherever it stands: {@code Daarvoor was hij
   * minister}). An adjective the parser called a modifier counts only where no noun does, and the
   * last one is the predicate ({@code hij is vaak ziek}). A {@code zijn} with a participle or an
   * infinitive under it is an auxiliary, and a {@code zijn} with one noun phrase only is existential
   * ({@code er zijn problemen}): both left alone.
   */
  private static void copulaHeads(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels) {
    int n = words.size();
    for (int z = 0; z < n; z++) {
      if (!lemmas[z].equals("zijn") || !pos[z].isVerbal() || isFunctionRelation(rels[z])) {
        continue;
      }
      int subject = -1;
      int pronoun = -1;
      int lastNominal = -1;
      int firstNominal = -1;
      int adjective = -1;
      boolean verbal = false;
      int from = Math.max(0, z - MAX_SCAN);
      int to = Math.min(n - 1, z + MAX_SCAN);
      for (int d = from; d <= to; d++) {
        if (heads[d] != z) {
          continue;
        }
        if (pos[d].isVerbal() && (feats[d].contains("VerbForm=Part") || feats[d].contains("VerbForm=Inf"))) {
          verbal = true;
        }
        boolean candidate = pos[d] == UPos.NOUN || pos[d] == UPos.PROPN || pos[d] == UPos.NUM
            || pos[d] == UPos.PRON || pos[d] == UPos.ADJ;
        if (!candidate || hasCase(heads, rels, d, from, to)) {
          continue;
        }
        String r = rels[d];
        if (r.startsWith("nsubj") || r.equals("obj") || r.equals("xcomp") || r.equals("dep")) {
          if (isPersonal(pos, feats, d)) {
            pronoun = pronoun < 0 ? d : pronoun;
          } else if (r.startsWith("nsubj") && subject < 0) {
            subject = d;
          } else {
            firstNominal = firstNominal < 0 && !r.equals("xcomp") ? d : firstNominal;
            lastNominal = d;
          }
        } else if (r.equals("advmod") && pos[d] == UPos.ADJ) {
          adjective = d;
        }
      }
      int predicate;
      if (pronoun >= 0) { // the pronoun is the subject, and a noun the parser called subject the predicate
        predicate = lastNominal >= 0 ? lastNominal : subject;
        subject = pronoun;
      } else {
        predicate = lastNominal;
        if (subject < 0 && firstNominal >= 0 && firstNominal != lastNominal && !hasChild(heads, rels, z, "expl")) {
          subject = firstNominal; // two noun phrases the parser left unnamed: the first is the subject
        }
      }
      if (predicate < 0) {
        predicate = adjective;
      }
      if (verbal || subject < 0 || predicate < 0 || predicate == subject) {
        continue;
      }
      for (int d = from; d <= to; d++) {
        if (heads[d] == z && d != predicate) {
          heads[d] = predicate;
        }
      }
      turnRound(heads, rels, predicate, z, "cop");
      pos[z] = UPos.AUX;
      if (!rels[subject].startsWith("nsubj")) {
        rels[subject] = "nsubj";
      }
    }
  }

  /**
   * {@code zijn} with a participle at the end of its clause is the participle's auxiliary ({@code
   * is het overleg op een laag pitje gezet}, {@code is de brug gisteren geopend}): where the parser
   * made the noun phrase after {@code zijn} its predicate ({@code cop}) and hung the participle on
   * that noun (or on a prepositional phrase taken for the predicate: {@code is sinds 2019 …
   * gezet}), the participle heads the clause, the noun phrase is its subject (the prepositional
   * phrase its {@code obl}), {@code zijn} its
   * {@code aux}, and the clause's phrases go with the participle. A participle the noun may well
   * take is left alone: an {@code amod} ({@code de man is een gevierd schrijver}), or an {@code
   * acl} straight after the noun, after a comma or before more words of its clause ({@code het is
   * een boek geschreven door …}); an {@code acl} that closes the clause after a prepositional
   * phrase or further words ({@code is sinds de herfst al vier keer bijeengekomen}) is the verb.
   */
  private static void participleAfterANominalPredicate(UPos[] pos, String[] feats, String[] lemmas, int[] heads,
      String[] rels) {
    int n = pos.length;
    for (int z = 0; z < n; z++) {
      int noun = heads[z];
      if (!lemmas[z].equals("zijn") || !rels[z].equals("cop") || noun <= z || noun >= n
          || !(pos[noun] == UPos.NOUN || pos[noun] == UPos.PROPN || pos[noun] == UPos.NUM)) {
        continue;
      }
      int verb = heads[noun];
      if (verb > noun && verb < Math.min(n, noun + MAX_SCAN) && pos[verb] == UPos.VERB && feats[verb].contains("VerbForm=Part")
          && (rels[noun].equals("obl") || rels[noun].equals("nmod")) && closesClause(pos, verb)
          && noClauseBetween(pos, feats, noun, verb)) {
        // is in 2014 uitgebroken: the phrase is the participle's already, and zijn its auxiliary
        heads[z] = verb;
        rels[z] = "aux";
        continue;
      }
      int participle = -1;
      boolean comma = false;
      for (int p = noun + 1; p < Math.min(n, noun + MAX_SCAN); p++) {
        comma |= pos[p] == UPos.PUNCT;
        if (heads[p] == noun && pos[p] == UPos.VERB && feats[p].contains("VerbForm=Part")
            && (rels[p].equals("dep") || rels[p].equals("xcomp") || rels[p].equals("parataxis")
                || rels[p].equals("acl") && !comma && closesClause(pos, p) && noClauseBetween(pos, feats, noun, p)
                    && (hasChild(heads, rels, noun, "case") || p > noun + 1))) {
          participle = p;
        }
      }
      if (participle < 0) {
        continue;
      }
      heads[participle] = heads[noun];
      rels[participle] = rels[noun];
      for (int d = Math.max(0, noun - MAX_SCAN); d < Math.min(n, noun + MAX_SCAN); d++) {
        if (heads[d] == noun && d != participle && CLAUSE_LEVEL.contains(rels[d])) {
          heads[d] = participle;
        }
      }
      heads[noun] = participle;
      // a phrase with its own preposition (is sinds 2019 … gezet) is the participle's obl; else the subject
      rels[noun] = hasChild(heads, rels, noun, "case") ? "obl" : "nsubj";
      heads[z] = participle;
      rels[z] = "aux";
    }
  }

  /**
   * Whether no clause opens between {@code from} and {@code to} (no finite verb, relative pronoun or
   * complementiser): een boek dat veel mensen heeft geholpen is a relative clause's participle.
   */
  private static boolean noClauseBetween(UPos[] pos, String[] feats, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (pos[k] == UPos.SCONJ || feats[k].contains("PronType=Rel") || feats[k].contains("VerbForm=Fin")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word after {@code p} ends its clause: punctuation or the end of the sentence. */
  private static boolean closesClause(UPos[] pos, int p) {
    return p + 1 >= pos.length || pos[p + 1] == UPos.PUNCT;
  }

  /** Relations of a clause's own, not of a noun: they go with the clause's head. */
  private static final java.util.Set<String> CLAUSE_LEVEL = java.util.Set.of(
      "obl", "obl:arg", "advmod", "punct", "mark", "cc", "aux", "aux:pass", "dep", "parataxis", "advcl", "expl",
      "nsubj", "nsubj:pass", "obj", "iobj", "compound:prt");

  /**
   * A copula's predicate is no finite verb: where the tagger read it as one but the word has an
   * adjective reading ({@code omdat de trein laat was}: laat, not the verb laten), it is that
   * adjective.
   */
  private static void adjectivalPredicates(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels) {
    for (int i = 0; i < words.size(); i++) {
      int h = heads[i];
      if (!rels[i].equals("cop") || h < 0 || pos[h] != UPos.VERB || !feats[h].contains("VerbForm=Fin")) {
        continue;
      }
      for (Reading r : words.get(h).readings()) {
        if (r.tag().startsWith("BNW")) {
          pos[h] = UPos.ADJ;
          feats[h] = r.tag().contains(":VRT") ? "Degree=Cmp" : r.tag().contains(":OVT") ? "Degree=Sup" : "Degree=Pos";
          lemmas[h] = r.lemma();
          break;
        }
      }
    }
  }

  /** {@code lower} takes {@code upper}'s place in the tree and relation; {@code upper} hangs on it as {@code relation}. */
  private static void turnRound(int[] heads, String[] rels, int lower, int upper, String relation) {
    heads[lower] = heads[upper];
    rels[lower] = rels[upper];
    heads[upper] = lower;
    rels[upper] = relation;
  }

  /** Whether {@code d} has a preposition ({@code case}) of its own: a prepositional phrase. */
  private static boolean hasCase(int[] heads, String[] rels, int d, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (heads[k] == d && rels[k].equals("case")) {
        return true;
      }
    }
    return false;
  }

  /** What stays with a noun when a clause is taken from it: its own modifiers. */
  private static final java.util.Set<String> NOUN_LEVEL = java.util.Set.of(
      "det", "amod", "nmod", "nmod:poss", "nummod", "case", "compound", "flat", "appos", "acl", "acl:relcl",
      "fixed", "conj", "cc");

  /**
   * Existential {@code zijn} ({@code er is een probleem}, {@code zijn er veel vragen}) is the verb
   * of its clause in UD Dutch: {@code zijn} is the root (a VERB), the noun phrase its {@code nsubj}
   * and {@code er} its {@code advmod}. Where the parser made such a {@code zijn}, with {@code er}
   * right before or after it, the {@code cop} of the noun phrase, or the auxiliary of a participle
   * that lies in a relative clause after the noun phrase ({@code er zijn mensen die daar gewerkt
   * hebben}), {@code zijn} takes the clause. A participle of zijn's own clause ({@code er is een
   * huis gebouwd}) and an adjective or prepositional predicate ({@code er is niemand ziek}, {@code
   * er is iets aan de hand}) keep zijn as their auxiliary or copula.
   */
  private static void existentialZijn(List<UdTagger.Word> words, UPos[] pos, String[] feats, String[] lemmas,
      int[] heads, String[] rels) {
    int n = words.size();
    for (int z = 0; z < n; z++) {
      if (!lemmas[z].equals("zijn") || !pos[z].isVerbal() || !feats[z].contains("VerbForm=Fin")
          || !(isEr(words, z - 1) || isEr(words, z + 1))) {
        continue;
      }
      int h = heads[z];
      // a noun phrase the parser hung inside another phrase is no clause of zijn's (er zijn drie
      // systemen te onderscheiden: zijn is te's auxiliary)
      if (h <= z || NOMINAL_RELATIONS.contains(rels[h])) {
        continue;
      }
      if (rels[z].equals("cop") && (pos[h] == UPos.NOUN || pos[h] == UPos.PRON || pos[h] == UPos.NUM
          || pos[h] == UPos.PROPN) && !hasCase(heads, rels, h, Math.max(0, h - MAX_SCAN), Math.min(n - 1, h + MAX_SCAN))) {
        takeClauseFrom(heads, rels, z, h, n);
        rels[h] = "nsubj";
      } else if (rels[z].startsWith("aux") && pos[h] == UPos.VERB && feats[h].contains("VerbForm=Part")) {
        int relative = -1;
        for (int k = z + 1; k < h; k++) {
          if (feats[k].contains("PronType=Rel")) {
            relative = k;
            break;
          }
        }
        int noun = -1;
        for (int k = relative - 1; k > z; k--) {
          if ((pos[k] == UPos.NOUN || pos[k] == UPos.PRON || pos[k] == UPos.PROPN) && heads[k] == h) {
            noun = k;
            break;
          }
        }
        if (relative < 0 || noun < 0) {
          continue;
        }
        heads[z] = heads[h];
        rels[z] = rels[h];
        for (int d = Math.max(0, z - MAX_SCAN); d < relative; d++) {
          if (heads[d] == h) {
            heads[d] = z;
          }
        }
        int last = n - 1; // the full stop closes zijn's sentence, not the relative clause
        if (heads[last] == h && pos[last] == UPos.PUNCT) {
          heads[last] = z;
        }
        heads[h] = noun;
        rels[h] = "acl:relcl";
        rels[noun] = "nsubj";
      } else {
        continue;
      }
      for (int k : new int[] {z - 1, z + 1}) {
        if (isEr(words, k) && heads[k] == z) {
          rels[k] = "advmod";
        }
      }
    }
  }

  private static final java.util.Set<String> NOMINAL_RELATIONS = java.util.Set.of(
      "obl", "obl:arg", "obj", "iobj", "nsubj", "nsubj:pass", "nmod", "appos", "conj");

  private static boolean isEr(List<UdTagger.Word> words, int k) {
    return k >= 0 && k < words.size() && words.get(k).form().equalsIgnoreCase("er");
  }

  /** {@code z} takes the place of {@code h} and the clause's phrases on it; {@code h} keeps its own. */
  private static void takeClauseFrom(int[] heads, String[] rels, int z, int h, int n) {
    heads[z] = heads[h];
    rels[z] = rels[h];
    heads[h] = z;
    for (int d = Math.max(0, h - MAX_SCAN); d < Math.min(n, h + MAX_SCAN); d++) {
      if (heads[d] == h && !NOUN_LEVEL.contains(rels[d])) {
        heads[d] = z;
      }
    }
  }

  static final TreeRule INFINITIVE_READ_AS_NOUN = TreeRule.of("infinitive-read-as-noun", t -> {
    for (int k = 1; k < t.size(); k++) {
      infinitiveReadAsNoun(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels(), k);
    }
  });

  static final TreeRule AUXILIARY_HEADS =
      TreeRule.of("auxiliary-heads", t -> auxiliaryHeads(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(),
          t.rels(), t.auxiliaries()));

  static final TreeRule VERBS_ABOVE_THEIR_INFINITIVE =
      TreeRule.of("verbs-above-their-infinitive", t -> verbsAboveTheirInfinitive(t.words(), t.pos(), t.feats(),
          t.lemmas(), t.heads(), t.rels(), t.auxiliaries()));

  static final TreeRule AUXILIARY_AFTER_TE = TreeRule.of("auxiliary-after-te", t -> {
    for (int i = 1; i + 1 < t.size(); i++) {
      auxiliaryAfterTe(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels(), i);
    }
  });

  static final TreeRule COPULA_HEADS =
      TreeRule.of("copula-heads", t -> copulaHeads(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels()));

  static final TreeRule ADJECTIVAL_PREDICATES =
      TreeRule.of("adjectival-predicates", t -> adjectivalPredicates(t.words(), t.pos(), t.feats(), t.lemmas(),
          t.heads(), t.rels()));

  static final TreeRule PARTICIPLE_AFTER_A_NOMINAL_PREDICATE =
      TreeRule.of("participle-after-a-nominal-predicate", t -> participleAfterANominalPredicate(t.pos(), t.feats(),
          t.lemmas(), t.heads(), t.rels()));

  static final TreeRule POINTERS_BEFORE_INFINITIVES =
      TreeRule.of("pointers-before-infinitives", t -> pointersBeforeInfinitives(t.words(), t.pos(), t.heads(),
          t.rels()));

  static final TreeRule SUBJECTS_OF_INFINITIVES =
      TreeRule.of("subjects-of-infinitives", t -> subjectsOfInfinitives(t.words(), t.pos(), t.feats(), t.heads(),
          t.rels()));

  static final TreeRule LINKING_VERB_HEADS = TreeRule.of("linking-verb-heads", t -> {
    for (int w = 0; w < t.size(); w++) {
      linkingVerbHeads(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels(), w);
    }
  });

  static final TreeRule EXISTENTIAL_ZIJN = TreeRule.of("existential-zijn",
      t -> existentialZijn(t.words(), t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels()));

  static final TreeRule AUXILIARY_TAGS =
      TreeRule.of("auxiliary-tags", t -> auxiliaryTags(t.pos(), t.feats(), t.lemmas(), t.heads(), t.rels()));
}
