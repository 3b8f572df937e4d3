-- The action log. meta is a JSON object of strings, kept as text (no JSON type, for H2).

CREATE TABLE sys_actionlog (
    id             BIGINT       NOT NULL,
    ts             DATETIME(3)  NOT NULL,
    request_origin VARCHAR(64)  NOT NULL DEFAULT '',
    request_id     VARCHAR(255) NOT NULL DEFAULT '',
    actor_ip_addr  VARCHAR(255) NOT NULL DEFAULT '',
    actor_id       BIGINT       NOT NULL DEFAULT 0,
    resource       VARCHAR(512) NOT NULL DEFAULT '',
    action         VARCHAR(64)  NOT NULL DEFAULT '',
    error          TEXT         NOT NULL,
    severity       SMALLINT     NOT NULL,
    description    TEXT         NOT NULL,
    meta           LONGTEXT     NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sys_actionlog_ts ON sys_actionlog (ts);
CREATE INDEX ix_sys_actionlog_actor_ts ON sys_actionlog (actor_id, ts);
CREATE INDEX ix_sys_actionlog_resource_ts ON sys_actionlog (resource, ts);
CREATE INDEX ix_sys_actionlog_action_ts ON sys_actionlog (action, ts);
