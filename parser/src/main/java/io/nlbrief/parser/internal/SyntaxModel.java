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
 */
record SyntaxModel(UdTagger tagger, UdLemmatizer lemmatizer, ArcEagerParser parser) {
  static final String RESOURCE = "/io/nlbrief/parser/syntax-model.bin.gz";
  private static final int MAGIC = 0x4e4c5331; // "NLS1"

  static SyntaxModel load() {
    try (InputStream raw = SyntaxModel.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
      if (in.readInt() != MAGIC) {
        throw new IllegalStateException("not a syntax model: " + RESOURCE);
      }
      String[] labels = strings(in);
      Perceptron tagModel = Perceptron.read(in);
      UdLemmatizer lemmatizer = UdLemmatizer.read(in);
      String[] relations = strings(in);
      Perceptron parseModel = Perceptron.read(in);
      return new SyntaxModel(new UdTagger(tagModel, labels), lemmatizer, new ArcEagerParser(parseModel, relations));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(DataOutputStream out, String[] labels, Perceptron tagModel, UdLemmatizer lemmatizer,
      String[] relations, Perceptron parseModel) throws IOException {
    out.writeInt(MAGIC);
    strings(out, labels);
    tagModel.write(out);
    lemmatizer.write(out);
    strings(out, relations);
    parseModel.write(out);
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
