//! Registration, login and the two ways back into an account without email: the recovery code
//! shown at registration, and a reset code an admin issues after checking in person.

use crate::{
    app::AppState,
    db::{self, audit::Entry, users::User},
    domain::{codes, email::Email, language::LanguageTag, password::NewPassword, username},
    error::{AppError, FieldErrors, Result},
};

/// The registration form, as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct RegisterForm {
    /// Pseudonym.
    pub username: String,
    /// New password.
    pub password: String,
    /// Its confirmation.
    pub password_confirm: String,
    /// Optional email.
    pub email: String,
    /// Preferred language tag (optional).
    pub language: String,
    /// Municipality slug to join as a resident (optional).
    pub municipality: String,
}

/// A new account and the recovery code to show once.
pub struct Registered {
    /// The account.
    pub user: User,
    /// Shown once, never stored in clear.
    pub recovery_code: String,
}

/// Creates an account (and, when a municipality is chosen, a resident role in it).
pub async fn register(state: &AppState, form: &RegisterForm) -> Result<Registered> {
    let mut errors = FieldErrors::new();
    let name = username::Username::parse(&form.username).map_err(|e| errors.add("username", e)).ok();
    let password =
        NewPassword::parse(&form.password, &form.password_confirm, Some(&form.username)).map_err(|(field, e)| errors.add(field, e)).ok();
    let email = Email::parse_optional(&form.email).map_err(|e| errors.add("email", e)).ok().flatten();
    let language = match form.language.trim() {
        "" => None,
        tag => LanguageTag::parse(tag).map_err(|e| errors.add("language", e)).ok(),
    };
    let municipality = match form.municipality.trim() {
        "" => None,
        slug => {
            let found = db::municipalities::by_slug(&state.db, slug).await?;
            if found.is_none() {
                errors.add("municipality", "municipality-unknown");
            }
            found
        }
    };
    let (Some(name), Some(password)) = (name, password) else { return Err(AppError::Validation(errors)) };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let password_hash = state.hasher.hash(password.expose()).await?;
    let recovery_code = codes::generate(4);
    let recovery_hash = state.hasher.hash(&codes::normalize(&recovery_code)).await?;

    let mut tx = state.db.begin().await?;
    let new = db::users::NewUser {
        username: name.as_str(),
        username_key: &name.key(),
        password_hash: &password_hash,
        email: email.as_ref().map(Email::as_str),
        preferred_language: language.as_ref().map(LanguageTag::as_str),
        recovery_code_hash: Some(&recovery_hash),
        is_admin: false,
        must_change_password: false,
    };
    let Some(id) = db::users::insert(&mut *tx, &new).await? else {
        errors.add("username", "username-taken");
        return Err(AppError::Validation(errors));
    };
    if let Some(m) = &municipality {
        db::roles::grant(&mut *tx, id, m.id, crate::domain::role::Role::Resident, Some(id)).await?;
    }
    let user = db::users::by_id(&mut *tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    tracing::info!(user.id = id, "account registered");
    Ok(Registered { user, recovery_code })
}

/// Checks a username and password. Wrong names and wrong passwords fail alike (same message,
/// same work); after too many failures in a row the account pauses for a while.
pub async fn login(state: &AppState, typed_name: &str, password: &str) -> Result<User> {
    let failed = |id| {
        let mut e = FieldErrors::new();
        e.add("form", id);
        AppError::Validation(e)
    };
    if typed_name.len() > 256 || password.len() > crate::domain::password::MAX_BYTES {
        return Err(failed("login-failed"));
    }
    let creds = db::users::credentials_by_key(&state.db, &username::key_of(typed_name)).await?;
    let ok = state.hasher.verify(password, creds.as_ref().map(|c| c.password_hash.as_str())).await?;
    let Some(creds) = creds else { return Err(failed("login-failed")) };
    if creds.locked_until.is_some_and(|t| t > db::now()) {
        return Err(failed("login-paused"));
    }
    if !ok {
        let cfg = &state.config;
        db::users::record_failed_login(&state.db, creds.id, i64::from(cfg.lockout_failures), i64::from(cfg.lockout_minutes) * 60).await?;
        return Err(failed("login-failed"));
    }
    if creds.failed_logins > 0 || creds.locked_until.is_some() {
        db::users::record_successful_login(&state.db, creds.id).await?;
    }
    db::users::by_id(&state.db, creds.id).await?.ok_or(AppError::NotFound)
}

/// The change-password form.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    /// Current password.
    pub current_password: String,
    /// New password.
    pub password: String,
    /// Its confirmation.
    pub password_confirm: String,
}

/// Changes the password of a signed-in user. Returns the account's new session epoch; every
/// other session of the account ends.
pub async fn change_password(state: &AppState, user: &User, form: &PasswordForm, current_session: Option<&str>) -> Result<i64> {
    let mut errors = FieldErrors::new();
    let new = NewPassword::parse(&form.password, &form.password_confirm, Some(&user.username)).map_err(|(f, e)| errors.add(f, e)).ok();
    let stored = db::users::password_hash(&state.db, user.id).await?;
    if !state.hasher.verify(&form.current_password, stored.as_deref()).await? {
        errors.add("current_password", "password-wrong");
    }
    let Some(new) = new.filter(|_| errors.is_empty()) else { return Err(AppError::Validation(errors)) };
    let hash = state.hasher.hash(new.expose()).await?;
    let mut tx = state.db.begin().await?;
    db::users::set_password(&mut *tx, user.id, &hash).await?;
    db::sessions::end_all_for_user(&mut *tx, user.id, current_session).await?;
    tx.commit().await?;
    tracing::info!(user.id = user.id, "password changed");
    Ok(user.session_epoch + 1)
}

/// Which code a person brings to get back into their account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// The recovery code shown at registration.
    Recovery,
    /// A reset code issued by an admin.
    Reset,
}

/// The recover/reset form.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct CodeForm {
    /// Username.
    pub username: String,
    /// The code, as typed.
    pub code: String,
    /// New password.
    pub password: String,
    /// Its confirmation.
    pub password_confirm: String,
}

/// Sets a new password with a recovery or reset code. Returns the account and a fresh recovery
/// code (the old one is used up).
pub async fn redeem_code(state: &AppState, kind: CodeKind, form: &CodeForm) -> Result<Registered> {
    let mut errors = FieldErrors::new();
    let new = NewPassword::parse(&form.password, &form.password_confirm, Some(&form.username)).map_err(|(f, e)| errors.add(f, e)).ok();
    let found = db::users::code_hashes(&state.db, &username::key_of(&form.username)).await?;
    let stored = found.as_ref().and_then(|(_, recovery, reset, expires)| match kind {
        CodeKind::Recovery => recovery.clone(),
        CodeKind::Reset => reset.clone().filter(|_| expires.is_some_and(|t| t > db::now())),
    });
    let code_ok = state.hasher.verify(&codes::normalize(&form.code), stored.as_deref()).await?;
    if !code_ok {
        errors.add("code", "code-invalid");
    }
    let (Some(new), Some((id, ..)), true) = (new, found, errors.is_empty()) else { return Err(AppError::Validation(errors)) };
    let hash = state.hasher.hash(new.expose()).await?;
    let recovery_code = codes::generate(4);
    let recovery_hash = state.hasher.hash(&codes::normalize(&recovery_code)).await?;
    let mut tx = state.db.begin().await?;
    db::users::set_password(&mut *tx, id, &hash).await?;
    db::users::set_recovery_code(&mut *tx, id, &recovery_hash).await?;
    db::sessions::end_all_for_user(&mut *tx, id, None).await?;
    let action = match kind {
        CodeKind::Recovery => "account.recover",
        CodeKind::Reset => "account.reset",
    };
    db::audit::record(&mut *tx, &Entry::new(action).by(id).about(id)).await?;
    let user = db::users::by_id(&mut *tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(Registered { user, recovery_code })
}
