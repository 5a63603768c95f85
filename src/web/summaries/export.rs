//! A summary's data part as CSV and JSON (public once forwarded, like its page).

use axum::{
    Json,
    extract::{Path, State},
    response::{IntoResponse, Response},
};

use crate::{
    error::{AppError, Result},
    services,
    state::AppState,
    web::{Ctx, ballots::results::download, municipality},
};

async fn data_of(state: &AppState, ctx: &Ctx, slug: &str, id: i64) -> Result<services::summaries::data::DataPart> {
    let m = municipality(state, slug).await?;
    let v = services::summaries::view::view(state, ctx.user.as_ref(), &m, id).await?;
    v.data.ok_or(AppError::NotFound)
}

/// The data part as JSON.
pub async fn data_json(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let data = data_of(&state, &ctx, &slug, id).await?;
    let mut r = Json(data).into_response();
    if let Ok(v) = axum::http::HeaderValue::from_str(&format!("attachment; filename=\"summary-{id}-data.json\"")) {
        r.headers_mut().insert(axum::http::header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}

/// The data part as CSV, labelled in the reader's language.
pub async fn data_csv(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let data = data_of(&state, &ctx, &slug, id).await?;
    let csv = data.to_csv(&ctx.tr, ctx.tr.lang());
    Ok(download(&format!("summary-{id}-data.csv"), "text/csv; charset=utf-8", csv))
}
