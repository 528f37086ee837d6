package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * The report "share of customers that are unprofitable": how many customers cost more to serve
 * than they bring, their share, the total profit and the unprofitable customers, worst first.
 *
 * <p>Example: {@code ProfitabilityReport.of(profitabilities).unprofitableShare()} is 0.25 when
 * one customer in four is unprofitable. Immutable and thread-safe.
 *
 * @param customers how many customers
 * @param unprofitableShare the share of them that are unprofitable, in {@code [0, 1]}
 * @param totalProfit the sum of their profits
 * @param unprofitable the unprofitable customers, the largest loss first
 */
public record ProfitabilityReport(int customers, double unprofitableShare, Money totalProfit,
    List<Profitability> unprofitable) {

  /** Checks and copies the parts. */
  public ProfitabilityReport {
    requireNonNull(totalProfit, "totalProfit");
    unprofitable = List.copyOf(unprofitable);
  }

  /**
   * Builds the report.
   *
   * @param profitabilities one per customer, one currency
   * @return the report
   * @throws InvalidFieldException if the list is empty
   * @throws org.mehrcrm.kernel.CurrencyMismatchException if the currencies differ
   */
  public static ProfitabilityReport of(List<Profitability> profitabilities) {
    requireNonNull(profitabilities, "profitabilities");
    if (profitabilities.isEmpty()) {
      throw new InvalidFieldException("profitabilities", "must not be empty");
    }
    Money total = Money.zero(profitabilities.get(0).margin().currency());
    for (Profitability p : profitabilities) {
      total = total.plus(p.profit());
    }
    List<Profitability> losers = profitabilities.stream().filter(Profitability::isUnprofitable)
        .sorted(Comparator.comparing(Profitability::profit)).toList();
    return new ProfitabilityReport(profitabilities.size(), (double) losers.size() / profitabilities.size(), total,
        losers);
  }
}
