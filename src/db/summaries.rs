//! Summaries: their settings, data part, workflow steps and review comments, and new versions
//! of forwarded ones. Recommendations are in `db::recommendations`.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};
use crate::domain::summary::{Scope, Status, Summary, SummaryDraft};

const COLUMNS: &str = "id, municipality_id, council_id, series_id, version, status, title, intro, lang, period_from, period_to, theme_id, \
     neighbourhood_id, consultation_id, ballot_id, data, data_at, author_id, created_at, updated_at, submitted_at, approved_at, forwarded_at";

fn from_row(r: &AnyRow) -> sqlx::Result<Summary> {
    let status: String = r.try_get("status")?;
    Ok(Summary {
        id: r.try_get("id")?,
        municipality_id: r.try_get("municipality_id")?,
        council_id: r.try_get("council_id")?,
        series_id: r.try_get("series_id")?,
        version: r.try_get("version")?,
        status: Status::parse(&status),
        title: r.try_get("title")?,
        intro: r.try_get("intro")?,
        lang: r.try_get("lang")?,
        scope: Scope {
            from: r.try_get("period_from")?,
            to: r.try_get("period_to")?,
            theme_id: r.try_get("theme_id")?,
            neighbourhood_id: r.try_get("neighbourhood_id")?,
            consultation_id: r.try_get("consultation_id")?,
            ballot_id: r.try_get("ballot_id")?,
        },
        data: r.try_get("data")?,
        data_at: r.try_get("data_at")?,
        author_id: r.try_get("author_id")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        submitted_at: r.try_get("submitted_at")?,
        approved_at: r.try_get("approved_at")?,
        forwarded_at: r.try_get("forwarded_at")?,
    })
}

/// Creates a draft (version 1 of a new series) for council `council_id`.
pub async fn insert(
    conn: &mut sqlx::AnyConnection,
    municipality_id: i64,
    council_id: i64,
    d: &SummaryDraft,
    author_id: i64,
) -> sqlx::Result<i64> {
    let t = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO summaries (municipality_id, council_id, series_id, title, intro, lang, period_from, period_to, theme_id, neighbourhood_id,
                                consultation_id, ballot_id, author_id, created_at, updated_at)
         VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id",
    )
    .bind(municipality_id)
    .bind(council_id)
    .bind(&d.title)
    .bind(&d.intro)
    .bind(&d.lang)
    .bind(d.scope.from)
    .bind(d.scope.to)
    .bind(d.scope.theme_id)
    .bind(d.scope.neighbourhood_id)
    .bind(d.scope.consultation_id)
    .bind(d.scope.ballot_id)
    .bind(author_id)
    .bind(t)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("UPDATE summaries SET series_id = id WHERE id = $1").bind(id).execute(&mut *conn).await?;
    Ok(id)
}

/// Changes an editable summary's settings (the service drafts its data part again); false when
/// it can no longer change.
pub async fn update<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, council_id: i64, d: &SummaryDraft) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE summaries SET council_id = $2, title = $3, intro = $4, lang = $5, period_from = $6, period_to = $7, theme_id = $8, neighbourhood_id = $9, consultation_id = $10, ballot_id = $11, updated_at = $12
         WHERE id = $1 AND status IN ('draft', 'review')",
    )
    .bind(id)
    .bind(council_id)
    .bind(&d.title)
    .bind(&d.intro)
    .bind(&d.lang)
    .bind(d.scope.from)
    .bind(d.scope.to)
    .bind(d.scope.theme_id)
    .bind(d.scope.neighbourhood_id)
    .bind(d.scope.consultation_id)
    .bind(d.scope.ballot_id)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stores a freshly drafted data part of an editable (or just approved) summary.
pub async fn set_data<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, json: &str) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE summaries SET data = $2, data_at = $3 WHERE id = $1 AND status IN ('draft', 'review', 'approved')")
        .bind(id)
        .bind(json)
        .bind(now())
        .execute(conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// One summary of municipality `municipality_id`.
pub async fn by_id(db: &Db, municipality_id: i64, id: i64) -> sqlx::Result<Option<Summary>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM summaries WHERE id = $1 AND municipality_id = $2"))
        .bind(id)
        .bind(municipality_id)
        .fetch_optional(db)
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// Every version of a series, oldest first.
pub async fn versions(db: &Db, series_id: i64) -> sqlx::Result<Vec<Summary>> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM summaries WHERE series_id = $1 ORDER BY version"))
        .bind(series_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(from_row).collect()
}

/// A municipality's summaries: public ones only, or all (for the people who write and review
/// them), newest first.
pub async fn of_municipality(db: &Db, municipality_id: i64, public_only: bool) -> sqlx::Result<Vec<Summary>> {
    let filter = if public_only { " AND status IN ('forwarded', 'superseded')" } else { "" };
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM summaries WHERE municipality_id = $1{filter} ORDER BY created_at DESC, id DESC LIMIT 500"
    ))
    .bind(municipality_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// A council's summaries (for its archive): public ones only, or all, newest first.
pub async fn of_council(db: &Db, council_id: i64, public_only: bool) -> sqlx::Result<Vec<Summary>> {
    let filter = if public_only { " AND status IN ('forwarded', 'superseded')" } else { "" };
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM summaries WHERE council_id = $1{filter} ORDER BY created_at DESC, id DESC"))
        .bind(council_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(from_row).collect()
}

/// A workflow step: `from` → `to`, stamping `stamp` (one of the fixed columns
/// `submitted_at`, `approved_at`, `forwarded_at`) and, when given, who approved. One
/// statement, so two people pressing the same button move it once; false when it was not in
/// `from`.
pub async fn step<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    id: i64,
    from: &[Status],
    to: Status,
    stamp: Stamp,
    approver: Option<i64>,
) -> sqlx::Result<bool> {
    let from = from.iter().map(|s| format!("'{}'", s.as_str())).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "UPDATE summaries SET status = $2, {} = $3, updated_at = $3, approved_by = COALESCE($4, approved_by) WHERE id = $1 AND status IN ({from})",
        stamp.column()
    );
    let done = sqlx::query(&sql).bind(id).bind(to.as_str()).bind(now()).bind(approver).execute(conn).await?;
    Ok(done.rows_affected() == 1)
}

/// The time a workflow step records.
#[derive(Clone, Copy, Debug)]
pub enum Stamp {
    /// Sent to review (or back to draft).
    Submitted,
    /// Approved by the chair.
    Approved,
    /// Forwarded to the municipality.
    Forwarded,
}

impl Stamp {
    fn column(self) -> &'static str {
        match self {
            Stamp::Submitted => "submitted_at",
            Stamp::Approved => "approved_at",
            Stamp::Forwarded => "forwarded_at",
        }
    }
}

/// Marks the earlier forwarded versions of `series_id` as superseded by a newly forwarded one.
pub async fn supersede_older<'c>(conn: impl sqlx::AnyExecutor<'c>, series_id: i64, version: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE summaries SET status = 'superseded' WHERE series_id = $1 AND version < $2 AND status = 'forwarded'")
        .bind(series_id)
        .bind(version)
        .execute(conn)
        .await?;
    Ok(())
}

/// Starts the next version of a forwarded summary as a draft with the same settings and data
/// part; `None` when a newer version is already being written (one statement: the unique
/// series/version pair refuses a second).
pub async fn new_version(conn: &mut sqlx::AnyConnection, from: &Summary, author_id: i64) -> sqlx::Result<Option<i64>> {
    let t = now();
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO summaries (municipality_id, council_id, series_id, version, title, intro, lang, period_from, period_to, theme_id,
                                neighbourhood_id, consultation_id, ballot_id, data, data_at, author_id, created_at, updated_at)
         SELECT municipality_id, council_id, series_id, (SELECT MAX(version) + 1 FROM summaries WHERE series_id = $2), title, intro, lang,
                period_from, period_to, theme_id, neighbourhood_id, consultation_id, ballot_id, data, data_at, $3, $4, $4
         FROM summaries WHERE id = $1 AND status = 'forwarded'
           AND NOT EXISTS (SELECT 1 FROM summaries WHERE series_id = $2 AND status IN ('draft', 'review', 'approved'))
         ON CONFLICT (series_id, version) DO NOTHING RETURNING id",
    )
    .bind(from.id)
    .bind(from.series_id)
    .bind(author_id)
    .bind(t)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(id)
}

/// Deletes a draft that was never forwarded (a first version only: later versions keep the
/// series' history, so they are deleted the same way, but nothing forwarded ever goes).
pub async fn delete_draft<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query("DELETE FROM summaries WHERE id = $1 AND status IN ('draft', 'review')").bind(id).execute(conn).await?;
    Ok(done.rows_affected() == 1)
}

/// A review comment.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Comment {
    /// Id.
    pub id: i64,
    /// The commenter's public council name (or none: their role shows).
    pub author: Option<String>,
    /// Text.
    pub body: String,
    /// Language written in.
    pub lang: String,
    /// Epoch seconds.
    pub created_at: i64,
}

/// Adds a review comment.
pub async fn add_comment<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    summary_id: i64,
    author_id: i64,
    body: &str,
    lang: &str,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO summary_comments (summary_id, author_id, body, lang, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(summary_id)
    .bind(author_id)
    .bind(body)
    .bind(lang)
    .bind(now())
    .fetch_one(conn)
    .await
}

/// A summary's review comments, oldest first, each with the username of who wrote it (shown
/// only to the people who review).
pub async fn comments(db: &Db, summary_id: i64) -> sqlx::Result<Vec<Comment>> {
    let rows = sqlx::query(
        "SELECT c.id, u.username AS author, c.body, c.lang, c.created_at FROM summary_comments c LEFT JOIN users u ON u.id = c.author_id
         WHERE c.summary_id = $1 ORDER BY c.id",
    )
    .bind(summary_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Comment {
                id: r.try_get("id")?,
                author: r.try_get("author")?,
                body: r.try_get("body")?,
                lang: r.try_get("lang")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// Summaries whose recommendations draw on issue `issue_id` and that are public: `(id, title,
/// lang)`, for the issue's page.
pub async fn public_citing_issue(db: &Db, issue_id: i64) -> sqlx::Result<Vec<(i64, String, String)>> {
    let rows = sqlx::query(
        "SELECT DISTINCT s.id, s.title, s.lang FROM recommendation_sources rs JOIN recommendations r ON r.id = rs.recommendation_id
         JOIN summaries s ON s.id = r.summary_id WHERE rs.kind = 'issue' AND rs.source_id = $1 AND s.status = 'forwarded' ORDER BY s.id",
    )
    .bind(issue_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("title")?, r.try_get("lang")?))).collect()
}
