package io.nlbrief.summarizer.gloss;

import java.util.Locale;
import java.util.Optional;

/** The file formats glossaries are imported from and exported to. */
public enum GlossaryFormat {
  /** nlbrief's own: dutch, english, pos, note, tab-separated. */
  TSV,
  /** The same columns, comma-separated (RFC 4180 quoting). */
  CSV,
  /** TermBase eXchange (TBX-Basic 2 {@code termEntry}/{@code langSet} or TBX 3 {@code conceptEntry}/{@code langSec}). */
  TBX,
  /** FreeDict's TEI XML ({@code entry}/{@code form}/{@code orth}, {@code cit type="trans"}/{@code quote}). */
  TEI,
  /** A dictd database: {@code NAME.index} beside {@code NAME.dict.dz} or {@code NAME.dict} (as Debian installs FreeDict). */
  DICTD;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a file name suggests, if any. */
  public static Optional<GlossaryFormat> ofFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".tsv") || n.endsWith(".txt")) {
      return Optional.of(TSV);
    } else if (n.endsWith(".csv")) {
      return Optional.of(CSV);
    } else if (n.endsWith(".tbx")) {
      return Optional.of(TBX);
    } else if (n.endsWith(".tei") || n.endsWith(".tei.xml") || n.endsWith(".xml")) {
      return Optional.of(TEI);
    } else if (n.endsWith(".index") || n.endsWith(".dict.dz") || n.endsWith(".dict")) {
      return Optional.of(DICTD);
    }
    return Optional.empty();
  }
}
