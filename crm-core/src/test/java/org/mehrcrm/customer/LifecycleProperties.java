package org.mehrcrm.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mehrcrm.customer.TestCustomers.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.statistics.Statistics;
import org.mehrcrm.customer.CustomerDomain.Command;
import org.mehrcrm.kernel.InvalidFieldException;

@Domain(CustomerDomain.class)
@Domain(DomainContext.Global.class)
class LifecycleProperties {

  @Provide
  Arbitrary<Command> moves() {
    return new CustomerDomain().moves();
  }

  @Property(tries = 400)
  void lifecycleNeverReachesIllegalState(@ForAll Customer start,
      @ForAll @Size(max = 30) List<@From("moves") Command> moves) {
    Customer customer = start;
    for (int i = 0; i < moves.size(); i++) {
      Instant at = T0.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(i));
      Customer before = customer;
      CustomerSnapshot snapshotBefore = before.snapshot();
      List<CustomerEvent> eventsBefore = before.pendingEvents();
      LifecycleStage from = before.stage();
      try {
        customer = moves.get(i).apply().apply(before, at);
        Statistics.label("outcome").collect("accepted");
      } catch (InvalidFieldException refused) {
        Statistics.label("outcome").collect("refused");
        assertThat(before.snapshot()).isEqualTo(snapshotBefore);
        assertThat(before.pendingEvents()).isEqualTo(eventsBefore);
        continue;
      }
      LifecycleChange last = customer.lifecycleHistory().get(customer.lifecycleHistory().size() - 1);
      assertThat(from.canMoveTo(last.to())).as("move %s -> %s is in the table", from, last.to()).isTrue();
      assertThat(last.from()).isEqualTo(from);
      assertThat(last.at()).isEqualTo(at);
      assertThat(customer.lifecycleHistory()).hasSize(before.lifecycleHistory().size() + 1);
      assertThat(customer.lifecycleHistory().subList(0, before.lifecycleHistory().size()))
          .isEqualTo(before.lifecycleHistory());
      assertThat(customer.pendingEvents()).hasSize(eventsBefore.size() + 1).last()
          .isEqualTo(new CustomerEvent.StageChanged(customer.id(), from, last.to(), last.reason(), at));
      assertThat(before.snapshot()).as("the receiver is unchanged").isEqualTo(snapshotBefore);
      assertHistoryIsConsistent(customer);
    }
    assertHistoryIsConsistent(customer);
    Statistics.label("outcome").coverage(checker -> {
      checker.check("accepted").count(n -> n > 0);
      checker.check("refused").count(n -> n > 0);
    });
  }

  @Property(tries = 400)
  void onlyMovesInTheTableAreAccepted(@ForAll Customer customer, @ForAll LifecycleStage to,
      @ForAll ChurnReason reason) {
    ChurnReason given = to == LifecycleStage.LOST ? reason : null;
    Instant at = customer.lifecycleHistory().get(customer.lifecycleHistory().size() - 1).at().plusSeconds(1);
    if (customer.stage().canMoveTo(to)) {
      assertThat(customer.moveTo(to, given, "", "agent-7", at).stage()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> customer.moveTo(to, given, "", "agent-7", at))
          .isInstanceOf(InvalidFieldException.class)
          .extracting("field").isEqualTo("stage");
    }
  }

  private static void assertHistoryIsConsistent(Customer customer) {
    List<LifecycleChange> history = customer.lifecycleHistory();
    assertThat(history).isNotEmpty();
    assertThat(history.get(0).from()).as("the registration entry has no from stage").isNull();
    assertThat(history.get(0).to()).isIn(LifecycleStage.PROSPECT, LifecycleStage.ACTIVE);
    for (int i = 1; i < history.size(); i++) {
      LifecycleChange previous = history.get(i - 1);
      LifecycleChange change = history.get(i);
      assertThat(change.from()).as("entry %d starts where entry %d ended", i, i - 1).isEqualTo(previous.to());
      assertThat(previous.to().canMoveTo(change.to())).as("entry %d is an allowed move", i).isTrue();
    }
    for (LifecycleChange change : history) {
      assertThat(change.reason() != null).as("reason given exactly when lost").isEqualTo(change.to() == LifecycleStage.LOST);
    }
    assertThat(customer.stage()).isEqualTo(history.get(history.size() - 1).to());
    assertThat(Customer.restore(customer.snapshot()).snapshot()).isEqualTo(customer.snapshot());
  }
}
