//! The queries behind the data part of a council summary (`services::summaries::data`): one
//! grouped scan of a municipality's issues, supports given in a period, the most supported
//! issues, their translations, and the consultations and ballots published in a period.
//!
//! Built for a municipality of a million issues and ten million supports: nothing here reads
//! rows one dimension at a time, and each query is planned from what the grouped scan already
//! counted (as `listing.rs` does for SQLite, whose planner has no statistics).

use sqlx::Row as _;

use super::{Backend, Db, issues::PUBLIC_STATUSES};

/// Which issues: a municipality, optionally one category and one neighbourhood.
#[derive(Clone, Copy, Debug)]
pub struct Within {
    /// The municipality.
    pub municipality_id: i64,
    /// One category only.
    pub theme_id: Option<i64>,
    /// One neighbourhood only.
    pub neighbourhood_id: Option<i64>,
}

impl Within {
    /// ` AND …` for the scope's filters on issues aliased `i`, numbered from `$first`.
    fn filters(&self, first: usize) -> (String, Vec<i64>) {
        let mut sql = String::new();
        let mut binds = Vec::new();
        for (column, value) in [("theme_id", self.theme_id), ("neighbourhood_id", self.neighbourhood_id)] {
            if let Some(v) = value {
                binds.push(v);
                sql.push_str(&format!(" AND i.{column} = ${}", first + binds.len() - 1));
            }
        }
        (sql, binds)
    }
}

/// Issues of one (category, language, status, neighbourhood), counted in one scan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Category.
    pub theme_id: i64,
    /// Original language.
    pub lang: String,
    /// Status now.
    pub status: String,
    /// Neighbourhood, if given.
    pub neighbourhood_id: Option<i64>,
    /// Published in the period.
    pub current: i64,
    /// Published in the period before.
    pub previous: i64,
    /// Every issue of the group, whenever published.
    pub all: i64,
    /// Their supports, whenever given.
    pub supports: i64,
}

/// Counts the scope's issues by (category, language, status, neighbourhood): those published in
/// `[from, to)`, those in `[previous_from, from)`, all of them and their supports. One pass over
/// the index `issues_for_summary`, which holds every column read here in the order grouped.
pub async fn groups(db: &Db, w: &Within, previous_from: i64, from: i64, to: i64) -> sqlx::Result<Vec<Group>> {
    let (filters, binds) = w.filters(5);
    let sql = format!(
        "SELECT i.theme_id, i.lang, i.status, i.neighbourhood_id,
         CAST(SUM(CASE WHEN i.published_at >= $2 AND i.published_at < $3 THEN 1 ELSE 0 END) AS BIGINT) AS current,
         CAST(SUM(CASE WHEN i.published_at >= $4 AND i.published_at < $2 THEN 1 ELSE 0 END) AS BIGINT) AS previous,
         COUNT(*) AS all_issues, CAST(SUM(i.supports) AS BIGINT) AS supports
         FROM issues i WHERE i.municipality_id = $1{filters}
         GROUP BY i.theme_id, i.lang, i.status, i.neighbourhood_id"
    );
    let mut q = sqlx::query(&sql).bind(w.municipality_id).bind(from).bind(to).bind(previous_from);
    for b in binds {
        q = q.bind(b);
    }
    let rows = q.fetch_all(db).await?;
    rows.iter()
        .map(|r| {
            Ok(Group {
                theme_id: r.try_get("theme_id")?,
                lang: r.try_get("lang")?,
                status: r.try_get("status")?,
                neighbourhood_id: r.try_get("neighbourhood_id")?,
                current: r.try_get("current")?,
                previous: r.try_get("previous")?,
                all: r.try_get("all_issues")?,
                supports: r.try_get("supports")?,
            })
        })
        .collect()
}

/// Supports counted up to this many rows decide how the count is made.
const PROBE: i64 = 200_000;

/// The SQL list of public statuses, for `IN (…)`.
fn public() -> String {
    PUBLIC_STATUSES.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")
}

/// How many supports were given in `[from, to)` (any municipality), counting up to `limit`.
async fn probe(db: &Db, from: i64, to: i64, limit: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM (SELECT 1 FROM supports WHERE created_at >= $1 AND created_at < $2 LIMIT $3) p")
        .bind(from)
        .bind(to)
        .bind(limit)
        .fetch_one(db)
        .await
}

/// Supports given in `[from, to)` to the scope's public issues, found by time (the index
/// `supports_by_time`), each checked against its issue.
async fn by_time(db: &Db, w: &Within, from: i64, to: i64) -> sqlx::Result<i64> {
    let (filters, binds) = w.filters(4);
    let sql = format!(
        // CROSS JOIN: SQLite keeps this order (supports by time, then their issue); PostgreSQL
        // plans it like any inner join.
        "SELECT COUNT(*) FROM supports s CROSS JOIN issues i
         WHERE i.id = s.issue_id AND s.created_at >= $2 AND s.created_at < $3 AND i.municipality_id = $1 AND i.status IN ({}){filters}",
        public()
    );
    let mut q = sqlx::query_scalar(&sql).bind(w.municipality_id).bind(from).bind(to);
    for b in binds {
        q = q.bind(b);
    }
    q.fetch_one(db).await
}

/// Supports given in the period to the scope's public issues, issue by issue (the index
/// `supports_by_issue_time`). SQLite is told which index; PostgreSQL's planner chooses.
async fn by_issue(db: &Db, backend: Backend, w: &Within, from: i64, to: i64) -> sqlx::Result<i64> {
    let (filters, binds) = w.filters(4);
    let indexed = if backend == Backend::Sqlite { " INDEXED BY supports_by_issue_time" } else { "" };
    let sql = format!(
        "SELECT COUNT(*) FROM issues i CROSS JOIN supports s{indexed}
         WHERE s.issue_id = i.id AND i.municipality_id = $1 AND i.status IN ({}){filters} AND s.created_at >= $2 AND s.created_at < $3",
        public()
    );
    let mut q = sqlx::query_scalar(&sql).bind(w.municipality_id).bind(from).bind(to);
    for b in binds {
        q = q.bind(b);
    }
    q.fetch_one(db).await
}

/// Supports given in `[from, to)` to the scope's public issues. `total` is every support of
/// those issues, whenever given (the sum of their maintained counters, from [`groups`]).
///
/// Counting ten million supports row by row takes seconds, so the count touches the fewest
/// rows it can: when few supports (of any municipality) fall in the period, those; when few fall
/// outside it, `total` less those; else the scope's issues one by one, each a short range of
/// an index.
pub async fn supports_in(db: &Db, backend: Backend, w: &Within, from: i64, to: i64, total: i64) -> sqlx::Result<i64> {
    if total == 0 || from >= to {
        return Ok(0);
    }
    if probe(db, from, to, PROBE).await? < PROBE {
        return by_time(db, w, from, to).await;
    }
    let before = probe(db, i64::MIN, from, PROBE).await?;
    let after = probe(db, to, i64::MAX, PROBE).await?;
    if before + after < PROBE {
        let outside = by_time(db, w, i64::MIN, from).await? + by_time(db, w, to, i64::MAX).await?;
        return Ok((total - outside).max(0));
    }
    by_issue(db, backend, w, from, to).await
}

/// A public issue as a summary quotes it.
#[derive(Clone, Debug)]
pub struct Quoted {
    /// Issue id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Description.
    pub body: String,
    /// Original language.
    pub lang: String,
    /// Category.
    pub theme_id: i64,
    /// Status now.
    pub status: String,
    /// Supports so far.
    pub supports: i64,
}

/// How [`top`] finds its issues.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Walk {
    /// Down the index by supports, keeping issues of the scope and period: best when they are
    /// common.
    BySupports,
    /// The issues published in the period, sorted: best when the period holds few.
    ByPeriod,
    /// The scope's category or neighbourhood, sorted: best when it holds few.
    ByScope,
}

/// The `limit` most supported public issues of the scope published in `[from, to)`, found as
/// `walk` says. SQLite is told the index; PostgreSQL's planner chooses from its statistics.
pub async fn top(db: &Db, backend: Backend, w: &Within, from: i64, to: i64, walk: Walk, limit: i64) -> sqlx::Result<Vec<Quoted>> {
    let sqlite = backend == Backend::Sqlite;
    let driver = match walk {
        Walk::BySupports => "issues_by_supports",
        Walk::ByPeriod => "issues_by_publication",
        Walk::ByScope if w.theme_id.is_some() => "issues_by_theme",
        Walk::ByScope => "issues_by_neighbourhood",
    };
    let indexed = if sqlite { format!(" INDEXED BY {driver}") } else { String::new() };
    let mut sql = format!(
        "SELECT i.id, i.title, i.body, i.lang, i.theme_id, i.status, i.supports FROM issues i{indexed}
         WHERE i.municipality_id = $1 AND i.status IN ({}) AND i.published_at >= $2 AND i.published_at < $3",
        public()
    );
    let mut binds = Vec::new();
    for (column, value) in [("theme_id", w.theme_id), ("neighbourhood_id", w.neighbourhood_id)] {
        if let Some(v) = value {
            binds.push(v);
            sql.push_str(&format!(" AND i.{column} = ${}", 3 + binds.len()));
        }
    }
    sql.push_str(&format!(" ORDER BY i.supports DESC, i.id DESC LIMIT ${}", 4 + binds.len()));
    let mut q = sqlx::query(&sql).bind(w.municipality_id).bind(from).bind(to);
    for b in binds {
        q = q.bind(b);
    }
    let rows = q.bind(limit).fetch_all(db).await?;
    rows.iter()
        .map(|r| {
            Ok(Quoted {
                id: r.try_get("id")?,
                title: r.try_get("title")?,
                body: r.try_get("body")?,
                lang: r.try_get("lang")?,
                theme_id: r.try_get("theme_id")?,
                status: r.try_get("status")?,
                supports: r.try_get("supports")?,
            })
        })
        .collect()
}

/// A stored translation of an issue: `(issue id, language, title, body, by machine, reviewed)`.
pub type IssueTranslation = (i64, String, String, String, bool, bool);

/// Every stored translation of the issues `ids`.
pub async fn translations(db: &Db, ids: &[i64]) -> sqlx::Result<Vec<IssueTranslation>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // Ids are integers from the database: safe to inline, and one statement for any number.
    let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
    let rows = sqlx::query(&format!(
        "SELECT content_id, lang, title, body, source, reviewed FROM translations
         WHERE kind = 'issue' AND content_id IN ({list}) ORDER BY content_id, lang"
    ))
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            let source: String = r.try_get("source")?;
            Ok((
                r.try_get("content_id")?,
                r.try_get("lang")?,
                r.try_get("title")?,
                r.try_get("body")?,
                source == "machine",
                r.try_get::<i64, _>("reviewed")? != 0,
            ))
        })
        .collect()
}

/// Ids of a municipality's consultations (`table` = `consultations`) or ballots (`ballots`)
/// whose results were published in `[from, to)`, oldest first.
pub async fn published_in(db: &Db, table: &str, municipality_id: i64, from: i64, to: i64) -> sqlx::Result<Vec<i64>> {
    let table = if table == "ballots" { "ballots" } else { "consultations" };
    sqlx::query_scalar(&format!(
        "SELECT id FROM {table} WHERE municipality_id = $1 AND status = 'published' AND published_at >= $2 AND published_at < $3
         ORDER BY published_at, id"
    ))
    .bind(municipality_id)
    .bind(from)
    .bind(to)
    .fetch_all(db)
    .await
}
