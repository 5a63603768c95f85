-- Consultations: questionnaires and statement rounds, prepared by the council in every
-- language of the municipality, moving draft -> open -> closed -> published.
--
-- Answers are personal data: a response belongs to its respondent (and goes with their
-- account); results are only ever shown aggregated, with small cells hidden. Same schema in
-- migrations/postgres/.
CREATE TABLE consultations (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('questionnaire', 'statements')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed', 'published')),
    opens_at INTEGER NOT NULL,
    closes_at INTEGER NOT NULL,
    verified_only INTEGER NOT NULL DEFAULT 0,
    -- The optional demographic questions asked, a comma-separated subset of
    -- age,gender,time,language (a fixed set: never nationality or residence status).
    demographics TEXT NOT NULL DEFAULT '',
    -- Statement rounds: whether participants may add statements (else only the council's).
    open_statements INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    closed_at INTEGER,
    published_at INTEGER,
    respondents INTEGER NOT NULL DEFAULT 0,
    -- Questionnaires: the protected aggregate counted at closing. Statement rounds: the latest
    -- opinion-group analysis, recomputed in the background as reactions arrive.
    results TEXT,
    analysed_at INTEGER,
    analysed_reactions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX consultations_by_municipality ON consultations (municipality_id, status);
CREATE INDEX consultations_to_close ON consultations (status, closes_at);

CREATE TABLE consultation_texts (
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    intro TEXT NOT NULL,
    PRIMARY KEY (consultation_id, lang)
);

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('single', 'multiple', 'scale', 'ranking', 'text')),
    required INTEGER NOT NULL DEFAULT 0,
    min_picks INTEGER NOT NULL DEFAULT 0,
    max_picks INTEGER NOT NULL DEFAULT 0,
    max_chars INTEGER NOT NULL DEFAULT 0,
    choices INTEGER NOT NULL DEFAULT 0,
    UNIQUE (consultation_id, position)
);

-- A question in one language: its prompt, its choices (one label per line, in order) and the
-- labels of a scale's two ends.
CREATE TABLE question_texts (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    prompt TEXT NOT NULL,
    choices TEXT NOT NULL DEFAULT '',
    low_label TEXT NOT NULL DEFAULT '',
    high_label TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (question_id, lang)
);

-- One per respondent and consultation (the primary key is the answer-once rule).
-- `submitted_at` is empty while the answers are only saved to resume later. Demographic
-- answers are optional ('' = not given).
CREATE TABLE responses (
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    submitted_at INTEGER,
    updated_at INTEGER NOT NULL,
    age_band TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '',
    gender_self TEXT NOT NULL DEFAULT '',
    time_in_country TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (consultation_id, user_id)
);
CREATE INDEX responses_by_user ON responses (user_id);

-- An answer to one question: `choice` holds choice numbers (comma-separated, in rank order
-- for a ranking) or a scale value; `body` a free-text answer (translated like issues, by id).
CREATE TABLE response_answers (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    choice TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    UNIQUE (consultation_id, user_id, question_id),
    FOREIGN KEY (consultation_id, user_id) REFERENCES responses (consultation_id, user_id) ON DELETE CASCADE
);
CREATE INDEX response_answers_by_question ON response_answers (question_id);

-- Themes a moderator or council member gave a free-text answer, for the summary.
CREATE TABLE answer_themes (
    answer_id INTEGER NOT NULL REFERENCES response_answers (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (answer_id, theme_id)
);

-- Statement rounds: short statements, moderated like comments (the council's own are
-- published as they are written).
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    lang TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published', 'rejected')),
    reject_reason TEXT,
    created_at INTEGER NOT NULL,
    moderated_at INTEGER
);
CREATE INDEX statements_by_consultation ON statements (consultation_id, status);
CREATE INDEX statements_by_author ON statements (author_id);

-- One reaction per participant and statement: agree 1, disagree -1, pass 0.
CREATE TABLE reactions (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 0, 1)),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (statement_id, user_id)
);
CREATE INDEX reactions_by_participant ON reactions (consultation_id, user_id);

-- Consultation pages follow the content version like ballots (the municipality page lists
-- them). Reactions do not: the background analysis updates the consultation when they change.
CREATE TRIGGER consultations_content_insert AFTER INSERT ON consultations BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER consultations_content_update AFTER UPDATE ON consultations BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER consultations_content_delete AFTER DELETE ON consultations BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER statements_content_update AFTER UPDATE ON statements BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
