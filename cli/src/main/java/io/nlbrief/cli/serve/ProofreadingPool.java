package io.nlbrief.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.CheckResult;
import io.nlbrief.checker.Checker;
import io.nlbrief.checker.DutchVariant;
import io.nlbrief.checker.Finding;
import io.nlbrief.checker.LanguageToolAnswer;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.LanguageGuess;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The server's proofreading: a fixed pool of worker threads, each with its own LanguageTool
 * pipeline (the checker keeps one per thread, built on the thread's first check and reused), in
 * front of them a bounded queue; a request beyond it is refused at once (503 and {@code
 * Retry-After}) instead of waiting without end, and one that takes longer than the time limit is
 * answered 503 too.
 *
 * <p>Rule options: {@code disabledRules}, {@code disabledCategories} and {@code enabledOnly} filter
 * the findings of a checker already built (no new LanguageTool pipeline for them); {@code
 * enabledRules}, {@code enabledCategories}, {@code level=picky} and the variant choose a checker,
 * kept for later requests (a few option sets at most: a pipeline costs seconds and memory).
 */
final class ProofreadingPool implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*");
  /** Checkers kept besides the default one. */
  private static final int KEPT_CHECKERS = 3;
  private static final Locale ROOT = Locale.ROOT;

  private final CheckOptions base;
  private final Checker defaultChecker;
  private final Map<CheckOptions, Checker> checkers = new LinkedHashMap<>(8, 0.75f, true);
  private final ArticleParser parser;
  /** For the language of a text that is not checked: no tagging. */
  private final ArticleParser untagged;
  private final ThreadPoolExecutor workers;
  private final Duration timeout;
  private final String version;
  private final AtomicInteger warmWorkers = new AtomicInteger();

  /**
   * @param base the server's options: its default variant and the user's words
   * @param threads worker threads, each with its own pipeline
   * @param queue requests that may wait for a worker
   * @param maxBytes the largest text, in UTF-8 bytes, the parser accepts
   */
  ProofreadingPool(CheckOptions base, int threads, int queue, Duration timeout, long maxBytes, String version) {
    this.base = base;
    this.timeout = timeout;
    this.version = version;
    this.defaultChecker = Checker.create(base);
    this.parser = ArticleParser.create(ParseOptions.defaults().withMaxBytes(maxBytes));
    this.untagged = ArticleParser.create(ParseOptions.defaults().withMaxBytes(maxBytes).withTag(false));
    AtomicInteger n = new AtomicInteger();
    Semaphore oneAtATime = new Semaphore(1);
    // Each worker builds its pipeline before it takes work, one worker after the other: the first
    // is ready as soon as one pipeline is built (two built at once on two cores take twice as long).
    this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
      Thread t = new Thread(() -> {
        warmUp(oneAtATime);
        r.run();
      }, "nlbrief-serve-check-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.AbortPolicy());
  }

  private void warmUp(Semaphore oneAtATime) {
    try {
      oneAtATime.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      defaultChecker.check("Dit is een korte zin om de controle op te warmen.");
    } catch (RuntimeException e) {
      // The first request on this worker reports it.
    } finally {
      oneAtATime.release();
      warmWorkers.incrementAndGet();
    }
  }

  /** Starts the workers, which build their pipelines: the first request finds them ready. */
  void warmUp() {
    workers.prestartAllCoreThreads();
  }

  /** Whether a worker has its pipeline and can answer. */
  boolean ready() {
    return warmWorkers.get() > 0;
  }

  /** Workers with their pipeline built. */
  int readyWorkers() {
    return warmWorkers.get();
  }

  /** Requests being checked or waiting, for the health endpoint. */
  int busy() {
    return workers.getActiveCount() + workers.getQueue().size();
  }

  /** The answer to a {@code /v2/check} request, as LanguageTool's JSON. */
  String check(CheckRequest request) throws Refusal {
    return run(() -> answer(request));
  }

  /** The checker for the server's own options, for other work on these workers ({@link #run}). */
  Checker defaultChecker() {
    return defaultChecker;
  }

  /**
   * Runs {@code work} on a worker (so it may check: the worker has its pipeline) within the
   * server's limits.
   *
   * @throws Refusal 503 when the queue is full or the time limit passes; a {@code Refusal} the
   *     work throws
   */
  <T> T run(Callable<T> work) throws Refusal {
    Future<T> answer;
    try {
      answer = workers.submit(work);
    } catch (RejectedExecutionException e) {
      throw new Refusal(503, "the server is busy: " + workers.getQueue().size() + " requests are waiting; try again", 2);
    }
    try {
      return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new Refusal(503, "the request took longer than the server's limit of " + timeout.toSeconds() + " s", 5);
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new Refusal(503, "the server is shutting down", 5);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Refusal r) {
        throw r;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private String answer(CheckRequest request) throws Refusal {
    String asked = request.language().strip();
    String lower = asked.toLowerCase(ROOT).replace('_', '-');
    boolean auto = lower.equals("auto");
    if (!auto && !LANGUAGE_CODE.matcher(asked).matches()) {
      throw new Refusal(400, "'" + asked + "' is not a language code (use nl, nl-NL, nl-BE or auto)");
    }
    boolean dutch = lower.equals("nl") || lower.startsWith("nl-");
    String text = request.text().plain();
    if (!auto && !dutch) {
      return json(CheckResult.unchecked(text), request, asked, guessOf(text),
          "nlbrief checks only Dutch; the text was not checked as " + asked);
    }
    DutchVariant variant = switch (lower) {
      case "nl-nl" -> DutchVariant.NETHERLANDS;
      case "nl-be" -> DutchVariant.BELGIUM;
      case "nl", "auto" -> base.variant();
      default -> throw new Refusal(400, "'" + asked + "' is not a Dutch variant nlbrief knows (nl, nl-NL, nl-BE)");
    };
    String code = lower.equals("nl") ? "nl" : variant.code();
    if (text.isBlank()) {
      return json(CheckResult.unchecked(text), request, code, new LanguageGuess("nl", 1), null);
    }
    Article article;
    try {
      article = parser.parse(text.getBytes(StandardCharsets.UTF_8), "text");
    } catch (ParseException e) {
      throw new Refusal(400, "the text was refused: " + e.getMessage());
    }
    LanguageGuess guess = article.language();
    if (auto && !guess.isDutch() && !"und".equals(guess.code())) {
      return json(CheckResult.unchecked(text), request, code, guess,
          "the text looks " + new ForeignName(guess.code()) + ", not Dutch; nlbrief checks only Dutch, so it was not checked");
    }
    CheckResult result = checkerFor(request, variant).checkResult(article).filter(keep(request));
    return json(result, request, code, guess, null);
  }

  private LanguageGuess guessOf(String text) {
    if (text.isBlank()) {
      return new LanguageGuess("und", 0);
    }
    try {
      return untagged.parse(text.getBytes(StandardCharsets.UTF_8), "text").language();
    } catch (ParseException e) {
      return new LanguageGuess("und", 0);
    }
  }

  private Checker checkerFor(CheckRequest request, DutchVariant variant) {
    CheckOptions wanted = base.withVariant(variant).withPicky(request.picky())
        .withEnabledRules(upper(request.enabledRules())).withEnabledCategories(upper(request.enabledCategories()));
    if (wanted.equals(base)) {
      return defaultChecker;
    }
    synchronized (checkers) {
      Checker checker = checkers.computeIfAbsent(wanted, Checker::create);
      if (checkers.size() > KEPT_CHECKERS) {
        checkers.remove(checkers.keySet().iterator().next());
      }
      return checker;
    }
  }

  private static java.util.function.Predicate<Finding> keep(CheckRequest request) {
    Set<String> disabledRules = upper(request.disabledRules());
    Set<String> disabledCategories = upper(request.disabledCategories());
    Set<String> enabledRules = upper(request.enabledRules());
    Set<String> enabledCategories = upper(request.enabledCategories());
    return f -> {
      String rule = f.ruleId().toUpperCase(ROOT);
      String category = f.categoryId().toUpperCase(ROOT);
      if (disabledRules.contains(rule) || disabledCategories.contains(category)) {
        return false;
      }
      return !request.enabledOnly() || enabledRules.contains(rule) || enabledCategories.contains(category);
    };
  }

  private String json(CheckResult result, CheckRequest request, String code, LanguageGuess guess, String reason) {
    String json = result.toLanguageToolJson(new LanguageToolAnswer(null, "nlbrief", version, null, code, guess, reason));
    MarkedText text = request.text();
    return text.hasMarkup() ? withOffsetsInto(json, text) : json;
  }

  /** Moves the answer's offsets from the plain text the checker read into the text with markup. */
  private static String withOffsetsInto(String json, MarkedText text) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(json);
      for (JsonNode node : root.path("matches")) {
        ObjectNode m = (ObjectNode) node;
        int start = m.get("offset").intValue();
        int end = start + m.get("length").intValue();
        int from = text.start(start);
        int to = Math.max(from, text.end(end));
        m.put("offset", from);
        m.put("length", to - from);
      }
      for (JsonNode node : root.path("sentenceRanges")) {
        ArrayNode range = (ArrayNode) node;
        range.set(0, IntNode.valueOf(text.start(range.get(0).intValue())));
        range.set(1, IntNode.valueOf(text.end(range.get(1).intValue())));
      }
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> upper(Set<String> ids) {
    return ids.stream().map(id -> id.toUpperCase(ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Stops taking work and waits up to {@code grace} for the checks in flight, which finish (the
   * server stops taking requests before this is called).
   */
  void shutdown(Duration grace) {
    workers.shutdown();
    try {
      workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /** A language code's English name, for messages. */
  private record ForeignName(String code) {
    @Override
    public String toString() {
      String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
      return name.isEmpty() ? code : name;
    }
  }
}
