/** Behaviour tests of the services through the {@link org.mehrcrm.Crm} entry point. */
@NullMarked
package org.mehrcrm;

import org.jspecify.annotations.NullMarked;
