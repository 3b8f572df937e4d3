package io.gatehouse.adapters.persistence;

import io.gatehouse.domain.shared.Transactions;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Database transactions for the use cases: {@link #inTransaction} joins the current transaction
 * or starts one; {@link #inNewTransaction} always starts its own (on a second connection), so
 * its writes survive a rollback of the surrounding one. Any exception rolls back.
 */
@Singleton
final class JdbcTransactions implements Transactions {
    private static final TransactionDefinition NEW = TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private final TransactionOperations<Connection> operations;

    JdbcTransactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(TransactionDefinition.DEFAULT, work);
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        return run(NEW, work);
    }

    private <T> T run(TransactionDefinition definition, Supplier<T> work) {
        try {
            return operations.execute(definition, status -> work.get());
        } catch (RuntimeException e) {
            throw DatabaseErrors.translate(e, Conflicts.UNEXPECTED);
        }
    }
}
