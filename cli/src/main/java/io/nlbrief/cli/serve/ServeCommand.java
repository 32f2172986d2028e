package io.nlbrief.cli.serve;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.DutchVariant;
import io.nlbrief.cli.VersionProvider;
import io.nlbrief.cli.check.CheckCommand;
import io.nlbrief.cli.check.WordList;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.gloss.GlossaryOptions;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.options.SizeConverter;
import io.nlbrief.cli.options.Verbosity;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.parser.ParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nlbrief serve}: LanguageTool's HTTP API (and nlbrief's) on a local port. */
@Command(
    name = "serve",
    description = {
      "Serve nlbrief's proofreading over LanguageTool's HTTP API (POST /v2/check, GET /v2/languages), so "
          + "editors and tools that talk to a LanguageTool server (LTeX, LibreOffice, browser add-ons) use nlbrief.",
      "Also nlbrief's own API (POST /v1/parse, /v1/summarize, /v1/gloss, /v1/brief: the command's output for an "
          + "article sent as text or as a file of any format; GET /v1/openapi.json) and a web page at / to paste or "
          + "drop an article.",
      "Loopback only unless --public. GET /health answers 200 once a worker is ready."
    },
    exitCodeListHeading = "%nExit codes:%n",
    // What serve can return: 3 and 4 come from a token file or word list (--words, words.txt) or the
    // user's glossary that cannot be read, before the server starts; 143 is not nlbrief's but the JVM's.
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNREADABLE, ExitCodes.HELP_REFUSED,
        ExitCodes.HELP_INTERNAL_ERROR, "143:stopped by SIGTERM (130 by Ctrl-C), after the requests in flight"},
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief serve                       http://127.0.0.1:8081/v2/check",
      "  nlbrief serve --port 0              a free port, printed on the first line",
      "  nlbrief serve --public --token-file token.txt",
      "  curl -d language=nl -d 'text=Hij word morgen ontslagen.' http://127.0.0.1:8081/v2/check"
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Mixin
  private io.nlbrief.cli.gloss.EnglishOptions english;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8081",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  private String bind;

  @Option(names = "--public", description = "Listen on all interfaces (0.0.0.0), reachable from other machines.")
  private boolean open;

  @Option(names = "--token-file", paramLabel = "FILE", description = "Require the token in FILE: clients send "
      + "'Authorization: Bearer TOKEN' (or LanguageTool's apiKey=TOKEN).")
  private Path tokenFile;

  @Option(names = "--variant", paramLabel = "nl-BE|nl-NL", defaultValue = "nl-BE",
      converter = CheckCommand.VariantConverter.class,
      completionCandidates = CheckCommand.VariantNames.class,
      description = "The variant for language=nl and auto (default: ${DEFAULT-VALUE}).")
  private DutchVariant variant;

  @Option(names = "--words", paramLabel = "FILE", description = "Words never reported as misspellings, one per line "
      + "(added to words.txt in the config folder).")
  private List<Path> wordFiles = new ArrayList<>();

  @Option(names = "--workers", paramLabel = "N", description = "Checks at once, each with its own LanguageTool "
      + "(default: the number of cores, at most 4).")
  private Integer workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "32",
      description = "Requests that may wait for a worker; beyond them 503 (default: ${DEFAULT-VALUE}).")
  private int queue;

  @Option(names = "--max-text-length", paramLabel = "CHARS", defaultValue = "200000",
      description = "Longest text checked; longer is 413 (default: ${DEFAULT-VALUE}).")
  private int maxTextChars;

  @Option(names = "--max-upload", paramLabel = "SIZE", defaultValue = "10MB", converter = SizeConverter.class,
      description = "Largest request body; larger is 413 (default: ${DEFAULT-VALUE}).")
  private long maxUpload;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time limit of one request; longer is 503 (default: ${DEFAULT-VALUE}).")
  private int timeoutSeconds;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "Let web pages from ORIGIN "
      + "(https://example.org) call the API; repeatable. Default: none (no CORS headers).")
  private List<String> corsOrigins = new ArrayList<>();

  private final Environment environment;

  public ServeCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0-65535");
    }
    if (queue < 0 || maxTextChars < 1 || maxUpload < 1 || timeoutSeconds < 1 || workers != null && workers < 1) {
      throw new ParameterException(spec.commandLine(), "--workers, --max-text-length, --max-upload and --timeout "
          + "must be positive, --queue not negative");
    }
    String token = token();
    String address = open ? "0.0.0.0" : bind;
    int threads = workers != null ? workers : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    ServerLimits limits = new ServerLimits(maxTextChars, maxUpload, Duration.ofSeconds(timeoutSeconds), threads, queue);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckOptions options = CheckOptions.defaults().withVariant(variant).withUserWords(userWords());
    ProofreadingPool pool = new ProofreadingPool(options, threads, queue, limits.timeout(),
        Math.min(maxUpload, Integer.MAX_VALUE), VersionProvider.version());
    Glossary glossary = new GlossaryOptions().load(environment, logging.reporter(spec));
    Pages pages = new Pages(pool, new SheetBriefing(glossary, pool.defaultChecker()), glossary, limits,
        english.variant());
    NlbriefServer server = new NlbriefServer(address, port, pool, limits, token, corsOrigins, pages, err,
        logging.verbosity() == Verbosity.DEBUG);
    try {
      server.start();
    } catch (IOException e) {
      pool.close();
      throw new ParameterException(spec.commandLine(), "cannot listen on " + address + ":" + port + " ("
          + e.getMessage() + ")");
    }
    pool.warmUp();
    out.println("nlbrief serve: listening on http://" + (address.contains(":") ? "[" + address + "]" : address) + ":"
        + server.port() + "/");
    out.flush();
    if (open) {
      err.println("nlbrief serve: --public: reachable from other machines on every interface"
          + (token == null ? ", without a token (--token-file)" : ", token required"));
      err.flush();
    }
    server.join();
    return ExitCodes.OK;
  }

  private String token() throws ParseException {
    if (tokenFile == null) {
      return null;
    }
    try {
      String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (token.isEmpty() || token.contains("\n")) {
        throw new ParameterException(spec.commandLine(), "--token-file " + tokenFile + ": one token on one line expected");
      }
      return token;
    } catch (java.nio.file.NoSuchFileException e) {
      // A file that cannot be read is exit 3, as for every command; the command line itself was right.
      throw new ParseException(tokenFile.toString(), ParseException.Reason.NOT_FOUND, "token file", e);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ParseException(tokenFile.toString(), ParseException.Reason.BAD_ENCODING, "a token file is UTF-8", e);
    } catch (IOException e) {
      throw new ParseException(tokenFile.toString(), ParseException.Reason.UNREADABLE,
          e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "token file", e);
    }
  }

  private Set<String> userWords() throws ParseException {
    Set<String> words = new HashSet<>();
    List<Path> files = new ArrayList<>();
    Path own = environment.configDir().resolve("words.txt");
    if (Files.isRegularFile(own)) {
      files.add(own);
    }
    files.addAll(wordFiles);
    for (Path file : files) {
      // A word list that cannot be read is an input error naming file and line, as in check.
      words.addAll(WordList.read(file));
    }
    return words;
  }
}
