//! Priority votes on the portal: the list, the council's pages to prepare, open and publish a
//! ballot ([`manage`]), voting and receipts ([`vote`]) and the results ([`results`]).

pub mod manage;
pub mod results;
pub mod vote;

use askama::Template;
use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::{get, post},
};

use super::{Ctx, municipality, render};
use crate::{
    db::{ballots::Listed, municipalities::Municipality},
    error::Result,
    services,
    state::AppState,
};

/// Routes of the ballot pages.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/m/{slug}/ballots", get(list).post(manage::create))
        .route("/m/{slug}/ballots/new", get(manage::new))
        .route("/m/{slug}/ballots/{id}", get(vote::show))
        .route("/m/{slug}/ballots/{id}/vote", post(vote::cast))
        .route("/m/{slug}/ballots/{id}/recast", post(vote::recast))
        .route("/m/{slug}/ballots/{id}/receipt", post(vote::check_receipt))
        .route("/m/{slug}/ballots/{id}/manage", get(manage::page))
        .route("/m/{slug}/ballots/{id}/settings", post(manage::save_settings))
        .route("/m/{slug}/ballots/{id}/options", post(manage::add_option))
        .route("/m/{slug}/ballots/{id}/options/{option}", post(manage::save_option))
        .route("/m/{slug}/ballots/{id}/options/{option}/remove", post(manage::remove_option))
        .route("/m/{slug}/ballots/{id}/import", post(manage::import))
        .route("/m/{slug}/ballots/{id}/open", post(manage::open))
        .route("/m/{slug}/ballots/{id}/delete", post(manage::delete))
        .route("/m/{slug}/ballots/{id}/publish", post(manage::publish))
        .route("/m/{slug}/ballots/{id}/results", get(results::page))
        .route("/m/{slug}/ballots/{id}/papers.csv", get(results::papers_csv))
        .route("/m/{slug}/ballots/{id}/export", get(results::export))
}

#[derive(Template)]
#[template(path = "ballots/list.html")]
struct ListPage {
    ctx: Ctx,
    m: Municipality,
    ballots: Vec<Listed>,
    manager: bool,
}

impl ListPage {
    fn when(&self, t: &i64) -> String {
        when(*t)
    }
    fn dir(&self, lang: &str) -> &'static str {
        crate::domain::content_language::ContentLanguage::of(lang).dir()
    }
}

async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let manager = match &ctx.user {
        Some(u) => services::ballots::may_manage(&state, u, &m).await?,
        None => false,
    };
    let ballots = services::ballots::list(&state, manager, &m, ctx.tr.lang()).await?;
    Ok(render(&ListPage { ctx, m, ballots, manager }))
}

/// Formats epoch seconds as a UTC date and time for pages (`2026-12-01 09:30 UTC`).
pub fn when(epoch: i64) -> String {
    crate::domain::ballot::format_datetime(epoch).replace('T', " ") + " UTC"
}

/// A vote or settings form as submitted: every pair, repeated names kept in order.
pub(crate) fn pairs(body: &axum::body::Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body).take(2000).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}
