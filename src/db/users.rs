//! Accounts: pseudonymous users and their credentials.

use sqlx::{Row as _, any::AnyRow};

use super::{Db, now};

/// An account as the application sees it (no secrets).
#[derive(Clone, Debug, serde::Serialize)]
pub struct User {
    /// Row id.
    pub id: i64,
    /// Pseudonymous name.
    pub username: String,
    /// Optional email.
    pub email: Option<String>,
    /// Preferred interface language.
    pub preferred_language: Option<String>,
    /// Global administrator.
    pub is_admin: bool,
    /// Signed in with a one-time password that must be replaced.
    pub must_change_password: bool,
    /// Bumped to sign out every session of the account.
    #[serde(skip)]
    pub session_epoch: i64,
    /// Epoch seconds.
    pub created_at: i64,
}

const COLUMNS: &str = "id, username, email, preferred_language, is_admin, must_change_password, session_epoch, created_at";

fn from_row(row: &AnyRow) -> sqlx::Result<User> {
    Ok(User {
        id: row.try_get("id")?,
        username: row.try_get("username")?,
        email: row.try_get("email")?,
        preferred_language: row.try_get("preferred_language")?,
        is_admin: row.try_get::<i64, _>("is_admin")? != 0,
        must_change_password: row.try_get::<i64, _>("must_change_password")? != 0,
        session_epoch: row.try_get("session_epoch")?,
        created_at: row.try_get("created_at")?,
    })
}

/// What login needs to check a password.
pub struct Credentials {
    /// Row id.
    pub id: i64,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Consecutive failures.
    pub failed_logins: i64,
    /// Paused until (epoch seconds).
    pub locked_until: Option<i64>,
    /// Bumped by a password change (device recognition is bound to it).
    pub session_epoch: i64,
    /// Signed in with a one-time password that must be replaced.
    pub must_change_password: bool,
    /// When that one-time password stops working.
    pub password_expires_at: Option<i64>,
}

/// A new account.
pub struct NewUser<'a> {
    /// Display name.
    pub username: &'a str,
    /// Uniqueness key.
    pub username_key: &'a str,
    /// Argon2id hash.
    pub password_hash: &'a str,
    /// Optional email.
    pub email: Option<&'a str>,
    /// Preferred language.
    pub preferred_language: Option<&'a str>,
    /// Argon2id hash of the recovery code.
    pub recovery_code_hash: Option<&'a str>,
    /// Global admin.
    pub is_admin: bool,
    /// One-time password.
    pub must_change_password: bool,
    /// When a one-time password stops working (epoch seconds).
    pub password_expires_at: Option<i64>,
    /// Confusable skeleton of the name (unique).
    pub username_skeleton: Option<&'a str>,
}

/// Version of the skeleton algorithm stored in `skeleton_version` (bump when the confusables
/// data changes, so start-up recomputes them).
pub const SKELETON_VERSION: i64 = 1;

/// Inserts an account; `None` when the username (or a look-alike of it) is taken.
pub async fn insert<'c>(conn: impl sqlx::AnyExecutor<'c>, u: &NewUser<'_>) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO users (username, username_key, password_hash, email, preferred_language, recovery_code_hash, is_admin, must_change_password,
         created_at, password_expires_at, username_skeleton, skeleton_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(u.username)
    .bind(u.username_key)
    .bind(u.password_hash)
    .bind(u.email)
    .bind(u.preferred_language)
    .bind(u.recovery_code_hash)
    .bind(i64::from(u.is_admin))
    .bind(i64::from(u.must_change_password))
    .bind(now())
    .bind(u.password_expires_at)
    .bind(u.username_skeleton)
    .bind(SKELETON_VERSION)
    .fetch_optional(conn)
    .await
}

/// The account with this id.
pub async fn by_id<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<Option<User>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM users WHERE id = $1")).bind(id).fetch_optional(conn).await?;
    row.as_ref().map(from_row).transpose()
}

/// The account whose name has this uniqueness key.
pub async fn by_key(db: &Db, key: &str) -> sqlx::Result<Option<User>> {
    if !super::searchable(key) {
        return Ok(None);
    }
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM users WHERE username_key = $1")).bind(key).fetch_optional(db).await?;
    row.as_ref().map(from_row).transpose()
}

/// Accounts whose name starts with `prefix` (case-insensitive), for the admin's search.
pub async fn search(db: &Db, prefix: &str, limit: i64) -> sqlx::Result<Vec<User>> {
    let escaped: String = prefix.chars().filter(|c| !matches!(c, '%' | '_' | '\\' | '\0')).collect();
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM users WHERE username_key LIKE $1 ORDER BY username_key LIMIT $2"))
        .bind(format!("{escaped}%"))
        .bind(limit)
        .fetch_all(db)
        .await?;
    rows.iter().map(from_row).collect()
}

/// Login credentials for the account with this uniqueness key.
pub async fn credentials_by_key(db: &Db, key: &str) -> sqlx::Result<Option<Credentials>> {
    if !super::searchable(key) {
        return Ok(None);
    }
    let row = sqlx::query(
        "SELECT id, password_hash, failed_logins, locked_until, session_epoch, must_change_password, password_expires_at
         FROM users WHERE username_key = $1",
    )
    .bind(key)
    .fetch_optional(db)
    .await?;
    row.map(|r| {
        Ok(Credentials {
            id: r.try_get("id")?,
            password_hash: r.try_get("password_hash")?,
            failed_logins: r.try_get("failed_logins")?,
            locked_until: r.try_get("locked_until")?,
            session_epoch: r.try_get("session_epoch")?,
            must_change_password: r.try_get::<i64, _>("must_change_password")? != 0,
            password_expires_at: r.try_get("password_expires_at")?,
        })
    })
    .transpose()
}

/// The stored password hash of an account.
pub async fn password_hash(db: &Db, id: i64) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1").bind(id).fetch_optional(db).await
}

/// A stored code hash (`recovery_code_hash` or `reset_code_hash`) and, for reset codes, expiry.
pub async fn code_hashes(db: &Db, key: &str) -> sqlx::Result<Option<(i64, Option<String>, Option<String>, Option<i64>)>> {
    if !super::searchable(key) {
        return Ok(None);
    }
    let row = sqlx::query("SELECT id, recovery_code_hash, reset_code_hash, reset_code_expires_at FROM users WHERE username_key = $1")
        .bind(key)
        .fetch_optional(db)
        .await?;
    row.map(|r| {
        Ok((r.try_get("id")?, r.try_get("recovery_code_hash")?, r.try_get("reset_code_hash")?, r.try_get("reset_code_expires_at")?))
    })
    .transpose()
}

/// Records a failed password check. From the `max_failures`-th failure in a row on, sign-ins
/// from devices the account does not recognize pause, for `pause_seconds` and then twice as
/// long with every further failure (at most 64 times as long). One statement, so parallel
/// guesses all count.
pub async fn record_failed_login(db: &Db, id: i64, max_failures: i64, pause_seconds: i64) -> sqlx::Result<()> {
    let now = now();
    sqlx::query(
        "UPDATE users SET
            locked_until = CASE WHEN failed_logins + 1 >= $2
                THEN $3 + $4 * (CASE WHEN failed_logins + 1 - $2 >= 6 THEN 64 ELSE
                     (CASE failed_logins + 1 - $2 WHEN 0 THEN 1 WHEN 1 THEN 2 WHEN 2 THEN 4 WHEN 3 THEN 8 WHEN 4 THEN 16 ELSE 32 END) END)
                ELSE locked_until END,
            failed_logins = failed_logins + 1
         WHERE id = $1",
    )
    .bind(id)
    .bind(max_failures)
    .bind(now)
    .bind(pause_seconds)
    .execute(db)
    .await?;
    Ok(())
}

/// Clears the failure counter after a successful login.
pub async fn record_successful_login(db: &Db, id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1").bind(id).execute(db).await?;
    Ok(())
}

/// Sets a new password, ends other sessions (new epoch), clears lockout and any reset code.
pub async fn set_password<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, hash: &str) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE users SET password_hash = $1, must_change_password = 0, password_expires_at = NULL, session_epoch = session_epoch + 1,
         failed_logins = 0, locked_until = NULL, reset_code_hash = NULL, reset_code_expires_at = NULL WHERE id = $2",
    )
    .bind(hash)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Replaces the recovery code hash.
pub async fn set_recovery_code<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, hash: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET recovery_code_hash = $1 WHERE id = $2").bind(hash).bind(id).execute(conn).await?;
    Ok(())
}

/// Stores an admin-issued reset code hash with its expiry.
pub async fn set_reset_code(db: &Db, id: i64, hash: &str, expires_at: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET reset_code_hash = $1, reset_code_expires_at = $2 WHERE id = $3")
        .bind(hash)
        .bind(expires_at)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Saves the preferred interface language.
pub async fn set_language(db: &Db, id: i64, tag: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET preferred_language = $1 WHERE id = $2").bind(tag).bind(id).execute(db).await?;
    Ok(())
}

/// Grants or withdraws the global admin flag.
pub async fn set_admin<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64, admin: bool) -> sqlx::Result<bool> {
    let r = sqlx::query("UPDATE users SET is_admin = $1 WHERE id = $2").bind(i64::from(admin)).bind(id).execute(conn).await?;
    Ok(r.rows_affected() == 1)
}

/// How many global admins there are (the last one may not step down).
pub async fn count_admins<'c>(conn: impl sqlx::AnyExecutor<'c>) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE is_admin = 1").fetch_one(conn).await
}

/// Deletes the account row (roles and sessions go with it).
pub async fn delete<'c>(conn: impl sqlx::AnyExecutor<'c>, id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM users WHERE id = $1").bind(id).execute(conn).await?;
    Ok(())
}

/// Accounts whose name skeleton is missing or from an older algorithm: (id, username).
pub async fn without_current_skeleton(db: &Db, limit: i64) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, username FROM users WHERE skeleton_version < $1 ORDER BY id LIMIT $2")
        .bind(SKELETON_VERSION)
        .bind(limit)
        .fetch_all(db)
        .await
}

/// Moves an account made before full case folding to its new uniqueness key, unless another
/// account holds it (then the old key stays, and login still finds it by the old rule).
pub async fn set_key(db: &Db, id: i64, key: &str) -> sqlx::Result<()> {
    let moved = sqlx::query(
        "UPDATE users SET username_key = $1 WHERE id = $2 AND NOT EXISTS (SELECT 1 FROM users o WHERE o.username_key = $1 AND o.id <> $2)",
    )
    .bind(key)
    .bind(id)
    .execute(db)
    .await;
    match moved {
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Ok(()),
        other => other.map(|_| ()),
    }
}

/// Stores an account's skeleton; when another account already has it (a look-alike pair made
/// before skeletons existed) the skeleton stays empty, and both accounts keep working.
pub async fn set_skeleton(db: &Db, id: i64, skeleton: &str) -> sqlx::Result<()> {
    let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE username_skeleton = $1 AND id <> $2")
        .bind(skeleton)
        .bind(id)
        .fetch_optional(db)
        .await?;
    let value = if taken.is_some() { None } else { Some(skeleton) };
    let stored = sqlx::query("UPDATE users SET username_skeleton = $1, skeleton_version = $2 WHERE id = $3")
        .bind(value)
        .bind(SKELETON_VERSION)
        .bind(id)
        .execute(db)
        .await;
    match stored {
        // Another server stored the same skeleton for a look-alike at the same moment.
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            sqlx::query("UPDATE users SET username_skeleton = NULL, skeleton_version = $1 WHERE id = $2")
                .bind(SKELETON_VERSION)
                .bind(id)
                .execute(db)
                .await?;
            Ok(())
        }
        other => other.map(|_| ()),
    }
}
