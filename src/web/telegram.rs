//! The bot's webhook on the portal's own router (`CHORUS_BOT_WEBHOOK=true`): Telegram posts
//! each update here with the secret token it was given; the update goes to the bot running on
//! this server. Outside the portal's session, CSRF and page layers: Telegram is not a browser,
//! and the secret (compared in constant time) is its credential.

use axum::{
    Router,
    body::Bytes,
    extract::{DefaultBodyLimit, State},
    http::{HeaderMap, StatusCode},
    routing::post,
};
use subtle::ConstantTimeEq as _;

use crate::state::AppState;

/// Updates are small; a megabyte is plenty.
const MAX_UPDATE_BYTES: usize = 1 << 20;

/// `POST /telegram/webhook`.
pub fn router(state: AppState) -> Router {
    Router::new().route("/telegram/webhook", post(receive)).layer(DefaultBodyLimit::max(MAX_UPDATE_BYTES)).with_state(state)
}

async fn receive(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let Some(secret) = state.telegram.webhook_secret.as_deref() else { return StatusCode::NOT_FOUND };
    let given = headers.get("x-telegram-bot-api-secret-token").map(|v| v.as_bytes()).unwrap_or_default();
    if !bool::from(given.ct_eq(secret.as_bytes())) {
        tracing::warn!("webhook call without the right secret token");
        return StatusCode::UNAUTHORIZED;
    }
    let Ok(update) = serde_json::from_slice::<teloxide::types::Update>(&body) else {
        // Telegram would send it again and again; take it and forget it.
        tracing::warn!("webhook update that teloxide cannot read");
        return StatusCode::OK;
    };
    match state.telegram.webhook.get() {
        Some(queue) => match queue.try_send(update) {
            Ok(()) => StatusCode::OK,
            // Full or stopping: Telegram delivers it again later.
            Err(_) => StatusCode::SERVICE_UNAVAILABLE,
        },
        None => StatusCode::SERVICE_UNAVAILABLE,
    }
}
