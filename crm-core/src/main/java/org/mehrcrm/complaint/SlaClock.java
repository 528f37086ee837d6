package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.complaint.calendar.BusinessCalendar;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.kernel.InvalidFieldException;

/**
 * The service-time clock: computes a case's {@link SlaStatus} as a pure function of its event
 * history, the policy versions it names and their calendars, at a given moment.
 *
 * <p>Example: {@code SlaStatus s = new SlaClock(catalog).status(complaint, clock.instant());}
 *
 * <p>Rules, replayed over the history up to {@code at} (later events are ignored, so any past
 * moment can be explained):
 * <ul>
 *   <li>Time counts in business time of the calendar of the policy version in force; after a
 *       policy change, time already counted (and time already paused) carries over unchanged.</li>
 *   <li><b>Acknowledge</b> counts while the case is {@code RECEIVED}. <b>First response</b>
 *       counts while the case is active until the first update to the customer or the response.
 *       <b>Resolve</b> counts while the case is active (received, acknowledged, assessed,
 *       investigating, reopened). <b>Update</b> starts at the first response, counts while
 *       active and restarts with every update and every reopening; it never replaces the
 *       first-response target.</li>
 *   <li>While {@code WAITING_ON_CUSTOMER} the targets pause: a pause of a span of business time
 *       moves the due time by exactly that span.</li>
 *   <li>The goal is the policy's target for the case's current priority, category, channel and
 *       segment. The due time is the first instant at which the elapsed time reaches the goal;
 *       a target still counting after its due time is breached (a case due at 16:00 and still
 *       open at 16:01 is late, even though the office closed at 16:00). A breach is never
 *       undone, not even when the goal grows later.</li>
 * </ul>
 * Cost: two calendar look-ups per event, independent of the targets' lengths. Thread-safe.
 */
public final class SlaClock {
  private static final SlaTarget[] KINDS = SlaTarget.values();
  private static final int ACK = SlaTarget.ACKNOWLEDGE.ordinal();
  private static final int FIRST = SlaTarget.FIRST_RESPONSE.ordinal();
  private static final int RESOLVE = SlaTarget.RESOLVE.ordinal();
  private static final int UPDATE = SlaTarget.UPDATE.ordinal();

  private final SlaCatalog catalog;
  /** The policy versions last resolved, most recent first; replaced whole, never mutated. */
  private volatile Resolved[] recent = new Resolved[0];

  /** A policy version with its calendar. */
  private record Resolved(SlaPolicyRef ref, SlaPolicy policy, BusinessCalendar calendar) {}

  /**
   * Creates the clock.
   *
   * @param catalog the policy versions and calendars
   */
  public SlaClock(SlaCatalog catalog) {
    this.catalog = requireNonNull(catalog, "catalog");
  }

  /**
   * Returns the catalogue this clock reads.
   *
   * @return the catalogue
   */
  public SlaCatalog catalog() {
    return catalog;
  }

  /**
   * Evaluates a case.
   *
   * @param complaint the case
   * @param at the moment
   * @return its service-time status
   * @throws org.mehrcrm.kernel.NotFoundException if the case names a policy version not in the catalogue
   */
  public SlaStatus status(Complaint complaint, Instant at) {
    return status(requireNonNull(complaint, "complaint").history(), at);
  }

  /**
   * Evaluates a history.
   *
   * @param history a case's events, oldest first, starting with {@code Received}
   * @param at the moment
   * @return the service-time status
   * @throws InvalidFieldException if the history does not start with {@code Received} or
   *     {@code at} is before it
   * @throws org.mehrcrm.kernel.NotFoundException if the history names a policy version not in
   *     the catalogue
   */
  public SlaStatus status(List<ComplaintEvent> history, Instant at) {
    requireNonNull(history, "history");
    requireNonNull(at, "at");
    if (history.isEmpty() || !(history.get(0) instanceof ComplaintEvent.Received received)) {
      throw new InvalidFieldException("history", "must start with Received");
    }
    if (at.isBefore(received.occurredAt())) {
      throw new InvalidFieldException("at", "must not be before the case was received");
    }
    return new Run(received).replay(history, at);
  }

  /** Looks a version up, first among the few resolved last (most cases share a few versions). */
  private Resolved resolve(SlaPolicyRef ref) {
    Resolved[] cached = recent;
    for (Resolved r : cached) {
      if (r.ref() == ref || r.ref().equals(ref)) {
        return r;
      }
    }
    SlaPolicy policy = catalog.get(ref);
    Resolved r = new Resolved(ref, policy, catalog.calendar(policy.calendarId()));
    Resolved[] next = new Resolved[Math.min(8, cached.length + 1)];
    next[0] = r;
    System.arraycopy(cached, 0, next, 1, next.length - 1);
    recent = next;
    return r;
  }

  /** One evaluation: the replay's mutable state. */
  private final class Run {
    private final ComplaintEvent.Received received;
    private SlaPolicy policy;
    private BusinessCalendar calendar;
    private Priority priority;
    private final long[] goal = new long[4]; // -1: not set by the policy
    private final long[] elapsed = new long[4];
    private final @Nullable Instant[] breachedAt = new Instant[4];
    private boolean acknowledged;
    private boolean firstResponded;
    private ComplaintStatus status = ComplaintStatus.RECEIVED;
    private Instant lastAt;
    private long lastLine;

    Run(ComplaintEvent.Received received) {
      this.received = received;
      Resolved r = resolve(received.policy());
      this.policy = r.policy();
      this.calendar = r.calendar();
      this.priority = received.priority();
      this.lastAt = received.occurredAt();
      this.lastLine = calendar.toBusinessMillis(lastAt);
      chooseGoals();
    }

    SlaStatus replay(List<ComplaintEvent> history, Instant at) {
      for (int i = 1; i < history.size(); i++) {
        ComplaintEvent e = history.get(i);
        if (!(e instanceof ComplaintEvent.StageChanged || e instanceof ComplaintEvent.CustomerUpdated
            || e instanceof ComplaintEvent.PriorityChanged || e instanceof ComplaintEvent.SlaPolicyChanged)) {
          continue; // does not move a clock: no need to place it on the business-time line
        }
        Instant t = e.occurredAt();
        if (t.isAfter(at)) {
          break;
        }
        advance(t);
        apply(e);
      }
      long lineNow = advance(at);
      int count = 0;
      for (int k = 0; k < 4; k++) {
        count += goal[k] >= 0 ? 1 : 0;
      }
      SlaTargetStatus[] out = new SlaTargetStatus[count];
      int i = 0;
      for (int k = 0; k < 4; k++) {
        if (goal[k] >= 0) {
          out[i++] = report(k, at, lineNow);
        }
      }
      return new SlaStatus(received.complaintId(), policy.ref(), at, List.of(out));
    }

    private long advance(Instant t) {
      long line = calendar.toBusinessMillis(t);
      long delta = line - lastLine;
      for (int k = 0; k < 4; k++) {
        if (goal[k] < 0) {
          continue;
        }
        if (running(k)) {
          long before = elapsed[k];
          elapsed[k] += delta;
          if (breachedAt[k] == null && elapsed[k] >= goal[k]) {
            // Due when the elapsed time reached the goal; late if the clock still ran after that.
            Instant due = calendar.fromBusinessMillis(lastLine + Math.max(0, goal[k] - before));
            Instant dueAt = due.isBefore(lastAt) ? lastAt : due;
            if (t.isAfter(dueAt)) {
              breachedAt[k] = dueAt;
            }
          }
        } else if (paused(k) && breachedAt[k] == null && elapsed[k] > goal[k] && t.isAfter(lastAt)) {
          breachedAt[k] = lastAt; // the goal was lowered below the elapsed time
        }
      }
      lastLine = line;
      lastAt = t;
      return line;
    }

    private void apply(ComplaintEvent e) {
      if (e instanceof ComplaintEvent.StageChanged s) {
        if (s.from() == ComplaintStatus.RECEIVED) {
          acknowledged = true;
        }
        if (s.to() == ComplaintStatus.RESPONDED) {
          respondFirst();
        }
        if (s.to() == ComplaintStatus.REOPENED) {
          elapsed[UPDATE] = 0;
        }
        status = s.to();
      } else if (e instanceof ComplaintEvent.CustomerUpdated) {
        respondFirst();
        elapsed[UPDATE] = 0;
      } else if (e instanceof ComplaintEvent.PriorityChanged p) {
        priority = p.to();
        chooseGoals();
      } else if (e instanceof ComplaintEvent.SlaPolicyChanged c) {
        Resolved r = resolve(c.to());
        policy = r.policy();
        calendar = r.calendar();
        lastLine = calendar.toBusinessMillis(lastAt);
        chooseGoals();
      }
    }

    private void respondFirst() {
      if (!firstResponded) {
        firstResponded = true;
        elapsed[UPDATE] = 0;
      }
    }

    private void chooseGoals() {
      Channel channel = received.channel();
      SlaTargets t = policy.targetsFor(priority, received.category(), channel, received.segment());
      for (int k = 0; k < 4; k++) {
        Duration d = t.of(KINDS[k]);
        goal[k] = d == null ? -1 : d.toMillis();
      }
    }

    private boolean running(int k) {
      if (!status.isActive()) {
        return false;
      }
      if (k == ACK) {
        return !acknowledged;
      }
      if (k == FIRST) {
        return !firstResponded;
      }
      return k == RESOLVE || firstResponded;
    }

    private boolean paused(int k) {
      if (status != ComplaintStatus.WAITING_ON_CUSTOMER) {
        return false;
      }
      if (k == ACK) {
        return !acknowledged;
      }
      if (k == FIRST) {
        return !firstResponded;
      }
      return k == RESOLVE || firstResponded;
    }

    private SlaTargetStatus report(int k, Instant at, long lineNow) {
      SlaPhase phase = running(k) ? SlaPhase.RUNNING : paused(k) ? SlaPhase.PAUSED
          : k == UPDATE && !firstResponded && status.isOpen() ? SlaPhase.NOT_STARTED : SlaPhase.STOPPED;
      Instant breached = breachedAt[k];
      long breachedMillis = breached == null ? Long.MIN_VALUE : breached.toEpochMilli();
      long due = Long.MIN_VALUE;
      boolean warning = false;
      if (phase == SlaPhase.RUNNING || phase == SlaPhase.PAUSED) {
        due = breached != null ? breachedMillis
            : calendar.fromBusinessMillis(lineNow + goal[k] - elapsed[k]).toEpochMilli();
        warning = breached == null && elapsed[k] * 100 >= goal[k] * policy.warningPercent();
      }
      return new SlaTargetStatus(KINDS[k], phase, goal[k], elapsed[k], due, breachedMillis, warning);
    }
  }
}
