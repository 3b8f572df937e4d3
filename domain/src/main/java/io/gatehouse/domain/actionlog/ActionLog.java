package io.gatehouse.domain.actionlog;

import io.gatehouse.domain.shared.Page;

/** Where action records go, and how they are read back. */
public interface ActionLog {
    void record(ActionRecord record);

    /** One page of matching records, newest first, and the number of all matches. */
    Page<LoggedAction> search(ActionFilter filter, long offset, int limit);
}
