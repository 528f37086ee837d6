package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.DomainEvent;

/**
 * Everything that can happen to a customer profile; one record per kind of change.
 *
 * <p>Events carry identifiers and non-personal facts, never names or addresses, so they can be
 * logged and shipped to other systems safely; read the customer by id for details. Example:
 * <pre>{@code
 * switch (event) {
 *   case CustomerEvent.StageChanged s -> retention.onStage(s.customerId(), s.to());
 *   default -> { }
 * }
 * }</pre>
 */
public sealed interface CustomerEvent extends DomainEvent {

  /**
   * Returns the customer the event is about.
   *
   * @return the customer id
   */
  CustomerId customerId();

  @Override
  default String aggregateId() {
    return customerId().value();
  }

  /**
   * A customer was registered.
   *
   * @param customerId the customer
   * @param kind person or organisation
   * @param stage the initial lifecycle stage
   * @param occurredAt when
   */
  record Registered(CustomerId customerId, PartyKind kind, LifecycleStage stage, Instant occurredAt)
      implements CustomerEvent {
    /** Checks for nulls. */
    public Registered {
      requireNonNull(customerId, "customerId");
      requireNonNull(kind, "kind");
      requireNonNull(stage, "stage");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The name or organisation details changed.
   *
   * @param customerId the customer
   * @param occurredAt when
   */
  record ProfileChanged(CustomerId customerId, Instant occurredAt) implements CustomerEvent {
    /** Checks for nulls. */
    public ProfileChanged {
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The lifecycle stage changed.
   *
   * @param customerId the customer
   * @param from the stage before
   * @param to the stage after
   * @param reason the churn reason when {@code to} is {@code LOST}, else {@code null}
   * @param occurredAt when
   */
  record StageChanged(CustomerId customerId, LifecycleStage from, LifecycleStage to,
      @Nullable ChurnReason reason, Instant occurredAt) implements CustomerEvent {
    /** Checks for nulls. */
    public StageChanged {
      requireNonNull(customerId, "customerId");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A contact point was added, verified, made primary or removed.
   *
   * @param customerId the customer
   * @param kind the kind of contact point (the address itself is personal data and not carried)
   * @param change what happened to it
   * @param occurredAt when
   */
  record ContactPointChanged(CustomerId customerId, ContactKind kind, ContactChange change,
      Instant occurredAt) implements CustomerEvent {
    /** Checks for nulls. */
    public ContactPointChanged {
      requireNonNull(customerId, "customerId");
      requireNonNull(kind, "kind");
      requireNonNull(change, "change");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** What happened to a contact point. */
  enum ContactChange {
    /** It was added. */
    ADDED,
    /** The customer proved they own it. */
    VERIFIED,
    /** It became the primary point of its kind. */
    MADE_PRIMARY,
    /** It was removed. */
    REMOVED
  }

  /**
   * The order of preferred channels changed.
   *
   * @param customerId the customer
   * @param channels the new order
   * @param occurredAt when
   */
  record PreferredChannelsChanged(CustomerId customerId, List<Channel> channels, Instant occurredAt)
      implements CustomerEvent {
    /** Checks for nulls and copies the list. */
    public PreferredChannelsChanged {
      requireNonNull(customerId, "customerId");
      channels = List.copyOf(channels);
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A consent decision was recorded.
   *
   * @param customerId the customer
   * @param channel the channel
   * @param purpose the purpose
   * @param status the decision
   * @param occurredAt when it was recorded
   */
  record ConsentRecorded(CustomerId customerId, Channel channel, Purpose purpose,
      ConsentStatus status, Instant occurredAt) implements CustomerEvent {
    /** Checks for nulls. */
    public ConsentRecorded {
      requireNonNull(customerId, "customerId");
      requireNonNull(channel, "channel");
      requireNonNull(purpose, "purpose");
      requireNonNull(status, "status");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A tag was added ({@code added} true) or removed.
   *
   * @param customerId the customer
   * @param tag the tag
   * @param added true if added, false if removed
   * @param occurredAt when
   */
  record TagChanged(CustomerId customerId, Tag tag, boolean added, Instant occurredAt)
      implements CustomerEvent {
    /** Checks for nulls. */
    public TagChanged {
      requireNonNull(customerId, "customerId");
      requireNonNull(tag, "tag");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The account owner changed.
   *
   * @param customerId the customer
   * @param owner the new owner's actor id, or {@code null} when unassigned
   * @param occurredAt when
   */
  record OwnerAssigned(CustomerId customerId, @Nullable String owner, Instant occurredAt)
      implements CustomerEvent {
    /** Checks for nulls. */
    public OwnerAssigned {
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The key-account flag changed.
   *
   * @param customerId the customer
   * @param keyAccount the new value
   * @param occurredAt when
   */
  record KeyAccountChanged(CustomerId customerId, boolean keyAccount, Instant occurredAt)
      implements CustomerEvent {
    /** Checks for nulls. */
    public KeyAccountChanged {
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A custom attribute was set or removed (its value is not carried).
   *
   * @param customerId the customer
   * @param name the attribute
   * @param occurredAt when
   */
  record AttributeChanged(CustomerId customerId, String name, Instant occurredAt)
      implements CustomerEvent {
    /** Checks for nulls. */
    public AttributeChanged {
      requireNonNull(customerId, "customerId");
      requireNonNull(name, "name");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A host system's reference was attached.
   *
   * @param customerId the customer
   * @param ref the reference
   * @param occurredAt when
   */
  record ExternalRefAdded(CustomerId customerId, ExternalRef ref, Instant occurredAt)
      implements CustomerEvent {
    /** Checks for nulls. */
    public ExternalRefAdded {
      requireNonNull(customerId, "customerId");
      requireNonNull(ref, "ref");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * A contact person was added to ({@code added} true) or removed from an organisation.
   *
   * @param customerId the organisation
   * @param person the contact person's customer id
   * @param added true if added, false if removed
   * @param occurredAt when
   */
  record ContactPersonChanged(CustomerId customerId, CustomerId person, boolean added,
      Instant occurredAt) implements CustomerEvent {
    /** Checks for nulls. */
    public ContactPersonChanged {
      requireNonNull(customerId, "customerId");
      requireNonNull(person, "person");
      requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The customer's time zone was set or cleared.
   *
   * @param customerId the customer
   * @param timeZone the new zone, or {@code null} when cleared
   * @param occurredAt when
   */
  record TimeZoneChanged(CustomerId customerId, @Nullable ZoneId timeZone, Instant occurredAt)
      implements CustomerEvent {
    /** Checks for nulls. */
    public TimeZoneChanged {
      requireNonNull(customerId, "customerId");
      requireNonNull(occurredAt, "occurredAt");
    }
  }
}
