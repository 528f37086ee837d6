package org.mehrcrm.spi.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.satisfaction.InvitationId;
import org.mehrcrm.satisfaction.SurveyId;
import org.mehrcrm.satisfaction.SurveyInvitation;
import org.mehrcrm.satisfaction.SurveyRepository;
import org.mehrcrm.satisfaction.SurveyResponse;

/**
 * The in-memory survey repository: invitations and responses written once, invitations unique
 * per survey and subject, each survey's invitations indexed by id.
 *
 * <p>Example: {@code provider.surveys().findResponse(invitationId)}. Thread-safe; inside a unit
 * of work it sees that unit's own saves.
 */
final class MemorySurveyRepository implements SurveyRepository {
  private static final Comparator<SurveyInvitation> BY_ID = Comparator.comparing(SurveyInvitation::id);

  /** The unique key of an invitation: one per survey and subject. */
  private record Subject(SurveyId survey, String subject) {}

  private final MemoryStore store;
  private final MemoryTable<InvitationId, SurveyInvitation> invitations = MemoryTable
      .insertOnly("invitation", SurveyInvitation::id)
      .unique(i -> List.of(new Subject(i.surveyId(), i.subject())),
          (subject, holder) -> new ConcurrentUpdateException("invitation", holder.value(), 0, 1));
  private final MemoryTable<InvitationId, SurveyResponse> responses =
      MemoryTable.insertOnly("response", SurveyResponse::invitationId);
  private final Map<SurveyId, ConcurrentSkipListMap<InvitationId, SurveyInvitation>> bySurvey =
      new ConcurrentHashMap<>();

  MemorySurveyRepository(MemoryStore store) {
    this.store = store;
    invitations.index((before, after) -> bySurvey
        .computeIfAbsent(after.surveyId(), s -> new ConcurrentSkipListMap<>()).put(after.id(), after));
  }

  @Override
  public Optional<SurveyInvitation> findInvitation(InvitationId id) {
    return Optional.ofNullable(store.get(invitations, requireNonNull(id, "id")));
  }

  @Override
  public Optional<SurveyInvitation> findInvitation(SurveyId surveyId, String subject) {
    Subject key = new Subject(requireNonNull(surveyId, "surveyId"), requireNonNull(subject, "subject"));
    return Optional.ofNullable(store.holder(invitations, key));
  }

  @Override
  public Optional<SurveyResponse> findResponse(InvitationId id) {
    return Optional.ofNullable(store.get(responses, requireNonNull(id, "id")));
  }

  @Override
  public Stream<SurveyInvitation> streamInvitations(SurveyId surveyId, Instant from, Instant to) {
    requireNonNull(surveyId, "surveyId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    ConcurrentSkipListMap<InvitationId, SurveyInvitation> sent = bySurvey.get(surveyId);
    Stream<SurveyInvitation> committed = sent == null ? Stream.empty() : sent.values().stream();
    return store.overlay(invitations, committed, i -> i.surveyId().equals(surveyId), BY_ID)
        .filter(i -> !i.sendAt().isBefore(from) && i.sendAt().isBefore(to));
  }

  @Override
  public Stream<SurveyResponse> streamResponses(SurveyId surveyId, Instant from, Instant to) {
    return streamInvitations(surveyId, from, to)
        .map(i -> store.get(responses, i.id()))
        .filter(r -> r != null);
  }

  @Override
  public void saveInvitation(SurveyInvitation invitation) {
    store.save(invitations, requireNonNull(invitation, "invitation"));
  }

  @Override
  public void saveResponse(SurveyResponse response) {
    store.save(responses, requireNonNull(response, "response"));
  }
}
