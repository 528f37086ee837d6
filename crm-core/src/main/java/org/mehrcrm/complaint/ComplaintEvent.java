package org.mehrcrm.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.Channel;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.kernel.DomainEvent;

/**
 * Everything that can happen to a complaint; one record per kind of change. A case's events, in
 * order, are its history: the service-time clock ({@link SlaClock}) is a pure function of them.
 *
 * <p>Events carry identifiers, codes and amounts, never the customer's words or agents' notes,
 * so they can be logged and shipped to other systems safely. Example:
 * <pre>{@code
 * switch (event) {
 *   case ComplaintEvent.GoodwillPointsGranted g -> loyalty.credit(g.customerId(), g.points());
 *   case ComplaintEvent.SlaBreached b -> followUps.open(b.complaintId(), b.target());
 *   default -> { }
 * }
 * }</pre>
 */
public sealed interface ComplaintEvent extends DomainEvent {

  /**
   * Returns the case the event is about.
   *
   * @return the complaint id
   */
  ComplaintId complaintId();

  @Override
  default String aggregateId() {
    return complaintId().value();
  }

  /**
   * A complaint was filed (ISO 10002 receipt).
   *
   * @param complaintId the case
   * @param customerId who complains
   * @param channel how it arrived
   * @param category what it is about
   * @param priority the initial priority
   * @param segment the customer's segment or tier code, or {@code null}
   * @param policy the service-level policy version the case keeps
   * @param relatedTo the earlier case this one follows up, or {@code null}
   * @param occurredAt when
   */
  record Received(ComplaintId complaintId, CustomerId customerId, Channel channel, ComplaintCategory category, Priority priority, @Nullable String segment, SlaPolicyRef policy, @Nullable ComplaintId relatedTo, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public Received {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(customerId, "customerId");
      requireNonNull(channel, "channel");
      requireNonNull(category, "category");
      requireNonNull(priority, "priority");
      requireNonNull(policy, "policy");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The case moved to another status.
   *
   * @param complaintId the case
   * @param from the status before
   * @param to the status after
   * @param actorId who moved it
   * @param occurredAt when
   */
  record StageChanged(ComplaintId complaintId, ComplaintStatus from, ComplaintStatus to, String actorId, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public StageChanged {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(actorId, "actorId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * Severity, urgency and impact were rated.
   *
   * @param complaintId the case
   * @param assessment the ratings
   * @param occurredAt when
   */
  record Assessed(ComplaintId complaintId, Assessment assessment, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public Assessed {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(assessment, "assessment");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The case was assigned; with a {@code from} this is a hand-off.
   *
   * @param complaintId the case
   * @param from the previous assignee, or {@code null} for the first assignment
   * @param to the new assignee
   * @param actorId who assigned it
   * @param occurredAt when
   */
  record Assigned(ComplaintId complaintId, @Nullable String from, String to, String actorId, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public Assigned {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(to, "to");
      requireNonNull(actorId, "actorId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The customer was sent news about the case; the first one is the first response.
   *
   * @param complaintId the case
   * @param actorId who wrote
   * @param occurredAt when
   */
  record CustomerUpdated(ComplaintId complaintId, String actorId, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public CustomerUpdated {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(actorId, "actorId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A decision and remedies were offered.
   *
   * @param complaintId the case
   * @param remedies the remedies offered, possibly none
   * @param actorId who responded
   * @param occurredAt when
   */
  record Responded(ComplaintId complaintId, List<Remedy> remedies, String actorId, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public Responded {
      requireNonNull(complaintId, "complaintId");
      remedies = List.copyOf(remedies);
      requireNonNull(actorId, "actorId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The case closed, accepted or declined by the customer.
   *
   * @param complaintId the case
   * @param outcome how the customer took the response
   * @param actorId who closed it
   * @param occurredAt when
   */
  record Closed(ComplaintId complaintId, ClosureOutcome outcome, String actorId, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public Closed {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(outcome, "outcome");
      requireNonNull(actorId, "actorId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The priority changed.
   *
   * @param complaintId the case
   * @param from the priority before
   * @param to the priority after
   * @param actorId who changed it
   * @param occurredAt when
   */
  record PriorityChanged(ComplaintId complaintId, Priority from, Priority to, String actorId, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public PriorityChanged {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(actorId, "actorId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * An escalation rule acted on the case.
   *
   * @param complaintId the case
   * @param ruleId the rule
   * @param level the escalation level after the rule
   * @param round the handling round: 0, plus one per reopening
   * @param occurredAt when
   */
  record Escalated(ComplaintId complaintId, String ruleId, int level, int round, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public Escalated {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(ruleId, "ruleId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The case moved to another policy version; elapsed and paused time carry over.
   *
   * @param complaintId the case
   * @param from the version before
   * @param to the version after
   * @param occurredAt when
   */
  record SlaPolicyChanged(ComplaintId complaintId, SlaPolicyRef from, SlaPolicyRef to, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public SlaPolicyChanged {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A service-time target was missed; recorded once per target and round.
   *
   * @param complaintId the case
   * @param target the target
   * @param round the handling round
   * @param breachedAt when the target was missed
   * @param occurredAt when
   */
  record SlaBreached(ComplaintId complaintId, SlaTarget target, int round, Instant breachedAt, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public SlaBreached {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(target, "target");
      requireNonNull(breachedAt, "breachedAt");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The customer accepted goodwill loyalty points; the loyalty feature credits them.
   *
   * @param complaintId the case
   * @param customerId who receives them
   * @param points how many, positive
   * @param occurredAt when
   */
  record GoodwillPointsGranted(ComplaintId complaintId, CustomerId customerId, long points, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public GoodwillPointsGranted {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(customerId, "customerId");
      if (points <= 0) {
        throw new org.mehrcrm.kernel.InvalidFieldException("points", "must be positive");
      }
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A custom attribute was set or removed; the value stays in the case.
   *
   * @param complaintId the case
   * @param name the attribute's name
   * @param occurredAt when
   */
  record AttributeChanged(ComplaintId complaintId, String name, Instant occurredAt) implements ComplaintEvent {
    /** Checks for nulls. */
    public AttributeChanged {
      requireNonNull(complaintId, "complaintId");
      requireNonNull(name, "name");
      requireNonNull(occurredAt, "occurredAt");
    }
  }
}
