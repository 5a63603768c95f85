-- The read path: the version of the rarely changing data every page reads (municipalities,
-- the theme taxonomy, neighbourhoods, the help directory). Each server keeps that data in
-- memory and reloads it when the version moves; triggers bump it on every write, whichever
-- code path (or server, or tool) writes. Same schema in migrations/sqlite/.

CREATE TABLE directory_version (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO directory_version (id, version) VALUES (1, 0);

CREATE FUNCTION chorus_directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE directory_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER municipalities_directory AFTER INSERT OR UPDATE OR DELETE ON municipalities FOR EACH STATEMENT EXECUTE FUNCTION chorus_directory_changed();
CREATE TRIGGER themes_directory AFTER INSERT OR UPDATE OR DELETE ON themes FOR EACH STATEMENT EXECUTE FUNCTION chorus_directory_changed();
CREATE TRIGGER neighbourhoods_directory AFTER INSERT OR UPDATE OR DELETE ON neighbourhoods FOR EACH STATEMENT EXECUTE FUNCTION chorus_directory_changed();
CREATE TRIGGER referral_services_directory AFTER INSERT OR UPDATE OR DELETE ON referral_services FOR EACH STATEMENT EXECUTE FUNCTION chorus_directory_changed();

-- The version of what listings and issue pages show (issues, their tags, translations,
-- comments and answers; supports and status changes update the issue row). Both are cached
-- per server and reloaded when it moves.
CREATE TABLE content_version (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO content_version (id, version) VALUES (1, 0);

CREATE FUNCTION chorus_content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER issues_content AFTER INSERT OR UPDATE OR DELETE ON issues FOR EACH STATEMENT EXECUTE FUNCTION chorus_content_changed();
CREATE TRIGGER translations_content AFTER INSERT OR UPDATE OR DELETE ON translations FOR EACH STATEMENT EXECUTE FUNCTION chorus_content_changed();
CREATE TRIGGER issue_tags_content AFTER INSERT OR UPDATE OR DELETE ON issue_tags FOR EACH STATEMENT EXECUTE FUNCTION chorus_content_changed();
CREATE TRIGGER comments_content AFTER INSERT OR UPDATE OR DELETE ON comments FOR EACH STATEMENT EXECUTE FUNCTION chorus_content_changed();
CREATE TRIGGER answers_content AFTER INSERT OR UPDATE OR DELETE ON answers FOR EACH STATEMENT EXECUTE FUNCTION chorus_content_changed();
