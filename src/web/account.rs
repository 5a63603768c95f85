//! The account page: language, password, data export and deletion.

use askama::Template;
use axum::{
    Form, Router,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use tower_sessions::Session;

use super::{Ctx, SignedIn, render, render_with, see_other};
use crate::{
    db::{self, roles::Grant, users::User},
    error::{AppError, FieldErrors, Result},
    services::{self, auth::PasswordForm},
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/account", get(account))
        .route("/account/language", axum::routing::post(set_language))
        .route("/account/password", get(password_form).post(change_password))
        .route("/account/export", get(export))
        .route("/account/delete", get(delete_form).post(delete))
        .route("/account/telegram", axum::routing::post(telegram_code))
}

#[derive(Template)]
#[template(path = "account/index.html")]
struct AccountPage {
    ctx: Ctx,
    user: User,
    roles: Vec<Grant>,
    errors: FieldErrors,
    unread: i64,
    /// The bot's name, when Chorus has a bot.
    bot: Option<String>,
    /// A fresh link code and the link that sends it to the bot.
    link: Option<(String, String)>,
}

async fn account_page(state: &AppState, user: User, ctx: Ctx, link: Option<(String, String)>) -> Result<Response> {
    let roles = db::roles::of_user(&state.db, user.id).await?;
    let unread = db::notifications::unread(&state.db, user.id).await?;
    let bot = state.telegram.username.get().cloned();
    Ok(render(&AccountPage { ctx, user, roles, errors: FieldErrors::new(), unread, bot, link }))
}

async fn account(State(state): State<AppState>, SignedIn(user, ctx): SignedIn) -> Result<Response> {
    account_page(&state, user, ctx, None).await
}

/// A one-time code to link a Telegram chat to this account (shown once).
async fn telegram_code(State(state): State<AppState>, SignedIn(user, ctx): SignedIn) -> Result<Response> {
    let code = services::telegram::link_code(&state, &user).await?;
    let url = state.telegram.deep_link(&format!("link-{}", code.replace('-', ""))).unwrap_or_default();
    account_page(&state, user, ctx, Some((code, url))).await
}

#[derive(serde::Deserialize)]
struct LanguageForm {
    #[serde(default)]
    lang: String,
}

async fn set_language(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Form(form): Form<LanguageForm>) -> Result<Response> {
    match services::accounts::set_language(&state, &user, &form.lang).await {
        Ok(_) => Ok(see_other("/account")),
        Err(AppError::Validation(errors)) => {
            let roles = db::roles::of_user(&state.db, user.id).await?;
            let unread = db::notifications::unread(&state.db, user.id).await?;
            let bot = state.telegram.username.get().cloned();
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &AccountPage { ctx, user, roles, errors, unread, bot, link: None }))
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "account/password.html")]
struct PasswordPage {
    ctx: Ctx,
    user: User,
    errors: FieldErrors,
    done: bool,
}

async fn password_form(SignedIn(user, ctx): SignedIn) -> Response {
    render(&PasswordPage { ctx, user, errors: FieldErrors::new(), done: false })
}

async fn change_password(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    session: Session,
    Form(form): Form<PasswordForm>,
) -> Result<Response> {
    let user_id = user.id;
    let current = super::auth::session_id(&session);
    let failures = super::auth::password_failures(&session).await?;
    match services::auth::change_password(&state, &user, &form, current.as_deref(), failures).await? {
        Ok(epoch) => {
            super::auth::refresh_epoch(&session, epoch).await?;
            let user = User { must_change_password: false, session_epoch: epoch, ..user };
            let mut response = render(&PasswordPage { ctx, user, errors: FieldErrors::new(), done: true });
            // Devices are recognized per password: this one stays recognized.
            super::auth::set_device_cookie(&state, &mut response, &services::auth::device_token(&state, user_id, epoch));
            Ok(response)
        }
        Err(refused) if refused.end_session => super::auth::signed_out_for_failures(&session).await,
        Err(refused) => {
            if refused.errors.get("current_password").is_some() {
                super::auth::count_password_failure(&session).await?;
            }
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &PasswordPage { ctx, user, errors: refused.errors, done: false }))
        }
    }
}

async fn export(State(state): State<AppState>, SignedIn(user, _): SignedIn) -> Result<Response> {
    let data = services::accounts::export(&state, &user).await?;
    let json = serde_json::to_vec_pretty(&data).map_err(anyhow::Error::from)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"chorus-my-data.json\""),
        ],
        json,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "account/delete.html")]
struct DeletePage {
    ctx: Ctx,
    errors: FieldErrors,
}

async fn delete_form(SignedIn(_, ctx): SignedIn) -> Response {
    render(&DeletePage { ctx, errors: FieldErrors::new() })
}

#[derive(serde::Deserialize)]
struct DeleteForm {
    #[serde(default)]
    password: String,
}

async fn delete(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    session: Session,
    Form(form): Form<DeleteForm>,
) -> Result<Response> {
    let mut errors = FieldErrors::new();
    let failures = super::auth::password_failures(&session).await?;
    match services::accounts::delete(&state, &user, &form.password, failures).await {
        Ok(Ok(())) => {
            super::auth::end_session(&session).await?;
            Ok(see_other("/?notice=deleted"))
        }
        Ok(Err(refused)) if refused.end_session => super::auth::signed_out_for_failures(&session).await,
        Ok(Err(refused)) => {
            super::auth::count_password_failure(&session).await?;
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &DeletePage { ctx, errors: refused.errors }))
        }
        Err(AppError::Conflict(id)) => {
            errors.add("password", id);
            Ok(render_with(StatusCode::CONFLICT, &DeletePage { ctx, errors }))
        }
        Err(e) => Err(e),
    }
}
