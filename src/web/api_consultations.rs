//! The JSON API's consultations: open and published questionnaires and statement rounds with
//! their texts and questions, and the aggregate results of published questionnaires with
//! small cells hidden exactly as on the results page (`null` = hidden). Never an individual
//! answer. Part of `/api/openapi.json`.

use std::collections::BTreeMap;

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
    disclosure::Cell,
    domain::consultation::{Consultation, Status},
    error::Result,
    services::{self, consultations::results},
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/municipalities/{slug}/consultations", get(consultations))
        .route("/api/v1/municipalities/{slug}/consultations/{id}", get(consultation))
}

/// A consultation in a list.
#[derive(Serialize, ToSchema)]
pub struct ConsultationSummary {
    /// Id.
    pub id: i64,
    /// `questionnaire` or `statements`.
    pub kind: String,
    /// `open` or `published`.
    pub status: String,
    /// Title (in the municipality's default language where it has one).
    pub title: String,
    /// The title's language.
    pub lang: String,
    /// Opening time, epoch seconds.
    pub opens_at: i64,
    /// Closing time, epoch seconds.
    pub closes_at: i64,
}

/// The open and published consultations of a municipality.
#[derive(Serialize, ToSchema)]
pub struct Consultations {
    /// Newest first.
    pub consultations: Vec<ConsultationSummary>,
}

/// A question in one language.
#[derive(Serialize, ToSchema)]
pub struct QuestionTextOut {
    /// BCP 47 tag.
    pub lang: String,
    /// The question.
    pub prompt: String,
    /// Choice labels in choice order.
    pub choices: Vec<String>,
    /// Scales: the labels of 1 and 5.
    pub low: String,
    /// Scales: the label of 5.
    pub high: String,
}

/// Protected counts: `null` where a number is hidden (fewer than 5 people, or one that would
/// let such a number be worked out).
#[derive(Serialize, ToSchema)]
pub struct CountsOut {
    /// People who answered.
    pub answered: Option<u64>,
    /// Per choice (scales: per point 1–5; rankings: ranked first).
    pub counts: Vec<Option<u64>>,
}

/// One group of a breakdown.
#[derive(Serialize, ToSchema)]
pub struct GroupOut {
    /// The group: a demographic value, a language tag, `other`, or `` (not given).
    pub group: String,
    /// Its counts.
    #[serde(flatten)]
    pub counts: CountsOut,
}

/// A question with its texts and, once published, its protected results.
#[derive(Serialize, ToSchema)]
pub struct QuestionOut {
    /// Id.
    pub id: i64,
    /// `single`, `multiple`, `scale`, `ranking` or `text`.
    pub kind: String,
    /// Whether an answer was required.
    pub required: bool,
    /// Texts per language.
    pub texts: Vec<QuestionTextOut>,
    /// Published questionnaires: the counts (free-text questions: the number of answers only).
    pub results: Option<CountsOut>,
    /// Published questionnaires: breakdowns by `age`, `gender`, `time`, `language` (those
    /// asked) and `answered-in` (the language answered in).
    pub breakdowns: BTreeMap<String, Vec<GroupOut>>,
}

/// A consultation's title and introduction in one language.
#[derive(Serialize, ToSchema)]
pub struct ConsultationTextOut {
    /// BCP 47 tag.
    pub lang: String,
    /// Title.
    pub title: String,
    /// Introduction.
    pub intro: String,
}

/// A consultation with its texts, questions and — once published — protected results.
#[derive(Serialize, ToSchema)]
pub struct ConsultationDetail {
    /// The summary.
    #[serde(flatten)]
    pub summary: ConsultationSummary,
    /// Texts in every language.
    pub texts: Vec<ConsultationTextOut>,
    /// The optional demographic questions asked.
    pub demographics: Vec<String>,
    /// Published: the number of respondents (`null` when fewer than 5).
    pub respondents: Option<u64>,
    /// Questions in order.
    pub questions: Vec<QuestionOut>,
    /// Statement rounds: the published statements in their own language.
    pub statements: Vec<StatementOut>,
    /// Statement rounds: the latest opinion map — group sizes (never below 5), centres and
    /// spreads, representative statements (`[statement id, agrees, share]`), common ground,
    /// divisive statements and priorities; never a participant.
    #[schema(value_type = Option<Object>)]
    pub opinion_map: Option<serde_json::Value>,
}

/// A published statement of a round.
#[derive(Serialize, ToSchema)]
pub struct StatementOut {
    /// Id (the map refers to it).
    pub id: i64,
    /// BCP 47 tag.
    pub lang: String,
    /// The text.
    pub body: String,
}

fn summary(c: &Consultation, title: String, lang: String) -> ConsultationSummary {
    ConsultationSummary {
        id: c.id,
        kind: c.kind.as_str().into(),
        status: c.status.as_str().into(),
        title,
        lang,
        opens_at: c.opens_at,
        closes_at: c.closes_at,
    }
}

fn counts(answered: Cell, cells: impl Iterator<Item = Cell>) -> CountsOut {
    CountsOut { answered: answered.shown(), counts: cells.map(|c| c.shown()).collect() }
}

/// Open and published consultations.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/consultations", params(("slug" = String, Path, description = "The municipality's web name.")),
    responses((status = 200, description = "The consultations.", body = Consultations), (status = 404, description = "Unknown municipality.", body = ApiError)))]
pub async fn consultations(State(state): State<AppState>, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let listed = db::consultations::list(&state.db, m.id, &m.default_language, false).await?;
    let consultations = listed.into_iter().map(|l| summary(&l.consultation, l.title, l.title_lang)).collect();
    Ok(public(&Consultations { consultations }))
}

/// One consultation; protected `results` once published.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/consultations/{id}",
    params(("slug" = String, Path, description = "The municipality's web name."), ("id" = i64, Path, description = "The consultation's id.")),
    responses((status = 200, description = "The consultation.", body = ConsultationDetail), (status = 404, description = "Not found (or not public).", body = ApiError)))]
pub async fn consultation(State(state): State<AppState>, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let v = services::consultations::view(&state, None, &m, id, &m.default_language).await?;
    let c = &v.consultation;
    let tally = if c.status == Status::Published { results::tally_of(c) } else { None };
    let questions = v
        .questions
        .iter()
        .map(|q| {
            let t = tally.as_ref().and_then(|t| t.questions.iter().find(|t| t.question_id == q.id));
            let shown = t.map(|t| results::shown(q.kind, t));
            let breakdowns = t
                .map(|t| {
                    t.by.keys()
                        .filter_map(|by| {
                            let b = results::breakdown(q.kind, t, by)?;
                            let groups = b
                                .rows
                                .into_iter()
                                .map(|(group, total, cells)| GroupOut { group, counts: counts(total, cells.into_iter().map(|(c, _)| c)) })
                                .collect();
                            Some((by.clone(), groups))
                        })
                        .collect()
                })
                .unwrap_or_default();
            QuestionOut {
                id: q.id,
                kind: q.kind.as_str().into(),
                required: q.required,
                texts: q
                    .texts
                    .iter()
                    .map(|t| QuestionTextOut {
                        lang: t.lang.clone(),
                        prompt: t.prompt.clone(),
                        choices: t.choices.clone(),
                        low: t.low.clone(),
                        high: t.high.clone(),
                    })
                    .collect(),
                results: shown.map(|s| counts(s.answered, s.cells.into_iter().map(|(c, _)| c))),
                breakdowns,
            }
        })
        .collect();
    let (statements, opinion_map) = if v.is_statements() {
        let published = db::statements::of_round(&state.db, c.id, Some("published")).await?;
        let statements = published.into_iter().map(|s| StatementOut { id: s.id, lang: s.lang, body: s.body }).collect();
        let map = services::consultations::map::Map::of(c).and_then(|m| serde_json::to_value(m).ok());
        (statements, map)
    } else {
        (Vec::new(), None)
    };
    let detail = ConsultationDetail {
        summary: summary(c, v.text.title.clone(), v.text.lang.clone()),
        texts: v
            .texts
            .iter()
            .map(|t| ConsultationTextOut { lang: t.lang.clone(), title: t.title.clone(), intro: t.intro.clone() })
            .collect(),
        demographics: c.demographics.iter().map(|d| d.as_str().to_string()).collect(),
        respondents: tally.as_ref().and_then(|t| results::respondents(t).shown()),
        questions,
        statements,
        opinion_map,
    };
    Ok(public(&detail))
}
