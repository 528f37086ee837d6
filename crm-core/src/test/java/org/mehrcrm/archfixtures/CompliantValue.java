package org.mehrcrm.archfixtures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mehrcrm.customer.CustomerId;

/** Keeps every rule: a record, refers to a customer by id, reads time from a clock, java.util types. */
public record CompliantValue(CustomerId customer, List<String> labels, Instant at) {

  public static CompliantValue of(CustomerId customer, Clock clock) {
    return new CompliantValue(customer, List.of(), Instant.now(clock));
  }

  public CompliantValue withLabels(List<String> newLabels) {
    return new CompliantValue(customer, com.google.common.collect.ImmutableList.copyOf(newLabels), at);
  }
}
