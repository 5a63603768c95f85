//! Overdue points, noticed without anyone acting: every server sweeps every
//! `CHORUS_OVERDUE_INTERVAL_MS` (a minute by default). One statement claims the points whose
//! deadline day is over and whose notice has not gone out, in the same transaction as the
//! notices, so a point is announced once however many servers sweep, and a sweep that fails
//! half-way announces nothing and leaves the point for the next.

use std::time::Duration;

use crate::{db, state::AppState};

/// Claims overdue points and tells, once each, the owner (else the municipality's officials)
/// and the forwarding council's current members. Returns the points claimed.
pub async fn sweep(state: &AppState, now: i64) -> anyhow::Result<Vec<db::official::Overdue>> {
    let mut tx = state.db.begin().await?;
    let claimed = db::official::claim_overdue(&mut *tx, now).await?;
    let mut told = 0;
    for o in &claimed {
        told += db::official::notify_overdue(&mut *tx, o.point_id).await?;
    }
    tx.commit().await?;
    for o in &claimed {
        tracing::info!(point.id = o.point_id, municipality.id = o.municipality_id, "recommendation overdue");
    }
    if !claimed.is_empty() {
        tracing::info!(points = claimed.len(), notified = told, "overdue notices sent");
    }
    Ok(claimed)
}

/// Sweeps every `overdue_interval_ms` until the returned task is aborted.
pub fn spawn(state: AppState) -> Option<tokio::task::JoinHandle<()>> {
    let period = Duration::from_millis(state.config.overdue_interval_ms);
    crate::services::cache::every(period, move || {
        let state = state.clone();
        async move {
            if let Err(e) = sweep(&state, db::now()).await {
                tracing::warn!(error = %e, "could not look for overdue recommendations");
            }
        }
    })
}
