//! Council summaries: a moderator or the council's secretariat writes one for a period (and
//! perhaps a theme, neighbourhood, consultation or ballot); Chorus drafts its data part; the
//! author adds numbered recommendations linked to the input they draw on; council members
//! comment while it is in review; the chair approves it; it is forwarded to the municipality
//! and frozen — a correction is a new version, and the old one stays readable.
//!
//! Every rule about who may do what is here ([`Access`]).

pub mod data;
pub mod recommendations;
pub mod report;
pub mod view;

use crate::{
    db::{self, audit::Entry, councils::Council, municipalities::Municipality, summaries::Stamp, users::User},
    domain::{
        council::Seat,
        role::Role,
        summary::{Form, Status, Summary, SummaryDraft},
    },
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// What a person may do with the summaries of one council.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Access {
    /// Write and edit summaries and their recommendations, start new versions (moderators,
    /// the council's secretariat, global admins).
    pub write: bool,
    /// Read drafts and comment in review (also every current member of the council and the
    /// municipality's council members).
    pub review: bool,
    /// Approve (the council's chair and co-chair).
    pub approve: bool,
    /// Forward an approved summary to the municipality (chair, co-chair, secretariat).
    pub forward: bool,
}

/// What `user` may do with the summaries of `council` in `m`.
pub async fn access(state: &AppState, user: Option<&User>, m: &Municipality, council_id: i64) -> Result<Access> {
    let Some(user) = user else { return Ok(Access::default()) };
    let roles = db::roles::in_municipality(&state.db, user.id, m.id).await?;
    let seat = super::councils::seat(state, user.id, council_id).await?;
    Ok(access_of(user, &roles, seat))
}

/// [`access`], given the person's roles in the municipality and seat on the council.
pub fn access_of(user: &User, roles: &[Role], seat: Option<Seat>) -> Access {
    let write = user.is_admin || roles.contains(&Role::Moderator) || seat == Some(Seat::Secretariat);
    let approve = matches!(seat, Some(Seat::Chair | Seat::CoChair));
    Access {
        write,
        review: write || seat.is_some() || roles.contains(&Role::CouncilMember),
        approve,
        forward: approve || seat == Some(Seat::Secretariat),
    }
}

/// Whether `user` writes summaries for some council of `m` (the "new summary" link).
pub async fn may_write_any(state: &AppState, user: &User, m: &Municipality) -> Result<bool> {
    if user.is_admin || db::roles::in_municipality(&state.db, user.id, m.id).await?.contains(&Role::Moderator) {
        return Ok(true);
    }
    for c in db::councils::of_municipality(&state.db, m.id).await? {
        if super::councils::seat(state, user.id, c.id).await? == Some(Seat::Secretariat) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The councils of `m` still sitting (a dissolved council gets no new summaries).
pub async fn sitting_councils(state: &AppState, m: &Municipality) -> Result<Vec<Council>> {
    Ok(db::councils::of_municipality(&state.db, m.id).await?.into_iter().filter(|c| c.dissolved_at.is_none()).collect())
}

/// Checks a typed summary form against the municipality: its council (sitting, and one the
/// actor writes for), theme, neighbourhood, consultation and ballot.
async fn checked(state: &AppState, actor: &User, m: &Municipality, form: &Form) -> Result<(SummaryDraft, Council)> {
    let parsed = SummaryDraft::parse(form);
    let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
    let council = match form.get("council").map(|s| s.trim()).filter(|s| !s.is_empty()) {
        Some(slug) => db::councils::by_slug(&state.db, m.id, slug).await?.filter(|c| c.dissolved_at.is_none()),
        None => None,
    };
    if council.is_none() && errors.get("council").is_none() {
        errors.add("council", "summary-council-unknown");
    }
    if let Ok(d) = &parsed {
        let choices = super::issues::choices(state, m).await?;
        if d.scope.theme_id.is_some_and(|id| !choices.categories.iter().any(|t| t.id == id)) {
            errors.add("theme", "summary-theme-unknown");
        }
        if d.scope.neighbourhood_id.is_some_and(|id| !choices.neighbourhoods.iter().any(|(n, _)| *n == id)) {
            errors.add("neighbourhood", "summary-neighbourhood-unknown");
        }
        use crate::domain::summary::SourceKind;
        for (kind, id, field) in
            [(SourceKind::Consultation, d.scope.consultation_id, "consultation"), (SourceKind::Ballot, d.scope.ballot_id, "ballot")]
        {
            if let Some(id) = id
                && db::recommendations::existing(&state.db, m.id, kind, &[id]).await?.is_empty()
            {
                errors.add(field, "summary-source-unknown");
            }
        }
    }
    match (parsed, council) {
        (Ok(d), Some(c)) if errors.is_empty() => {
            if !access(state, Some(actor), m, c.id).await?.write {
                return Err(AppError::Forbidden);
            }
            Ok((d, c))
        }
        _ => Err(AppError::Validation(errors)),
    }
}

/// A summary of `m` with the actor's access to it; drafts only for the people who review.
pub async fn load(state: &AppState, user: Option<&User>, m: &Municipality, id: i64) -> Result<(Summary, Access)> {
    let s = db::summaries::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let a = access(state, user, m, s.council_id).await?;
    if !s.status.is_public() && !a.review {
        // Not "forbidden": whether a draft exists is not the public's business.
        return Err(AppError::NotFound);
    }
    Ok((s, a))
}

/// Creates a draft summary and drafts its data part.
pub async fn create(state: &AppState, actor: &User, m: &Municipality, form: &Form) -> Result<i64> {
    let (d, council) = checked(state, actor, m, form).await?;
    let mut tx = state.db.begin().await?;
    let id = db::summaries::insert(&mut tx, m.id, council.id, &d, actor.id).await?;
    db::audit::record(&mut *tx, &Entry::new("summary.create").by(actor.id).municipality(m.id).detail(&format!("summary {id}"))).await?;
    tx.commit().await?;
    redraft(state, m, id).await?;
    tracing::info!(summary.id = id, "summary created");
    Ok(id)
}

/// Saves an editable summary's settings and drafts its data part again.
pub async fn update(state: &AppState, actor: &User, m: &Municipality, id: i64, form: &Form) -> Result<()> {
    let (s, a) = load(state, Some(actor), m, id).await?;
    if !a.write {
        return Err(AppError::Forbidden);
    }
    let (d, council) = checked(state, actor, m, form).await?;
    if !db::summaries::update(&state.db, s.id, council.id, &d).await? {
        return Err(AppError::Conflict("summary-frozen"));
    }
    db::audit::record(&state.db, &Entry::new("summary.edit").by(actor.id).municipality(m.id).detail(&format!("summary {id}"))).await?;
    redraft(state, m, id).await
}

/// Drafts the data part of summary `id` again from the input as it is now (editable
/// summaries only: an approved one keeps what the chair approved).
pub async fn redraft(state: &AppState, m: &Municipality, id: i64) -> Result<()> {
    let s = db::summaries::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let scope = data::Scope {
        municipality_id: m.id,
        from: s.scope.from,
        to: s.scope.to,
        theme_id: s.scope.theme_id,
        neighbourhood_id: s.scope.neighbourhood_id,
        consultation_id: s.scope.consultation_id,
        ballot_id: s.scope.ballot_id,
    };
    let part = data::draft(state, &scope).await?;
    let json = serde_json::to_string(&part).map_err(|e| AppError::Internal(e.into()))?;
    if !db::summaries::set_data(&state.db, id, &json).await? {
        return Err(AppError::Conflict("summary-frozen"));
    }
    Ok(())
}

/// Asks for the data part to be drafted again, by someone who writes the summary.
pub async fn refresh(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    let (s, a) = load(state, Some(actor), m, id).await?;
    if !a.write {
        return Err(AppError::Forbidden);
    }
    if !s.status.is_editable() {
        return Err(AppError::Conflict("summary-frozen"));
    }
    redraft(state, m, id).await
}

/// Sends a draft to review; it needs at least one recommendation.
pub async fn submit(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    let (s, a) = load(state, Some(actor), m, id).await?;
    if !a.write {
        return Err(AppError::Forbidden);
    }
    if db::recommendations::of_summary(&state.db, s.id).await?.is_empty() {
        let mut e = FieldErrors::new();
        e.add("recommendations", "summary-needs-recommendations");
        return Err(AppError::Validation(e));
    }
    step(state, actor, m, &s, (&[Status::Draft], Status::Review, Stamp::Submitted), "summary.submit").await
}

/// Approves a summary in review (the council's chair or co-chair), with its data part drafted
/// once more so that what was approved is what goes out.
pub async fn approve(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    let (s, a) = load(state, Some(actor), m, id).await?;
    if !a.approve {
        return Err(AppError::Forbidden);
    }
    if s.status != Status::Review {
        return Err(AppError::Conflict("summary-step-not-allowed"));
    }
    redraft(state, m, id).await?;
    step(state, actor, m, &s, (&[Status::Review], Status::Approved, Stamp::Approved), "summary.approve").await
}

/// Sends an approved summary back to review (a change is needed before it goes out).
pub async fn reopen(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    let (s, a) = load(state, Some(actor), m, id).await?;
    if !a.approve {
        return Err(AppError::Forbidden);
    }
    step(state, actor, m, &s, (&[Status::Approved], Status::Review, Stamp::Submitted), "summary.reopen").await
}

async fn step(
    state: &AppState,
    actor: &User,
    m: &Municipality,
    s: &Summary,
    (from, to, stamp): (&[Status], Status, Stamp),
    action: &str,
) -> Result<()> {
    let approver = (to == Status::Approved).then_some(actor.id);
    let mut tx = state.db.begin().await?;
    if !db::summaries::step(&mut *tx, s.id, from, to, stamp, approver).await? {
        return Err(AppError::Conflict("summary-step-not-allowed"));
    }
    db::audit::record(&mut *tx, &Entry::new(action).by(actor.id).municipality(m.id).detail(&format!("summary {}", s.id))).await?;
    tx.commit().await?;
    tracing::info!(summary.id = s.id, action, "summary step");
    Ok(())
}

/// Forwards an approved summary to the municipality: it is frozen and public, the versions it
/// corrects are superseded, and the published issues it draws on become `forwarded` (their
/// followers are told, and their pages link to it).
pub async fn forward(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    let (s, a) = load(state, Some(actor), m, id).await?;
    if !a.forward {
        return Err(AppError::Forbidden);
    }
    let recommendations = db::recommendations::of_summary(&state.db, s.id).await?;
    let first = recommendations.first().map(|r| r.point_id);
    let mut tx = state.db.begin().await?;
    if !db::summaries::step(&mut *tx, s.id, &[Status::Approved], Status::Forwarded, Stamp::Forwarded, None).await? {
        return Err(AppError::Conflict("summary-step-not-allowed"));
    }
    db::summaries::supersede_older(&mut *tx, s.series_id, s.version).await?;
    for issue in db::recommendations::cited_published_issues(&mut *tx, s.id).await? {
        db::issues::set_status(&mut *tx, issue, "forwarded").await?;
        db::issues::add_event(&mut *tx, issue, "forwarded", Some(actor.id), None, None).await?;
        db::notifications::notify_followers(&mut *tx, issue, "forwarded", actor.id).await?;
    }
    if let Some(first) = first {
        db::summaries::notify_officials_forwarded(&mut *tx, m.id, first, actor.id).await?;
    }
    db::audit::record(&mut *tx, &Entry::new("summary.forward").by(actor.id).municipality(m.id).detail(&format!("summary {id}"))).await?;
    tx.commit().await?;
    // Public now: its recommendations are translated like any public text (by machine in the
    // background when configured; volunteers see them in their queue either way).
    for r in &recommendations {
        super::translation::translate_later(state, m, db::translations::Kind::Recommendation, r.id);
    }
    tracing::info!(summary.id = id, "summary forwarded");
    Ok(())
}

/// Starts a correction of a forwarded summary: a new draft version with the same settings,
/// data part and recommendations (whose answers follow them). One at a time per summary.
pub async fn correct(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<i64> {
    let (s, a) = load(state, Some(actor), m, id).await?;
    if !a.write {
        return Err(AppError::Forbidden);
    }
    if s.status != Status::Forwarded {
        return Err(AppError::Conflict("summary-step-not-allowed"));
    }
    let mut tx = state.db.begin().await?;
    let Some(new) = db::summaries::new_version(&mut tx, &s, actor.id).await? else {
        return Err(AppError::Conflict("summary-correction-exists"));
    };
    db::recommendations::copy(&mut tx, s.id, new).await?;
    db::audit::record(&mut *tx, &Entry::new("summary.correct").by(actor.id).municipality(m.id).detail(&format!("summary {id} -> {new}")))
        .await?;
    tx.commit().await?;
    Ok(new)
}

/// Deletes a summary that was never forwarded.
pub async fn delete(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    let (s, a) = load(state, Some(actor), m, id).await?;
    if !a.write {
        return Err(AppError::Forbidden);
    }
    let mut tx = state.db.begin().await?;
    if !db::summaries::delete_draft(&mut *tx, s.id).await? {
        return Err(AppError::Conflict("summary-frozen"));
    }
    db::audit::record(&mut *tx, &Entry::new("summary.delete").by(actor.id).municipality(m.id).detail(&format!("summary {id}"))).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds a review comment (people who review, while the summary is in review).
pub async fn comment(state: &AppState, actor: &User, m: &Municipality, id: i64, form: &Form, lang: &str) -> Result<()> {
    let (s, a) = load(state, Some(actor), m, id).await?;
    if !a.review {
        return Err(AppError::Forbidden);
    }
    if s.status != Status::Review {
        return Err(AppError::Conflict("summary-not-in-review"));
    }
    let body = crate::domain::summary::comment(form).map_err(AppError::Validation)?;
    let lang = crate::domain::content_language::ContentLanguage::detect(&body).map_or(lang.to_string(), |l| l.tag().to_string());
    db::summaries::add_comment(&state.db, s.id, actor.id, &body, &lang).await?;
    Ok(())
}
