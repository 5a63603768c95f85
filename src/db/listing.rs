//! Listing issues: filters, sorts and keyset pagination over any number of issues, with a
//! plan chosen from the data on SQLite (see [`list`]).

use sqlx::any::AnyRow;

use super::{
    Backend, Db,
    issues::{COLUMNS, Issue, from_row},
    search::{FEW, Matches, Search},
};

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
