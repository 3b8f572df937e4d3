-- Applications (the Corteza app switcher). unify and config are JSON objects kept as text (no
-- JSON type, for H2), NULL when unset. No applications are provisioned.

CREATE TABLE sys_application (
    id         BIGINT       NOT NULL,
    name       VARCHAR(255) NOT NULL DEFAULT '',
    rel_owner  BIGINT       NOT NULL DEFAULT 0,
    enabled    BOOLEAN      NOT NULL DEFAULT FALSE,
    unify      LONGTEXT     NULL,
    config     LONGTEXT     NULL,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NULL,
    deleted_at DATETIME(3)  NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sys_application_name ON sys_application (name);
CREATE INDEX ix_sys_application_deleted_at ON sys_application (deleted_at);
