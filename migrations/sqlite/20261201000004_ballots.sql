-- Priority votes. A ballot belongs to a municipality and moves draft -> open -> closed ->
-- published; its texts and option labels exist in each of the municipality's languages.
--
-- Secrecy: the voter roll (who has voted) and the papers (what was voted) are separate tables
-- with nothing in common but the ballot. Papers carry no voter, no time and no row id: their
-- key is the hash of a random receipt, so the table's order is a random order (WITHOUT ROWID
-- stores rows in key order), and when a ballot closes its papers are rewritten in one
-- transaction in random order. Same schema in migrations/postgres/.
CREATE TABLE ballots (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    method TEXT NOT NULL CHECK (method IN ('approval', 'ranked', 'points', 'budget')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed', 'published')),
    opens_at INTEGER NOT NULL,
    closes_at INTEGER NOT NULL,
    min_picks INTEGER NOT NULL DEFAULT 0,
    max_picks INTEGER NOT NULL DEFAULT 0,
    points_total INTEGER NOT NULL DEFAULT 0,
    points_per_option INTEGER NOT NULL DEFAULT 0,
    budget INTEGER NOT NULL DEFAULT 0,
    within_budget INTEGER NOT NULL DEFAULT 0,
    binding_rule TEXT NOT NULL DEFAULT 'equal-shares' CHECK (binding_rule IN ('greedy', 'equal-shares')),
    ranked_strength TEXT NOT NULL DEFAULT 'margin' CHECK (ranked_strength IN ('margin', 'winning')),
    verified_only INTEGER NOT NULL DEFAULT 0,
    allow_recast INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    closed_at INTEGER,
    published_at INTEGER,
    voters INTEGER NOT NULL DEFAULT 0,
    results TEXT
);
CREATE INDEX ballots_by_municipality ON ballots (municipality_id, status);
CREATE INDEX ballots_to_close ON ballots (status, closes_at);

CREATE TABLE ballot_texts (
    ballot_id INTEGER NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (ballot_id, lang)
);

CREATE TABLE ballot_options (
    id INTEGER PRIMARY KEY,
    ballot_id INTEGER NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    cost INTEGER NOT NULL DEFAULT 0,
    issue_id INTEGER REFERENCES issues (id) ON DELETE SET NULL,
    UNIQUE (ballot_id, position),
    UNIQUE (ballot_id, code)
);
CREATE INDEX ballot_options_by_issue ON ballot_options (issue_id);

CREATE TABLE ballot_option_texts (
    option_id INTEGER NOT NULL REFERENCES ballot_options (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (option_id, lang)
);

-- Who has voted: nothing else (no time, no choice). The primary key is the one-vote rule.
-- `recast_hash` is a hash of the voter's receipt, different from the paper's, so that only
-- someone holding the receipt can replace the paper it names.
CREATE TABLE ballot_roll (
    ballot_id INTEGER NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    recast_hash TEXT,
    PRIMARY KEY (ballot_id, user_id)
) WITHOUT ROWID;

-- What was voted: keyed by the hash of the paper's receipt code.
CREATE TABLE ballot_papers (
    ballot_id INTEGER NOT NULL REFERENCES ballots (id) ON DELETE CASCADE,
    receipt_hash TEXT NOT NULL,
    choice TEXT NOT NULL,
    PRIMARY KEY (ballot_id, receipt_hash)
) WITHOUT ROWID;

-- Residents verified by an association (set by the associations work; ballots may require it).
ALTER TABLE roles ADD COLUMN verified_at INTEGER;

-- Ballot pages follow the content version like issue pages (an issue shows its votes).
CREATE TRIGGER ballots_content_insert AFTER INSERT ON ballots BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER ballots_content_update AFTER UPDATE ON ballots BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER ballots_content_delete AFTER DELETE ON ballots BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER ballot_options_content_insert AFTER INSERT ON ballot_options BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER ballot_options_content_update AFTER UPDATE ON ballot_options BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER ballot_options_content_delete AFTER DELETE ON ballot_options BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
