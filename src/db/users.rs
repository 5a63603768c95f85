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
}

/// Inserts an account; `None` when the username is taken.
pub async fn insert<'c>(conn: impl sqlx::AnyExecutor<'c>, u: &NewUser<'_>) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO users (username, username_key, password_hash, email, preferred_language, recovery_code_hash, is_admin, must_change_password, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (username_key) DO NOTHING RETURNING id",
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
    let row = sqlx::query("SELECT id, password_hash, failed_logins, locked_until FROM users WHERE username_key = $1")
        .bind(key)
        .fetch_optional(db)
        .await?;
    row.map(|r| {
        Ok(Credentials {
            id: r.try_get("id")?,
            password_hash: r.try_get("password_hash")?,
            failed_logins: r.try_get("failed_logins")?,
            locked_until: r.try_get("locked_until")?,
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

/// Records a failed login; pauses the account once `max_failures` is reached.
pub async fn record_failed_login(db: &Db, id: i64, max_failures: i64, pause_seconds: i64) -> sqlx::Result<()> {
    let now = now();
    sqlx::query(
        "UPDATE users SET
            locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3 ELSE locked_until END,
            failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END
         WHERE id = $1",
    )
    .bind(id)
    .bind(max_failures)
    .bind(now + pause_seconds)
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
        "UPDATE users SET password_hash = $1, must_change_password = 0, session_epoch = session_epoch + 1,
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
