-- Notifications grow a kind and a subject: one outbox for every channel (the in-app list
-- now, the Telegram bot next) and every kind of news (issues now; ballots, consultations and
-- summaries next). `issue_id` stays for news about an issue (it goes with the issue);
-- `delivered_at` records when a channel other than the web delivered it. Same schema in
-- migrations/postgres/.
CREATE TABLE notifications_outbox (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('issue', 'ballot', 'consultation', 'summary')),
    subject_id INTEGER NOT NULL,
    issue_id INTEGER REFERENCES issues (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER,
    delivered_at INTEGER
);
INSERT INTO notifications_outbox (id, user_id, kind, subject_id, issue_id, status, created_at, read_at)
    SELECT id, user_id, 'issue', issue_id, issue_id, status, created_at, read_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_outbox RENAME TO notifications;
CREATE INDEX notifications_by_user ON notifications (user_id, id);
CREATE INDEX notifications_by_subject ON notifications (kind, subject_id);
