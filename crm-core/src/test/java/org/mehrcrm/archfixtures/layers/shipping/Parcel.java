package org.mehrcrm.archfixtures.layers.shipping;

import org.mehrcrm.archfixtures.layers.billing.internal.TaxTable;

/** Breaks the internal rule: shipping reaches into billing's internal package. */
public final class Parcel {
  private Parcel() {}

  public static int taxed(int amount) {
    return amount * (100 + TaxTable.rate()) / 100;
  }
}
