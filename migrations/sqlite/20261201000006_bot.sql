-- The Telegram bot: a chat is a pseudonymous account and its settings, nothing more (no
-- Telegram name, username or phone). Dialogue state lives here so that a restart or another
-- server continues a conversation; each update is handled once; the notifications table is
-- the bot's outbox too (claimed, delivered, given up). Same schema in migrations/postgres/.
CREATE TABLE bot_chats (
    chat_id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    municipality_id INTEGER REFERENCES municipalities (id) ON DELETE SET NULL,
    -- Kinds of notification the person turned off, comma-separated (issue,ballot,...).
    muted TEXT NOT NULL DEFAULT '',
    -- Set when Telegram says the person blocked the bot: nothing more is sent.
    blocked_at INTEGER,
    -- Notifications older than this are not sent (no flood of old news after linking).
    since INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE bot_dialogues (
    chat_id INTEGER PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Updates already taken (Telegram may deliver one twice); pruned after a day.
CREATE TABLE bot_updates (
    update_id INTEGER PRIMARY KEY,
    received_at INTEGER NOT NULL
);
CREATE INDEX bot_updates_by_time ON bot_updates (received_at);

-- One-time codes that link a Telegram chat to an existing portal account (`/link`): only the
-- code's keyed hash is stored, for ten minutes.
CREATE TABLE bot_link_codes (
    code_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);

-- The outbox: a server claims rows for a while; a delivered or skipped row has delivered_at.
ALTER TABLE notifications ADD COLUMN claimed_until INTEGER;
ALTER TABLE notifications ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
CREATE INDEX notifications_to_deliver ON notifications (id) WHERE delivered_at IS NULL;

-- A voice note that came with an issue (from the bot): kept, size-limited, for moderators and
-- volunteers to listen to and transcribe before the issue is published; it goes with the issue.
CREATE TABLE issue_attachments (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('voice')),
    mime TEXT NOT NULL,
    bytes BLOB NOT NULL,
    size INTEGER NOT NULL,
    duration_seconds INTEGER NOT NULL,
    -- Set when a moderator or volunteer wrote down what it says (as the issue's text).
    transcribed_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX issue_attachments_by_issue ON issue_attachments (issue_id);
