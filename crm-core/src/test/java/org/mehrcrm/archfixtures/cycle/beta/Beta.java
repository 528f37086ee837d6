package org.mehrcrm.archfixtures.cycle.beta;

import org.mehrcrm.archfixtures.cycle.alpha.Alpha;

/** The other half of a cycle between two slices. */
public final class Beta {
  private Beta() {}

  public static int count() {
    return 1;
  }

  public static int twice() {
    return 2 * Alpha.size();
  }
}
