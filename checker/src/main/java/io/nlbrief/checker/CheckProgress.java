package io.nlbrief.checker;

/**
 * Told, on the checking thread, how far the check of one article has got: for a progress bar on
 * a long article (a million-word text takes minutes). Called after each part LanguageTool checked,
 * with the characters of {@code Article.text()} done so far, last with {@code done == total}.
 */
@FunctionalInterface
public interface CheckProgress {
  CheckProgress NONE = (done, total) -> {};

  void checked(int done, int total);
}
