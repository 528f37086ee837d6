package org.mehrcrm.archfixtures.layers.billing.internal;

/** The billing feature's internals. */
public final class TaxTable {
  private TaxTable() {}

  public static int rate() {
    return 9;
  }
}
