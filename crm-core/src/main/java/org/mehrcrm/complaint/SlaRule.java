package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Channel;

/**
 * One line of a service-level policy: the targets for cases matching some priorities,
 * categories, channels and customer segments; an empty set matches anything.
 *
 * <p>Example: key accounts with urgent cases get 1 hour to respond:
 * <pre>{@code
 * SlaRule.of(SlaTargets.of(ofMinutes(15), ofHours(1), ofHours(8)))
 *     .forPriorities(Priority.URGENT).forSegments("key-account");
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param priorities the priorities it applies to, empty for all
 * @param categories the categories it applies to, empty for all
 * @param channels the channels it applies to, empty for all
 * @param segments the customer segment or tier codes it applies to, empty for all
 * @param targets the targets
 */
public record SlaRule(Set<Priority> priorities, Set<ComplaintCategory> categories,
    Set<Channel> channels, Set<String> segments, SlaTargets targets) {

  /** Copies the sets. */
  public SlaRule {
    priorities = Set.copyOf(requireNonNull(priorities, "priorities"));
    categories = Set.copyOf(requireNonNull(categories, "categories"));
    channels = Set.copyOf(requireNonNull(channels, "channels"));
    segments = Set.copyOf(requireNonNull(segments, "segments"));
    segments.forEach(s -> Texts.requireCode(s, "segments"));
    requireNonNull(targets, "targets");
  }

  /**
   * Returns a rule matching every case.
   *
   * @param targets the targets
   * @return the rule
   */
  public static SlaRule of(SlaTargets targets) {
    return new SlaRule(Set.of(), Set.of(), Set.of(), Set.of(), targets);
  }

  /**
   * Returns this rule restricted to priorities.
   *
   * @param only the priorities
   * @return the changed rule
   */
  public SlaRule forPriorities(Priority... only) {
    return new SlaRule(Set.of(only), categories, channels, segments, targets);
  }

  /**
   * Returns this rule restricted to categories.
   *
   * @param only the categories
   * @return the changed rule
   */
  public SlaRule forCategories(ComplaintCategory... only) {
    return new SlaRule(priorities, Set.of(only), channels, segments, targets);
  }

  /**
   * Returns this rule restricted to channels.
   *
   * @param only the channels
   * @return the changed rule
   */
  public SlaRule forChannels(Channel... only) {
    return new SlaRule(priorities, categories, Set.of(only), segments, targets);
  }

  /**
   * Returns this rule restricted to customer segments or tiers.
   *
   * @param only the segment codes
   * @return the changed rule
   */
  public SlaRule forSegments(String... only) {
    return new SlaRule(priorities, categories, channels, Set.of(only), targets);
  }

  /**
   * Tells whether the rule applies to a case.
   *
   * @param priority the case's priority
   * @param category its category
   * @param channel its channel
   * @param segment its customer's segment, or null
   * @return true if every non-empty criterion holds
   */
  public boolean matches(Priority priority, ComplaintCategory category, Channel channel,
      @Nullable String segment) {
    return (priorities.isEmpty() || priorities.contains(priority))
        && (categories.isEmpty() || categories.contains(category))
        && (channels.isEmpty() || channels.contains(channel))
        && (segments.isEmpty() || (segment != null && segments.contains(segment)));
  }
}
