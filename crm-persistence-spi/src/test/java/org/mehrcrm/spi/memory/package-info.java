/** Tests of the in-memory provider: the TCK run, proof that the TCK fails broken providers, and its data structures. */
@NullMarked
package org.mehrcrm.spi.memory;

import org.jspecify.annotations.NullMarked;
