package org.mehrcrm.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.mehrcrm.kernel.InvalidFieldException;

/** Asserts that a call fails with an {@link InvalidFieldException} naming a field and a rule. */
public final class Invalid {
  private Invalid() {}

  public static void assertInvalid(ThrowingCallable call, String field, String rule) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage(field + ": " + rule)
        .extracting("field", "rule")
        .containsExactly(field, rule);
  }
}
