package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;

/**
 * The answer to "what does this member need by date D to keep or reach tier T", with its
 * explanation.
 *
 * <p>Example: {@code TierOutlook.of(account, programme, TierId.of("gold"), LocalDate.of(2027, 3, 31), now)}
 * explains "To reach Gold by 2027-03-31 the member needs 2000 qualifying points in the 12 months
 * 2026-04 to 2027-03. 1450 of them already count. 550 more are needed by 2027-03-31." Only activity
 * already recorded counts; activity in months that leave the window before D does not. Immutable
 * and thread-safe.
 *
 * @param tier the tier asked about
 * @param by the date asked about
 * @param keep true if the member holds the tier now (keep), false to reach it
 * @param measure what the threshold counts
 * @param threshold the tier's threshold
 * @param counted what already counts towards it in the window ending at {@code by}
 * @param needed what is still needed, 0 if nothing
 * @param explanation the answer in words
 * @since 0.1
 */
public record TierOutlook(TierId tier, LocalDate by, boolean keep, TierMeasure measure, long threshold, long counted,
    long needed, String explanation) {

  /**
   * Validates the answer.
   *
   * @throws InvalidFieldException if a number is negative
   */
  public TierOutlook {
    requireNonNull(tier, "tier");
    requireNonNull(by, "by");
    requireNonNull(measure, "measure");
    requireNonNull(explanation, "explanation");
    if (threshold < 0 || counted < 0 || needed < 0) {
      throw new InvalidFieldException("outlook", "must not have negative numbers");
    }
  }

  /**
   * Works out what a member needs.
   *
   * @param account the member's account
   * @param programme its programme
   * @param target the tier to keep or reach
   * @param by the date
   * @param now the current moment
   * @return the answer
   * @throws NotFoundException if the programme has no such tier
   * @throws InvalidFieldException if {@code by} is in the past
   */
  public static TierOutlook of(LoyaltyAccount account, Programme programme, TierId target, LocalDate by, Instant now) {
    requireNonNull(account, "account");
    requireNonNull(programme, "programme");
    requireNonNull(target, "target");
    requireNonNull(by, "by");
    requireNonNull(now, "now");
    TierScheme scheme = programme.tiers();
    Tier tier = scheme.tier(target).orElseThrow(() -> new NotFoundException("tier", target.value()));
    LocalDate today = LocalDate.ofInstant(now, programme.zone());
    if (by.isBefore(today)) {
      throw new InvalidFieldException("by", "must not be in the past");
    }
    YearMonth first = scheme.window().firstMonth(by);
    YearMonth last = YearMonth.from(by);
    long minorPerUnit = BigInteger.TEN.pow(Math.max(0,
        programme.currency().valuePerPoint().currency().getDefaultFractionDigits())).longValueExact();
    long counted = 0;
    for (ActivityBucket b : account.snapshot().activity()) {
      if (!b.month().isBefore(first) && !b.month().isAfter(last)) {
        counted += b.value(scheme.measure(), minorPerUnit);
      }
    }
    long needed = Math.max(0, tier.threshold() - counted);
    boolean keep = account.tierStatus().tier().equals(target);
    String unit = switch (scheme.measure()) {
      case QUALIFYING_POINTS -> "qualifying points";
      case SPEND -> programme.currency().valuePerPoint().currency().getCurrencyCode() + " spent";
      case PURCHASES -> "purchases";
    };
    String window = scheme.window().isCalendarYear() ? "in " + by.getYear() + " (from " + first + " to " + last + ")"
        : "in the " + scheme.window().months() + " months " + first + " to " + last;
    StringBuilder text = new StringBuilder();
    text.append(keep ? "To keep " : "To reach ").append(tier.name()).append(" by ").append(by)
        .append(" the member needs ").append(tier.threshold()).append(' ').append(unit).append(' ')
        .append(window).append(". ").append(counted).append(" of them already count. ");
    if (needed == 0) {
      text.append("Nothing more is needed, unless returns take some back.");
    } else {
      text.append(needed).append(" more are needed by ").append(by).append('.');
    }
    if (keep && account.tierStatus().reviewOn().isAfter(by)) {
      text.append(" The tier is next reviewed on ").append(account.tierStatus().reviewOn())
          .append(", so it is kept at least until then.");
    }
    if (!keep && scheme.rank(target) <= scheme.rank(account.tierStatus().tier())) {
      text.append(" The member already holds a tier at least as high.");
    }
    return new TierOutlook(target, by, keep, scheme.measure(), tier.threshold(), counted, needed, text.toString());
  }
}
