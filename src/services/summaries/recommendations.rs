//! A summary's numbered recommendations: written by the people who write the summary, each
//! linked to the issues, consultation results, statements and ballots it draws on.

use super::load;
use crate::{
    db::{self, audit::Entry, municipalities::Municipality, users::User},
    domain::summary::{Form, RecommendationDraft, SourceKind},
    error::{AppError, Result},
    state::AppState,
};

/// Checks a typed recommendation: its theme and every source must be input of `m` that the
/// public may see (published issues and statements, consultations and ballots past drafting).
async fn checked(state: &AppState, m: &Municipality, form: &Form) -> Result<RecommendationDraft> {
    let parsed = RecommendationDraft::parse(form);
    let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
    if let Ok(d) = &parsed {
        let choices = crate::services::issues::choices(state, m).await?;
        if d.theme_id.is_some_and(|id| !choices.categories.iter().any(|t| t.id == id)) {
            errors.add("theme", "summary-theme-unknown");
        }
        for kind in SourceKind::ALL {
            let wanted: Vec<i64> = d.sources.iter().filter(|(k, _)| *k == kind).map(|(_, id)| *id).collect();
            let found = db::recommendations::existing(&state.db, m.id, kind, &wanted).await?;
            if wanted.iter().any(|id| !found.contains(id)) {
                errors.add(kind.field(), "summary-source-unknown");
            }
        }
    }
    match parsed {
        Ok(d) if errors.is_empty() => Ok(d),
        _ => Err(AppError::Validation(errors)),
    }
}

async fn writer(state: &AppState, actor: &User, m: &Municipality, summary_id: i64) -> Result<()> {
    let (s, a) = load(state, Some(actor), m, summary_id).await?;
    if !a.write {
        return Err(AppError::Forbidden);
    }
    if !s.status.is_editable() {
        return Err(AppError::Conflict("summary-frozen"));
    }
    Ok(())
}

fn audit<'a>(action: &'a str, actor: &User, m: &Municipality, detail: &'a str) -> Entry<'a> {
    Entry::new(action).by(actor.id).municipality(m.id).detail(detail)
}

/// Adds a recommendation as the next point.
pub async fn add(state: &AppState, actor: &User, m: &Municipality, summary_id: i64, form: &Form) -> Result<i64> {
    writer(state, actor, m, summary_id).await?;
    let d = checked(state, m, form).await?;
    let mut tx = state.db.begin().await?;
    let id = db::recommendations::insert(&mut tx, summary_id, &d).await?.ok_or(AppError::Conflict("summary-frozen"))?;
    db::audit::record(&mut *tx, &audit("recommendation.add", actor, m, &format!("summary {summary_id} recommendation {id}"))).await?;
    tx.commit().await?;
    Ok(id)
}

/// Changes a recommendation.
pub async fn update(state: &AppState, actor: &User, m: &Municipality, summary_id: i64, id: i64, form: &Form) -> Result<()> {
    writer(state, actor, m, summary_id).await?;
    let d = checked(state, m, form).await?;
    let mut tx = state.db.begin().await?;
    if !db::recommendations::update(&mut tx, summary_id, id, &d).await? {
        return Err(AppError::NotFound);
    }
    db::audit::record(&mut *tx, &audit("recommendation.edit", actor, m, &format!("summary {summary_id} recommendation {id}"))).await?;
    tx.commit().await?;
    Ok(())
}

/// Removes a recommendation; the later points move up a number.
pub async fn remove(state: &AppState, actor: &User, m: &Municipality, summary_id: i64, id: i64) -> Result<()> {
    writer(state, actor, m, summary_id).await?;
    let mut tx = state.db.begin().await?;
    if !db::recommendations::remove(&mut tx, summary_id, id).await? {
        return Err(AppError::NotFound);
    }
    db::audit::record(&mut *tx, &audit("recommendation.remove", actor, m, &format!("summary {summary_id} recommendation {id}"))).await?;
    tx.commit().await?;
    Ok(())
}
