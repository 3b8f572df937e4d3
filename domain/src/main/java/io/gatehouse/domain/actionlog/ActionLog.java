package io.gatehouse.domain.actionlog;

/** Where action records go. */
public interface ActionLog {
    void record(ActionRecord record);
}
