package org.mehrcrm.archfixtures;

import org.mehrcrm.kernel.CrmException;

/** Keeps the exception rule. */
public final class FixtureFailure extends CrmException {
  private static final long serialVersionUID = 1L;

  public FixtureFailure(String message) {
    super(message);
  }
}
