/** Fixture package. */
@NullMarked
package org.mehrcrm.archfixtures.cycle.beta;

import org.jspecify.annotations.NullMarked;
