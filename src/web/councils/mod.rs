//! Advisory councils on the portal: the public list, a council's page, a meeting's page and
//! the exports ([`export`]); the management pages for councils ([`manage`]), seats
//! ([`members`]) and meetings ([`meetings`]).

pub mod export;
pub mod manage;
pub mod meetings;
pub mod members;

use std::collections::HashMap;

use askama::Template;
use axum::{
    Router,
    body::Bytes,
    extract::{Path, State},
    response::Response,
    routing::{get, post},
};

use super::{Ctx, municipality, render};
use crate::{
    db::{councils::Council, municipalities::Municipality, users::User},
    domain::{content_language::ContentLanguage, council::AgendaKind},
    error::{FieldErrors, Result},
    services::{
        self,
        councils::{CouncilPage, meetings::MeetingView},
    },
    state::AppState,
};

/// Routes of the council pages.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/m/{slug}/councils", get(list).post(manage::create))
        .route("/m/{slug}/councils/new", get(manage::new))
        .route("/m/{slug}/councils/{council}", get(show))
        .route("/m/{slug}/councils/{council}/archive.json", get(export::archive))
        .route("/m/{slug}/councils/{council}/members.csv", get(export::members_csv))
        .route("/m/{slug}/councils/{council}/manage", get(manage::page))
        .route("/m/{slug}/councils/{council}/dissolve", get(manage::dissolve_form).post(manage::dissolve))
        .route("/m/{slug}/councils/{council}/members", get(members::page).post(members::add))
        .route("/m/{slug}/councils/{council}/members/{member}", post(members::edit))
        .route("/m/{slug}/councils/{council}/members/{member}/end", post(members::end))
        .route("/m/{slug}/councils/{council}/meetings", post(meetings::create))
        .route("/m/{slug}/councils/{council}/meetings/new", get(meetings::new))
        .route("/m/{slug}/councils/{council}/meetings/{id}", get(meeting))
        .route("/m/{slug}/councils/{council}/meetings/{id}/edit", get(meetings::edit_form).post(meetings::edit))
        .route("/m/{slug}/councils/{council}/meetings/{id}/cancel", post(meetings::cancel))
        .route("/m/{slug}/councils/{council}/meetings/{id}/minutes", get(meetings::minutes_form).post(meetings::minutes))
}

/// A form's values as typed and its errors, as the templates read them.
#[derive(Clone, Debug, Default)]
pub struct Fields {
    values: HashMap<String, String>,
    /// Errors per field.
    pub errors: FieldErrors,
}

impl Fields {
    /// A form with these values and errors.
    pub fn new(values: HashMap<String, String>, errors: FieldErrors) -> Self {
        Self { values, errors }
    }
    /// A field's value as typed.
    pub fn val(&self, name: &str) -> &str {
        self.values.get(name).map_or("", String::as_str)
    }
    /// The error message id of a field.
    pub fn err(&self, name: &str) -> Option<&'static str> {
        self.errors.get(name)
    }
    /// Sets a value (to prefill a form).
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        self.values.insert(name.to_string(), value.into());
    }
}

/// A submitted form's fields (the first of a repeated name counts).
pub(crate) fn form_map(body: &Bytes) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for (k, v) in super::ballots::pairs(body) {
        map.entry(k).or_insert(v);
    }
    map
}

/// A typed form struct (every field a defaulted string) from submitted fields.
pub(crate) fn typed<T: serde::de::DeserializeOwned + Default>(map: &HashMap<String, String>) -> T {
    let object = map.iter().map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone()))).collect();
    serde_json::from_value(serde_json::Value::Object(object)).unwrap_or_default()
}

/// The `dir` of content in language `tag`.
pub(crate) fn dir(tag: &str) -> &'static str {
    ContentLanguage::of(tag).dir()
}

/// Whether the reader runs this council's seats and meetings.
pub(crate) async fn manages(state: &AppState, user: Option<&User>, council: &Council) -> Result<bool> {
    match user {
        Some(u) => services::councils::may_manage(state, u, council).await,
        None => Ok(false),
    }
}

#[derive(Template)]
#[template(path = "councils/list.html")]
struct ListPage {
    ctx: Ctx,
    m: Municipality,
    current: Vec<Council>,
    dissolved: Vec<Council>,
    can_create: bool,
}

impl ListPage {
    fn dir(&self, tag: &str) -> &'static str {
        dir(tag)
    }
    fn dissolved_on(&self, c: &Council) -> String {
        self.ctx.date(&c.dissolved_at.unwrap_or_default())
    }
}

async fn list(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let (current, dissolved) = services::councils::list(&state, &m).await?;
    let can_create = ctx.user.as_ref().is_some_and(services::councils::may_create);
    Ok(render(&ListPage { ctx, m, current, dissolved, can_create }))
}

#[derive(Template)]
#[template(path = "councils/show.html")]
struct ShowPage {
    ctx: Ctx,
    m: Municipality,
    p: CouncilPage,
    manager: bool,
}

impl ShowPage {
    fn dir(&self, tag: &str) -> &'static str {
        dir(tag)
    }
    fn when(&self, t: &i64) -> String {
        super::ballots::when(*t)
    }
}

async fn show(State(state): State<AppState>, ctx: Ctx, Path((slug, council)): Path<(String, String)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let p = services::councils::page(&state, &m, &council).await?;
    let manager = manages(&state, ctx.user.as_ref(), &p.council).await?;
    Ok(render(&ShowPage { ctx, m, p, manager }))
}

#[derive(Template)]
#[template(path = "councils/meeting.html")]
struct MeetingPage {
    ctx: Ctx,
    m: Municipality,
    council: Council,
    v: MeetingView,
    manager: bool,
}

impl MeetingPage {
    fn dir(&self, tag: &str) -> &'static str {
        dir(tag)
    }
    fn lang_name(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).name()
    }
    fn when(&self, t: &i64) -> String {
        super::ballots::when(*t)
    }
    fn href(&self, kind: &AgendaKind, id: &Option<i64>) -> String {
        match (kind.path_segment(), id) {
            (Some(segment), Some(id)) => format!("/m/{}/{segment}/{id}", self.m.slug),
            _ => String::new(),
        }
    }
}

async fn meeting(State(state): State<AppState>, ctx: Ctx, Path((slug, council, id)): Path<(String, String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let council = services::councils::council(&state, &m, &council).await?;
    let v = services::councils::meetings::view(&state, &council, id).await?;
    let manager = manages(&state, ctx.user.as_ref(), &council).await?;
    Ok(render(&MeetingPage { ctx, m, council, v, manager }))
}
