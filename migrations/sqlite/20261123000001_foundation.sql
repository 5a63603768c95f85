-- Municipalities (tenants), accounts, roles, sessions and the audit log.
-- Times are Unix epoch seconds; flags are 0/1 integers; enums are checked TEXT.
-- migrations/postgres/ holds the same schema; tests/schema.rs compares them.

CREATE TABLE municipalities (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    languages TEXT NOT NULL,
    default_language TEXT NOT NULL,
    moderation_mode TEXT NOT NULL CHECK (moderation_mode IN ('pre', 'post')),
    deleted_account_content TEXT NOT NULL CHECK (deleted_account_content IN ('anonymize', 'remove')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    email TEXT,
    preferred_language TEXT,
    is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    recovery_code_hash TEXT,
    reset_code_hash TEXT,
    reset_code_expires_at INTEGER,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    session_epoch INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

CREATE TABLE roles (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('resident', 'translator', 'moderator', 'council_member', 'official')),
    granted_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    granted_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, municipality_id, role)
);
CREATE INDEX roles_by_municipality ON roles (municipality_id, role);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id INTEGER,
    data TEXT NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    municipality_id INTEGER REFERENCES municipalities (id) ON DELETE SET NULL,
    subject_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    detail TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (created_at);
