package org.mehrcrm.tck;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.mehrcrm.customer.AttributeDefinition;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.customer.AttributeType;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.Organisation;
import org.mehrcrm.customer.PersonName;

/**
 * Builds the registrations and unsaved customers that the TCK stores; adapters may use it in their
 * own tests too.
 *
 * <p>Example:
 * <pre>{@code
 * CustomerFixtures fixtures = new CustomerFixtures(clock);
 * Customer ali = fixtures.register(fixtures.person("C-1", "Ali", "Rezaei").tag("vip"));
 * repository.save(ali);
 * }</pre>
 * Every customer is registered by actor {@value #ACTOR} at the clock's instant, against
 * {@link #schema()}. Immutable and thread-safe.
 */
public final class CustomerFixtures {
  /** The actor id that registers and changes fixture customers. */
  public static final String ACTOR = "tck";

  private static final AttributeSchema SCHEMA = AttributeSchema.of(
      AttributeDefinition.of("credit-limit", AttributeType.DECIMAL, false),
      AttributeDefinition.choice("segment", false, java.util.List.of("retail", "wholesale")));

  private final Clock clock;

  /**
   * Creates fixtures dated by a clock.
   *
   * @param clock the clock that dates registrations and changes
   */
  public CustomerFixtures(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Returns the attribute schema fixture customers are registered against: an optional decimal
   * {@code credit-limit} and an optional choice {@code segment} of {@code retail} or
   * {@code wholesale}.
   *
   * @return the schema
   */
  public static AttributeSchema schema() {
    return SCHEMA;
  }

  /**
   * Returns the id {@code prefix-nnnnnn}, zero-padded so that ids sort like their numbers.
   *
   * @param prefix the prefix, e.g. {@code "C"}
   * @param n the number, 0 to 999,999
   * @return the id
   */
  public static CustomerId id(String prefix, int n) {
    return CustomerId.of(prefix + "-" + String.format(Locale.ROOT, "%06d", n));
  }

  /**
   * Returns the current instant of the clock.
   *
   * @return now
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Starts the registration of a person with a host-supplied id.
   *
   * @param id the id
   * @param given the given name
   * @param family the family name
   * @return a builder to add details to
   */
  public CustomerRegistration.Builder person(String id, String given, String family) {
    return CustomerRegistration.person(PersonName.of(given, family)).id(CustomerId.of(id));
  }

  /**
   * Starts the registration of an organisation with a host-supplied id.
   *
   * @param id the id
   * @param legalName the legal name
   * @return a builder to add details to
   */
  public CustomerRegistration.Builder organisation(String id, String legalName) {
    return CustomerRegistration.organisation(Organisation.of(legalName, null)).id(CustomerId.of(id));
  }

  /**
   * Registers an unsaved customer (version 0) from a registration with an id.
   *
   * @param registration the registration builder
   * @return the new customer
   */
  public Customer register(CustomerRegistration.Builder registration) {
    CustomerRegistration r = registration.build();
    CustomerId id = requireNonNull(r.id(), "registration id");
    return Customer.register(id, r, SCHEMA, ACTOR, now());
  }

  /**
   * Registers an unsaved person with nothing but a name.
   *
   * @param id the id
   * @param given the given name
   * @param family the family name
   * @return the new customer
   */
  public Customer newPerson(CustomerId id, String given, String family) {
    return register(person(id.value(), given, family));
  }
}
