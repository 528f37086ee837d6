/** Fixture package. */
@NullMarked
package org.mehrcrm.archfixtures.cycle.alpha;

import org.jspecify.annotations.NullMarked;
