package org.mehrcrm.followup;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.Purpose;
import org.mehrcrm.kernel.DomainEvent;

/**
 * Everything that can happen to a follow-up task, plus the reminders the rules send; one record
 * per kind.
 *
 * <p>Events carry identifiers, never personal data or note text. Example:
 * <pre>{@code
 * switch (event) {
 *   case FollowUpEvent.ReminderDue r -> inbox.notify(r.owner(), r.followUpId());
 *   case FollowUpEvent.Escalated e -> inbox.notify(e.to(), e.followUpId());
 *   default -> { }
 * }
 * }</pre>
 */
public sealed interface FollowUpEvent extends DomainEvent {

  /**
   * Returns the task the event is about.
   *
   * @return the task id
   */
  FollowUpId followUpId();

  /**
   * Returns the customer the task is about.
   *
   * @return the customer id
   */
  CustomerId customerId();

  @Override
  default String aggregateId() {
    return followUpId().value();
  }

  /**
   * A task was opened.
   *
   * @param followUpId the task
   * @param customerId the customer
   * @param purpose the purpose
   * @param owner the owner, or {@code null} for the shared pool
   * @param origin by hand or by which rule
   * @param due when it is due
   * @param occurredAt when
   */
  record Opened(FollowUpId followUpId, CustomerId customerId, Purpose purpose,
      @Nullable String owner, Origin origin, Instant due, Instant occurredAt) implements FollowUpEvent {
    /** Checks for nulls. */
    public Opened {
      requireNonNull(followUpId, "followUpId");
      requireNonNull(customerId, "customerId");
      requireNonNull(purpose, "purpose");
      requireNonNull(origin, "origin");
      requireNonNull(due, "due");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * An agent claimed the task, or extended a claim, until a moment.
   *
   * @param followUpId the task
   * @param customerId the customer
   * @param agent the agent
   * @param leaseUntil when the claim expires
   * @param occurredAt when
   */
  record Claimed(FollowUpId followUpId, CustomerId customerId, String agent, Instant leaseUntil,
      Instant occurredAt) implements FollowUpEvent {
    /** Checks for nulls. */
    public Claimed {
      requireNonNull(followUpId, "followUpId");
      requireNonNull(customerId, "customerId");
      requireNonNull(agent, "agent");
      requireNonNull(leaseUntil, "leaseUntil");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The claiming agent gave the task back before the lease ran out.
   *
   * @param followUpId the task
   * @param customerId the customer
   * @param agent the agent
   * @param occurredAt when
   */
  record Released(FollowUpId followUpId, CustomerId customerId, String agent, Instant occurredAt)
      implements FollowUpEvent {
    /** Checks for nulls. */
    public Released {
      requireNonNull(followUpId, "followUpId");
      requireNonNull(customerId, "customerId");
      requireNonNull(agent, "agent");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The task was done.
   *
   * @param followUpId the task
   * @param customerId the customer
   * @param by who finished it
   * @param occurredAt when
   */
  record Completed(FollowUpId followUpId, CustomerId customerId, String by, Instant occurredAt)
      implements FollowUpEvent {
    /** Checks for nulls. */
    public Completed {
      requireNonNull(followUpId, "followUpId");
      requireNonNull(customerId, "customerId");
      requireNonNull(by, "by");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The task was cancelled.
   *
   * @param followUpId the task
   * @param customerId the customer
   * @param by who cancelled it
   * @param occurredAt when
   */
  record Cancelled(FollowUpId followUpId, CustomerId customerId, String by, Instant occurredAt)
      implements FollowUpEvent {
    /** Checks for nulls. */
    public Cancelled {
      requireNonNull(followUpId, "followUpId");
      requireNonNull(customerId, "customerId");
      requireNonNull(by, "by");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The due moment changed.
   *
   * @param followUpId the task
   * @param customerId the customer
   * @param due the new due moment
   * @param occurredAt when
   */
  record Rescheduled(FollowUpId followUpId, CustomerId customerId, Instant due, Instant occurredAt)
      implements FollowUpEvent {
    /** Checks for nulls. */
    public Rescheduled {
      requireNonNull(followUpId, "followUpId");
      requireNonNull(customerId, "customerId");
      requireNonNull(due, "due");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The owner changed.
   *
   * @param followUpId the task
   * @param customerId the customer
   * @param owner the new owner, or {@code null} for the shared pool
   * @param occurredAt when
   */
  record Reassigned(FollowUpId followUpId, CustomerId customerId, @Nullable String owner,
      Instant occurredAt) implements FollowUpEvent {
    /** Checks for nulls. */
    public Reassigned {
      requireNonNull(followUpId, "followUpId");
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A note was added (its text is not carried).
   *
   * @param followUpId the task
   * @param customerId the customer
   * @param author the author
   * @param occurredAt when
   */
  record NoteAdded(FollowUpId followUpId, CustomerId customerId, String author, Instant occurredAt)
      implements FollowUpEvent {
    /** Checks for nulls. */
    public NoteAdded {
      requireNonNull(followUpId, "followUpId");
      requireNonNull(customerId, "customerId");
      requireNonNull(author, "author");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * An overdue task was escalated to the owner's manager, with its priority raised.
   *
   * @param followUpId the task
   * @param customerId the customer
   * @param from the previous owner, or {@code null}
   * @param to the manager who owns it now
   * @param priority the raised priority
   * @param occurredAt when
   */
  record Escalated(FollowUpId followUpId, CustomerId customerId, @Nullable String from, String to,
      Priority priority, Instant occurredAt) implements FollowUpEvent {
    /** Checks for nulls. */
    public Escalated {
      requireNonNull(followUpId, "followUpId");
      requireNonNull(customerId, "customerId");
      requireNonNull(to, "to");
      requireNonNull(priority, "priority");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A reminder rule found the task about to fall due: the host notifies its owner.
   *
   * @param followUpId the task
   * @param customerId the customer
   * @param owner the owner to remind, or {@code null} for the shared pool
   * @param due when the task is due
   * @param occurredAt when the reminder was raised
   */
  record ReminderDue(FollowUpId followUpId, CustomerId customerId, @Nullable String owner,
      Instant due, Instant occurredAt) implements FollowUpEvent {
    /** Checks for nulls. */
    public ReminderDue {
      requireNonNull(followUpId, "followUpId");
      requireNonNull(customerId, "customerId");
      requireNonNull(due, "due");
      requireNonNull(occurredAt, "occurredAt");
    }
  }
}
