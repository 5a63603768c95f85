//! The home page (municipality chooser), municipality pages, joining, and the team page.

use askama::Template;
use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::{get, post},
};

use super::{Ctx, SignedIn, query::Query, render, see_other};
use crate::{
    db::{self, municipalities::Municipality, roles::Grant},
    domain::role::Role,
    error::Result,
    i18n::{Locale, catalog},
    services,
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/m/{slug}", get(municipality))
        .route("/m/{slug}/join", post(join))
        .route("/m/{slug}/team", get(team))
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: Ctx,
    municipalities: Vec<Municipality>,
    notice: Option<&'static str>,
}

/// Query of the home page: `?notice=account-deleted` after an account deletion.
#[derive(serde::Deserialize)]
struct HomeQuery {
    notice: Option<String>,
}

async fn home(State(state): State<AppState>, ctx: Ctx, Query(q): Query<HomeQuery>) -> Result<Response> {
    let municipalities = state.directory.get(&state.db).await?.municipalities.clone();
    let notice = match q.notice.as_deref() {
        Some("deleted") => Some("notice-account-deleted"),
        Some("signed-out") => Some("notice-signed-out"),
        _ => None,
    };
    Ok(render(&HomePage { ctx, municipalities, notice }))
}

#[derive(Template)]
#[template(path = "municipality.html")]
struct MunicipalityPage {
    ctx: Ctx,
    m: Municipality,
    languages: Vec<&'static Locale>,
    roles: Vec<Role>,
    /// Open and published consultations, newest first.
    consultations: Vec<db::consultations::Listed>,
    /// The next meetings of its councils.
    meetings: Vec<db::meetings::Upcoming>,
}

impl MunicipalityPage {
    fn when(&self, t: &i64) -> String {
        super::ballots::when(*t)
    }
    fn dir(&self, lang: &str) -> &'static str {
        crate::domain::content_language::ContentLanguage::of(lang).dir()
    }
    fn is_member(&self) -> bool {
        !self.roles.is_empty()
    }
    fn can_translate(&self) -> bool {
        self.ctx.is_admin() || self.roles.contains(&Role::Translator)
    }
    fn can_audit(&self) -> bool {
        self.ctx.is_admin() || self.roles.contains(&Role::CouncilMember)
    }
    fn can_moderate(&self) -> bool {
        self.ctx.is_admin() || self.roles.contains(&Role::Moderator)
    }
    fn is_staff(&self) -> bool {
        self.ctx.is_admin() || self.roles.iter().any(|r| r.is_staff())
    }
}

async fn municipality(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response> {
    let m = super::municipality(&state, &slug).await?;
    let roles = match &ctx.user {
        Some(u) => db::roles::in_municipality(&state.db, u.id, m.id).await?,
        None => Vec::new(),
    };
    let languages = m.languages.iter().filter_map(|t| catalog().get(t)).collect();
    let ctx = ctx.for_municipality(&m);
    let mut consultations = services::consultations::list(&state, false, &m, ctx.tr.lang()).await?;
    consultations.truncate(10);
    let meetings = services::councils::meetings::upcoming(&state, &m).await?;
    Ok(render(&MunicipalityPage { ctx, m, languages, roles, consultations, meetings }))
}

async fn join(State(state): State<AppState>, SignedIn(user, _): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = super::municipality(&state, &slug).await?;
    services::accounts::join(&state, &user, &m).await?;
    Ok(see_other(&format!("/m/{}", m.slug)))
}

#[derive(Template)]
#[template(path = "team.html")]
struct TeamPage {
    ctx: Ctx,
    m: Municipality,
    staff: Vec<Grant>,
}

async fn team(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = super::municipality(&state, &slug).await?;
    let staff = services::accounts::team(&state, &user, &m).await?;
    Ok(render(&TeamPage { ctx: ctx.for_municipality(&m), m, staff }))
}
