//! The posting pace of an account, kept in one row and advanced by one statement, so that it
//! holds when posts arrive in parallel or on several servers.
//!
//! It is a generic cell rate algorithm: with a limit of N posts an hour, each post moves the
//! account's `next_at` (the time its allowance is back to full, in milliseconds) one
//! N-th of an hour later, starting from now when it lies in the past; a post that would push
//! it more than an hour ahead is refused. So an account may post N at once, then one every
//! hour / N, and never more than N within any hour.

use super::now;

/// Takes one post from the account's allowance of `per_hour`; `false` when it is used up.
/// Run it in the transaction that stores the post: the row stays locked until it commits
/// (PostgreSQL), and SQLite runs one writer at a time.
pub async fn take<'c>(conn: impl sqlx::AnyExecutor<'c>, user_id: i64, per_hour: u32) -> sqlx::Result<bool> {
    let now_ms = now() * 1000;
    let interval = 3_600_000 / i64::from(per_hour.max(1));
    let taken: Option<i64> = sqlx::query_scalar(
        "INSERT INTO posting_pace (user_id, next_at) VALUES ($1, $2 + $3)
         ON CONFLICT (user_id) DO UPDATE
         SET next_at = (CASE WHEN posting_pace.next_at > $2 THEN posting_pace.next_at ELSE $2 END) + $3
         WHERE (CASE WHEN posting_pace.next_at > $2 THEN posting_pace.next_at ELSE $2 END) + $3 <= $2 + 3600000
         RETURNING next_at",
    )
    .bind(user_id)
    .bind(now_ms)
    .bind(interval)
    .fetch_optional(conn)
    .await?;
    Ok(taken.is_some())
}
