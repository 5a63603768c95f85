//! Meeting management pages: a new meeting, editing one (time, place, link, agenda),
//! cancelling it, and writing its minutes in one or more languages.

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};

use super::{Fields, form_map, manage::managed, typed};
use crate::{
    db::{councils::Council, meetings::Minutes, municipalities::Municipality},
    domain::{
        ballot::format_datetime,
        content_language::ContentLanguage,
        council::{AGENDA_ROWS, AgendaKind, MinutesForm},
    },
    error::{AppError, Result},
    services::{self, councils::meetings::MeetingView},
    state::AppState,
    web::{Ctx, SignedIn, municipality, render_with, see_other},
};

#[derive(Template)]
#[template(path = "councils/meeting_form.html")]
struct FormPage {
    ctx: Ctx,
    m: Municipality,
    council: Council,
    /// The meeting being edited (`None`: a new one).
    id: Option<i64>,
    f: Fields,
}

impl FormPage {
    fn rows(&self) -> std::ops::Range<usize> {
        0..AGENDA_ROWS
    }
    fn kinds(&self) -> [AgendaKind; 4] {
        AgendaKind::ALL
    }
    fn action(&self) -> String {
        match self.id {
            Some(id) => format!("/m/{}/councils/{}/meetings/{id}/edit", self.m.slug, self.council.slug),
            None => format!("/m/{}/councils/{}/meetings", self.m.slug, self.council.slug),
        }
    }
    fn name(&self, field: &str, row: &usize) -> String {
        format!("{field}_{row}")
    }
}

fn form_page(ctx: Ctx, m: Municipality, council: Council, id: Option<i64>, f: Fields, status: StatusCode) -> Response {
    render_with(status, &FormPage { ctx: ctx.for_municipality(&m), m, council, id, f })
}

/// The form filled from a stored meeting.
fn fields_of(v: &MeetingView) -> Fields {
    let mut f = Fields::default();
    let (date, time) =
        format_datetime(v.meeting.starts_at).split_once('T').map(|(d, t)| (d.to_string(), t.to_string())).unwrap_or_default();
    f.set("date", date);
    f.set("time", time);
    f.set("place", v.meeting.place.clone());
    f.set("link", v.meeting.link.clone());
    for (row, item) in v.items.iter().enumerate() {
        f.set(&format!("item_kind_{row}"), item.kind.as_str());
        f.set(&format!("item_ref_{row}"), item.subject_id.map(|i| i.to_string()).unwrap_or_default());
        f.set(&format!("item_title_{row}"), item.title.clone());
    }
    f
}

/// The form for a new meeting.
pub async fn new(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c)): Path<(String, String)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    services::councils::require_active(&council)?;
    let mut f = Fields::default();
    f.set("time", "18:00");
    Ok(form_page(ctx, m, council, None, f, StatusCode::OK))
}

/// Creates a meeting and shows it.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    let values = form_map(&body);
    match services::councils::meetings::create(&state, &user, &m, &council, &values).await {
        Ok(id) => Ok(see_other(&format!("/m/{}/councils/{}/meetings/{id}", m.slug, council.slug))),
        Err(AppError::Validation(e)) => Ok(form_page(ctx, m, council, None, Fields::new(values, e), StatusCode::UNPROCESSABLE_ENTITY)),
        Err(e) => Err(e),
    }
}

/// The form to change a meeting.
pub async fn edit_form(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c, id)): Path<(String, String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    services::councils::require_active(&council)?;
    let v = services::councils::meetings::view(&state, &council, id).await?;
    Ok(form_page(ctx, m, council, Some(id), fields_of(&v), StatusCode::OK))
}

/// Saves a changed meeting.
pub async fn edit(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c, id)): Path<(String, String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    let values = form_map(&body);
    match services::councils::meetings::update(&state, &user, &m, &council, id, &values).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/councils/{}/meetings/{id}", m.slug, council.slug))),
        Err(AppError::Validation(e)) => Ok(form_page(ctx, m, council, Some(id), Fields::new(values, e), StatusCode::UNPROCESSABLE_ENTITY)),
        Err(e) => Err(e),
    }
}

/// Cancels a meeting.
pub async fn cancel(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, c, id)): Path<(String, String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    services::councils::meetings::cancel(&state, &user, &council, id).await?;
    Ok(see_other(&format!("/m/{}/councils/{}/meetings/{id}", m.slug, council.slug)))
}

#[derive(Template)]
#[template(path = "councils/minutes.html")]
struct MinutesPage {
    ctx: Ctx,
    m: Municipality,
    council: Council,
    v: MeetingView,
    /// The form for a new language (or the one that failed).
    f: Fields,
    languages: Vec<ContentLanguage>,
}

impl MinutesPage {
    fn when(&self, t: &i64) -> String {
        crate::web::ballots::when(*t)
    }
    fn lang_name(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).name()
    }
    fn dir(&self, tag: &str) -> &'static str {
        super::dir(tag)
    }
    /// Whether the failed form is the one for these stored minutes.
    fn failed_for(&self, n: &Minutes) -> bool {
        !self.f.errors.is_empty() && self.f.val("lang") == n.lang
    }
}

async fn minutes_page(
    state: &AppState,
    ctx: Ctx,
    m: Municipality,
    council: Council,
    id: i64,
    f: Fields,
    status: StatusCode,
) -> Result<Response> {
    let v = services::councils::meetings::view(state, &council, id).await?;
    let languages = ContentLanguage::all();
    Ok(render_with(status, &MinutesPage { ctx: ctx.for_municipality(&m), m, council, v, f, languages }))
}

/// The minutes of a meeting, one form per language.
pub async fn minutes_form(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c, id)): Path<(String, String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    let mut f = Fields::default();
    f.set("lang", ctx.clone().for_municipality(&m).tr.lang());
    minutes_page(&state, ctx, m, council, id, f, StatusCode::OK).await
}

/// Saves the minutes in one language.
pub async fn minutes(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c, id)): Path<(String, String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    let values = form_map(&body);
    match services::councils::meetings::write_minutes(&state, &user, &council, id, &typed::<MinutesForm>(&values)).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/councils/{}/meetings/{id}", m.slug, council.slug))),
        Err(AppError::Validation(e)) => {
            minutes_page(&state, ctx, m, council, id, Fields::new(values, e), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e),
    }
}
