//! Municipalities: the tenants of a deployment.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};
use crate::domain::municipality::{DeletedContentPolicy, ModerationMode, MunicipalityInput};

/// A municipality as stored.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Municipality {
    /// Row id.
    pub id: i64,
    /// URL name, e.g. `lindenfeld`.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// Enabled interface and content languages.
    pub languages: Vec<String>,
    /// Default language.
    pub default_language: String,
    /// Pre- or post-moderation.
    pub moderation_mode: ModerationMode,
    /// What happens to published content when its author deletes their account.
    pub deleted_account_content: DeletedContentPolicy,
}

const COLUMNS: &str = "id, slug, name, languages, default_language, moderation_mode, deleted_account_content";

fn from_row(row: &AnyRow) -> sqlx::Result<Municipality> {
    let languages: String = row.try_get("languages")?;
    let mode: String = row.try_get("moderation_mode")?;
    let policy: String = row.try_get("deleted_account_content")?;
    Ok(Municipality {
        id: row.try_get("id")?,
        slug: row.try_get("slug")?,
        name: row.try_get("name")?,
        languages: languages.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
        default_language: row.try_get("default_language")?,
        moderation_mode: ModerationMode::parse(&mode).unwrap_or(ModerationMode::Pre),
        deleted_account_content: DeletedContentPolicy::parse(&policy).unwrap_or(DeletedContentPolicy::Anonymize),
    })
}

/// All municipalities, by name.
pub async fn list(db: &Db) -> sqlx::Result<Vec<Municipality>> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM municipalities ORDER BY name, id")).fetch_all(db).await?;
    rows.iter().map(from_row).collect()
}

/// The municipality with this slug.
pub async fn by_slug(db: &Db, slug: &str) -> sqlx::Result<Option<Municipality>> {
    if !super::searchable(slug) {
        return Ok(None);
    }
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM municipalities WHERE slug = $1")).bind(slug).fetch_optional(db).await?;
    row.as_ref().map(from_row).transpose()
}

/// The municipality with this id.
pub async fn by_id(db: &Db, id: i64) -> sqlx::Result<Option<Municipality>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM municipalities WHERE id = $1")).bind(id).fetch_optional(db).await?;
    row.as_ref().map(from_row).transpose()
}

/// Inserts a municipality with the default theme taxonomy; `None` when the slug is taken.
pub async fn insert(conn: &mut sqlx::AnyConnection, m: &MunicipalityInput) -> sqlx::Result<Option<i64>> {
    let t = now();
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO municipalities (slug, name, languages, default_language, moderation_mode, deleted_account_content, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (slug) DO NOTHING RETURNING id",
    )
    .bind(m.slug.as_str())
    .bind(m.name.as_str())
    .bind(m.languages.join(","))
    .bind(m.default_language.as_str())
    .bind(m.moderation_mode.as_str())
    .bind(m.deleted_account_content.as_str())
    .bind(t)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = id {
        super::themes::seed_defaults(conn, id).await?;
    }
    Ok(id)
}

/// Updates a municipality; `false` when the new slug belongs to another one.
pub async fn update<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, m: &MunicipalityInput) -> sqlx::Result<bool> {
    let result = sqlx::query(
        "UPDATE municipalities SET slug = $1, name = $2, languages = $3, default_language = $4, moderation_mode = $5,
         deleted_account_content = $6, updated_at = $7
         WHERE id = $8 AND NOT EXISTS (SELECT 1 FROM municipalities o WHERE o.slug = $1 AND o.id <> $8)",
    )
    .bind(m.slug.as_str())
    .bind(m.name.as_str())
    .bind(m.languages.join(","))
    .bind(m.default_language.as_str())
    .bind(m.moderation_mode.as_str())
    .bind(m.deleted_account_content.as_str())
    .bind(now())
    .bind(id)
    .execute(conn)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// The version of the rarely changing data (municipalities, themes, neighbourhoods, the help
/// directory): triggers bump it on every write, so each server knows when to reload.
pub async fn directory_version(db: &Db) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT version FROM directory_version WHERE id = 1").fetch_one(db).await
}
