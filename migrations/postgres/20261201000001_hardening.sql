-- Hardening after the security review: redactions of comments and answers, the status an
-- issue had before it was hidden, confusable-safe usernames, expiring one-time passwords, a
-- posting pace that holds under concurrency, and server keys. Same schema in migrations/sqlite/.

-- A redaction may be of a comment or an official answer on the issue (NULL: the issue itself).
ALTER TABLE redactions ADD COLUMN comment_id BIGINT REFERENCES comments (id) ON DELETE CASCADE;
ALTER TABLE redactions ADD COLUMN answer_id BIGINT REFERENCES answers (id) ON DELETE CASCADE;

-- The public status an issue had when it was hidden, so restoring it keeps the city's answer.
ALTER TABLE issues ADD COLUMN hidden_from TEXT;

-- The confusable skeleton (Unicode TR39) of the name: two names that look alike cannot both
-- exist. NULL until computed at start-up for accounts made before this migration (and for
-- the later one of a look-alike pair that already existed, which keeps working).
ALTER TABLE users ADD COLUMN username_skeleton TEXT;
ALTER TABLE users ADD COLUMN skeleton_version BIGINT NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX users_by_skeleton ON users (username_skeleton);
-- A one-time password stops working at this time (epoch seconds) if it was not replaced.
ALTER TABLE users ADD COLUMN password_expires_at BIGINT;

-- The posting pace of each account (generic cell rate: the theoretical arrival time of the next
-- post, in epoch milliseconds), advanced in the same statement that checks it.
CREATE TABLE posting_pace (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    next_at BIGINT NOT NULL
);

-- Secrets the servers share (the key that binds CSRF tokens and recognizes devices), made once.
CREATE TABLE server_keys (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Bidi embedding and override controls are no longer stored; remove them from existing texts.
UPDATE issues SET title = replace(replace(replace(replace(replace(title, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(title, chr(8234)) > 0 OR strpos(title, chr(8235)) > 0 OR strpos(title, chr(8236)) > 0 OR strpos(title, chr(8237)) > 0 OR strpos(title, chr(8238)) > 0;
UPDATE issues SET body = replace(replace(replace(replace(replace(body, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(body, chr(8234)) > 0 OR strpos(body, chr(8235)) > 0 OR strpos(body, chr(8236)) > 0 OR strpos(body, chr(8237)) > 0 OR strpos(body, chr(8238)) > 0;
UPDATE comments SET body = replace(replace(replace(replace(replace(body, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(body, chr(8234)) > 0 OR strpos(body, chr(8235)) > 0 OR strpos(body, chr(8236)) > 0 OR strpos(body, chr(8237)) > 0 OR strpos(body, chr(8238)) > 0;
UPDATE answers SET body = replace(replace(replace(replace(replace(body, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(body, chr(8234)) > 0 OR strpos(body, chr(8235)) > 0 OR strpos(body, chr(8236)) > 0 OR strpos(body, chr(8237)) > 0 OR strpos(body, chr(8238)) > 0;
UPDATE answers SET department = replace(replace(replace(replace(replace(department, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(department, chr(8234)) > 0 OR strpos(department, chr(8235)) > 0 OR strpos(department, chr(8236)) > 0 OR strpos(department, chr(8237)) > 0 OR strpos(department, chr(8238)) > 0;
UPDATE translations SET title = replace(replace(replace(replace(replace(title, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(title, chr(8234)) > 0 OR strpos(title, chr(8235)) > 0 OR strpos(title, chr(8236)) > 0 OR strpos(title, chr(8237)) > 0 OR strpos(title, chr(8238)) > 0;
UPDATE translations SET body = replace(replace(replace(replace(replace(body, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(body, chr(8234)) > 0 OR strpos(body, chr(8235)) > 0 OR strpos(body, chr(8236)) > 0 OR strpos(body, chr(8237)) > 0 OR strpos(body, chr(8238)) > 0;
UPDATE issue_events SET note = replace(replace(replace(replace(replace(note, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(note, chr(8234)) > 0 OR strpos(note, chr(8235)) > 0 OR strpos(note, chr(8236)) > 0 OR strpos(note, chr(8237)) > 0 OR strpos(note, chr(8238)) > 0;
UPDATE referral_services SET name = replace(replace(replace(replace(replace(name, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(name, chr(8234)) > 0 OR strpos(name, chr(8235)) > 0 OR strpos(name, chr(8236)) > 0 OR strpos(name, chr(8237)) > 0 OR strpos(name, chr(8238)) > 0;
UPDATE referral_services SET description = replace(replace(replace(replace(replace(description, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(description, chr(8234)) > 0 OR strpos(description, chr(8235)) > 0 OR strpos(description, chr(8236)) > 0 OR strpos(description, chr(8237)) > 0 OR strpos(description, chr(8238)) > 0;
UPDATE referral_services SET contact = replace(replace(replace(replace(replace(contact, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(contact, chr(8234)) > 0 OR strpos(contact, chr(8235)) > 0 OR strpos(contact, chr(8236)) > 0 OR strpos(contact, chr(8237)) > 0 OR strpos(contact, chr(8238)) > 0;
UPDATE themes SET label = replace(replace(replace(replace(replace(label, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(label, chr(8234)) > 0 OR strpos(label, chr(8235)) > 0 OR strpos(label, chr(8236)) > 0 OR strpos(label, chr(8237)) > 0 OR strpos(label, chr(8238)) > 0;
UPDATE neighbourhoods SET name = replace(replace(replace(replace(replace(name, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(name, chr(8234)) > 0 OR strpos(name, chr(8235)) > 0 OR strpos(name, chr(8236)) > 0 OR strpos(name, chr(8237)) > 0 OR strpos(name, chr(8238)) > 0;
UPDATE municipalities SET name = replace(replace(replace(replace(replace(name, chr(8234), ''), chr(8235), ''), chr(8236), ''), chr(8237), ''), chr(8238), '') WHERE strpos(name, chr(8234)) > 0 OR strpos(name, chr(8235)) > 0 OR strpos(name, chr(8236)) > 0 OR strpos(name, chr(8237)) > 0 OR strpos(name, chr(8238)) > 0;
