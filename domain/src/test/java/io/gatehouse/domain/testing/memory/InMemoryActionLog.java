package io.gatehouse.domain.testing.memory;

import io.gatehouse.domain.actionlog.ActionLog;
import io.gatehouse.domain.actionlog.ActionFilter;
import io.gatehouse.domain.actionlog.ActionRecord;
import io.gatehouse.domain.actionlog.LoggedAction;
import io.gatehouse.domain.identity.User;
import io.gatehouse.domain.shared.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

    @Override
    public Page<LoggedAction> search(ActionFilter filter, long offset, int limit) {
        return db.read(s -> {
            List<LoggedAction> matches = s.actions.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Long, ActionRecord> e) -> e.getValue().timestamp())
                            .thenComparing(e -> e.getValue().id()).reversed())
                    .map(Map.Entry::getValue)
                    .filter(r -> filter.from() == null || !r.timestamp().isBefore(filter.from()))
                    .filter(r -> filter.to() == null || !r.timestamp().isAfter(filter.to()))
                    .filter(r -> filter.resource().isEmpty() || filter.resource().equalsIgnoreCase(r.resource()))
                    .filter(r -> filter.action().isEmpty() || filter.action().equalsIgnoreCase(r.action()))
                    .filter(r -> filter.actorIds().isEmpty() || filter.actorIds().contains(r.actorId()))
                    .map(r -> {
                        User actor = s.users.get(r.actorId());
                        return new LoggedAction(r, actor == null ? null : actor.name(),
                                actor == null ? null : actor.email());
                    })
                    .toList();
            List<LoggedAction> page = matches.stream().skip(offset).limit(Math.max(0, limit)).toList();
            return new Page<>(page, matches.size());
        });
    }

    /** Newest first, at most {@code limit}. */
    public List<ActionRecord> recent(int limit) {
        return db.read(s -> s.actions.descendingMap().values().stream()
                .sorted(java.util.Comparator.comparing(ActionRecord::timestamp).reversed())
                .limit(limit)
                .toList());
    }
}
