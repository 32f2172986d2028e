package io.nlbrief.cli.summarize;

import io.nlbrief.summarizer.Method;
import io.nlbrief.summarizer.Methods;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --method NAME} to a {@link Method}, naming the choices when the name is unknown. */
public final class MethodConverter implements ITypeConverter<Method> {
  @Override
  public Method convert(String value) {
    return Methods.get(value.strip()).orElseThrow(() -> new TypeConversionException(
        "unknown method '" + value + "': expected one of " + String.join(", ", Methods.names())));
  }

  /** For {@code completionCandidates}: the method names. */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Methods.names().iterator();
    }
  }
}
