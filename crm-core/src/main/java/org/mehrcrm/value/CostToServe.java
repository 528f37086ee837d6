package org.mehrcrm.value;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.CurrencyMismatchException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * What serving a customer cost, as plain amounts the host or other features fill: acquisition,
 * interactions per channel, complaint handling and remedies, and the liability of the loyalty
 * points they hold.
 *
 * <p>Example: {@code CostToServe.none(id, EUR).withAcquisition(Money.of("40.00", "EUR"))
 * .plusInteraction("phone", Money.of("12.50", "EUR"))}. All amounts share one currency.
 * Immutable and thread-safe.
 *
 * @param customer the customer
 * @param acquisition what acquiring the customer cost
 * @param interactionsByChannel interaction cost per channel code ({@code "phone"}, {@code "email"}, …)
 * @param complaintHandling the cost of handling their complaints
 * @param remedies refunds, vouchers and goodwill granted on complaints
 * @param loyaltyLiability the value of the loyalty points they hold
 */
public record CostToServe(CustomerId customer, Money acquisition, Map<String, Money> interactionsByChannel,
    Money complaintHandling, Money remedies, Money loyaltyLiability) {

  /**
   * Validates the amounts.
   *
   * @throws CurrencyMismatchException if the amounts are in different currencies
   * @throws InvalidFieldException if an amount is negative
   */
  public CostToServe {
    requireNonNull(customer, "customer");
    interactionsByChannel = Collections.unmodifiableMap(new TreeMap<>(interactionsByChannel));
    Currency currency = acquisition.currency();
    requireCost("acquisition", acquisition, currency);
    for (Map.Entry<String, Money> e : interactionsByChannel.entrySet()) {
      requireCost("interactionsByChannel." + e.getKey(), e.getValue(), currency);
    }
    requireCost("complaintHandling", complaintHandling, currency);
    requireCost("remedies", remedies, currency);
    requireCost("loyaltyLiability", loyaltyLiability, currency);
  }

  private static void requireCost(String field, Money amount, Currency currency) {
    requireNonNull(amount, field);
    if (!amount.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, amount.currency());
    }
    if (amount.isNegative()) {
      throw new InvalidFieldException(field, "must not be negative");
    }
  }

  /**
   * Returns a cost-to-serve of zero.
   *
   * @param customer the customer
   * @param currency the currency of every amount
   * @return the record with all amounts zero
   */
  public static CostToServe none(CustomerId customer, Currency currency) {
    Money zero = Money.zero(currency);
    return new CostToServe(customer, zero, Map.of(), zero, zero, zero);
  }

  /**
   * Returns this record with the acquisition cost set.
   *
   * @param amount the acquisition cost
   * @return the new record
   */
  public CostToServe withAcquisition(Money amount) {
    return new CostToServe(customer, amount, interactionsByChannel, complaintHandling, remedies, loyaltyLiability);
  }

  /**
   * Returns this record with an interaction cost added to a channel.
   *
   * @param channel the channel code
   * @param amount the cost to add
   * @return the new record
   */
  public CostToServe plusInteraction(String channel, Money amount) {
    requireNonNull(channel, "channel");
    Map<String, Money> next = new TreeMap<>(interactionsByChannel);
    next.merge(channel, amount, Money::plus);
    return new CostToServe(customer, acquisition, next, complaintHandling, remedies, loyaltyLiability);
  }

  /**
   * Returns this record with complaint handling and remedy costs added.
   *
   * @param handling the handling cost to add
   * @param remedy the remedy to add
   * @return the new record
   */
  public CostToServe plusComplaint(Money handling, Money remedy) {
    return new CostToServe(customer, acquisition, interactionsByChannel, complaintHandling.plus(handling),
        remedies.plus(remedy), loyaltyLiability);
  }

  /**
   * Returns this record with the loyalty liability set.
   *
   * @param amount the value of the points the customer holds
   * @return the new record
   */
  public CostToServe withLoyaltyLiability(Money amount) {
    return new CostToServe(customer, acquisition, interactionsByChannel, complaintHandling, remedies, amount);
  }

  /**
   * Returns the total cost to serve.
   *
   * @return the sum of all amounts
   */
  public Money total() {
    Money sum = acquisition.plus(complaintHandling).plus(remedies).plus(loyaltyLiability);
    for (Money m : interactionsByChannel.values()) {
      sum = sum.plus(m);
    }
    return sum;
  }
}
