package io.gatehouse.domain.identity;

import io.gatehouse.domain.rbac.RowAccess;
import io.gatehouse.domain.shared.Page;
import io.gatehouse.domain.shared.Sort;
import java.util.Optional;

/**
 * Users. Implementations enforce uniqueness of e-mail, username and handle among non-deleted
 * users with constraints and report a clash as a
 * {@link io.gatehouse.domain.shared.DomainException.Conflict} naming the field ({@code email not unique}).
 */
public interface UserStore {
    Optional<User> findById(long id);

    /** A valid (not deleted, not suspended) user by e-mail, case-insensitively. */
    Optional<User> findValidByEmail(String email);

    /**
     * One page of users matching the filter and readable per {@code readable}; {@code unmaskable}
     * says for which rows e-mail and name may be searched.
     */
    Page<User> search(UserFilter filter, RowAccess readable, RowAccess unmaskableEmail,
                      RowAccess unmaskableName, Sort sort, long offset, int limit);

    boolean handleTaken(String handle, long exceptUserId);

    /** Counts all users ever created, deleted included (for the first-user promotion). */
    long countAll();

    void insert(User user);

    /** Saves every field; a uniqueness clash is a Conflict. */
    void update(User user);

}
