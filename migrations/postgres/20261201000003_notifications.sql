-- Notifications grow a kind and a subject: one outbox for every channel (the in-app list
-- now, the Telegram bot next) and every kind of news (issues now; ballots, consultations and
-- summaries next). `issue_id` stays for news about an issue (it goes with the issue);
-- `delivered_at` records when a channel other than the web delivered it. Same schema in
-- migrations/sqlite/.
ALTER TABLE notifications ADD COLUMN kind TEXT NOT NULL DEFAULT 'issue' CHECK (kind IN ('issue', 'ballot', 'consultation', 'summary'));
ALTER TABLE notifications ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE notifications ADD COLUMN subject_id BIGINT;
UPDATE notifications SET subject_id = issue_id;
ALTER TABLE notifications ALTER COLUMN subject_id SET NOT NULL;
ALTER TABLE notifications ALTER COLUMN issue_id DROP NOT NULL;
ALTER TABLE notifications ADD COLUMN delivered_at BIGINT;
CREATE INDEX notifications_by_subject ON notifications (kind, subject_id);
