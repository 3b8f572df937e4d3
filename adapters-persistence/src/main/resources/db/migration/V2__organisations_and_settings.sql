-- Organisations and settings. Setting values are raw JSON, kept as text (no JSON type, for H2).

CREATE TABLE sys_organisation (
    id          BIGINT       NOT NULL,
    fqn         VARCHAR(255) NOT NULL DEFAULT '',
    name        VARCHAR(255) NOT NULL DEFAULT '',
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NULL,
    archived_at DATETIME(3)  NULL,
    deleted_at  DATETIME(3)  NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sys_organisation_name ON sys_organisation (name);

-- rel_owner 0 is a global setting, any other value a user's own.
CREATE TABLE sys_settings (
    name       VARCHAR(512) NOT NULL,
    rel_owner  BIGINT       NOT NULL DEFAULT 0,
    `value`    LONGTEXT     NOT NULL,
    updated_at DATETIME(3)  NULL,
    updated_by BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (name, rel_owner)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
