/**
 * The {@code crm} command-line tool: a picocli front end over the embedded library.
 *
 * <p>{@link org.mehrcrm.examples.cli.Main} is the entry point of {@code crm.jar}; the commands are
 * {@code demo} (the story in {@link org.mehrcrm.examples.demo.Demo}), {@code check} (how the
 * library validates and normalises input), {@code clv} (fitting the customer-value models and
 * scoring customers from files), {@code bench} (the JMH benchmarks) and {@code heap} (heap per
 * customer). Every command writes to the {@link picocli.CommandLine}'s writers, so
 * tests capture the output; failures print one line, {@code crm: <reason>}, and exit with 1,
 * usage errors with 2.
 */
@NullMarked
package org.mehrcrm.examples.cli;

import org.jspecify.annotations.NullMarked;
