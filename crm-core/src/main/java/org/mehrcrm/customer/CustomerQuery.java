package org.mehrcrm.customer;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.mehrcrm.kernel.Ids;

/**
 * Criteria for searching customers; all given criteria must match.
 *
 * <p>Example: {@code CustomerQuery.all().withNamePrefix("رضا").withStage(LifecycleStage.ACTIVE)}.
 * The name prefix is folded with {@link SearchNames#fold(String)} and matched against the start
 * of any of a customer's {@link Customer#searchKeys()}. Immutable and thread-safe.
 *
 * @param namePrefix the folded name prefix, or {@code null}
 * @param tag a tag the customer must have, or {@code null}
 * @param stage the lifecycle stage, or {@code null}
 * @param owner the account owner's actor id, or {@code null}
 * @param keyAccount the key-account flag, or {@code null} for either
 */
public record CustomerQuery(@Nullable String namePrefix, @Nullable Tag tag,
    @Nullable LifecycleStage stage, @Nullable String owner, @Nullable Boolean keyAccount) {
  private static final CustomerQuery ALL = new CustomerQuery(null, null, null, null, null);

  /**
   * Folds the name prefix.
   *
   * @throws org.mehrcrm.kernel.InvalidFieldException if the folded prefix is empty or the owner
   *     is not a valid id
   */
  public CustomerQuery {
    if (namePrefix != null) {
      namePrefix = SearchNames.fold(namePrefix);
      if (namePrefix.isEmpty()) {
        throw new org.mehrcrm.kernel.InvalidFieldException("namePrefix", "must not be blank");
      }
    }
    if (owner != null) {
      Ids.requireValid(owner, "owner");
    }
  }

  /**
   * Returns the query that matches every customer.
   *
   * @return the unrestricted query
   */
  public static CustomerQuery all() {
    return ALL;
  }

  /**
   * Returns this query also requiring a name prefix.
   *
   * @param prefix the prefix as typed
   * @return the narrowed query
   */
  public CustomerQuery withNamePrefix(String prefix) {
    return new CustomerQuery(requireNonNull(prefix, "prefix"), tag, stage, owner, keyAccount);
  }

  /**
   * Returns this query also requiring a tag.
   *
   * @param required the tag
   * @return the narrowed query
   */
  public CustomerQuery withTag(Tag required) {
    return new CustomerQuery(namePrefix, requireNonNull(required, "tag"), stage, owner, keyAccount);
  }

  /**
   * Returns this query also requiring a stage.
   *
   * @param required the stage
   * @return the narrowed query
   */
  public CustomerQuery withStage(LifecycleStage required) {
    return new CustomerQuery(namePrefix, tag, requireNonNull(required, "stage"), owner, keyAccount);
  }

  /**
   * Returns this query also requiring an owner.
   *
   * @param required the owner's actor id
   * @return the narrowed query
   */
  public CustomerQuery withOwner(String required) {
    return new CustomerQuery(namePrefix, tag, stage, requireNonNull(required, "owner"), keyAccount);
  }

  /**
   * Returns this query also requiring a key-account flag.
   *
   * @param required the flag
   * @return the narrowed query
   */
  public CustomerQuery withKeyAccount(boolean required) {
    return new CustomerQuery(namePrefix, tag, stage, owner, required);
  }

  /**
   * Tells whether a customer matches; the reference semantics every adapter must reproduce.
   *
   * @param customer the customer
   * @return true if every given criterion matches
   */
  public boolean matches(Customer customer) {
    requireNonNull(customer, "customer");
    if (stage != null && customer.stage() != stage) {
      return false;
    }
    if (keyAccount != null && customer.isKeyAccount() != keyAccount) {
      return false;
    }
    if (owner != null && !owner.equals(customer.owner().orElse(null))) {
      return false;
    }
    if (tag != null && !customer.tags().contains(tag)) {
      return false;
    }
    if (namePrefix != null) {
      String p = namePrefix;
      return customer.searchKeys().stream().anyMatch(k -> k.startsWith(p));
    }
    return true;
  }
}
