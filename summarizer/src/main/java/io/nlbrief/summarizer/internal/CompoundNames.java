package io.nlbrief.summarizer.internal;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Token;
import io.nlbrief.summarizer.Entity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the article uses only inside compounds ({@code NAVO-lidstaten}, {@code EU-landen}), which
 * {@link Entities} leaves out, so a reader still learns that NATO is involved. Only acronyms are
 * taken from compounds (any capitalised first part would also take the common word that starts a
 * sentence), each typed as the parser types the acronym standing alone, and listed after the
 * entities found otherwise. Thread-safe when the parser is (it is).
 */
public final class CompoundNames {
  private static final Pattern ACRONYM_PREFIX = Pattern.compile("(\\p{Lu}{2,})-\\p{L}.*");

  private final ArticleParser parser;

  public CompoundNames(ArticleParser parser) {
    this.parser = parser;
  }

  /** {@code entities} followed by the acronyms named only inside compounds. */
  public List<Entity> with(Article article, List<Entity> entities) {
    Acronyms acronyms = new Acronyms();
    for (Sentence sentence : article.sentences()) {
      acronyms.add(sentence.tokens());
    }
    return with(acronyms, entities);
  }

  /** {@code entities} followed by those of {@code acronyms} that none of them names. */
  public List<Entity> with(Acronyms acronyms, List<Entity> entities) {
    Set<String> known = new HashSet<>();
    entities.forEach(e -> known.addAll(e.forms()));
    Map<String, Integer> counts = new LinkedHashMap<>();
    // Every acronym is counted, known or not: which are known is clear only once the whole
    // article's entities are; the order of first use is the same either way.
    acronyms.counts.forEach((acronym, count) -> {
      if (!known.contains(acronym)) {
        counts.put(acronym, count);
      }
    });
    if (counts.isEmpty()) {
      return entities;
    }
    List<Entity> all = new ArrayList<>(entities);
    counts.forEach((acronym, count) -> {
      EntityType type = typeOf(acronym);
      if (type != EntityType.OTHER) {
        all.add(new Entity(acronym, type, count, List.of(acronym)));
      }
    });
    return all;
  }

  /**
   * The acronyms an article uses at the start of compounds, counted a sentence at a time in text
   * order (an article's parts one after the other count as the whole). Not thread-safe.
   */
  public static final class Acronyms {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public void add(List<Token> tokens) {
      for (Token token : tokens) {
        Matcher m = ACRONYM_PREFIX.matcher(token.text());
        if (m.matches()) {
          counts.merge(m.group(1), 1, Integer::sum);
        }
      }
    }
  }

  /** How the parser types {@code acronym} standing alone in a plain sentence. */
  private EntityType typeOf(String acronym) {
    try {
      Article alone = parser.parse(("Het gaat om " + acronym + ".").getBytes(StandardCharsets.UTF_8), "-");
      return alone.sentences().stream()
          .flatMap(s -> s.tokens().stream())
          .filter(t -> t.text().equals(acronym) && t.entity() != null)
          .map(Token::entity)
          .findFirst()
          .orElse(EntityType.OTHER);
    } catch (ParseException e) {
      return EntityType.OTHER;
    }
  }
}
