package org.mehrcrm.loyalty;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * A loyalty programme: its point currency, time zone, versioned earning rules, expiry policy,
 * pending period, arrears and restore policies, tiers and rewards.
 *
 * <p>Example:
 * <pre>{@code
 * Programme club = Programme.builder(ProgrammeId.of("club"), "Bonus Club", ZoneId.of("Europe/Berlin"),
 *         PointCurrency.of("PTS", "Points", Money.of("0.01", "EUR")))
 *     .rules(Instant.parse("2026-01-01T00:00:00Z"),
 *         List.of(EarningRules.perAmountSpent(Money.of("1", "EUR"), 1, RoundingMode.DOWN)))
 *     .expiry(ExpiryPolicy.after(Period.ofMonths(12)))
 *     .pendingPeriod(Duration.ofDays(14))
 *     .build();
 * }</pre>
 * A programme is configuration that changes rarely; {@link #revision()} is its optimistic version
 * in the {@link ProgrammeRepository}. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Programme {
  private final ProgrammeId id;
  private final String name;
  private final ZoneId zone;
  private final PointCurrency currency;
  private final List<RuleVersion> ruleVersions;
  private final ExpiryPolicy expiry;
  private final Duration pendingPeriod;
  private final ArrearsPolicy arrears;
  private final RestoredLotPolicy restoredLots;
  private final TierScheme tiers;
  private final List<Reward> rewards;
  private final long revision;

  private Programme(Builder b, List<RuleVersion> ruleVersions, long revision) {
    this.id = b.id;
    this.name = b.name;
    this.zone = b.zone;
    this.currency = b.currency;
    this.ruleVersions = List.copyOf(ruleVersions);
    this.expiry = b.expiry;
    this.pendingPeriod = b.pendingPeriod;
    this.arrears = b.arrears;
    this.restoredLots = b.restoredLots;
    this.tiers = b.tiers;
    this.rewards = List.copyOf(b.rewards);
    this.revision = revision;
  }

  /**
   * Starts a programme with no rules, no expiry, no pending period, negative balances for
   * arrears, immediate expiry of restored expired points, one tier and no rewards.
   *
   * @param id the programme
   * @param name its name
   * @param zone the time zone for day, month and year boundaries
   * @param currency the point currency
   * @return the builder
   */
  public static Builder builder(ProgrammeId id, String name, ZoneId zone, PointCurrency currency) {
    return new Builder(id, name, zone, currency);
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public ProgrammeId id() {
    return id;
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the time zone for day boundaries.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the point currency.
   *
   * @return the currency
   */
  public PointCurrency currency() {
    return currency;
  }

  /**
   * Returns every rule version, oldest first.
   *
   * @return the versions
   */
  public List<RuleVersion> ruleVersions() {
    return ruleVersions;
  }

  /**
   * Returns the rule version in force for an activity at a moment.
   *
   * @param at the activity's moment
   * @return the latest version effective at or before {@code at}, or empty before the first
   */
  public Optional<RuleVersion> rulesAt(Instant at) {
    requireNonNull(at, "at");
    for (int i = ruleVersions.size() - 1; i >= 0; i--) {
      if (!ruleVersions.get(i).effectiveFrom().isAfter(at)) {
        return Optional.of(ruleVersions.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns this programme with a new rule version; earlier activities keep the rules they had.
   *
   * @param rules the new rules
   * @param effectiveFrom when they take effect, not before {@code now}
   * @param now the current moment
   * @return the changed programme, at the same revision
   * @throws InvalidFieldException if {@code effectiveFrom} is in the past or not after the latest
   *     version's start (a change would be retroactive)
   */
  public Programme withRules(List<EarningRule> rules, Instant effectiveFrom, Instant now) {
    requireNonNull(rules, "rules");
    requireNonNull(effectiveFrom, "effectiveFrom");
    requireNonNull(now, "now");
    if (effectiveFrom.isBefore(now)) {
      throw new InvalidFieldException("effectiveFrom", "must not be in the past (rule changes are never retroactive)");
    }
    if (!ruleVersions.isEmpty() && !effectiveFrom.isAfter(ruleVersions.get(ruleVersions.size() - 1).effectiveFrom())) {
      throw new InvalidFieldException("effectiveFrom", "must be after the latest rule version's start");
    }
    List<RuleVersion> next = new ArrayList<>(ruleVersions);
    next.add(new RuleVersion(ruleVersions.size() + 1, effectiveFrom, rules));
    return new Programme(toBuilder(), next, revision);
  }

  /**
   * Returns this programme at another revision; for repositories.
   *
   * @param revision the revision
   * @return the programme
   */
  public Programme atRevision(long revision) {
    return new Programme(toBuilder(), ruleVersions, revision);
  }

  /**
   * Returns the expiry policy.
   *
   * @return the policy
   */
  public ExpiryPolicy expiry() {
    return expiry;
  }

  /**
   * Returns how long earned points stay pending (the return window).
   *
   * @return the period, zero for none
   */
  public Duration pendingPeriod() {
    return pendingPeriod;
  }

  /**
   * Returns what happens when a return takes back spent points.
   *
   * @return the arrears policy
   */
  public ArrearsPolicy arrears() {
    return arrears;
  }

  /**
   * Returns what happens to restored points whose lot has expired.
   *
   * @return the policy
   */
  public RestoredLotPolicy restoredLots() {
    return restoredLots;
  }

  /**
   * Returns the tiers.
   *
   * @return the tier scheme
   */
  public TierScheme tiers() {
    return tiers;
  }

  /**
   * Returns the rewards catalogue.
   *
   * @return the rewards
   */
  public List<Reward> rewards() {
    return rewards;
  }

  /**
   * Finds a reward.
   *
   * @param reward the reward
   * @return the reward, or empty
   */
  public Optional<Reward> reward(RewardId reward) {
    requireNonNull(reward, "reward");
    return rewards.stream().filter(r -> r.id().equals(reward)).findFirst();
  }

  /**
   * Returns the optimistic version in the repository; 0 if never saved.
   *
   * @return the revision
   */
  public long revision() {
    return revision;
  }

  private Builder toBuilder() {
    Builder b = new Builder(id, name, zone, currency);
    b.expiry = expiry;
    b.pendingPeriod = pendingPeriod;
    b.arrears = arrears;
    b.restoredLots = restoredLots;
    b.tiers = tiers;
    b.rewards = new ArrayList<>(rewards);
    return b;
  }

  @Override
  public String toString() {
    return "Programme[" + id + " '" + name + "' rev " + revision + "]";
  }

  /** Builds a {@link Programme}; validates in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private final ProgrammeId id;
    private final String name;
    private final ZoneId zone;
    private final PointCurrency currency;
    private final List<RuleVersion> versions = new ArrayList<>();
    private ExpiryPolicy expiry = ExpiryPolicy.never();
    private Duration pendingPeriod = Duration.ZERO;
    private ArrearsPolicy arrears = ArrearsPolicy.NEGATIVE_BALANCE;
    private RestoredLotPolicy restoredLots = RestoredLotPolicy.expireAtOnce();
    private TierScheme tiers = TierScheme.single();
    private List<Reward> rewards = new ArrayList<>();

    private Builder(ProgrammeId id, String name, ZoneId zone, PointCurrency currency) {
      this.id = requireNonNull(id, "id");
      this.name = requireNonNull(name, "name");
      this.zone = requireNonNull(zone, "zone");
      this.currency = requireNonNull(currency, "currency");
    }

    /**
     * Adds a rule version; versions must be added in order of their start.
     *
     * @param effectiveFrom when it takes effect
     * @param rules the rules
     * @return this builder
     */
    public Builder rules(Instant effectiveFrom, List<EarningRule> rules) {
      versions.add(new RuleVersion(versions.size() + 1, effectiveFrom, rules));
      return this;
    }

    /**
     * Sets the expiry policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder expiry(ExpiryPolicy policy) {
      this.expiry = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the pending period.
     *
     * @param period the period, not negative
     * @return this builder
     */
    public Builder pendingPeriod(Duration period) {
      this.pendingPeriod = requireNonNull(period, "period");
      return this;
    }

    /**
     * Sets the arrears policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder arrears(ArrearsPolicy policy) {
      this.arrears = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the policy for restored points whose lot has expired.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder restoredLots(RestoredLotPolicy policy) {
      this.restoredLots = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the tiers.
     *
     * @param scheme the scheme
     * @return this builder
     */
    public Builder tiers(TierScheme scheme) {
      this.tiers = requireNonNull(scheme, "scheme");
      return this;
    }

    /**
     * Adds a reward to the catalogue.
     *
     * @param reward the reward
     * @return this builder
     */
    public Builder reward(Reward reward) {
      rewards.add(requireNonNull(reward, "reward"));
      return this;
    }

    /**
     * Builds the programme.
     *
     * @return the programme at revision 0
     * @throws InvalidFieldException if the name is blank, the pending period negative, rule
     *     versions are not in order of their start, or reward ids repeat
     */
    public Programme build() {
      if (name.isBlank()) {
        throw new InvalidFieldException("programme.name", "must not be blank");
      }
      if (pendingPeriod.isNegative()) {
        throw new InvalidFieldException("pendingPeriod", "must not be negative");
      }
      for (int i = 1; i < versions.size(); i++) {
        if (!versions.get(i).effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
          throw new InvalidFieldException("rules", "must be added in order of their start");
        }
      }
      if (rewards.stream().map(Reward::id).distinct().count() != rewards.size()) {
        throw new InvalidFieldException("rewards", "must not repeat an id");
      }
      return new Programme(this, versions, 0);
    }
  }
}
