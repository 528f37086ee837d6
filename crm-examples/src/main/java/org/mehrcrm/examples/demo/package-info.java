/**
 * The demo: how a host embeds Mehr CRM, told as the story of a small firm's customers.
 *
 * <p>{@link org.mehrcrm.examples.demo.Demo} wires {@code Crm} with the in-memory storage
 * provider, a clock the story advances by whole days, a seeded id generator and an event
 * listener; then registers people and organisations in Persian, Russian, German and Spanish,
 * moves customers through the lifecycle, shows a refused duplicate, searches names however they
 * are typed and prints every profile. {@code crm demo} runs it.
 */
@NullMarked
package org.mehrcrm.examples.demo;

import org.jspecify.annotations.NullMarked;
