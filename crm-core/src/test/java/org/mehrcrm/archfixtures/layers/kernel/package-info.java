/** Fixture package. */
@NullMarked
package org.mehrcrm.archfixtures.layers.kernel;

import org.jspecify.annotations.NullMarked;
