/** Tests of the storage provider contract's module: its architecture rules. */
@NullMarked
package org.mehrcrm.spi;

import org.jspecify.annotations.NullMarked;
