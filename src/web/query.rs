//! The query-string extractor the portal uses instead of axum's: a parameter given twice
//! (`?q=a&q=b`, easy to produce with a bookmarked link and a filter form) is not an error;
//! the first value counts, as in most web frameworks.

use axum::{extract::FromRequestParts, http::request::Parts};
use serde::de::DeserializeOwned;

use crate::error::AppError;

/// Query parameters deserialized into `T`; repeated keys keep their first value.
#[derive(Debug, Clone, Copy, Default)]
pub struct Query<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Query<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let raw = parts.uri.query().unwrap_or_default();
        Ok(Self(parse(raw).ok_or(AppError::BadRequest("error-bad-request"))?))
    }
}

/// Deserializes a query string, keeping the first value of a repeated key.
pub fn parse<T: DeserializeOwned>(raw: &str) -> Option<T> {
    let mut seen = std::collections::HashSet::new();
    let mut canonical = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(raw.as_bytes()) {
        if seen.insert(k.clone()) {
            canonical.append_pair(&k, &v);
        }
    }
    serde_urlencoded::from_str(&canonical.finish()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug, PartialEq, Default)]
    #[serde(default)]
    struct Q {
        q: String,
        page: Option<i64>,
    }

    #[test]
    fn repeated_parameters_keep_the_first_value() {
        assert_eq!(parse::<Q>("q=a&q=b&page=2&page=x"), Some(Q { q: "a".into(), page: Some(2) }));
        assert_eq!(parse::<Q>(""), Some(Q::default()));
        assert_eq!(parse::<Q>("page=notanumber"), None);
    }
}
