package org.mehrcrm.archfixtures.layers.billing;

import org.mehrcrm.archfixtures.layers.billing.internal.TaxTable;

/** Keeps the internal rule: a feature may use its own internal package. */
public final class Invoice {
  private Invoice() {}

  public static String number() {
    return "INV-" + TaxTable.rate();
  }
}
