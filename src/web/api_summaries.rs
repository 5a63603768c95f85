//! The JSON API's council summaries: forwarded summaries (and the versions they corrected),
//! each with its protected data part and its numbered recommendations with what they draw on.
//! The city's answers to each point are under `/recommendations`. Part of `/api/openapi.json`.

use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::get,
};
use serde::Serialize;
use utoipa::ToSchema;

use super::{api::public, api_types::ApiError, municipality};
use crate::{
    db,
    domain::summary::Summary,
    error::{AppError, Result},
    services,
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/municipalities/{slug}/summaries", get(summaries))
        .route("/api/v1/municipalities/{slug}/summaries/{id}", get(summary))
}

/// A public summary in a list.
#[derive(Serialize, ToSchema)]
pub struct SummaryOut {
    /// Id.
    pub id: i64,
    /// The first version's id (versions share it).
    pub series_id: i64,
    /// 1, 2, …
    pub version: i64,
    /// `forwarded`, or `superseded` when a later version corrects it.
    pub status: String,
    /// Title.
    pub title: String,
    /// Introduction.
    pub intro: String,
    /// Language written in (BCP 47).
    pub lang: String,
    /// The council's web name.
    pub council: String,
    /// First second covered (epoch seconds).
    pub period_from: i64,
    /// First second no longer covered.
    pub period_to: i64,
    /// Narrowed to a category (theme id).
    pub theme_id: Option<i64>,
    /// Narrowed to a neighbourhood (id).
    pub neighbourhood_id: Option<i64>,
    /// Narrowed to a consultation (id).
    pub consultation_id: Option<i64>,
    /// Narrowed to a ballot (id).
    pub ballot_id: Option<i64>,
    /// When it went to the city (epoch seconds).
    pub forwarded_at: Option<i64>,
}

/// The public summaries of a municipality.
#[derive(Serialize, ToSchema)]
pub struct Summaries {
    /// Newest first.
    pub summaries: Vec<SummaryOut>,
}

/// What a recommendation draws on.
#[derive(Serialize, ToSchema)]
pub struct SourceOut {
    /// `issue`, `consultation`, `statement` or `ballot`.
    pub kind: String,
    /// Its id.
    pub id: i64,
}

/// A numbered recommendation.
#[derive(Serialize, ToSchema)]
pub struct RecommendationOut {
    /// Id of this version's text.
    pub id: i64,
    /// The point across versions: the city's answer is under `/recommendations/{point_id}`.
    pub point_id: i64,
    /// 1, 2, …
    pub number: i64,
    /// Short title.
    pub title: String,
    /// Text.
    pub body: String,
    /// Language written in.
    pub lang: String,
    /// Category (theme id).
    pub theme_id: Option<i64>,
    /// What it draws on.
    pub sources: Vec<SourceOut>,
}

/// A public summary with its data part and recommendations.
#[derive(Serialize, ToSchema)]
pub struct SummaryDetail {
    /// The summary.
    #[serde(flatten)]
    pub summary: SummaryOut,
    /// The data part as drafted by Chorus and frozen on forwarding: only protected aggregates
    /// (`null` counts are hidden: fewer than 5 people, or derivable).
    #[schema(value_type = Option<Object>)]
    pub data: Option<serde_json::Value>,
    /// In number order.
    pub recommendations: Vec<RecommendationOut>,
}

fn out(s: &Summary, council: &str) -> SummaryOut {
    SummaryOut {
        id: s.id,
        series_id: s.series_id,
        version: s.version,
        status: s.status.as_str().into(),
        title: s.title.clone(),
        intro: s.intro.clone(),
        lang: s.lang.clone(),
        council: council.into(),
        period_from: s.scope.from,
        period_to: s.scope.to,
        theme_id: s.scope.theme_id,
        neighbourhood_id: s.scope.neighbourhood_id,
        consultation_id: s.scope.consultation_id,
        ballot_id: s.scope.ballot_id,
        forwarded_at: s.forwarded_at,
    }
}

/// Forwarded summaries and the versions they corrected.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/summaries", params(("slug" = String, Path, description = "The municipality's web name.")),
    responses((status = 200, description = "The public summaries.", body = Summaries), (status = 404, description = "Unknown municipality.", body = ApiError)))]
pub async fn summaries(State(state): State<AppState>, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let councils = db::councils::of_municipality(&state.db, m.id).await?;
    let list = db::summaries::of_municipality(&state.db, m.id, true).await?;
    let council = |id: i64| councils.iter().find(|c| c.id == id).map_or("", |c| c.slug.as_str());
    Ok(public(&Summaries { summaries: list.iter().map(|s| out(s, council(s.council_id))).collect() }))
}

/// One public summary with its data part and recommendations.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/summaries/{id}",
    params(("slug" = String, Path, description = "The municipality's web name."), ("id" = i64, Path, description = "The summary's id.")),
    responses((status = 200, description = "The summary.", body = SummaryDetail), (status = 404, description = "Not found (or not forwarded).", body = ApiError)))]
pub async fn summary(State(state): State<AppState>, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    // The public's view: drafts do not exist here, whoever asks (the API reads no session).
    let v = services::summaries::view::view(&state, None, &m, id).await?;
    if !v.summary.status.is_public() {
        return Err(AppError::NotFound);
    }
    let data = v.summary.data.as_deref().and_then(|j| serde_json::from_str(j).ok());
    let recommendations = v
        .recommendations
        .iter()
        .map(|r| RecommendationOut {
            id: r.id,
            point_id: r.point_id,
            number: r.number,
            title: r.title.clone(),
            body: r.body.clone(),
            lang: r.lang.clone(),
            theme_id: r.theme_id,
            sources: r.sources.iter().map(|(k, id)| SourceOut { kind: k.as_str().into(), id: *id }).collect(),
        })
        .collect();
    Ok(public(&SummaryDetail { summary: out(&v.summary, &v.council.slug), data, recommendations }))
}
