-- Identity core: users, credentials, sessions, login failures, roles, memberships and permission
-- rules, with the two built-in roles and the default rules.
--
-- One dialect for H2 2.3 (MODE=MySQL) and MariaDB 10.11 / MySQL 8: no JSON type, no prefix
-- indexes, no generated columns. Timestamps are DATETIME(3) holding UTC. Text columns compare
-- case-insensitively (utf8mb4_unicode_ci here, IGNORECASE=TRUE on H2), so searches and filters
-- behave alike on every database. The *_key columns hold lower-cased copies of values that must
-- be unique among live rows; they are NULL for empty values and deleted rows, so the UNIQUE
-- indexes on them enforce uniqueness among non-deleted rows only. Unique index names are parsed
-- from constraint violations to tell the client which value clashed: keep them distinct.

CREATE TABLE sys_user (
    id               BIGINT       NOT NULL,
    email            VARCHAR(254) NOT NULL DEFAULT '',
    username         VARCHAR(255) NOT NULL DEFAULT '',
    name             VARCHAR(255) NOT NULL DEFAULT '',
    handle           VARCHAR(64)  NOT NULL DEFAULT '',
    kind             VARCHAR(8)   NOT NULL DEFAULT '',
    meta             LONGTEXT     NULL,
    rel_organisation BIGINT       NOT NULL DEFAULT 0,
    email_confirmed  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NULL,
    suspended_at     DATETIME(3)  NULL,
    deleted_at       DATETIME(3)  NULL,
    email_key        VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    username_key     VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    handle_key       VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE UNIQUE INDEX uq_sys_user_email_key ON sys_user (email_key);
CREATE UNIQUE INDEX uq_sys_user_username_key ON sys_user (username_key);
CREATE UNIQUE INDEX uq_sys_user_handle_key ON sys_user (handle_key);
CREATE INDEX ix_sys_user_email ON sys_user (email);
CREATE INDEX ix_sys_user_username ON sys_user (username);
CREATE INDEX ix_sys_user_handle ON sys_user (handle);
CREATE INDEX ix_sys_user_name ON sys_user (name);
CREATE INDEX ix_sys_user_kind ON sys_user (kind);
CREATE INDEX ix_sys_user_created_at ON sys_user (created_at);
CREATE INDEX ix_sys_user_suspended_at ON sys_user (suspended_at);
CREATE INDEX ix_sys_user_deleted_at ON sys_user (deleted_at);

-- Hashes are compared byte for byte, never case-insensitively.
CREATE TABLE sys_credentials (
    id           BIGINT       NOT NULL,
    rel_owner    BIGINT       NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    credentials  VARCHAR(512) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NULL,
    last_used_at DATETIME(3)  NULL,
    expires_at   DATETIME(3)  NULL,
    deleted_at   DATETIME(3)  NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sys_credentials_owner_kind ON sys_credentials (rel_owner, kind);

CREATE TABLE sys_session (
    id             BIGINT       NOT NULL,
    rel_user       BIGINT       NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    expires_at     DATETIME(3)  NOT NULL,
    revoked_at     DATETIME(3)  NULL,
    client_address VARCHAR(255) NOT NULL DEFAULT '',
    impersonator   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sys_session_rel_user ON sys_session (rel_user);
CREATE INDEX ix_sys_session_expires_at ON sys_session (expires_at);

-- fkey is an account or a client address ("account:<email>", "address:<ip>").
CREATE TABLE sys_login_failure (
    id   BIGINT       NOT NULL AUTO_INCREMENT,
    fkey VARCHAR(320) NOT NULL,
    at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sys_login_failure_fkey_at ON sys_login_failure (fkey, at);

CREATE TABLE sys_role (
    id               BIGINT       NOT NULL,
    name             VARCHAR(255) NOT NULL DEFAULT '',
    handle           VARCHAR(64)  NOT NULL DEFAULT '',
    rel_organisation BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NULL,
    archived_at      DATETIME(3)  NULL,
    deleted_at       DATETIME(3)  NULL,
    name_key         VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    handle_key       VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE UNIQUE INDEX uq_sys_role_name_key ON sys_role (name_key);
CREATE UNIQUE INDEX uq_sys_role_handle_key ON sys_role (handle_key);
CREATE INDEX ix_sys_role_name ON sys_role (name);
CREATE INDEX ix_sys_role_handle ON sys_role (handle);
CREATE INDEX ix_sys_role_archived_at ON sys_role (archived_at);
CREATE INDEX ix_sys_role_deleted_at ON sys_role (deleted_at);

CREATE TABLE sys_role_member (
    rel_role BIGINT NOT NULL,
    rel_user BIGINT NOT NULL,
    PRIMARY KEY (rel_role, rel_user)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sys_role_member_rel_user ON sys_role_member (rel_user);

-- access: 1 allow, 0 deny; inherit is never stored.
CREATE TABLE sys_permission_rules (
    rel_role  BIGINT       NOT NULL,
    resource  VARCHAR(512) NOT NULL,
    operation VARCHAR(64)  NOT NULL,
    access    TINYINT      NOT NULL,
    PRIMARY KEY (rel_role, resource, operation)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row (id 1). Every rule change bumps it in the same transaction, so every instance can
-- tell from a session lookup whether its cached rules are stale.
CREATE TABLE sys_rbac_version (
    id      INT    NOT NULL,
    version BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO sys_role (id, name, handle, rel_organisation, created_at, name_key, handle_key) VALUES
    (1, 'Everyone', 'everyone', 0, '2020-01-01 00:00:00.000', 'everyone', 'everyone'),
    (2, 'Administrators', 'admins', 0, '2020-01-01 00:00:00.000', 'administrators', 'admins');

INSERT INTO sys_rbac_version (id, version) VALUES (1, 1);

INSERT INTO sys_permission_rules (rel_role, resource, operation, access) VALUES
    (1, 'system:user:*', 'read', 1),
    (1, 'system:application:*', 'read', 1),
    (1, 'system:role:*', 'read', 1),
    (1, 'system:organisation:*', 'read', 1),
    (2, 'system', 'access', 1),
    (2, 'system', 'grant', 1),
    (2, 'system', 'settings.read', 1),
    (2, 'system', 'settings.manage', 1),
    (2, 'system', 'organisation.create', 1),
    (2, 'system', 'application.create', 1),
    (2, 'system', 'user.create', 1),
    (2, 'system', 'role.create', 1),
    (2, 'system', 'reminder.assign', 1),
    (2, 'system', 'impersonate', 1),
    (2, 'system', 'actionlog.read', 1),
    (2, 'system:application:*', 'read', 1),
    (2, 'system:application:*', 'update', 1),
    (2, 'system:application:*', 'delete', 1),
    (2, 'system:user:*', 'read', 1),
    (2, 'system:user:*', 'update', 1),
    (2, 'system:user:*', 'suspend', 1),
    (2, 'system:user:*', 'unsuspend', 1),
    (2, 'system:user:*', 'delete', 1),
    (2, 'system:user:*', 'unmask.email', 1),
    (2, 'system:user:*', 'unmask.name', 1),
    (2, 'system:role:*', 'read', 1),
    (2, 'system:role:*', 'update', 1),
    (2, 'system:role:*', 'delete', 1),
    (2, 'system:role:*', 'members.manage', 1),
    (2, 'system:organisation:*', 'access', 1),
    (2, 'system:organisation:*', 'read', 1),
    (2, 'system:organisation:*', 'update', 1),
    (2, 'system:organisation:*', 'delete', 1),
    (2, 'system:organisation:*', 'archive', 1);
