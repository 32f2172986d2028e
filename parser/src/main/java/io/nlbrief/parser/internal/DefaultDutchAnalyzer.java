package io.nlbrief.parser.internal;

import io.nlbrief.parser.Clause;
import io.nlbrief.parser.Dependency;
import io.nlbrief.parser.DutchAnalyzer;
import io.nlbrief.parser.Morphology;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.Token;
import io.nlbrief.parser.UPos;
import io.nlbrief.parser.internal.WordTokenizer.RawToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analyser: the trained UD tagger and lemmatiser, the arc-eager parser, then the clause
 * reading ({@link ClauseReader}); a verb with a separated particle gets the joined lemma
 * ({@code stuurt … weg} → {@code wegsturen}), as UD writes it. Thread-safe, one per process.
 */
public final class DefaultDutchAnalyzer implements DutchAnalyzer {
  private static final class Holder {
    static final DefaultDutchAnalyzer INSTANCE = new DefaultDutchAnalyzer();
  }

  // The model is loaded on the first analysis (SharedLanguage.model()), not when the analyser is
  // made: every tagged article's sentences hold the analyser, analysed or not.
  private final DutchLexicon lexicon = SharedLanguage.lexicon();
  private final WordTokenizer tokenizer = new WordTokenizer(Abbreviations.load());
  /** The dictionary's own readings (no compound guessing), remembered across sentences. */
  private final DictionaryMemo dictionary = new DictionaryMemo(lexicon::dictionaryReadings);

  private DefaultDutchAnalyzer() {}

  public static DefaultDutchAnalyzer shared() {
    return Holder.INSTANCE;
  }

  @Override
  public Sentence analyse(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    if (n == 0) {
      return sentence;
    }
    List<UdTagger.Word> words = new ArrayList<>(n);
    for (Token t : tokens) {
      // The dictionary's own order of readings, as in training (the article tagger reorders them).
      words.add(new UdTagger.Word(t.text(), t.text().toLowerCase(Locale.ROOT), lexicon.readings(t.text())));
    }
    WordAnalysis a = WordAnalysis.of(SharedLanguage.model(), words, lexicon::readings, dictionary);
    String[] forms = new String[n];
    for (int i = 0; i < n; i++) {
      forms[i] = tokens.get(i).text();
    }
    joinParticles(forms, a);
    List<Clause> clauses = ClauseReader.read(forms, a.pos(), a.features(), a.lemmas(), a.heads(), a.relations());
    List<Token> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      String feats = withPerson(a.features()[i], a.pos()[i], t.tag());
      out.add(t.withAnalysis(new Morphology(a.pos()[i], a.lemmas()[i], feats),
          new Dependency(a.heads()[i], a.relations()[i])));
    }
    return new Sentence(sentence.index(), sentence.paragraph(), sentence.text(), sentence.span(), out, clauses);
  }

  @Override
  public Sentence analyseFragment(String text) {
    List<RawToken> raw = tokenizer.tokenize(text, 0, text.length());
    if (raw.isEmpty()) {
      return new Sentence(0, 0, text.strip(), new Span(0, 0), List.of());
    }
    List<Token> tokens = new ArticleTagger(lexicon, lexicon.preferredReadings()).tag(text, List.of(raw)).get(0);
    Span span = new Span(raw.get(0).start(), raw.get(raw.size() - 1).end());
    return analyse(new Sentence(0, 0, span.of(text), span, tokens));
  }

  /** {@code stuurt … weg}: the verb's lemma becomes {@code wegsturen}, as UD's lemma convention has it. */
  private static void joinParticles(String[] forms, WordAnalysis a) {
    for (int i = 0; i < forms.length; i++) {
      int h = a.heads()[i];
      if (h >= 0 && a.relations()[i].equals("compound:prt") && a.pos()[h].isVerbal()) {
        String particle = forms[i].toLowerCase(Locale.ROOT);
        if (!a.lemmas()[h].startsWith(particle)) {
          a.lemmas()[h] = particle + a.lemmas()[h];
        }
      }
    }
  }

  /** Person on finite verbs from LanguageTool's tag ({@code WKW:TGW:3EP} → 3), which UD's label leaves out. */
  private static String withPerson(String feats, UPos pos, String tag) {
    if (!pos.isVerbal() || tag == null || !tag.startsWith("WKW") || !feats.contains("VerbForm=Fin") || feats.contains("Person=")) {
      return feats;
    }
    String person = tag.contains(":1EP") ? "1" : tag.contains(":2EP") ? "2" : tag.contains(":3EP") ? "3" : null;
    if (person == null) {
      return feats;
    }
    // Features stay sorted by name: Number < Person < Tense < VerbForm.
    int at = feats.indexOf("Tense=");
    at = at < 0 ? feats.indexOf("VerbForm=") : at;
    return feats.substring(0, at) + "Person=" + person + "|" + feats.substring(at);
  }
}
