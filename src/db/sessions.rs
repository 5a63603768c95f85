//! Sessions in the database, so that any server behind a load balancer can serve any user.
//!
//! This is a `tower_sessions::SessionStore` over the same pool and the same portable SQL as the
//! rest of Chorus, which keeps one code path for SQLite and PostgreSQL. The signed-in user's id
//! is copied into its own column so that all sessions of an account can be ended at once.

use async_trait::async_trait;
use sqlx::Row as _;
use tower_sessions::{
    ExpiredDeletion, SessionStore,
    session::{Id, Record},
    session_store::{Error, Result},
};

use super::{Db, now};

/// Session key holding the signed-in user's id.
pub const USER_KEY: &str = "uid";

/// The database-backed session store.
#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    /// A store on `db`.
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

fn backend(e: impl std::fmt::Display) -> Error {
    Error::Backend(e.to_string())
}

fn columns(record: &Record) -> Result<(String, Option<i64>, String, i64)> {
    let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
    let user_id = record.data.get(USER_KEY).and_then(serde_json::Value::as_i64);
    Ok((record.id.to_string(), user_id, data, record.expiry_date.unix_timestamp()))
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        loop {
            let (id, user_id, data, expires_at) = columns(record)?;
            let inserted =
                sqlx::query("INSERT INTO sessions (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING")
                    .bind(id)
                    .bind(user_id)
                    .bind(data)
                    .bind(expires_at)
                    .execute(&self.db)
                    .await
                    .map_err(backend)?;
            if inserted.rows_affected() == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let (id, user_id, data, expires_at) = columns(record)?;
        sqlx::query(
            "INSERT INTO sessions (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, data = excluded.data, expires_at = excluded.expires_at",
        )
        .bind(id)
        .bind(user_id)
        .bind(data)
        .bind(expires_at)
        .execute(&self.db)
        .await
        .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, session_id: &Id) -> Result<Option<Record>> {
        let row = sqlx::query("SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2")
            .bind(session_id.to_string())
            .bind(now())
            .fetch_optional(&self.db)
            .await
            .map_err(backend)?;
        let Some(row) = row else { return Ok(None) };
        let data: String = row.try_get("data").map_err(backend)?;
        let expires_at: i64 = row.try_get("expires_at").map_err(backend)?;
        Ok(Some(Record {
            id: *session_id,
            data: serde_json::from_str(&data).map_err(|e| Error::Decode(e.to_string()))?,
            expiry_date: time::OffsetDateTime::from_unix_timestamp(expires_at).map_err(|e| Error::Decode(e.to_string()))?,
        }))
    }

    async fn delete(&self, session_id: &Id) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id = $1").bind(session_id.to_string()).execute(&self.db).await.map_err(backend)?;
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for DbSessionStore {
    async fn delete_expired(&self) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now()).execute(&self.db).await.map_err(backend)?;
        Ok(())
    }
}

/// Ends every session of an account (after deletion, or everywhere but here after a
/// password change when `keep` names the current session).
pub async fn end_all_for_user<'c>(conn: impl sqlx::AnyExecutor<'c>, user_id: i64, keep: Option<&str>) -> sqlx::Result<u64> {
    let r = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
        .bind(user_id)
        .bind(keep.unwrap_or_default())
        .execute(conn)
        .await?;
    Ok(r.rows_affected())
}
