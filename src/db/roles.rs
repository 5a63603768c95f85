//! Roles held in municipalities.

use sqlx::Row as _;

use super::{Db, now};
use crate::domain::role::Role;

/// One role grant, joined with names for display.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Grant {
    /// Holder.
    pub user_id: i64,
    /// Holder's name.
    pub username: String,
    /// Municipality.
    pub municipality_id: i64,
    /// Municipality slug.
    pub municipality_slug: String,
    /// Municipality name.
    pub municipality_name: String,
    /// The role.
    pub role: Role,
    /// Epoch seconds.
    pub granted_at: i64,
}

const SELECT: &str = "SELECT r.user_id, u.username, r.municipality_id, m.slug, m.name, r.role, r.granted_at
     FROM roles r JOIN users u ON u.id = r.user_id JOIN municipalities m ON m.id = r.municipality_id";

fn grants(rows: Vec<sqlx::any::AnyRow>) -> sqlx::Result<Vec<Grant>> {
    rows.iter()
        .filter_map(|r| {
            let role: String = r.try_get("role").ok()?;
            Some(Role::parse(&role).ok().map(|role| {
                Ok(Grant {
                    user_id: r.try_get("user_id")?,
                    username: r.try_get("username")?,
                    municipality_id: r.try_get("municipality_id")?,
                    municipality_slug: r.try_get("slug")?,
                    municipality_name: r.try_get("name")?,
                    role,
                    granted_at: r.try_get("granted_at")?,
                })
            }))
        })
        .flatten()
        .collect()
}

/// Every role of one user, by municipality.
pub async fn of_user(db: &Db, user_id: i64) -> sqlx::Result<Vec<Grant>> {
    grants(sqlx::query(&format!("{SELECT} WHERE r.user_id = $1 ORDER BY m.name, r.role")).bind(user_id).fetch_all(db).await?)
}

/// Every staff role (not residents) in one municipality.
pub async fn staff_of(db: &Db, municipality_id: i64) -> sqlx::Result<Vec<Grant>> {
    grants(
        sqlx::query(&format!("{SELECT} WHERE r.municipality_id = $1 AND r.role <> 'resident' ORDER BY r.role, u.username_key"))
            .bind(municipality_id)
            .fetch_all(db)
            .await?,
    )
}

/// The roles one user holds in one municipality.
pub async fn in_municipality(db: &Db, user_id: i64, municipality_id: i64) -> sqlx::Result<Vec<Role>> {
    let names: Vec<String> = sqlx::query_scalar("SELECT role FROM roles WHERE user_id = $1 AND municipality_id = $2")
        .bind(user_id)
        .bind(municipality_id)
        .fetch_all(db)
        .await?;
    Ok(names.iter().filter_map(|n| Role::parse(n).ok()).collect())
}

/// What an issue page needs to know about its signed-in reader, in one round trip: their roles
/// in the municipality, whether they support the issue, and how many of their own comments on
/// it are not public.
pub struct ReaderFacts {
    /// Roles held in the municipality.
    pub roles: Vec<Role>,
    /// Whether they support the issue.
    pub supports: bool,
    /// Their comments on it that are not public (waiting, rejected, hidden).
    pub unpublished_comments: i64,
}

/// [`ReaderFacts`] of `user_id` for an issue of a municipality.
pub async fn reader_facts(db: &Db, user_id: i64, municipality_id: i64, issue_id: i64) -> sqlx::Result<ReaderFacts> {
    // Roles as a bit set (portable SQL: no string aggregation), bit n for `Role::ALL[n]`.
    let bits: String =
        Role::ALL.iter().enumerate().map(|(n, r)| format!("WHEN '{}' THEN {}", r.as_str(), 1 << n)).collect::<Vec<_>>().join(" ");
    let row: (i64, i64, i64) = sqlx::query_as(&format!(
        "SELECT
            COALESCE((SELECT SUM(CASE role {bits} ELSE 0 END) FROM roles WHERE user_id = $1 AND municipality_id = $2), 0),
            (SELECT COUNT(*) FROM supports WHERE issue_id = $3 AND user_id = $1),
            (SELECT COUNT(*) FROM comments WHERE issue_id = $3 AND author_id = $1 AND status <> 'published')"
    ))
    .bind(user_id)
    .bind(municipality_id)
    .bind(issue_id)
    .fetch_one(db)
    .await?;
    let roles = Role::ALL.iter().enumerate().filter(|(n, _)| row.0 & (1 << n) != 0).map(|(_, r)| *r).collect();
    Ok(ReaderFacts { roles, supports: row.1 > 0, unpublished_comments: row.2 })
}

/// Grants a role; `false` when it was already held.
pub async fn grant<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    user_id: i64,
    municipality_id: i64,
    role: Role,
    by: Option<i64>,
) -> sqlx::Result<bool> {
    let r = sqlx::query(
        "INSERT INTO roles (user_id, municipality_id, role, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, municipality_id, role) DO NOTHING",
    )
    .bind(user_id)
    .bind(municipality_id)
    .bind(role.as_str())
    .bind(by)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Revokes a role; `false` when it was not held.
pub async fn revoke<'c>(conn: impl sqlx::AnyExecutor<'c>, user_id: i64, municipality_id: i64, role: Role) -> sqlx::Result<bool> {
    let r = sqlx::query("DELETE FROM roles WHERE user_id = $1 AND municipality_id = $2 AND role = $3")
        .bind(user_id)
        .bind(municipality_id)
        .bind(role.as_str())
        .execute(conn)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Whether a person is a resident of the municipality, and whether an association verified
/// them: `None` when not a resident, else `Some(verified)`.
pub async fn residency(db: &Db, user_id: i64, municipality_id: i64) -> sqlx::Result<Option<bool>> {
    let row: Option<Option<i64>> =
        sqlx::query_scalar("SELECT verified_at FROM roles WHERE user_id = $1 AND municipality_id = $2 AND role = 'resident'")
            .bind(user_id)
            .bind(municipality_id)
            .fetch_optional(db)
            .await?;
    Ok(row.map(|v| v.is_some()))
}

/// Number of residents of a municipality (for turnout).
pub async fn count_residents(db: &Db, municipality_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM roles WHERE municipality_id = $1 AND role = 'resident'")
        .bind(municipality_id)
        .fetch_one(db)
        .await
}
