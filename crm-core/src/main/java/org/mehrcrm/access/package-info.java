/**
 * Access: who is acting, what they may do, and keeping personal data out of logs.
 *
 * <p>Every service call carries an {@link org.mehrcrm.access.Actor}. An
 * {@link org.mehrcrm.access.AccessPolicy} decides whether the actor holds the
 * {@link org.mehrcrm.access.Permission} a call needs; the library ships
 * {@link org.mehrcrm.access.AccessPolicy#allowAll()} and the role-based
 * {@link org.mehrcrm.access.RoleBasedAccessPolicy}. {@link org.mehrcrm.access.PersonalData}
 * masks e-mail addresses, phone numbers and names for log lines.
 */
@NullMarked
package org.mehrcrm.access;

import org.jspecify.annotations.NullMarked;
