//! Management pages of councils: a new council (admins), a council's management overview
//! (admins and its chair, co-chair or secretariat) and dissolving it (admins).

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};

use super::{Fields, form_map, typed};
use crate::{
    db::{self, councils::Council, meetings::Meeting, municipalities::Municipality},
    domain::{
        content_language::ContentLanguage,
        council::{Composition, CouncilForm},
    },
    error::{AppError, Result},
    services,
    state::AppState,
    web::{Ctx, SignedIn, municipality, render_with, see_other},
};

#[derive(Template)]
#[template(path = "councils/new.html")]
struct NewPage {
    ctx: Ctx,
    m: Municipality,
    f: Fields,
    languages: Vec<ContentLanguage>,
}

impl NewPage {
    fn compositions(&self) -> [Composition; 3] {
        Composition::ALL
    }
}

fn new_page(ctx: Ctx, m: Municipality, f: Fields, status: StatusCode) -> Response {
    let languages = m.languages.iter().map(|l| ContentLanguage::of(l)).collect();
    render_with(status, &NewPage { ctx, m, f, languages })
}

/// The form for a new council.
pub async fn new(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    if !services::councils::may_create(&user) {
        return Err(AppError::Forbidden);
    }
    let mut f = Fields::default();
    f.set("composition", "delegates");
    f.set("lang", m.default_language.clone());
    Ok(new_page(ctx.for_municipality(&m), m, f, StatusCode::OK))
}

/// Creates a council and goes on to its management page.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let values = form_map(&body);
    match services::councils::create(&state, &user, &m, &typed::<CouncilForm>(&values)).await {
        Ok(c) => Ok(see_other(&format!("/m/{}/councils/{}/manage", m.slug, c.slug))),
        Err(AppError::Validation(errors)) => {
            Ok(new_page(ctx.for_municipality(&m), m, Fields::new(values, errors), StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(e) => Err(e),
    }
}

/// The council of the path, for someone who manages it (else 403).
pub(crate) async fn managed(state: &AppState, user: &db::users::User, m: &Municipality, slug: &str) -> Result<Council> {
    let council = services::councils::council(state, m, slug).await?;
    if !services::councils::may_manage(state, user, &council).await? {
        return Err(AppError::Forbidden);
    }
    Ok(council)
}

#[derive(Template)]
#[template(path = "councils/manage.html")]
struct ManagePage {
    ctx: Ctx,
    m: Municipality,
    council: Council,
    meetings: Vec<Meeting>,
    admin: bool,
}

impl ManagePage {
    fn when(&self, t: &i64) -> String {
        crate::web::ballots::when(*t)
    }
    fn dir(&self, tag: &str) -> &'static str {
        super::dir(tag)
    }
}

/// A council's management overview: its meetings to edit, and where to go next.
pub async fn page(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c)): Path<(String, String)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    let mut meetings = db::meetings::of_council(&state.db, council.id).await?;
    meetings.reverse();
    let page = ManagePage { ctx: ctx.for_municipality(&m), m, council, meetings, admin: user.is_admin };
    Ok(render_with(StatusCode::OK, &page))
}

#[derive(Template)]
#[template(path = "councils/dissolve.html")]
struct DissolvePage {
    ctx: Ctx,
    m: Municipality,
    council: Council,
    f: Fields,
}

/// The council of the path for a global admin (else 403).
async fn for_admin(state: &AppState, user: &db::users::User, m: &Municipality, slug: &str) -> Result<Council> {
    let council = services::councils::council(state, m, slug).await?;
    if !user.is_admin {
        return Err(AppError::Forbidden);
    }
    Ok(council)
}

/// The form to dissolve a council, with its reason.
pub async fn dissolve_form(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c)): Path<(String, String)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = for_admin(&state, &user, &m, &c).await?;
    services::councils::require_active(&council)?;
    let page = DissolvePage { ctx: ctx.for_municipality(&m), m, council, f: Fields::default() };
    Ok(render_with(StatusCode::OK, &page))
}

/// Dissolves a council, then shows its page (now an archive).
pub async fn dissolve(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = for_admin(&state, &user, &m, &c).await?;
    let values = form_map(&body);
    let reason = values.get("reason").cloned().unwrap_or_default();
    match services::councils::dissolve(&state, &user, &council, &reason).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/councils/{}", m.slug, council.slug))),
        Err(AppError::Validation(errors)) => {
            let page = DissolvePage { ctx: ctx.for_municipality(&m), m, council, f: Fields::new(values, errors) };
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(e),
    }
}
