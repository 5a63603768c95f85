//! The workflow of a summary: to review, comments, approval by the chair, forwarding to the
//! municipality, corrections as new versions, deleting a draft.

use axum::{
    body::Bytes,
    extract::{Path, State},
    response::Response,
};

use super::{Extras, FormView, show_page};
use crate::{
    db::{municipalities::Municipality, users::User},
    domain::summary::Form,
    error::{AppError, Result},
    services,
    state::AppState,
    web::{Ctx, SignedIn, ballots::pairs, municipality, see_other},
};

/// A workflow step taken with one button.
#[derive(Clone, Copy)]
enum Step {
    Submit,
    Approve,
    Reopen,
    Forward,
}

async fn take(state: &AppState, user: &User, m: &Municipality, id: i64, step: Step) -> Result<()> {
    match step {
        Step::Submit => services::summaries::submit(state, user, m, id).await,
        Step::Approve => services::summaries::approve(state, user, m, id).await,
        Step::Reopen => services::summaries::reopen(state, user, m, id).await,
        Step::Forward => services::summaries::forward(state, user, m, id).await,
    }
}

/// Runs a workflow step; a step that is not possible now (a conflict or missing
/// recommendations) shows the page again with why.
async fn run(state: AppState, user: User, ctx: Ctx, slug: String, id: i64, step: Step) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    match take(&state, &user, &m, id, step).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/summaries/{id}", m.slug))),
        Err(AppError::Conflict(e)) => show_page(&state, ctx, m, id, Extras { step_error: Some(e), ..Extras::default() }).await,
        Err(AppError::Validation(errors)) => {
            let e = errors.iter().next().map_or("summary-step-not-allowed", |(_, e)| e);
            show_page(&state, ctx, m, id, Extras { step_error: Some(e), ..Extras::default() }).await
        }
        Err(e) => Err(e),
    }
}

/// Sends a draft to review.
pub async fn submit(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    run(state, user, ctx, slug, id, Step::Submit).await
}

/// Approves a summary in review.
pub async fn approve(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    run(state, user, ctx, slug, id, Step::Approve).await
}

/// Sends an approved summary back to review.
pub async fn reopen(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    run(state, user, ctx, slug, id, Step::Reopen).await
}

/// Forwards an approved summary to the municipality.
pub async fn forward(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    run(state, user, ctx, slug, id, Step::Forward).await
}

/// Starts a correction (a new version) of a forwarded summary and opens it.
pub async fn correct(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    match services::summaries::correct(&state, &user, &m, id).await {
        Ok(new) => Ok(see_other(&format!("/m/{}/summaries/{new}", m.slug))),
        Err(AppError::Conflict(e)) => show_page(&state, ctx, m, id, Extras { step_error: Some(e), ..Extras::default() }).await,
        Err(e) => Err(e),
    }
}

/// Deletes a summary that was never forwarded.
pub async fn delete(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    match services::summaries::delete(&state, &user, &m, id).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/summaries", m.slug))),
        Err(AppError::Conflict(e)) => show_page(&state, ctx, m, id, Extras { step_error: Some(e), ..Extras::default() }).await,
        Err(e) => Err(e),
    }
}

/// Adds a review comment.
pub async fn comment(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form: Form = pairs(&body).into_iter().collect();
    match services::summaries::comment(&state, &user, &m, id, &form, ctx.tr.lang()).await {
        Ok(()) => Ok(see_other(&format!("/m/{}/summaries/{id}#comments", m.slug))),
        Err(AppError::Validation(errors)) => {
            show_page(&state, ctx, m, id, Extras { c: Some(FormView::new(form, errors)), ..Extras::default() }).await
        }
        Err(AppError::Conflict(e)) => show_page(&state, ctx, m, id, Extras { step_error: Some(e), ..Extras::default() }).await,
        Err(e) => Err(e),
    }
}
