/** Fixture package. */
@NullMarked
package org.mehrcrm.archfixtures.layers.shipping;

import org.jspecify.annotations.NullMarked;
