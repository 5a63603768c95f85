//! Councils. (Placeholder until the councils slice lands; replaced by it.)

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};

/// A council.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Council {
    /// Id.
    pub id: i64,
    /// Municipality.
    pub municipality_id: i64,
    /// URL name.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Composition model.
    pub composition: String,
    /// Description.
    pub description: String,
    /// Language of name and description.
    pub lang: String,
    /// Epoch seconds.
    pub created_at: i64,
    /// When it was dissolved.
    pub dissolved_at: Option<i64>,
    /// Why.
    pub dissolved_reason: Option<String>,
}

const COLUMNS: &str = "id, municipality_id, slug, name, composition, description, lang, created_at, dissolved_at, dissolved_reason";

fn from_row(r: &AnyRow) -> sqlx::Result<Council> {
    Ok(Council {
        id: r.try_get("id")?,
        municipality_id: r.try_get("municipality_id")?,
        slug: r.try_get("slug")?,
        name: r.try_get("name")?,
        composition: r.try_get("composition")?,
        description: r.try_get("description")?,
        lang: r.try_get("lang")?,
        created_at: r.try_get("created_at")?,
        dissolved_at: r.try_get("dissolved_at")?,
        dissolved_reason: r.try_get("dissolved_reason")?,
    })
}

/// A council by its slug.
pub async fn by_slug(db: &Db, municipality_id: i64, slug: &str) -> sqlx::Result<Option<Council>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM councils WHERE municipality_id = $1 AND slug = $2"))
        .bind(municipality_id)
        .bind(slug)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// A council by id.
pub async fn by_id(db: &Db, id: i64) -> sqlx::Result<Option<Council>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM councils WHERE id = $1")).bind(id).fetch_optional(db).await?;
    row.as_ref().map(from_row).transpose()
}

/// A municipality's councils.
pub async fn of_municipality(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<Council>> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM councils WHERE municipality_id = $1 ORDER BY dissolved_at IS NOT NULL, name"))
        .bind(municipality_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(from_row).collect()
}

/// User ids of a council's current seats.
pub async fn current_member_users(db: &Db, council_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT DISTINCT user_id FROM council_members WHERE council_id = $1 AND user_id IS NOT NULL AND term_start <= $2 AND (term_end IS NULL OR term_end > $2)",
    )
    .bind(council_id)
    .bind(now())
    .fetch_all(db)
    .await
}

/// The seats a person holds now on a council.
pub async fn current_seats(db: &Db, user_id: i64, council_id: i64) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT role FROM council_members WHERE council_id = $1 AND user_id = $2 AND term_start <= $3 AND (term_end IS NULL OR term_end > $3)")
        .bind(council_id)
        .bind(user_id)
        .bind(now())
        .fetch_all(db)
        .await
}
