package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.actionlog.ActionRecord;
import java.util.List;

/** The action log in memory. Records are part of the transaction that writes them, as in a database. */
public final class InMemoryActionLog implements ActionLog {
    private final MemoryDatabase db;

    InMemoryActionLog(MemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void record(ActionRecord record) {
        long seq = db.nextSequence();
        db.write(s -> s.actions.put(seq, record));
    }

    /** Newest first, at most {@code limit}. */
    public List<ActionRecord> recent(int limit) {
        return db.read(s -> s.actions.descendingMap().values().stream()
                .sorted(java.util.Comparator.comparing(ActionRecord::timestamp).reversed())
                .limit(limit)
                .toList());
    }
}
