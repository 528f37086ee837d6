package org.mehrcrm.archfixtures.cycle.alpha;

import org.mehrcrm.archfixtures.cycle.beta.Beta;

/** One half of a cycle between two slices. */
public final class Alpha {
  private Alpha() {}

  public static int size() {
    return Beta.count() + 1;
  }
}
