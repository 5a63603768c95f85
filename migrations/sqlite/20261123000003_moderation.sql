-- Moderation: merged issues, user reports, redactions (originals readable by admins only)
-- and a moderator's note on each timeline step. Same schema in migrations/postgres/.

ALTER TABLE issues ADD COLUMN merged_into INTEGER REFERENCES issues (id) ON DELETE SET NULL;
ALTER TABLE issue_events ADD COLUMN note TEXT;

CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    reporter_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    resolved_at INTEGER,
    UNIQUE (issue_id, reporter_id)
);
CREATE INDEX reports_open ON reports (issue_id, resolved_at);

CREATE TABLE redactions (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('title', 'body')),
    original TEXT NOT NULL,
    moderator_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX redactions_by_issue ON redactions (issue_id);
