//! Issues, their status timeline and their supports.

use sqlx::{Row as _, any::AnyRow};

use super::{
    Backend, Db, now,
    search::{FEW, Matches, Search},
};

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

const COLUMNS: &str = "i.id, i.municipality_id, i.author_id, u.username AS author_name, i.anonymous, i.title, i.body, i.lang, i.theme_id,
     i.neighbourhood_id, i.status, i.supports, i.created_at, i.published_at, i.merged_into,
     i.edit_requested, i.answered_at";

fn from_row(r: &AnyRow) -> sqlx::Result<Issue> {
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

/// How the listing is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// Newest first (by publication).
    Newest,
    /// Most supported first.
    MostSupported,
    /// Answered issues, the most recent answer first.
    RecentlyAnswered,
}

/// Listing filters (all optional) and the keyset cursor.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Category id.
    pub theme: Option<i64>,
    /// Tag id.
    pub tag: Option<i64>,
    /// One of the public statuses.
    pub status: Option<String>,
    /// Original language.
    pub lang: Option<String>,
    /// Neighbourhood id.
    pub neighbourhood: Option<i64>,
    /// Words to find in the text or a translation of it.
    pub search: Option<Search>,
    /// Continue after this (sort key, id).
    pub after: Option<(i64, i64)>,
}

/// A value to bind, in order.
#[derive(Clone)]
enum Bind {
    Int(i64),
    Text(String),
}

/// The SQL of a listing as it is built: conditions and their values.
struct Query {
    sql: String,
    binds: Vec<Bind>,
}

impl Query {
    /// Adds a value and returns its placeholder.
    fn param(&mut self, b: Bind) -> String {
        self.binds.push(b);
        format!("${}", self.binds.len())
    }

    async fn fetch(self, db: &Db) -> sqlx::Result<Vec<AnyRow>> {
        let mut q = sqlx::query(&self.sql);
        for b in self.binds {
            q = match b {
                Bind::Int(i) => q.bind(i),
                Bind::Text(s) => q.bind(s),
            };
        }
        q.fetch_all(db).await
    }
}

/// How many issues have `column = value` (themes, tags and neighbourhoods belong to one
/// municipality; languages are counted within it), counting up to `limit`.
async fn count_where(db: &Db, municipality_id: i64, column: &str, value: Bind, limit: usize) -> sqlx::Result<usize> {
    let inner = match column {
        "tag" => "SELECT 1 FROM issue_tags WHERE theme_id = $1 LIMIT $2".to_string(),
        "lang" => "SELECT 1 FROM issues WHERE lang = $1 AND municipality_id = $3 LIMIT $2".to_string(),
        _ => format!("SELECT 1 FROM issues WHERE {column} = $1 LIMIT $2"),
    };
    let sql = format!("SELECT COUNT(*) FROM ({inner}) m");
    let q = sqlx::query_scalar::<_, i64>(&sql);
    let q = match value {
        Bind::Int(i) => q.bind(i),
        Bind::Text(t) => q.bind(t),
    };
    let q = q.bind(limit as i64);
    let n = if column == "lang" { q.bind(municipality_id).fetch_one(db).await? } else { q.fetch_one(db).await? };
    Ok(n as usize)
}

/// Public issues of a municipality, filtered and sorted, `limit` at a time (keyset pagination).
///
/// On SQLite the plan is chosen from the data, not left to chance: each filter first counts
/// its issues (up to [`FEW`]). A filter that nothing matches ends the search at once; the first
/// with few matches drives the query (those issues are looked up by id and sorted); when every
/// filter matches many issues, the query walks the sort's index in order and keeps issues that
/// pass every filter, which fills a page after a short walk (`+column` keeps SQLite's planner
/// from using a filter's index in that walk). PostgreSQL's planner makes the same choice from
/// its statistics, in one query.
/// A search matching more than [`FEW`] issues, with no filter narrowing them to so few, lists
/// the [`CAP`](super::search::CAP) most recent of them that pass the filters, in the order
/// asked (see [`Search::capped`]).
pub async fn list(db: &Db, backend: Backend, municipality_id: i64, sort: Sort, f: &Filter, limit: i64) -> sqlx::Result<Vec<Issue>> {
    let key = match sort {
        Sort::Newest => "i.published_at",
        Sort::MostSupported => "i.supports",
        Sort::RecentlyAnswered => "i.answered_at",
    };
    // `+` marks a column as "check, do not use an index" (SQLite only).
    let plus = if backend == Backend::Sqlite { "+" } else { "" };
    let mut q = Query {
        sql: format!("SELECT {COLUMNS} FROM issues i LEFT JOIN users u ON u.id = i.author_id WHERE i.municipality_id = $1"),
        binds: vec![Bind::Int(municipality_id)],
    };
    // The filters that can drive: (column, value).
    let mut equalities: Vec<(&str, Bind)> = Vec::new();
    if let Some(t) = f.theme {
        equalities.push(("theme_id", Bind::Int(t)));
    }
    if let Some(l) = &f.lang {
        equalities.push(("lang", Bind::Text(l.clone())));
    }
    if let Some(n) = f.neighbourhood {
        equalities.push(("neighbourhood_id", Bind::Int(n)));
    }
    if let Some(t) = f.tag {
        equalities.push(("tag", Bind::Int(t)));
    }
    // What drives the query: the search or the filter (by position) with few issues. SQLite
    // is told (its planner has no statistics to know); PostgreSQL's planner knows how common
    // each value and word is, and decides alone.
    let sqlite = backend == Backend::Sqlite;
    let mut search_matches = None;
    if let Some(search) = &f.search {
        match search.matches(db).await? {
            Matches::None => return Ok(Vec::new()),
            m => search_matches = Some(m),
        }
    }
    let mut driver: Option<usize> = None;
    if sqlite && search_matches != Some(Matches::Few) {
        for (n, (column, value)) in equalities.iter().enumerate() {
            match count_where(db, municipality_id, column, value.clone(), FEW + 1).await? {
                0 => return Ok(Vec::new()),
                c if c <= FEW => {
                    driver = Some(n);
                    break;
                }
                _ => {}
            }
        }
    }
    let driven = driver.is_some() || search_matches == Some(Matches::Few);
    // The filters, written once: the capped search below applies them too.
    let mut filters = String::new();
    match &f.status {
        Some(s) => {
            let p = q.param(Bind::Text(s.clone()));
            filters.push_str(&format!(" AND i.status = {p}"));
        }
        None => filters.push_str(" AND i.status IN ('published', 'forwarded', 'answered', 'resolved')"),
    }
    for (n, (column, value)) in equalities.into_iter().enumerate() {
        let p = q.param(value);
        let check = if driver == Some(n) { "" } else { plus };
        if column == "tag" && driver == Some(n) {
            filters.push_str(&format!(" AND i.id IN (SELECT it.issue_id FROM issue_tags it WHERE it.theme_id = {p})"));
        } else if column == "tag" {
            filters.push_str(&format!(" AND EXISTS (SELECT 1 FROM issue_tags it WHERE it.issue_id = i.id AND it.theme_id = {p})"));
        } else {
            filters.push_str(&format!(" AND {check}i.{column} = {p}"));
        }
    }
    // Issues without the sort's key (not yet answered) are not listed by it. For publication
    // this is explicit for PostgreSQL, which puts NULLs first in a descending index.
    filters.push_str(&format!(" AND {key} IS NOT NULL"));
    q.sql.push_str(&filters);
    if let (Some(search), Some(matches)) = (&f.search, search_matches) {
        // PostgreSQL's condition carries its words inline (see `Search::exact`).
        let p = if sqlite { q.param(Bind::Text(search.value().to_string())) } else { String::new() };
        match (matches, driver) {
            // Few matches: they drive (looked up by id).
            (Matches::Few, _) => {
                q.sql.push_str(&format!(" AND {}", search.few_condition(&p)));
                if let Some(cte) = search.few_cte() {
                    q.sql.insert_str(0, &cte);
                }
            }
            // A filter with few issues drives; the search only checks them.
            (_, Some(_)) => q.sql.push_str(&format!(" AND {plus}{}", search.exact(&p))),
            _ => q.sql.push_str(&format!(" AND {}", search.capped(&p, &filters))),
        }
    }
    if let Some((k, id)) = f.after {
        let (k, id) = (q.param(Bind::Int(k)), q.param(Bind::Int(id)));
        q.sql.push_str(&format!(" AND ({key} < {k} OR ({key} = {k} AND i.id < {id}))"));
    }
    let p = q.param(Bind::Int(limit));
    // When few issues drive, they are sorted rather than found by walking the sort's index.
    let order = if driven { plus } else { "" };
    q.sql.push_str(&format!(" ORDER BY {order}{key} DESC, i.id DESC LIMIT {p}"));
    q.fetch(db).await?.iter().map(from_row).collect()
}

/// Published issues matching any of `words` in their text or a translation, most supported
/// first (suggestions while raising an issue).
pub async fn similar(db: &Db, municipality_id: i64, search: Option<&Search>, limit: i64) -> sqlx::Result<Vec<Issue>> {
    let Some(search) = search else { return Ok(Vec::new()) };
    let f = Filter { search: Some(search.clone()), ..Filter::default() };
    list(db, search.backend(), municipality_id, Sort::MostSupported, &f, limit).await
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
