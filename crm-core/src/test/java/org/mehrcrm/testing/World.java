package org.mehrcrm.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.mehrcrm.customer.AttributeSchema;
import org.mehrcrm.customer.Customer;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRegistration;
import org.mehrcrm.customer.PersonName;
import org.mehrcrm.kernel.DomainEvent;
import org.mehrcrm.kernel.IdGenerator;
import org.mehrcrm.kernel.UnitOfWork;

/** The fakes, a movable clock and a unit of work wired together, for service tests. */
public final class World {
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  public final MovableClock clock = new MovableClock(T0);
  public final FakeCustomers customers = new FakeCustomers();
  public final FakeInteractions interactions = new FakeInteractions();
  public final FakePurchases purchases = new FakePurchases();
  public final FakeFollowUps followUps = new FakeFollowUps();
  public final FakeOutbox outbox = new FakeOutbox();
  public final List<DomainEvent> delivered = new ArrayList<>();
  public final UnitOfWork unitOfWork = new UnitOfWork(outbox::inTransaction, outbox, delivered::add);
  public final IdGenerator ids = IdGenerator.timeOrdered(clock, new Random(7));

  /** Registers a person with the given id, the registration shaped by {@code edit}, at the clock's moment. */
  public Customer person(String id, String given, String family, UnaryOperator<CustomerRegistration.Builder> edit) {
    CustomerRegistration r = edit.apply(CustomerRegistration.person(PersonName.of(given, family))
        .id(CustomerId.of(id))).build();
    return customers.save(Customer.register(CustomerId.of(id), r, AttributeSchema.empty(), "setup", clock.instant()));
  }

  /** Returns the delivered events of a type. */
  public <T extends DomainEvent> List<T> events(Class<T> type) {
    return delivered.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
