package org.mehrcrm.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimelineCursorTest {
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void parseReadsBackToString() {
    TimelineCursor c = new TimelineCursor(AT, EntryKind.INTERACTION, "I-17");

    assertThat(c).hasToString("2026-03-02T10:00:00Z|INTERACTION|I-17");
    assertThat(TimelineCursor.parse(c.toString())).isEqualTo(c);
  }

  @Test
  void ordersByTimeThenKindThenId() {
    TimelineCursor a = new TimelineCursor(AT, EntryKind.LIFECYCLE, "z");
    TimelineCursor b = new TimelineCursor(AT, EntryKind.INTERACTION, "a");
    TimelineCursor c = new TimelineCursor(AT, EntryKind.INTERACTION, "b");
    TimelineCursor d = new TimelineCursor(AT.plusNanos(1), EntryKind.LIFECYCLE, "a");

    assertThat(a).isLessThan(b);
    assertThat(b).isLessThan(c);
    assertThat(c).isLessThan(d);
    new EqualsTester().addEqualityGroup(b, TimelineCursor.parse(b.toString())).addEqualityGroup(c).testEquals();
  }
}
