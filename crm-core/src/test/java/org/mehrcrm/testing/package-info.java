/** Small fakes of the repository ports and a movable clock, for service tests across features. */
@NullMarked
package org.mehrcrm.testing;

import org.jspecify.annotations.NullMarked;
