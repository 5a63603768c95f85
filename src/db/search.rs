//! Full-text search over issues and their translations: the one place where the two
//! dialects differ. SQLite uses an FTS5 table, PostgreSQL a `tsvector` column on each issue
//! with a GIN index (both kept up to date by triggers, see the `participation` migration). A typed query is
//! reduced to whole words of letters and digits, so no input can reach either query syntax.

use super::{Backend, Db};

/// Most words a query keeps.
const MAX_WORDS: usize = 6;

/// Up to this many matching issues are listed by id; beyond, the listing filters its ordered
/// walk through a subquery (matches are then dense enough to fill a page quickly).
pub const FEW: usize = 2_000;

/// A search that matches more than [`FEW`] issues lists the `CAP` most recent of them that
/// pass the listing's filters (in the order the reader chose): enough to browse, and a
/// bounded amount of work however common the words. Narrowing the search shows the rest.
pub const CAP: usize = 500;

/// How many issues a search matches, counted (up to [`FEW`] + 1) before the listing query
/// so that its plan suits the number of matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Matches {
    /// Nothing matches: no listing query at all.
    None,
    /// At most [`FEW`] issues: the listing looks them up and sorts them.
    Few,
    /// More: the listing reads the most recent matches first.
    Many,
}

/// The words of a typed query: runs of letters and digits, lower-cased, at least two
/// characters long (shorter prefixes would match nearly everything).
pub fn words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 2).map(str::to_lowercase) {
        if !words.contains(&w) && words.len() < MAX_WORDS {
            words.push(w);
        }
    }
    words
}

/// A prepared search: the SQL condition on `i.id` and the value to bind to its placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Search {
    backend: Backend,
    expression: String,
    words: Vec<String>,
    any: bool,
    few: usize,
}

impl Search {
    /// Issues matching every word of `text` (whole words, case and diacritics folded); `None`
    /// when it has no words. Whole words keep a search over a million texts to one read of
    /// each word's list; prefixes would merge the lists of every word they begin.
    pub fn all_words(backend: Backend, text: &str) -> Option<Self> {
        Self::new(backend, &words(text), false)
    }

    /// Issues matching any of `words` (for similar-issue suggestions).
    pub fn any_word(backend: Backend, words: &[String]) -> Option<Self> {
        Self::new(backend, words, true)
    }

    fn new(backend: Backend, words: &[String], any: bool) -> Option<Self> {
        if words.is_empty() {
            return None;
        }
        let expression = match backend {
            Backend::Sqlite => words.iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(if any { " OR " } else { " AND " }),
            Backend::Postgres => words.join(if any { " | " } else { " & " }),
        };
        Some(Self { backend, expression, words: words.to_vec(), any, few: FEW })
    }

    /// The matching issue ids (of every municipality and status; an issue found in its
    /// original and a translation may come twice), `limit` at most. SQLite finds an issue from
    /// its row id alone (`rowid / 64`), without reading stored text.
    pub async fn issue_ids(&self, db: &Db, limit: usize) -> sqlx::Result<Vec<i64>> {
        let sql = match self.backend {
            Backend::Sqlite => "SELECT rowid / 64 FROM issue_search WHERE issue_search MATCH $1 LIMIT $2",
            Backend::Postgres => "SELECT id FROM issues WHERE search_doc @@ to_tsquery('simple', $1) LIMIT $2",
        };
        sqlx::query_scalar(sql).bind(&self.expression).bind(limit as i64).fetch_all(db).await
    }

    /// How many issues match, roughly: see [`Matches`]. SQLite counts in the database (one
    /// row comes back). PostgreSQL asks its statistics: words among the column's most common
    /// elements match many issues, others few (counting would read a common word's whole list).
    pub async fn matches(&self, db: &Db) -> sqlx::Result<Matches> {
        if self.backend == Backend::Postgres {
            if self.few < FEW {
                return Ok(Matches::Many); // a test asking for the many-matches path
            }
            // Words hold only letters and digits (see `words`): safe to inline.
            let list = self.words.iter().map(|w| format!("'{w}'")).collect::<Vec<_>>().join(",");
            let common: i64 = sqlx::query_scalar(&format!(
                "SELECT COUNT(DISTINCT e) FROM pg_stats s CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[]) e
                 WHERE s.schemaname = current_schema() AND s.tablename = 'issues' AND s.attname = 'search_doc' AND e IN ({list})"
            ))
            .fetch_one(db)
            .await?;
            let many = if self.any { common > 0 } else { common as usize == self.words.len() };
            return Ok(if many { Matches::Many } else { Matches::Few });
        }
        let sql = "SELECT COUNT(*) FROM (SELECT 1 FROM issue_search WHERE issue_search MATCH $1 LIMIT $2) m";
        let n: i64 = sqlx::query_scalar(sql).bind(&self.expression).bind(self.few as i64 + 1).fetch_one(db).await?;
        Ok(match n as usize {
            0 => Matches::None,
            n if n <= self.few => Matches::Few,
            _ => Matches::Many,
        })
    }

    /// The condition restricting `i.id` to every matching issue, with `param` (e.g. `$4`) as
    /// the placeholder of [`Search::value`] (with few matches, or to check the issues of a
    /// filter with few).
    pub fn exact(&self, param: &str) -> String {
        match self.backend {
            Backend::Sqlite => format!("i.id IN (SELECT rowid / 64 FROM issue_search WHERE issue_search MATCH {param})"),
            // Inlined, not bound: PostgreSQL then plans for these very words (a plan cached for
            // any words would walk the whole table for a rare one). The expression holds only
            // letters, digits, spaces and `&`/`|` (see `words`), so it cannot break the quotes.
            Backend::Postgres => {
                let _ = param;
                format!("i.search_doc @@ to_tsquery('simple', '{}')", self.expression)
            }
        }
    }

    /// With few matches on PostgreSQL: a `WITH` clause that finds them through the index
    /// first (the condition is then [`Search::few_condition`]); `None` on SQLite.
    pub fn few_cte(&self) -> Option<String> {
        (self.backend == Backend::Postgres).then(|| {
            format!(
                "WITH search_matches AS MATERIALIZED (SELECT id FROM issues WHERE search_doc @@ to_tsquery('simple', '{}')) ",
                self.expression
            )
        })
    }

    /// The condition restricting `i.id` to few matching issues (`param` as in [`Search::exact`]).
    pub fn few_condition(&self, param: &str) -> String {
        match self.backend {
            Backend::Sqlite => self.exact(param),
            Backend::Postgres => "i.id IN (SELECT id FROM search_matches)".to_string(),
        }
    }

    /// The condition restricting `i.id` to the [`CAP`] most recent matching issues of the
    /// municipality (`$1`) that pass `filters` (conditions on `i`), when there are
    /// [`Matches::Many`]; `param` (e.g. `$4`) is the placeholder of [`Search::value`].
    /// SQLite reads the word lists newest first (FTS5 delivers row ids in descending order)
    /// and stops at the cap; PostgreSQL needs no cap (see below).
    pub fn capped(&self, param: &str, filters: &str) -> String {
        match self.backend {
            Backend::Sqlite => format!(
                "i.id IN (SELECT i.id FROM (SELECT rowid AS r FROM issue_search WHERE issue_search MATCH {param}) m
                 JOIN issues i ON i.id = m.r / 64 WHERE i.municipality_id = $1{filters} ORDER BY m.r DESC LIMIT {CAP})"
            ),
            // PostgreSQL checks each issue's document as the listing walks, so it needs no cap:
            // its planner, which knows how common each word is, picks the walk or the index.
            Backend::Postgres => self.exact(param),
        }
    }

    /// The same search with another threshold between few and many matches (tests use it to
    /// take the many-matches path on small data).
    pub fn with_few(mut self, few: usize) -> Self {
        self.few = few;
        self
    }

    /// The database it is written for.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The value to bind.
    pub fn value(&self) -> &str {
        &self.expression
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_keep_only_words() {
        assert_eq!(words("Night-buses \"OR\" * NEAR(x) a"), vec!["night", "buses", "or", "near"]);
        assert_eq!(words("حافلات الليل"), vec!["حافلات", "الليل"]);
        assert!(words("* ' \" ( ) : & |").is_empty());
    }

    #[test]
    fn each_dialect_gets_its_own_syntax() {
        let s = Search::all_words(Backend::Sqlite, "night bus").expect("words");
        assert_eq!(s.value(), "\"night\" AND \"bus\"");
        let p = Search::any_word(Backend::Postgres, &["night".into(), "bus".into()]).expect("words");
        assert_eq!(p.value(), "night | bus");
        assert!(Search::all_words(Backend::Sqlite, "!").is_none());
    }
}
