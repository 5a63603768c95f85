//! Static assets, embedded in the binary and cached for a year under a content-hashed URL.

use std::sync::LazyLock;

use axum::{Router, http::header, response::IntoResponse, routing::get};

use crate::state::AppState;

const CSS: &str = include_str!("../../static/chorus.css");

/// `/static/chorus.css?v=<hash of its content>`: a new file gets a new URL.
pub static CSS_URL: LazyLock<String> = LazyLock::new(|| {
    // FNV-1a: a stable fingerprint, not a security measure.
    let hash = CSS.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    format!("/static/chorus.css?v={:x}", hash >> 32)
});

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/static/chorus.css", get(css))
}

async fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=31536000, immutable")], CSS)
}
