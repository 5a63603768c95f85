//! The database: one pool over SQLite or PostgreSQL through sqlx's `Any` driver, the
//! migrations of each dialect, and one module per aggregate.
//!
//! Queries are written once, in the portable subset both databases share: `$1` placeholders,
//! `RETURNING`, `ON CONFLICT`, epoch-second integers for times and checked TEXT for enums.

pub mod answers;
pub mod attachments;
pub mod audit;
pub mod ballots;
pub mod bot;
pub mod comments;
pub mod consultations;
pub mod councils;
pub mod issues;
pub mod listing;
pub mod meetings;
pub mod municipalities;
pub mod notifications;
pub mod official;
pub mod pace;
pub mod papers;
pub mod pool;
pub mod recommendations;
pub mod redactions;
pub mod referrals;
pub mod reports;
pub mod responses;
pub mod roles;
pub mod said_did;
pub mod search;
pub mod sessions;
pub mod statements;
pub mod summaries;
pub mod summary_data;
pub mod themes;
pub mod translations;
pub mod users;

use std::{str::FromStr, sync::Once, time::Duration};

use anyhow::Context as _;
use sqlx::{
    Executor as _,
    any::{AnyConnectOptions, AnyPoolOptions},
};

use crate::config::Config;

pub use pool::Db;

pub use pool::Tx;

/// Which database engine a URL points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

impl Backend {
    /// The engine a database URL names.
    pub fn of_url(url: &str) -> Self {
        if url.starts_with("postgres") { Self::Postgres } else { Self::Sqlite }
    }
}

/// Current time as Unix epoch seconds.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or_default()
}

/// Opens the pool. SQLite files are created when missing, run in WAL mode with a busy
/// timeout, and enforce foreign keys.
pub async fn connect(config: &Config) -> anyhow::Result<Db> {
    connect_url(&config.database_url, config.db_min_connections, config.db_max_connections).await
}

/// Opens a pool on `url` with the given pool sizes.
pub async fn connect_url(url: &str, min: u32, max: u32) -> anyhow::Result<Db> {
    static DRIVERS: Once = Once::new();
    DRIVERS.call_once(sqlx::any::install_default_drivers);
    let backend = Backend::of_url(url);
    let url = match backend {
        Backend::Sqlite if !url.contains("mode=") => {
            format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
        }
        _ => url.to_string(),
    };
    let options = AnyConnectOptions::from_str(&url).context("parsing DATABASE_URL")?;
    AnyPoolOptions::new()
        .min_connections(min)
        .max_connections(max)
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    for pragma in [
                        "PRAGMA journal_mode = WAL",
                        "PRAGMA busy_timeout = 5000",
                        "PRAGMA synchronous = NORMAL",
                        "PRAGMA foreign_keys = ON",
                        // Deleted rows are overwritten, not left in free pages: a shuffled
                        // ballot must not keep its papers' order of casting on disk.
                        "PRAGMA secure_delete = ON",
                    ] {
                        conn.execute(pragma).await?;
                    }
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await
        .map(Db::new)
        .with_context(|| format!("connecting to the {backend:?} database"))
}

/// Applies pending migrations of the pool's dialect. Safe to run from several servers at
/// once: sqlx takes a lock first.
pub async fn migrate(db: &Db, backend: Backend) -> anyhow::Result<()> {
    match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&**db).await,
        Backend::Postgres => sqlx::migrate!("./migrations/postgres").run(&**db).await,
    }
    .context("applying database migrations")
}

/// Whether a typed string can be sent to the database at all: PostgreSQL refuses NUL in
/// text, so a look-up by such a string simply finds nothing (on both databases alike).
pub fn searchable(s: &str) -> bool {
    !s.contains('\0')
}

/// Marks everything that listings and issue pages show as changed (for writes that the
/// triggers on those tables do not see).
pub async fn bump_content_version<'c>(conn: impl sqlx::AnyExecutor<'c>) -> sqlx::Result<()> {
    sqlx::query("UPDATE content_version SET version = version + 1 WHERE id = 1").execute(conn).await?;
    Ok(())
}

/// Whether the database answers (for `/healthz`).
pub async fn ping(db: &Db) -> bool {
    sqlx::query("SELECT 1").execute(db).await.is_ok()
}
