//! Reports by users about issues and comments: one person reports a text once; open reports
//! are counted (to hide the text after enough of them) and closed when a moderator decides.

use sqlx::Row as _;

use super::{Db, now};

/// What a report is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reported {
    /// An issue (`reports`).
    Issue,
    /// A comment (`comment_reports`).
    Comment,
}

impl Reported {
    /// (table, column naming the reported text).
    fn table(self) -> (&'static str, &'static str) {
        match self {
            Reported::Issue => ("reports", "issue_id"),
            Reported::Comment => ("comment_reports", "comment_id"),
        }
    }
}

/// Records a report; returns how many *established* people have open reports on the text, or
/// `None` when this person had already reported it. Established: the account was created
/// before `trusted_since` (epoch seconds) and has a public issue or comment of its own.
pub async fn add(
    conn: &mut sqlx::AnyConnection,
    what: Reported,
    id: i64,
    reporter: i64,
    reason: &str,
    trusted_since: i64,
) -> sqlx::Result<Option<i64>> {
    let (table, column) = what.table();
    let added = sqlx::query(&format!(
        "INSERT INTO {table} ({column}, reporter_id, reason, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT ({column}, reporter_id) DO NOTHING"
    ))
    .bind(id)
    .bind(reporter)
    .bind(reason)
    .bind(now())
    .execute(&mut *conn)
    .await?
    .rows_affected()
        == 1;
    if !added {
        return Ok(None);
    }
    let open: i64 = sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM {table} r JOIN users u ON u.id = r.reporter_id
         WHERE r.{column} = $1 AND r.resolved_at IS NULL AND u.created_at <= $2
         AND (EXISTS (SELECT 1 FROM issues i WHERE i.author_id = u.id AND i.status IN ('published', 'forwarded', 'answered', 'resolved'))
              OR EXISTS (SELECT 1 FROM comments c WHERE c.author_id = u.id AND c.status = 'published'))"
    ))
    .bind(id)
    .bind(trusted_since)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Some(open))
}

/// Open reports on a text: (reason message id, count).
pub async fn open(db: &Db, what: Reported, id: i64) -> sqlx::Result<Vec<(String, i64)>> {
    let (table, column) = what.table();
    let rows = sqlx::query(&format!(
        "SELECT reason, COUNT(*) AS n FROM {table} WHERE {column} = $1 AND resolved_at IS NULL GROUP BY reason ORDER BY reason"
    ))
    .bind(id)
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((r.try_get("reason")?, r.try_get("n")?))).collect()
}

/// Closes the open reports on a text (a moderator decided).
pub async fn resolve<'c>(conn: impl sqlx::AnyExecutor<'c>, what: Reported, id: i64) -> sqlx::Result<()> {
    let (table, column) = what.table();
    sqlx::query(&format!("UPDATE {table} SET resolved_at = $1 WHERE {column} = $2 AND resolved_at IS NULL"))
        .bind(now())
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}
