//! The public JSON API (`/api/v1/`): published issues with the listing's filters, an issue's
//! detail with its translations, status timeline, official answers and comments, and the
//! themes of a municipality. It carries no personal data: no author, no pseudonym, no
//! moderator notes. `/api/openapi.json` describes it (OpenAPI 3.0).

use axum::{
    Json, Router,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
    routing::get,
};
use serde::Serialize;
use serde_json::{Value, json};

use super::{Ctx, issues::ListQuery, municipality, query::Query};
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
}

/// Public, read-only data: any site may use it.
fn public(body: Value) -> Response {
    ([(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")], Json(body)).into_response()
}

async fn municipalities(State(state): State<AppState>) -> Result<Response> {
    let list: Vec<Value> = state
        .directory
        .get(&state.db)
        .await?
        .municipalities
        .iter()
        .map(|m| json!({ "slug": m.slug, "name": m.name, "languages": m.languages, "default_language": m.default_language }))
        .collect();
    Ok(public(json!({ "municipalities": list })))
}

async fn themes(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let directory = state.directory.get(&state.db).await?;
    let themes: Vec<Value> = directory
        .themes(m.id)
        .iter()
        .map(|t| json!({ "id": t.id, "kind": t.kind, "dimension": t.dimension, "slug": t.slug, "name": t.name(&ctx.tr) }))
        .collect();
    let neighbourhoods: Vec<Value> = directory.neighbourhoods(m.id).iter().map(|(id, name)| json!({ "id": id, "name": name })).collect();
    Ok(public(json!({ "language": ctx.tr.lang(), "themes": themes, "neighbourhoods": neighbourhoods })))
}

/// An issue in a listing.
#[derive(Serialize)]
struct Summary {
    id: i64,
    title: String,
    lang: String,
    status: String,
    theme_id: i64,
    neighbourhood_id: Option<i64>,
    supports: i64,
    published_at: Option<i64>,
    answered_at: Option<i64>,
}

impl From<Issue> for Summary {
    fn from(i: Issue) -> Self {
        Self {
            id: i.id,
            title: i.title,
            lang: i.lang,
            status: i.status,
            theme_id: i.theme_id,
            neighbourhood_id: i.neighbourhood_id,
            supports: i.supports,
            published_at: i.published_at,
            answered_at: i.answered_at,
        }
    }
}

async fn list(State(state): State<AppState>, Path(slug): Path<String>, Query(q): Query<ListQuery>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let listed = state.listings.page(&state.db, state.backend, m.id, q.sort(), &q.filter(state.backend), None, PAGE + 1).await?;
    let mut issues = listed.issues.clone();
    let next = if issues.len() as i64 > PAGE {
        issues.truncate(PAGE as usize);
        issues.last().map(|last| format!("/api/v1/municipalities/{}/issues?{}", m.slug, q.next_after(last)))
    } else {
        None
    };
    let issues: Vec<Summary> = issues.into_iter().map(Summary::from).collect();
    Ok(public(json!({ "issues": issues, "next": next })))
}

fn translations(list: Vec<db::translations::Translation>, with_title: bool) -> Vec<Value> {
    list.into_iter()
        .map(|t| {
            let mut v = json!({ "lang": t.lang, "body": t.body, "source": t.source, "reviewed": t.reviewed });
            if with_title {
                v["title"] = Value::String(t.title);
            }
            v
        })
        .collect()
}

async fn detail(State(state): State<AppState>, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let issue = db::issues::by_id(&state.db, m.id, id).await?.filter(Issue::is_public).ok_or(AppError::NotFound)?;
    let tags: Vec<i64> = db::themes::of_issue(&state.db, id).await?.iter().map(|t| t.id).collect();
    // The timeline says what happened and when; who did it and moderators' notes stay private.
    let timeline: Vec<Value> =
        db::issues::events(&state.db, id).await?.into_iter().map(|e| json!({ "status": e.status, "at": e.created_at })).collect();
    let mut answers = Vec::new();
    // Every translation of the issue, its answers and comments: one query.
    let all = db::translations::around_issue(&state.db, id, None).await?;
    let of = |kind: Kind, id: i64| all.iter().filter(|t| t.kind == kind && t.content_id == id).cloned().collect::<Vec<_>>();
    for a in db::answers::of_issue(&state.db, id).await? {
        let t = translations(of(Kind::Answer, a.id), false);
        answers.push(json!({
            "id": a.id, "body": a.body, "lang": a.lang, "department": a.department, "expected_on": a.expected_on,
            "created_at": a.created_at, "translations": t,
        }));
    }
    let mut comments = Vec::new();
    for c in db::comments::published(&state.db, id).await? {
        let t = translations(of(Kind::Comment, c.id), false);
        comments.push(json!({ "id": c.id, "body": c.body, "lang": c.lang, "created_at": c.created_at, "translations": t }));
    }
    let t = translations(of(Kind::Issue, id), true);
    Ok(public(json!({
        "id": issue.id,
        "title": issue.title,
        "body": issue.body,
        "lang": issue.lang,
        "status": issue.status,
        "theme_id": issue.theme_id,
        "tag_ids": tags,
        "neighbourhood_id": issue.neighbourhood_id,
        "supports": issue.supports,
        "published_at": issue.published_at,
        "answered_at": issue.answered_at,
        "translations": t,
        "timeline": timeline,
        "answers": answers,
        "comments": comments,
    })))
}

async fn openapi() -> Response {
    public(document())
}

/// The OpenAPI 3.0 description of the API.
pub fn document() -> Value {
    let param = |name: &str, description: &str| json!({ "name": name, "in": "query", "required": false, "description": description, "schema": { "type": "string" } });
    let slug = json!({ "name": "slug", "in": "path", "required": true, "schema": { "type": "string" }, "description": "The municipality's web name, e.g. `lindenfeld`." });
    let error = json!({ "description": "Not found (unknown municipality, or an issue that is not public).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } });
    let translation = json!({ "type": "object", "required": ["lang", "body", "source", "reviewed"], "properties": {
        "lang": { "type": "string", "description": "BCP 47 tag of the translation." },
        "title": { "type": "string", "description": "Translated title (issues only)." },
        "body": { "type": "string" },
        "source": { "type": "string", "enum": ["machine", "human"] },
        "reviewed": { "type": "boolean", "description": "Whether a volunteer checked it." } } });
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "Chorus public API",
            "version": "1.0.0",
            "description": "Published issues raised by residents, with their translations, status timeline, official answers and comments. No personal data: authors are never included. Times are Unix epoch seconds."
        },
        "paths": {
            "/api/v1/municipalities": { "get": {
                "summary": "Municipalities on this portal",
                "responses": { "200": { "description": "The municipalities.", "content": { "application/json": { "schema": {
                    "type": "object", "properties": { "municipalities": { "type": "array", "items": { "$ref": "#/components/schemas/Municipality" } } } } } } } }
            } },
            "/api/v1/municipalities/{slug}/themes": { "get": {
                "summary": "Categories, tags and neighbourhoods of a municipality",
                "description": "Names are in the language negotiated from `Accept-Language` (or the municipality's default).",
                "parameters": [slug.clone()],
                "responses": { "200": { "description": "The taxonomy.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Themes" } } } }, "404": error.clone() }
            } },
            "/api/v1/municipalities/{slug}/issues": { "get": {
                "summary": "Published issues, filtered and sorted, 50 at a time",
                "parameters": [
                    slug.clone(),
                    param("q", "Words to find in the original text or any translation (prefix match, all words)."),
                    param("theme", "Category id."),
                    param("tag", "Tag id."),
                    param("status", "One of published, forwarded, answered, resolved."),
                    param("lang", "Original language (BCP 47 tag)."),
                    param("neighbourhood", "Neighbourhood id."),
                    param("sort", "newest (default), supported, or answered (most recently answered first; only answered issues)."),
                    param("after", "Cursor: copy it from the `next` link.")
                ],
                "responses": { "200": { "description": "A page of issues; `next` is the link to the following page, or null.", "content": { "application/json": { "schema": {
                    "type": "object", "required": ["issues", "next"], "properties": {
                        "issues": { "type": "array", "items": { "$ref": "#/components/schemas/IssueSummary" } },
                        "next": { "type": "string", "nullable": true } } } } } }, "404": error.clone() }
            } },
            "/api/v1/municipalities/{slug}/issues/{id}": { "get": {
                "summary": "One published issue with translations, timeline, answers and comments",
                "parameters": [slug, { "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "format": "int64" } }],
                "responses": { "200": { "description": "The issue.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Issue" } } } }, "404": error }
            } }
        },
        "components": { "schemas": {
            "Municipality": { "type": "object", "required": ["slug", "name", "languages", "default_language"], "properties": {
                "slug": { "type": "string" }, "name": { "type": "string" },
                "languages": { "type": "array", "items": { "type": "string" } }, "default_language": { "type": "string" } } },
            "Themes": { "type": "object", "properties": {
                "language": { "type": "string" },
                "themes": { "type": "array", "items": { "type": "object", "properties": {
                    "id": { "type": "integer" }, "kind": { "type": "string", "enum": ["category", "tag"] },
                    "dimension": { "type": "string", "nullable": true, "enum": ["socio_economic", "legal_political", "cultural", "other", null] },
                    "slug": { "type": "string" }, "name": { "type": "string" } } } },
                "neighbourhoods": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "integer" }, "name": { "type": "string" } } } } } },
            "IssueSummary": { "type": "object", "required": ["id", "title", "lang", "status", "theme_id", "supports"], "properties": {
                "id": { "type": "integer", "format": "int64" }, "title": { "type": "string", "description": "In the original language." },
                "lang": { "type": "string", "description": "Original language (BCP 47 tag)." },
                "status": { "$ref": "#/components/schemas/Status" }, "theme_id": { "type": "integer" },
                "neighbourhood_id": { "type": "integer", "nullable": true }, "supports": { "type": "integer" },
                "published_at": { "type": "integer", "nullable": true }, "answered_at": { "type": "integer", "nullable": true } } },
            "Issue": { "allOf": [ { "$ref": "#/components/schemas/IssueSummary" }, { "type": "object", "properties": {
                "body": { "type": "string" },
                "tag_ids": { "type": "array", "items": { "type": "integer" } },
                "translations": { "type": "array", "items": { "$ref": "#/components/schemas/Translation" } },
                "timeline": { "type": "array", "items": { "type": "object", "properties": { "status": { "type": "string" }, "at": { "type": "integer" } } } },
                "answers": { "type": "array", "items": { "type": "object", "properties": {
                    "id": { "type": "integer" }, "body": { "type": "string" }, "lang": { "type": "string" },
                    "department": { "type": "string", "nullable": true }, "expected_on": { "type": "string", "format": "date", "nullable": true },
                    "created_at": { "type": "integer" }, "translations": { "type": "array", "items": { "$ref": "#/components/schemas/Translation" } } } } },
                "comments": { "type": "array", "items": { "type": "object", "properties": {
                    "id": { "type": "integer" }, "body": { "type": "string" }, "lang": { "type": "string" }, "created_at": { "type": "integer" },
                    "translations": { "type": "array", "items": { "$ref": "#/components/schemas/Translation" } } } } } } } ] },
            "Translation": translation,
            "Status": { "type": "string", "enum": ["published", "forwarded", "answered", "resolved"] },
            "Error": { "type": "object", "properties": { "error": { "type": "object", "properties": {
                "status": { "type": "integer" }, "message_id": { "type": "string" }, "message": { "type": "string" } } } } }
        } }
    })
}
