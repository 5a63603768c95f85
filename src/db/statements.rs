//! Statement rounds: statements (moderated like comments), reactions (one per participant and
//! statement), machine translations of statements, and the stored opinion-group analysis.

use sqlx::Row as _;

use super::{Db, now};

/// A statement of a round.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Statement {
    /// Row id.
    pub id: i64,
    /// Its round.
    pub consultation_id: i64,
    /// Who wrote it (never shown; `None` once their account is gone).
    #[serde(skip)]
    pub author_id: Option<i64>,
    /// Its language.
    pub lang: String,
    /// The text.
    pub body: String,
    /// `pending`, `published` or `rejected`.
    pub status: String,
    /// Why it was rejected (a reason id).
    pub reject_reason: Option<String>,
    /// When it was written.
    pub created_at: i64,
}

const COLUMNS: &str = "id, consultation_id, author_id, lang, body, status, reject_reason, created_at";

fn from_row(r: &sqlx::any::AnyRow) -> sqlx::Result<Statement> {
    Ok(Statement {
        id: r.try_get("id")?,
        consultation_id: r.try_get("consultation_id")?,
        author_id: r.try_get("author_id")?,
        lang: r.try_get("lang")?,
        body: r.try_get("body")?,
        status: r.try_get("status")?,
        reject_reason: r.try_get("reject_reason")?,
        created_at: r.try_get("created_at")?,
    })
}

/// Stores a statement.
pub async fn insert<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    consultation_id: i64,
    author: i64,
    lang: &str,
    body: &str,
    status: &str,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO statements (consultation_id, author_id, lang, body, status, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(consultation_id)
    .bind(author)
    .bind(lang)
    .bind(body)
    .bind(status)
    .bind(now())
    .fetch_one(conn)
    .await
}

/// The statements of a round with `status` (all when `None`), oldest first.
pub async fn of_round(db: &Db, consultation_id: i64, status: Option<&str>) -> sqlx::Result<Vec<Statement>> {
    let filter = if status.is_some() { " AND status = $2" } else { "" };
    let sql = format!("SELECT {COLUMNS} FROM statements WHERE consultation_id = $1{filter} ORDER BY id LIMIT 5000");
    let mut q = sqlx::query(&sql).bind(consultation_id);
    if let Some(s) = status {
        q = q.bind(s);
    }
    q.fetch_all(db).await?.iter().map(from_row).collect()
}

/// Statement `id` of round `consultation_id`.
pub async fn by_id(db: &Db, consultation_id: i64, id: i64) -> sqlx::Result<Option<Statement>> {
    let sql = format!("SELECT {COLUMNS} FROM statements WHERE id = $1 AND consultation_id = $2");
    sqlx::query(&sql).bind(id).bind(consultation_id).fetch_optional(db).await?.as_ref().map(from_row).transpose()
}

/// A moderator's decision on a pending or published statement; false when there is none.
pub async fn moderate<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    consultation_id: i64,
    id: i64,
    status: &str,
    reason: Option<&str>,
) -> sqlx::Result<bool> {
    let n = sqlx::query("UPDATE statements SET status = $1, reject_reason = $2, moderated_at = $3 WHERE id = $4 AND consultation_id = $5")
        .bind(status)
        .bind(reason)
        .bind(now())
        .bind(id)
        .bind(consultation_id)
        .execute(conn)
        .await?
        .rows_affected();
    Ok(n == 1)
}

/// Records a reaction (agree 1, disagree -1, pass 0), replacing an earlier one, only to a
/// published statement of the round: one statement.
pub async fn react<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    consultation_id: i64,
    statement_id: i64,
    user_id: i64,
    vote: i8,
) -> sqlx::Result<bool> {
    let n = sqlx::query(
        "INSERT INTO reactions (statement_id, user_id, consultation_id, vote, created_at)
         SELECT s.id, $2, s.consultation_id, $3, $4 FROM statements s WHERE s.id = $1 AND s.consultation_id = $5 AND s.status = 'published'
         ON CONFLICT (statement_id, user_id) DO UPDATE SET vote = excluded.vote",
    )
    .bind(statement_id)
    .bind(user_id)
    .bind(i64::from(vote))
    .bind(now())
    .bind(consultation_id)
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// The statements `user_id` reacted to in a round, with their reaction.
pub async fn seen_by(db: &Db, consultation_id: i64, user_id: i64) -> sqlx::Result<Vec<(i64, i8)>> {
    let rows = sqlx::query("SELECT statement_id, vote FROM reactions WHERE consultation_id = $1 AND user_id = $2")
        .bind(consultation_id)
        .bind(user_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|r| Ok((r.try_get("statement_id")?, r.try_get::<i64, _>("vote")? as i8))).collect()
}

/// Every reaction of a round as `(participant, statement, vote)`, by participant then
/// statement (the analysis's input; participants are only numbers from here on).
pub async fn matrix(db: &Db, consultation_id: i64) -> sqlx::Result<Vec<(i64, i64, i8)>> {
    let rows = sqlx::query(
        "SELECT r.user_id, r.statement_id, r.vote FROM reactions r JOIN statements s ON s.id = r.statement_id
         WHERE r.consultation_id = $1 AND s.status = 'published' ORDER BY r.user_id, r.statement_id",
    )
    .bind(consultation_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("user_id")?, r.try_get("statement_id")?, r.try_get::<i64, _>("vote")? as i8))).collect()
}

/// Statement rounds whose reactions changed since their last analysis (open, or closed and
/// not analysed after closing): `(id, reactions now)`.
pub async fn needing_analysis(db: &Db) -> sqlx::Result<Vec<(i64, i64)>> {
    let rows = sqlx::query(
        "SELECT c.id, (SELECT COUNT(*) FROM reactions r WHERE r.consultation_id = c.id) AS n FROM consultations c
         WHERE c.kind = 'statements' AND c.status IN ('open', 'closed', 'published')
           AND (c.analysed_at IS NULL OR c.analysed_reactions <> (SELECT COUNT(*) FROM reactions r WHERE r.consultation_id = c.id)
                OR (c.closed_at IS NOT NULL AND c.analysed_at < c.closed_at))
         ORDER BY c.id LIMIT 20",
    )
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("n")?))).collect()
}

/// Stores an analysis (JSON) made from `reactions` reactions.
pub async fn store_analysis<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    id: i64,
    analysis: &str,
    reactions: i64,
    participants: i64,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE consultations SET results = $1, analysed_reactions = $2, analysed_at = $3, respondents = $4 WHERE id = $5")
        .bind(analysis)
        .bind(reactions)
        .bind(now())
        .bind(participants)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Stores a machine translation of statement `id` unless one exists, only while the
/// statement still reads `source`.
pub async fn insert_translation<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, lang: &str, body: &str, source: &str) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO translations (kind, content_id, lang, title, body, source, reviewed, updated_at)
         SELECT 'statement', $1, $2, '', $3, 'machine', 0, $4 WHERE EXISTS (SELECT 1 FROM statements WHERE id = $1 AND body = $5)
         ON CONFLICT (kind, content_id, lang) DO NOTHING",
    )
    .bind(id)
    .bind(lang)
    .bind(body)
    .bind(now())
    .bind(source)
    .execute(conn)
    .await?;
    Ok(())
}

/// Translations of a round's statements into `lang`: `(statement id, body)`.
pub async fn translations(db: &Db, consultation_id: i64, lang: &str) -> sqlx::Result<Vec<(i64, String)>> {
    let rows = sqlx::query(
        "SELECT t.content_id, t.body FROM translations t JOIN statements s ON s.id = t.content_id
         WHERE t.kind = 'statement' AND t.lang = $2 AND s.consultation_id = $1",
    )
    .bind(consultation_id)
    .bind(lang)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("content_id")?, r.try_get("body")?))).collect()
}

/// A person's statements and reactions, for their data export.
pub async fn of_user(db: &Db, user_id: i64) -> sqlx::Result<(Vec<Statement>, Vec<(i64, i8)>)> {
    let sql = format!("SELECT {COLUMNS} FROM statements WHERE author_id = $1 ORDER BY id");
    let statements = sqlx::query(&sql).bind(user_id).fetch_all(db).await?.iter().map(from_row).collect::<sqlx::Result<_>>()?;
    let rows = sqlx::query("SELECT statement_id, vote FROM reactions WHERE user_id = $1 ORDER BY statement_id")
        .bind(user_id)
        .fetch_all(db)
        .await?;
    let reactions =
        rows.iter().map(|r| Ok((r.try_get("statement_id")?, r.try_get::<i64, _>("vote")? as i8))).collect::<sqlx::Result<_>>()?;
    Ok((statements, reactions))
}

/// Statements of a deleted account: removed where the municipality removes such content,
/// else kept without their author (the foreign key clears it).
pub async fn forget_author(conn: &mut sqlx::AnyConnection, user_id: i64) -> sqlx::Result<()> {
    sqlx::query(
        "DELETE FROM translations WHERE kind = 'statement' AND content_id IN (SELECT s.id FROM statements s
         JOIN consultations c ON c.id = s.consultation_id JOIN municipalities m ON m.id = c.municipality_id
         WHERE s.author_id = $1 AND m.deleted_account_content = 'remove')",
    )
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "DELETE FROM statements WHERE author_id = $1 AND consultation_id IN (SELECT c.id FROM consultations c
         JOIN municipalities m ON m.id = c.municipality_id WHERE m.deleted_account_content = 'remove')",
    )
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The consultation of a published statement of municipality `municipality_id` (to link to it).
pub async fn consultation_of_published(db: &Db, municipality_id: i64, id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "SELECT s.consultation_id FROM statements s JOIN consultations c ON c.id = s.consultation_id
         WHERE s.id = $1 AND c.municipality_id = $2 AND s.status = 'published'",
    )
    .bind(id)
    .bind(municipality_id)
    .fetch_optional(db)
    .await
}
