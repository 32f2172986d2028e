package io.nlbrief.parser.internal;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Reads what a format records about the article (headline, date, publisher, author, address)
 * from Tika's metadata, preferring what pages and mails say about themselves (Open Graph tags,
 * the mail's own Date) over Tika's generic properties.
 */
final class ArticleMetadata {
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern COMPACT_OFFSET =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T[\\d:.]+)([+-]\\d{2})(\\d{2})$");
  private static final List<DateTimeFormatter> ISO_FORMATS =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ISO_LOCAL_DATE);

  private ArticleMetadata() {}

  /**
   * The extracted text with what {@code metadata} says about it; {@code htmlCharset} is null
   * except for HTML, {@code canonical} the page's canonical link or null.
   */
  static ExtractedText describe(
      String text,
      String type,
      Metadata metadata,
      Charset htmlCharset,
      String canonical,
      byte[] bytes) {
    boolean html = MediaTypes.isHtml(type);
    Map<String, String> mailHeaders = type.equals("message/rfc822") ? mailHeaders(bytes) : null;
    return new ExtractedText(
        text,
        type,
        charset(metadata, htmlCharset, mailHeaders),
        title(metadata, html),
        published(metadata, html, mailHeaders),
        source(metadata, html),
        author(metadata, html),
        html ? url(metadata, canonical) : null);
  }

  private static Map<String, String> mailHeaders(byte[] bytes) {
    Map<String, String> headers = MailHeaders.parse(bytes, false);
    return headers != null ? headers : Map.of();
  }

  /** {@code mailHeaders} is null for other formats than e-mail. */
  private static String charset(
      Metadata metadata, Charset htmlCharset, Map<String, String> mailHeaders) {
    if (htmlCharset != null) {
      return htmlCharset.name();
    }
    if (mailHeaders != null) {
      return MailHeaders.charset(mailHeaders.get("content-type"));
    }
    return clean(metadata.get(Metadata.CONTENT_ENCODING));
  }

  private static String title(Metadata metadata, boolean html) {
    String title = html ? meta(metadata, "og:title") : null;
    return title != null ? title : clean(metadata.get(TikaCoreProperties.TITLE));
  }

  /**
   * Only HTML and e-mail record when they were published: an office file's creation date is
   * when someone started typing, not a publication date.
   */
  private static String published(
      Metadata metadata, boolean html, Map<String, String> mailHeaders) {
    if (html) {
      return firstIsoDate(
          metadata,
          "article:published_time",
          "og:published_time",
          "og:article:published_time",
          "datePublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "dcterms.issued",
          "dc.date.issued",
          "dcterms.date",
          "dc.date",
          "date");
    }
    if (mailHeaders != null) {
      String date = MailHeaders.isoDate(mailHeaders.get("date"));
      return date != null ? date : clean(metadata.get(TikaCoreProperties.CREATED));
    }
    return null;
  }

  private static String source(Metadata metadata, boolean html) {
    String source =
        html ? notUrl(meta(metadata, "og:site_name", "publisher", "dc.publisher")) : null;
    return source != null ? source : clean(metadata.get(TikaCoreProperties.PUBLISHER));
  }

  private static String author(Metadata metadata, boolean html) {
    String[] creators = metadata.getValues(TikaCoreProperties.CREATOR);
    String author = creators.length == 0 ? null : clean(String.join(", ", creators));
    if (author == null && html) {
      author = notUrl(meta(metadata, "article:author", "dc.creator"));
    }
    return author;
  }

  private static String url(Metadata metadata, String canonical) {
    String url = meta(metadata, "og:url");
    return url != null ? url : clean(canonical);
  }

  private static String firstIsoDate(Metadata metadata, String... names) {
    for (String name : names) {
      String date = isoDate(meta(metadata, name));
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /** The value when it is ISO-8601 as sites write it, else null. */
  private static String isoDate(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.length() > 10 && v.charAt(10) == ' ') {
      v = v.substring(0, 10) + 'T' + v.substring(11);
    }
    Matcher compact = COMPACT_OFFSET.matcher(v);
    if (compact.matches()) {
      v = compact.group(1) + compact.group(2) + ':' + compact.group(3);
    }
    for (DateTimeFormatter format : ISO_FORMATS) {
      try {
        format.parse(v);
        return v;
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    Matcher date = DATE_PREFIX.matcher(v);
    return date.find() && isoDate(date.group(1)) != null ? date.group(1) : null;
  }

  /** The first non-blank value among HTML meta names, compared without case as browsers do. */
  private static String meta(Metadata metadata, String... names) {
    for (String wanted : names) {
      for (String name : metadata.names()) {
        if (name.equalsIgnoreCase(wanted)) {
          String value = clean(metadata.get(name));
          if (value != null) {
            return value;
          }
        }
      }
    }
    return null;
  }

  private static String notUrl(String value) {
    return value == null || value.startsWith("http://") || value.startsWith("https://")
        ? null
        : value;
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String cleaned = value.replaceAll("\\s+", " ").strip();
    return cleaned.isEmpty() ? null : cleaned;
  }
}
