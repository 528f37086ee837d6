/**
 * The entry point: {@link org.mehrcrm.Crm} wires the application services from a storage
 * provider, a clock, an access policy and an event listener.
 */
@NullMarked
package org.mehrcrm;

import org.jspecify.annotations.NullMarked;
