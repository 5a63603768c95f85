//! Registration, login and the two ways back into an account without email: the recovery code
//! shown at registration, and a reset code an admin issues after checking in person.

use crate::{
    db::{self, audit::Entry, users::User},
    domain::{codes, email::Email, language::LanguageTag, password::NewPassword, username},
    error::{AppError, FieldErrors, Result},
    state::AppState,
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

/// Creates an account (and, when a municipality is chosen, a resident role in it). `client`
/// names who asks (their address), for the fairness of the hashing queue only.
pub async fn register(state: &AppState, form: &RegisterForm, client: &str) -> Result<Registered> {
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
            let found = state.directory.get(&state.db).await?.municipality(slug).cloned();
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
    let password_hash = state.hasher.hash_as(client, password.expose()).await?;
    let recovery_code = codes::generate(4);
    let recovery_hash = state.hasher.hash_as(client, &codes::normalize(&recovery_code)).await?;

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
        password_expires_at: None,
        username_skeleton: Some(&name.skeleton()),
    };
    let Some(id) = db::users::insert(&mut *tx, &new).await? else {
        drop(tx);
        errors.add("username", name_refusal(state, &name).await?);
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

/// Why a valid name could not be registered: it is taken, or it looks like one that is.
pub(crate) async fn name_refusal(state: &AppState, name: &username::Username) -> Result<&'static str> {
    Ok(if db::users::by_key(&state.db, &name.key()).await?.is_some() { "username-taken" } else { "username-too-similar" })
}

/// Name of the cookie that recognizes a device an account signed in from before.
pub const DEVICE_COOKIE: &str = "chorus_device";

/// The value of the device cookie for an account: its id and a tag under the server key,
/// bound to the account's session epoch, so a password change forgets every device.
pub fn device_token(state: &AppState, user_id: i64, epoch: i64) -> String {
    let (id, epoch) = (user_id.to_string(), epoch.to_string());
    format!("{id}.{}", state.keys.sign("device", &[&id, &epoch]))
}

fn recognizes(state: &AppState, device: Option<&str>, user_id: i64, epoch: i64) -> bool {
    let Some((id, tag)) = device.and_then(|d| d.split_once('.')) else { return false };
    id == user_id.to_string() && state.keys.verify("device", &[id, &epoch.to_string()], tag)
}

/// A successful sign-in: the account and the device cookie to set.
pub struct SignedIn {
    /// The account.
    pub user: User,
    /// The new value of the device cookie.
    pub device: String,
}

/// Checks a username and password. Wrong names, wrong passwords and paused accounts fail
/// alike: the same message and the same work, so the answer never tells whether a name
/// exists. After `CHORUS_LOCKOUT_FAILURES` failures in a row, sign-ins from devices the
/// account has not signed in from pause, longer with each further failure; a device the
/// owner signed in from before (the `device` cookie) is never paused, so a stranger cannot
/// keep the owner out. `client` names who asks (their address), for the hashing queue only.
pub async fn login(state: &AppState, typed_name: &str, password: &str, device: Option<&str>, client: &str) -> Result<SignedIn> {
    let failed = |id| {
        let mut e = FieldErrors::new();
        e.add("form", id);
        AppError::Validation(e)
    };
    if typed_name.len() > 256 || password.len() > crate::domain::password::MAX_BYTES {
        return Err(failed("login-failed"));
    }
    let mut creds = db::users::credentials_by_key(&state.db, &username::key_of(typed_name)).await?;
    if creds.is_none() {
        // Accounts made before names were case-folded in full keep their old key.
        creds = db::users::credentials_by_key(&state.db, &username::legacy_key_of(typed_name)).await?;
    }
    let ok = state.hasher.verify_as(client, password, creds.as_ref().map(|c| c.password_hash.as_str())).await?;
    let Some(creds) = creds else { return Err(failed("login-failed")) };
    let now = db::now();
    let recognized = recognizes(state, device, creds.id, creds.session_epoch);
    if creds.locked_until.is_some_and(|t| t > now) && !recognized {
        return Err(failed("login-failed"));
    }
    if !ok {
        record_failure(state, creds.id).await?;
        return Err(failed("login-failed"));
    }
    if creds.must_change_password && creds.password_expires_at.is_some_and(|t| t <= now) {
        // Only someone who knows the one-time password learns that it expired.
        return Err(failed("login-one-time-expired"));
    }
    if creds.failed_logins > 0 || creds.locked_until.is_some() {
        db::users::record_successful_login(&state.db, creds.id).await?;
    }
    let user = db::users::by_id(&state.db, creds.id).await?.ok_or(AppError::NotFound)?;
    Ok(SignedIn { device: device_token(state, user.id, user.session_epoch), user })
}

async fn record_failure(state: &AppState, id: i64) -> Result<()> {
    let cfg = &state.config;
    db::users::record_failed_login(&state.db, id, i64::from(cfg.lockout_failures), i64::from(cfg.lockout_minutes) * 60).await?;
    Ok(())
}

/// The answer to a current-password check made inside a signed-in session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurrentPassword {
    /// It is right.
    Right,
    /// It is wrong; `end_session` when this session has now failed too often and must end.
    Wrong {
        /// Sign this session out.
        end_session: bool,
    },
}

/// Checks the current password of a signed-in person (before a password change or a
/// deletion). A borrowed session gets few guesses: each wrong one counts towards the
/// account's failures (pausing sign-ins from unknown devices, as at login), and after
/// `CHORUS_LOCKOUT_FAILURES` wrong ones in this session (`session_failures` so far) the
/// session ends. At most a few hashes per account wait at once (429 beyond).
pub async fn check_current_password(state: &AppState, user: &User, password: &str, session_failures: u32) -> Result<CurrentPassword> {
    let stored = db::users::password_hash(&state.db, user.id).await?;
    let ok = password.len() <= crate::domain::password::MAX_BYTES
        && state.hasher.verify_as(&format!("account:{}", user.id), password, stored.as_deref()).await?;
    if ok {
        return Ok(CurrentPassword::Right);
    }
    record_failure(state, user.id).await?;
    let end_session = session_failures + 1 >= state.config.lockout_failures;
    if end_session {
        tracing::info!(user.id = user.id, "session ended after too many wrong passwords");
    }
    Ok(CurrentPassword::Wrong { end_session })
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

/// A refused password change or deletion: the form's errors, and whether the session must
/// end (too many wrong current passwords).
#[derive(Debug)]
pub struct Refused {
    /// Per-field errors.
    pub errors: FieldErrors,
    /// The session failed too many current-password checks.
    pub end_session: bool,
}

/// Changes the password of a signed-in user. Returns the account's new session epoch; every
/// other session of the account ends. `session_failures`: wrong current passwords so far in
/// this session (see [`check_current_password`]).
pub async fn change_password(
    state: &AppState,
    user: &User,
    form: &PasswordForm,
    current_session: Option<&str>,
    session_failures: u32,
) -> Result<Result<i64, Refused>> {
    let refuse = |errors, end_session| Ok(Err(Refused { errors, end_session }));
    let mut errors = FieldErrors::new();
    let new = NewPassword::parse(&form.password, &form.password_confirm, Some(&user.username)).map_err(|(f, e)| errors.add(f, e)).ok();
    if let CurrentPassword::Wrong { end_session } = check_current_password(state, user, &form.current_password, session_failures).await? {
        errors.add("current_password", "password-wrong");
        return refuse(errors, end_session);
    }
    let Some(new) = new.filter(|_| errors.is_empty()) else { return refuse(errors, false) };
    let hash = state.hasher.hash_as(&format!("account:{}", user.id), new.expose()).await?;
    let mut tx = state.db.begin().await?;
    db::users::set_password(&mut *tx, user.id, &hash).await?;
    db::sessions::end_all_for_user(&mut *tx, user.id, current_session).await?;
    tx.commit().await?;
    tracing::info!(user.id = user.id, "password changed");
    Ok(Ok(user.session_epoch + 1))
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
/// code (the old one is used up). `client` names who asks, for the hashing queue only.
pub async fn redeem_code(state: &AppState, kind: CodeKind, form: &CodeForm, client: &str) -> Result<Registered> {
    let mut errors = FieldErrors::new();
    let new = NewPassword::parse(&form.password, &form.password_confirm, Some(&form.username)).map_err(|(f, e)| errors.add(f, e)).ok();
    let mut found = db::users::code_hashes(&state.db, &username::key_of(&form.username)).await?;
    if found.is_none() {
        found = db::users::code_hashes(&state.db, &username::legacy_key_of(&form.username)).await?;
    }
    let stored = found.as_ref().and_then(|(_, recovery, reset, expires)| match kind {
        CodeKind::Recovery => recovery.clone(),
        CodeKind::Reset => reset.clone().filter(|_| expires.is_some_and(|t| t > db::now())),
    });
    let code_ok = state.hasher.verify_as(client, &codes::normalize(&form.code), stored.as_deref()).await?;
    if !code_ok {
        errors.add("code", "code-invalid");
    }
    let (Some(new), Some((id, ..)), true) = (new, found, errors.is_empty()) else { return Err(AppError::Validation(errors)) };
    let hash = state.hasher.hash_as(client, new.expose()).await?;
    let recovery_code = codes::generate(4);
    let recovery_hash = state.hasher.hash_as(client, &codes::normalize(&recovery_code)).await?;
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
