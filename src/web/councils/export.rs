//! A council's exports, open to everyone and kept after it is dissolved: the whole archive as
//! JSON and its terms as CSV. Public fields only.

use axum::{
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};

use crate::{error::Result, services, state::AppState, web::municipality};

/// The archive as a JSON download.
pub async fn archive(State(state): State<AppState>, Path((slug, c)): Path<(String, String)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = services::councils::council(&state, &m, &c).await?;
    let name = format!("attachment; filename=\"{}-{}-archive.json\"", m.slug, council.slug);
    let archive = services::councils::archive::archive(&state, &m, council).await?;
    let body = serde_json::to_string_pretty(&archive).map_err(anyhow::Error::from)?;
    Ok(([(header::CONTENT_TYPE, "application/json".to_string()), (header::CONTENT_DISPOSITION, name)], body).into_response())
}

/// Every term as a CSV download.
pub async fn members_csv(State(state): State<AppState>, Path((slug, c)): Path<(String, String)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = services::councils::council(&state, &m, &c).await?;
    let body = services::councils::archive::members_csv(&state, &council).await?;
    let name = format!("attachment; filename=\"{}-{}-members.csv\"", m.slug, council.slug);
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, name)], body).into_response())
}
