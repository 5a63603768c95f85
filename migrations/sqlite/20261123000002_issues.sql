-- Issues raised by residents: the theme taxonomy, neighbourhoods, issues with their status
-- timeline, supports and in-app notifications. Same schema in migrations/postgres/.

-- Categories (grouped by dimension) and cross-cutting tags, seeded per municipality.
-- Seeded rows are named by the Fluent message `theme-<slug>`; rows an admin adds carry a label.
CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('category', 'tag')),
    dimension TEXT CHECK (dimension IN ('socio_economic', 'legal_political', 'cultural', 'other')),
    slug TEXT NOT NULL,
    label TEXT,
    position INTEGER NOT NULL,
    UNIQUE (municipality_id, kind, slug)
);

CREATE TABLE neighbourhoods (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (municipality_id, name)
);

CREATE TABLE issues (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    lang TEXT NOT NULL,
    theme_id INTEGER NOT NULL REFERENCES themes (id),
    neighbourhood_id INTEGER REFERENCES neighbourhoods (id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'published', 'forwarded', 'answered', 'resolved', 'rejected', 'merged', 'hidden')),
    supports INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    published_at INTEGER
);
CREATE INDEX issues_by_status ON issues (municipality_id, status, published_at, id);
CREATE INDEX issues_by_support ON issues (municipality_id, status, supports, id);
CREATE INDEX issues_by_author ON issues (author_id);

CREATE TABLE issue_tags (
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, theme_id)
);

-- The status timeline: one row per change, with who did it and why.
CREATE TABLE issue_events (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    reason TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX issue_events_by_issue ON issue_events (issue_id, id);

CREATE TABLE supports (
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (issue_id, user_id)
);
CREATE INDEX supports_by_user ON supports (user_id);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issue_id INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER
);
CREATE INDEX notifications_by_user ON notifications (user_id, id);

-- Municipalities that existed before this migration get the default taxonomy (db/themes.rs).
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'socio_economic', 'employment', 1 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'socio_economic', 'qualifications', 2 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'socio_economic', 'education', 3 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'socio_economic', 'housing', 4 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'socio_economic', 'health', 5 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'socio_economic', 'welfare', 6 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'socio_economic', 'family', 7 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'socio_economic', 'transport', 8 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'legal_political', 'residence', 9 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'legal_political', 'participation', 10 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'legal_political', 'discrimination', 11 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'cultural', 'language-learning', 12 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'cultural', 'culture', 13 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'category', 'other', 'other', 14 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'tag', NULL, 'women', 15 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'tag', NULL, 'youth', 16 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'tag', NULL, 'elderly', 17 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'tag', NULL, 'refugees', 18 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'tag', NULL, 'newcomers', 19 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'tag', NULL, 'disability', 20 FROM municipalities;
INSERT INTO themes (municipality_id, kind, dimension, slug, position) SELECT id, 'tag', NULL, 'rural', 21 FROM municipalities;
