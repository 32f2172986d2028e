package io.nlbrief.summarizer;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who said a quotation, read from the parser's speaker and the names around it. Two cases change
 * what the parser found, both only when the article makes the answer clear, that is when exactly
 * one of the article's people is named in the quotation's paragraph before it:
 *
 * <ul>
 *   <li>an outlet that cites ({@code …'', citeert de BBC}) is who reports the quotation, not who
 *       said it: the speaker is that person and the outlet is {@code reportedBy};
 *   <li>an epithet ({@code aldus de Noor}, {@code zei de minister}: a determiner and a word that is
 *       none of the article's names) stands for that person.
 * </ul>
 *
 * Otherwise the speaker stays as written.
 *
 * @param quote the quotation
 * @param speaker who said it, or {@code null} when the text names nobody
 * @param reportedBy the outlet credited with the quotation, or {@code null}
 */
public record Attribution(Quote quote, String speaker, String reportedBy) {
  /** Forms of citeren: the subject relays someone else's words. */
  private static final Pattern CITES = Pattern.compile("(?iu)\\bcite(er|erde|erden|ert|ren)\\b");
  private static final Pattern EPITHET = Pattern.compile("(?u)(de|het) \\p{L}[\\p{L}-]*");

  /** Every quotation of {@code article}, in text order; {@code entities} are the article's names (as the summarizer found them). */
  public static List<Attribution> of(Article article, List<Entity> entities) {
    List<Attribution> out = new ArrayList<>(article.quotes().size());
    // Listed once: Article.sentences() makes its list anew each time, which for each of a book's
    // thousands of quotations made attribution quadratic.
    List<Sentence> sentences = article.sentences();
    for (Quote q : article.quotes()) {
      out.add(of(article, sentences, entities, q));
    }
    return out;
  }

  private static Attribution of(Article article, List<Sentence> sentences, List<Entity> entities, Quote q) {
    String speaker = q.speaker();
    if (speaker == null || q.speakerSpan() == null) {
      return new Attribution(q, speaker, null);
    }
    boolean cites = q.speakerSpan().start() >= q.span().end()
        && CITES.matcher(article.text().substring(q.span().end(), q.speakerSpan().start())).find();
    boolean epithet = !cites && EPITHET.matcher(speaker).matches() && !isName(speaker.substring(speaker.indexOf(' ') + 1), entities);
    if (!cites && !epithet) {
      return new Attribution(q, speaker, null);
    }
    String person = onlyPersonBefore(article, sentences, entities, q);
    if (person == null) {
      return new Attribution(q, speaker, null);
    }
    return new Attribution(q, person, cites ? speaker : null);
  }

  /** Whether {@code word} is one of the article's typed names ({@code de BBC}); an untyped capital ({@code de Noor}) is not. */
  private static boolean isName(String word, List<Entity> entities) {
    return entities.stream().anyMatch(e -> e.type() != EntityType.OTHER && e.forms().contains(word));
  }

  /**
   * The one person among {@code entities} named in the quotation's paragraph before it, in the
   * shortest form the article uses for them ({@code Stoltenberg}); {@code null} when none or several
   * are. The summarizer's people, not the tagger's hints, which also take a nationality adjective
   * ({@code het Engelse Salisbury}) for a name.
   */
  private static String onlyPersonBefore(Article article, List<Sentence> sentences, List<Entity> entities, Quote q) {
    if (q.sentence() < 0 || q.sentence() >= sentences.size()) {
      return null;
    }
    Paragraph paragraph = article.paragraphs().get(sentences.get(q.sentence()).paragraph());
    String before = article.text().substring(paragraph.span().start(), Math.max(paragraph.span().start(), q.span().start()));
    Entity only = null;
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && e.forms().stream().anyMatch(form -> namedIn(before, form))) {
        if (only != null) {
          return null;
        }
        only = e;
      }
    }
    return only == null ? null : only.forms().stream().min(Comparator.comparingInt(String::length)).orElse(only.name());
  }

  /** Whether {@code text} has {@code form} as whole words. */
  private static boolean namedIn(String text, String form) {
    for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      int end = at + form.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
