//! Registration, sign-in and sign-out, and getting back in with a recovery or reset code.

use std::time::Duration;

use askama::Template;
use axum::{
    Form, Router,
    extract::{Query, State},
    http::StatusCode,
    response::Response,
    routing::get,
};
use tower_sessions::Session;

use super::{
    Ctx, SignedIn,
    context::{ClientIp, EPOCH_KEY},
    render, render_with, see_other,
};
use crate::{
    app::AppState,
    db::{self, municipalities::Municipality, sessions::USER_KEY, users::User},
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        auth::{CodeForm, CodeKind, RegisterForm},
        throttle::Action,
    },
};

/// Session key of a code to show exactly once (recovery codes).
const FLASH_CODE: &str = "flash_code";

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/register", get(register_form).post(register))
        .route("/login", get(login_form).post(login))
        .route("/logout", axum::routing::post(logout))
        .route("/recover", get(recover_form).post(recover))
        .route("/reset", get(reset_form).post(reset))
        .route("/account/recovery-code", get(show_code))
}

fn session_error(e: tower_sessions::session::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("session store: {e}"))
}

/// Signs `user` in on this session, with a new session id (no fixation).
pub async fn sign_in(session: &Session, user: &User) -> Result<()> {
    session.cycle_id().await.map_err(session_error)?;
    session.insert(USER_KEY, user.id).await.map_err(session_error)?;
    session.insert(EPOCH_KEY, user.session_epoch).await.map_err(session_error)?;
    Ok(())
}

/// Signs a person in and shows their new recovery code, once, on the next page.
async fn sign_in_showing_code(session: &Session, done: services::auth::Registered) -> Result<Response> {
    sign_in(session, &done.user).await?;
    session.insert(FLASH_CODE, done.recovery_code).await.map_err(session_error)?;
    Ok(see_other("/account/recovery-code"))
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
    let municipalities = db::municipalities::list(&state.db).await?;
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
    match services::auth::register(&state, &form).await {
        Ok(done) => sign_in_showing_code(&session, done).await,
        Err(AppError::Validation(errors)) => {
            let municipalities = db::municipalities::list(&state.db).await?;
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

async fn show_code(SignedIn(_, ctx): SignedIn, session: Session) -> Result<Response> {
    match session.remove::<String>(FLASH_CODE).await.map_err(session_error)? {
        Some(code) => Ok(render(&CodePage { ctx, code })),
        None => Ok(see_other("/account")),
    }
}

/// The login form as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
struct LoginForm {
    username: String,
    password: String,
    next: String,
}

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    ctx: Ctx,
    form: LoginForm,
    errors: FieldErrors,
}

#[derive(serde::Deserialize)]
struct NextQuery {
    next: Option<String>,
}

async fn login_form(ctx: Ctx, Query(q): Query<NextQuery>) -> Response {
    let form = LoginForm { next: q.next.unwrap_or_default(), ..Default::default() };
    render(&LoginPage { ctx, form, errors: FieldErrors::new() })
}

async fn login(
    State(state): State<AppState>,
    ctx: Ctx,
    client: ClientIp,
    session: Session,
    Form(form): Form<LoginForm>,
) -> Result<Response> {
    throttled(&state, client, Action::Login)?;
    match services::auth::login(&state, &form.username, &form.password).await {
        Ok(user) => {
            sign_in(&session, &user).await?;
            tracing::info!(user.id = user.id, "signed in");
            let next = if user.must_change_password { "/account/password" } else { super::safe_local_path(&form.next) };
            let next = if next == "/" { "/account" } else { next };
            Ok(see_other(next))
        }
        Err(AppError::Validation(errors)) => {
            let form = LoginForm { password: String::new(), ..form };
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &LoginPage { ctx, form, errors }))
        }
        Err(e) => Err(e),
    }
}

async fn logout(session: Session) -> Result<Response> {
    session.flush().await.map_err(session_error)?;
    Ok(see_other("/?notice=signed-out"))
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
    match services::auth::redeem_code(&state, kind, &form).await {
        Ok(done) => sign_in_showing_code(&session, done).await,
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

/// Ends the signed-in session after an account deletion.
pub async fn end_session(session: &Session) -> Result<()> {
    session.flush().await.map_err(session_error)
}

/// Updates the session's epoch after a password change, so this session stays signed in.
pub async fn refresh_epoch(session: &Session, epoch: i64) -> Result<()> {
    session.insert(EPOCH_KEY, epoch).await.map_err(session_error)
}

/// The current session id, if any.
pub fn session_id(session: &Session) -> Option<String> {
    session.id().map(|id| id.to_string())
}
