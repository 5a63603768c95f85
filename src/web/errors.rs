//! Error responses, localized: an HTML page for people, JSON with a message id for the API.

use askama::Template;
use axum::{
    Json,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

use super::Ctx;
use crate::error::{ErrorReport, FieldErrors};

/// The error page.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    /// Page context.
    pub ctx: Ctx,
    /// HTTP status code.
    pub status: u16,
    /// Fluent id of the title.
    pub title_id: &'static str,
    /// Fluent id of the explanation.
    pub message_id: &'static str,
}

/// The message id for an error status that carries no report (from a layer or a rejection).
fn message_for(status: StatusCode) -> &'static str {
    match status.as_u16() {
        401 => "error-unauthorized",
        403 => "error-forbidden",
        404 => "error-not-found",
        405 => "error-method-not-allowed",
        408 => "error-timeout",
        413 => "error-too-large",
        429 => "error-too-many-requests",
        400..=499 => "error-bad-request",
        _ => "error-internal",
    }
}

fn title_for(status: StatusCode) -> &'static str {
    match status.as_u16() {
        403 => "error-title-forbidden",
        404 => "error-title-not-found",
        400..=499 => "error-title-bad-request",
        _ => "error-title-internal",
    }
}

/// Whether a handler already produced the body (a re-rendered form, a JSON answer).
fn already_rendered(res: &Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"))
}

/// Replaces a bare error response with a localized page (or JSON under `/api/`).
pub fn render_if_error(res: Response, ctx: &Ctx, api: bool) -> Response {
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let report = res.extensions().get::<ErrorReport>().cloned();
    if report.is_none() && already_rendered(&res) {
        return res;
    }
    let (message_id, fields) = report.map_or_else(|| (message_for(status), FieldErrors::new()), |r| (r.message_id, r.fields));
    if api {
        use super::api_types::{ApiError, ErrorBody, FieldMessage};
        let fields =
            fields.iter().map(|(f, m)| (f.to_string(), FieldMessage { message_id: m.to_string(), message: ctx.tr.t(m) })).collect();
        let error = ErrorBody { status: status.as_u16(), message_id: message_id.to_string(), message: ctx.tr.t(message_id), fields };
        return (status, Json(ApiError { error })).into_response();
    }
    if status == StatusCode::UNAUTHORIZED {
        let next: String = form_urlencoded::byte_serialize(ctx.path.as_bytes()).collect();
        return super::see_other(&format!("/login?next={next}"));
    }
    let page = ErrorPage { ctx: ctx.clone(), status: status.as_u16(), title_id: title_for(status), message_id };
    let mut out = super::render_with(status, &page);
    if let (StatusCode::METHOD_NOT_ALLOWED, Some(allow)) = (status, res.headers().get(header::ALLOW)) {
        out.headers_mut().insert(header::ALLOW, allow.clone());
    }
    out
}
