//! The referral directory: services that help people with their own situation, with the
//! languages they speak and how to reach them. Managed by admins; residents only read it.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};

/// A service in the directory.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Service {
    /// Row id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// What it helps with.
    pub description: String,
    /// Language tags spoken there.
    pub languages: Vec<String>,
    /// How to reach it (address, phone, opening hours, web).
    pub contact: String,
}

impl Service {
    /// Whether the service speaks `lang`.
    pub fn speaks(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l == lang)
    }
}

fn from_row(r: &AnyRow) -> sqlx::Result<Service> {
    let languages: String = r.try_get("languages")?;
    Ok(Service {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        description: r.try_get("description")?,
        languages: languages.split_whitespace().map(str::to_string).collect(),
        contact: r.try_get("contact")?,
    })
}

/// Every service of every municipality, as (municipality id, service), by name.
pub async fn all(db: &Db) -> sqlx::Result<Vec<(i64, Service)>> {
    let rows = sqlx::query(
        "SELECT municipality_id, id, name, description, languages, contact FROM referral_services ORDER BY municipality_id, name, id",
    )
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("municipality_id")?, from_row(r)?))).collect()
}

/// The directory of a municipality, by name.
pub async fn of_municipality(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<Service>> {
    let rows =
        sqlx::query("SELECT id, name, description, languages, contact FROM referral_services WHERE municipality_id = $1 ORDER BY name, id")
            .bind(municipality_id)
            .fetch_all(db)
            .await?;
    rows.iter().map(from_row).collect()
}

/// One service of a municipality.
pub async fn by_id(db: &Db, municipality_id: i64, id: i64) -> sqlx::Result<Option<Service>> {
    let row = sqlx::query("SELECT id, name, description, languages, contact FROM referral_services WHERE id = $1 AND municipality_id = $2")
        .bind(id)
        .bind(municipality_id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// Adds a service.
pub async fn insert<'c>(conn: impl sqlx::AnyExecutor<'c>, municipality_id: i64, s: &Service) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO referral_services (municipality_id, name, description, languages, contact, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id",
    )
    .bind(municipality_id)
    .bind(&s.name)
    .bind(&s.description)
    .bind(s.languages.join(" "))
    .bind(&s.contact)
    .bind(now())
    .fetch_one(conn)
    .await
}

/// Changes a service.
pub async fn update<'c>(conn: impl sqlx::AnyExecutor<'c>, municipality_id: i64, s: &Service) -> sqlx::Result<bool> {
    let r = sqlx::query(
        "UPDATE referral_services SET name = $1, description = $2, languages = $3, contact = $4 WHERE id = $5 AND municipality_id = $6",
    )
    .bind(&s.name)
    .bind(&s.description)
    .bind(s.languages.join(" "))
    .bind(&s.contact)
    .bind(s.id)
    .bind(municipality_id)
    .execute(conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Removes a service.
pub async fn delete<'c>(conn: impl sqlx::AnyExecutor<'c>, municipality_id: i64, id: i64) -> sqlx::Result<bool> {
    let r = sqlx::query("DELETE FROM referral_services WHERE id = $1 AND municipality_id = $2")
        .bind(id)
        .bind(municipality_id)
        .execute(conn)
        .await?;
    Ok(r.rows_affected() == 1)
}
