/** Fixture package. */
@NullMarked
package org.mehrcrm.archfixtures.layers.billing;

import org.jspecify.annotations.NullMarked;
