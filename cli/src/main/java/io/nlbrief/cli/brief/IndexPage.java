package io.nlbrief.cli.brief;

import com.samskivert.mustache.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The page that lists a batch's sheets in input order, with the inputs that failed and why. */
final class IndexPage {
  /**
   * One input of the batch.
   *
   * @param sheet the sheet's file name in the folder, {@code null} when the input failed
   * @param error the one-line reason it failed, {@code null} when it did not
   */
  record Entry(String file, String sheet, String dutch, String english, String date, String findings, String error) {
    static Entry of(Sheet s, String sheetName) {
      String findings = s.proofreading().checked() ? String.valueOf(s.proofreading().total()) : "–";
      return new Entry(s.file(), sheetName, s.headline().dutch(), s.headline().english(),
          s.date() == null ? "" : SheetView.readable(s.date()), findings, null);
    }

    static Entry failed(String file, String error) {
      return new Entry(file, null, "", "", "", "", error);
    }
  }

  /** What the templates see. Public for JMustache's reflection. */
  public record View(List<Entry> entries, int succeeded, int failed, String version) {}

  static final String HTML = "index.html";
  static final String MARKDOWN = "index.md";

  private final Template template;
  private final String name;

  private IndexPage(Template template, String name) {
    this.template = template;
    this.name = name;
  }

  /** Markdown sheets get a Markdown index; every other format an HTML page. */
  static IndexPage forFormat(String format) {
    return format.equals("md")
        ? new IndexPage(Templates.markdown("index.md.mustache"), MARKDOWN)
        : new IndexPage(Templates.html("index.html.mustache"), HTML);
  }

  String name() {
    return name;
  }

  byte[] render(List<Entry> entries, String version) {
    int failed = (int) entries.stream().filter(e -> e.error() != null).count();
    return template.execute(new View(entries, entries.size() - failed, failed, version)).getBytes(StandardCharsets.UTF_8);
  }
}
