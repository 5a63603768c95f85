//! Issues, their status timeline and their supports.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};

pub use super::listing::{Filter, Sort, list, similar};

/// Statuses the public sees.
pub const PUBLIC_STATUSES: [&str; 4] = ["published", "forwarded", "answered", "resolved"];

/// An issue as stored, with its author's name (for moderators and the author).
#[derive(Clone, Debug, serde::Serialize)]
pub struct Issue {
    /// Row id.
    pub id: i64,
    /// Municipality.
    pub municipality_id: i64,
    /// Author (None after the author deleted their account).
    pub author_id: Option<i64>,
    /// Author's pseudonym (never shown to the public when `anonymous`).
    pub author_name: Option<String>,
    /// "Show me as anonymous".
    pub anonymous: bool,
    /// Title, in the original language.
    pub title: String,
    /// Description, in the original language.
    pub body: String,
    /// Original language tag.
    pub lang: String,
    /// Category.
    pub theme_id: i64,
    /// Neighbourhood.
    pub neighbourhood_id: Option<i64>,
    /// Current status.
    pub status: String,
    /// Number of supports.
    pub supports: i64,
    /// Epoch seconds.
    pub created_at: i64,
    /// Epoch seconds, once public.
    pub published_at: Option<i64>,
    /// The issue this one was merged into.
    pub merged_into: Option<i64>,
    /// A moderator asked the author to change the text.
    pub edit_requested: bool,
    /// Epoch seconds of the latest official answer.
    pub answered_at: Option<i64>,
}

impl Issue {
    /// Whether anyone may see it.
    pub fn is_public(&self) -> bool {
        PUBLIC_STATUSES.contains(&self.status.as_str())
    }
}

pub(super) const COLUMNS: &str =
    "i.id, i.municipality_id, i.author_id, u.username AS author_name, i.anonymous, i.title, i.body, i.lang, i.theme_id,
     i.neighbourhood_id, i.status, i.supports, i.created_at, i.published_at, i.merged_into,
     i.edit_requested, i.answered_at";

pub(super) fn from_row(r: &AnyRow) -> sqlx::Result<Issue> {
    Ok(Issue {
        id: r.try_get("id")?,
        municipality_id: r.try_get("municipality_id")?,
        author_id: r.try_get("author_id")?,
        author_name: r.try_get("author_name")?,
        anonymous: r.try_get::<i64, _>("anonymous")? != 0,
        title: r.try_get("title")?,
        body: r.try_get("body")?,
        lang: r.try_get("lang")?,
        theme_id: r.try_get("theme_id")?,
        neighbourhood_id: r.try_get("neighbourhood_id")?,
        status: r.try_get("status")?,
        supports: r.try_get("supports")?,
        created_at: r.try_get("created_at")?,
        published_at: r.try_get("published_at")?,
        merged_into: r.try_get("merged_into")?,
        edit_requested: r.try_get::<i64, _>("edit_requested")? != 0,
        answered_at: r.try_get("answered_at")?,
    })
}

/// A new issue.
pub struct NewIssue<'a> {
    /// Municipality.
    pub municipality_id: i64,
    /// Author.
    pub author_id: i64,
    /// Hidden author.
    pub anonymous: bool,
    /// Title.
    pub title: &'a str,
    /// Description.
    pub body: &'a str,
    /// Language tag.
    pub lang: &'a str,
    /// Category.
    pub theme_id: i64,
    /// Tags.
    pub tag_ids: &'a [i64],
    /// Neighbourhood.
    pub neighbourhood_id: Option<i64>,
    /// `submitted` (pre-moderation) or `published` (post-moderation).
    pub status: &'a str,
}

/// Inserts an issue with its tags and the first timeline entries.
pub async fn insert(conn: &mut sqlx::AnyConnection, n: &NewIssue<'_>) -> sqlx::Result<i64> {
    let t = now();
    let published_at = (n.status == "published").then_some(t);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO issues (municipality_id, author_id, anonymous, title, body, lang, theme_id, neighbourhood_id, status, created_at, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(n.municipality_id)
    .bind(n.author_id)
    .bind(i64::from(n.anonymous))
    .bind(n.title)
    .bind(n.body)
    .bind(n.lang)
    .bind(n.theme_id)
    .bind(n.neighbourhood_id)
    .bind(n.status)
    .bind(t)
    .bind(published_at)
    .fetch_one(&mut *conn)
    .await?;
    add_tags(&mut *conn, id, n.tag_ids).await?;
    add_event(&mut *conn, id, "submitted", Some(n.author_id), None, None).await?;
    if n.status == "published" {
        add_event(&mut *conn, id, "published", None, None, None).await?;
    }
    Ok(id)
}

/// Appends to an issue's status timeline (`reason`: a message id; `note`: a moderator's words).
pub async fn add_event<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    issue_id: i64,
    status: &str,
    actor: Option<i64>,
    reason: Option<&str>,
    note: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO issue_events (issue_id, status, actor_id, reason, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(issue_id)
        .bind(status)
        .bind(actor)
        .bind(reason)
        .bind(note)
        .bind(now())
        .execute(conn)
        .await?;
    Ok(())
}

/// The issue `id` of a municipality.
pub async fn by_id(db: &Db, municipality_id: i64, id: i64) -> sqlx::Result<Option<Issue>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM issues i LEFT JOIN users u ON u.id = i.author_id WHERE i.id = $1 AND i.municipality_id = $2"
    ))
    .bind(id)
    .bind(municipality_id)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(from_row).transpose()
}

/// The municipality of issue `id`.
pub async fn municipality_of(db: &Db, id: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT municipality_id FROM issues WHERE id = $1").bind(id).fetch_optional(db).await
}

/// One step of the status timeline.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Event {
    /// Status reached.
    pub status: String,
    /// Reason message id (for rejections).
    pub reason: Option<String>,
    /// The moderator's note to the author.
    pub note: Option<String>,
    /// Epoch seconds.
    pub created_at: i64,
}

/// The status timeline of an issue, oldest first.
pub async fn events(db: &Db, issue_id: i64) -> sqlx::Result<Vec<Event>> {
    let rows = sqlx::query("SELECT status, reason, note, created_at FROM issue_events WHERE issue_id = $1 ORDER BY id")
        .bind(issue_id)
        .fetch_all(db)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Event {
                status: r.try_get("status")?,
                reason: r.try_get("reason")?,
                note: r.try_get("note")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// Records a support; `false` when the person already supported the issue.
pub async fn support(conn: &mut sqlx::AnyConnection, issue_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let added =
        sqlx::query("INSERT INTO supports (issue_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT (issue_id, user_id) DO NOTHING")
            .bind(issue_id)
            .bind(user_id)
            .bind(now())
            .execute(&mut *conn)
            .await?
            .rows_affected()
            == 1;
    if added {
        sqlx::query("UPDATE issues SET supports = supports + 1 WHERE id = $1").bind(issue_id).execute(&mut *conn).await?;
    }
    Ok(added)
}

/// Withdraws a support; `false` when there was none.
pub async fn withdraw(conn: &mut sqlx::AnyConnection, issue_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let removed = sqlx::query("DELETE FROM supports WHERE issue_id = $1 AND user_id = $2")
        .bind(issue_id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?
        .rows_affected()
        == 1;
    if removed {
        sqlx::query("UPDATE issues SET supports = supports - 1 WHERE id = $1").bind(issue_id).execute(&mut *conn).await?;
    }
    Ok(removed)
}

/// Whether a person supports an issue.
pub async fn supports(db: &Db, issue_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM supports WHERE issue_id = $1 AND user_id = $2")
        .bind(issue_id)
        .bind(user_id)
        .fetch_one(db)
        .await?;
    Ok(n > 0)
}

/// Issues raised by one person (for their data export).
pub async fn by_author(db: &Db, user_id: i64) -> sqlx::Result<Vec<Issue>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM issues i LEFT JOIN users u ON u.id = i.author_id WHERE i.author_id = $1 ORDER BY i.id"
    ))
    .bind(user_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Ids of the issues one person supports.
pub async fn supported_by(db: &Db, user_id: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar("SELECT issue_id FROM supports WHERE user_id = $1 ORDER BY issue_id").bind(user_id).fetch_all(db).await
}

/// Before an account is deleted: withdraws its supports (keeping counts right), removes its
/// issues where the municipality's policy says `remove`, and leaves the rest to become
/// anonymous (the author reference is cleared by the foreign key).
pub async fn forget_author(conn: &mut sqlx::AnyConnection, user_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE issues SET supports = supports - 1 WHERE id IN (SELECT issue_id FROM supports WHERE user_id = $1)")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM supports WHERE user_id = $1").bind(user_id).execute(&mut *conn).await?;
    sqlx::query(
        "DELETE FROM issues WHERE author_id = $1
         AND municipality_id IN (SELECT id FROM municipalities WHERE deleted_account_content = 'remove')",
    )
    .bind(user_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE issues SET anonymous = 1 WHERE author_id = $1").bind(user_id).execute(&mut *conn).await?;
    Ok(())
}

/// Issues waiting for a moderator: submitted, hidden, or public with open reports; oldest first.
pub async fn moderation_queue(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<Issue>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM issues i LEFT JOIN users u ON u.id = i.author_id WHERE i.municipality_id = $1
         AND ((i.status IN ('submitted', 'hidden') AND i.edit_requested = 0)
              OR EXISTS (SELECT 1 FROM reports r WHERE r.issue_id = i.id AND r.resolved_at IS NULL))
         ORDER BY i.created_at, i.id LIMIT 200"
    ))
    .bind(municipality_id)
    .fetch_all(db)
    .await?;
    rows.iter().map(from_row).collect()
}

/// Sets the status; the first publication also sets `published_at`.
pub async fn set_status<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, status: &str) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE issues SET status = $1,
         published_at = CASE WHEN $1 = 'published' AND published_at IS NULL THEN $2 ELSE published_at END WHERE id = $3",
    )
    .bind(status)
    .bind(now())
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes a public issue out of view, remembering the status it had; `false` when it was not
/// public (nothing changes).
pub async fn hide<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<bool> {
    let r = sqlx::query(
        "UPDATE issues SET hidden_from = status, status = 'hidden' WHERE id = $1 AND status IN ('published', 'forwarded', 'answered', 'resolved')",
    )
    .bind(id)
    .execute(conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Returns a hidden issue to the status it had before it was hidden (published when that is
/// not known); the status it is back in.
pub async fn restore<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<String> {
    let status: Option<String> = sqlx::query_scalar(
        "UPDATE issues SET status = COALESCE(hidden_from, 'published'), hidden_from = NULL,
         published_at = COALESCE(published_at, $2) WHERE id = $1 AND status = 'hidden' RETURNING status",
    )
    .bind(id)
    .bind(now())
    .fetch_optional(conn)
    .await?;
    Ok(status.unwrap_or_else(|| "published".into()))
}

/// Merges `source` into `target`: supports move over (once per person), the source is marked
/// merged and points at the target.
pub async fn merge(conn: &mut sqlx::AnyConnection, source: i64, target: i64) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO supports (issue_id, user_id, created_at) SELECT $1, user_id, created_at FROM supports WHERE issue_id = $2
         ON CONFLICT (issue_id, user_id) DO NOTHING",
    )
    .bind(target)
    .bind(source)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM supports WHERE issue_id = $1").bind(source).execute(&mut *conn).await?;
    sqlx::query("UPDATE issues SET supports = (SELECT COUNT(*) FROM supports WHERE issue_id = $1) WHERE id = $1")
        .bind(target)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE issues SET status = 'merged', merged_into = $1, supports = 0 WHERE id = $2")
        .bind(target)
        .bind(source)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The issue another was merged into.
pub async fn merged_into(db: &Db, id: i64) -> sqlx::Result<Option<i64>> {
    Ok(sqlx::query_scalar::<_, Option<i64>>("SELECT merged_into FROM issues WHERE id = $1").bind(id).fetch_optional(db).await?.flatten())
}

/// A moderator asks the author to change the text: the issue leaves public view and the
/// queue until the author saves a new version.
pub async fn request_edit<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE issues SET status = 'submitted', edit_requested = 1 WHERE id = $1").bind(id).execute(conn).await?;
    Ok(())
}

/// The author's new version of an issue (after a moderator asked for it).
pub struct Edit<'a> {
    /// Title.
    pub title: &'a str,
    /// Description.
    pub body: &'a str,
    /// Language tag.
    pub lang: &'a str,
    /// Category.
    pub theme_id: i64,
    /// Tags.
    pub tag_ids: &'a [i64],
    /// Neighbourhood.
    pub neighbourhood_id: Option<i64>,
    /// Hidden author.
    pub anonymous: bool,
}

/// Saves the author's new version; the issue goes back to the moderation queue.
pub async fn apply_edit(conn: &mut sqlx::AnyConnection, id: i64, e: &Edit<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE issues SET title = $1, body = $2, lang = $3, theme_id = $4, neighbourhood_id = $5, anonymous = $6, edit_requested = 0
         WHERE id = $7",
    )
    .bind(e.title)
    .bind(e.body)
    .bind(e.lang)
    .bind(e.theme_id)
    .bind(e.neighbourhood_id)
    .bind(i64::from(e.anonymous))
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM issue_tags WHERE issue_id = $1").bind(id).execute(&mut *conn).await?;
    add_tags(conn, id, e.tag_ids).await
}

/// Tags an issue.
async fn add_tags(conn: &mut sqlx::AnyConnection, id: i64, tags: &[i64]) -> sqlx::Result<()> {
    for tag in tags {
        sqlx::query("INSERT INTO issue_tags (issue_id, theme_id) VALUES ($1, $2) ON CONFLICT (issue_id, theme_id) DO NOTHING")
            .bind(id)
            .bind(tag)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
