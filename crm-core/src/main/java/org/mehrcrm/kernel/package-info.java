/**
 * The shared kernel: the small vocabulary every feature of Mehr CRM speaks.
 *
 * <p>It holds the root exception {@link org.mehrcrm.kernel.CrmException} and its typed
 * subclasses, {@link org.mehrcrm.kernel.Money}, identifier generation
 * ({@link org.mehrcrm.kernel.IdGenerator}), keyset paging ({@link org.mehrcrm.kernel.PageRequest},
 * {@link org.mehrcrm.kernel.Page}), the event base types ({@link org.mehrcrm.kernel.DomainEvent},
 * {@link org.mehrcrm.kernel.EventListener}) and the two storage ports every feature shares: the
 * transaction boundary ({@link org.mehrcrm.kernel.Transactions}) and the event outbox
 * ({@link org.mehrcrm.kernel.EventOutbox}). The kernel depends on no feature.
 */
@NullMarked
package org.mehrcrm.kernel;

import org.jspecify.annotations.NullMarked;
