package org.mehrcrm.purchase;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.mehrcrm.access.AccessPolicy;
import org.mehrcrm.access.Actor;
import org.mehrcrm.access.Permission;
import org.mehrcrm.customer.CustomerId;
import org.mehrcrm.customer.CustomerRepository;
import org.mehrcrm.kernel.AccessDeniedException;
import org.mehrcrm.kernel.ConcurrentUpdateException;
import org.mehrcrm.kernel.InvalidFieldException;
import org.mehrcrm.kernel.NotFoundException;
import org.mehrcrm.kernel.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application service for purchases: records what the host reports, idempotently, and reads
 * it back on behalf of an actor.
 *
 * <p>Example:
 * <pre>{@code
 * purchases.record(erp, Purchase.of(OrderReference.of("SO-417"), customerId, at, Money.of("59.90", "EUR")));
 * purchases.record(erp, sameAgain);               // harmless: returns the first result
 * purchases.recordReturn(erp, Return.whole(OrderReference.of("RMA-9"), OrderReference.of("SO-417"),
 *     customerId, later, Money.of("59.90", "EUR")));
 * }</pre>
 * Every call checks the access policy ({@link PurchasePermissions}); a purchase or return is
 * stored together with its event in one unit of work, and the event is raised only the first
 * time. A return that loses a race against another return of the same purchase is re-checked
 * against the new balance and retried. Thread-safe.
 */
public final class PurchaseService {
  private static final Logger LOG = LoggerFactory.getLogger(PurchaseService.class);
  private static final int MAX_ATTEMPTS = 10;

  private final PurchaseRepository repository;
  private final CustomerRepository customers;
  private final UnitOfWork unitOfWork;
  private final AccessPolicy policy;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param repository where purchases are kept
   * @param customers where customers are kept, to check that the customer exists
   * @param unitOfWork the transaction and event machinery
   * @param policy the access policy
   * @param clock the clock that dates the events
   */
  public PurchaseService(PurchaseRepository repository, CustomerRepository customers,
      UnitOfWork unitOfWork, AccessPolicy policy, Clock clock) {
    this.repository = requireNonNull(repository, "repository");
    this.customers = requireNonNull(customers, "customers");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Records a purchase; reporting the same order reference again with the same content returns
   * the first result and raises no second event.
   *
   * @param actor who reports
   * @param purchase the purchase
   * @return the stored purchase and whether this call stored it
   * @throws AccessDeniedException without {@code purchase:record}
   * @throws NotFoundException if the customer does not exist
   * @throws OrderReferenceConflictException if the reference is recorded with other content
   */
  public RecordOutcome<Purchase> record(Actor actor, Purchase purchase) {
    check(actor, PurchasePermissions.RECORD);
    requireNonNull(purchase, "purchase");
    Optional<Purchase> known = repository.findPurchase(purchase.reference());
    if (known.isPresent()) {
      return repeat(known.get(), purchase);
    }
    requireCustomer(purchase.customerId());
    RecordOutcome<Purchase> outcome = unitOfWork.run(() -> {
      RecordOutcome<Purchase> o = repository.record(purchase);
      if (o.created()) {
        unitOfWork.record(List.of(new PurchaseEvent.PurchaseRecorded(purchase.reference(),
            purchase.customerId(), purchase.kind(), clock.instant())));
      }
      return o;
    });
    LOG.debug("purchase {} for customer {}: {}", purchase.reference(), purchase.customerId(),
        outcome.created() ? "recorded" : "already recorded");
    return outcome;
  }

  /**
   * Records a return against an earlier purchase; reporting the same return reference again with
   * the same content returns the first result.
   *
   * @param actor who reports
   * @param ret the return
   * @return the stored return and whether this call stored it
   * @throws AccessDeniedException without {@code purchase:record}
   * @throws NotFoundException if the purchase does not exist
   * @throws InvalidFieldException if the return gives back more than was bought, or does not fit
   *     the purchase (customer, date, lines)
   * @throws OrderReferenceConflictException if the reference is recorded with other content
   */
  public RecordOutcome<Return> recordReturn(Actor actor, Return ret) {
    check(actor, PurchasePermissions.RECORD);
    requireNonNull(ret, "ret");
    for (int attempt = 1; ; attempt++) {
      Optional<Return> known = repository.findReturn(ret.reference());
      if (known.isPresent()) {
        return repeat(known.get(), ret);
      }
      Purchase purchase = repository.findPurchase(ret.purchase())
          .orElseThrow(() -> new NotFoundException("purchase", ret.purchase().value()));
      List<Return> earlier = repository.returnsAgainst(ret.purchase());
      ReturnableBalance.of(purchase, earlier).check(ret);
      try {
        return unitOfWork.run(() -> {
          RecordOutcome<Return> o = repository.recordReturn(ret, earlier.size());
          if (o.created()) {
            unitOfWork.record(List.of(new PurchaseEvent.ReturnRecorded(ret.reference(), ret.purchase(),
                ret.customerId(), ret.isWhole(), clock.instant())));
          }
          return o;
        });
      } catch (ConcurrentUpdateException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
        LOG.debug("purchase {} got another return concurrently; re-checking (attempt {})", ret.purchase(), attempt + 1);
      }
    }
  }

  /**
   * Finds a purchase by its order reference.
   *
   * @param actor who asks
   * @param reference the reference
   * @return the purchase, or empty
   * @throws AccessDeniedException without {@code purchase:read}
   */
  public Optional<Purchase> find(Actor actor, OrderReference reference) {
    check(actor, PurchasePermissions.READ);
    return repository.findPurchase(requireNonNull(reference, "reference"));
  }

  /**
   * Returns what is still returnable of a purchase.
   *
   * @param actor who asks
   * @param reference the purchase's reference
   * @return the balance after the recorded returns
   * @throws AccessDeniedException without {@code purchase:read}
   * @throws NotFoundException if the purchase does not exist
   */
  public ReturnableBalance balance(Actor actor, OrderReference reference) {
    check(actor, PurchasePermissions.READ);
    requireNonNull(reference, "reference");
    Purchase purchase = repository.findPurchase(reference)
        .orElseThrow(() -> new NotFoundException("purchase", reference.value()));
    return ReturnableBalance.of(purchase, repository.returnsAgainst(reference));
  }

  /**
   * Streams all purchases of a customer in time order.
   *
   * @param actor who asks
   * @param customer the customer
   * @return a lazy stream the caller must close
   * @throws AccessDeniedException without {@code purchase:read}
   */
  public Stream<Purchase> purchasesOf(Actor actor, CustomerId customer) {
    check(actor, PurchasePermissions.READ);
    return repository.purchasesOf(requireNonNull(customer, "customer"));
  }

  /**
   * Finds a customer's first purchase.
   *
   * @param actor who asks
   * @param customer the customer
   * @return the first purchase, or empty
   * @throws AccessDeniedException without {@code purchase:read}
   */
  public Optional<Purchase> firstPurchase(Actor actor, CustomerId customer) {
    check(actor, PurchasePermissions.READ);
    return repository.firstPurchase(requireNonNull(customer, "customer"));
  }

  // ---------------------------------------------------------------- internals

  private void check(Actor actor, Permission permission) {
    policy.check(requireNonNull(actor, "actor"), permission);
  }

  private void requireCustomer(CustomerId id) {
    if (customers.findById(id).isEmpty()) {
      throw new NotFoundException("customer", id.value());
    }
  }

  private static RecordOutcome<Purchase> repeat(Purchase stored, Purchase reported) {
    if (!stored.equals(reported)) {
      throw new OrderReferenceConflictException("purchase", reported.reference());
    }
    return new RecordOutcome<>(stored, false);
  }

  private static RecordOutcome<Return> repeat(Return stored, Return reported) {
    if (!stored.equals(reported)) {
      throw new OrderReferenceConflictException("return", reported.reference());
    }
    return new RecordOutcome<>(stored, false);
  }
}
