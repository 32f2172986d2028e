package io.nlbrief.cli.format;

/** A format whose name, extension and standalone-ness are fixed when it is made. */
public abstract class NamedFormat<T> implements OutputFormat<T> {
  private final String name;
  private final String extension;
  private final boolean standalone;

  /** A format whose documents can follow each other on one stream. */
  protected NamedFormat(String name, String extension) {
    this(name, extension, false);
  }

  protected NamedFormat(String name, String extension, boolean standalone) {
    this.name = name;
    this.extension = extension;
    this.standalone = standalone;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String extension() {
    return extension;
  }

  @Override
  public final boolean standalone() {
    return standalone;
  }
}
