package io.gatehouse.domain.shared;

import java.util.function.Supplier;

/** Runs work atomically: all of it is written, or none. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /** Work that must be written even when the surrounding transaction rolls back (failure records). */
    <T> T inNewTransaction(Supplier<T> work);
}
