//! The ballot page: what the vote is about, the voting form for residents, the receipt shown
//! once after voting, and checking a receipt against the published list.

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};

use super::pairs;
use crate::{
    db::{self, municipalities::Municipality},
    domain::{ballot::Status, content_language::ContentLanguage, vote::Choice},
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        ballots::{BallotView, cast::Receipt},
    },
    state::AppState,
    web::{Ctx, SignedIn, municipality, render_with},
};

#[derive(Template)]
#[template(path = "ballots/show.html")]
struct ShowPage {
    ctx: Ctx,
    m: Municipality,
    v: BallotView,
    /// Whether the reader manages ballots here.
    manager: bool,
    /// Whether the reader is on the roll.
    voted: bool,
    /// Why the reader may not vote (message id), when signed in.
    refusal: Option<&'static str>,
    /// Whether the ballot takes votes now.
    open_now: bool,
    /// The vote as submitted, and its errors.
    submitted: Vec<(String, String)>,
    errors: FieldErrors,
}

impl ShowPage {
    fn dir(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).dir()
    }
    fn when(&self, t: &i64) -> String {
        super::when(*t)
    }
    fn picked(&self, position: &u32) -> bool {
        let p = position.to_string();
        self.submitted.iter().any(|(k, v)| k == "pick" && *v == p)
    }
    fn value(&self, prefix: &str, position: &u32) -> &str {
        let name = format!("{prefix}_{position}");
        self.submitted.iter().find(|(k, _)| *k == name).map_or("", |(_, v)| v.as_str())
    }
    fn points_error(&self, position: &u32) -> Option<&'static str> {
        self.errors.get(&format!("points_{position}"))
    }
    fn ranks(&self) -> Vec<usize> {
        (1..=self.v.options.len()).collect()
    }
    fn method(&self) -> &'static str {
        self.v.ballot.method.as_str()
    }
    /// Whether the page shows the voting form (else it lists the options).
    fn can_vote(&self) -> bool {
        self.open_now && self.ctx.user.is_some() && self.refusal.is_none() && (!self.voted || self.v.ballot.allow_recast)
    }
    fn is_published(&self) -> bool {
        self.v.ballot.status == Status::Published
    }
    fn is_closed(&self) -> bool {
        self.v.ballot.status == Status::Closed
    }
}

async fn show_page(
    state: &AppState,
    ctx: Ctx,
    m: Municipality,
    id: i64,
    submitted: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response> {
    let ctx = ctx.for_municipality(&m);
    let v = services::ballots::view(state, ctx.user.as_ref(), &m, id, ctx.tr.lang()).await?;
    let (manager, voted, refusal) = match &ctx.user {
        Some(u) => {
            let (roles, residency, voted) = db::papers::reader(&state.db, u.id, m.id, id).await?;
            let refusal = services::eligibility::decide(residency, v.ballot.verified_only).err().map(|r| r.message_id());
            (services::ballots::manages(u, &roles), voted, refusal)
        }
        None => (false, false, None),
    };
    let open_now = services::ballots::cast::takes_votes(&v.ballot, db::now());
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok(render_with(status, &ShowPage { ctx, m, v, manager, voted, refusal, open_now, submitted, errors }))
}

/// The ballot page.
pub async fn show(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    show_page(&state, ctx, m, id, Vec::new(), FieldErrors::new()).await
}

#[derive(Template)]
#[template(path = "ballots/receipt.html")]
struct ReceiptPage {
    ctx: Ctx,
    m: Municipality,
    id: i64,
    title: String,
    receipt: Receipt,
}

async fn receipt_page(state: &AppState, ctx: Ctx, m: Municipality, id: i64, receipt: Receipt) -> Result<Response> {
    let ctx = ctx.for_municipality(&m);
    let v = services::ballots::view(state, ctx.user.as_ref(), &m, id, ctx.tr.lang()).await?;
    // Shown once, in the answer to the vote itself: never stored, never in a URL.
    Ok(render_with(StatusCode::OK, &ReceiptPage { ctx, m, id, title: v.text.title, receipt }))
}

/// Casts a vote and shows the receipt.
pub async fn cast(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = pairs(&body);
    match services::ballots::cast::cast(&state, &user, &m, id, &form).await {
        Ok(receipt) => receipt_page(&state, ctx, m, id, receipt).await,
        Err(AppError::Validation(errors)) => show_page(&state, ctx, m, id, form, errors).await,
        Err(e) => Err(e),
    }
}

/// Replaces a paper, by its receipt, and shows the new receipt.
pub async fn recast(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = pairs(&body);
    let code = form.iter().find(|(k, _)| k == "receipt").map(|(_, v)| v.clone()).unwrap_or_default();
    match services::ballots::cast::recast(&state, &user, &m, id, &code, &form).await {
        Ok(receipt) => receipt_page(&state, ctx, m, id, receipt).await,
        Err(AppError::Validation(errors)) => show_page(&state, ctx, m, id, form, errors).await,
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "ballots/receipt_check.html")]
struct CheckPage {
    ctx: Ctx,
    m: Municipality,
    v: BallotView,
    /// The code as typed.
    code: String,
    /// The paper found: its hash and what it says, in option labels.
    found: Option<(String, Vec<String>)>,
}

/// Looks a receipt up in the published list (a POST, so the code stays out of URLs and
/// history; it changes nothing).
pub async fn check_receipt(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let v = services::ballots::view(&state, ctx.user.as_ref(), &m, id, ctx.tr.lang()).await?;
    let code = pairs(&body).into_iter().find(|(k, _)| k == "receipt").map(|(_, v)| v).unwrap_or_default();
    let code: String = code.chars().take(64).collect();
    let found = services::ballots::cast::check_receipt(&state, &v.ballot, &code).await?.map(|(hash, choice)| (hash, describe(&v, &choice)));
    let status = if found.is_some() { StatusCode::OK } else { StatusCode::NOT_FOUND };
    Ok(render_with(status, &CheckPage { ctx, m, v, code, found }))
}

/// A choice as lines of option labels (`1. label`, `label: 3`, …).
pub fn describe(v: &BallotView, choice: &Choice) -> Vec<String> {
    let label = |p: &u32| v.options.get(*p as usize).map_or_else(|| p.to_string(), |o| o.title.clone());
    match choice {
        Choice::Approval(p) => p.iter().map(label).collect(),
        Choice::Ranked(tiers) => {
            tiers.iter().enumerate().map(|(i, t)| format!("{}. {}", i + 1, t.iter().map(label).collect::<Vec<_>>().join(" = "))).collect()
        }
        Choice::Points(p) => p.iter().map(|(o, x)| format!("{}: {x}", label(o))).collect(),
    }
}
