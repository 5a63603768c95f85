//! Consultations: settings, texts per language and questions. Responses are in
//! `db::responses`, statements and reactions in `db::statements`.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};
use crate::domain::{
    consultation::{Consultation, ConsultationSettings, ConsultationText, Demographic, Kind, Status},
    question::{Question, QuestionDraft, QuestionKind, QuestionText},
};

const COLUMNS: &str = "id, municipality_id, kind, status, opens_at, closes_at, verified_only, demographics, open_statements, closed_at, published_at, respondents, results, analysed_at";

fn from_row(r: &AnyRow) -> sqlx::Result<Consultation> {
    let kind: String = r.try_get("kind")?;
    let status: String = r.try_get("status")?;
    let demographics: String = r.try_get("demographics")?;
    Ok(Consultation {
        id: r.try_get("id")?,
        municipality_id: r.try_get("municipality_id")?,
        kind: Kind::parse(&kind).unwrap_or(Kind::Questionnaire),
        status: Status::parse(&status),
        opens_at: r.try_get("opens_at")?,
        closes_at: r.try_get("closes_at")?,
        verified_only: r.try_get::<i64, _>("verified_only")? != 0,
        demographics: Demographic::parse_list(&demographics),
        open_statements: r.try_get::<i64, _>("open_statements")? != 0,
        closed_at: r.try_get("closed_at")?,
        published_at: r.try_get("published_at")?,
        respondents: r.try_get("respondents")?,
        results: r.try_get("results")?,
        analysed_at: r.try_get("analysed_at")?,
    })
}

/// Creates a draft with its texts.
pub async fn insert(conn: &mut sqlx::AnyConnection, municipality_id: i64, s: &ConsultationSettings, created_by: i64) -> sqlx::Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO consultations (kind, opens_at, closes_at, verified_only, demographics, open_statements, municipality_id, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(s.kind.as_str())
    .bind(s.opens_at)
    .bind(s.closes_at)
    .bind(i64::from(s.verified_only))
    .bind(Demographic::format_list(&s.demographics))
    .bind(i64::from(s.open_statements))
    .bind(municipality_id)
    .bind(created_by)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    set_texts(conn, id, &s.texts).await?;
    Ok(id)
}

/// Changes a draft's settings and texts; false when it is no longer a draft.
pub async fn update(conn: &mut sqlx::AnyConnection, id: i64, s: &ConsultationSettings) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE consultations SET opens_at = $1, closes_at = $2, verified_only = $3, demographics = $4, open_statements = $5
         WHERE id = $6 AND status = 'draft'",
    )
    .bind(s.opens_at)
    .bind(s.closes_at)
    .bind(i64::from(s.verified_only))
    .bind(Demographic::format_list(&s.demographics))
    .bind(i64::from(s.open_statements))
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if done {
        set_texts(conn, id, &s.texts).await?;
    }
    Ok(done)
}

/// Replaces the texts of a consultation (all languages given).
pub async fn set_texts(conn: &mut sqlx::AnyConnection, id: i64, texts: &[(String, String, String)]) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM consultation_texts WHERE consultation_id = $1").bind(id).execute(&mut *conn).await?;
    for (lang, title, intro) in texts {
        put_text(conn, id, lang, title, intro).await?;
    }
    Ok(())
}

/// Stores the title and introduction in one language (a translator's work), replacing it.
pub async fn put_text(conn: &mut sqlx::AnyConnection, id: i64, lang: &str, title: &str, intro: &str) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO consultation_texts (consultation_id, lang, title, intro) VALUES ($1, $2, $3, $4)
         ON CONFLICT (consultation_id, lang) DO UPDATE SET title = excluded.title, intro = excluded.intro",
    )
    .bind(id)
    .bind(lang)
    .bind(title)
    .bind(intro)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Consultation `id` of the municipality.
pub async fn by_id(db: &Db, municipality_id: i64, id: i64) -> sqlx::Result<Option<Consultation>> {
    let sql = format!("SELECT {COLUMNS} FROM consultations WHERE id = $1 AND municipality_id = $2");
    let row = sqlx::query(&sql).bind(id).bind(municipality_id).fetch_optional(db).await?;
    row.as_ref().map(from_row).transpose()
}

/// Consultation `id`, whatever its municipality (for background work).
pub async fn by_id_any<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<Option<Consultation>> {
    let sql = format!("SELECT {COLUMNS} FROM consultations WHERE id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

/// A consultation's texts, one per language.
pub async fn texts<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<Vec<ConsultationText>> {
    let rows = sqlx::query("SELECT lang, title, intro FROM consultation_texts WHERE consultation_id = $1 ORDER BY lang")
        .bind(id)
        .fetch_all(conn)
        .await?;
    rows.iter().map(|r| Ok(ConsultationText { lang: r.try_get("lang")?, title: r.try_get("title")?, intro: r.try_get("intro")? })).collect()
}

/// The questions in order, with their texts (one round trip).
pub async fn questions<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<Vec<Question>> {
    let rows = sqlx::query(
        "SELECT q.id, q.position, q.kind, q.required, q.min_picks, q.max_picks, q.max_chars, q.choices,
                t.lang, t.prompt, t.choices AS labels, t.low_label, t.high_label
         FROM questions q LEFT JOIN question_texts t ON t.question_id = q.id WHERE q.consultation_id = $1 ORDER BY q.position, t.lang",
    )
    .bind(id)
    .fetch_all(conn)
    .await?;
    let mut out: Vec<Question> = Vec::new();
    let count = |r: &AnyRow, c: &str| -> sqlx::Result<u64> { Ok(r.try_get::<i64, _>(c)?.max(0) as u64) };
    for r in &rows {
        let qid: i64 = r.try_get("id")?;
        if out.last().is_none_or(|q| q.id != qid) {
            let kind: String = r.try_get("kind")?;
            out.push(Question {
                id: qid,
                position: count(r, "position")? as u32,
                kind: QuestionKind::parse(&kind).unwrap_or(QuestionKind::Text),
                required: r.try_get::<i64, _>("required")? != 0,
                min_picks: count(r, "min_picks")?,
                max_picks: count(r, "max_picks")?,
                max_chars: count(r, "max_chars")?,
                choices: count(r, "choices")? as usize,
                texts: Vec::new(),
            });
        }
        if let (Some(lang), Some(q)) = (r.try_get::<Option<String>, _>("lang")?, out.last_mut()) {
            let labels: String = r.try_get::<Option<String>, _>("labels")?.unwrap_or_default();
            q.texts.push(QuestionText {
                lang,
                prompt: r.try_get::<Option<String>, _>("prompt")?.unwrap_or_default(),
                choices: labels.lines().map(str::to_string).filter(|l| !l.is_empty()).collect(),
                low: r.try_get::<Option<String>, _>("low_label")?.unwrap_or_default(),
                high: r.try_get::<Option<String>, _>("high_label")?.unwrap_or_default(),
            });
        }
    }
    Ok(out)
}

async fn put_question_texts(conn: &mut sqlx::AnyConnection, question_id: i64, texts: &[QuestionText]) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM question_texts WHERE question_id = $1").bind(question_id).execute(&mut *conn).await?;
    for t in texts {
        put_question_text(conn, question_id, t).await?;
    }
    Ok(())
}

/// Stores a question's text in one language, replacing it.
pub async fn put_question_text(conn: &mut sqlx::AnyConnection, question_id: i64, t: &QuestionText) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO question_texts (question_id, lang, prompt, choices, low_label, high_label) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (question_id, lang) DO UPDATE SET prompt = excluded.prompt, choices = excluded.choices,
         low_label = excluded.low_label, high_label = excluded.high_label",
    )
    .bind(question_id)
    .bind(&t.lang)
    .bind(&t.prompt)
    .bind(t.choices.join("\n"))
    .bind(&t.low)
    .bind(&t.high)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Adds a question at the end of a draft; `None` when it is no longer a draft.
pub async fn add_question(conn: &mut sqlx::AnyConnection, consultation_id: i64, q: &QuestionDraft) -> sqlx::Result<Option<i64>> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO questions (consultation_id, position, kind, required, min_picks, max_picks, max_chars, choices)
         SELECT c.id, COALESCE((SELECT MAX(position) + 1 FROM questions WHERE consultation_id = c.id), 0), $2, $3, $4, $5, $6, $7
         FROM consultations c WHERE c.id = $1 AND c.status = 'draft' RETURNING id",
    )
    .bind(consultation_id)
    .bind(q.kind.as_str())
    .bind(i64::from(q.required))
    .bind(q.min_picks as i64)
    .bind(q.max_picks as i64)
    .bind(q.max_chars as i64)
    .bind(q.choices as i64)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = id {
        put_question_texts(conn, id, &q.texts).await?;
    }
    Ok(id)
}

/// Replaces a draft's question; false when there is no such question in a draft.
pub async fn update_question(
    conn: &mut sqlx::AnyConnection,
    consultation_id: i64,
    question_id: i64,
    q: &QuestionDraft,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE questions SET kind = $1, required = $2, min_picks = $3, max_picks = $4, max_chars = $5, choices = $6
         WHERE id = $7 AND consultation_id = $8 AND EXISTS (SELECT 1 FROM consultations WHERE id = $8 AND status = 'draft')",
    )
    .bind(q.kind.as_str())
    .bind(i64::from(q.required))
    .bind(q.min_picks as i64)
    .bind(q.max_picks as i64)
    .bind(q.max_chars as i64)
    .bind(q.choices as i64)
    .bind(question_id)
    .bind(consultation_id)
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if done {
        put_question_texts(conn, question_id, &q.texts).await?;
    }
    Ok(done)
}

/// Removes a draft's question and closes the gap in positions.
pub async fn remove_question(conn: &mut sqlx::AnyConnection, consultation_id: i64, question_id: i64) -> sqlx::Result<bool> {
    let pos: Option<i64> = sqlx::query_scalar(
        "DELETE FROM questions WHERE id = $1 AND consultation_id = $2
         AND EXISTS (SELECT 1 FROM consultations WHERE id = $2 AND status = 'draft') RETURNING position",
    )
    .bind(question_id)
    .bind(consultation_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(pos) = pos else { return Ok(false) };
    // Two steps, so that the unique (consultation, position) never sees two rows on one place.
    sqlx::query("UPDATE questions SET position = -position WHERE consultation_id = $1 AND position > $2")
        .bind(consultation_id)
        .bind(pos)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE questions SET position = -position - 1 WHERE consultation_id = $1 AND position < 0")
        .bind(consultation_id)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// Moves a consultation between statuses, stamping closing and publishing; false when it was
/// not in `from`.
pub async fn set_status<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, from: Status, to: Status) -> sqlx::Result<bool> {
    let q = match to {
        Status::Published => sqlx::query("UPDATE consultations SET status = $1, published_at = $4 WHERE id = $2 AND status = $3"),
        Status::Closed => sqlx::query("UPDATE consultations SET status = $1, closed_at = $4 WHERE id = $2 AND status = $3"),
        _ => sqlx::query("UPDATE consultations SET status = $1 WHERE id = $2 AND status = $3"),
    };
    let q = q.bind(to.as_str()).bind(id).bind(from.as_str());
    let q = if matches!(to, Status::Published | Status::Closed) { q.bind(now()) } else { q };
    Ok(q.execute(conn).await?.rows_affected() == 1)
}

/// Open consultations whose closing time has passed.
pub async fn due(db: &Db, at: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar("SELECT id FROM consultations WHERE status = 'open' AND closes_at <= $1 ORDER BY id LIMIT 100")
        .bind(at)
        .fetch_all(db)
        .await
}

/// Closes consultation `id` if it is open and due: the one statement that decides which
/// server closes it.
pub async fn close_if_due(conn: &mut sqlx::AnyConnection, id: i64, at: i64) -> sqlx::Result<bool> {
    let n = sqlx::query("UPDATE consultations SET status = 'closed', closed_at = $1 WHERE id = $2 AND status = 'open' AND closes_at <= $1")
        .bind(at)
        .bind(id)
        .execute(conn)
        .await?
        .rows_affected();
    Ok(n == 1)
}

/// Stores counted results (JSON) and the number of respondents.
pub async fn store_results<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, results: &str, respondents: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE consultations SET results = $1, respondents = $2 WHERE id = $3")
        .bind(results)
        .bind(respondents)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Deletes a draft.
pub async fn delete_draft(conn: &mut sqlx::AnyConnection, id: i64) -> sqlx::Result<bool> {
    Ok(sqlx::query("DELETE FROM consultations WHERE id = $1 AND status = 'draft'").bind(id).execute(conn).await?.rows_affected() == 1)
}

/// A line of a consultation list: the consultation and its title in the reader's language.
#[derive(Clone, Debug)]
pub struct Listed {
    /// The consultation.
    pub consultation: Consultation,
    /// Title in the wanted language, else in another.
    pub title: String,
    /// The title's language.
    pub title_lang: String,
}

/// A municipality's consultations, newest first; drafts and closed-unpublished ones only
/// when `include_internal`.
pub async fn list(db: &Db, municipality_id: i64, lang: &str, include_internal: bool) -> sqlx::Result<Vec<Listed>> {
    let cols = COLUMNS.split(", ").map(|c| format!("c.{c}")).collect::<Vec<_>>().join(", ");
    let filter = if include_internal { "" } else { " AND c.status IN ('open', 'published')" };
    let sql = format!(
        "SELECT {cols}, t.title, t.lang FROM consultations c JOIN consultation_texts t ON t.consultation_id = c.id
         AND t.lang = COALESCE((SELECT lang FROM consultation_texts WHERE consultation_id = c.id AND lang = $2),
                               (SELECT MIN(lang) FROM consultation_texts WHERE consultation_id = c.id))
         WHERE c.municipality_id = $1{filter} ORDER BY c.id DESC LIMIT 100"
    );
    let rows = sqlx::query(&sql).bind(municipality_id).bind(lang).fetch_all(db).await?;
    rows.iter().map(|r| Ok(Listed { consultation: from_row(r)?, title: r.try_get("title")?, title_lang: r.try_get("lang")? })).collect()
}

/// Consultations (not yet closed) of the municipalities in which some text lacks a language:
/// `(id, municipality id, languages it has)` for the translators' queue.
pub async fn needing_texts(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<(i64, Vec<String>)>> {
    let rows = sqlx::query(
        "SELECT c.id, t.lang FROM consultations c JOIN consultation_texts t ON t.consultation_id = c.id
         WHERE c.municipality_id = $1 AND c.status IN ('draft', 'open') ORDER BY c.id, t.lang",
    )
    .bind(municipality_id)
    .fetch_all(db)
    .await?;
    let mut out: Vec<(i64, Vec<String>)> = Vec::new();
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        let lang: String = r.try_get("lang")?;
        match out.last_mut() {
            Some((last, langs)) if *last == id => langs.push(lang),
            _ => out.push((id, vec![lang])),
        }
    }
    Ok(out)
}

/// Moves an open consultation's closing time to `at` (the council ends it early); false when
/// it is not open.
pub async fn end_early(db: &Db, municipality_id: i64, id: i64, at: i64) -> sqlx::Result<bool> {
    let n = sqlx::query(
        "UPDATE consultations SET closes_at = $1 WHERE id = $2 AND municipality_id = $3 AND status = 'open' AND closes_at > $1",
    )
    .bind(at)
    .bind(id)
    .bind(municipality_id)
    .execute(db)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Tells everyone who took part (handed in answers, reacted or wrote a statement) that the
/// consultation reached `status`, in one statement.
pub async fn notify_participants(conn: &mut sqlx::AnyConnection, id: i64, status: &str) -> sqlx::Result<u64> {
    let subject = super::notifications::Subject::Consultation(id);
    let sql = format!(
        "INSERT INTO notifications (user_id, kind, subject_id, status, created_at, delivered_at)
         SELECT p.user_id, $4, $1, $2, $3, {} FROM (
             SELECT user_id FROM responses WHERE consultation_id = $1 AND submitted_at IS NOT NULL
             UNION SELECT user_id FROM reactions WHERE consultation_id = $1
             UNION SELECT author_id AS user_id FROM statements WHERE consultation_id = $1 AND author_id IS NOT NULL) p",
        super::notifications::pending("p.user_id")
    );
    Ok(sqlx::query(&sql).bind(subject.id()).bind(status).bind(super::now()).bind(subject.kind()).execute(conn).await?.rows_affected())
}
