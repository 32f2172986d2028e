package io.nlbrief.checker.internal;

import io.nlbrief.parser.WordLists;
import java.util.HashSet;
import java.util.Set;

/**
 * LanguageTool's style advice ({@code 'Nou' is spreektaal}, clichés, optional commas "if you hear a
 * pause", "Bedoelt u misschien ...?" on correctly spelled words): hints, not errors. Used at the
 * default level only; {@code --picky} shows them. The categories and rules are listed, with why,
 * in {@code advice.txt}; any rule whose issue type is {@code style} counts too.
 */
public final class AdviceFilter implements MatchFilter {
  private final Set<String> categories = new HashSet<>();
  private final Set<String> rules = new HashSet<>();
  private final Set<String> wanted;

  /** {@code wanted}: rule and category ids the user switched on by name, in upper case; kept. */
  public AdviceFilter(Set<String> wanted) {
    this.wanted = Set.copyOf(wanted);
    // Read by the parser's one word-list reader; what follows an entry's id is its reason, as a
    // # remark that the reader leaves in the entry, so only the first two words count.
    for (String entry : WordLists.resource(AdviceFilter.class, "advice.txt")) {
      String[] parts = entry.split("\\s+", 3);
      if (parts.length < 2 || parts.length == 3 && !parts[2].startsWith("#")) {
        throw new IllegalStateException("advice.txt: 'category ID' or 'rule ID' expected, not: " + entry);
      }
      if (parts[0].equals("category")) {
        categories.add(parts[1]);
      } else if (parts[0].equals("rule")) {
        rules.add(parts[1]);
      } else {
        throw new IllegalStateException("advice.txt: 'category ID' or 'rule ID' expected, not: " + entry);
      }
    }
  }

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (match.spelling() || match.ruleId().startsWith("NLBRIEF_") || wanted.contains(match.ruleId())
        || wanted.contains(match.categoryId())) {
      return false;
    }
    return "style".equals(match.issueType()) || categories.contains(match.categoryId()) || rules.contains(match.ruleId());
  }
}
