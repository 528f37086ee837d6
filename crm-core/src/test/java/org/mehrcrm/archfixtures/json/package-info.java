/** Jackson support for the fixtures. */
@NullMarked
package org.mehrcrm.archfixtures.json;

import org.jspecify.annotations.NullMarked;
