-- Hardening after the security review: redactions of comments and answers, the status an
-- issue had before it was hidden, confusable-safe usernames, expiring one-time passwords, a
-- posting pace that holds under concurrency, and server keys. Same schema in migrations/postgres/.

-- A redaction may be of a comment or an official answer on the issue (NULL: the issue itself).
ALTER TABLE redactions ADD COLUMN comment_id INTEGER REFERENCES comments (id) ON DELETE CASCADE;
ALTER TABLE redactions ADD COLUMN answer_id INTEGER REFERENCES answers (id) ON DELETE CASCADE;

-- The public status an issue had when it was hidden, so restoring it keeps the city's answer.
ALTER TABLE issues ADD COLUMN hidden_from TEXT;

-- The confusable skeleton (Unicode TR39) of the name: two names that look alike cannot both
-- exist. NULL until computed at start-up for accounts made before this migration (and for
-- the later one of a look-alike pair that already existed, which keeps working).
ALTER TABLE users ADD COLUMN username_skeleton TEXT;
ALTER TABLE users ADD COLUMN skeleton_version INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX users_by_skeleton ON users (username_skeleton);
-- A one-time password stops working at this time (epoch seconds) if it was not replaced.
ALTER TABLE users ADD COLUMN password_expires_at INTEGER;

-- The posting pace of each account (generic cell rate: the theoretical arrival time of the next
-- post, in epoch milliseconds), advanced in the same statement that checks it.
CREATE TABLE posting_pace (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    next_at INTEGER NOT NULL
);

-- Secrets the servers share (the key that binds CSRF tokens and recognizes devices), made once.
CREATE TABLE server_keys (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- Bidi embedding and override controls are no longer stored; remove them from existing texts.
UPDATE issues SET title = replace(replace(replace(replace(replace(title, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(title, char(8234)) > 0 OR instr(title, char(8235)) > 0 OR instr(title, char(8236)) > 0 OR instr(title, char(8237)) > 0 OR instr(title, char(8238)) > 0;
UPDATE issues SET body = replace(replace(replace(replace(replace(body, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(body, char(8234)) > 0 OR instr(body, char(8235)) > 0 OR instr(body, char(8236)) > 0 OR instr(body, char(8237)) > 0 OR instr(body, char(8238)) > 0;
UPDATE comments SET body = replace(replace(replace(replace(replace(body, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(body, char(8234)) > 0 OR instr(body, char(8235)) > 0 OR instr(body, char(8236)) > 0 OR instr(body, char(8237)) > 0 OR instr(body, char(8238)) > 0;
UPDATE answers SET body = replace(replace(replace(replace(replace(body, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(body, char(8234)) > 0 OR instr(body, char(8235)) > 0 OR instr(body, char(8236)) > 0 OR instr(body, char(8237)) > 0 OR instr(body, char(8238)) > 0;
UPDATE answers SET department = replace(replace(replace(replace(replace(department, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(department, char(8234)) > 0 OR instr(department, char(8235)) > 0 OR instr(department, char(8236)) > 0 OR instr(department, char(8237)) > 0 OR instr(department, char(8238)) > 0;
UPDATE translations SET title = replace(replace(replace(replace(replace(title, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(title, char(8234)) > 0 OR instr(title, char(8235)) > 0 OR instr(title, char(8236)) > 0 OR instr(title, char(8237)) > 0 OR instr(title, char(8238)) > 0;
UPDATE translations SET body = replace(replace(replace(replace(replace(body, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(body, char(8234)) > 0 OR instr(body, char(8235)) > 0 OR instr(body, char(8236)) > 0 OR instr(body, char(8237)) > 0 OR instr(body, char(8238)) > 0;
UPDATE issue_events SET note = replace(replace(replace(replace(replace(note, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(note, char(8234)) > 0 OR instr(note, char(8235)) > 0 OR instr(note, char(8236)) > 0 OR instr(note, char(8237)) > 0 OR instr(note, char(8238)) > 0;
UPDATE referral_services SET name = replace(replace(replace(replace(replace(name, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(name, char(8234)) > 0 OR instr(name, char(8235)) > 0 OR instr(name, char(8236)) > 0 OR instr(name, char(8237)) > 0 OR instr(name, char(8238)) > 0;
UPDATE referral_services SET description = replace(replace(replace(replace(replace(description, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(description, char(8234)) > 0 OR instr(description, char(8235)) > 0 OR instr(description, char(8236)) > 0 OR instr(description, char(8237)) > 0 OR instr(description, char(8238)) > 0;
UPDATE referral_services SET contact = replace(replace(replace(replace(replace(contact, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(contact, char(8234)) > 0 OR instr(contact, char(8235)) > 0 OR instr(contact, char(8236)) > 0 OR instr(contact, char(8237)) > 0 OR instr(contact, char(8238)) > 0;
UPDATE themes SET label = replace(replace(replace(replace(replace(label, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(label, char(8234)) > 0 OR instr(label, char(8235)) > 0 OR instr(label, char(8236)) > 0 OR instr(label, char(8237)) > 0 OR instr(label, char(8238)) > 0;
UPDATE neighbourhoods SET name = replace(replace(replace(replace(replace(name, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(name, char(8234)) > 0 OR instr(name, char(8235)) > 0 OR instr(name, char(8236)) > 0 OR instr(name, char(8237)) > 0 OR instr(name, char(8238)) > 0;
UPDATE municipalities SET name = replace(replace(replace(replace(replace(name, char(8234), ''), char(8235), ''), char(8236), ''), char(8237), ''), char(8238), '') WHERE instr(name, char(8234)) > 0 OR instr(name, char(8235)) > 0 OR instr(name, char(8236)) > 0 OR instr(name, char(8237)) > 0 OR instr(name, char(8238)) > 0;
