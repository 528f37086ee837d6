package org.mehrcrm.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.mehrcrm.complaint.ComplaintCommands.Command;
import org.mehrcrm.kernel.InvalidFieldException;

class ComplaintStateMachineProperties {

  @Provide
  Arbitrary<Command> commands() {
    return ComplaintCommands.commands();
  }

  @Property(tries = 500)
  void stateMachineNeverReachesAnIllegalState(@ForAll @Size(max = 40) List<@net.jqwik.api.From("commands") Command> commands) {
    Instant at = TestComplaints.MON_0800;
    Complaint c = TestComplaints.received(at);
    for (Command command : commands) {
      at = at.plus(command.gap());
      Complaint before = c;
      ComplaintSnapshot snapshotBefore = before.snapshot();
      try {
        c = command.apply().apply(before, at);
        Statistics.label("outcome").collect("accepted");
      } catch (IllegalTransitionException | InvalidFieldException refused) {
        Statistics.label("outcome").collect("refused");
        assertThat(before.snapshot()).as("a refused command changes nothing").isEqualTo(snapshotBefore);
        continue;
      }
      // The snapshot constructor replays the whole history and checks every move against the
      // table; restoring it proves the new state is legal.
      Complaint restored = Complaint.restore(c.snapshot());
      assertThat(restored.status()).isEqualTo(c.status());
      assertThat(c.history().subList(0, before.history().size())).isEqualTo(before.history());
      assertThat(c.pendingEvents()).endsWith(c.history().subList(before.history().size(), c.history().size())
          .toArray(ComplaintEvent[]::new));
      assertThat(before.snapshot()).as("the receiver is unchanged").isEqualTo(snapshotBefore);
      assertThat(c.handOffCount()).isEqualTo(Math.max(0, c.assignments().size() - 1));
      if (c.status() == ComplaintStatus.WAITING_ON_CUSTOMER) {
        assertThat(c.snapshot().resumeTo()).isNotNull();
      } else {
        assertThat(c.snapshot().resumeTo()).isNull();
      }
    }
  }
}
