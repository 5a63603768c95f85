-- Comments, official answers, edit requests, the referral directory and full-text search.
-- Same schema in migrations/postgres/ (the search index differs: FTS5 here, tsvector there).

-- A moderator asked the author to change the text; the issue waits for them, out of the queue.
ALTER TABLE issues ADD COLUMN edit_requested INTEGER NOT NULL DEFAULT 0 CHECK (edit_requested IN (0, 1));
-- When the city last answered (for "recently answered").
ALTER TABLE issues ADD COLUMN answered_at INTEGER;

-- The listing walks one of these in order and stops after a page: no sort of all matches.
CREATE INDEX issues_by_publication ON issues (municipality_id, published_at, id);
CREATE INDEX issues_by_supports ON issues (municipality_id, supports, id);
CREATE INDEX issues_by_answer ON issues (municipality_id, answered_at, id);
-- For filters whose value is rare: the planner looks those issues up instead of walking.
CREATE INDEX issues_by_theme ON issues (theme_id);
CREATE INDEX issues_by_lang ON issues (municipality_id, lang);
CREATE INDEX issues_by_neighbourhood ON issues (neighbourhood_id);
CREATE INDEX issue_tags_by_theme ON issue_tags (theme_id, issue_id);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    lang TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'published', 'rejected', 'hidden')),
    reason TEXT,
    created_at INTEGER NOT NULL,
    published_at INTEGER
);
CREATE INDEX comments_by_issue ON comments (issue_id, id);
CREATE INDEX comments_by_status ON comments (status, created_at);
CREATE INDEX comments_by_author ON comments (author_id);

CREATE TABLE comment_reports (
    id INTEGER PRIMARY KEY,
    comment_id INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    reporter_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    resolved_at INTEGER,
    UNIQUE (comment_id, reporter_id)
);
CREATE INDEX comment_reports_open ON comment_reports (resolved_at, comment_id);

-- Official answers: written by an official of the municipality, in their language.
CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    official_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    lang TEXT NOT NULL,
    department TEXT,
    expected_on TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX answers_by_issue ON answers (issue_id, id);

-- Where to get help with one's own situation (nothing a resident types here is stored).
CREATE TABLE referral_services (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    languages TEXT NOT NULL,
    contact TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX referral_services_by_municipality ON referral_services (municipality_id, name);

-- Translations go with the text they translate.
CREATE TRIGGER issues_drop_translations AFTER DELETE ON issues BEGIN
    DELETE FROM translations WHERE kind = 'issue' AND content_id = old.id;
END;
CREATE TRIGGER comments_drop_translations AFTER DELETE ON comments BEGIN
    DELETE FROM translations WHERE kind = 'comment' AND content_id = old.id;
END;
CREATE TRIGGER answers_drop_translations AFTER DELETE ON answers BEGIN
    DELETE FROM translations WHERE kind = 'answer' AND content_id = old.id;
END;
DELETE FROM translations WHERE kind = 'issue' AND content_id NOT IN (SELECT id FROM issues);

-- Full-text search over issues and their translations. Row ids carry the issue: an issue's
-- original text is row `id * 64`, its translation into a language is row `id * 64 + slot`
-- (1–14 for the shipped languages, 63 for any other), so a match yields its issue without
-- reading the table (`rowid / 64`), and an issue's rows are one range.
CREATE VIRTUAL TABLE issue_search USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER issues_search_insert AFTER INSERT ON issues BEGIN
    INSERT INTO issue_search (rowid, title, body) VALUES (new.id * 64, new.title, new.body);
END;
CREATE TRIGGER issues_search_update AFTER UPDATE OF title, body ON issues BEGIN
    DELETE FROM issue_search WHERE rowid = old.id * 64;
    INSERT INTO issue_search (rowid, title, body) VALUES (new.id * 64, new.title, new.body);
END;
CREATE TRIGGER issues_search_delete AFTER DELETE ON issues BEGIN
    DELETE FROM issue_search WHERE rowid BETWEEN old.id * 64 AND old.id * 64 + 63;
END;
CREATE TRIGGER translations_search_insert AFTER INSERT ON translations WHEN new.kind = 'issue' BEGIN
    DELETE FROM issue_search WHERE rowid = new.content_id * 64 + COALESCE(NULLIF(instr(' ar de el en es fa fr it pl ru sl so tr uk ', ' ' || new.lang || ' '), 0) / 3 + 1, 63);
    INSERT INTO issue_search (rowid, title, body)
    VALUES (new.content_id * 64 + COALESCE(NULLIF(instr(' ar de el en es fa fr it pl ru sl so tr uk ', ' ' || new.lang || ' '), 0) / 3 + 1, 63), new.title, new.body);
END;
CREATE TRIGGER translations_search_update AFTER UPDATE OF title, body ON translations WHEN new.kind = 'issue' BEGIN
    DELETE FROM issue_search WHERE rowid = new.content_id * 64 + COALESCE(NULLIF(instr(' ar de el en es fa fr it pl ru sl so tr uk ', ' ' || new.lang || ' '), 0) / 3 + 1, 63);
    INSERT INTO issue_search (rowid, title, body)
    VALUES (new.content_id * 64 + COALESCE(NULLIF(instr(' ar de el en es fa fr it pl ru sl so tr uk ', ' ' || new.lang || ' '), 0) / 3 + 1, 63), new.title, new.body);
END;
CREATE TRIGGER translations_search_delete AFTER DELETE ON translations WHEN old.kind = 'issue' BEGIN
    DELETE FROM issue_search WHERE rowid = old.content_id * 64 + COALESCE(NULLIF(instr(' ar de el en es fa fr it pl ru sl so tr uk ', ' ' || old.lang || ' '), 0) / 3 + 1, 63);
END;

INSERT INTO issue_search (rowid, title, body) SELECT id * 64, title, body FROM issues;
INSERT INTO issue_search (rowid, title, body)
    SELECT content_id * 64 + COALESCE(NULLIF(instr(' ar de el en es fa fr it pl ru sl so tr uk ', ' ' || lang || ' '), 0) / 3 + 1, 63), title, body
    FROM translations WHERE kind = 'issue';
