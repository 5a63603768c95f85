//! Validators for pages that do not depend on a session: an anonymous GET gets a weak `ETag`
//! (a hash of the body, so it covers the visitor's own CSRF token too) and
//! `Cache-Control: private, no-cache`; a browser that sends it back in `If-None-Match` gets
//! `304 Not Modified` without the body, which on a slow network is most of the wait.
//! Signed-in pages keep `no-store` and get no validator: nothing of theirs is ever reused.

use axum::{
    body::{Body, to_bytes},
    extract::Request,
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use sha2::{Digest as _, Sha256};

use super::Ctx;

/// Largest body worth hashing (pages are a few kilobytes).
const MAX: usize = 4 * 1024 * 1024;

/// The middleware (inside the context middleware, which puts [`Ctx`] on the request).
pub async fn middleware(req: Request, next: Next) -> Response {
    let anonymous = req.extensions().get::<Ctx>().is_some_and(|c| c.user.is_none());
    let cacheable = anonymous && req.method() == Method::GET && !req.uri().path().starts_with("/static/");
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
    let response = next.run(req).await;
    if !cacheable || response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX).await else { return StatusCode::INTERNAL_SERVER_ERROR.into_response() };
    let digest = Sha256::digest(&bytes);
    let tag: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
    let Ok(etag) = HeaderValue::from_str(&format!("W/\"{tag}\"")) else { return Response::from_parts(parts, Body::from(bytes)) };
    parts.headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-cache"));
    parts.headers.insert(header::VARY, HeaderValue::from_static("Cookie, Accept-Language, Accept-Encoding"));
    let matches = if_none_match.as_ref().and_then(|v| v.to_str().ok()).is_some_and(|v| {
        v.split(',')
            .map(str::trim)
            .any(|t| t == "*" || t.trim_start_matches("W/") == etag.to_str().unwrap_or_default().trim_start_matches("W/"))
    });
    parts.headers.insert(header::ETAG, etag);
    if matches {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}
