package org.mehrcrm.followup;

import java.util.Optional;

/**
 * The host's organisation structure, as far as escalation needs it: who an actor's manager is.
 *
 * <p>Example: {@code OrgChart chart = agent -> Optional.ofNullable(hr.managerOf(agent));}, or
 * {@code OrgChart.of(Map.of("agent-7", "lead-2"))} for a fixed chart.
 *
 * <h2>Specification for implementors</h2>
 * {@link #managerOf} must be thread-safe, side-effect free and fast; it runs once per overdue
 * task. It never returns the actor itself.
 */
@FunctionalInterface
public interface OrgChart {

  /**
   * Returns an actor's manager.
   *
   * @param actorId the actor
   * @return the manager's actor id, or empty if the actor has none (the top of the chart)
   */
  Optional<String> managerOf(String actorId);

  /**
   * Returns a fixed chart.
   *
   * @param managers each actor's manager
   * @return the chart
   */
  static OrgChart of(java.util.Map<String, String> managers) {
    java.util.Map<String, String> copy = java.util.Map.copyOf(managers);
    return actorId -> Optional.ofNullable(copy.get(actorId));
  }

  /**
   * Returns the chart in which nobody has a manager: escalation then only raises priority.
   *
   * @return the empty chart
   */
  static OrgChart none() {
    return actorId -> Optional.empty();
  }
}
