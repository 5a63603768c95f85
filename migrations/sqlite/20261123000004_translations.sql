-- Translations of texts into a municipality's languages. The original text stays where it is;
-- each translation records whether a machine or a person made it and whether a person has
-- reviewed it. `kind` names the translated table ('issue' for now). Same schema in postgres/.

CREATE TABLE translations (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    content_id INTEGER NOT NULL,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('machine', 'human')),
    reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
    translator_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (kind, content_id, lang)
);
