//! The per-request context: who is signed in, which language the page speaks, the CSRF token,
//! and where the client is. One middleware computes it once; handlers take it as extractors.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::{
    body::{Body, to_bytes},
    extract::{ConnectInfo, FromRequestParts, Request, State},
    http::{HeaderMap, HeaderValue, Method, header, request::Parts},
    middleware::Next,
    response::{IntoResponse, Response},
};
use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore as _;
use subtle::ConstantTimeEq as _;
use tower_sessions::Session;

use crate::{
    db::{self, municipalities::Municipality, sessions::USER_KEY, users::User},
    error::AppError,
    i18n::{self, LangInputs, LangSource, Locale, Tr},
    state::AppState,
};

/// Cookie holding the CSRF token (double-submit: forms repeat it in `csrf_token`).
pub const CSRF_COOKIE: &str = "chorus_csrf";
/// Form field and header carrying the CSRF token.
pub const CSRF_FIELD: &str = "csrf_token";
/// Cookie remembering an explicit language choice.
pub const LANG_COOKIE: &str = "chorus_lang";
/// Session key holding the account's session epoch at sign-in.
pub const EPOCH_KEY: &str = "epoch";
/// Session key holding when the session was last refreshed.
const SEEN_KEY: &str = "seen";

/// Everything a page needs about the request.
#[derive(Clone)]
pub struct Ctx {
    /// Translator for the negotiated language.
    pub tr: Tr,
    /// Why that language was chosen.
    pub lang_source: LangSource,
    /// The signed-in account.
    pub user: Option<User>,
    /// CSRF token to put in every form.
    pub csrf: String,
    /// Path and query of this page (where the language switcher returns to).
    pub path: String,
    accept_language: Option<String>,
}

impl Ctx {
    /// Every shipped interface language, for the switcher.
    pub fn locales(&self) -> &'static [Locale] {
        i18n::catalog().locales()
    }

    /// The context re-negotiated for a municipality's languages and default.
    pub fn for_municipality(mut self, m: &Municipality) -> Self {
        let lang = i18n::Lang { tr: self.tr, source: self.lang_source };
        let lang = i18n::catalog().for_municipality(lang, self.accept_language.as_deref(), &m.languages, &m.default_language);
        self.tr = lang.tr;
        self.lang_source = lang.source;
        self
    }

    /// URL of the stylesheet (content-hashed, cached for a year).
    pub fn css_url(&self) -> &'static str {
        &super::assets::CSS_URL
    }

    /// A date for display (ISO 8601, readable in every language).
    pub fn date(&self, epoch_seconds: &i64) -> String {
        time::OffsetDateTime::from_unix_timestamp(*epoch_seconds).map(|t| t.date().to_string()).unwrap_or_default()
    }

    /// A person's text for the page title, isolated (FSI … PDI) so that right-to-left text or a
    /// stray control in it cannot reorder the rest of the tab's title.
    pub fn isolate(&self, text: &str) -> String {
        format!("\u{2068}{text}\u{2069}")
    }

    /// The signed-in user's id.
    pub fn user_id(&self) -> Option<i64> {
        self.user.as_ref().map(|u| u.id)
    }

    /// Whether someone is signed in.
    pub fn signed_in(&self) -> bool {
        self.user.is_some()
    }

    /// Whether the signed-in user is a global admin.
    pub fn is_admin(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.is_admin)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Ctx>().cloned().ok_or_else(|| AppError::Internal(anyhow::anyhow!("context middleware missing")))
    }
}

/// A signed-in user (or a redirect to the login page).
pub struct SignedIn(pub User, pub Ctx);

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, state).await?;
        let user = ctx.user.clone().ok_or(AppError::Unauthorized)?;
        Ok(Self(user, ctx))
    }
}

/// A signed-in global admin. Services check again: this only saves a round trip.
pub struct AdminUser(pub User, pub Ctx);

impl<S: Send + Sync> FromRequestParts<S> for AdminUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let SignedIn(user, ctx) = SignedIn::from_request_parts(parts, state).await?;
        crate::services::admin::require_admin(&user)?;
        Ok(Self(user, ctx))
    }
}

/// The client's address, for rate limits only (never logged or stored).
#[derive(Clone, Copy, Debug)]
pub struct ClientIp(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<ClientIp>().copied().unwrap_or(ClientIp(IpAddr::V4(Ipv4Addr::UNSPECIFIED))))
    }
}

/// The value of cookie `name`.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Marks a response after which the CSRF nonce is replaced (sign-in, sign-out), so that no
/// token from before still works.
#[derive(Clone, Copy, Debug)]
pub struct RotateCsrf;

/// The CSRF token for a browser: an HMAC, under the server key, of the browser's nonce cookie
/// and (when signed in) the session id. A token copied from another browser or session, or
/// planted together with a cookie, does not verify.
pub fn csrf_token(keys: &crate::services::keys::Keys, nonce: &str, session_id: Option<&str>) -> String {
    keys.sign("csrf", &[nonce, session_id.unwrap_or("")])
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn client_ip(req: &Request, trust_proxy: bool) -> IpAddr {
    let forwarded =
        trust_proxy.then(|| req.headers().get("x-forwarded-for")?.to_str().ok()?.rsplit(',').next()?.trim().parse().ok()).flatten();
    forwarded.or_else(|| req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip())).unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}

async fn signed_in_user(state: &AppState, session: &Session) -> Result<Option<User>, AppError> {
    let session_err = |e: tower_sessions::session::Error| AppError::Internal(anyhow::anyhow!("session store: {e}"));
    let Some(uid) = session.get::<i64>(USER_KEY).await.map_err(session_err)? else { return Ok(None) };
    let epoch = session.get::<i64>(EPOCH_KEY).await.map_err(session_err)?;
    match db::users::by_id(&state.db, uid).await? {
        Some(user) if Some(user.session_epoch) == epoch => {
            // Keep an active session alive without writing it on every request: refreshed at
            // most every quarter of the idle limit (an hour at most).
            let now = db::now();
            let seen = session.get::<i64>(SEEN_KEY).await.map_err(session_err)?.unwrap_or(0);
            let every = (i64::from(state.config.session_idle_hours) * 900).min(3600);
            if now - seen > every {
                session.insert(SEEN_KEY, now).await.map_err(session_err)?;
            }
            Ok(Some(user))
        }
        _ => {
            session.flush().await.map_err(session_err)?;
            Ok(None)
        }
    }
}

/// Reads the CSRF token a state-changing request submitted: the `x-csrf-token` header, or the
/// `csrf_token` field of a urlencoded or multipart form (the body is buffered and handed on
/// intact).
async fn submitted_token(req: Request, limit: usize) -> Result<(Request, Option<String>), AppError> {
    if let Some(token) = req.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()) {
        let token = token.to_string();
        return Ok((req, Some(token)));
    }
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let boundary = multer::parse_boundary(&content_type).ok().filter(|_| content_type.starts_with("multipart/form-data"));
    if !content_type.starts_with("application/x-www-form-urlencoded") && boundary.is_none() {
        return Ok((req, None));
    }
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, limit).await.map_err(|_| AppError::TooLarge)?;
    let token = match boundary {
        None => form_urlencoded::parse(&bytes).find(|(k, _)| k == CSRF_FIELD).map(|(_, v)| v.into_owned()),
        Some(boundary) => multipart_token(bytes.clone(), boundary).await,
    };
    Ok((Request::from_parts(parts, Body::from(bytes)), token))
}

/// The `csrf_token` part of a buffered multipart body (forms put it first).
async fn multipart_token(bytes: axum::body::Bytes, boundary: String) -> Option<String> {
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(bytes) });
    let mut parts = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = parts.next_field().await {
        if field.name() == Some(CSRF_FIELD) {
            return field.text().await.ok().filter(|t| t.len() <= 256);
        }
    }
    None
}

/// Paths a person with a one-time password may still use before choosing their own: change
/// it, sign out, switch the interface language, and what pages load (styles, health).
fn allowed_before_password_change(path: &str) -> bool {
    path == "/account/password" || path == "/logout" || path == "/language" || path.starts_with("/static/") || path == "/healthz"
}

/// Whether the browser says the request comes from this site (or was typed): `Sec-Fetch-Site`
/// `same-origin` or `none`. Requests without the header (older browsers, other clients) rely
/// on the token alone; `same-site` (a sibling subdomain) and `cross-site` are refused.
fn from_this_site(headers: &HeaderMap) -> bool {
    match headers.get("sec-fetch-site") {
        None => true,
        Some(v) => matches!(v.as_bytes(), b"same-origin" | b"none"),
    }
}

/// The middleware that builds [`Ctx`], enforces CSRF on every state-changing request and
/// renders error responses in the user's language.
pub async fn middleware(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let api = path.starts_with("/api/");
    let page = !(api || path.starts_with("/static/") || path == "/healthz");
    // The API is public and anonymous: no session or account is read for it.
    let session = req.extensions().get::<Session>().cloned().filter(|_| !api);
    let user = match &session {
        Some(s) => signed_in_user(&state, s).await,
        None => Ok(None),
    };
    let headers = req.headers();
    let accept_language = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_string);
    let lang = {
        let user_setting = user.as_ref().ok().and_then(|u| u.as_ref()).and_then(|u| u.preferred_language.as_deref());
        let inputs = LangInputs { user_setting, cookie: cookie(headers, LANG_COOKIE), accept_language: accept_language.as_deref() };
        i18n::catalog().negotiate(&inputs, &state.config.default_language)
    };
    let existing = cookie(headers, CSRF_COOKIE).filter(|t| t.len() == 43).map(str::to_string);
    let new_nonce = existing.is_none().then(new_token);
    let nonce = existing.clone().or_else(|| new_nonce.clone()).unwrap_or_default();
    let signed_in = matches!(user, Ok(Some(_)));
    let session_id = session.as_ref().filter(|_| signed_in).and_then(|s| s.id()).map(|id| id.to_string());
    let csrf = csrf_token(&state.keys, &nonce, session_id.as_deref());
    let expected = existing.as_ref().map(|_| csrf.clone());
    let path_and_query = req.uri().path_and_query().map_or_else(|| path.clone(), |p| p.as_str().to_string());
    let ctx = Ctx {
        tr: lang.tr,
        lang_source: lang.source,
        user: user.as_ref().ok().cloned().flatten(),
        csrf,
        path: path_and_query,
        accept_language,
    };

    let response = match user {
        Err(e) => e.into_response(),
        Ok(user) => run(&state, req, next, &ctx, user.as_ref(), expected.as_deref()).await,
    };
    // A saved "keep me signed in" session keeps its longer expiry (the session layer would
    // otherwise save it with the default one).
    if let Some(s) = session.as_ref().filter(|s| s.is_modified())
        && s.get::<bool>(super::auth::REMEMBER_KEY).await.ok().flatten().unwrap_or(false)
    {
        s.set_expiry(Some(super::auth::remembered(&state)));
    }
    let rotate = response.extensions().get::<RotateCsrf>().is_some();
    let mut response = super::errors::render_if_error(response, &ctx, api);
    let fresh = if rotate { Some(new_token()) } else { new_nonce };
    if let (Some(token), true) = (fresh, page || rotate) {
        let secure = if state.config.secure_cookies { "; Secure" } else { "" };
        if let Ok(v) = HeaderValue::from_str(&format!("{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax{secure}")) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

async fn run(state: &AppState, mut req: Request, next: Next, ctx: &Ctx, user: Option<&User>, expected_token: Option<&str>) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe {
        let this_site = from_this_site(req.headers());
        let (r, submitted) = match submitted_token(req, state.config.max_body_bytes).await {
            Ok(x) => x,
            Err(e) => return e.into_response(),
        };
        req = r;
        let matches = match (expected_token, submitted.as_deref()) {
            (Some(a), Some(b)) => bool::from(a.as_bytes().ct_eq(b.as_bytes())),
            _ => false,
        };
        if !this_site || !matches {
            tracing::info!("request refused: CSRF token missing or wrong");
            return AppError::Csrf.into_response();
        }
    }
    // A one-time password opens the password page and nothing else, whatever the method.
    if user.is_some_and(|u| u.must_change_password)
        && !allowed_before_password_change(req.uri().path())
        && !req.uri().path().starts_with("/api/")
    {
        return super::see_other("/account/password");
    }
    let client = ClientIp(client_ip(&req, state.config.trust_proxy));
    req.extensions_mut().insert(client);
    req.extensions_mut().insert(ctx.clone());
    next.run(req).await
}
