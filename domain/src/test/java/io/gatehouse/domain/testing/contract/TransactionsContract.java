package io.gatehouse.domain.testing.contract;

import static io.gatehouse.domain.testing.contract.Fixtures.NOW;
import static io.gatehouse.domain.testing.contract.Fixtures.action;
import static io.gatehouse.domain.testing.contract.Fixtures.userWithEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.shared.DomainException;
import io.gatehouse.domain.shared.Transactions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link Transactions} must do with the stores of the same {@link io.gatehouse.domain.testing.StoreSet}. */
public abstract class TransactionsContract extends StoreContract {

    private Transactions transactions() {
        return stores().transactions();
    }

    @Test
    void committedWorkIsKeptAndItsResultReturned() {
        User ann = userWithEmail("ann@example.com");

        long id = transactions().inTransaction(() -> {
            stores().users().insert(ann);
            return ann.id();
        });

        assertEquals(ann.id(), id);
        assertEquals(Optional.of(ann), stores().users().findById(ann.id()));
    }

    @Test
    void workInATransactionIsAllOrNothing() {
        User ann = userWithEmail("ann@example.com");
        User bob = userWithEmail("bob@example.com");

        assertThrows(DomainException.Forbidden.class, () -> transactions().inTransaction(() -> {
            stores().users().insert(ann);
            stores().memberships().add(2, ann.id());
            stores().users().insert(bob);
            throw new DomainException.Forbidden("not allowed");
        }));

        assertEquals(Optional.empty(), stores().users().findById(ann.id()));
        assertEquals(Optional.empty(), stores().users().findById(bob.id()));
        assertEquals(List.of(), stores().memberships().rolesOf(ann.id()));
    }

    @Test
    void aFailingStoreCallRollsBackWhatCameBefore() {
        User ann = userWithEmail("ann@example.com");
        stores().users().insert(userWithEmail("taken@example.com"));

        assertThrows(DomainException.Conflict.class, () -> transactions().inTransaction(() -> {
            stores().users().insert(ann);
            stores().users().insert(userWithEmail("taken@example.com"));
            return null;
        }));

        assertEquals(Optional.empty(), stores().users().findById(ann.id()));
    }

    @Test
    void nestedTransactionsJoinTheOuterOne() {
        User ann = userWithEmail("ann@example.com");

        assertThrows(IllegalStateException.class, () -> transactions().inTransaction(() -> {
            transactions().inTransaction(() -> {
                stores().users().insert(ann);
                return null;
            });
            throw new IllegalStateException("outer fails after the inner work");
        }));

        assertEquals(Optional.empty(), stores().users().findById(ann.id()));
    }

    @Test
    void aNewTransactionSurvivesTheRollbackOfTheOuterOne() {
        User ann = userWithEmail("ann@example.com");

        assertThrows(DomainException.Invalid.class, () -> transactions().inTransaction(() -> {
            stores().users().insert(ann);
            transactions().inNewTransaction(() -> {
                stores().actionLog().record(action(NOW, "create", Map.of("user.ID", String.valueOf(ann.id()))));
                return null;
            });
            throw new DomainException.Invalid("invalid email");
        }));

        assertEquals(Optional.empty(), stores().users().findById(ann.id()));
        assertEquals(1, stores().recentActions(10).size());
    }
}
