//! Council summaries on the portal: the list, the page of one summary (public once forwarded;
//! drafts for the people who review), writing one and its recommendations ([`manage`]), the
//! workflow steps and review comments ([`review`]), and its exports ([`export`]).

pub mod export;
pub mod manage;
pub mod review;

use askama::Template;
use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::{get, post},
};

use super::{Ctx, municipality, render};
use crate::{
    db::{municipalities::Municipality, themes::Theme},
    domain::{
        content_language::ContentLanguage,
        summary::{Form, Summary, format_day},
    },
    error::{FieldErrors, Result},
    services::{self, summaries::view::SummaryView},
    state::AppState,
};

/// Routes of the summary pages.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/m/{slug}/summaries", get(list).post(manage::create))
        .route("/m/{slug}/summaries/new", get(manage::new))
        .route("/m/{slug}/summaries/{id}", get(show))
        .route("/m/{slug}/summaries/{id}/edit", get(manage::edit).post(manage::save))
        .route("/m/{slug}/summaries/{id}/refresh", post(manage::refresh))
        .route("/m/{slug}/summaries/{id}/recommendations", post(manage::add_recommendation))
        .route("/m/{slug}/summaries/{id}/recommendations/{rec}", get(manage::recommendation).post(manage::save_recommendation))
        .route("/m/{slug}/summaries/{id}/recommendations/{rec}/remove", post(manage::remove_recommendation))
        .route("/m/{slug}/summaries/{id}/comments", post(review::comment))
        .route("/m/{slug}/summaries/{id}/submit", post(review::submit))
        .route("/m/{slug}/summaries/{id}/approve", post(review::approve))
        .route("/m/{slug}/summaries/{id}/reopen", post(review::reopen))
        .route("/m/{slug}/summaries/{id}/forward", post(review::forward))
        .route("/m/{slug}/summaries/{id}/correct", post(review::correct))
        .route("/m/{slug}/summaries/{id}/delete", post(review::delete))
        .route("/m/{slug}/summaries/{id}/data.csv", get(export::data_csv))
        .route("/m/{slug}/summaries/{id}/data.json", get(export::data_json))
        .route("/m/{slug}/statements/{id}", get(statement))
}

/// A statement's place: its consultation's page (statements have no page of their own; a
/// recommendation links them by number).
async fn statement(State(state): State<AppState>, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let c = crate::db::statements::consultation_of_published(&state.db, m.id, id).await?.ok_or(crate::error::AppError::NotFound)?;
    Ok(super::see_other(&format!("/m/{}/consultations/{c}#statement-{id}", m.slug)))
}

/// A typed form with its errors, as the templates read it.
pub struct FormView {
    form: Form,
    /// Errors per field.
    pub errors: FieldErrors,
}

impl FormView {
    /// A form as typed (or filled) with its errors.
    pub fn new(form: Form, errors: FieldErrors) -> Self {
        Self { form, errors }
    }
    /// A field's value.
    pub fn val(&self, name: &str) -> &str {
        self.form.get(name).map_or("", String::as_str)
    }
    /// The error message id of a field.
    pub fn err(&self, name: &str) -> Option<&'static str> {
        self.errors.get(name)
    }
    /// Whether `value` is the chosen one of a select.
    pub fn picked(&self, name: &str, value: &str) -> bool {
        self.val(name) == value
    }
}

/// Helpers the summary templates share.
pub(crate) struct Labels<'a> {
    themes: &'a [Theme],
    neighbourhoods: &'a [(i64, String)],
}

impl Labels<'_> {
    fn theme(&self, tr: &crate::i18n::Tr, id: Option<i64>) -> Option<String> {
        id.and_then(|id| self.themes.iter().find(|t| t.id == id)).map(|t| t.name(tr))
    }
    fn neighbourhood(&self, id: Option<i64>) -> Option<String> {
        id.and_then(|id| self.neighbourhoods.iter().find(|(n, _)| *n == id)).map(|(_, name)| name.clone())
    }
}

fn dir(lang: &str) -> &'static str {
    ContentLanguage::of(lang).dir()
}

/// The last day a period covers, as shown (`to` is the first second not covered).
fn period(s: &Summary) -> (String, String) {
    (format_day(s.scope.from), format_day(s.scope.to - 1))
}

#[derive(Template)]
#[template(path = "summaries/list.html")]
struct ListPage {
    ctx: Ctx,
    m: Municipality,
    summaries: Vec<Summary>,
    writer: bool,
}

impl ListPage {
    fn dir(&self, lang: &str) -> &'static str {
        dir(lang)
    }
    fn period(&self, s: &Summary) -> (String, String) {
        period(s)
    }
}

async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let writer = match &ctx.user {
        Some(u) => services::summaries::may_write_any(&state, u, &m).await?,
        None => false,
    };
    let summaries = services::summaries::view::list(&state, ctx.user.as_ref(), &m).await?;
    Ok(render(&ListPage { ctx, m, summaries, writer }))
}

#[derive(Template)]
#[template(path = "summaries/show.html")]
struct ShowPage {
    ctx: Ctx,
    m: Municipality,
    v: SummaryView,
    data_html: String,
    themes: Vec<Theme>,
    neighbourhoods: Vec<(i64, String)>,
    /// The add-recommendation form as typed.
    r: FormView,
    /// The comment form as typed.
    c: FormView,
    /// Why a step was refused (message id).
    step_error: Option<&'static str>,
}

impl ShowPage {
    fn dir(&self, lang: &str) -> &'static str {
        dir(lang)
    }
    fn languages(&self) -> Vec<ContentLanguage> {
        ContentLanguage::all()
    }
    fn period(&self) -> (String, String) {
        period(&self.v.summary)
    }
    fn theme(&self, id: &Option<i64>) -> Option<String> {
        Labels { themes: &self.themes, neighbourhoods: &self.neighbourhoods }.theme(&self.ctx.tr, *id)
    }
    fn neighbourhood(&self) -> Option<String> {
        Labels { themes: &self.themes, neighbourhoods: &self.neighbourhoods }.neighbourhood(self.v.summary.scope.neighbourhood_id)
    }
    fn is(&self, status: &str) -> bool {
        self.v.summary.status.as_str() == status
    }
    fn editable(&self) -> bool {
        self.v.access.write && self.v.summary.status.is_editable()
    }
    fn source_href(&self, kind: &crate::domain::summary::SourceKind, id: &i64) -> String {
        use crate::domain::summary::SourceKind;
        let slug = &self.m.slug;
        match kind {
            SourceKind::Issue => format!("/m/{slug}/issues/{id}"),
            SourceKind::Consultation => format!("/m/{slug}/consultations/{id}"),
            SourceKind::Statement => format!("/m/{slug}/statements/{id}"),
            SourceKind::Ballot => format!("/m/{slug}/ballots/{id}"),
        }
    }
    fn source_label(&self, kind: &crate::domain::summary::SourceKind, id: &i64) -> String {
        self.ctx.tr.t1(&format!("summary-source-{}", kind.as_str()), "id", id)
    }
}

/// What the summary page shows besides the summary.
#[derive(Default)]
pub(crate) struct Extras {
    r: Option<FormView>,
    c: Option<FormView>,
    step_error: Option<&'static str>,
}

pub(crate) async fn show_page(state: &AppState, ctx: Ctx, m: Municipality, id: i64, x: Extras) -> Result<Response> {
    let ctx = ctx.for_municipality(&m);
    let v = services::summaries::view::view(state, ctx.user.as_ref(), &m, id).await?;
    let data_html = v.data.as_ref().map(|d| super::summary_data::render(d, &ctx.tr, ctx.tr.lang(), &m.slug)).unwrap_or_default();
    let choices = services::issues::choices(state, &m).await?;
    let failed = x.r.is_some() || x.c.is_some() || x.step_error.is_some();
    let mut blank = Form::new();
    blank.insert("lang".into(), ctx.tr.lang().into());
    let page = ShowPage {
        r: x.r.unwrap_or_else(|| FormView::new(blank.clone(), FieldErrors::new())),
        c: x.c.unwrap_or_else(|| FormView::new(Form::new(), FieldErrors::new())),
        step_error: x.step_error,
        ctx,
        m,
        v,
        data_html,
        themes: choices.categories,
        neighbourhoods: choices.neighbourhoods,
    };
    let status = if failed { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    Ok(super::render_with(status, &page))
}

async fn show(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    show_page(&state, ctx, m, id, Extras::default()).await
}
