package org.mehrcrm.archfixtures;

import com.google.common.collect.ImmutableList;

/** Breaks the Guava rule: a Guava type in a public signature. */
public final class GuavaLeakingFinder {
  private GuavaLeakingFinder() {}

  public static ImmutableList<String> names() {
    return ImmutableList.of("ali");
  }
}
