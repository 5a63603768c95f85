//! Administration: municipalities, roles, the admin flag and in-person password resets.
//! Every function checks that the actor is a global admin and writes the audit log.

use crate::{
    db::{self, audit::Entry, users::User},
    domain::{codes, municipality::MunicipalityInput, role::Role},
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// Refuses anyone but a global admin.
pub fn require_admin(actor: &User) -> Result<()> {
    if actor.is_admin { Ok(()) } else { Err(AppError::Forbidden) }
}

fn slug_taken() -> AppError {
    let mut f = FieldErrors::new();
    f.add("slug", "municipality-slug-taken");
    AppError::Validation(f)
}

/// Creates a municipality.
pub async fn create_municipality(state: &AppState, actor: &User, input: &MunicipalityInput) -> Result<i64> {
    require_admin(actor)?;
    let mut tx = state.db.begin().await?;
    let id = db::municipalities::insert(&mut tx, input).await?.ok_or_else(slug_taken)?;
    db::audit::record(&mut *tx, &Entry::new("municipality.create").by(actor.id).municipality(id).detail(&input.slug)).await?;
    tx.commit().await?;
    state.directory.invalidate();
    Ok(id)
}

/// Updates a municipality's settings.
pub async fn update_municipality(state: &AppState, actor: &User, id: i64, input: &MunicipalityInput) -> Result<()> {
    require_admin(actor)?;
    state.directory.get(&state.db).await?.municipality_by_id(id).ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    if !db::municipalities::update(&mut *tx, id, input).await? {
        return Err(slug_taken());
    }
    db::audit::record(&mut *tx, &Entry::new("municipality.update").by(actor.id).municipality(id).detail(&input.slug)).await?;
    tx.commit().await?;
    state.directory.invalidate();
    Ok(())
}

/// Grants or revokes a role in a municipality.
pub async fn set_role(state: &AppState, actor: &User, user_id: i64, municipality_id: i64, role: Role, grant: bool) -> Result<()> {
    require_admin(actor)?;
    db::users::by_id(&state.db, user_id).await?.ok_or(AppError::NotFound)?;
    state.directory.get(&state.db).await?.municipality_by_id(municipality_id).ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let changed = if grant {
        db::roles::grant(&mut *tx, user_id, municipality_id, role, Some(actor.id)).await?
    } else {
        db::roles::revoke(&mut *tx, user_id, municipality_id, role).await?
    };
    if changed {
        let action = if grant { "role.grant" } else { "role.revoke" };
        db::audit::record(&mut *tx, &Entry::new(action).by(actor.id).municipality(municipality_id).about(user_id).detail(role.as_str()))
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Makes an account a global admin, or takes that away (never from the last admin).
pub async fn set_admin(state: &AppState, actor: &User, user_id: i64, admin: bool) -> Result<()> {
    require_admin(actor)?;
    let mut tx = state.db.begin().await?;
    if !admin && db::users::count_admins(&mut *tx).await? <= 1 {
        return Err(AppError::Conflict("account-last-admin"));
    }
    if !db::users::set_admin(&mut *tx, user_id, admin).await? {
        return Err(AppError::NotFound);
    }
    let action = if admin { "admin.grant" } else { "admin.revoke" };
    db::audit::record(&mut *tx, &Entry::new(action).by(actor.id).about(user_id)).await?;
    tx.commit().await?;
    Ok(())
}

/// Issues a one-time reset code for someone whose identity the admin checked in person.
/// Returns the code to read out; only its hash is stored.
pub async fn issue_reset_code(state: &AppState, actor: &User, user_id: i64) -> Result<String> {
    require_admin(actor)?;
    db::users::by_id(&state.db, user_id).await?.ok_or(AppError::NotFound)?;
    let code = codes::generate(3);
    let hash = state.hasher.hash(&codes::normalize(&code)).await?;
    let expires = db::now() + i64::from(state.config.reset_code_hours) * 3600;
    db::users::set_reset_code(&state.db, user_id, &hash, expires).await?;
    db::audit::record(&state.db, &Entry::new("account.reset-code").by(actor.id).about(user_id)).await?;
    Ok(code)
}
