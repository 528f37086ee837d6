package org.mehrcrm.archfixtures.layers.kernel;

import org.mehrcrm.archfixtures.layers.billing.Invoice;

/** Breaks the kernel rule: the shared kernel depends on a feature. */
public final class Clockwork {
  private Clockwork() {}

  public static String firstInvoice() {
    return Invoice.number();
  }
}
