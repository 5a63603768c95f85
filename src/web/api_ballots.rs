//! The JSON API's priority votes: open and published ballots with their texts and options,
//! the results of published ones with the explanation of every rule, and their anonymised
//! papers (the same list as the CSV beside the results page). Part of `/api/openapi.json`.

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
    domain::{ballot::Status, vote::Choice},
    error::{AppError, Result},
    services::{self, ballots::count::choice_in_codes},
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/municipalities/{slug}/ballots", get(ballots))
        .route("/api/v1/municipalities/{slug}/ballots/{id}", get(ballot))
        .route("/api/v1/municipalities/{slug}/ballots/{id}/papers", get(papers))
}

/// A ballot's title and description in one language.
#[derive(Serialize, ToSchema)]
pub struct BallotTextOut {
    /// BCP 47 tag.
    pub lang: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
}

/// An option of a ballot.
#[derive(Serialize, ToSchema)]
pub struct BallotOptionOut {
    /// Its identifier in the papers and files (`code`).
    pub id: String,
    /// Its place on the ballot, from 0 (ranked ties go to the earlier option).
    pub position: u32,
    /// Cost (budget ballots; 0 otherwise).
    pub cost: u64,
    /// The issue it stands for.
    pub issue_id: Option<i64>,
    /// Its label per language.
    pub labels: Vec<BallotTextOut>,
}

/// A ballot in a list.
#[derive(Serialize, ToSchema)]
pub struct BallotSummary {
    /// Id.
    pub id: i64,
    /// `approval`, `ranked`, `points` or `budget`.
    pub method: String,
    /// `open` or `published`.
    pub status: String,
    /// Title (in the first language it has).
    pub title: String,
    /// The title's language.
    pub lang: String,
    /// Opening time, epoch seconds.
    pub opens_at: i64,
    /// Closing time, epoch seconds.
    pub closes_at: i64,
}

/// The open and published ballots of a municipality.
#[derive(Serialize, ToSchema)]
pub struct Ballots {
    /// Newest first.
    pub ballots: Vec<BallotSummary>,
}

/// A ballot with its texts, options, rules and — once published — results.
#[derive(Serialize, ToSchema)]
pub struct BallotDetail {
    /// The summary.
    #[serde(flatten)]
    pub summary: BallotSummary,
    /// Texts in every language.
    pub texts: Vec<BallotTextOut>,
    /// Options in ballot order.
    pub options: Vec<BallotOptionOut>,
    /// Approval/budget: least and most picks (0: no limit); points: total and per option.
    pub limits: serde_json::Value,
    /// Budget ballots: the budget, and the rule that decides (`greedy` or `equal-shares`).
    pub budget: Option<u64>,
    /// Budget ballots: the deciding rule.
    pub binding_rule: Option<String>,
    /// Published ballots: voters, the deciding rule, and every rule's outcome with its
    /// explanation (option and paper numbers are positions: options by `position`, papers by
    /// their place in `/papers`).
    #[schema(value_type = Object)]
    pub results: Option<serde_json::Value>,
}

/// One anonymised paper.
#[derive(Serialize, ToSchema)]
pub struct PaperOut {
    /// `hex(SHA-256("chorus-receipt\n" + ballot id + "\n" + receipt code))`.
    pub receipt_hash: String,
    /// The choice in option ids: `a,b` (approval), `a>b=c` (ranked), `a:3,b:1` (points).
    pub ballot: String,
}

/// The papers of a published ballot, ordered by receipt hash.
#[derive(Serialize, ToSchema)]
pub struct Papers {
    /// The papers.
    pub papers: Vec<PaperOut>,
}

fn summary(b: &crate::domain::ballot::Ballot, title: String, lang: String) -> BallotSummary {
    BallotSummary {
        id: b.id,
        method: b.method.as_str().into(),
        status: b.status.as_str().into(),
        title,
        lang,
        opens_at: b.opens_at,
        closes_at: b.closes_at,
    }
}

/// Open and published ballots.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/ballots", params(("slug" = String, Path, description = "The municipality's web name.")),
    responses((status = 200, description = "The ballots.", body = Ballots), (status = 404, description = "Unknown municipality.", body = ApiError)))]
pub async fn ballots(State(state): State<AppState>, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let listed = db::ballots::list(&state.db, m.id, &m.default_language, false).await?;
    Ok(public(&Ballots { ballots: listed.into_iter().map(|l| summary(&l.ballot, l.title, l.title_lang)).collect() }))
}

async fn public_ballot(state: &AppState, slug: &str, id: i64) -> Result<(db::municipalities::Municipality, services::ballots::BallotView)> {
    let m = municipality(state, slug).await?;
    let v = services::ballots::view(state, None, &m, id, &m.default_language).await?;
    Ok((m, v))
}

/// One ballot; `results` once published.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/ballots/{id}",
    params(("slug" = String, Path, description = "The municipality's web name."), ("id" = i64, Path, description = "The ballot's id.")),
    responses((status = 200, description = "The ballot.", body = BallotDetail), (status = 404, description = "Not found (or a draft).", body = ApiError)))]
pub async fn ballot(State(state): State<AppState>, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let (_, v) = public_ballot(&state, &slug, id).await?;
    let b = &v.ballot;
    let text = |lang: &str, title: &str, description: &str| BallotTextOut {
        lang: lang.into(),
        title: title.into(),
        description: description.into(),
    };
    let budget = (b.method == crate::domain::ballot::Method::Budget).then_some(b.budget);
    let limits = match b.method {
        crate::domain::ballot::Method::Points => {
            serde_json::json!({ "points_total": b.points_total, "points_per_option": b.points_per_option })
        }
        crate::domain::ballot::Method::Ranked => serde_json::json!({}),
        _ => serde_json::json!({ "min_picks": b.min_picks, "max_picks": b.max_picks, "within_budget": b.within_budget }),
    };
    let results =
        if b.status == Status::Published { services::ballots::count::results(b).and_then(|r| serde_json::to_value(r).ok()) } else { None };
    let detail = BallotDetail {
        summary: summary(b, v.text.title.clone(), v.text.lang.clone()),
        texts: v.texts.iter().map(|t| text(&t.lang, &t.title, &t.description)).collect(),
        options: v
            .options
            .iter()
            .map(|o| BallotOptionOut {
                id: o.option.code.clone(),
                position: o.option.position,
                cost: o.option.cost,
                issue_id: o.option.issue_id,
                labels: o.option.titles.iter().map(|(l, t)| text(l, t, "")).collect(),
            })
            .collect(),
        limits,
        budget,
        binding_rule: budget.map(|_| b.binding_rule.as_str().to_string()),
        results,
    };
    Ok(public(&detail))
}

/// The anonymised papers of a published ballot.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/ballots/{id}/papers",
    params(("slug" = String, Path, description = "The municipality's web name."), ("id" = i64, Path, description = "The ballot's id.")),
    responses((status = 200, description = "The papers, ordered by receipt hash.", body = Papers), (status = 404, description = "Not found or not published.", body = ApiError)))]
pub async fn papers(State(state): State<AppState>, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let (_, v) = public_ballot(&state, &slug, id).await?;
    if v.ballot.status != Status::Published {
        return Err(AppError::NotFound);
    }
    let options: Vec<_> = v.options.iter().map(|o| o.option.clone()).collect();
    let papers = db::papers::all(&state.db, id)
        .await?
        .into_iter()
        .map(|(hash, text)| PaperOut {
            receipt_hash: hash,
            ballot: Choice::decode(v.ballot.method, &text, options.len()).map(|c| choice_in_codes(&c, &options)).unwrap_or_default(),
        })
        .collect();
    Ok(public(&Papers { papers }))
}
