/**
 * Business calendars: when a service team works, so that service-time targets count only working
 * time.
 *
 * <p>A {@link org.mehrcrm.complaint.calendar.BusinessCalendar} has a time zone, a weekly profile of
 * {@link org.mehrcrm.complaint.calendar.WorkingHours} (any days may be weekend days; a shift may run
 * past midnight; {@code alwaysOpen} is 24×7) and holidays. It adds business time to an instant and
 * measures the business time between two instants in constant time (two binary searches over
 * small arrays), whatever the length of the span. The package depends only on {@code java.time}
 * and the kernel, so any feature that counts working time can use it.
 */
@NullMarked
package org.mehrcrm.complaint.calendar;

import org.jspecify.annotations.NullMarked;
