package io.nlbrief.cli.common;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import java.io.IOException;
import java.util.List;

/**
 * Runs one command over many inputs. Every input is attempted (one bad file must not cost the user
 * the rest), each failure is reported in its turn, and the result carries the highest exit code.
 * A failure to write the output ends the batch instead: nothing after it could be delivered.
 */
public final class Batch {
  /** What a command does with each article; an {@link IOException} means the output is gone. */
  @FunctionalInterface
  public interface ArticleHandler {
    void accept(Article article) throws IOException;
  }

  /**
   * @param exitCode the highest exit code among the failures, {@link ExitCodes#OK} without any
   */
  public record Result(int exitCode, int succeeded, int failed) {
    /** Whether there is anything worth delivering: not when every input failed. */
    public boolean deliverable() {
      return succeeded > 0 || failed == 0;
    }
  }

  private final Reporter reporter;

  public Batch(Reporter reporter) {
    this.reporter = reporter;
  }

  public Result run(List<Input> inputs, ArticleParser parser, ArticleHandler handler) throws IOException {
    int exitCode = ExitCodes.OK;
    int succeeded = 0;
    for (Input input : inputs) {
      int code;
      try {
        Article article = input.parse(parser);
        article.warnings().forEach(warning -> reporter.warn(input.name(), warning));
        handler.accept(article);
        succeeded++;
        continue;
      } catch (ParseException e) {
        code = reporter.report(e);
      } catch (RuntimeException e) {
        // A bug that one input triggers is reported against that input; the others still run.
        code = reporter.report(input.name(), e);
      }
      exitCode = Math.max(exitCode, code);
    }
    return new Result(exitCode, succeeded, inputs.size() - succeeded);
  }
}
