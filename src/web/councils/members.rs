//! The seats page of a council: every term with forms to change the public name and
//! affiliation or to end a running term early, and the form to add a seat.

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};

use super::{Fields, form_map, manage::managed, typed};
use crate::{
    db::{self, councils::Council, councils::Member, municipalities::Municipality},
    domain::council::{MemberEditForm, MemberForm, Seat, format_date},
    error::{AppError, Result},
    services::{self, councils::members::EndForm},
    state::AppState,
    web::{Ctx, SignedIn, municipality, render_with, see_other},
};

/// Which form on the page failed, with its input and errors.
enum Failed {
    Add(Fields),
    Edit(i64, Fields),
    End(i64, Fields),
}

#[derive(Template)]
#[template(path = "councils/members.html")]
struct MembersPage {
    ctx: Ctx,
    m: Municipality,
    council: Council,
    members: Vec<Member>,
    add: Fields,
    failed: Option<Failed>,
    now: i64,
}

impl MembersPage {
    fn seats(&self) -> [Seat; 4] {
        Seat::ALL
    }
    fn date_of(&self, t: &Option<i64>) -> String {
        t.map(format_date).unwrap_or_default()
    }
    fn date(&self, t: &i64) -> String {
        format_date(*t)
    }
    /// The edit form of seat `m`: its failed input, or its stored values.
    fn edit_fields(&self, m: &Member) -> Fields {
        if let Some(Failed::Edit(id, f)) = &self.failed
            && *id == m.id
        {
            return f.clone();
        }
        let mut f = Fields::default();
        f.set("display_name", m.display_name.clone().unwrap_or_default());
        f.set("affiliation", m.affiliation.clone());
        f
    }
    /// Whether seat `m`'s term runs now.
    fn current(&self, m: &Member) -> bool {
        m.is_current(self.now)
    }
    /// Whether seat `m`'s term has not begun yet.
    fn future(&self, m: &Member) -> bool {
        m.term_start > self.now
    }
    /// Whether seat `m`'s term runs now and may be ended early.
    fn can_end(&self, m: &Member) -> bool {
        !self.council.is_dissolved() && m.is_current(self.now)
    }
    /// The end-of-term form of seat `m`.
    fn end_fields(&self, m: &Member) -> Fields {
        match &self.failed {
            Some(Failed::End(id, f)) if *id == m.id => f.clone(),
            _ => Fields::default(),
        }
    }
}

async fn render_page(state: &AppState, ctx: Ctx, m: Municipality, council: Council, failed: Option<Failed>) -> Result<Response> {
    let members = db::councils::members(&state.db, council.id).await?;
    let (add, failed, status) = match failed {
        Some(Failed::Add(f)) => (f, None, StatusCode::UNPROCESSABLE_ENTITY),
        Some(other) => (default_add(), Some(other), StatusCode::UNPROCESSABLE_ENTITY),
        None => (default_add(), None, StatusCode::OK),
    };
    let page = MembersPage { ctx: ctx.for_municipality(&m), m, council, members, add, failed, now: db::now() };
    Ok(render_with(status, &page))
}

fn default_add() -> Fields {
    let mut f = Fields::default();
    f.set("role", "member");
    f.set("term_start", format_date(db::now()));
    f
}

/// The seats page.
pub async fn page(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c)): Path<(String, String)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    render_page(&state, ctx, m, council, None).await
}

/// Adds a seat.
pub async fn add(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    let values = form_map(&body);
    match services::councils::members::add(&state, &user, &council, &typed::<MemberForm>(&values)).await {
        Ok(_) => Ok(see_other(&format!("/m/{}/councils/{}/members", m.slug, council.slug))),
        Err(AppError::Validation(e)) => render_page(&state, ctx, m, council, Some(Failed::Add(Fields::new(values, e)))).await,
        Err(e) => Err(e),
    }
}

/// Changes a seat's public name and affiliation.
pub async fn edit(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c, id)): Path<(String, String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    let values = form_map(&body);
    match services::councils::members::edit(&state, &user, &council, id, &typed::<MemberEditForm>(&values)).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/councils/{}/members", m.slug, council.slug))),
        Err(AppError::Validation(e)) => render_page(&state, ctx, m, council, Some(Failed::Edit(id, Fields::new(values, e)))).await,
        Err(e) => Err(e),
    }
}

/// Ends a running term early.
pub async fn end(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, c, id)): Path<(String, String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let council = managed(&state, &user, &m, &c).await?;
    let values = form_map(&body);
    match services::councils::members::end_term(&state, &user, &council, id, &typed::<EndForm>(&values)).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/councils/{}/members", m.slug, council.slug))),
        Err(AppError::Validation(e)) => render_page(&state, ctx, m, council, Some(Failed::End(id, Fields::new(values, e)))).await,
        Err(e) => Err(e),
    }
}
