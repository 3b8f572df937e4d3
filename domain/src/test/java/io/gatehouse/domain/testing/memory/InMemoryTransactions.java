package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.shared.Transactions;
import java.util.function.Supplier;

/**
 * Transactions over the in-memory stores. A failing transaction (any exception or error) restores
 * the state it started from; a nested {@link #inTransaction} joins the open one; and
 * {@link #inNewTransaction} commits on its own, so its writes survive the rollback of an
 * enclosing transaction. Transactions are serialised: one runs at a time.
 */
public final class InMemoryTransactions implements Transactions {
    private final MemoryDatabase db;

    InMemoryTransactions(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        return db.inNewTransaction(work);
    }
}
