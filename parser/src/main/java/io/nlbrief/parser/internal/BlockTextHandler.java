package io.nlbrief.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body of Tika's XHTML as blocks separated by a blank line: block elements end a
 * block, white space inside one becomes a single space, a line break a single newline, and (in
 * formats other than markup, whose text Tika passes on as written) a blank line a new block.
 *
 * <p>Not thread-safe: one handler per parse.
 */
final class BlockTextHandler extends DefaultHandler {
  private static final Set<String> BLOCK_ELEMENTS =
      Set.of(
          "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote", "pre", "address",
          "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "hr");

  private final boolean markup;
  private final List<String> blocks = new ArrayList<>();
  private final StringBuilder block = new StringBuilder();
  private int bodyDepth;
  private String canonical;

  BlockTextHandler(boolean markup) {
    this.markup = markup;
  }

  String text() {
    endBlock();
    return String.join("\n\n", blocks);
  }

  String canonical() {
    return canonical;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = elementName(localName, qName);
    if (name.equals("body")) {
      bodyDepth++;
    } else if (bodyDepth == 0) {
      rememberCanonical(name, atts);
    } else if (BLOCK_ELEMENTS.contains(name)) {
      endBlock();
    } else if (name.equals("br")) {
      block.append('\n');
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = elementName(localName, qName);
    if (name.equals("body")) {
      endBlock();
      bodyDepth--;
    } else if (bodyDepth > 0 && BLOCK_ELEMENTS.contains(name)) {
      endBlock();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (bodyDepth == 0) {
      return;
    }
    for (int i = start; i < start + length; i++) {
      block.append(markup && isSpace(ch[i]) ? ' ' : ch[i]);
    }
  }

  /**
   * Tika's layout: indentation and line ends around elements, but also the line ends inside a
   * PDF paragraph, which are kept outside markup.
   */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    characters(ch, start, length);
  }

  private void rememberCanonical(String name, Attributes atts) {
    if (canonical == null && name.equals("link") && "canonical".equalsIgnoreCase(atts.getValue("rel"))) {
      canonical = atts.getValue("href");
    }
  }

  private void endBlock() {
    StringBuilder paragraph = new StringBuilder();
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < block.length(); i++) {
      char c = block.charAt(i);
      if (isSpace(c)) {
        space = true;
        newlines += lineBreaks(c, i + 1 < block.length() ? block.charAt(i + 1) : 0);
        continue;
      }
      if (space && paragraph.length() > 0) {
        if (newlines >= 2) {
          blocks.add(paragraph.toString());
          paragraph.setLength(0);
        } else {
          paragraph.append(newlines == 1 ? '\n' : ' ');
        }
      }
      space = false;
      newlines = 0;
      paragraph.append(c);
    }
    if (paragraph.length() > 0) {
      blocks.add(paragraph.toString());
    }
    block.setLength(0);
  }

  /** CR LF counts once; a paragraph separator counts as a blank line. */
  private static int lineBreaks(char c, char next) {
    return switch (c) {
      case '\n', '\u2028' -> 1;
      case '\r' -> next == '\n' ? 0 : 1;
      case '\u2029' -> 2;
      default -> 0;
    };
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String elementName(String localName, String qName) {
    return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
  }
}
