package io.nlbrief.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
  @ParameterizedTest
  @EnumSource(value = Reason.class, names = {"NOT_FOUND", "UNREADABLE"})
  void inputsThatCannotBeReadAreThree(Reason reason) {
    assertEquals(3, ExitCodes.of(new ParseException("a.txt", reason, null)));
  }

  @ParameterizedTest
  @EnumSource(value = Reason.class, mode = EnumSource.Mode.EXCLUDE, names = {"NOT_FOUND", "UNREADABLE"})
  void refusedInputsAreFour(Reason reason) {
    assertEquals(4, ExitCodes.of(new ParseException("a.txt", reason, null)));
  }

  @Test
  void outputThatCannotBeWrittenIsThree() {
    assertEquals(3, ExitCodes.of(new OutputException(Path.of("out.json"), new IOException("disk full"))));
  }

  @Test
  void anythingElseIsABug() {
    assertEquals(70, ExitCodes.of(new IllegalStateException()));
    assertEquals(70, ExitCodes.of(new IOException("unexpected")));
  }
}
