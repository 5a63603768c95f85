-- Advisory councils and what they make of the input: members with terms, meetings with
-- agendas and minutes, summaries with numbered recommendations, the city's answers with an
-- owner and a deadline, and progress until done. Nothing here is ever deleted when a council
-- is dissolved: its archive stays readable and exportable. Same schema in migrations/postgres/.
CREATE TABLE councils (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    -- Elected board (residents vote for members), association delegates, or open forum.
    composition TEXT NOT NULL CHECK (composition IN ('elected', 'delegates', 'open_forum')),
    description TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    dissolved_at INTEGER,
    dissolved_reason TEXT,
    UNIQUE (municipality_id, slug)
);

-- A seat held for a term. A person who serves again gets a new row: the archive keeps every
-- term. `display_name` is what they chose to show publicly (NULL: the role only); `user_id`
-- links the seat to an account that acts for it (reviews, approves) and goes when the
-- account is erased.
CREATE TABLE council_members (
    id INTEGER PRIMARY KEY,
    council_id INTEGER NOT NULL REFERENCES councils (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    role TEXT NOT NULL CHECK (role IN ('chair', 'co_chair', 'member', 'secretariat')),
    display_name TEXT,
    -- Who they are there for, in their words (an association, the city, a neighbourhood).
    affiliation TEXT NOT NULL DEFAULT '',
    term_start INTEGER NOT NULL,
    term_end INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX council_members_by_council ON council_members (council_id, term_start);
CREATE INDEX council_members_by_user ON council_members (user_id);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    council_id INTEGER NOT NULL REFERENCES councils (id) ON DELETE CASCADE,
    starts_at INTEGER NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    cancelled_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX meetings_by_council ON meetings (council_id, starts_at);

-- An agenda item: a summary, a consultation, a ballot, or a free item with its own title.
CREATE TABLE meeting_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('summary', 'consultation', 'ballot', 'free')),
    subject_id INTEGER,
    title TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, position)
);

-- Minutes, written in one or more languages.
CREATE TABLE meeting_minutes (
    meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, lang)
);

-- A summary of the input for a period, optionally narrowed to a theme, a neighbourhood, a
-- consultation or a ballot. Versions of one summary share `series_id` (the first version's
-- id); a forwarded version is frozen and a correction is a new version. `data` is the data
-- part drafted by Chorus (JSON, only protected aggregates), frozen when forwarded.
CREATE TABLE summaries (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    council_id INTEGER NOT NULL REFERENCES councils (id) ON DELETE CASCADE,
    series_id INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'approved', 'forwarded', 'superseded')),
    title TEXT NOT NULL,
    intro TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    period_from INTEGER NOT NULL,
    period_to INTEGER NOT NULL,
    theme_id INTEGER REFERENCES themes (id) ON DELETE SET NULL,
    neighbourhood_id INTEGER REFERENCES neighbourhoods (id) ON DELETE SET NULL,
    consultation_id INTEGER REFERENCES consultations (id) ON DELETE SET NULL,
    ballot_id INTEGER REFERENCES ballots (id) ON DELETE SET NULL,
    data TEXT,
    data_at INTEGER,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    approved_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    submitted_at INTEGER,
    approved_at INTEGER,
    forwarded_at INTEGER,
    UNIQUE (series_id, version)
);
CREATE INDEX summaries_by_municipality ON summaries (municipality_id, status, forwarded_at);
CREATE INDEX summaries_by_council ON summaries (council_id, status);

-- The data part of a summary (services/summaries/data.rs) reads a whole municipality's issues
-- in one grouped scan: this index holds every column it groups, filters and sums, in the
-- order it groups, so the scan reads no table row and sorts nothing.
CREATE INDEX issues_for_summary ON issues (municipality_id, theme_id, lang, status, neighbourhood_id, published_at, supports);
-- Supports given in a period: counted by time (few in the period, or few outside it) or issue
-- by issue (a narrow scope), whichever touches fewer rows (db/summary_data.rs).
CREATE INDEX supports_by_time ON supports (created_at, issue_id);
CREATE INDEX supports_by_issue_time ON supports (issue_id, created_at);

-- Council members' comments while a summary is in review.
CREATE TABLE summary_comments (
    id INTEGER PRIMARY KEY,
    summary_id INTEGER NOT NULL REFERENCES summaries (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    lang TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX summary_comments_by_summary ON summary_comments (summary_id, id);

-- A numbered point of a summary. `point_id` is the first version's recommendation (its own
-- id when new): the city's answer and progress follow the point across versions.
CREATE TABLE recommendations (
    id INTEGER PRIMARY KEY,
    summary_id INTEGER NOT NULL REFERENCES summaries (id) ON DELETE CASCADE,
    point_id INTEGER,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    lang TEXT NOT NULL,
    theme_id INTEGER REFERENCES themes (id) ON DELETE SET NULL,
    UNIQUE (summary_id, number)
);
CREATE INDEX recommendations_by_point ON recommendations (point_id);

-- What a recommendation draws on: issues, consultations (their results), statements, ballots.
CREATE TABLE recommendation_sources (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('issue', 'consultation', 'statement', 'ballot')),
    source_id INTEGER NOT NULL,
    PRIMARY KEY (recommendation_id, kind, source_id)
);
CREATE INDEX recommendation_sources_by_source ON recommendation_sources (kind, source_id);

-- The city's answer to a point (one per point: the primary key is the answer-once rule),
-- then its state until done or dropped. The owner is shown publicly as a role; `owner_id`
-- (a person, optional) is told when it is overdue and never shown. `deadline` is the epoch
-- second of the day it is due (UTC midnight). `overdue_notified_at` makes the overdue notice
-- go out once.
CREATE TABLE official_responses (
    point_id INTEGER PRIMARY KEY REFERENCES recommendations (id) ON DELETE CASCADE,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'partly', 'rejected', 'study')),
    reason TEXT NOT NULL,
    lang TEXT NOT NULL,
    department TEXT NOT NULL,
    owner_role TEXT NOT NULL,
    owner_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    deadline INTEGER,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in_progress', 'done', 'dropped')),
    official_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    closed_at INTEGER,
    overdue_notified_at INTEGER
);
CREATE INDEX official_responses_by_municipality ON official_responses (municipality_id, state);
CREATE INDEX official_responses_overdue ON official_responses (deadline) WHERE overdue_notified_at IS NULL AND state IN ('open', 'in_progress');

-- Progress reported on an answered point, with its date; the last one's state is the point's.
CREATE TABLE progress_updates (
    id INTEGER PRIMARY KEY,
    point_id INTEGER NOT NULL REFERENCES official_responses (point_id) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('in_progress', 'done', 'dropped')),
    body TEXT NOT NULL,
    lang TEXT NOT NULL,
    official_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX progress_updates_by_point ON progress_updates (point_id, id);

-- Public council pages and "You said, we did" follow the content version.
CREATE TRIGGER councils_content_insert AFTER INSERT ON councils BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER councils_content_update AFTER UPDATE ON councils BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER council_members_content_insert AFTER INSERT ON council_members BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER council_members_content_update AFTER UPDATE ON council_members BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER council_members_content_delete AFTER DELETE ON council_members BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER meetings_content_insert AFTER INSERT ON meetings BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER meetings_content_update AFTER UPDATE ON meetings BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_minutes_content_insert AFTER INSERT ON meeting_minutes BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER meeting_minutes_content_update AFTER UPDATE ON meeting_minutes BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER summaries_content_update AFTER UPDATE ON summaries BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER official_responses_content_insert AFTER INSERT ON official_responses BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER official_responses_content_update AFTER UPDATE ON official_responses BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER progress_updates_content_insert AFTER INSERT ON progress_updates BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
