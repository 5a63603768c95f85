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
