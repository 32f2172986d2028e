package io.nlbrief.summarizer;

import io.nlbrief.parser.EntityType;
import java.util.List;

/**
 * A person, organisation or place the article names.
 *
 * @param name the fullest form the article uses ({@code Jens Stoltenberg})
 * @param type what kind of name it is; {@link EntityType#OTHER} when neither the tagger nor the
 *     context tells
 * @param mentions how often it is named, in any of its forms
 * @param forms every form used, fullest first ({@code Jens Stoltenberg}, {@code Stoltenberg})
 */
public record Entity(String name, EntityType type, int mentions, List<String> forms) {
  public Entity {
    forms = List.copyOf(forms);
  }
}
