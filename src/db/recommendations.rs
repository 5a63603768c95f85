//! A summary's numbered recommendations and what each draws on.

use std::collections::HashMap;

use sqlx::{Row as _, any::AnyRow};

use super::Db;
use crate::domain::summary::{Recommendation, RecommendationDraft, SourceKind};

fn from_row(r: &AnyRow) -> sqlx::Result<Recommendation> {
    let id: i64 = r.try_get("id")?;
    Ok(Recommendation {
        id,
        summary_id: r.try_get("summary_id")?,
        point_id: r.try_get::<Option<i64>, _>("point_id")?.unwrap_or(id),
        number: r.try_get("number")?,
        title: r.try_get("title")?,
        body: r.try_get("body")?,
        lang: r.try_get("lang")?,
        theme_id: r.try_get("theme_id")?,
        sources: Vec::new(),
    })
}

const COLUMNS: &str = "id, summary_id, point_id, number, title, body, lang, theme_id";

/// Adds a recommendation as the next number of an editable summary; `None` when the summary
/// can no longer change. The number is taken in the same statement, and the unique
/// (summary, number) pair refuses a second writer taking the same one.
pub async fn insert(conn: &mut sqlx::AnyConnection, summary_id: i64, d: &RecommendationDraft) -> sqlx::Result<Option<i64>> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO recommendations (summary_id, number, title, body, lang, theme_id)
         SELECT $1, COALESCE((SELECT MAX(number) FROM recommendations WHERE summary_id = $1), 0) + 1, $2, $3, $4, $5
         WHERE EXISTS (SELECT 1 FROM summaries WHERE id = $1 AND status IN ('draft', 'review')) RETURNING id",
    )
    .bind(summary_id)
    .bind(&d.title)
    .bind(&d.body)
    .bind(&d.lang)
    .bind(d.theme_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = id {
        sqlx::query("UPDATE recommendations SET point_id = id WHERE id = $1").bind(id).execute(&mut *conn).await?;
        set_sources(conn, id, &d.sources).await?;
    }
    Ok(id)
}

/// Changes a recommendation of an editable summary; false when it can no longer change.
pub async fn update(conn: &mut sqlx::AnyConnection, summary_id: i64, id: i64, d: &RecommendationDraft) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE recommendations SET title = $3, body = $4, lang = $5, theme_id = $6
         WHERE id = $1 AND summary_id = $2 AND EXISTS (SELECT 1 FROM summaries WHERE id = $2 AND status IN ('draft', 'review'))",
    )
    .bind(id)
    .bind(summary_id)
    .bind(&d.title)
    .bind(&d.body)
    .bind(&d.lang)
    .bind(d.theme_id)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 1 {
        set_sources(conn, id, &d.sources).await?;
        // A text that changed is translated again.
        sqlx::query("DELETE FROM translations WHERE kind = 'recommendation' AND content_id = $1").bind(id).execute(&mut *conn).await?;
    }
    Ok(done.rows_affected() == 1)
}

/// Removes a recommendation of an editable summary and numbers the later ones down, so the
/// points stay 1, 2, 3 …
pub async fn remove(conn: &mut sqlx::AnyConnection, summary_id: i64, id: i64) -> sqlx::Result<bool> {
    let number: Option<i64> = sqlx::query_scalar(
        "DELETE FROM recommendations WHERE id = $1 AND summary_id = $2
         AND EXISTS (SELECT 1 FROM summaries WHERE id = $2 AND status IN ('draft', 'review')) RETURNING number",
    )
    .bind(id)
    .bind(summary_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(number) = number else { return Ok(false) };
    // Two steps, because the unique (summary, number) pair is checked row by row on SQLite.
    for sql in [
        "UPDATE recommendations SET number = -number WHERE summary_id = $1 AND number > $2",
        "UPDATE recommendations SET number = -number - 1 WHERE summary_id = $1 AND number < 0",
    ] {
        sqlx::query(sql).bind(summary_id).bind(number).execute(&mut *conn).await?;
    }
    sqlx::query("DELETE FROM translations WHERE kind = 'recommendation' AND content_id = $1").bind(id).execute(&mut *conn).await?;
    Ok(true)
}

async fn set_sources(conn: &mut sqlx::AnyConnection, id: i64, sources: &[(SourceKind, i64)]) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM recommendation_sources WHERE recommendation_id = $1").bind(id).execute(&mut *conn).await?;
    for (kind, source) in sources {
        sqlx::query("INSERT INTO recommendation_sources (recommendation_id, kind, source_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind(kind.as_str())
            .bind(source)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

const SOURCES: &str = "SELECT rs.recommendation_id, rs.kind, rs.source_id FROM recommendation_sources rs
     JOIN recommendations r ON r.id = rs.recommendation_id WHERE r.summary_id = $1 ORDER BY rs.kind, rs.source_id";

fn assemble(rows: &[AnyRow], sources: &[AnyRow]) -> sqlx::Result<Vec<Recommendation>> {
    let mut list = rows.iter().map(from_row).collect::<sqlx::Result<Vec<_>>>()?;
    let mut by_id: HashMap<i64, Vec<(SourceKind, i64)>> = HashMap::new();
    for r in sources {
        let kind: String = r.try_get("kind")?;
        if let Some(kind) = SourceKind::parse(&kind) {
            by_id.entry(r.try_get("recommendation_id")?).or_default().push((kind, r.try_get("source_id")?));
        }
    }
    for rec in &mut list {
        rec.sources = by_id.remove(&rec.id).unwrap_or_default();
    }
    Ok(list)
}

fn list_sql() -> String {
    format!("SELECT {COLUMNS} FROM recommendations WHERE summary_id = $1 ORDER BY number")
}

/// A summary's recommendations in number order, each with its sources: two queries.
pub async fn of_summary(db: &Db, summary_id: i64) -> sqlx::Result<Vec<Recommendation>> {
    let rows = sqlx::query(&list_sql()).bind(summary_id).fetch_all(db).await?;
    let sources = sqlx::query(SOURCES).bind(summary_id).fetch_all(db).await?;
    assemble(&rows, &sources)
}

/// [`of_summary`] inside a transaction.
async fn of_summary_in(conn: &mut sqlx::AnyConnection, summary_id: i64) -> sqlx::Result<Vec<Recommendation>> {
    let rows = sqlx::query(&list_sql()).bind(summary_id).fetch_all(&mut *conn).await?;
    let sources = sqlx::query(SOURCES).bind(summary_id).fetch_all(&mut *conn).await?;
    assemble(&rows, &sources)
}

/// Copies a summary's recommendations (with their sources, points and translations) into a
/// new version.
pub async fn copy(conn: &mut sqlx::AnyConnection, from_summary: i64, to_summary: i64) -> sqlx::Result<()> {
    let old = of_summary_in(conn, from_summary).await?;
    for r in old {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO recommendations (summary_id, point_id, number, title, body, lang, theme_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(to_summary)
        .bind(r.point_id)
        .bind(r.number)
        .bind(&r.title)
        .bind(&r.body)
        .bind(&r.lang)
        .bind(r.theme_id)
        .fetch_one(&mut *conn)
        .await?;
        set_sources(conn, id, &r.sources).await?;
        sqlx::query(
            "INSERT INTO translations (kind, content_id, lang, title, body, source, reviewed, translator_id, updated_at)
             SELECT kind, $2, lang, title, body, source, reviewed, translator_id, updated_at FROM translations WHERE kind = 'recommendation' AND content_id = $1",
        )
        .bind(r.id)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Which of `ids` of kind `kind` exist in municipality `municipality_id` (statements through
/// their consultation); only published issues, consultations and ballots count as input.
pub async fn existing(db: &Db, municipality_id: i64, kind: SourceKind, ids: &[i64]) -> sqlx::Result<Vec<i64>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    let sql = match kind {
        SourceKind::Issue => format!(
            "SELECT id FROM issues WHERE municipality_id = $1 AND id IN ({list}) AND status IN ('published', 'forwarded', 'answered', 'resolved')"
        ),
        SourceKind::Consultation => {
            format!("SELECT id FROM consultations WHERE municipality_id = $1 AND id IN ({list}) AND status <> 'draft'")
        }
        SourceKind::Statement => format!(
            "SELECT s.id FROM statements s JOIN consultations c ON c.id = s.consultation_id WHERE c.municipality_id = $1 AND s.id IN ({list}) AND s.status = 'published'"
        ),
        SourceKind::Ballot => format!("SELECT id FROM ballots WHERE municipality_id = $1 AND id IN ({list}) AND status <> 'draft'"),
    };
    sqlx::query_scalar(&sql).bind(municipality_id).fetch_all(db).await
}

/// Published issues that a forwarded summary's recommendations draw on: they are now with
/// the council and the city (`forwarded`).
pub async fn cited_published_issues<'c>(conn: impl sqlx::AnyExecutor<'c>, summary_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT DISTINCT i.id FROM recommendation_sources rs JOIN recommendations r ON r.id = rs.recommendation_id
         JOIN issues i ON i.id = rs.source_id WHERE r.summary_id = $1 AND rs.kind = 'issue' AND i.status = 'published' ORDER BY i.id",
    )
    .bind(summary_id)
    .fetch_all(conn)
    .await
}
