//! The theme taxonomy of a municipality: categories grouped in dimensions, and tags.

use sqlx::{Row as _, any::AnyRow};

use super::Db;
use crate::i18n::Tr;

/// The default taxonomy (`../shared/DOMAIN.md`): (dimension, category slugs).
pub const CATEGORIES: &[(&str, &[&str])] = &[
    ("socio_economic", &["employment", "qualifications", "education", "housing", "health", "welfare", "family", "transport"]),
    ("legal_political", &["residence", "participation", "discrimination"]),
    ("cultural", &["language-learning", "culture"]),
    ("other", &["other"]),
];

/// The default cross-cutting tags.
pub const TAGS: &[&str] = &["women", "youth", "elderly", "refugees", "newcomers", "disability", "rural"];

/// A category or a tag.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Theme {
    /// Row id.
    pub id: i64,
    /// `category` or `tag`.
    pub kind: String,
    /// Dimension of a category (`socio_economic`, `legal_political`, `cultural`, `other`).
    pub dimension: Option<String>,
    /// Stable name; seeded themes are translated through the message `theme-<slug>`.
    pub slug: String,
    /// A label an admin gave (used instead of the translation).
    pub label: Option<String>,
}

impl Theme {
    /// The theme's name in the reader's language.
    pub fn name(&self, tr: &Tr) -> String {
        match &self.label {
            Some(label) => label.clone(),
            None => tr.t(&format!("theme-{}", self.slug)),
        }
    }

    /// Whether this is a category (else a tag).
    pub fn is_category(&self) -> bool {
        self.kind == "category"
    }
}

/// Fluent id of a dimension's name.
pub fn dimension_message(dimension: &str) -> String {
    format!("dimension-{}", dimension.replace('_', "-"))
}

fn from_row(r: &AnyRow) -> sqlx::Result<Theme> {
    Ok(Theme {
        id: r.try_get("id")?,
        kind: r.try_get("kind")?,
        dimension: r.try_get("dimension")?,
        slug: r.try_get("slug")?,
        label: r.try_get("label")?,
    })
}

/// Seeds the default taxonomy for a municipality (idempotent).
pub async fn seed_defaults(conn: &mut sqlx::AnyConnection, municipality_id: i64) -> sqlx::Result<()> {
    let mut position = 0;
    // Collected first: an iterator of closures held across `.await` would not be `Send`.
    let rows: Vec<(&str, Option<&str>, &str)> = CATEGORIES
        .iter()
        .flat_map(|(dimension, slugs)| slugs.iter().map(move |slug| ("category", Some(*dimension), *slug)))
        .chain(TAGS.iter().map(|slug| ("tag", None, *slug)))
        .collect();
    for (kind, dimension, slug) in rows {
        position += 1;
        sqlx::query(
            "INSERT INTO themes (municipality_id, kind, dimension, slug, position) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (municipality_id, kind, slug) DO NOTHING",
        )
        .bind(municipality_id)
        .bind(kind)
        .bind(dimension)
        .bind(slug)
        .bind(position)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Every theme of a municipality, categories first, in taxonomy order.
pub async fn of_municipality(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<Theme>> {
    let rows = sqlx::query("SELECT id, kind, dimension, slug, label FROM themes WHERE municipality_id = $1 ORDER BY kind, position, id")
        .bind(municipality_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(from_row).collect()
}

/// Every theme of every municipality, as (municipality id, theme), in taxonomy order (for the
/// in-memory directory).
pub async fn all(db: &Db) -> sqlx::Result<Vec<(i64, Theme)>> {
    let rows =
        sqlx::query("SELECT municipality_id, id, kind, dimension, slug, label FROM themes ORDER BY municipality_id, kind, position, id")
            .fetch_all(db)
            .await?;
    rows.iter().map(|r| Ok((r.try_get("municipality_id")?, from_row(r)?))).collect()
}

/// Every neighbourhood, as (municipality id, id, name), by name.
pub async fn all_neighbourhoods(db: &Db) -> sqlx::Result<Vec<(i64, i64, String)>> {
    sqlx::query_as("SELECT municipality_id, id, name FROM neighbourhoods ORDER BY municipality_id, name, id").fetch_all(db).await
}

/// The tags of an issue.
pub async fn of_issue(db: &Db, issue_id: i64) -> sqlx::Result<Vec<Theme>> {
    let rows = sqlx::query(
        "SELECT t.id, t.kind, t.dimension, t.slug, t.label FROM issue_tags it JOIN themes t ON t.id = it.theme_id
         WHERE it.issue_id = $1 ORDER BY t.position",
    )
    .bind(issue_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// The neighbourhoods a municipality configured: `(id, name)`.
pub async fn neighbourhoods(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<(i64, String)>> {
    let rows = sqlx::query("SELECT id, name FROM neighbourhoods WHERE municipality_id = $1 ORDER BY name")
        .bind(municipality_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?))).collect()
}

/// Adds a neighbourhood; `false` when the name exists.
pub async fn add_neighbourhood<'c>(conn: impl sqlx::AnyExecutor<'c>, municipality_id: i64, name: &str) -> sqlx::Result<bool> {
    let r =
        sqlx::query("INSERT INTO neighbourhoods (municipality_id, name) VALUES ($1, $2) ON CONFLICT (municipality_id, name) DO NOTHING")
            .bind(municipality_id)
            .bind(name)
            .execute(conn)
            .await?;
    Ok(r.rows_affected() == 1)
}

/// Renames a neighbourhood; `false` when it does not exist or the name is taken.
pub async fn rename_neighbourhood<'c>(conn: impl sqlx::AnyExecutor<'c>, municipality_id: i64, id: i64, name: &str) -> sqlx::Result<bool> {
    let r = sqlx::query(
        "UPDATE neighbourhoods SET name = $1 WHERE id = $2 AND municipality_id = $3
         AND NOT EXISTS (SELECT 1 FROM neighbourhoods n WHERE n.municipality_id = $3 AND n.name = $1 AND n.id <> $2)",
    )
    .bind(name)
    .bind(id)
    .bind(municipality_id)
    .execute(conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Removes a neighbourhood (issues in it keep their place as "whole city").
pub async fn delete_neighbourhood<'c>(conn: impl sqlx::AnyExecutor<'c>, municipality_id: i64, id: i64) -> sqlx::Result<bool> {
    let r = sqlx::query("DELETE FROM neighbourhoods WHERE id = $1 AND municipality_id = $2")
        .bind(id)
        .bind(municipality_id)
        .execute(conn)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Adds a category (with its dimension) or a tag named by an admin's label.
pub async fn add_theme(
    conn: &mut sqlx::AnyConnection,
    municipality_id: i64,
    kind: &str,
    dimension: Option<&str>,
    label: &str,
) -> sqlx::Result<i64> {
    let position: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM themes WHERE municipality_id = $1")
        .bind(municipality_id)
        .fetch_one(&mut *conn)
        .await?;
    sqlx::query_scalar(
        "INSERT INTO themes (municipality_id, kind, dimension, slug, label, position) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(municipality_id)
    .bind(kind)
    .bind(dimension)
    .bind(format!("custom-{position}"))
    .bind(label)
    .bind(position)
    .fetch_one(&mut *conn)
    .await
}

/// Gives a theme an admin's label (`None`: back to the translated default name).
pub async fn set_label<'c>(conn: impl sqlx::AnyExecutor<'c>, municipality_id: i64, id: i64, label: Option<&str>) -> sqlx::Result<bool> {
    let r = sqlx::query("UPDATE themes SET label = $1 WHERE id = $2 AND municipality_id = $3")
        .bind(label)
        .bind(id)
        .bind(municipality_id)
        .execute(conn)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// How many issues use a theme as their category.
pub async fn issues_in(db: &Db, id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM issues WHERE theme_id = $1").bind(id).fetch_one(db).await
}

/// Removes a theme (a tag comes off the issues that had it).
pub async fn delete_theme<'c>(conn: impl sqlx::AnyExecutor<'c>, municipality_id: i64, id: i64) -> sqlx::Result<bool> {
    let r = sqlx::query("DELETE FROM themes WHERE id = $1 AND municipality_id = $2").bind(id).bind(municipality_id).execute(conn).await?;
    Ok(r.rows_affected() == 1)
}
