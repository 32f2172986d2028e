package io.nlbrief.parser.internal;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.Treebank;
import io.nlbrief.parser.TreebankSplit;
import io.nlbrief.parser.UPos;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Trains {@code syntax-model.bin.gz} on the tuning part ({@link TreebankSplit#TUNE}) of UD
 * CoNLL-U files; the held-apart part is never read. Deterministic (fixed shuffling seed).
 *
 * <pre>
 * java -cp cli/target/nlbrief.jar io.nlbrief.parser.internal.SyntaxTrainer OUT.bin.gz [--check] FILE.conllu…
 * </pre>
 *
 * {@code --check} trains on four fifths of the tuning part and reports tagging, lemma and
 * attachment accuracy on the other fifth (gold words), for choosing features without ever
 * looking at the held-apart part.
 */
public final class SyntaxTrainer {
  private static final int TAGGER_EPOCHS = 8;
  /**
   * Which fifth of the tuning part {@code --check} holds out and {@code --report} scores (0–4; 4 by
   * default): checking on all five folds in turn gives five times the words to judge a rule by.
   */
  private static final int CHECK_FOLD = Integer.getInteger("nlbrief.checkFold", 4);
  private static final int PARSER_EPOCHS = Integer.getInteger("nlbrief.parserEpochs", 12);
  private static final boolean DYNAMIC = !Boolean.getBoolean("nlbrief.static");
  /** Averaged weights smaller than this are dropped: a smaller model, the same accuracy. */
  private static final float PRUNE = Float.parseFloat(System.getProperty("nlbrief.prune", "0.05"));

  /**
   * The parser learns from tags the way the tagger gives them, mistakes and all: each training
   * sentence's tags come from a tagger trained on the other folds (jackknifing), so the parser is
   * trained on the tag errors it will meet. 0 (the default): gold tags. Five folds measured no
   * better on the tuning check (LAS 68.25 → 68.29, nsubj 64.7 → 65.0, mark 72.2 → 67.3).
   */
  private static final int JACKKNIFE = Integer.getInteger("nlbrief.jackknife", 0);

  private SyntaxTrainer() {}

  record Example(List<UdTagger.Word> words, int[] labels, int[] heads, int[] relations, List<Treebank.Word> gold) {}

  public static void main(String[] args) throws IOException {
    if (args[0].equals("--report")) {
      // --report MODEL FILE…: a model trained with --check, scored again on its check fifth
      // (for rules over the tree, which need no training).
      List<Treebank.Sentence> sentences = new ArrayList<>();
      for (int i = 2; i < args.length; i++) {
        sentences.addAll(Treebank.read(Path.of(args[i]), TreebankSplit.TUNE));
      }
      List<Treebank.Sentence> test = new ArrayList<>();
      for (int i = CHECK_FOLD; i < sentences.size(); i += 5) {
        test.add(sentences.get(i));
      }
      try (java.io.InputStream in = Files.newInputStream(Path.of(args[1]))) {
        report(SyntaxModel.load(in), test, SharedLanguage.lexicon());
      }
      return;
    }
    Path out = Path.of(args[0]);
    boolean check = false;
    List<Treebank.Sentence> sentences = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--check")) {
        check = true;
      } else {
        sentences.addAll(Treebank.read(Path.of(args[i]), TreebankSplit.TUNE));
      }
    }
    List<Treebank.Sentence> train = new ArrayList<>();
    List<Treebank.Sentence> test = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      (check && i % 5 == CHECK_FOLD ? test : train).add(sentences.get(i));
    }
    DutchLexicon lexicon = SharedLanguage.lexicon();
    TreeSet<String> labelSet = new TreeSet<>();
    TreeSet<String> relationSet = new TreeSet<>();
    for (Treebank.Sentence s : train) {
      for (Treebank.Word w : s.words()) {
        labelSet.add(label(w));
        relationSet.add(relation(w));
      }
    }
    String[] labels = labelSet.toArray(new String[0]);
    String[] relations = relationSet.toArray(new String[0]);
    Map<String, Integer> labelIds = ids(labels);
    Map<String, Integer> relationIds = ids(relations);
    List<Example> examples = new ArrayList<>();
    for (Treebank.Sentence s : train) {
      examples.add(example(s, lexicon, labelIds, relationIds));
    }

    UdTagger shell = new UdTagger(null, labels);
    Perceptron.Trainer tagTrainer = new Perceptron.Trainer(labels.length);
    Random random = new Random(13);
    List<Example> order = new ArrayList<>(examples);
    for (int epoch = 0; epoch < TAGGER_EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      int errors = 0;
      int total = 0;
      for (Example e : order) {
        errors += shell.train(tagTrainer, e.words(), e.labels());
        total += e.words().size();
      }
      System.err.printf(Locale.ROOT, "tagger epoch %d: %.2f%% training errors%n", epoch, 100.0 * errors / total);
    }
    Perceptron tagModel = tagTrainer.average(PRUNE);
    UdLemmatizer lemmatizer = lemmatizer(examples, labels);
    Map<Example, int[]> parserTags = jackknife(examples, labels);
    java.util.Set<String> auxiliaries = auxiliaries(train);

    ArcEagerParser parserShell = ArcEagerParser.untrained(relations);
    Perceptron.Trainer parseTrainer = new Perceptron.Trainer(ArcEagerParser.transitions(relations.length));
    for (int epoch = 0; epoch < PARSER_EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      int errors = 0;
      int total = 0;
      for (Example e : order) {
        int[] tags = parserTags.getOrDefault(e, e.labels());
        UPos[] pos = new UPos[tags.length];
        for (int i = 0; i < pos.length; i++) {
          pos[i] = shell.pos(tags[i]);
        }
        ArcEagerParser.Input in = WordAnalysis.parserInput(e.words(), tags, pos);
        errors += DYNAMIC
            ? parserShell.trainDynamic(parseTrainer, in, e.heads(), e.relations(), epoch > 0, random)
            : parserShell.train(parseTrainer, in, e.heads(), e.relations());
        total += e.words().size();
      }
      System.err.printf(Locale.ROOT, "parser epoch %d: %.2f errors per 100 words%n", epoch, 100.0 * errors / total);
    }
    Perceptron parseModel = parseTrainer.average(PRUNE);

    try (OutputStream file = Files.newOutputStream(out);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(file, 1 << 16)))) {
      SyntaxModel.write(data, labels, tagModel, lemmatizer, relations, parseModel, auxiliaries);
    }
    System.err.printf(Locale.ROOT, "%d sentences, %d labels, %d relations: %s%n", train.size(), labels.length,
        relations.length, out);
    if (check) {
      SyntaxModel model = new SyntaxModel(new UdTagger(tagModel, labels), lemmatizer,
          new ArcEagerParser(parseModel, relations), auxiliaries);
      report(model, test, lexicon);
    }
  }

  /**
   * Verb lemmas that are {@code aux} or {@code aux:pass} in at least half of their uses (and at
   * least {@link #MIN_AUX_USES} uses) in the training part: in UD Dutch {@code hebben},
   * {@code worden}, {@code zullen}, {@code kunnen} and the like, not {@code willen} (a verb with an
   * {@code xcomp}) nor {@code zijn} (a copula more often than not).
   */
  static java.util.Set<String> auxiliaries(List<Treebank.Sentence> train) {
    Map<String, int[]> uses = new TreeMap<>();
    for (Treebank.Sentence s : train) {
      for (Treebank.Word w : s.words()) {
        if (w.upos().equals("VERB") || w.upos().equals("AUX")) {
          int[] c = uses.computeIfAbsent(w.lemma().toLowerCase(Locale.ROOT), k -> new int[2]);
          c[0]++;
          c[1] += w.deprel().equals("aux") || w.deprel().equals("aux:pass") ? 1 : 0;
        }
      }
    }
    java.util.Set<String> out = new TreeSet<>();
    uses.forEach((lemma, c) -> {
      if (c[0] >= MIN_AUX_USES && 2 * c[1] >= c[0]) {
        out.add(lemma);
      }
    });
    System.err.println("auxiliaries: " + out);
    return out;
  }

  private static final int MIN_AUX_USES = 5;

  /** Every example's tags by a tagger that did not see it ({@link #JACKKNIFE} folds); empty map when off. */
  private static Map<Example, int[]> jackknife(List<Example> examples, String[] labels) {
    Map<Example, int[]> out = new java.util.IdentityHashMap<>();
    if (JACKKNIFE < 2) {
      return out;
    }
    int wrong = 0;
    int total = 0;
    for (int fold = 0; fold < JACKKNIFE; fold++) {
      UdTagger shell = new UdTagger(null, labels);
      Perceptron.Trainer trainer = new Perceptron.Trainer(labels.length);
      List<Example> rest = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (i % JACKKNIFE != fold) {
          rest.add(examples.get(i));
        }
      }
      Random random = new Random(31 + fold);
      for (int epoch = 0; epoch < TAGGER_EPOCHS; epoch++) {
        Collections.shuffle(rest, random);
        for (Example e : rest) {
          shell.train(trainer, e.words(), e.labels());
        }
      }
      UdTagger tagger = new UdTagger(trainer.average(PRUNE), labels);
      for (int i = fold; i < examples.size(); i += JACKKNIFE) {
        Example e = examples.get(i);
        int[] tags = tagger.tag(e.words());
        for (int k = 0; k < tags.length; k++) {
          wrong += tags[k] != e.labels()[k] ? 1 : 0;
        }
        total += tags.length;
        out.put(e, tags);
      }
    }
    System.err.printf(Locale.ROOT, "jackknifed tags for the parser: %d folds, %.2f%% label errors%n", JACKKNIFE,
        100.0 * wrong / Math.max(total, 1));
    return out;
  }

  private static void report(SyntaxModel model, List<Treebank.Sentence> test, DutchLexicon lexicon) {
    int n = 0;
    int pos = 0;
    int lemma = 0;
    int uas = 0;
    int las = 0;
    Map<String, int[]> confusion = new TreeMap<>();
    Map<String, int[]> relationCounts = new TreeMap<>();
    int[] finite = new int[3];
    for (Treebank.Sentence s : test) {
      List<UdTagger.Word> words = words(s, lexicon);
      WordAnalysis a = WordAnalysis.of(model, words, lexicon::readings, lexicon::dictionaryReadings);
      if (Boolean.getBoolean("nlbrief.trees")) {
        // -Dnlbrief.trees=true: each checked sentence, one row a word, the system's analysis beside
        // gold's (heads from 1), for reading the rules' misses in context on the tuning check
        StringBuilder t = new StringBuilder("# ").append(s.text()).append('\n');
        for (int i = 0; i < words.size(); i++) {
          Treebank.Word g = s.words().get(i);
          t.append(i + 1).append('\t').append(g.form()).append('\t').append(a.pos()[i]).append('\t')
              .append(a.features()[i]).append('\t').append(a.heads()[i] + 1).append('\t').append(a.relations()[i])
              .append("\t| ").append(g.upos()).append('\t').append(g.head()).append('\t').append(relation(g))
              .append('\n');
        }
        System.err.print(t.append('\n'));
      }
      for (int i = 0; i < words.size(); i++) {
        Treebank.Word g = s.words().get(i);
        n++;
        boolean p = a.pos()[i].name().equals(g.upos());
        pos += p ? 1 : 0;
        if (!p) {
          confusion.computeIfAbsent(g.upos() + "->" + a.pos()[i], k -> new int[1])[0]++;
          // -Dnlbrief.confusion=VERB-\>AUX lists that confusion's words (all: every confusion), for
          // looking at on the tuning check, never on the held-apart part
          String wanted = System.getProperty("nlbrief.confusion", "");
          if (wanted.equals("all") || (g.upos() + "->" + a.pos()[i]).equals(wanted)) {
            System.err.printf("%s miss: %s/%s gold %s, got %s | %s%n", g.upos() + "->" + a.pos()[i], g.form(),
                a.lemmas()[i], relation(g), a.relations()[i], marked(s, i));
          }
        }
        boolean lemmaRight = a.lemmas()[i].replace("_", "").toLowerCase(Locale.ROOT).equals(g.lemma().replace("_", "").toLowerCase(Locale.ROOT));
        lemma += lemmaRight ? 1 : 0;
        if (!lemmaRight && Boolean.getBoolean("nlbrief.lemmas")) {
          System.err.printf("lemma miss: %s %s gold %s got %s %s%n", g.form(), g.upos() + "/" + a.pos()[i], g.lemma(), a.lemmas()[i], a.features()[i]);
        }
        if (Boolean.getBoolean("nlbrief.copula") && g.deprel().equals("cop") && !a.relations()[i].equals("cop")) {
          StringBuilder deps = new StringBuilder();
          for (int d = 0; d < words.size(); d++) {
            if (a.heads()[d] == i) {
              deps.append(' ').append(s.words().get(d).form()).append('/').append(a.pos()[d]).append('/').append(a.relations()[d]);
            }
          }
          System.err.printf("copula miss: %s got %s, gold head %s | deps:%s | %s%n", g.form(), a.relations()[i],
              s.words().get(g.head() - 1).form(), deps, s.text());
        }
        boolean gf = g.feats().contains("VerbForm=Fin");
        boolean sf = a.features()[i].contains("VerbForm=Fin");
        finite[0] += gf ? 1 : 0;
        finite[1] += sf ? 1 : 0;
        finite[2] += gf && sf ? 1 : 0;
        if (gf != sf && Boolean.getBoolean("nlbrief.finite")) {
          System.err.printf("finite %s: %s %s/%s | %s%n", gf ? "missed" : "extra", g.form(), g.upos(), a.pos()[i], marked(s, i));
        }
        boolean head = a.heads()[i] + 1 == g.head();
        uas += head ? 1 : 0;
        String gr = relation(g);
        String sr = a.relations()[i];
        for (String rel : new String[] {"nsubj", "compound:prt", "mark", "obj"}) {
          boolean gm = gr.equals(rel) || gr.startsWith(rel + ":") && rel.equals("nsubj");
          boolean sm = sr.equals(rel) || sr.startsWith(rel + ":") && rel.equals("nsubj");
          int[] c = relationCounts.computeIfAbsent(rel, x -> new int[3]);
          c[0] += gm ? 1 : 0;
          c[1] += sm ? 1 : 0;
          c[2] += gm && sm && head ? 1 : 0;
          if (sm && !gm && Boolean.getBoolean("nlbrief.show")) {
            System.err.printf("%s extra: %s [%s] gold %s | %s%n", rel, g.form(), a.pos()[i], gr, marked(s, i));
          }
          if (gm && !(sm && head) && Boolean.getBoolean("nlbrief.show")) {
            int gh = g.head() - 1;
            int sh = a.heads()[i];
            System.err.printf("%s miss: %s [%s] gold head %s, got %s head %s | %s%n", rel, g.form(), a.pos()[i],
                gh >= 0 ? s.words().get(gh).form() + "/" + s.words().get(gh).upos() : "ROOT", sr,
                sh >= 0 ? s.words().get(sh).form() + "/" + a.pos()[sh] : "ROOT", s.text());
          }
        }
        las += head && a.relations()[i].split(":")[0].equals(relation(g).split(":")[0]) ? 1 : 0;
      }
    }
    System.err.printf(Locale.ROOT, "check on %d words: UPOS %.2f lemma %.2f UAS %.2f LAS %.2f%n", n, 100.0 * pos / n,
        100.0 * lemma / n, 100.0 * uas / n, 100.0 * las / n);
    System.err.printf(Locale.ROOT, "  finite verb F1 %.1f (gold %d, system %d, right %d)%n",
        200.0 * finite[2] / Math.max(finite[0] + finite[1], 1), finite[0], finite[1], finite[2]);
    relationCounts.forEach((rel, c) -> {
      double p = (double) c[2] / Math.max(c[1], 1);
      double r = (double) c[2] / Math.max(c[0], 1);
      System.err.printf(Locale.ROOT, "  %s F1 %.1f (gold %d, system %d, right %d)%n", rel, 200 * p * r / Math.max(p + r, 1e-9), c[0], c[1], c[2]);
    });
    confusion.entrySet().stream().sorted((x, y) -> y.getValue()[0] - x.getValue()[0]).limit(15)
        .forEach(e -> System.err.println("  " + e.getKey() + " " + e.getValue()[0]));
  }

  /** The sentence's words with the {@code i}th in brackets, for reading a miss in its place. */
  private static String marked(Treebank.Sentence s, int i) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < s.words().size(); k++) {
      String form = s.words().get(k).form();
      sb.append(k > 0 ? " " : "").append(k == i ? "[" + form + "]" : form);
    }
    return sb.toString();
  }

  static List<UdTagger.Word> words(Treebank.Sentence s, DutchLexicon lexicon) {
    List<UdTagger.Word> out = new ArrayList<>();
    for (Treebank.Word w : s.words()) {
      out.add(UdTagger.Word.of(w.form(), lexicon.readings(w.form())));
    }
    return out;
  }

  private static Example example(Treebank.Sentence s, DutchLexicon lexicon, Map<String, Integer> labelIds,
      Map<String, Integer> relationIds) {
    int n = s.words().size();
    int[] labels = new int[n];
    int[] heads = new int[n + 1];
    int[] rels = new int[n + 1];
    for (int i = 0; i < n; i++) {
      Treebank.Word w = s.words().get(i);
      labels[i] = labelIds.get(label(w));
      heads[i + 1] = w.head() < 0 || w.head() > n ? 0 : w.head();
      rels[i + 1] = relationIds.get(relation(w));
    }
    projectivize(heads);
    return new Example(words(s, lexicon), labels, heads, rels, s.words());
  }

  /** Lifts non-projective arcs to the head's head until the tree is projective. */
  static void projectivize(int[] head) {
    int n = head.length - 1;
    for (int round = 0; round < n * n; round++) {
      int worst = -1;
      int worstLength = Integer.MAX_VALUE;
      for (int d = 1; d <= n; d++) {
        int h = head[d];
        int lo = Math.min(h, d);
        int hi = Math.max(h, d);
        for (int k = lo + 1; k < hi; k++) {
          if (!dominates(head, h, k)) {
            if (hi - lo < worstLength) {
              worst = d;
              worstLength = hi - lo;
            }
            break;
          }
        }
      }
      if (worst < 0) {
        return;
      }
      head[worst] = head[head[worst]];
    }
  }

  private static boolean dominates(int[] head, int h, int k) {
    int steps = 0;
    while (k != 0 && steps++ < head.length) {
      k = head[k];
      if (k == h) {
        return true;
      }
    }
    return h == 0;
  }

  private static UdLemmatizer lemmatizer(List<Example> examples, String[] labels) {
    int[] formRight = new int[UPos.values().length];
    int[] readingRight = new int[UPos.values().length];
    Map<String, Map<String, Integer>> rules = new HashMap<>();
    for (Example e : examples) {
      for (int i = 0; i < e.gold().size(); i++) {
        Treebank.Word g = e.gold().get(i);
        UPos pos = UPos.parse(g.upos());
        String gold = g.lemma().replace("_", "").toLowerCase(Locale.ROOT);
        String lower = g.form().toLowerCase(Locale.ROOT);
        List<Reading> readings = e.words().get(i).readings();
        Reading fit = UdLemmatizer.bestReading(readings, pos, g.feats());
        formRight[pos.ordinal()] += lower.equals(gold) ? 1 : 0;
        readingRight[pos.ordinal()] += (fit != null ? fit.lemma().toLowerCase(Locale.ROOT) : lower).equals(gold) ? 1 : 0;
        if (fit == null) {
          int common = 0;
          while (common < lower.length() && common < gold.length() && lower.charAt(common) == gold.charAt(common)) {
            common++;
          }
          int strip = lower.length() - common;
          if (strip <= 9) {
            String rule = strip + gold.substring(common);
            rules.computeIfAbsent(pos.ordinal() + ":" + UdLemmatizer.tail(lower), k -> new TreeMap<>())
                .merge(rule, 1, Integer::sum);
          }
        }
      }
    }
    boolean[] keeps = new boolean[UPos.values().length];
    for (UPos p : UPos.values()) {
      keeps[p.ordinal()] = formRight[p.ordinal()] > readingRight[p.ordinal()];
      System.err.printf(Locale.ROOT, "lemma %s: form right %d, reading right %d%s%n", p, formRight[p.ordinal()],
          readingRight[p.ordinal()], keeps[p.ordinal()] ? " (keeps form)" : "");
    }
    Map<String, String> kept = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : rules.entrySet()) {
      String best = null;
      int bestCount = 0;
      int identity = e.getValue().getOrDefault("0", 0);
      for (Map.Entry<String, Integer> r : e.getValue().entrySet()) {
        if (r.getValue() > bestCount) {
          best = r.getKey();
          bestCount = r.getValue();
        }
      }
      if (best != null && !best.equals("0") && bestCount >= 2 && bestCount > identity) {
        kept.put(e.getKey(), best);
      }
    }
    System.err.printf(Locale.ROOT, "%d suffix rules%n", kept.size());
    return new UdLemmatizer(keeps, kept);
  }

  /** The tagger's label: part of speech and the features it predicts (not gender, ExtPos, Abbr, Foreign). */
  static String label(Treebank.Word w) {
    StringBuilder sb = new StringBuilder();
    if (!w.feats().equals("_")) {
      for (String f : w.feats().split("\\|")) {
        if (f.startsWith("Gender=") || f.startsWith("ExtPos=") || f.startsWith("Abbr=") || f.startsWith("Foreign=")) {
          continue;
        }
        sb.append(sb.length() > 0 ? "|" : "").append(f);
      }
    }
    return sb.length() == 0 ? w.upos() : w.upos() + "|" + sb;
  }

  static String relation(Treebank.Word w) {
    return w.deprel().equals("_") ? "dep" : w.deprel();
  }

  private static Map<String, Integer> ids(String[] values) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      out.put(values[i], i);
    }
    return out;
  }
}
