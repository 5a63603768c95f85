//! Redactions: a moderator replaced personal data in an issue, a comment or an official
//! answer. The text itself is rewritten where it lives; the removed originals are kept here,
//! readable by global admins only.

use sqlx::Row as _;

use super::{Db, now, translations::Kind};

/// One removed original.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Redaction {
    /// Which text of the issue: the issue itself, one of its comments or official answers.
    pub kind: Kind,
    /// That text's id.
    pub content_id: i64,
    /// `title` or `body`.
    pub field: String,
    /// The text as it was.
    pub original: String,
    /// Epoch seconds.
    pub created_at: i64,
}

/// The table and the columns a kind of text lives in: (table, redactions column, has title).
fn place(kind: Kind) -> (&'static str, Option<&'static str>) {
    match kind {
        Kind::Issue => ("issues", None),
        Kind::Comment => ("comments", Some("comment_id")),
        Kind::Answer => ("answers", Some("answer_id")),
        // Never redacted here (`services::redaction` refuses them): no redactions column.
        Kind::Recommendation => ("recommendations", None),
        Kind::OfficialResponse => ("official_responses", None),
        Kind::Progress => ("progress_updates", None),
    }
}

/// Rewrites a text (`title` is ignored for comments and answers), keeping each changed field's
/// original. `issue_id` is the issue the text belongs to (the issue itself for an issue).
pub async fn rewrite(
    conn: &mut sqlx::AnyConnection,
    kind: Kind,
    issue_id: i64,
    id: i64,
    moderator: i64,
    title: &str,
    body: &str,
) -> sqlx::Result<()> {
    let (table, column) = place(kind);
    let fields: &[(&str, &str)] = if kind.has_title() { &[("title", title), ("body", body)] } else { &[("body", body)] };
    for (field, new) in fields {
        let old: String =
            sqlx::query(&format!("SELECT {field} FROM {table} WHERE id = $1")).bind(id).fetch_one(&mut *conn).await?.try_get(0)?;
        if old == *new {
            continue;
        }
        let (extra, value) = match column {
            Some(c) => (format!(", {c}"), ", $6"),
            None => (String::new(), ""),
        };
        let sql = format!(
            "INSERT INTO redactions (issue_id, field, original, moderator_id, created_at{extra}) VALUES ($1, $2, $3, $4, $5{value})"
        );
        let mut q = sqlx::query(&sql).bind(issue_id).bind(*field).bind(old).bind(moderator).bind(now());
        if column.is_some() {
            q = q.bind(id);
        }
        q.execute(&mut *conn).await?;
        sqlx::query(&format!("UPDATE {table} SET {field} = $1 WHERE id = $2")).bind(*new).bind(id).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Every original removed from an issue, its comments and its answers, oldest first.
pub async fn of_issue(db: &Db, issue_id: i64) -> sqlx::Result<Vec<Redaction>> {
    let rows = sqlx::query("SELECT comment_id, answer_id, field, original, created_at FROM redactions WHERE issue_id = $1 ORDER BY id")
        .bind(issue_id)
        .fetch_all(db)
        .await?;
    rows.iter()
        .map(|r| {
            let (comment, answer): (Option<i64>, Option<i64>) = (r.try_get("comment_id")?, r.try_get("answer_id")?);
            let (kind, content_id) = match (comment, answer) {
                (Some(c), _) => (Kind::Comment, c),
                (_, Some(a)) => (Kind::Answer, a),
                _ => (Kind::Issue, issue_id),
            };
            Ok(Redaction {
                kind,
                content_id,
                field: r.try_get("field")?,
                original: r.try_get("original")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}
