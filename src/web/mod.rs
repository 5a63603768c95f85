//! The server-rendered portal: one module per resource, each with `pub fn router()`, and the
//! middleware every request passes through.

pub mod account;
pub mod admin;
pub mod api;
pub mod api_ballots;
pub mod api_consultations;
pub mod api_recommendations;
pub mod api_summaries;
pub mod api_types;
pub mod assets;
pub mod auth;
pub mod ballots;
pub mod charts;
pub mod consultations;
pub mod context;
pub mod councils;
pub mod dashboard;
pub mod dashboard_charts;
pub mod errors;
pub mod etag;
pub mod health;
pub mod home;
pub mod issue_page;
pub mod issues;
pub mod language;
pub mod moderation;
pub mod official;
pub mod query;
pub mod said_did;
pub mod server;
pub mod setup;
pub mod summaries;
pub mod summary_data;
pub mod telegram;
pub mod translate;
pub mod voice;

use std::time::Duration;

use axum::{
    Router,
    extract::{DefaultBodyLimit, MatchedPath, Request},
    http::{HeaderName, HeaderValue, StatusCode, header},
    middleware,
    response::{Html, IntoResponse, Response},
};
use tower::ServiceBuilder;
use tower_http::{
    catch_panic::CatchPanicLayer, compression::CompressionLayer, set_header::SetResponseHeaderLayer, timeout::TimeoutLayer,
    trace::TraceLayer,
};
use tower_sessions::{Expiry, SessionManagerLayer, cookie::SameSite};

use crate::{db::sessions::DbSessionStore, error::AppError, state::AppState};

pub use context::{AdminUser, Ctx, SignedIn};

/// Content Security Policy: no script, no inline style, no framing, forms only to ourselves.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; media-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Builds the whole application router: what production serves and what tests drive.
pub fn router(state: AppState) -> Router {
    let cfg = &state.config;
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name("chorus_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(cfg.secure_cookies)
        .with_expiry(Expiry::OnInactivity(time::Duration::hours(i64::from(cfg.session_idle_hours))));
    let header = |name: HeaderName, value: &'static str| SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value));
    let hsts = cfg.secure_cookies.then(|| header(header::STRICT_TRANSPORT_SECURITY, "max-age=31536000"));

    Router::new()
        .merge(home::router())
        .merge(issues::router())
        .merge(issue_page::router())
        .merge(ballots::router())
        .merge(consultations::router())
        .merge(summaries::router())
        .merge(councils::router())
        .merge(auth::router())
        .merge(account::router())
        .merge(admin::router())
        .merge(setup::router())
        .merge(api::router())
        .merge(language::router())
        .merge(moderation::router())
        .merge(translate::router())
        .merge(voice::router())
        .merge(official::router())
        .merge(dashboard::router())
        .merge(said_did::router())
        .merge(health::router())
        .merge(assets::router())
        .fallback(|| async { AppError::NotFound })
        .layer(
            ServiceBuilder::new()
                .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| {
                    // The matched route, never the URI: paths and queries can carry names.
                    let route = req.extensions().get::<MatchedPath>().map_or("(unmatched)", MatchedPath::as_str);
                    tracing::info_span!("request", method = %req.method(), route, queries = tracing::field::Empty)
                }))
                // Outside everything that reads the body (the CSRF check included), so a slow
                // body cannot hold a connection past the timeout.
                .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(cfg.request_timeout_seconds)))
                .layer(middleware::from_fn(count_queries))
                // HTML and JSON compress to a fraction; wrk and old clients that do not ask get
                // the plain body.
                .layer(CompressionLayer::new())
                .layer(header(header::CONTENT_SECURITY_POLICY, CSP))
                .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
                .layer(header(header::REFERRER_POLICY, "same-origin"))
                .layer(header(header::X_FRAME_OPTIONS, "DENY"))
                .layer(header(HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=()"))
                .layer(header(header::CACHE_CONTROL, "no-store"))
                .option_layer(hsts)
                .layer(sessions)
                .layer(middleware::from_fn_with_state(state.clone(), context::middleware))
                .layer(middleware::from_fn(etag::middleware))
                .layer(CatchPanicLayer::custom(|_| AppError::Internal(anyhow::anyhow!("handler panicked")).into_response()))
                .layer(DefaultBodyLimit::max(cfg.max_body_bytes)),
        )
        .with_state(state.clone())
        .merge(telegram::router(state))
}

/// How many database round trips a request took (in the response's extensions; the request's
/// log span records it too). Pages have a budget: `tests/budget.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QueryCount(pub u32);

async fn count_queries(req: Request, next: middleware::Next) -> Response {
    let (mut response, n) = crate::db::pool::counted(next.run(req)).await;
    tracing::Span::current().record("queries", n);
    response.extensions_mut().insert(QueryCount(n));
    response
}

/// The municipality with this web name, or a 404.
pub(crate) async fn municipality(state: &AppState, slug: &str) -> crate::error::Result<crate::db::municipalities::Municipality> {
    state.directory.get(&state.db).await?.municipality(slug).cloned().ok_or(AppError::NotFound)
}

/// Renders an askama template as an HTML response.
pub fn render(template: &impl askama::Template) -> Response {
    render_with(StatusCode::OK, template)
}

/// Renders an askama template with a status (422 for a form with errors).
pub fn render_with(status: StatusCode, template: &impl askama::Template) -> Response {
    match template.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => AppError::Internal(anyhow::Error::new(e).context("rendering a template")).into_response(),
    }
}

/// A `303 See Other` to a local path (the answer to a successful form).
pub fn see_other(path: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, safe_local_path(path))]).into_response()
}

/// `path` when it is a local path on this site, else `/` (no open redirects).
pub fn safe_local_path(path: &str) -> &str {
    let ok = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() <= 2048
        && !path.chars().any(|c| c.is_control());
    if ok { path } else { "/" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn redirect_targets_never_leave_the_site(raw in "\\PC{0,60}") {
            let p = safe_local_path(&raw);
            prop_assert!(p.starts_with('/') && !p.starts_with("//") && !p.starts_with("/\\"));
        }
    }

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert_eq!(safe_local_path("/m/lindenfeld?x=1"), "/m/lindenfeld?x=1");
        for bad in ["https://evil.example", "//evil.example", "/\\evil", "javascript:x", "/a\r\nSet-Cookie: x", ""] {
            assert_eq!(safe_local_path(bad), "/", "{bad:?}");
        }
    }
}
