package io.nlbrief.summarizer;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who said a quotation, read from the parser's speaker and the names around it. Two cases change
 * what the parser found, both only when the article makes the answer clear, that is when exactly
 * one person is named in the quotation's paragraph before it:
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
    for (Quote q : article.quotes()) {
      out.add(of(article, entities, q));
    }
    return out;
  }

  private static Attribution of(Article article, List<Entity> entities, Quote q) {
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
    String person = onlyPersonBefore(article, entities, q);
    if (person == null) {
      return new Attribution(q, speaker, null);
    }
    return new Attribution(q, person, cites ? speaker : null);
  }

  private static boolean isName(String word, List<Entity> entities) {
    return entities.stream().anyMatch(e -> e.forms().contains(word));
  }

  /**
   * The one person named in the quotation's paragraph before it, in the shortest form the article
   * uses for them ({@code Stoltenberg}); {@code null} when none or several are.
   */
  private static String onlyPersonBefore(Article article, List<Entity> entities, Quote q) {
    if (q.sentence() < 0 || q.sentence() >= article.sentences().size()) {
      return null;
    }
    Sentence first = article.sentences().get(q.sentence());
    Paragraph paragraph = article.paragraphs().get(first.paragraph());
    Set<String> people = new LinkedHashSet<>();
    for (Sentence s : paragraph.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.entity() != EntityType.PERSON || t.span().end() > q.span().start()) {
          continue;
        }
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j + 1).entity() == EntityType.PERSON && tokens.get(j + 1).span().end() <= q.span().start()) {
          j++;
        }
        String run = article.text().substring(t.span().start(), tokens.get(j).span().end());
        people.add(person(run, entities));
        i = j;
      }
    }
    return people.size() == 1 ? people.iterator().next() : null;
  }

  /** The person entity {@code run} is a form of, as its shortest form; {@code run} itself when none is. */
  private static String person(String run, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && e.forms().contains(run)) {
        return e.forms().stream().min((a, b) -> Integer.compare(a.length(), b.length())).orElse(run);
      }
    }
    return run;
  }
}
