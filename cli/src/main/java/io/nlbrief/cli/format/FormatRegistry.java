package io.nlbrief.cli.format;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The formats of one kind of result, keyed by {@code --format}, in the order help lists them.
 * Immutable. It is an {@link Iterable} of the names so that picocli can offer them for completion.
 */
public final class FormatRegistry<T> implements Iterable<String> {
  private final Map<String, OutputFormat<T>> byName = new LinkedHashMap<>();
  private final Map<String, String> aliases;

  private FormatRegistry(List<OutputFormat<T>> formats, Map<String, String> aliases) {
    for (OutputFormat<T> f : formats) {
      if (byName.put(f.name(), f) != null) {
        throw new IllegalArgumentException("two formats named " + f.name());
      }
    }
    aliases.values().forEach(target -> {
      if (!byName.containsKey(target)) {
        throw new IllegalArgumentException("alias for a format that is not there: " + target);
      }
    });
    this.aliases = Map.copyOf(aliases);
  }

  @SafeVarargs
  public static <T> FormatRegistry<T> of(OutputFormat<T>... formats) {
    return new FormatRegistry<>(List.of(formats), Map.of());
  }

  /** The same formats, with {@code alias} also choosing {@code name} ({@code markdown} for {@code md}). */
  public FormatRegistry<T> withAlias(String alias, String name) {
    Map<String, String> more = new LinkedHashMap<>(aliases);
    more.put(alias, name);
    return new FormatRegistry<>(List.copyOf(byName.values()), more);
  }

  /** The format {@code name} chooses, in any case. */
  public Optional<OutputFormat<T>> find(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(byName.get(aliases.getOrDefault(key, key)));
  }

  /** The format {@code name} chooses; refuses any other name with a message that lists the names. */
  public OutputFormat<T> get(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(
        "expected one of " + names() + " but was '" + name + "'"));
  }

  /** The names, in the order help lists them. */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  @Override
  public Iterator<String> iterator() {
    return names().iterator();
  }
}
