/**
 * Performance measurements of the in-memory storage provider: JMH lookup benchmarks against a
 * {@link java.util.concurrent.ConcurrentHashMap} baseline, and the heap a customer occupies; and
 * of the customer-value models: {@link org.mehrcrm.examples.bench.CustomerValueFitBenchmark}
 * (BG/NBD and Gamma-Gamma fits on CDNOW and on CDNOW replicated to a million customers) and
 * {@link org.mehrcrm.examples.bench.CustomerScoringBenchmark} (scoring a million customers); and
 * of relationships: {@link org.mehrcrm.examples.bench.RelationshipBenchmark} (the reminder rules
 * over a million prospects, the 360° view and timeline of a customer with 10,000 entries).
 *
 * <p>{@link org.mehrcrm.examples.bench.InMemoryLookupBenchmark} runs with
 * {@code java -cp crm-examples/target/crm.jar org.openjdk.jmh.Main InMemoryLookup -f 1 -wi 3 -i 5};
 * {@link org.mehrcrm.examples.bench.HeapPerCustomer} with
 * {@code java -Xmx4g -cp crm-examples/target/crm.jar org.mehrcrm.examples.bench.HeapPerCustomer};
 * both load typical customers from {@link org.mehrcrm.examples.bench.SampleCustomers}. Neither
 * runs during the Maven build; {@code docs/performance.md} records the figures.
 */
@NullMarked
package org.mehrcrm.examples.bench;

import org.jspecify.annotations.NullMarked;
