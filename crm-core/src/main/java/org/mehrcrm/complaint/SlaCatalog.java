package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mehrcrm.complaint.calendar.BusinessCalendar;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;

/**
 * The host's service-level policies, every version of each, and the business calendars they
 * count in.
 *
 * <p>Example:
 * <pre>{@code
 * SlaCatalog catalog = SlaCatalog.of(List.of(standardV1, standardV2), List.of(tehranOffice));
 * SlaPolicyRef forNewCases = catalog.latest(SlaPolicyId.of("standard")).ref(); // standard@2
 * }</pre>
 * Old versions stay, because cases keep the version they started with. Immutable and thread-safe.
 */
public final class SlaCatalog {
  private final Map<SlaPolicyRef, SlaPolicy> versions;
  private final Map<SlaPolicyId, SlaPolicy> latest;
  private final Map<String, BusinessCalendar> calendars;

  private SlaCatalog(Map<SlaPolicyRef, SlaPolicy> versions, Map<SlaPolicyId, SlaPolicy> latest,
      Map<String, BusinessCalendar> calendars) {
    this.versions = versions;
    this.latest = latest;
    this.calendars = calendars;
  }

  /**
   * Returns a catalogue.
   *
   * @param policies every version of every policy
   * @param calendars the calendars the policies name
   * @return the catalogue
   * @throws InvalidFieldException if a version or calendar id repeats or a policy names a
   *     calendar not given
   */
  public static SlaCatalog of(Collection<SlaPolicy> policies, Collection<BusinessCalendar> calendars) {
    Map<String, BusinessCalendar> cals = new HashMap<>();
    for (BusinessCalendar c : requireNonNull(calendars, "calendars")) {
      if (cals.put(c.id(), c) != null) {
        throw new InvalidFieldException("calendars", "must not repeat an id (" + c.id() + ")");
      }
    }
    Map<SlaPolicyRef, SlaPolicy> versions = new HashMap<>();
    Map<SlaPolicyId, SlaPolicy> latest = new HashMap<>();
    for (SlaPolicy p : requireNonNull(policies, "policies")) {
      if (versions.put(p.ref(), p) != null) {
        throw new InvalidFieldException("policies", "must not repeat a version (" + p.ref() + ")");
      }
      if (!cals.containsKey(p.calendarId())) {
        throw new InvalidFieldException("policies", "must name a given calendar (" + p.calendarId() + ")");
      }
      latest.merge(p.ref().policy(), p, (a, b) -> a.ref().version() >= b.ref().version() ? a : b);
    }
    return new SlaCatalog(Map.copyOf(versions), Map.copyOf(latest), Map.copyOf(cals));
  }

  /**
   * Finds one version.
   *
   * @param ref the policy and version
   * @return the version, or empty
   */
  public Optional<SlaPolicy> find(SlaPolicyRef ref) {
    return Optional.ofNullable(versions.get(requireNonNull(ref, "ref")));
  }

  /**
   * Returns one version.
   *
   * @param ref the policy and version
   * @return the version
   * @throws NotFoundException if it is not in the catalogue
   */
  public SlaPolicy get(SlaPolicyRef ref) {
    SlaPolicy p = versions.get(requireNonNull(ref, "ref"));
    if (p == null) {
      throw new NotFoundException("sla-policy", ref.toString());
    }
    return p;
  }

  /**
   * Returns the newest version of a policy, the one new cases get.
   *
   * @param id the policy
   * @return its newest version
   * @throws NotFoundException if there is no such policy
   */
  public SlaPolicy latest(SlaPolicyId id) {
    SlaPolicy p = latest.get(requireNonNull(id, "id"));
    if (p == null) {
      throw new NotFoundException("sla-policy", id.value());
    }
    return p;
  }

  /**
   * Returns a calendar.
   *
   * @param id the calendar's id
   * @return the calendar
   * @throws NotFoundException if there is no such calendar
   */
  public BusinessCalendar calendar(String id) {
    BusinessCalendar c = calendars.get(requireNonNull(id, "id"));
    if (c == null) {
      throw new NotFoundException("calendar", id);
    }
    return c;
  }

  /**
   * Returns the calendar a policy version counts in.
   *
   * @param ref the policy and version
   * @return the calendar
   * @throws NotFoundException if the version is unknown
   */
  public BusinessCalendar calendarOf(SlaPolicyRef ref) {
    return calendar(get(ref).calendarId());
  }
}
