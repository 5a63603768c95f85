//! The one error type at the edge of the application.
//!
//! Handlers and services return [`AppError`]. Turning it into a response only records *what*
//! went wrong (status and a Fluent message id) in an [`ErrorReport`] extension; the error-page
//! middleware in `web::errors` then renders it as a localized HTML page or as JSON, because
//! only the request knows the user's language and whether it came to the API.

use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};

/// Per-field validation errors: `(field, message id)`, in form order. Field names are
/// usually static; per-language fields (`title_de`) are built at run time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(std::borrow::Cow<'static, str>, &'static str)>);

impl FieldErrors {
    /// No errors yet.
    pub fn new() -> Self {
        Self::default()
    }
    /// Records an error for `field` (the first error per field wins).
    pub fn add(&mut self, field: impl Into<std::borrow::Cow<'static, str>>, message_id: &'static str) {
        let field = field.into();
        if self.get(&field).is_none() {
            self.0.push((field, message_id));
        }
    }
    /// The message id for `field`, if it has an error.
    pub fn get(&self, field: &str) -> Option<&'static str> {
        self.0.iter().find(|(f, _)| f == field).map(|(_, m)| *m)
    }
    /// Whether there are no errors.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// All errors, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &'static str)> + '_ {
        self.0.iter().map(|(f, m)| (f.as_ref(), *m))
    }
    /// `Ok(value)` when empty, else `Err(self)`.
    pub fn into_result<T>(self, value: T) -> Result<T, Self> {
        if self.is_empty() { Ok(value) } else { Err(self) }
    }
}

/// Everything that can go wrong in a request.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The thing does not exist (or the user may not know it exists).
    #[error("not found")]
    NotFound,
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Must sign in first.
    #[error("unauthorized")]
    Unauthorized,
    /// The CSRF token was missing or wrong.
    #[error("csrf token rejected")]
    Csrf,
    /// Too many attempts; try again later.
    #[error("too many requests")]
    TooManyRequests,
    /// The request body is larger than allowed.
    #[error("request body too large")]
    TooLarge,
    /// The request could not be understood (message id).
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// Input failed validation (for the API; forms re-render instead).
    #[error("validation failed")]
    Validation(FieldErrors),
    /// The request conflicts with the current state (message id).
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// A bug or an outage: logged once, shown without details.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        Self::Internal(e.into())
    }
}

impl From<tokio::task::JoinError> for AppError {
    fn from(e: tokio::task::JoinError) -> Self {
        Self::Internal(e.into())
    }
}

/// Shorthand for results whose error is [`AppError`].
pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// What the error-page middleware needs to render an error.
#[derive(Clone, Debug)]
pub struct ErrorReport {
    /// HTTP status.
    pub status: StatusCode,
    /// Fluent message id explaining the error.
    pub message_id: &'static str,
    /// Per-field errors, for validation failures.
    pub fields: FieldErrors,
}

impl AppError {
    /// The HTTP status and message id for this error.
    pub fn status_and_message(&self) -> (StatusCode, &'static str) {
        match self {
            Self::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
            Self::Forbidden => (StatusCode::FORBIDDEN, "error-forbidden"),
            Self::Unauthorized => (StatusCode::UNAUTHORIZED, "error-unauthorized"),
            Self::Csrf => (StatusCode::FORBIDDEN, "error-csrf"),
            Self::TooManyRequests => (StatusCode::TOO_MANY_REQUESTS, "error-too-many-requests"),
            Self::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "error-too-large"),
            Self::BadRequest(id) => (StatusCode::BAD_REQUEST, id),
            Self::Validation(_) => (StatusCode::UNPROCESSABLE_ENTITY, "error-validation"),
            Self::Conflict(id) => (StatusCode::CONFLICT, id),
            Self::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "error-internal"),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let Self::Internal(e) = &self {
            // The chain names the failing operation; it never carries request data.
            tracing::error!(error = format!("{e:#}"), "internal error");
        }
        let (status, message_id) = self.status_and_message();
        let fields = match self {
            Self::Validation(f) => f,
            _ => FieldErrors::new(),
        };
        let mut res = status.into_response();
        res.extensions_mut().insert(ErrorReport { status, message_id, fields });
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_error_per_field_wins() {
        let mut e = FieldErrors::new();
        e.add("username", "a");
        e.add("username", "b");
        e.add("password", "c");
        assert_eq!(e.get("username"), Some("a"));
        assert_eq!(e.iter().count(), 2);
    }

    #[test]
    fn errors_carry_a_status_and_a_message_id() {
        let res = AppError::Csrf.into_response();
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let report = res.extensions().get::<ErrorReport>().cloned();
        assert_eq!(report.map(|r| r.message_id), Some("error-csrf"));
    }
}
