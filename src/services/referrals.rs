//! The referral directory: where a resident gets help with their own situation. Anyone may
//! read it (no account, nothing stored); global admins manage it, and every change is audited.

use super::admin::require_admin;
use crate::{
    db::{self, audit::Entry, municipalities::Municipality, referrals::Service, users::User},
    domain::participation::ServiceForm,
    error::{AppError, Result},
    state::AppState,
};

/// The directory of `m`; with `lang`, services speaking it come first.
pub async fn directory(state: &AppState, m: &Municipality, lang: Option<&str>) -> Result<Vec<Service>> {
    let mut services = state.directory.get(&state.db).await?.services(m.id).to_vec();
    if let Some(lang) = lang {
        services.sort_by_key(|s| !s.speaks(lang));
    }
    Ok(services)
}

/// Adds (`id` None) or changes a service.
pub async fn save(state: &AppState, actor: &User, m: &Municipality, id: Option<i64>, form: &ServiceForm) -> Result<i64> {
    require_admin(actor)?;
    let mut service = form.validate().map_err(AppError::Validation)?;
    let mut tx = state.db.begin().await?;
    let id = match id {
        Some(id) => {
            service.id = id;
            if !db::referrals::update(&mut *tx, m.id, &service).await? {
                return Err(AppError::NotFound);
            }
            id
        }
        None => db::referrals::insert(&mut *tx, m.id, &service).await?,
    };
    db::audit::record(&mut *tx, &Entry::new("municipality.service").by(actor.id).municipality(m.id).detail(&service.name)).await?;
    tx.commit().await?;
    state.directory.invalidate();
    Ok(id)
}

/// Removes a service.
pub async fn delete(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    require_admin(actor)?;
    let mut tx = state.db.begin().await?;
    if !db::referrals::delete(&mut *tx, m.id, id).await? {
        return Err(AppError::NotFound);
    }
    db::audit::record(&mut *tx, &Entry::new("municipality.service-removed").by(actor.id).municipality(m.id).detail(&id.to_string()))
        .await?;
    tx.commit().await?;
    state.directory.invalidate();
    Ok(())
}
