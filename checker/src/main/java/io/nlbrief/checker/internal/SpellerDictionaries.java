package io.nlbrief.checker.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.stemming.Dictionary;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;

/**
 * LanguageTool's Dutch speller, ready-built. Whenever a process first creates a Dutch speller,
 * LanguageTool compiles its plain-text word list ({@code nl/spelling/spelling.txt}, 2.9 MB) into
 * an automaton: 8 of the 14 seconds a cold {@code check} spent before its first finding. The
 * build writes that automaton once ({@link #main}, run by Maven after compiling); at run time
 * {@link #install()} hands it to LanguageTool's own per-process dictionary cache under the key
 * LanguageTool would use, so LanguageTool finds it there and skips the compilation. What the
 * speller accepts is unchanged: it is the same automaton, snapshotted from the same jar.
 *
 * <p>When the snapshot is missing or was made from another LanguageTool version, nothing is
 * installed and LanguageTool compiles the list itself, as it always did: slower, never wrong.
 */
public final class SpellerDictionaries {
  /** Where the build puts the snapshot, on the class path. */
  static final String RESOURCE = "nl-speller-dictionaries.bin";
  private static final String MAGIC = "nlbrief speller dictionaries 1";

  private SpellerDictionaries() {}

  /**
   * Puts the ready-built dictionaries into LanguageTool's cache, once per process (the class
   * holder below runs it on first use, thread-safely). Returns how many were installed.
   */
  public static int install() {
    return Installed.COUNT;
  }

  private static final class Installed {
    static final int COUNT = load();
  }

  private static int load() {
    try (InputStream in = SpellerDictionaries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return 0;
      }
      DataInputStream data = new DataInputStream(in);
      if (!MAGIC.equals(data.readUTF()) || !JLanguageTool.VERSION.equals(data.readUTF())) {
        return 0;
      }
      Map<String, Dictionary> cache = languageToolCache();
      int n = data.readInt();
      int installed = 0;
      for (int i = 0; i < n; i++) {
        String key = data.readUTF();
        byte[] fsa = new byte[data.readInt()];
        data.readFully(fsa);
        // LanguageTool's key is "<plain-text lists>|<info file>"; the metadata comes from that file.
        String info = key.substring(key.lastIndexOf('|') + 1);
        try (InputStream metadata = JLanguageTool.getDataBroker().getFromResourceDirAsStream(info)) {
          Dictionary dictionary = Dictionary.read(new ByteArrayInputStream(fsa), metadata);
          synchronized (cache) {
            if (cache.putIfAbsent(key, dictionary) == null) {
              installed++;
            }
          }
        }
      }
      return installed;
    } catch (IOException | RuntimeException e) {
      // A damaged snapshot must not stop a check: LanguageTool then builds the dictionary itself.
      return 0;
    }
  }

  /** LanguageTool's per-process cache of compiled plain-text dictionaries (a private static map). */
  @SuppressWarnings("unchecked")
  static Map<String, Dictionary> languageToolCache() {
    try {
      Field field = MorfologikMultiSpeller.class.getDeclaredField("dicPathToDict");
      field.setAccessible(true);
      return (Map<String, Dictionary>) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("LanguageTool " + JLanguageTool.VERSION + " keeps no dictionary cache", e);
    }
  }

  /**
   * Build step: lets LanguageTool compile the Dutch speller's dictionaries as it does at run time,
   * then writes every one it cached, under its cache key, to {@code args[0]}. Skips the work when
   * that file already holds a snapshot of this LanguageTool version.
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    if (Files.isRegularFile(out)) {
      try (DataInputStream in = new DataInputStream(Files.newInputStream(out))) {
        if (MAGIC.equals(in.readUTF()) && JLanguageTool.VERSION.equals(in.readUTF())) {
          return;
        }
      } catch (IOException e) {
        // rebuild below
      }
    }
    for (String code : new String[] {"nl", "nl-BE"}) {
      Languages.getLanguageForShortCode(code).getDefaultSpellingRule().isMisspelled("woordenboek");
    }
    Map<String, Dictionary> cached = new TreeMap<>(languageToolCache());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(bytes)) {
      data.writeUTF(MAGIC);
      data.writeUTF(JLanguageTool.VERSION);
      data.writeInt(cached.size());
      for (Map.Entry<String, Dictionary> e : cached.entrySet()) {
        byte[] fsa = new CFSA2Serializer().serialize(e.getValue().fsa, new ByteArrayOutputStream()).toByteArray();
        data.writeUTF(e.getKey());
        data.writeInt(fsa.length);
        data.write(fsa);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.write(tmp, bytes.toByteArray());
    Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
