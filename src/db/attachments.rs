//! Voice notes that came with issues (from the bot): the audio, for moderators and volunteers
//! to listen to, and whether someone wrote down what it says.

use sqlx::Row as _;

use super::{Db, now};

/// What a page shows of a voice note (not the audio).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Voice {
    /// Row id.
    pub id: i64,
    /// The issue.
    pub issue_id: i64,
    /// Bytes.
    pub size: i64,
    /// Seconds.
    pub duration_seconds: i64,
    /// Whether its words are the issue's text now.
    pub transcribed: bool,
}

/// Stores a voice note of issue `issue_id`.
pub async fn insert<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    issue_id: i64,
    mime: &str,
    bytes: &[u8],
    duration_seconds: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO issue_attachments (issue_id, kind, mime, bytes, size, duration_seconds, created_at) VALUES ($1, 'voice', $2, $3, $4, $5, $6)",
    )
    .bind(issue_id)
    .bind(mime)
    .bind(bytes.to_vec())
    .bind(bytes.len() as i64)
    .bind(duration_seconds)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// The voice notes of these issues (for the moderation queue).
pub async fn of_issues(db: &Db, ids: &[i64]) -> sqlx::Result<Vec<Voice>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let rows = sqlx::query(&format!(
        "SELECT id, issue_id, size, duration_seconds, transcribed_at FROM issue_attachments WHERE issue_id IN ({list}) ORDER BY id"
    ))
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Voice {
                id: r.try_get("id")?,
                issue_id: r.try_get("issue_id")?,
                size: r.try_get("size")?,
                duration_seconds: r.try_get("duration_seconds")?,
                transcribed: r.try_get::<Option<i64>, _>("transcribed_at")?.is_some(),
            })
        })
        .collect()
}

/// The audio of issue `issue_id`'s voice note: `(mime type, bytes)`.
pub async fn audio(db: &Db, issue_id: i64) -> sqlx::Result<Option<(String, Vec<u8>)>> {
    let row = sqlx::query("SELECT mime, bytes FROM issue_attachments WHERE issue_id = $1 ORDER BY id LIMIT 1")
        .bind(issue_id)
        .fetch_optional(db)
        .await?;
    row.map(|r| Ok((r.try_get("mime")?, r.try_get("bytes")?))).transpose()
}

/// Whether issue `issue_id` has a voice note nobody wrote down yet.
pub async fn untranscribed<'c>(conn: impl sqlx::AnyExecutor<'c>, issue_id: i64) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM issue_attachments WHERE issue_id = $1 AND transcribed_at IS NULL")
        .bind(issue_id)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

/// Makes the transcript the issue's text and marks its voice notes as written down.
pub async fn transcribe(conn: &mut sqlx::AnyConnection, issue_id: i64, title: &str, body: &str, lang: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE issues SET title = $1, body = $2, lang = $3 WHERE id = $4")
        .bind(title)
        .bind(body)
        .bind(lang)
        .bind(issue_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE issue_attachments SET transcribed_at = $1 WHERE issue_id = $2")
        .bind(now())
        .bind(issue_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Issues of a municipality with a voice note to write down, oldest first.
pub async fn to_transcribe(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<Voice>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT a.issue_id FROM issue_attachments a JOIN issues i ON i.id = a.issue_id
         WHERE i.municipality_id = $1 AND a.transcribed_at IS NULL AND i.status = 'submitted' ORDER BY a.issue_id",
    )
    .bind(municipality_id)
    .fetch_all(db)
    .await?;
    of_issues(db, &ids).await
}
