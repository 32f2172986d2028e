package io.nlbrief.cli.gloss;

import io.nlbrief.summarizer.gloss.EnglishVariant;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --english american|british}: the English of the rendering, for every command that prints
 * it (gloss, brief, pipeline, serve, eval gloss, glossary lookup). American (the default): "…" for
 * Dutch quotations, Mr., U.S., organize, center; British: the glossary's own English ('…', Mr, US,
 * organise, centre).
 */
public final class EnglishOptions {
  @Option(
      names = "--english",
      paramLabel = "american|british",
      defaultValue = "american",
      converter = Converter.class,
      completionCandidates = Names.class,
      description = "The English of the rendering: american (default: \"…\" for Dutch quotations, Mr., U.S., "
          + "organize, center) or british (the glossary's own: '…', Mr, US, organise, centre).")
  private EnglishVariant english = EnglishVariant.DEFAULT;

  /** The variant asked for, American unless told otherwise. */
  public EnglishVariant variant() {
    return english;
  }

  /** american or british, in any case. */
  public static final class Converter implements ITypeConverter<EnglishVariant> {
    @Override
    public EnglishVariant convert(String value) {
      try {
        return EnglishVariant.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected american or british but was '" + value + "'");
      }
    }
  }

  /** The values shell completion offers. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("american", "british").iterator();
    }
  }
}
