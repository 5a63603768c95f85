//! The JSON API's recommendations: forwarded points (their latest version) with the city's
//! answer and progress and what they drew on, filtered like "You said, we did" and read
//! from the same memory. The owner is a role; no person is ever named. Part of
//! `/api/openapi.json`.

use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::get,
};
use serde::Serialize;
use utoipa::ToSchema;

use super::{
    Ctx,
    api::public,
    api_types::{ApiError, TranslationOut},
    municipality,
    query::Query,
    said_did::SaidDidQuery,
};
use crate::{
    db::said_did::{Filter, PublicPoint},
    domain::official::epoch_date,
    error::{AppError, Result},
    services::official::said_did::Page,
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/municipalities/{slug}/recommendations", get(recommendations))
        .route("/api/v1/municipalities/{slug}/recommendations/{point_id}", get(recommendation))
}

/// The city's answer to a recommendation.
#[derive(Serialize, ToSchema)]
pub struct RecommendationAnswerOut {
    /// `accepted`, `partly`, `rejected` or `study`.
    pub decision: String,
    /// Why, in `lang`.
    pub reason: String,
    /// Language of the reason.
    pub lang: String,
    /// The reason in the reader's language, when translated.
    pub translation: Option<TranslationOut>,
    /// Responsible department.
    pub department: String,
    /// The responsible role (never a person).
    pub owner_role: String,
    /// `YYYY-MM-DD` (none for a rejection).
    pub deadline: Option<String>,
    /// `open`, `in_progress`, `done` or `dropped`.
    pub state: String,
    /// Whether the deadline passed and it is not done or dropped.
    pub overdue: bool,
    /// When it was answered, epoch seconds.
    pub answered_at: i64,
    /// When it was done or dropped, epoch seconds.
    pub closed_at: Option<i64>,
}

/// A progress report.
#[derive(Serialize, ToSchema)]
pub struct ProgressOut {
    /// `in_progress`, `done` or `dropped`.
    pub state: String,
    /// What happened (for `dropped`, why), in `lang`.
    pub body: String,
    /// Its language.
    pub lang: String,
    /// In the reader's language, when translated.
    pub translation: Option<TranslationOut>,
    /// When it happened, epoch seconds.
    pub at: i64,
}

/// What a recommendation drew on.
#[derive(Serialize, ToSchema)]
pub struct SourceOut {
    /// `issue`, `consultation`, `statement` or `ballot`.
    pub kind: String,
    /// Its id.
    pub id: i64,
    /// A statement's consultation.
    pub consultation_id: Option<i64>,
}

/// A forwarded recommendation, its answer and progress.
#[derive(Serialize, ToSchema)]
pub struct RecommendationOut {
    /// The point: stable across the summary's versions (the `#point-` anchor of the page).
    pub point_id: i64,
    /// The summary version it is shown from.
    pub summary_id: i64,
    /// Its number in the summary.
    pub number: i64,
    /// Title, in `lang`.
    pub title: String,
    /// Text, in `lang`.
    pub body: String,
    /// The language it was written in.
    pub lang: String,
    /// Title and text in the reader's language, when translated.
    pub translation: Option<TranslationOut>,
    /// Its theme.
    pub theme_id: Option<i64>,
    /// When the version shown was forwarded, epoch seconds.
    pub forwarded_at: i64,
    /// The city's answer, once given.
    pub answer: Option<RecommendationAnswerOut>,
    /// Progress reports, oldest first.
    pub progress: Vec<ProgressOut>,
    /// What it drew on.
    pub sources: Vec<SourceOut>,
}

/// A page of recommendations.
#[derive(Serialize, ToSchema)]
pub struct RecommendationsPage {
    /// The reader's language (of the translations included).
    pub language: String,
    /// The recommendations, newest summary first.
    pub recommendations: Vec<RecommendationOut>,
    /// The link to the next page, or null.
    pub next: Option<String>,
}

fn out(p: &PublicPoint, page: &Page) -> RecommendationOut {
    let point = &p.point;
    let now = crate::db::now();
    RecommendationOut {
        point_id: point.point_id,
        summary_id: point.summary_id,
        number: point.number,
        title: point.title.clone(),
        body: point.body.clone(),
        lang: point.lang.clone(),
        translation: p.translation.as_ref().map(|t| TranslationOut::of(t, true)),
        theme_id: point.theme_id,
        forwarded_at: point.forwarded_at,
        answer: point.response.as_ref().map(|r| RecommendationAnswerOut {
            decision: r.decision.as_str().to_string(),
            reason: r.reason.clone(),
            lang: r.lang.clone(),
            translation: p.reason_translation.as_ref().map(|t| TranslationOut::of(t, false)),
            department: r.department.clone(),
            owner_role: r.owner_role.clone(),
            deadline: r.deadline.map(epoch_date),
            state: r.state.as_str().to_string(),
            overdue: r.overdue(now),
            answered_at: r.answered_at,
            closed_at: r.closed_at,
        }),
        progress: page
            .progress_of(point.point_id)
            .map(|(g, t)| ProgressOut {
                state: g.state.as_str().to_string(),
                body: g.body.clone(),
                lang: g.lang.clone(),
                translation: t.as_ref().map(|t| TranslationOut::of(t, false)),
                at: g.at,
            })
            .collect(),
        sources: page
            .sources_of(point.point_id)
            .map(|s| SourceOut { kind: s.kind.clone(), id: s.id, consultation_id: s.consultation_id })
            .collect(),
    }
}

/// Forwarded recommendations with the city's answers and progress, 50 at a time;
/// translations are in the language negotiated from `Accept-Language`.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/recommendations",
    params(
        ("slug" = String, Path, description = "The municipality's web name, e.g. `lindenfeld`."),
        ("theme" = Option<i64>, Query, description = "Theme id of the recommendation."),
        ("status" = Option<String>, Query, description = "One of not_answered, accepted, partly, rejected, study, in_progress, done, dropped, overdue."),
        ("page" = Option<i64>, Query, description = "Page, from 1."),
    ),
    responses((status = 200, description = "A page of recommendations; `next` is the link to the following page, or null.", body = RecommendationsPage),
        (status = 404, description = "Not found (unknown municipality).", body = ApiError)))]
pub(crate) async fn recommendations(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(slug): Path<String>,
    Query(q): Query<SaidDidQuery>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let lang = ctx.for_municipality(&m).tr.lang();
    let page = state.said_did.get(&state.db, m.id, q.filter(), lang, q.page()).await?;
    let next = page.more.then(|| format!("/api/v1/municipalities/{}/recommendations?{}", m.slug, q.link(q.page() + 1)));
    let recommendations = page.points.iter().map(|p| out(p, &page)).collect();
    Ok(public(&RecommendationsPage { language: lang.to_string(), recommendations, next }))
}

/// One forwarded recommendation (by its point id) with the city's answer and progress.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/recommendations/{point_id}",
    params(("slug" = String, Path, description = "The municipality's web name, e.g. `lindenfeld`."), ("point_id" = i64, Path, description = "The point's id.")),
    responses((status = 200, description = "The recommendation.", body = RecommendationOut),
        (status = 404, description = "Not found (unknown municipality, or no forwarded recommendation with this id).", body = ApiError)))]
pub(crate) async fn recommendation(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, point_id)): Path<(String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let lang = ctx.for_municipality(&m).tr.lang();
    let filter = Filter { point: Some(point_id), ..Filter::default() };
    let page = state.said_did.get(&state.db, m.id, filter, lang, 1).await?;
    let p = page.points.first().ok_or(AppError::NotFound)?;
    Ok(public(&out(p, &page)))
}
