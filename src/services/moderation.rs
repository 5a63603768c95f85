//! Moderation: the queue, decisions on issues, and reports by users. Every decision is
//! checked here (moderators of the municipality and global admins only), lands in the issue's
//! timeline, tells the author, and is written to the audit log with its reason.

use crate::{
    db::{self, audit::Entry, issues::Issue, municipalities::Municipality, notifications::Subject, reports::Reported, users::User},
    domain::role::Role,
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// Reasons a moderator gives for rejecting or hiding (Fluent message ids, shown to the author
/// in their language).
pub const DECISION_REASONS: [&str; 6] =
    ["reason-personal-data", "reason-offensive", "reason-individual-case", "reason-not-municipal", "reason-duplicate", "reason-other"];

/// Reasons a user gives when reporting an issue.
pub const REPORT_REASONS: [&str; 5] = ["report-offensive", "report-personal-data", "report-spam", "report-false", "report-other"];

/// Longest moderator note, in characters.
const NOTE_CHARS: usize = 1000;

/// Refuses anyone who is not a moderator of `m` (or a global admin).
pub async fn require_moderator(state: &AppState, actor: &User, m: &Municipality) -> Result<()> {
    if actor.is_admin || db::roles::in_municipality(&state.db, actor.id, m.id).await?.contains(&Role::Moderator) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// One item of the queue.
pub struct QueueItem {
    /// The issue.
    pub issue: Issue,
    /// Open reports: (reason message id, count).
    pub reports: Vec<(String, i64)>,
    /// Its voice note, when it was raised as one.
    pub voice: Option<db::attachments::Voice>,
}

/// The moderation queue of a municipality, oldest first.
pub async fn queue(state: &AppState, actor: &User, m: &Municipality) -> Result<Vec<QueueItem>> {
    require_moderator(state, actor, m).await?;
    let issues = db::issues::moderation_queue(&state.db, m.id).await?;
    let ids: Vec<i64> = issues.iter().map(|i| i.id).collect();
    let voices = db::attachments::of_issues(&state.db, &ids).await?;
    let mut items = Vec::new();
    for issue in issues {
        let reports = db::reports::open(&state.db, Reported::Issue, issue.id).await?;
        let voice = voices.iter().find(|v| v.issue_id == issue.id).cloned();
        items.push(QueueItem { issue, reports, voice });
    }
    Ok(items)
}

/// What a moderator decides about an issue.
#[derive(Clone, Debug)]
pub enum Decision {
    /// Make it public (or public again after reports).
    Publish,
    /// Refuse it, with a reason and an optional note to the author.
    Reject {
        /// One of [`DECISION_REASONS`].
        reason: String,
        /// Free text for the author.
        note: String,
    },
    /// Send it back to the author to change (it leaves public view and the queue until they
    /// do), with a reason and a note saying what to change.
    AskEdit {
        /// One of [`DECISION_REASONS`].
        reason: String,
        /// What to change.
        note: String,
    },
    /// Take a public issue out of view, with a reason.
    Hide {
        /// One of [`DECISION_REASONS`].
        reason: String,
        /// Free text for the author.
        note: String,
    },
    /// Merge it into another issue of the municipality (supports move over).
    Merge {
        /// The issue it duplicates.
        into: i64,
    },
}

fn invalid(field: &'static str, message: &'static str) -> AppError {
    let mut e = FieldErrors::new();
    e.add(field, message);
    AppError::Validation(e)
}

pub(crate) fn checked_reason(reason: &str, note: &str) -> Result<(&'static str, Option<String>)> {
    let reason = DECISION_REASONS.iter().find(|r| **r == reason).ok_or_else(|| invalid("reason", "moderation-reason-required"))?;
    let note = crate::domain::text::clean(note).replace('\t', " ");
    if note.chars().count() > NOTE_CHARS {
        return Err(invalid("note", "moderation-note-too-long"));
    }
    Ok((reason, Some(note).filter(|n| !n.is_empty())))
}

/// Applies a moderator's decision to issue `id` of `m`.
pub async fn decide(state: &AppState, actor: &User, m: &Municipality, id: i64, decision: Decision) -> Result<()> {
    require_moderator(state, actor, m).await?;
    let issue = db::issues::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let untranscribed =
        matches!(decision, Decision::Publish) && issue.status == "submitted" && db::attachments::untranscribed(&state.db, id).await?;
    let mut tx = state.db.begin().await?;
    let (status, reason, note, action): (&str, Option<&str>, Option<String>, &str) = match &decision {
        Decision::Publish => match issue.status.as_str() {
            // A voice note is published once someone wrote down what it says.
            "submitted" if untranscribed => return Err(AppError::Conflict("moderation-transcribe-first")),
            "submitted" => ("published", None, None, "issue.publish"),
            // Restoring returns the issue to where it was (answered stays answered).
            "hidden" => {
                let restored = db::issues::restore(&mut *tx, id).await?;
                return finish(state, actor, m, &issue, tx, &restored, "issue.restore").await;
            }
            // A public issue keeps its status: the reports are dismissed.
            s if issue.is_public() => {
                db::reports::resolve(&mut *tx, Reported::Issue, id).await?;
                let detail = format!("issue {id} ({s})");
                db::audit::record(&mut *tx, &Entry::new("issue.dismiss-reports").by(actor.id).municipality(m.id).detail(&detail)).await?;
                tx.commit().await?;
                return Ok(());
            }
            _ => return Err(AppError::Conflict("moderation-not-allowed")),
        },
        Decision::Reject { reason, note } => {
            let (reason, note) = checked_reason(reason, note)?;
            if matches!(issue.status.as_str(), "rejected" | "merged") {
                return Err(AppError::Conflict("moderation-not-allowed"));
            }
            ("rejected", Some(reason), note, "issue.reject")
        }
        Decision::AskEdit { reason, note } => {
            let (reason, note) = checked_reason(reason, note)?;
            if !matches!(issue.status.as_str(), "submitted" | "hidden" | "published") || issue.author_id.is_none() {
                return Err(AppError::Conflict("moderation-not-allowed"));
            }
            db::issues::request_edit(&mut *tx, id).await?;
            ("edit-requested", Some(reason), note, "issue.ask-edit")
        }
        Decision::Hide { reason, note } => {
            let (reason, note) = checked_reason(reason, note)?;
            if !issue.is_public() {
                return Err(AppError::Conflict("moderation-not-allowed"));
            }
            ("hidden", Some(reason), note, "issue.hide")
        }
        Decision::Merge { into } => {
            let target = db::issues::by_id(&state.db, m.id, *into).await?.filter(|t| t.is_public() && t.id != id);
            if target.is_none() {
                return Err(invalid("into", "moderation-merge-target-invalid"));
            }
            if matches!(issue.status.as_str(), "rejected" | "merged") {
                return Err(AppError::Conflict("moderation-not-allowed"));
            }
            db::issues::merge(&mut tx, id, *into).await?;
            ("merged", None, Some(format!("#{into}")), "issue.merge")
        }
    };
    match decision {
        Decision::Merge { .. } | Decision::AskEdit { .. } => {}
        Decision::Hide { .. } => {
            db::issues::hide(&mut *tx, id).await?;
        }
        _ => db::issues::set_status(&mut *tx, id, status).await?,
    }
    db::reports::resolve(&mut *tx, Reported::Issue, id).await?;
    db::issues::add_event(&mut *tx, id, status, Some(actor.id), reason, note.as_deref()).await?;
    if let Some(author) = issue.author_id.filter(|a| *a != actor.id) {
        db::notifications::notify(&mut *tx, author, Subject::Issue(id), status).await?;
    }
    let detail = format!("issue {id}{}", reason.map(|r| format!(": {r}")).unwrap_or_default());
    db::audit::record(&mut *tx, &Entry::new(action).by(actor.id).municipality(m.id).detail(&detail)).await?;
    tx.commit().await?;
    if status == "published" {
        super::translation::translate_later(state, m, db::translations::Kind::Issue, id);
    }
    tracing::info!(issue.id = id, action, "moderation decision");
    Ok(())
}

/// Ends a restore: the timeline shows the status the issue is back in, the author is told.
async fn finish(state: &AppState, actor: &User, m: &Municipality, issue: &Issue, mut tx: db::Tx, status: &str, action: &str) -> Result<()> {
    db::reports::resolve(&mut *tx, Reported::Issue, issue.id).await?;
    db::issues::add_event(&mut *tx, issue.id, status, Some(actor.id), Some("reason-restored"), None).await?;
    if let Some(author) = issue.author_id.filter(|a| *a != actor.id) {
        db::notifications::notify(&mut *tx, author, Subject::Issue(issue.id), status).await?;
    }
    db::audit::record(&mut *tx, &Entry::new(action).by(actor.id).municipality(m.id).detail(&format!("issue {}: {status}", issue.id)))
        .await?;
    tx.commit().await?;
    super::translation::translate_later(state, m, db::translations::Kind::Issue, issue.id);
    Ok(())
}

/// Reports a public issue. Reports from established accounts (see [`trusted_since`]) count
/// towards hiding: once `CHORUS_REPORTS_TO_HIDE` of them are open, a published issue is hidden
/// until a moderator reviews it. An issue the city has taken up (forwarded, answered,
/// resolved) is never hidden automatically: its reports put it in the moderators' queue.
/// Returns whether the issue is now hidden.
pub async fn report(state: &AppState, reporter: &User, m: &Municipality, id: i64, reason: &str) -> Result<bool> {
    let reason = REPORT_REASONS.iter().find(|r| **r == reason).ok_or_else(|| invalid("reason", "report-reason-required"))?;
    let issue = db::issues::by_id(&state.db, m.id, id).await?.filter(Issue::is_public).ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let trusted = db::reports::add(&mut tx, Reported::Issue, issue.id, reporter.id, reason, trusted_since(state)).await?;
    let hide = issue.status == "published" && trusted.is_some_and(|n| n >= i64::from(state.config.reports_to_hide));
    if hide && db::issues::hide(&mut *tx, issue.id).await? {
        db::issues::add_event(&mut *tx, issue.id, "hidden", None, Some("reason-reported"), None).await?;
        db::audit::record(&mut *tx, &Entry::new("issue.auto-hide").municipality(m.id).detail(&format!("issue {id}"))).await?;
    }
    tx.commit().await?;
    Ok(hide)
}

/// Accounts created before this time (epoch seconds) that took part (a public issue or
/// comment of their own) are established: their reports can hide a text automatically.
/// A handful of throwaway accounts cannot.
pub fn trusted_since(state: &AppState) -> i64 {
    db::now() - i64::from(state.config.reporter_min_age_hours) * 3600
}

/// Filters the audit page offers: (action prefix, message id of its name).
pub const AUDIT_FILTERS: [(&str, &str); 4] = [
    ("issue.", "audit-filter-issues"),
    ("role.", "audit-filter-roles"),
    ("municipality.", "audit-filter-municipality"),
    ("", "audit-filter-all"),
];

/// The audit log of a municipality, newest first: for global admins and its council members.
pub async fn audit_log(state: &AppState, actor: &User, m: &Municipality, prefix: &str) -> Result<Vec<db::audit::Row>> {
    if !(actor.is_admin || db::roles::in_municipality(&state.db, actor.id, m.id).await?.contains(&Role::CouncilMember)) {
        return Err(AppError::Forbidden);
    }
    let prefix = AUDIT_FILTERS.iter().find(|(p, _)| *p == prefix).map_or("", |(p, _)| *p);
    Ok(db::audit::of_municipality(&state.db, m.id, Some(prefix), 500).await?)
}
