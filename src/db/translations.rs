//! Translations of issues, comments and official answers into the languages of their
//! municipality.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};

/// What kind of text a translation belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An issue: title and description.
    Issue,
    /// A comment on an issue: a body only (the title is empty).
    Comment,
    /// An official answer: a body only.
    Answer,
    /// A council's recommendation: title and text.
    Recommendation,
    /// The city's answer to a recommendation: its reason (a body only; the content id is the
    /// point).
    OfficialResponse,
    /// A progress report on an answered recommendation: a body only.
    Progress,
}

impl Kind {
    /// Every kind, in the order the translators' queue lists them.
    pub const ALL: [Kind; 6] = [Kind::Issue, Kind::Answer, Kind::Comment, Kind::Recommendation, Kind::OfficialResponse, Kind::Progress];

    /// The stored (and URL) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Issue => "issue",
            Kind::Comment => "comment",
            Kind::Answer => "answer",
            Kind::Recommendation => "recommendation",
            Kind::OfficialResponse => "official_response",
            Kind::Progress => "progress",
        }
    }

    /// Parses a stored or URL name.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether texts of this kind have a title.
    pub fn has_title(self) -> bool {
        matches!(self, Kind::Issue | Kind::Recommendation)
    }

    /// Whether texts of this kind belong to an issue (else to a forwarded summary).
    pub fn of_issue(self) -> bool {
        matches!(self, Kind::Issue | Kind::Comment | Kind::Answer)
    }
}

/// A stored translation.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Translation {
    /// What is translated.
    pub kind: Kind,
    /// Translated content id (an issue, comment or answer).
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
    let kind: String = r.try_get("kind")?;
    Ok(Translation {
        kind: Kind::parse(&kind).unwrap_or(Kind::Issue),
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
    /// What is translated.
    pub kind: Kind,
    /// Issue, comment or answer id.
    pub content_id: i64,
    /// Target language.
    pub lang: &'a str,
    /// Title (empty for comments and answers).
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
/// overwritten by a machine), and only while the original still reads `source_title` and
/// `source_body` (what was translated): one statement, so a redaction in between wins.
pub async fn insert_machine<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    t: &NewTranslation<'_>,
    source_title: &str,
    source_body: &str,
) -> sqlx::Result<()> {
    let (table, id, body, title) = match t.kind {
        Kind::Issue => ("issues", "id", "body", "title = $8"),
        Kind::Comment => ("comments", "id", "body", "$8 = ''"),
        Kind::Answer => ("answers", "id", "body", "$8 = ''"),
        Kind::Recommendation => ("recommendations", "id", "body", "title = $8"),
        Kind::OfficialResponse => ("official_responses", "point_id", "reason", "$8 = ''"),
        Kind::Progress => ("progress_updates", "id", "body", "$8 = ''"),
    };
    sqlx::query(&format!(
        "INSERT INTO translations (kind, content_id, lang, title, body, source, reviewed, updated_at)
         SELECT $1, $2, $3, $4, $5, 'machine', 0, $6 WHERE EXISTS (SELECT 1 FROM {table} WHERE {id} = $2 AND {body} = $7 AND {title})
         ON CONFLICT (kind, content_id, lang) DO NOTHING"
    ))
    .bind(t.kind.as_str())
    .bind(t.content_id)
    .bind(t.lang)
    .bind(t.title)
    .bind(t.body)
    .bind(now())
    .bind(source_body)
    .bind(source_title)
    .execute(conn)
    .await?;
    Ok(())
}

/// Stores a volunteer's translation or review, replacing what was there.
pub async fn upsert<'c>(conn: impl sqlx::AnyExecutor<'c>, t: &NewTranslation<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO translations (kind, content_id, lang, title, body, source, reviewed, translator_id, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (kind, content_id, lang) DO UPDATE SET title = excluded.title, body = excluded.body, source = excluded.source,
         reviewed = excluded.reviewed, translator_id = excluded.translator_id, updated_at = excluded.updated_at",
    )
    .bind(t.kind.as_str())
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

/// The translation of one text into one language.
pub async fn get(db: &Db, kind: Kind, content_id: i64, lang: &str) -> sqlx::Result<Option<Translation>> {
    let row = sqlx::query(
        "SELECT kind, content_id, lang, title, body, source, reviewed FROM translations WHERE kind = $1 AND content_id = $2 AND lang = $3",
    )
    .bind(kind.as_str())
    .bind(content_id)
    .bind(lang)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// The translations of an issue, its official answers and its published comments, in one
/// query (into `lang` only, when given).
pub async fn around_issue(db: &Db, issue_id: i64, lang: Option<&str>) -> sqlx::Result<Vec<Translation>> {
    let only = if lang.is_some() { "AND lang = $2" } else { "" };
    let q = format!(
        "SELECT kind, content_id, lang, title, body, source, reviewed FROM translations
         WHERE ((kind = 'issue' AND content_id = $1)
             OR (kind = 'answer' AND content_id IN (SELECT id FROM answers WHERE issue_id = $1))
             OR (kind = 'comment' AND content_id IN (SELECT id FROM comments WHERE issue_id = $1))) {only}
         ORDER BY kind, content_id, lang"
    );
    let mut query = sqlx::query(&q).bind(issue_id);
    if let Some(l) = lang {
        query = query.bind(l);
    }
    query.fetch_all(db).await?.iter().map(from_row).collect()
}

/// Drops every translation of a text (its original changed).
pub async fn drop_all<'c>(conn: impl sqlx::AnyExecutor<'c>, kind: Kind, content_id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM translations WHERE kind = $1 AND content_id = $2").bind(kind.as_str()).bind(content_id).execute(conn).await?;
    Ok(())
}

/// Translations of several texts of one kind into one language (for listings and pages).
pub async fn for_many(db: &Db, kind: Kind, ids: &[i64], lang: &str) -> sqlx::Result<Vec<Translation>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // Ids are integers from our own rows: safe to inline, and one statement for any count.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let rows = sqlx::query(&format!(
        "SELECT kind, content_id, lang, title, body, source, reviewed FROM translations WHERE kind = $1 AND lang = $2 AND content_id IN ({list})"
    ))
    .bind(kind.as_str())
    .bind(lang)
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// One piece of translation work: a text lacking a (reviewed) translation into `to`.
#[derive(Clone, Debug)]
pub struct Work {
    /// What to translate.
    pub kind: Kind,
    /// Its id.
    pub content_id: i64,
    /// The issue it belongs to (itself for an issue; the point for a summary's texts).
    pub issue_id: i64,
    /// Original title, or the start of the text for comments and answers.
    pub title: String,
    /// Original language.
    pub from: String,
    /// Target language.
    pub to: String,
    /// Whether a machine translation waits for review.
    pub machine: bool,
}

/// Public texts of a municipality (issues, then official answers, then comments) missing a
/// human or reviewed translation into one of `languages`, oldest first.
pub async fn queue(db: &Db, municipality_id: i64, languages: &[String], limit: usize) -> sqlx::Result<Vec<Work>> {
    let mut work = Vec::new();
    for kind in Kind::ALL {
        // Issue texts count while their issue is public; summary texts are public once forwarded.
        const PUBLIC_ISSUE: &str = "i.municipality_id = $1 AND i.status IN ('published', 'forwarded', 'answered', 'resolved')";
        let (select, from, id, condition, order) = match kind {
            Kind::Issue => ("i.id, i.id AS issue_id, i.title AS excerpt, i.lang", "issues i", "i.id", PUBLIC_ISSUE, "i.published_at, i.id"),
            Kind::Answer => (
                "x.id, x.issue_id, x.body AS excerpt, x.lang",
                "answers x JOIN issues i ON i.id = x.issue_id",
                "x.id",
                PUBLIC_ISSUE,
                "x.id",
            ),
            Kind::Comment => (
                "x.id, x.issue_id, x.body AS excerpt, x.lang",
                "comments x JOIN issues i ON i.id = x.issue_id",
                "x.id",
                "i.municipality_id = $1 AND i.status IN ('published', 'forwarded', 'answered', 'resolved') AND x.status = 'published'",
                "x.id",
            ),
            Kind::Recommendation => (
                "x.id, COALESCE(x.point_id, x.id) AS issue_id, x.title AS excerpt, x.lang",
                "recommendations x JOIN summaries s ON s.id = x.summary_id",
                "x.id",
                "s.municipality_id = $1 AND s.status = 'forwarded'",
                "x.id",
            ),
            Kind::OfficialResponse => (
                "x.point_id AS id, x.point_id AS issue_id, x.reason AS excerpt, x.lang",
                "official_responses x",
                "x.point_id",
                "x.municipality_id = $1",
                "x.point_id",
            ),
            Kind::Progress => (
                "x.id, x.point_id AS issue_id, x.body AS excerpt, x.lang",
                "progress_updates x JOIN official_responses o ON o.point_id = x.point_id",
                "x.id",
                "o.municipality_id = $1",
                "x.id",
            ),
        };
        let rows = sqlx::query(&format!(
            "SELECT {select}, t.lang AS t_lang, t.source, t.reviewed FROM {from}
             LEFT JOIN translations t ON t.kind = $2 AND t.content_id = {id}
             WHERE {condition}
             ORDER BY {order} LIMIT 5000"
        ))
        .bind(municipality_id)
        .bind(kind.as_str())
        .fetch_all(db)
        .await?;
        /// One text and its existing translations: (language, done by or checked by a person).
        struct Text {
            id: i64,
            issue_id: i64,
            excerpt: String,
            from: String,
            translated: Vec<(String, bool)>,
        }
        let mut texts: Vec<Text> = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            if texts.last().is_none_or(|last| last.id != id) {
                let excerpt: String = r.try_get("excerpt")?;
                let excerpt =
                    if excerpt.chars().count() > 90 { format!("{}…", excerpt.chars().take(90).collect::<String>()) } else { excerpt };
                texts.push(Text { id, issue_id: r.try_get("issue_id")?, excerpt, from: r.try_get("lang")?, translated: Vec::new() });
            }
            if let (Some(lang), Some(last)) = (r.try_get::<Option<String>, _>("t_lang")?, texts.last_mut()) {
                let done = r.try_get::<Option<String>, _>("source")?.as_deref() == Some("human")
                    || r.try_get::<Option<i64>, _>("reviewed")? == Some(1);
                last.translated.push((lang, done));
            }
        }
        for text in texts {
            for to in languages.iter().filter(|l| **l != text.from) {
                match text.translated.iter().find(|(l, _)| l == to) {
                    Some((_, true)) => {}
                    found => work.push(Work {
                        kind,
                        content_id: text.id,
                        issue_id: text.issue_id,
                        title: text.excerpt.clone(),
                        from: text.from.clone(),
                        to: to.clone(),
                        machine: found.is_some(),
                    }),
                }
                if work.len() >= limit {
                    return Ok(work);
                }
            }
        }
    }
    Ok(work)
}
