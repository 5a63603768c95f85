//! Officials' pages: the forwarded points of their municipality to answer, and the answer
//! and progress forms of a point (each re-rendered with the input and per-field errors).

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
    db::municipalities::Municipality,
    domain::{
        content_language::ContentLanguage,
        official::{Decision, ProgressForm, ResponseForm, epoch_date},
    },
    error::{AppError, FieldErrors, Result},
    services::official::{self, ForOfficial},
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/m/{slug}/official", get(index))
        .route("/m/{slug}/official/points/{point_id}/answer", get(answer_form).post(answer))
        .route("/m/{slug}/official/points/{point_id}/progress", get(progress_form).post(progress))
}

/// Helpers the officials' and public templates share.
pub struct Points<'a>(&'a Ctx);

impl<'a> Points<'a> {
    /// Helpers speaking the page's language.
    pub fn new(ctx: &'a Ctx) -> Self {
        Self(ctx)
    }
    /// A decision's name.
    pub fn decision(&self, d: &Decision) -> String {
        self.0.tr.t(d.message_id())
    }
    /// A state's name.
    pub fn state(&self, s: &crate::domain::official::PointState) -> String {
        self.0.tr.t(s.message_id())
    }
    /// A date (`YYYY-MM-DD`).
    pub fn day(&self, epoch: &i64) -> String {
        epoch_date(*epoch)
    }
    /// Whether an answer is overdue now.
    pub fn overdue(&self, r: &crate::db::official::Response) -> bool {
        r.overdue(crate::db::now())
    }
}

#[derive(Template)]
#[template(path = "official/index.html")]
struct IndexPage {
    ctx: Ctx,
    m: Municipality,
    points: Vec<ForOfficial>,
}

impl IndexPage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn points(&self) -> Points<'_> {
        Points(&self.ctx)
    }
}

async fn index(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let points = official::for_officials(&state, &user, &m, ctx.tr.lang()).await?;
    Ok(render(&IndexPage { ctx, m, points }))
}

#[derive(Template)]
#[template(path = "official/answer.html")]
struct AnswerPage {
    ctx: Ctx,
    m: Municipality,
    p: ForOfficial,
    form: ResponseForm,
    errors: FieldErrors,
    languages: Vec<ContentLanguage>,
    decisions: [Decision; 4],
}

impl AnswerPage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn points(&self) -> Points<'_> {
        Points(&self.ctx)
    }
}

fn answer_page(ctx: Ctx, m: Municipality, p: ForOfficial, form: ResponseForm, errors: FieldErrors) -> AnswerPage {
    AnswerPage { ctx, m, p, form, errors, languages: ContentLanguage::all(), decisions: Decision::ALL }
}

async fn answer_form(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let p = official::point_for_official(&state, &user, &m, id, ctx.tr.lang()).await?;
    let form = ResponseForm { lang: ctx.tr.lang().to_string(), ..ResponseForm::default() };
    Ok(render(&answer_page(ctx, m, p, form, FieldErrors::new())))
}

async fn answer(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<ResponseForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    match official::answer(&state, &user, &m, id, &form, ctx.tr.lang()).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/official#point-{id}", m.slug))),
        Err(AppError::Validation(errors)) => {
            let p = official::point_for_official(&state, &user, &m, id, ctx.tr.lang()).await?;
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &answer_page(ctx, m, p, form, errors)))
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "official/progress.html")]
struct ProgressPage {
    ctx: Ctx,
    m: Municipality,
    p: ForOfficial,
    form: ProgressForm,
    errors: FieldErrors,
    languages: Vec<ContentLanguage>,
}

impl ProgressPage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn points(&self) -> Points<'_> {
        Points(&self.ctx)
    }
}

fn progress_page(ctx: Ctx, m: Municipality, p: ForOfficial, form: ProgressForm, errors: FieldErrors) -> ProgressPage {
    ProgressPage { ctx, m, p, form, errors, languages: ContentLanguage::all() }
}

async fn progress_form(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let p = official::point_for_official(&state, &user, &m, id, ctx.tr.lang()).await?;
    let form = ProgressForm { lang: ctx.tr.lang().to_string(), ..ProgressForm::default() };
    Ok(render(&progress_page(ctx, m, p, form, FieldErrors::new())))
}

async fn progress(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    Form(form): Form<ProgressForm>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    match official::report_progress(&state, &user, &m, id, &form, ctx.tr.lang()).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/official#point-{id}", m.slug))),
        Err(AppError::Validation(errors)) => {
            let p = official::point_for_official(&state, &user, &m, id, ctx.tr.lang()).await?;
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &progress_page(ctx, m, p, form, errors)))
        }
        Err(e) => Err(e),
    }
}
