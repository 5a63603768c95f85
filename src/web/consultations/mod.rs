//! Consultations on the portal: the list, the council's pages to prepare, open, close and
//! publish one ([`manage`]), answering a questionnaire ([`answer`]), the protected results and
//! free-text answers ([`results`]) and filling a missing language ([`texts`]).

pub mod answer;
pub mod manage;
pub mod results;
pub mod statements;
pub mod texts;

use askama::Template;
use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::{get, post},
};

use super::{Ctx, municipality, render};
use crate::{
    db::{consultations::Listed, municipalities::Municipality},
    domain::content_language::ContentLanguage,
    error::Result,
    services,
    state::AppState,
};

/// Routes of the consultation pages.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/m/{slug}/consultations", get(list).post(manage::create))
        .route("/m/{slug}/consultations/new", get(manage::new))
        .route("/m/{slug}/consultations/{id}", get(answer::show))
        .route("/m/{slug}/consultations/{id}/answer", post(answer::respond))
        .route("/m/{slug}/consultations/{id}/react", post(statements::react))
        .route("/m/{slug}/consultations/{id}/statements", get(statements::list).post(statements::add))
        .route("/m/{slug}/consultations/{id}/statements/{statement}/moderate", post(statements::moderate))
        .route("/m/{slug}/consultations/{id}/manage", get(manage::page))
        .route("/m/{slug}/consultations/{id}/settings", post(manage::save_settings))
        .route("/m/{slug}/consultations/{id}/questions", post(manage::add_question))
        .route("/m/{slug}/consultations/{id}/questions/{question}", post(manage::save_question))
        .route("/m/{slug}/consultations/{id}/questions/{question}/remove", post(manage::remove_question))
        .route("/m/{slug}/consultations/{id}/open", post(manage::open))
        .route("/m/{slug}/consultations/{id}/delete", post(manage::delete))
        .route("/m/{slug}/consultations/{id}/close", post(manage::close))
        .route("/m/{slug}/consultations/{id}/publish", post(manage::publish))
        .route("/m/{slug}/consultations/{id}/results", get(results::page))
        .route("/m/{slug}/consultations/{id}/results.csv", get(results::csv))
        .route("/m/{slug}/consultations/{id}/texts", get(results::free_texts))
        .route("/m/{slug}/consultations/{id}/texts/{answer}/themes", post(results::tag))
        .route("/m/{slug}/consultations/{id}/translate/{lang}", get(texts::form).post(texts::save))
        .route("/m/{slug}/consultations/{id}/translate/{lang}/prefill", post(texts::prefill))
}

#[derive(Template)]
#[template(path = "consultations/list.html")]
struct ListPage {
    ctx: Ctx,
    m: Municipality,
    consultations: Vec<Listed>,
    manager: bool,
}

impl ListPage {
    fn when(&self, t: &i64) -> String {
        super::ballots::when(*t)
    }
    fn dir(&self, lang: &str) -> &'static str {
        ContentLanguage::of(lang).dir()
    }
}

async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let manager = match &ctx.user {
        Some(u) => services::consultations::may_manage(&state, u, &m).await?,
        None => false,
    };
    let consultations = services::consultations::list(&state, manager, &m, ctx.tr.lang()).await?;
    Ok(render(&ListPage { ctx, m, consultations, manager }))
}
