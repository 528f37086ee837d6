/**
 * Customers: who they are, where they stand, how to reach them and what they agreed to.
 *
 * <p>The aggregate is {@link org.mehrcrm.customer.Customer}: a {@link org.mehrcrm.customer.Person}
 * or an {@link org.mehrcrm.customer.Organisation} (with {@link org.mehrcrm.customer.ContactPerson}s),
 * a {@link org.mehrcrm.customer.LifecycleStage} with its history and
 * {@link org.mehrcrm.customer.ChurnReason}s, validated {@link org.mehrcrm.customer.ContactAddress}es
 * (e-mail, E.164 phone, postal, social), preferred {@link org.mehrcrm.customer.Channel}s and
 * {@link org.mehrcrm.customer.Consent} per channel and {@link org.mehrcrm.customer.Purpose},
 * tags, owner, key-account flag, acquisition, custom attributes declared by an
 * {@link org.mehrcrm.customer.AttributeSchema}, and host {@link org.mehrcrm.customer.ExternalRef}s.
 * Changes raise {@link org.mehrcrm.customer.CustomerEvent}s. Storage is behind
 * {@link org.mehrcrm.customer.CustomerRepository}; the application service is
 * {@link org.mehrcrm.customer.CustomerService}. Names in any script are searchable through
 * {@link org.mehrcrm.customer.SearchNames}.
 */
@NullMarked
package org.mehrcrm.customer;

import org.jspecify.annotations.NullMarked;
