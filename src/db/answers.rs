//! Official answers: an official of the municipality answers an issue, in their language,
//! with an optional responsible department and expected date.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};

/// An official answer as stored. Who wrote it is kept for the audit log, never shown: the
/// answer speaks for the city.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Answer {
    /// Row id.
    pub id: i64,
    /// The issue answered.
    pub issue_id: i64,
    /// The answer, in its original language.
    pub body: String,
    /// Original language tag.
    pub lang: String,
    /// Responsible department.
    pub department: Option<String>,
    /// Expected date (`YYYY-MM-DD`).
    pub expected_on: Option<String>,
    /// Epoch seconds.
    pub created_at: i64,
}

fn from_row(r: &AnyRow) -> sqlx::Result<Answer> {
    Ok(Answer {
        id: r.try_get("id")?,
        issue_id: r.try_get("issue_id")?,
        body: r.try_get("body")?,
        lang: r.try_get("lang")?,
        department: r.try_get("department")?,
        expected_on: r.try_get("expected_on")?,
        created_at: r.try_get("created_at")?,
    })
}

/// A new answer.
pub struct NewAnswer<'a> {
    /// The issue.
    pub issue_id: i64,
    /// The official writing.
    pub official_id: i64,
    /// The answer.
    pub body: &'a str,
    /// Its language.
    pub lang: &'a str,
    /// Responsible department.
    pub department: Option<&'a str>,
    /// Expected date.
    pub expected_on: Option<&'a str>,
}

/// Stores an answer and marks the issue answered now.
pub async fn insert(conn: &mut sqlx::AnyConnection, a: &NewAnswer<'_>) -> sqlx::Result<i64> {
    let t = now();
    let id = sqlx::query_scalar(
        "INSERT INTO answers (issue_id, official_id, body, lang, department, expected_on, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id",
    )
    .bind(a.issue_id)
    .bind(a.official_id)
    .bind(a.body)
    .bind(a.lang)
    .bind(a.department)
    .bind(a.expected_on)
    .bind(t)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("UPDATE issues SET answered_at = $1 WHERE id = $2").bind(t).bind(a.issue_id).execute(&mut *conn).await?;
    Ok(id)
}

/// Answers to an issue, oldest first.
pub async fn of_issue(db: &Db, issue_id: i64) -> sqlx::Result<Vec<Answer>> {
    let rows = sqlx::query(
        "SELECT id, issue_id, body, lang, department, expected_on, created_at FROM answers WHERE issue_id = $1 ORDER BY id LIMIT 100",
    )
    .bind(issue_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Answer `id`, if it answers an issue of the municipality.
pub async fn by_id(db: &Db, municipality_id: i64, id: i64) -> sqlx::Result<Option<Answer>> {
    let row = sqlx::query(
        "SELECT a.id, a.issue_id, a.body, a.lang, a.department, a.expected_on, a.created_at FROM answers a JOIN issues i ON i.id = a.issue_id
         WHERE a.id = $1 AND i.municipality_id = $2",
    )
    .bind(id)
    .bind(municipality_id)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(from_row).transpose()
}
