-- Reminders. The payload is a JSON object, kept as text (no JSON type, for H2). User IDs of 0
-- mean none (dismissed_by of a reminder nobody dismissed). Deleting a reminder sets deleted_at;
-- searches never return deleted rows. (V4 belongs to applications.)

CREATE TABLE sys_reminder (
    id           BIGINT       NOT NULL,
    resource     VARCHAR(512) NOT NULL DEFAULT '',
    payload      LONGTEXT     NOT NULL,
    snooze_count INT          NOT NULL DEFAULT 0,
    assigned_to  BIGINT       NOT NULL DEFAULT 0,
    assigned_by  BIGINT       NOT NULL DEFAULT 0,
    assigned_at  DATETIME(3)  NOT NULL,
    dismissed_by BIGINT       NOT NULL DEFAULT 0,
    dismissed_at DATETIME(3)  NULL,
    remind_at    DATETIME(3)  NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NULL,
    deleted_at   DATETIME(3)  NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A user's own reminders by due time (the usual client query), those they assigned, by resource
-- and by due time.
CREATE INDEX ix_sys_reminder_assigned_to_remind_at ON sys_reminder (assigned_to, remind_at);
CREATE INDEX ix_sys_reminder_assigned_by ON sys_reminder (assigned_by);
CREATE INDEX ix_sys_reminder_resource ON sys_reminder (resource);
CREATE INDEX ix_sys_reminder_remind_at ON sys_reminder (remind_at);
