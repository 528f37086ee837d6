package org.mehrcrm.archfixtures;

import java.time.Instant;
import java.util.List;
import org.mehrcrm.customer.Customer;

/** Breaks the id-only rule: an event that holds whole customers instead of their ids. */
public record CustomerHoldingEvent(Customer customer, List<Customer> related, Instant occurredAt) {}
