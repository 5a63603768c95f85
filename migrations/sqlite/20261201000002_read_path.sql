-- The read path: the version of the rarely changing data every page reads (municipalities,
-- the theme taxonomy, neighbourhoods, the help directory). Each server keeps that data in
-- memory and reloads it when the version moves; triggers bump it on every write, whichever
-- code path (or server, or tool) writes. Same schema in migrations/postgres/.

CREATE TABLE directory_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO directory_version (id, version) VALUES (1, 0);
CREATE TRIGGER municipalities_directory_insert AFTER INSERT ON municipalities BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER municipalities_directory_update AFTER UPDATE ON municipalities BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER municipalities_directory_delete AFTER DELETE ON municipalities BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER themes_directory_insert AFTER INSERT ON themes BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER themes_directory_update AFTER UPDATE ON themes BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER themes_directory_delete AFTER DELETE ON themes BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER neighbourhoods_directory_insert AFTER INSERT ON neighbourhoods BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER neighbourhoods_directory_update AFTER UPDATE ON neighbourhoods BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER neighbourhoods_directory_delete AFTER DELETE ON neighbourhoods BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER referral_services_directory_insert AFTER INSERT ON referral_services BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER referral_services_directory_update AFTER UPDATE ON referral_services BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER referral_services_directory_delete AFTER DELETE ON referral_services BEGIN UPDATE directory_version SET version = version + 1 WHERE id = 1; END;

-- The version of what listings and issue pages show (issues, their tags, translations,
-- comments and answers; supports and status changes update the issue row). Both are cached
-- per server and reloaded when it moves.
CREATE TABLE content_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO content_version (id, version) VALUES (1, 0);
CREATE TRIGGER issues_content_insert AFTER INSERT ON issues BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER issues_content_update AFTER UPDATE ON issues BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER issues_content_delete AFTER DELETE ON issues BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER translations_content_insert AFTER INSERT ON translations BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER translations_content_update AFTER UPDATE ON translations BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER translations_content_delete AFTER DELETE ON translations BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER issue_tags_content_insert AFTER INSERT ON issue_tags BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER issue_tags_content_update AFTER UPDATE ON issue_tags BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER issue_tags_content_delete AFTER DELETE ON issue_tags BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER comments_content_insert AFTER INSERT ON comments BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER comments_content_update AFTER UPDATE ON comments BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER comments_content_delete AFTER DELETE ON comments BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER answers_content_insert AFTER INSERT ON answers BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER answers_content_update AFTER UPDATE ON answers BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER answers_content_delete AFTER DELETE ON answers BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
