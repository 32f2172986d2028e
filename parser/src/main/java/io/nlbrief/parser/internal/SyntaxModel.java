package io.nlbrief.parser.internal;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The trained tagger, lemmatiser and parser, read from {@code syntax-model.bin.gz} (trained by
 * {@link SyntaxTrainer} on the tuning part of the UD Dutch dev treebanks: CC BY-SA 4.0, see NOTICE).
 * {@code auxiliaries}: the verb lemmas the training part uses as {@code aux} or {@code aux:pass}
 * most of the time (learnt, see {@link SyntaxTrainer}); a model of the first format has none.
 */
record SyntaxModel(UdTagger tagger, UdLemmatizer lemmatizer, ArcEagerParser parser, java.util.Set<String> auxiliaries) {
  static final String RESOURCE = "/io/nlbrief/parser/syntax-model.bin.gz";
  private static final int MAGIC = 0x4e4c5331; // "NLS1"
  /** The same, then the auxiliaries' lemmas. */
  private static final int MAGIC_2 = 0x4e4c5332; // "NLS2"

  static SyntaxModel load() {
    try (InputStream raw = SyntaxModel.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return load(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A model from its gzip bytes (the stream is read, not closed). */
  static SyntaxModel load(InputStream raw) {
    try {
      DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
      int magic = in.readInt();
      if (magic != MAGIC && magic != MAGIC_2) {
        throw new IllegalStateException("not a syntax model: " + RESOURCE);
      }
      String[] labels = strings(in);
      Perceptron tagModel = Perceptron.read(in);
      UdLemmatizer lemmatizer = UdLemmatizer.read(in);
      String[] relations = strings(in);
      Perceptron parseModel = Perceptron.read(in);
      java.util.Set<String> auxiliaries = magic == MAGIC_2 ? java.util.Set.of(strings(in)) : java.util.Set.of();
      return new SyntaxModel(new UdTagger(tagModel, labels), lemmatizer, new ArcEagerParser(parseModel, relations),
          auxiliaries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(DataOutputStream out, String[] labels, Perceptron tagModel, UdLemmatizer lemmatizer,
      String[] relations, Perceptron parseModel, java.util.Set<String> auxiliaries) throws IOException {
    out.writeInt(MAGIC_2);
    strings(out, labels);
    tagModel.write(out);
    lemmatizer.write(out);
    strings(out, relations);
    parseModel.write(out);
    strings(out, new java.util.TreeSet<>(auxiliaries).toArray(new String[0]));
  }

  private static String[] strings(DataInputStream in) throws IOException {
    String[] out = new String[in.readInt()];
    for (int i = 0; i < out.length; i++) {
      out[i] = in.readUTF();
    }
    return out;
  }

  private static void strings(DataOutputStream out, String[] values) throws IOException {
    out.writeInt(values.length);
    for (String v : values) {
      out.writeUTF(v);
    }
  }
}
