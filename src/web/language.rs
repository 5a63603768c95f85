//! The language switcher: remembers an explicit choice in a cookie and, for a signed-in
//! person, in their account; then returns to the page they were on.

use axum::{
    Form, Router,
    extract::State,
    http::{HeaderValue, header},
    response::Response,
    routing::post,
};

use super::{Ctx, context::LANG_COOKIE, see_other};
use crate::{
    domain::language::LanguageTag,
    error::{AppError, Result},
    services,
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/language", post(switch))
}

#[derive(serde::Deserialize)]
struct SwitchForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

async fn switch(State(state): State<AppState>, ctx: Ctx, Form(form): Form<SwitchForm>) -> Result<Response> {
    let tag = LanguageTag::parse(&form.lang).map_err(AppError::BadRequest)?;
    if let Some(user) = &ctx.user {
        services::accounts::set_language(&state, user, tag.as_str()).await?;
    }
    let mut res = see_other(super::safe_local_path(&form.back));
    let secure = if state.config.secure_cookies { "; Secure" } else { "" };
    let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}", tag.as_str());
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(res)
}
