package io.nlbrief.parser;

/**
 * What the article says about itself. Every field may be {@code null} when the input does not tell.
 *
 * @param title the headline
 * @param date the publication date as precise as known: {@code 2018-03}, {@code 2018-03-27}
 * @param published the publication date-time to the minute, ISO-8601, as the sender's clock showed it:
 *     with the sender's UTC offset when the source states one ({@code 2018-03-27T15:38+02:00}, an
 *     e-mail's {@code Date}, a page's {@code article:published_time}), else local time
 *     ({@code 2018-03-27T15:38}, a dateline's {@code 15u38})
 * @param source the news agency or publisher ({@code ANP})
 * @param author the author, when the format records one
 * @param url the article's address, when the format records one
 * @param contentType the detected media type ({@code text/plain}, {@code application/pdf})
 * @param charset the detected or declared character encoding of a text input
 */
public record Metadata(
    String title,
    String date,
    String published,
    String source,
    String author,
    String url,
    String contentType,
    String charset) {}
