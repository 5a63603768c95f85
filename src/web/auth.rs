//! Registration, sign-in and sign-out, and getting back in with a recovery or reset code.

use std::time::Duration;

use askama::Template;
use axum::{
    Form, Router,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::Response,
    routing::get,
};
use tower_sessions::Session;

use super::{
    Ctx,
    context::{ClientIp, EPOCH_KEY, RotateCsrf},
    query::Query,
    render, render_with, see_other,
};
use crate::{
    db::{municipalities::Municipality, sessions::USER_KEY, users::User},
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        auth::{CodeForm, CodeKind, DEVICE_COOKIE, RegisterForm},
        throttle::Action,
    },
    state::AppState,
};

/// Session key: the person chose "keep me signed in" (the session then lasts
/// `CHORUS_SESSION_REMEMBER_DAYS` without a visit instead of `CHORUS_SESSION_IDLE_HOURS`).
pub const REMEMBER_KEY: &str = "remember";
/// Session key: wrong current passwords typed in this session.
pub const PASSWORD_FAILURES_KEY: &str = "password_failures";

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/register", get(register_form).post(register))
        .route("/login", get(login_form).post(login))
        .route("/logout", axum::routing::post(logout))
        .route("/recover", get(recover_form).post(recover))
        .route("/reset", get(reset_form).post(reset))
}

fn session_error(e: tower_sessions::session::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("session store: {e}"))
}

/// Signs `user` in on this session, with a new session id (no fixation). With `remember`,
/// the session outlives the browser and lasts `CHORUS_SESSION_REMEMBER_DAYS` without a visit.
pub async fn sign_in(state: &AppState, session: &Session, user: &User, remember: bool) -> Result<()> {
    session.cycle_id().await.map_err(session_error)?;
    session.insert(USER_KEY, user.id).await.map_err(session_error)?;
    session.insert(EPOCH_KEY, user.session_epoch).await.map_err(session_error)?;
    if remember {
        session.insert(REMEMBER_KEY, true).await.map_err(session_error)?;
        session.set_expiry(Some(remembered(state)));
    }
    Ok(())
}

/// The expiry of a "keep me signed in" session.
pub fn remembered(state: &AppState) -> tower_sessions::Expiry {
    tower_sessions::Expiry::OnInactivity(time::Duration::days(i64::from(state.config.session_remember_days)))
}

/// A response after which no CSRF token from before works (sign-in, sign-out).
fn rotated(mut response: Response) -> Response {
    response.extensions_mut().insert(RotateCsrf);
    response
}

/// Signs a person in and shows their new recovery code, once, in the answer to this POST
/// (never stored for a later page: a GET must not use anything up).
async fn sign_in_showing_code(state: &AppState, ctx: Ctx, session: &Session, done: services::auth::Registered) -> Result<Response> {
    sign_in(state, session, &done.user, false).await?;
    Ok(rotated(render(&CodePage { ctx, code: done.recovery_code })))
}

/// Remembers this device for the account (a year): sign-ins from it are never paused by
/// other people's wrong guesses.
pub fn set_device_cookie(state: &AppState, response: &mut Response, token: &str) {
    let secure = if state.config.secure_cookies { "; Secure" } else { "" };
    let cookie = format!("{DEVICE_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000{secure}");
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// Who asks, for the fairness of the hashing queue (kept in memory only, never logged).
fn submitter(client: ClientIp) -> String {
    format!("client:{}", client.0)
}

fn throttled(state: &AppState, client: ClientIp, action: Action) -> Result<()> {
    let cfg = &state.config;
    let (limit, window) = match action {
        Action::Login => (cfg.login_per_client_per_minute, Duration::from_secs(60)),
        Action::Register => (cfg.register_per_client_per_hour, Duration::from_secs(3600)),
    };
    if state.limiter.allow(action, client.0, limit, window) { Ok(()) } else { Err(AppError::TooManyRequests) }
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    ctx: Ctx,
    form: RegisterForm,
    errors: FieldErrors,
    municipalities: Vec<Municipality>,
}

#[derive(serde::Deserialize)]
struct RegisterQuery {
    m: Option<String>,
}

async fn register_form(State(state): State<AppState>, ctx: Ctx, Query(q): Query<RegisterQuery>) -> Result<Response> {
    let form = RegisterForm { municipality: q.m.unwrap_or_default(), language: ctx.tr.lang().to_string(), ..Default::default() };
    let municipalities = state.directory.get(&state.db).await?.municipalities.clone();
    Ok(render(&RegisterPage { ctx, form, errors: FieldErrors::new(), municipalities }))
}

async fn register(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientIp,
    session: Session,
    Form(form): Form<RegisterForm>,
) -> Result<Response> {
    throttled(&state, client, Action::Register)?;
    match services::auth::register(&state, &form, &submitter(client)).await {
        Ok(done) => sign_in_showing_code(&state, ctx, &session, done).await,
        Err(AppError::Validation(errors)) => {
            let municipalities = state.directory.get(&state.db).await?.municipalities.clone();
            // Passwords are never sent back to the browser.
            let form = RegisterForm { password: String::new(), password_confirm: String::new(), ..form };
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &RegisterPage { ctx, form, errors, municipalities }))
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "recovery_code.html")]
struct CodePage {
    ctx: Ctx,
    code: String,
}

/// The login form as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
struct LoginForm {
    username: String,
    password: String,
    next: String,
    /// "Keep me signed in" (on a device of one's own).
    remember: String,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    ctx: Ctx,
    form: LoginForm,
    errors: FieldErrors,
    /// Signed out after too many wrong passwords.
    failures_notice: bool,
}

#[derive(serde::Deserialize)]
struct NextQuery {
    next: Option<String>,
    notice: Option<String>,
}

async fn login_form(ctx: Ctx, Query(q): Query<NextQuery>) -> Response {
    let form = LoginForm { next: q.next.unwrap_or_default(), ..Default::default() };
    let failures_notice = q.notice.as_deref() == Some("relogin");
    render(&LoginPage { ctx, form, errors: FieldErrors::new(), failures_notice })
}

async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientIp,
    session: Session,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response> {
    throttled(&state, client, Action::Login)?;
    let device = super::context::cookie(&headers, DEVICE_COOKIE);
    match services::auth::login(&state, &form.username, &form.password, device, &submitter(client)).await {
        Ok(done) => {
            let user = done.user;
            sign_in(&state, &session, &user, !form.remember.is_empty()).await?;
            tracing::info!(user.id = user.id, "signed in");
            let next = if user.must_change_password { "/account/password" } else { super::safe_local_path(&form.next) };
            let next = if next == "/" { "/account" } else { next };
            let mut response = rotated(see_other(next));
            set_device_cookie(&state, &mut response, &done.device);
            Ok(response)
        }
        Err(AppError::Validation(errors)) => {
            let form = LoginForm { password: String::new(), ..form };
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &LoginPage { ctx, form, errors, failures_notice: false }))
        }
        Err(e) => Err(e),
    }
}

async fn logout(session: Session) -> Result<Response> {
    session.flush().await.map_err(session_error)?;
    Ok(rotated(see_other("/?notice=signed-out")))
}

#[derive(Template)]
#[template(path = "code_form.html")]
struct CodeFormPage {
    ctx: Ctx,
    kind: CodeKind,
    form: CodeForm,
    errors: FieldErrors,
}

impl CodeFormPage {
    fn action(&self) -> &'static str {
        match self.kind {
            CodeKind::Recovery => "/recover",
            CodeKind::Reset => "/reset",
        }
    }
    fn is_recovery(&self) -> bool {
        self.kind == CodeKind::Recovery
    }
}

async fn recover_form(ctx: Ctx) -> Response {
    render(&CodeFormPage { ctx, kind: CodeKind::Recovery, form: CodeForm::default(), errors: FieldErrors::new() })
}

async fn reset_form(ctx: Ctx) -> Response {
    render(&CodeFormPage { ctx, kind: CodeKind::Reset, form: CodeForm::default(), errors: FieldErrors::new() })
}

async fn redeem(state: AppState, ctx: Ctx, client: ClientIp, session: Session, kind: CodeKind, form: CodeForm) -> Result<Response> {
    throttled(&state, client, Action::Login)?;
    match services::auth::redeem_code(&state, kind, &form, &submitter(client)).await {
        Ok(done) => sign_in_showing_code(&state, ctx, &session, done).await,
        Err(AppError::Validation(errors)) => {
            let form = CodeForm { password: String::new(), password_confirm: String::new(), code: String::new(), ..form };
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &CodeFormPage { ctx, kind, form, errors }))
        }
        Err(e) => Err(e),
    }
}

async fn recover(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientIp,
    session: Session,
    Form(form): Form<CodeForm>,
) -> Result<Response> {
    redeem(state, ctx, client, session, CodeKind::Recovery, form).await
}

async fn reset(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientIp,
    session: Session,
    Form(form): Form<CodeForm>,
) -> Result<Response> {
    redeem(state, ctx, client, session, CodeKind::Reset, form).await
}

/// Ends the signed-in session (after an account deletion, or too many wrong passwords).
pub async fn end_session(session: &Session) -> Result<()> {
    session.flush().await.map_err(session_error)
}

/// Wrong current passwords typed in this session so far.
pub async fn password_failures(session: &Session) -> Result<u32> {
    Ok(session.get::<u32>(PASSWORD_FAILURES_KEY).await.map_err(session_error)?.unwrap_or(0))
}

/// Counts one more wrong current password in this session.
pub async fn count_password_failure(session: &Session) -> Result<()> {
    let n = password_failures(session).await?;
    session.insert(PASSWORD_FAILURES_KEY, n + 1).await.map_err(session_error)
}

/// The answer when a session ends after too many wrong passwords: signed out, with the
/// reason on the sign-in page.
pub async fn signed_out_for_failures(session: &Session) -> Result<Response> {
    end_session(session).await?;
    Ok(rotated(see_other("/login?notice=relogin")))
}

/// Updates the session's epoch after a password change, so this session stays signed in.
pub async fn refresh_epoch(session: &Session, epoch: i64) -> Result<()> {
    session.insert(EPOCH_KEY, epoch).await.map_err(session_error)
}

/// The current session id, if any.
pub fn session_id(session: &Session) -> Option<String> {
    session.id().map(|id| id.to_string())
}
