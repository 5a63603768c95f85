//! Voice notes of issues raised by Telegram: the audio for moderators and volunteer
//! translators, and the page where they write down what it says.

use askama::Template;
use axum::{
    Form, Router,
    extract::{Path, Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};

use super::{Ctx, SignedIn, municipality, render_with, see_other};
use crate::{
    db::municipalities::Municipality,
    domain::{content_language::ContentLanguage, issue::IssueForm},
    error::{AppError, FieldErrors, Result},
    services,
    state::AppState,
};

/// The routes.
pub fn router() -> Router<AppState> {
    Router::new().route("/m/{slug}/issues/{id}/voice", get(audio)).route("/m/{slug}/issues/{id}/transcribe", get(form).post(save))
}

async fn audio(State(state): State<AppState>, SignedIn(user, _): SignedIn, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let (mime, bytes) = services::voice::audio(&state, &user, &m, id).await?;
    // A person's voice: never cached, never sniffed as something else.
    Ok(([(header::CONTENT_TYPE, mime), (header::CACHE_CONTROL, "private, no-store".to_string())], bytes).into_response())
}

#[derive(Template)]
#[template(path = "issues/transcribe.html")]
struct TranscribePage {
    ctx: Ctx,
    m: Municipality,
    id: i64,
    voice: crate::db::attachments::Voice,
    form: Transcript,
    errors: FieldErrors,
    languages: Vec<ContentLanguage>,
    saved: bool,
}

/// The transcript as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
struct Transcript {
    title: String,
    body: String,
    lang: String,
}

#[derive(serde::Deserialize)]
struct Saved {
    saved: Option<String>,
}

async fn page(
    state: &AppState,
    ctx: Ctx,
    m: Municipality,
    id: i64,
    form: Option<Transcript>,
    errors: FieldErrors,
    saved: bool,
) -> Result<Response> {
    let user = ctx.user.clone().ok_or(AppError::Unauthorized)?;
    let (issue, voice) = services::voice::issue(state, &user, &m, id).await?;
    // Before a transcript, the fields start empty (not with the placeholder) in the language spoken.
    let form = form.unwrap_or_else(|| match voice.transcribed {
        true => Transcript { title: issue.title.clone(), body: issue.body.clone(), lang: issue.lang.clone() },
        false => Transcript { lang: issue.lang.clone(), ..Transcript::default() },
    });
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let ctx = ctx.for_municipality(&m);
    Ok(render_with(status, &TranscribePage { ctx, m, id, voice, form, errors, languages: ContentLanguage::all(), saved }))
}

async fn form(
    State(state): State<AppState>,
    SignedIn(_, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Query(q): Query<Saved>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    page(&state, ctx, m, id, None, FieldErrors::new(), q.saved.is_some()).await
}

async fn save(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(typed): Form<Transcript>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let issue_form = IssueForm { title: typed.title.clone(), body: typed.body.clone(), lang: typed.lang.clone(), ..IssueForm::default() };
    match services::voice::transcribe(&state, &user, &m, id, &issue_form).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/issues/{id}/transcribe?saved=1", m.slug))),
        Err(AppError::Validation(errors)) => page(&state, ctx, m, id, Some(typed), errors, false).await,
        Err(e) => Err(e),
    }
}
