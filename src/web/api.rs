//! The public JSON API (`/api/v1/`): published issues with the listing's filters, an issue's
//! detail with its translations, status timeline, official answers and comments, and the
//! themes of a municipality. It carries no personal data: no author, no pseudonym, no
//! moderator notes. `/api/openapi.json` describes it (OpenAPI 3.1, derived from these handlers
//! and the types in `api_types`).

use axum::{
    Json, Router,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
    routing::get,
};
use serde::Serialize;
use serde_json::Value;
use utoipa::OpenApi;

use super::{
    Ctx,
    api_types::{
        AnswerOut, ApiError, CommentOut, IssueDetail, IssueSummary, IssuesPage, Municipalities, MunicipalityOut, NeighbourhoodOut,
        ThemeOut, Themes, TimelineStep, TranslationOut,
    },
    issues::ListQuery,
    municipality,
    query::Query,
};
use crate::{
    db::{self, issues::Issue, translations::Kind},
    error::{AppError, Result},
    state::AppState,
};

/// Issues per page of the API listing.
const PAGE: i64 = 50;

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/v1/municipalities", get(municipalities))
        .route("/api/v1/municipalities/{slug}/themes", get(themes))
        .route("/api/v1/municipalities/{slug}/issues", get(list))
        .route("/api/v1/municipalities/{slug}/issues/{id}", get(detail))
        .merge(super::api_ballots::router())
        .merge(super::api_consultations::router())
        .merge(super::api_recommendations::router())
        .merge(super::api_summaries::router())
}

/// Public, read-only data: any site may use it.
/// A public JSON answer, readable from any site.
pub(crate) fn public(body: &impl Serialize) -> Response {
    ([(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")], Json(body)).into_response()
}

/// Municipalities on this portal.
#[utoipa::path(get, path = "/api/v1/municipalities", responses((status = 200, description = "The municipalities.", body = Municipalities)))]
async fn municipalities(State(state): State<AppState>) -> Result<Response> {
    let directory = state.directory.get(&state.db).await?;
    let municipalities = directory
        .municipalities
        .iter()
        .map(|m| MunicipalityOut {
            slug: m.slug.clone(),
            name: m.name.clone(),
            languages: m.languages.clone(),
            default_language: m.default_language.clone(),
        })
        .collect();
    Ok(public(&Municipalities { municipalities }))
}

/// Categories, tags and neighbourhoods of a municipality; names are in the language
/// negotiated from `Accept-Language` (or the municipality's default).
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/themes", params(("slug" = String, Path, description = "The municipality's web name, e.g. `lindenfeld`.")),
    responses((status = 200, description = "The taxonomy.", body = Themes), (status = 404, description = "Not found (unknown municipality, or an issue that is not public).", body = ApiError)))]
async fn themes(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let directory = state.directory.get(&state.db).await?;
    let themes = directory
        .themes(m.id)
        .iter()
        .map(|t| ThemeOut { id: t.id, kind: t.kind.clone(), dimension: t.dimension.clone(), slug: t.slug.clone(), name: t.name(&ctx.tr) })
        .collect();
    let neighbourhoods = directory.neighbourhoods(m.id).iter().map(|(id, name)| NeighbourhoodOut { id: *id, name: name.clone() }).collect();
    Ok(public(&Themes { language: ctx.tr.lang().to_string(), themes, neighbourhoods }))
}

/// Published issues, filtered and sorted, 50 at a time.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/issues",
    params(
        ("slug" = String, Path, description = "The municipality's web name, e.g. `lindenfeld`."),
        ("q" = Option<String>, Query, description = "Words to find in the original text or any translation (whole words, all of them)."),
        ("theme" = Option<i64>, Query, description = "Category id."),
        ("tag" = Option<i64>, Query, description = "Tag id."),
        ("status" = Option<String>, Query, description = "One of published, forwarded, answered, resolved."),
        ("lang" = Option<String>, Query, description = "Original language (BCP 47 tag)."),
        ("neighbourhood" = Option<i64>, Query, description = "Neighbourhood id."),
        ("sort" = Option<String>, Query, description = "newest (default), supported, or answered (most recently answered first; only answered issues)."),
        ("after" = Option<String>, Query, description = "Cursor: copy it from the `next` link."),
    ),
    responses((status = 200, description = "A page of issues; `next` is the link to the following page, or null.", body = IssuesPage),
        (status = 404, description = "Not found (unknown municipality, or an issue that is not public).", body = ApiError)))]
async fn list(State(state): State<AppState>, Path(slug): Path<String>, Query(q): Query<ListQuery>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let listed = state.listings.page(&state.db, state.backend, m.id, q.sort(), &q.filter(state.backend), None, PAGE + 1).await?;
    let shown = &listed.issues[..listed.issues.len().min(PAGE as usize)];
    let next = (listed.issues.len() as i64 > PAGE)
        .then(|| shown.last().map(|last| format!("/api/v1/municipalities/{}/issues?{}", m.slug, q.next_after(last))))
        .flatten();
    Ok(public(&IssuesPage { issues: shown.iter().map(IssueSummary::from).collect(), next }))
}

/// One published issue with its translations, timeline, official answers and comments.
#[utoipa::path(get, path = "/api/v1/municipalities/{slug}/issues/{id}",
    params(("slug" = String, Path, description = "The municipality's web name, e.g. `lindenfeld`."), ("id" = i64, Path, description = "The issue's id.")),
    responses((status = 200, description = "The issue.", body = IssueDetail), (status = 404, description = "Not found (unknown municipality, or an issue that is not public).", body = ApiError)))]
async fn detail(State(state): State<AppState>, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let issue = db::issues::by_id(&state.db, m.id, id).await?.filter(Issue::is_public).ok_or(AppError::NotFound)?;
    let tag_ids = db::themes::of_issue(&state.db, id).await?.iter().map(|t| t.id).collect();
    let timeline =
        db::issues::events(&state.db, id).await?.into_iter().map(|e| TimelineStep { status: e.status, at: e.created_at }).collect();
    // Every translation of the issue, its answers and comments: one query.
    let all = db::translations::around_issue(&state.db, id, None).await?;
    let of = |kind: Kind, id: i64| {
        all.iter().filter(|t| t.kind == kind && t.content_id == id).map(|t| TranslationOut::of(t, kind == Kind::Issue)).collect()
    };
    let answers = db::answers::of_issue(&state.db, id)
        .await?
        .into_iter()
        .map(|a| AnswerOut {
            translations: of(Kind::Answer, a.id),
            id: a.id,
            body: a.body,
            lang: a.lang,
            department: a.department,
            expected_on: a.expected_on,
            created_at: a.created_at,
        })
        .collect();
    let comments = db::comments::published(&state.db, id)
        .await?
        .into_iter()
        .map(|c| CommentOut { translations: of(Kind::Comment, c.id), id: c.id, body: c.body, lang: c.lang, created_at: c.created_at })
        .collect();
    let detail = IssueDetail {
        summary: IssueSummary::from(&issue),
        body: issue.body.clone(),
        tag_ids,
        translations: of(Kind::Issue, id),
        timeline,
        answers,
        comments,
    };
    Ok(public(&detail))
}

async fn openapi() -> Response {
    public(&document())
}

/// The OpenAPI document of the API, derived from the handlers and the types they return.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Chorus public API",
        version = "1.0.0",
        description = "Published issues raised by residents, with their translations, status timeline, official answers and comments; priority votes with their results and anonymised papers; consultations with their aggregate results, small groups hidden; forwarded council summaries with their protected figures and numbered recommendations, and the city's answers to them (owners as roles, never persons) with their progress. No personal data: authors and voters are never included. Times are Unix epoch seconds."
    ),
    paths(
        municipalities,
        themes,
        list,
        detail,
        super::api_ballots::ballots,
        super::api_ballots::ballot,
        super::api_ballots::papers,
        super::api_consultations::consultations,
        super::api_consultations::consultation,
        super::api_recommendations::recommendations,
        super::api_recommendations::recommendation,
        super::api_summaries::summaries,
        super::api_summaries::summary
    )
)]
struct ApiDoc;

/// The OpenAPI 3.1 description of the API.
pub fn document() -> Value {
    serde_json::to_value(ApiDoc::openapi()).unwrap_or(Value::Null)
}
