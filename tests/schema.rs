//! The SQLite and PostgreSQL migrations must describe the same schema.

use std::collections::BTreeMap;

use sqlx::Row as _;

use crate::helpers::{Db, TestApp};

/// table -> column -> (normalised type, nullable)
type Shape = BTreeMap<String, BTreeMap<String, (String, bool)>>;

/// The full-text index is dialect-specific by design (FTS5 tables; a tsvector column and its
/// index): both are checked by the search tests instead.
fn dialect_specific(table: &str) -> bool {
    table.starts_with("issue_search")
}

fn normalise(ty: &str) -> String {
    match ty.to_ascii_lowercase().as_str() {
        "integer" | "bigint" => "integer".into(),
        "text" => "text".into(),
        "blob" | "bytea" => "bytes".into(),
        other => other.into(),
    }
}

async fn sqlite_shape(db: &sqlx::AnyPool) -> (Shape, Vec<String>) {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(db)
    .await
    .expect("tables");
    let mut shape = Shape::new();
    for t in tables {
        let rows = sqlx::query("SELECT name, type, \"notnull\" AS nn, pk FROM pragma_table_info($1)")
            .bind(&t)
            .fetch_all(db)
            .await
            .expect("columns");
        let cols = rows
            .iter()
            .map(|r| {
                let name: String = r.get("name");
                let ty: String = r.get("type");
                let nullable = r.get::<i64, _>("nn") == 0 && r.get::<i64, _>("pk") == 0;
                (name, (normalise(&ty), nullable))
            })
            .collect();
        if !dialect_specific(&t) {
            shape.insert(t, cols);
        }
    }
    let mut indexes: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetch_all(db).await.expect("indexes");
    indexes.sort();
    (shape, indexes)
}

async fn postgres_shape(db: &sqlx::AnyPool) -> (Shape, Vec<String>) {
    let rows = sqlx::query(
        "SELECT table_name::text AS t, column_name::text AS c, data_type::text AS ty, is_nullable::text AS n
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(db)
    .await
    .expect("columns");
    let mut shape = Shape::new();
    for r in rows {
        let nullable = r.get::<String, _>("n") == "YES";
        if dialect_specific(&r.get::<String, _>("t")) || r.get::<String, _>("c") == "search_doc" {
            continue;
        }
        shape.entry(r.get("t")).or_default().insert(r.get("c"), (normalise(&r.get::<String, _>("ty")), nullable));
    }
    let mut indexes: Vec<String> = sqlx::query_scalar(
        "SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'",
    )
    .fetch_all(db)
    .await
    .expect("indexes");
    indexes.retain(|i| !dialect_specific(i));
    indexes.sort();
    (shape, indexes)
}

#[tokio::test]
async fn sqlite_and_postgres_migrations_describe_the_same_schema() {
    let Some(pg) = TestApp::spawn(Db::Postgres).await else { return };
    let lite = TestApp::spawn(Db::Sqlite).await.expect("sqlite");
    let (lite_shape, lite_indexes) = sqlite_shape(&lite.state.db).await;
    let (pg_shape, pg_indexes) = postgres_shape(&pg.state.db).await;
    assert!(lite_shape.contains_key("users") && lite_shape.contains_key("sessions"));
    assert_eq!(lite_shape, pg_shape, "tables, columns, types and nullability");
    assert_eq!(lite_indexes, pg_indexes, "named indexes");
}

#[test]
fn both_dialects_have_the_same_migration_files() {
    let names = |dir: &str| {
        let mut v: Vec<String> = std::fs::read_dir(format!("{}/migrations/{dir}", env!("CARGO_MANIFEST_DIR")))
            .expect("migrations dir")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(names("sqlite"), names("postgres"));
}
