package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.Money;

/**
 * What the organisation offers to put a complaint right.
 *
 * <p>Example: {@code List.of(new Remedy.Refund(Money.of("12.50", "EUR")), new Remedy.Apology())}.
 * Goodwill points, once the customer accepts, raise {@link ComplaintEvent.GoodwillPointsGranted}
 * for the loyalty feature. Immutable and thread-safe.
 */
public sealed interface Remedy {

  /**
   * Returns the money this remedy costs, if it is a payment.
   *
   * @return the amount, or null for remedies that are not payments
   */
  default @org.jspecify.annotations.Nullable Money cost() {
    return null;
  }

  /**
   * Money paid back for what the customer paid.
   *
   * @param amount the amount, positive
   */
  record Refund(Money amount) implements Remedy {
    /**
     * Validates the amount.
     *
     * @throws InvalidFieldException if it is not positive
     */
    public Refund {
      requirePositive(amount);
    }

    @Override
    public Money cost() {
      return amount;
    }
  }

  /**
   * Money paid for loss or inconvenience.
   *
   * @param amount the amount, positive
   */
  record Compensation(Money amount) implements Remedy {
    /**
     * Validates the amount.
     *
     * @throws InvalidFieldException if it is not positive
     */
    public Compensation {
      requirePositive(amount);
    }

    @Override
    public Money cost() {
      return amount;
    }
  }

  /**
   * A product or service replaced.
   *
   * @param item what is replaced, e.g. an article number
   */
  record Replacement(String item) implements Remedy {
    /**
     * Validates the item.
     *
     * @throws InvalidFieldException if it is blank or longer than 200 characters
     */
    public Replacement {
      item = Texts.requireText(item, "remedy.item", 200);
    }
  }

  /** An apology. */
  record Apology() implements Remedy {}

  /**
   * Loyalty points given as goodwill.
   *
   * @param points the points, positive
   */
  record GoodwillPoints(long points) implements Remedy {
    /**
     * Validates the points.
     *
     * @throws InvalidFieldException if they are not positive
     */
    public GoodwillPoints {
      if (points <= 0) {
        throw new InvalidFieldException("remedy.points", "must be positive");
      }
    }
  }

  private static void requirePositive(Money amount) {
    requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new InvalidFieldException("remedy.amount", "must be positive");
    }
  }
}
