package io.nlbrief.parser.internal;

import java.util.Map;
import java.util.Set;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;

/**
 * Keeps the article out of the page around it, and keeps HTML5's block elements, which Tika's
 * default mapper drops so that their text runs into the next block.
 */
final class ArticleHtmlMapper implements HtmlMapper {
  private static final Set<String> DISCARDED =
      Set.of(
          "SCRIPT", "STYLE", "NAV", "FOOTER", "HEADER", "ASIDE", "FORM", "NOSCRIPT", "TEMPLATE",
          "SVG", "BUTTON", "SELECT", "IFRAME", "CANVAS");
  private static final Map<String, String> BLOCKS =
      Map.of(
          "DIV", "div",
          "SECTION", "div",
          "ARTICLE", "div",
          "MAIN", "div",
          "FIGURE", "div",
          "DETAILS", "div",
          "FIGCAPTION", "p",
          "CAPTION", "p",
          "SUMMARY", "p",
          "BR", "br");

  @Override
  public String mapSafeElement(String name) {
    String block = BLOCKS.get(name);
    return block != null ? block : DefaultHtmlMapper.INSTANCE.mapSafeElement(name);
  }

  @Override
  public boolean isDiscardElement(String name) {
    return DISCARDED.contains(name) || DefaultHtmlMapper.INSTANCE.isDiscardElement(name);
  }

  @Override
  public String mapSafeAttribute(String elementName, String attributeName) {
    return DefaultHtmlMapper.INSTANCE.mapSafeAttribute(elementName, attributeName);
  }
}
