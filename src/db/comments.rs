//! Comments on issues, moderated like issues, and reports about them.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};

/// A comment as stored, with its author's pseudonym.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Comment {
    /// Row id.
    pub id: i64,
    /// The issue it is on.
    pub issue_id: i64,
    /// Author (None once the account is deleted).
    pub author_id: Option<i64>,
    /// Author's pseudonym.
    pub author_name: Option<String>,
    /// The text, in its original language.
    pub body: String,
    /// Original language tag.
    pub lang: String,
    /// `submitted`, `published`, `rejected` or `hidden`.
    pub status: String,
    /// Why a moderator rejected or hid it (a message id).
    pub reason: Option<String>,
    /// Epoch seconds.
    pub created_at: i64,
}

impl Comment {
    /// Whether anyone may read it.
    pub fn is_public(&self) -> bool {
        self.status == "published"
    }
}

const COLUMNS: &str = "c.id, c.issue_id, c.author_id, u.username AS author_name, c.body, c.lang, c.status, c.reason, c.created_at";

fn from_row(r: &AnyRow) -> sqlx::Result<Comment> {
    Ok(Comment {
        id: r.try_get("id")?,
        issue_id: r.try_get("issue_id")?,
        author_id: r.try_get("author_id")?,
        author_name: r.try_get("author_name")?,
        body: r.try_get("body")?,
        lang: r.try_get("lang")?,
        status: r.try_get("status")?,
        reason: r.try_get("reason")?,
        created_at: r.try_get("created_at")?,
    })
}

/// Stores a comment (`submitted` under pre-moderation, else `published`).
pub async fn insert<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    issue_id: i64,
    author_id: i64,
    body: &str,
    lang: &str,
    status: &str,
) -> sqlx::Result<i64> {
    let t = now();
    sqlx::query_scalar(
        "INSERT INTO comments (issue_id, author_id, body, lang, status, created_at, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id",
    )
    .bind(issue_id)
    .bind(author_id)
    .bind(body)
    .bind(lang)
    .bind(status)
    .bind(t)
    .bind((status == "published").then_some(t))
    .fetch_one(conn)
    .await
}

/// Comment `id`, if it is on an issue of the municipality.
pub async fn by_id(db: &Db, municipality_id: i64, id: i64) -> sqlx::Result<Option<Comment>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM comments c JOIN issues i ON i.id = c.issue_id LEFT JOIN users u ON u.id = c.author_id
         WHERE c.id = $1 AND i.municipality_id = $2"
    ))
    .bind(id)
    .bind(municipality_id)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// Comments on an issue, oldest first: the published ones, plus those `viewer` wrote.
pub async fn of_issue(db: &Db, issue_id: i64, viewer: Option<i64>) -> sqlx::Result<Vec<Comment>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM comments c LEFT JOIN users u ON u.id = c.author_id
         WHERE c.issue_id = $1 AND (c.status = 'published' OR c.author_id = $2) ORDER BY c.id LIMIT 500"
    ))
    .bind(issue_id)
    .bind(viewer.unwrap_or(-1))
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// A person's comments on an issue that are not public (waiting, rejected, hidden).
pub async fn unpublished_of(db: &Db, issue_id: i64, author_id: i64) -> sqlx::Result<Vec<Comment>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM comments c LEFT JOIN users u ON u.id = c.author_id
         WHERE c.issue_id = $1 AND c.author_id = $2 AND c.status <> 'published' ORDER BY c.id LIMIT 100"
    ))
    .bind(issue_id)
    .bind(author_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Published comments on an issue, oldest first.
pub async fn published(db: &Db, issue_id: i64) -> sqlx::Result<Vec<Comment>> {
    of_issue(db, issue_id, None).await
}

/// Sets a comment's status (with the moderator's reason).
pub async fn set_status<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, status: &str, reason: Option<&str>) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE comments SET status = $1, reason = $2,
         published_at = CASE WHEN $1 = 'published' AND published_at IS NULL THEN $3 ELSE published_at END WHERE id = $4",
    )
    .bind(status)
    .bind(reason)
    .bind(now())
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Comments waiting for a moderator (new, hidden, or reported), oldest first.
pub async fn moderation_queue(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<Comment>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM comments c JOIN issues i ON i.id = c.issue_id LEFT JOIN users u ON u.id = c.author_id
         WHERE i.municipality_id = $1
         AND (c.status IN ('submitted', 'hidden')
              OR EXISTS (SELECT 1 FROM comment_reports r WHERE r.comment_id = c.id AND r.resolved_at IS NULL))
         ORDER BY c.created_at, c.id LIMIT 200"
    ))
    .bind(municipality_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Comments written by one person (for their data export).
pub async fn by_author(db: &Db, user_id: i64) -> sqlx::Result<Vec<Comment>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM comments c LEFT JOIN users u ON u.id = c.author_id WHERE c.author_id = $1 ORDER BY c.id"
    ))
    .bind(user_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Before an account is deleted: removes its comments where the municipality's policy says
/// `remove` (the rest become anonymous when the foreign key clears the author).
pub async fn forget_author(conn: &mut sqlx::AnyConnection, user_id: i64) -> sqlx::Result<()> {
    sqlx::query(
        "DELETE FROM comments WHERE author_id = $1 AND issue_id IN (SELECT i.id FROM issues i JOIN municipalities m ON m.id = i.municipality_id
         WHERE m.deleted_account_content = 'remove')",
    )
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
