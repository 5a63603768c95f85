//! The translators' queue and the side-by-side translation page.

use askama::Template;
use axum::{
    Form, Router,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    routing::get,
};

use super::{Ctx, SignedIn, issues::Show, municipality, render, render_with, see_other};
use crate::{
    app::AppState,
    db::{self, issues::Issue, municipalities::Municipality, translations::Work},
    domain::content_language::ContentLanguage,
    error::{AppError, FieldErrors, Result},
    services::translation,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/m/{slug}/translate", get(queue)).route("/m/{slug}/translate/{id}/{lang}", get(form).post(save))
}

#[derive(Template)]
#[template(path = "translate/queue.html")]
struct QueuePage {
    ctx: Ctx,
    m: Municipality,
    work: Vec<Work>,
}

impl QueuePage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
}

async fn queue(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let work = translation::queue(&state, &user, &m).await?;
    Ok(render(&QueuePage { ctx: ctx.for_municipality(&m), m, work }))
}

#[derive(Template)]
#[template(path = "translate/form.html")]
struct FormPage {
    ctx: Ctx,
    m: Municipality,
    issue: Issue,
    to: ContentLanguage,
    title: String,
    body: String,
    /// Whether the prefilled text is an unreviewed machine translation.
    machine: bool,
    errors: FieldErrors,
}

impl FormPage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
}

async fn load(
    state: &AppState,
    user: &crate::db::users::User,
    slug: &str,
    id: i64,
    lang: &str,
) -> Result<(Municipality, Issue, ContentLanguage)> {
    let m = municipality(state, slug).await?;
    translation::require_translator(state, user, &m).await?;
    let issue = db::issues::by_id(&state.db, m.id, id).await?.filter(Issue::is_public).ok_or(AppError::NotFound)?;
    let to = ContentLanguage::parse(lang)
        .ok()
        .filter(|l| m.languages.iter().any(|x| x == l.tag()) && l.tag() != issue.lang)
        .ok_or(AppError::NotFound)?;
    Ok((m, issue, to))
}

async fn form(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id, lang)): Path<(String, i64, String)>,
) -> Result<Response> {
    let (m, issue, to) = load(&state, &user, &slug, id, &lang).await?;
    let existing = db::translations::get(&state.db, id, to.tag()).await?;
    let machine = existing.as_ref().is_some_and(|t| t.is_machine() && !t.reviewed);
    let (title, body) = existing.map(|t| (t.title, t.body)).unwrap_or_default();
    Ok(render(&FormPage { ctx: ctx.for_municipality(&m), m, issue, to, title, body, machine, errors: FieldErrors::new() }))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct TranslationForm {
    title: String,
    body: String,
}

async fn save(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id, lang)): Path<(String, i64, String)>,
    Form(f): Form<TranslationForm>,
) -> Result<Response> {
    let (m, issue, to) = load(&state, &user, &slug, id, &lang).await?;
    match translation::save(&state, &user, &m, id, to.tag(), &f.title, &f.body).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/translate", m.slug))),
        Err(AppError::Validation(errors)) => {
            let page = FormPage { ctx: ctx.for_municipality(&m), m, issue, to, title: f.title, body: f.body, machine: false, errors };
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e),
    }
}
