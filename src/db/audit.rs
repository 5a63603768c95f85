//! The audit log: who did what to whom, when and why. Never holds passwords or codes.

use sqlx::Row as _;

use super::now;

/// An entry to record: `Entry::new("role.grant").by(admin).municipality(m).about(user)`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Entry<'a> {
    /// Who acted (None for the system or the command line).
    pub actor_id: Option<i64>,
    /// Municipality concerned.
    pub municipality_id: Option<i64>,
    /// Account concerned.
    pub subject_user_id: Option<i64>,
    /// Dotted action name, e.g. `role.grant`.
    pub action: &'a str,
    /// Short detail (a role name, a reason), never personal data.
    pub detail: Option<&'a str>,
}

impl<'a> Entry<'a> {
    /// An entry for `action`, by nobody in particular (the system or the command line).
    pub fn new(action: &'a str) -> Self {
        Self { action, ..Self::default() }
    }
    /// Who acted.
    pub fn by(self, actor_id: i64) -> Self {
        Self { actor_id: Some(actor_id), ..self }
    }
    /// The municipality concerned.
    pub fn municipality(self, id: i64) -> Self {
        Self { municipality_id: Some(id), ..self }
    }
    /// The account concerned.
    pub fn about(self, user_id: i64) -> Self {
        Self { subject_user_id: Some(user_id), ..self }
    }
    /// A short detail (never personal data).
    pub fn detail(self, detail: &'a str) -> Self {
        Self { detail: Some(detail), ..self }
    }
}

/// Appends an entry.
pub async fn record<'c>(conn: impl sqlx::AnyExecutor<'c>, e: &Entry<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (actor_id, municipality_id, subject_user_id, action, detail, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(e.actor_id)
    .bind(e.municipality_id)
    .bind(e.subject_user_id)
    .bind(e.action)
    .bind(e.detail)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// An entry as shown in a data export.
#[derive(Debug, serde::Serialize)]
pub struct ExportedEntry {
    /// Action name.
    pub action: String,
    /// Detail.
    pub detail: Option<String>,
    /// Epoch seconds.
    pub created_at: i64,
}

/// Entries about (or by) one user, for their data export.
pub async fn concerning(db: &super::Db, user_id: i64) -> sqlx::Result<Vec<ExportedEntry>> {
    let rows =
        sqlx::query("SELECT action, detail, created_at FROM audit_log WHERE subject_user_id = $1 OR actor_id = $1 ORDER BY created_at, id")
            .bind(user_id)
            .fetch_all(db)
            .await?;
    rows.iter()
        .map(|r| Ok(ExportedEntry { action: r.try_get("action")?, detail: r.try_get("detail")?, created_at: r.try_get("created_at")? }))
        .collect()
}

/// An entry as shown on a municipality's audit page.
#[derive(Debug, serde::Serialize)]
pub struct Row {
    /// Who acted (their pseudonym; None for the system or a deleted account).
    pub actor: Option<String>,
    /// Action name.
    pub action: String,
    /// Detail (an issue number, a reason id, a role).
    pub detail: Option<String>,
    /// Epoch seconds.
    pub created_at: i64,
}

/// The newest entries of a municipality, optionally only actions starting with `prefix`.
pub async fn of_municipality(db: &super::Db, municipality_id: i64, prefix: Option<&str>, limit: i64) -> sqlx::Result<Vec<Row>> {
    let pattern = format!("{}%", prefix.unwrap_or_default().replace(['%', '_', '\0'], ""));
    let rows = sqlx::query(
        "SELECT u.username, a.action, a.detail, a.created_at FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
         WHERE a.municipality_id = $1 AND a.action LIKE $2 ORDER BY a.id DESC LIMIT $3",
    )
    .bind(municipality_id)
    .bind(pattern)
    .bind(limit)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Row {
                actor: r.try_get("username")?,
                action: r.try_get("action")?,
                detail: r.try_get("detail")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}
