/** Fixture package. */
@NullMarked
package org.mehrcrm.archfixtures.layers.billing.internal;

import org.jspecify.annotations.NullMarked;
