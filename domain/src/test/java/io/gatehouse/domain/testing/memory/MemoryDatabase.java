package io.gatehouse.domain.testing.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one shared state behind every in-memory store, and its transactions. Every access holds
 * this object's monitor, and a transaction holds it from start to end, so transactions are
 * serialised (as SERIALIZABLE isolation would have them).
 */
final class MemoryDatabase {
    private MemoryState state = MemoryState.provisioned();
    /** Open transactions of the thread holding the monitor, innermost first. */
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** Keys for append-only tables; never reset, so replayed rows cannot clash. */
    private final AtomicLong sequence = new AtomicLong();

    private static final class Frame {
        final MemoryState snapshot;
        /** Independent transactions committed while this one was open: they survive its rollback. */
        final List<MemoryState.Change> independentCommits = new ArrayList<>();

        Frame(MemoryState snapshot) {
            this.snapshot = snapshot;
        }
    }

    synchronized <T> T read(Function<MemoryState, T> query) {
        return query.apply(state);
    }

    synchronized <T> T write(Function<MemoryState, T> update) {
        return update.apply(state);
    }

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    synchronized void reset() {
        state = MemoryState.provisioned();
    }

    /** Joins the open transaction, or starts one. */
    synchronized <T> T inTransaction(Supplier<T> work) {
        if (!frames.isEmpty()) {
            return work.get();
        }
        return runInFrame(work);
    }

    /** Runs in a transaction of its own, which commits (or rolls back) whatever the open one does later. */
    synchronized <T> T inNewTransaction(Supplier<T> work) {
        if (frames.isEmpty()) {
            return runInFrame(work);
        }
        MemoryState before = state.copy();
        T result = runInFrame(work);
        MemoryState.Change committed = MemoryState.Change.between(before, state);
        for (Frame enclosing : frames) {
            enclosing.independentCommits.add(committed);
        }
        return result;
    }

    private <T> T runInFrame(Supplier<T> work) {
        Frame frame = new Frame(state.copy());
        frames.push(frame);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            state = frame.snapshot;
            for (MemoryState.Change c : frame.independentCommits) {
                c.applyTo(state);
            }
            throw e;
        } finally {
            frames.pop();
        }
    }
}
