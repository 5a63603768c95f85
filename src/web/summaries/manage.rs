//! Writing a summary: a new one, its settings, its data part drafted again, and its numbered
//! recommendations.

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};

use super::{Extras, FormView, show_page};
use crate::{
    db::{councils::Council, municipalities::Municipality, themes::Theme},
    domain::{
        content_language::ContentLanguage,
        summary::{Form, Recommendation, Summary, format_day},
    },
    error::{AppError, FieldErrors, Result},
    services::{self, summaries::recommendations as recs},
    state::AppState,
    web::{SignedIn, ballots::pairs, municipality, render_with, see_other},
};

fn form_of(body: &Bytes) -> Form {
    pairs(body).into_iter().collect()
}

/// The settings form filled from a stored summary.
fn settings_of(s: &Summary, council: &str) -> Form {
    let mut f = Form::new();
    let mut put = |k: &str, v: String| {
        f.insert(k.into(), v);
    };
    put("council", council.into());
    put("title", s.title.clone());
    put("intro", s.intro.clone());
    put("lang", s.lang.clone());
    put("from", format_day(s.scope.from));
    put("to", format_day(s.scope.to - 1));
    for (k, v) in [
        ("theme", s.scope.theme_id),
        ("neighbourhood", s.scope.neighbourhood_id),
        ("consultation", s.scope.consultation_id),
        ("ballot", s.scope.ballot_id),
    ] {
        if let Some(v) = v {
            put(k, v.to_string());
        }
    }
    f
}

#[derive(Template)]
#[template(path = "summaries/form.html")]
struct SettingsPage {
    ctx: crate::web::Ctx,
    m: Municipality,
    /// The summary being edited (none: a new one).
    id: Option<i64>,
    f: FormView,
    councils: Vec<Council>,
    themes: Vec<Theme>,
    neighbourhoods: Vec<(i64, String)>,
    languages: Vec<ContentLanguage>,
}

async fn settings_page(
    state: &AppState,
    ctx: crate::web::Ctx,
    m: Municipality,
    id: Option<i64>,
    f: FormView,
    status: StatusCode,
) -> Result<Response> {
    let ctx = ctx.for_municipality(&m);
    let councils = services::summaries::sitting_councils(state, &m).await?;
    let choices = services::issues::choices(state, &m).await?;
    let languages = ContentLanguage::all();
    let page = SettingsPage { ctx, m, id, f, councils, themes: choices.categories, neighbourhoods: choices.neighbourhoods, languages };
    Ok(render_with(status, &page))
}

/// The form for a new summary (people who write summaries).
pub async fn new(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    if !services::summaries::may_write_any(&state, &user, &m).await? {
        return Err(AppError::Forbidden);
    }
    let now = crate::db::now();
    let mut f = Form::new();
    f.insert("lang".into(), ctx.tr.lang().into());
    f.insert("from".into(), format_day(now - 90 * 86_400));
    f.insert("to".into(), format_day(now));
    if let Some(c) = services::summaries::sitting_councils(&state, &m).await?.first() {
        f.insert("council".into(), c.slug.clone());
    }
    settings_page(&state, ctx, m, None, FormView::new(f, FieldErrors::new()), StatusCode::OK).await
}

/// Creates a draft and shows it.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = form_of(&body);
    match services::summaries::create(&state, &user, &m, &form).await {
        Ok(id) => Ok(see_other(&format!("/m/{}/summaries/{id}", m.slug))),
        Err(AppError::Validation(errors)) => {
            settings_page(&state, ctx, m, None, FormView::new(form, errors), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e),
    }
}

/// The settings of an editable summary.
pub async fn edit(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let (s, a) = services::summaries::load(&state, Some(&user), &m, id).await?;
    if !a.write {
        return Err(AppError::Forbidden);
    }
    if !s.status.is_editable() {
        return Err(AppError::Conflict("summary-frozen"));
    }
    let council = crate::db::councils::by_id(&state.db, s.council_id).await?.map(|c| c.slug).unwrap_or_default();
    settings_page(&state, ctx, m, Some(id), FormView::new(settings_of(&s, &council), FieldErrors::new()), StatusCode::OK).await
}

/// Saves the settings.
pub async fn save(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = form_of(&body);
    match services::summaries::update(&state, &user, &m, id, &form).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/summaries/{id}", m.slug))),
        Err(AppError::Validation(errors)) => {
            settings_page(&state, ctx, m, Some(id), FormView::new(form, errors), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e),
    }
}

/// Drafts the data part again from the input as it is now.
pub async fn refresh(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    services::summaries::refresh(&state, &user, &m, id).await?;
    Ok(see_other(&format!("/m/{}/summaries/{id}#data", m.slug)))
}

/// Adds a recommendation; on errors the summary page shows the form again.
pub async fn add_recommendation(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = form_of(&body);
    match recs::add(&state, &user, &m, id, &form).await {
        Ok(_) => Ok(see_other(&format!("/m/{}/summaries/{id}#recommendations", m.slug))),
        Err(AppError::Validation(errors)) => {
            show_page(&state, ctx, m, id, Extras { r: Some(FormView::new(form, errors)), ..Extras::default() }).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "summaries/recommendation.html")]
struct RecommendationPage {
    ctx: crate::web::Ctx,
    m: Municipality,
    summary_id: i64,
    number: i64,
    rec_id: i64,
    r: FormView,
    themes: Vec<Theme>,
}

impl RecommendationPage {
    fn languages(&self) -> Vec<ContentLanguage> {
        ContentLanguage::all()
    }
}

fn recommendation_form(r: &Recommendation) -> Form {
    use crate::domain::summary::SourceKind;
    let mut f = Form::new();
    f.insert("title".into(), r.title.clone());
    f.insert("body".into(), r.body.clone());
    f.insert("lang".into(), r.lang.clone());
    if let Some(t) = r.theme_id {
        f.insert("theme".into(), t.to_string());
    }
    for kind in SourceKind::ALL {
        let ids: Vec<String> = r.sources.iter().filter(|(k, _)| *k == kind).map(|(_, id)| id.to_string()).collect();
        f.insert(kind.field().into(), ids.join(", "));
    }
    f
}

async fn recommendation_page(
    state: &AppState,
    ctx: crate::web::Ctx,
    m: Municipality,
    id: i64,
    rec: i64,
    form: Option<FormView>,
) -> Result<Response> {
    let ctx = ctx.for_municipality(&m);
    let user = ctx.user.clone().ok_or(AppError::Unauthorized)?;
    let v = services::summaries::view::view(state, Some(&user), &m, id).await?;
    if !v.access.write {
        return Err(AppError::Forbidden);
    }
    let r = v.recommendations.iter().find(|r| r.id == rec).ok_or(AppError::NotFound)?;
    let status = if form.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let f = form.unwrap_or_else(|| FormView::new(recommendation_form(r), FieldErrors::new()));
    let themes = services::issues::choices(state, &m).await?.categories;
    Ok(render_with(status, &RecommendationPage { ctx, m, summary_id: id, number: r.number, rec_id: rec, r: f, themes }))
}

/// The form of one recommendation.
pub async fn recommendation(
    State(state): State<AppState>,
    SignedIn(_, ctx): SignedIn,
    Path((slug, id, rec)): Path<(String, i64, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    recommendation_page(&state, ctx, m, id, rec, None).await
}

/// Saves a recommendation.
pub async fn save_recommendation(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id, rec)): Path<(String, i64, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = form_of(&body);
    match recs::update(&state, &user, &m, id, rec, &form).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/summaries/{id}#recommendation-{rec}", m.slug))),
        Err(AppError::Validation(errors)) => recommendation_page(&state, ctx, m, id, rec, Some(FormView::new(form, errors))).await,
        Err(e) => Err(e),
    }
}

/// Removes a recommendation.
pub async fn remove_recommendation(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id, rec)): Path<(String, i64, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    recs::remove(&state, &user, &m, id, rec).await?;
    Ok(see_other(&format!("/m/{}/summaries/{id}#recommendations", m.slug)))
}
