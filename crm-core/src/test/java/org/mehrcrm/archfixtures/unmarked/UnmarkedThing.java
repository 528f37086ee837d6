package org.mehrcrm.archfixtures.unmarked;

/** Breaks the nullness rule: its package has no package-info with @NullMarked. */
public final class UnmarkedThing {
  private UnmarkedThing() {}
}
