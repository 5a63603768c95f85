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
    db::{
        self,
        municipalities::Municipality,
        translations::{Kind, Work},
    },
    domain::content_language::ContentLanguage,
    error::{AppError, FieldErrors, Result},
    services::translation::{self, Original},
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/m/{slug}/translate", get(queue))
        .route("/m/{slug}/translate/{id}/{lang}", get(form_issue).post(save_issue))
        .route("/m/{slug}/translate/{kind}/{id}/{lang}", get(form).post(save))
}

#[derive(Template)]
#[template(path = "translate/queue.html")]
struct QueuePage {
    ctx: Ctx,
    m: Municipality,
    work: Vec<Work>,
    /// Consultations (drafts and open ones) with a language missing.
    consultations: Vec<crate::services::consultations::ConsultationView>,
}

impl QueuePage {
    fn lang_name(&self, tag: &str) -> &'static str {
        crate::domain::content_language::ContentLanguage::of(tag).name()
    }
    fn dir(&self, tag: &str) -> &'static str {
        crate::domain::content_language::ContentLanguage::of(tag).dir()
    }
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn kind_message(&self, kind: &Kind) -> &'static str {
        kind_message(*kind)
    }
}

async fn queue(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let work = translation::queue(&state, &user, &m).await?;
    let ctx = ctx.for_municipality(&m);
    let consultations = crate::services::consultations::texts::queue(&state, &user, &m, ctx.tr.lang()).await?;
    Ok(render(&QueuePage { ctx, m, work, consultations }))
}

#[derive(Template)]
#[template(path = "translate/form.html")]
struct FormPage {
    ctx: Ctx,
    m: Municipality,
    text: Original,
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
    fn kind_message(&self) -> &'static str {
        kind_message(self.text.kind)
    }
}

/// The name of a kind of text, for translators.
fn kind_message(kind: Kind) -> &'static str {
    match kind {
        Kind::Issue => "translate-kind-issue",
        Kind::Answer => "translate-kind-answer",
        Kind::Comment => "translate-kind-comment",
        Kind::Recommendation => "official-translate-kind-recommendation",
        Kind::OfficialResponse => "official-translate-kind-response",
        Kind::Progress => "official-translate-kind-progress",
    }
}

async fn load(
    state: &AppState,
    user: &crate::db::users::User,
    slug: &str,
    kind: &str,
    id: i64,
    lang: &str,
) -> Result<(Municipality, Original, ContentLanguage)> {
    let m = municipality(state, slug).await?;
    translation::require_translator(state, user, &m).await?;
    let kind = Kind::parse(kind).ok_or(AppError::NotFound)?;
    let text = translation::original(state, &m, kind, id).await?.ok_or(AppError::NotFound)?;
    let to = ContentLanguage::parse(lang)
        .ok()
        .filter(|l| m.languages.iter().any(|x| x == l.tag()) && l.tag() != text.lang)
        .ok_or(AppError::NotFound)?;
    Ok((m, text, to))
}

async fn form_issue(state: State<AppState>, user: SignedIn, Path((slug, id, lang)): Path<(String, i64, String)>) -> Result<Response> {
    form(state, user, Path((slug, "issue".to_string(), id, lang))).await
}

async fn form(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, kind, id, lang)): Path<(String, String, i64, String)>,
) -> Result<Response> {
    let (m, text, to) = load(&state, &user, &slug, &kind, id, &lang).await?;
    let existing = db::translations::get(&state.db, text.kind, id, to.tag()).await?;
    let machine = existing.as_ref().is_some_and(|t| t.is_machine() && !t.reviewed);
    let (title, body) = existing.map(|t| (t.title, t.body)).unwrap_or_default();
    Ok(render(&FormPage { ctx: ctx.for_municipality(&m), m, text, to, title, body, machine, errors: FieldErrors::new() }))
}

#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
struct TranslationForm {
    title: String,
    body: String,
    /// The version of the original the volunteer saw.
    source: String,
}

async fn save_issue(
    state: State<AppState>,
    user: SignedIn,
    Path((slug, id, lang)): Path<(String, i64, String)>,
    f: Form<TranslationForm>,
) -> Result<Response> {
    save(state, user, Path((slug, "issue".to_string(), id, lang)), f).await
}

async fn save(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, kind, id, lang)): Path<(String, String, i64, String)>,
    Form(f): Form<TranslationForm>,
) -> Result<Response> {
    let (m, text, to) = load(&state, &user, &slug, &kind, id, &lang).await?;
    let submitted = translation::Submitted { title: &f.title, body: &f.body, source: &f.source };
    match translation::save(&state, &user, &m, text.kind, id, to.tag(), &submitted).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/translate", m.slug))),
        Err(AppError::Validation(errors)) => {
            let page = FormPage { ctx: ctx.for_municipality(&m), m, text, to, title: f.title, body: f.body, machine: false, errors };
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e),
    }
}
