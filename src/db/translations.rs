//! Translations of issues into the languages of their municipality.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};

/// A stored translation.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Translation {
    /// Translated content id (an issue).
    pub content_id: i64,
    /// Target language.
    pub lang: String,
    /// Translated title.
    pub title: String,
    /// Translated description.
    pub body: String,
    /// `machine` or `human`.
    pub source: String,
    /// Whether a person reviewed it.
    pub reviewed: bool,
}

impl Translation {
    /// Whether a machine made it.
    pub fn is_machine(&self) -> bool {
        self.source == "machine"
    }
}

fn from_row(r: &AnyRow) -> sqlx::Result<Translation> {
    Ok(Translation {
        content_id: r.try_get("content_id")?,
        lang: r.try_get("lang")?,
        title: r.try_get("title")?,
        body: r.try_get("body")?,
        source: r.try_get("source")?,
        reviewed: r.try_get::<i64, _>("reviewed")? != 0,
    })
}

/// A translation to store.
pub struct NewTranslation<'a> {
    /// Issue id.
    pub content_id: i64,
    /// Target language.
    pub lang: &'a str,
    /// Title.
    pub title: &'a str,
    /// Description.
    pub body: &'a str,
    /// `machine` or `human`.
    pub source: &'a str,
    /// Reviewed by a person.
    pub reviewed: bool,
    /// The volunteer who wrote or reviewed it.
    pub translator_id: Option<i64>,
}

/// Stores a machine translation unless one already exists (a person's work is never
/// overwritten by a machine).
pub async fn insert_machine<'c>(conn: impl sqlx::AnyExecutor<'c>, t: &NewTranslation<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO translations (kind, content_id, lang, title, body, source, reviewed, updated_at)
         VALUES ('issue', $1, $2, $3, $4, 'machine', 0, $5) ON CONFLICT (kind, content_id, lang) DO NOTHING",
    )
    .bind(t.content_id)
    .bind(t.lang)
    .bind(t.title)
    .bind(t.body)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// Stores a volunteer's translation or review, replacing what was there.
pub async fn upsert<'c>(conn: impl sqlx::AnyExecutor<'c>, t: &NewTranslation<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO translations (kind, content_id, lang, title, body, source, reviewed, translator_id, updated_at)
         VALUES ('issue', $1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (kind, content_id, lang) DO UPDATE SET title = excluded.title, body = excluded.body, source = excluded.source,
         reviewed = excluded.reviewed, translator_id = excluded.translator_id, updated_at = excluded.updated_at",
    )
    .bind(t.content_id)
    .bind(t.lang)
    .bind(t.title)
    .bind(t.body)
    .bind(t.source)
    .bind(i64::from(t.reviewed))
    .bind(t.translator_id)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// The translation of one issue into one language.
pub async fn get(db: &Db, content_id: i64, lang: &str) -> sqlx::Result<Option<Translation>> {
    let row = sqlx::query(
        "SELECT content_id, lang, title, body, source, reviewed FROM translations WHERE kind = 'issue' AND content_id = $1 AND lang = $2",
    )
    .bind(content_id)
    .bind(lang)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// Translations of several issues into one language (for listings).
pub async fn for_many(db: &Db, ids: &[i64], lang: &str) -> sqlx::Result<Vec<Translation>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // Ids are integers from our own rows: safe to inline, and one statement for any count.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let rows = sqlx::query(&format!(
        "SELECT content_id, lang, title, body, source, reviewed FROM translations WHERE kind = 'issue' AND lang = $1 AND content_id IN ({list})"
    ))
    .bind(lang)
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// One piece of translation work: an issue lacking a (reviewed) translation into `lang`.
#[derive(Clone, Debug)]
pub struct Work {
    /// Issue id.
    pub issue_id: i64,
    /// Original title.
    pub title: String,
    /// Original language.
    pub from: String,
    /// Target language.
    pub to: String,
    /// Whether a machine translation waits for review.
    pub machine: bool,
}

/// Published issues of a municipality missing a human or reviewed translation into one of
/// `languages`, oldest first.
pub async fn queue(db: &Db, municipality_id: i64, languages: &[String], limit: usize) -> sqlx::Result<Vec<Work>> {
    let rows = sqlx::query(
        "SELECT i.id, i.title, i.lang, t.lang AS t_lang, t.source, t.reviewed FROM issues i
         LEFT JOIN translations t ON t.kind = 'issue' AND t.content_id = i.id
         WHERE i.municipality_id = $1 AND i.status IN ('published', 'forwarded', 'answered', 'resolved')
         ORDER BY i.published_at, i.id LIMIT 5000",
    )
    .bind(municipality_id)
    .fetch_all(db)
    .await?;
    /// One issue and its existing translations: (language, done by or checked by a person).
    struct Row {
        id: i64,
        title: String,
        from: String,
        translated: Vec<(String, bool)>,
    }
    let mut issues: Vec<Row> = Vec::new();
    for r in &rows {
        let id: i64 = r.try_get("id")?;
        if issues.last().is_none_or(|last| last.id != id) {
            issues.push(Row { id, title: r.try_get("title")?, from: r.try_get("lang")?, translated: Vec::new() });
        }
        if let (Some(lang), Some(last)) = (r.try_get::<Option<String>, _>("t_lang")?, issues.last_mut()) {
            let done = r.try_get::<Option<String>, _>("source")?.as_deref() == Some("human")
                || r.try_get::<Option<i64>, _>("reviewed")? == Some(1);
            last.translated.push((lang, done));
        }
    }
    let mut work = Vec::new();
    for issue in issues {
        for to in languages.iter().filter(|l| **l != issue.from) {
            match issue.translated.iter().find(|(l, _)| l == to) {
                Some((_, true)) => {}
                found => work.push(Work {
                    issue_id: issue.id,
                    title: issue.title.clone(),
                    from: issue.from.clone(),
                    to: to.clone(),
                    machine: found.is_some(),
                }),
            }
            if work.len() >= limit {
                return Ok(work);
            }
        }
    }
    Ok(work)
}
