package io.nlbrief.checker.internal;

import io.nlbrief.parser.Sentence;
import java.util.List;

/** One of nlbrief's own checks over a sentence the parser tagged. Stateless. */
public interface OwnRule {
  String id();

  String categoryId();

  List<Match> match(Sentence sentence, WordTags tags);
}
