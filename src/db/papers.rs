//! The voter roll and the ballot papers, kept apart so that nothing links a paper to a voter.
//!
//! Casting is one transaction that writes the roll entry first (the primary key is the
//! one-vote rule, across servers) and the paper second. The roll holds no time and no choice;
//! a paper holds the choice and the hash of its receipt, nothing else. When a ballot closes,
//! [`shuffle`] rewrites its papers in one transaction in random order, so that neither row
//! order nor PostgreSQL's system columns (ctid, xmin) follow the order of casting afterwards.

use rand::seq::SliceRandom as _;
use sqlx::Row as _;

use super::{Backend, Db};

/// Puts a voter on the roll; false when they are already on it (they have voted).
pub async fn enroll(conn: &mut sqlx::AnyConnection, ballot_id: i64, user_id: i64, recast_hash: Option<&str>) -> sqlx::Result<bool> {
    let row = sqlx::query(
        "INSERT INTO ballot_roll (ballot_id, user_id, recast_hash) VALUES ($1, $2, $3) ON CONFLICT (ballot_id, user_id) DO NOTHING RETURNING ballot_id",
    )
    .bind(ballot_id)
    .bind(user_id)
    .bind(recast_hash)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.is_some())
}

/// Whether the ballot takes votes at `at`. On PostgreSQL the row is locked for share until the
/// transaction ends, so that closing waits for votes in flight and votes wait for closing.
pub async fn takes_votes(conn: &mut sqlx::AnyConnection, backend: Backend, ballot_id: i64, at: i64) -> sqlx::Result<bool> {
    let lock = if backend == Backend::Postgres { " FOR SHARE" } else { "" };
    let sql = format!("SELECT status, opens_at, closes_at FROM ballots WHERE id = $1{lock}");
    let Some(row) = sqlx::query(&sql).bind(ballot_id).fetch_optional(&mut *conn).await? else { return Ok(false) };
    let status: String = row.try_get("status")?;
    let (opens, closes): (i64, i64) = (row.try_get("opens_at")?, row.try_get("closes_at")?);
    Ok(status == "open" && opens <= at && at < closes)
}

/// Stores a paper.
pub async fn insert(conn: &mut sqlx::AnyConnection, ballot_id: i64, receipt_hash: &str, choice: &str) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO ballot_papers (ballot_id, receipt_hash, choice) VALUES ($1, $2, $3)")
        .bind(ballot_id)
        .bind(receipt_hash)
        .bind(choice)
        .execute(conn)
        .await?;
    Ok(())
}

/// Moves a voter's replace-hash from `old` to `new`; false unless the voter is on the roll
/// with `old` (so only the holder of the receipt replaces the paper it names).
pub async fn swap_recast(conn: &mut sqlx::AnyConnection, ballot_id: i64, user_id: i64, old: &str, new: &str) -> sqlx::Result<bool> {
    let n = sqlx::query("UPDATE ballot_roll SET recast_hash = $1 WHERE ballot_id = $2 AND user_id = $3 AND recast_hash = $4")
        .bind(new)
        .bind(ballot_id)
        .bind(user_id)
        .bind(old)
        .execute(conn)
        .await?
        .rows_affected();
    Ok(n == 1)
}

/// Removes the paper with this receipt hash; false when there is none.
pub async fn remove(conn: &mut sqlx::AnyConnection, ballot_id: i64, receipt_hash: &str) -> sqlx::Result<bool> {
    let n = sqlx::query("DELETE FROM ballot_papers WHERE ballot_id = $1 AND receipt_hash = $2")
        .bind(ballot_id)
        .bind(receipt_hash)
        .execute(conn)
        .await?
        .rows_affected();
    Ok(n == 1)
}

/// Whether a person is on a ballot's roll.
pub async fn has_voted(db: &Db, ballot_id: i64, user_id: i64) -> sqlx::Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ballot_roll WHERE ballot_id = $1 AND user_id = $2")
        .bind(ballot_id)
        .bind(user_id)
        .fetch_one(db)
        .await?;
    Ok(n > 0)
}

/// Number of people on the roll.
pub async fn roll_size<'c>(conn: impl sqlx::AnyExecutor<'c>, ballot_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM ballot_roll WHERE ballot_id = $1").bind(ballot_id).fetch_one(conn).await
}

/// A ballot's papers as `(receipt hash, choice)`, ordered by receipt hash (a random order).
pub async fn all<'c>(conn: impl sqlx::AnyExecutor<'c>, ballot_id: i64) -> sqlx::Result<Vec<(String, String)>> {
    let rows = sqlx::query("SELECT receipt_hash, choice FROM ballot_papers WHERE ballot_id = $1 ORDER BY receipt_hash")
        .bind(ballot_id)
        .fetch_all(conn)
        .await?;
    rows.iter().map(|r| Ok((r.try_get("receipt_hash")?, r.try_get("choice")?))).collect()
}

/// The paper with this receipt hash, if any.
pub async fn by_receipt(db: &Db, ballot_id: i64, receipt_hash: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT choice FROM ballot_papers WHERE ballot_id = $1 AND receipt_hash = $2")
        .bind(ballot_id)
        .bind(receipt_hash)
        .fetch_optional(db)
        .await
}

/// Papers per multi-row insert while shuffling (well below both databases' parameter limits).
const CHUNK: usize = 300;

/// Rewrites a ballot's papers in one random order, inside the caller's transaction: every
/// paper is deleted and inserted again, shuffled, so all of them carry the same transaction
/// and their physical order says nothing about when they were cast. Returns the papers.
pub async fn shuffle(conn: &mut sqlx::AnyConnection, ballot_id: i64) -> sqlx::Result<Vec<(String, String)>> {
    let mut papers = all(&mut *conn, ballot_id).await?;
    sqlx::query("DELETE FROM ballot_papers WHERE ballot_id = $1").bind(ballot_id).execute(&mut *conn).await?;
    papers.shuffle(&mut rand::thread_rng());
    for chunk in papers.chunks(CHUNK) {
        let values = (0..chunk.len()).map(|i| format!("($1, ${}, ${})", 2 * i + 2, 2 * i + 3)).collect::<Vec<_>>().join(", ");
        let sql = format!("INSERT INTO ballot_papers (ballot_id, receipt_hash, choice) VALUES {values}");
        let mut q = sqlx::query(&sql).bind(ballot_id);
        for (hash, choice) in chunk {
            q = q.bind(hash).bind(choice);
        }
        q.execute(&mut *conn).await?;
    }
    papers.sort_unstable();
    Ok(papers)
}

/// Removes what a shuffle leaves behind that still holds the order of casting: PostgreSQL's
/// dead row versions (vacuumed), SQLite's old page images in the write-ahead log (a
/// checkpoint; deleted rows themselves are overwritten because SQLite runs with
/// `secure_delete`). Runs outside any transaction.
pub async fn vacuum(db: &Db, backend: Backend) -> sqlx::Result<()> {
    let sql = match backend {
        Backend::Postgres => "VACUUM ballot_papers",
        Backend::Sqlite => "PRAGMA wal_checkpoint(TRUNCATE)",
    };
    sqlx::query(sql).execute(db).await?;
    Ok(())
}

/// Tells everyone on the roll that the results are out (subject: the ballot), all in one
/// statement with one time, so that the notifications say nothing about when anyone voted.
pub async fn notify_roll(conn: &mut sqlx::AnyConnection, ballot_id: i64, status: &str) -> sqlx::Result<u64> {
    let subject = super::notifications::Subject::Ballot(ballot_id);
    let sql = format!(
        "INSERT INTO notifications (user_id, kind, subject_id, status, created_at, delivered_at)
         SELECT r.user_id, $4, r.ballot_id, $2, $3, {} FROM ballot_roll r WHERE r.ballot_id = $1 ORDER BY r.user_id",
        super::notifications::pending("r.user_id")
    );
    Ok(sqlx::query(&sql).bind(subject.id()).bind(status).bind(super::now()).bind(subject.kind()).execute(conn).await?.rows_affected())
}

/// What a ballot page needs to know about its signed-in reader, in one round trip: their
/// roles in the municipality, whether an association verified them as a resident, and
/// whether they are on the ballot's roll.
pub async fn reader(
    db: &Db,
    user_id: i64,
    municipality_id: i64,
    ballot_id: i64,
) -> sqlx::Result<(Vec<crate::domain::role::Role>, Option<bool>, bool)> {
    let rows = sqlx::query(
        "SELECT role, verified_at, (SELECT COUNT(*) FROM ballot_roll WHERE ballot_id = $3 AND user_id = $1) AS voted
         FROM roles WHERE user_id = $1 AND municipality_id = $2
         UNION ALL SELECT NULL, NULL, (SELECT COUNT(*) FROM ballot_roll WHERE ballot_id = $3 AND user_id = $1)",
    )
    .bind(user_id)
    .bind(municipality_id)
    .bind(ballot_id)
    .fetch_all(db)
    .await?;
    let mut roles = Vec::new();
    let mut residency = None;
    let mut voted = false;
    for r in &rows {
        voted |= r.try_get::<i64, _>("voted")? > 0;
        let Some(name) = r.try_get::<Option<String>, _>("role")? else { continue };
        if let Ok(role) = crate::domain::role::Role::parse(&name) {
            if role == crate::domain::role::Role::Resident {
                residency = Some(r.try_get::<Option<i64>, _>("verified_at")?.is_some());
            }
            roles.push(role);
        }
    }
    Ok((roles, residency, voted))
}
