//! Questionnaire responses: one per respondent, with one answer per question. They are
//! personal data: they go with the account (foreign keys), appear in the person's export, and
//! are only ever read back in aggregate by anyone else (free texts excepted, for moderators
//! and the council).

use sqlx::Row as _;

use super::{Backend, Db, now};
use crate::domain::response::{Answer, Answers, Demographics};

/// Whether consultation `id` takes answers at `at`. On PostgreSQL the row is locked for share
/// until the transaction ends, so that closing waits for answers in flight.
pub async fn takes_answers(conn: &mut sqlx::AnyConnection, backend: Backend, id: i64, at: i64) -> sqlx::Result<bool> {
    let lock = if backend == Backend::Postgres { " FOR SHARE" } else { "" };
    let sql = format!("SELECT status, opens_at, closes_at FROM consultations WHERE id = $1{lock}");
    let Some(row) = sqlx::query(&sql).bind(id).fetch_optional(&mut *conn).await? else { return Ok(false) };
    let status: String = row.try_get("status")?;
    let (opens, closes): (i64, i64) = (row.try_get("opens_at")?, row.try_get("closes_at")?);
    Ok(status == "open" && opens <= at && at < closes)
}

/// Writes a respondent's answers, replacing what they had (one row per person: the primary
/// key). `submit` hands them in; saving only keeps them to resume. A changed free text loses
/// its translations.
pub async fn store(
    conn: &mut sqlx::AnyConnection,
    consultation_id: i64,
    user_id: i64,
    lang: &str,
    a: &Answers,
    submit: bool,
) -> sqlx::Result<()> {
    let t = now();
    let d = &a.demographics;
    sqlx::query(
        "INSERT INTO responses (consultation_id, user_id, lang, submitted_at, updated_at, age_band, gender, gender_self, time_in_country, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (consultation_id, user_id) DO UPDATE SET lang = excluded.lang,
           submitted_at = COALESCE(excluded.submitted_at, responses.submitted_at), updated_at = excluded.updated_at,
           age_band = excluded.age_band, gender = excluded.gender, gender_self = excluded.gender_self,
           time_in_country = excluded.time_in_country, language = excluded.language",
    )
    .bind(consultation_id)
    .bind(user_id)
    .bind(lang)
    .bind(submit.then_some(t))
    .bind(t)
    .bind(&d.age)
    .bind(&d.gender)
    .bind(&d.gender_self)
    .bind(&d.time)
    .bind(&d.language)
    .execute(&mut *conn)
    .await?;
    let kept = a.answers.iter().map(|x| x.question_id.to_string()).collect::<Vec<_>>().join(",");
    // Question ids are integers from our own rows: safe to inline.
    let gone = if kept.is_empty() { String::new() } else { format!(" AND question_id NOT IN ({kept})") };
    // Only someone whose earlier free texts were translated has translations to drop. Asking
    // first keeps the DELETEs out of every other hand-in: on PostgreSQL each one fires the
    // statement trigger that moves `content_version` even when it deletes nothing, which would
    // empty every server's read cache at each answer and make all respondents queue on that row.
    let translated: Option<i64> = sqlx::query_scalar(
        "SELECT t.content_id FROM translations t JOIN response_answers r ON t.kind = 'reply' AND t.content_id = r.id
         WHERE r.consultation_id = $1 AND r.user_id = $2 LIMIT 1",
    )
    .bind(consultation_id)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await?;
    if translated.is_some() {
        sqlx::query(&format!(
            "DELETE FROM translations WHERE kind = 'reply' AND content_id IN
             (SELECT id FROM response_answers WHERE consultation_id = $1 AND user_id = $2{gone})"
        ))
        .bind(consultation_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query(&format!("DELETE FROM response_answers WHERE consultation_id = $1 AND user_id = $2{gone}"))
        .bind(consultation_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    for x in &a.answers {
        if translated.is_some() {
            sqlx::query(
                "DELETE FROM translations WHERE kind = 'reply' AND content_id IN
                 (SELECT id FROM response_answers WHERE consultation_id = $1 AND user_id = $2 AND question_id = $3 AND body <> $4)",
            )
            .bind(consultation_id)
            .bind(user_id)
            .bind(x.question_id)
            .bind(&x.body)
            .execute(&mut *conn)
            .await?;
        }
        sqlx::query(
            "INSERT INTO response_answers (consultation_id, user_id, question_id, choice, body, lang) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (consultation_id, user_id, question_id) DO UPDATE SET choice = excluded.choice, body = excluded.body, lang = excluded.lang",
        )
        .bind(consultation_id)
        .bind(user_id)
        .bind(x.question_id)
        .bind(&x.choice)
        .bind(&x.body)
        .bind(lang)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A respondent's own response: their answers and whether they handed them in.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Own {
    /// The answers and demographics.
    pub answers: Answers,
    /// When handed in (`None`: saved to resume).
    pub submitted_at: Option<i64>,
    /// The language they answered in.
    pub lang: String,
}

/// What `user_id` answered (one round trip); `None` when they have not started.
pub async fn own(db: &Db, consultation_id: i64, user_id: i64) -> sqlx::Result<Option<Own>> {
    let rows = sqlx::query(
        "SELECT r.lang, r.submitted_at, r.age_band, r.gender, r.gender_self, r.time_in_country, r.language, a.question_id, a.choice, a.body
         FROM responses r LEFT JOIN response_answers a ON a.consultation_id = r.consultation_id AND a.user_id = r.user_id
         WHERE r.consultation_id = $1 AND r.user_id = $2 ORDER BY a.question_id",
    )
    .bind(consultation_id)
    .bind(user_id)
    .fetch_all(db)
    .await?;
    let Some(first) = rows.first() else { return Ok(None) };
    let demographics = Demographics {
        age: first.try_get("age_band")?,
        gender: first.try_get("gender")?,
        gender_self: first.try_get("gender_self")?,
        time: first.try_get("time_in_country")?,
        language: first.try_get("language")?,
    };
    let mut answers = Vec::new();
    for r in &rows {
        if let Some(question_id) = r.try_get::<Option<i64>, _>("question_id")? {
            answers.push(Answer {
                question_id,
                choice: r.try_get::<Option<String>, _>("choice")?.unwrap_or_default(),
                body: r.try_get::<Option<String>, _>("body")?.unwrap_or_default(),
            });
        }
    }
    Ok(Some(Own { answers: Answers { answers, demographics }, submitted_at: first.try_get("submitted_at")?, lang: first.try_get("lang")? }))
}

/// One handed-in response as counting reads it: no respondent, only what they answered.
#[derive(Clone, Debug)]
pub struct Counted {
    /// The language they answered in.
    pub lang: String,
    /// Demographic answers.
    pub demographics: Demographics,
    /// `(question id, choice)` of every non-text answer.
    pub choices: Vec<(i64, String)>,
    /// Questions answered in free text.
    pub texts: Vec<i64>,
}

/// Every handed-in response of a consultation, for counting (two round trips). Respondents
/// are numbered in no meaningful order; no user id leaves this function.
pub async fn for_count(db: &Db, consultation_id: i64) -> sqlx::Result<Vec<Counted>> {
    let people = sqlx::query(
        "SELECT user_id, lang, age_band, gender, gender_self, time_in_country, language FROM responses
         WHERE consultation_id = $1 AND submitted_at IS NOT NULL ORDER BY user_id",
    )
    .bind(consultation_id)
    .fetch_all(db)
    .await?;
    let answers = sqlx::query(
        "SELECT a.user_id, a.question_id, a.choice, a.body FROM response_answers a JOIN responses r
           ON r.consultation_id = a.consultation_id AND r.user_id = a.user_id
         WHERE a.consultation_id = $1 AND r.submitted_at IS NOT NULL ORDER BY a.user_id",
    )
    .bind(consultation_id)
    .fetch_all(db)
    .await?;
    let mut out = Vec::with_capacity(people.len());
    let mut ids = Vec::with_capacity(people.len());
    for p in &people {
        ids.push(p.try_get::<i64, _>("user_id")?);
        out.push(Counted {
            lang: p.try_get("lang")?,
            demographics: Demographics {
                age: p.try_get("age_band")?,
                gender: p.try_get("gender")?,
                gender_self: String::new(),
                time: p.try_get("time_in_country")?,
                language: p.try_get("language")?,
            },
            choices: Vec::new(),
            texts: Vec::new(),
        });
    }
    for a in &answers {
        let uid: i64 = a.try_get("user_id")?;
        let Ok(i) = ids.binary_search(&uid) else { continue };
        let q: i64 = a.try_get("question_id")?;
        let body: String = a.try_get("body")?;
        if body.is_empty() {
            out[i].choices.push((q, a.try_get("choice")?));
        } else {
            out[i].texts.push(q);
        }
    }
    Ok(out)
}

/// Number of handed-in responses.
pub async fn submitted(db: &Db, consultation_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM responses WHERE consultation_id = $1 AND submitted_at IS NOT NULL")
        .bind(consultation_id)
        .fetch_one(db)
        .await
}

/// A free-text answer as moderators and the council read it: no respondent.
#[derive(Clone, Debug)]
pub struct FreeText {
    /// The answer's id (translations and themes refer to it).
    pub id: i64,
    /// The question.
    pub question_id: i64,
    /// The text.
    pub body: String,
    /// Its language.
    pub lang: String,
    /// Theme ids given to it.
    pub themes: Vec<i64>,
}

/// The free-text answers of handed-in responses, in a random-looking but stable order (by
/// id; ids say nothing about who wrote them beyond the order of first saving).
pub async fn free_texts(db: &Db, consultation_id: i64) -> sqlx::Result<Vec<FreeText>> {
    let rows = sqlx::query(
        "SELECT a.id, a.question_id, a.body, a.lang, t.theme_id FROM response_answers a
         JOIN responses r ON r.consultation_id = a.consultation_id AND r.user_id = a.user_id
         LEFT JOIN answer_themes t ON t.answer_id = a.id
         WHERE a.consultation_id = $1 AND r.submitted_at IS NOT NULL AND a.body <> '' ORDER BY a.question_id, a.id, t.theme_id",
    )
    .bind(consultation_id)
    .fetch_all(db)
    .await?;
    let mut out: Vec<FreeText> = Vec::new();
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        if out.last().is_none_or(|t| t.id != id) {
            out.push(FreeText {
                id,
                question_id: r.try_get("question_id")?,
                body: r.try_get("body")?,
                lang: r.try_get("lang")?,
                themes: vec![],
            });
        }
        if let (Some(theme), Some(t)) = (r.try_get::<Option<i64>, _>("theme_id")?, out.last_mut()) {
            t.themes.push(theme);
        }
    }
    Ok(out)
}

/// Replaces the themes of a free-text answer of consultation `consultation_id`; false when
/// there is no such answer.
pub async fn set_themes(conn: &mut sqlx::AnyConnection, consultation_id: i64, answer_id: i64, themes: &[i64]) -> sqlx::Result<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM response_answers WHERE id = $1 AND consultation_id = $2 AND body <> ''")
        .bind(answer_id)
        .bind(consultation_id)
        .fetch_optional(&mut *conn)
        .await?;
    if found.is_none() {
        return Ok(false);
    }
    sqlx::query("DELETE FROM answer_themes WHERE answer_id = $1").bind(answer_id).execute(&mut *conn).await?;
    for t in themes {
        sqlx::query("INSERT INTO answer_themes (answer_id, theme_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(answer_id)
            .bind(t)
            .execute(&mut *conn)
            .await?;
    }
    Ok(true)
}

/// Who handed in answers (to tell them when results are published).
pub async fn respondents<'c>(conn: impl sqlx::AnyExecutor<'c>, consultation_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar("SELECT user_id FROM responses WHERE consultation_id = $1 AND submitted_at IS NOT NULL")
        .bind(consultation_id)
        .fetch_all(conn)
        .await
}

/// A response in a person's data export.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Exported {
    /// The consultation.
    pub consultation_id: i64,
    /// What they answered.
    #[serde(flatten)]
    pub response: Own,
}

/// A person's responses, for their data export.
pub async fn of_user(db: &Db, user_id: i64) -> sqlx::Result<Vec<Exported>> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT consultation_id FROM responses WHERE user_id = $1 ORDER BY consultation_id")
        .bind(user_id)
        .fetch_all(db)
        .await?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(response) = own(db, id, user_id).await? {
            out.push(Exported { consultation_id: id, response });
        }
    }
    Ok(out)
}

/// Stores a machine translation of free-text answer `answer_id` unless one exists, and only
/// while the answer still reads `source` (a change meanwhile must not get an old translation).
pub async fn insert_reply_translation<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    answer_id: i64,
    lang: &str,
    body: &str,
    source: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO translations (kind, content_id, lang, title, body, source, reviewed, updated_at)
         SELECT 'reply', $1, $2, '', $3, 'machine', 0, $4 WHERE EXISTS (SELECT 1 FROM response_answers WHERE id = $1 AND body = $5)
         ON CONFLICT (kind, content_id, lang) DO NOTHING",
    )
    .bind(answer_id)
    .bind(lang)
    .bind(body)
    .bind(now())
    .bind(source)
    .execute(conn)
    .await?;
    Ok(())
}

/// The free-text answers of one respondent: `(answer id, body, language)`.
pub async fn texts_of(db: &Db, consultation_id: i64, user_id: i64) -> sqlx::Result<Vec<(i64, String, String)>> {
    let rows = sqlx::query("SELECT id, body, lang FROM response_answers WHERE consultation_id = $1 AND user_id = $2 AND body <> ''")
        .bind(consultation_id)
        .bind(user_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("body")?, r.try_get("lang")?))).collect()
}

/// Translations of a consultation's free-text answers into `lang`: `(answer id, body)`.
pub async fn reply_translations(db: &Db, consultation_id: i64, lang: &str) -> sqlx::Result<Vec<(i64, String)>> {
    let rows = sqlx::query(
        "SELECT t.content_id, t.body FROM translations t JOIN response_answers a ON a.id = t.content_id
         WHERE t.kind = 'reply' AND t.lang = $2 AND a.consultation_id = $1",
    )
    .bind(consultation_id)
    .bind(lang)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("content_id")?, r.try_get("body")?))).collect()
}

/// Removes a person's responses and the translations of their free texts (account deletion;
/// counts already published stay, being aggregates).
pub async fn forget(conn: &mut sqlx::AnyConnection, user_id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM translations WHERE kind = 'reply' AND content_id IN (SELECT id FROM response_answers WHERE user_id = $1)")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM responses WHERE user_id = $1").bind(user_id).execute(&mut *conn).await?;
    Ok(())
}
