package io.nlbrief.checker.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.languagetool.AnalyzedToken;
import org.languagetool.synthesis.Synthesizer;

/**
 * A language's synthesizer, loaded on its first real use rather than when it is first asked for.
 * LanguageTool's disambiguator asks for the synthesizer every time one of its rules filters
 * readings, which happens in nearly every sentence, but calls it only for the rare rule that
 * builds a form; Dutch's synthesizer reads LanguageTool's 4.8 MB list of removed forms and its
 * added forms, about a second of CPU on a cold start. Answers are the loaded synthesizer's own.
 */
final class DeferredSynthesizer implements Synthesizer {
  private final Supplier<Synthesizer> load;
  private volatile Synthesizer loaded;

  DeferredSynthesizer(Supplier<Synthesizer> load) {
    this.load = load;
  }

  /** Whether a call has needed the synthesizer yet. */
  boolean isLoaded() {
    return loaded != null;
  }

  private Synthesizer synthesizer() {
    Synthesizer s = loaded;
    if (s == null) {
      synchronized (this) {
        s = loaded;
        if (s == null) {
          s = load.get();
          loaded = s;
        }
      }
    }
    return s;
  }

  @Override
  public String[] synthesize(AnalyzedToken token, String posTag) throws IOException {
    return synthesizer().synthesize(token, posTag);
  }

  @Override
  public String[] synthesize(AnalyzedToken token, String posTag, boolean posTagRegExp) throws IOException {
    return synthesizer().synthesize(token, posTag, posTagRegExp);
  }

  @Override
  public String getPosTagCorrection(String posTag) {
    return synthesizer().getPosTagCorrection(posTag);
  }

  @Override
  public String getSpelledNumber(String arabicNumeral) {
    return synthesizer().getSpelledNumber(arabicNumeral);
  }

  @Override
  public String getTargetPosTag(List<String> posTags, String targetPosTag) {
    return synthesizer().getTargetPosTag(posTags, targetPosTag);
  }
}
