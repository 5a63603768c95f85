//! Moderation: the queue, decisions on issues, and reports by users. Every decision is
//! checked here (moderators of the municipality and global admins only), lands in the issue's
//! timeline, tells the author, and is written to the audit log with its reason.

use crate::{
    app::AppState,
    db::{self, audit::Entry, issues::Issue, municipalities::Municipality, reports::Reported, users::User},
    domain::{
        issue::{IssueDraft, IssueForm},
        role::Role,
    },
    error::{AppError, FieldErrors, Result},
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
}

/// The moderation queue of a municipality, oldest first.
pub async fn queue(state: &AppState, actor: &User, m: &Municipality) -> Result<Vec<QueueItem>> {
    require_moderator(state, actor, m).await?;
    let mut items = Vec::new();
    for issue in db::issues::moderation_queue(&state.db, m.id).await? {
        let reports = db::reports::open(&state.db, Reported::Issue, issue.id).await?;
        items.push(QueueItem { issue, reports });
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
    /// Replace personal data in the text; the originals stay in the audit trail.
    Redact {
        /// New title.
        title: String,
        /// New description.
        body: String,
    },
}

fn invalid(field: &'static str, message: &'static str) -> AppError {
    let mut e = FieldErrors::new();
    e.add(field, message);
    AppError::Validation(e)
}

pub(crate) fn checked_reason(reason: &str, note: &str) -> Result<(&'static str, Option<String>)> {
    let reason = DECISION_REASONS.iter().find(|r| **r == reason).ok_or_else(|| invalid("reason", "moderation-reason-required"))?;
    let note: String = note.trim().chars().filter(|c| !c.is_control() || *c == '\n').collect();
    if note.chars().count() > NOTE_CHARS {
        return Err(invalid("note", "moderation-note-too-long"));
    }
    Ok((reason, Some(note).filter(|n| !n.is_empty())))
}

/// Applies a moderator's decision to issue `id` of `m`.
pub async fn decide(state: &AppState, actor: &User, m: &Municipality, id: i64, decision: Decision) -> Result<()> {
    require_moderator(state, actor, m).await?;
    let issue = db::issues::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let (status, reason, note, action): (&str, Option<&str>, Option<String>, &str) = match &decision {
        Decision::Publish => {
            if !matches!(issue.status.as_str(), "submitted" | "hidden" | "published") {
                return Err(AppError::Conflict("moderation-not-allowed"));
            }
            ("published", None, None, "issue.publish")
        }
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
        Decision::Redact { title, body } => {
            let form = IssueForm { title: title.clone(), body: body.clone(), theme: issue.theme_id.to_string(), ..Default::default() };
            let draft = IssueDraft::try_from(&form).map_err(AppError::Validation)?;
            db::issues::redact(&mut tx, id, actor.id, &draft.title, &draft.body).await?;
            db::issues::add_event(&mut *tx, id, "redacted", Some(actor.id), None, None).await?;
            db::audit::record(&mut *tx, &Entry::new("issue.redact").by(actor.id).municipality(m.id).detail(&format!("issue {id}"))).await?;
            tx.commit().await?;
            return Ok(());
        }
    };
    if !matches!(decision, Decision::Merge { .. } | Decision::AskEdit { .. }) {
        db::issues::set_status(&mut *tx, id, status).await?;
    }
    db::reports::resolve(&mut *tx, Reported::Issue, id).await?;
    db::issues::add_event(&mut *tx, id, status, Some(actor.id), reason, note.as_deref()).await?;
    if let Some(author) = issue.author_id.filter(|a| *a != actor.id) {
        db::notifications::notify(&mut *tx, author, id, status).await?;
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

/// Reports a public issue. Once `CHORUS_REPORTS_TO_HIDE` different people have open reports,
/// the issue is hidden until a moderator reviews it. Returns whether it is now hidden.
pub async fn report(state: &AppState, reporter: &User, m: &Municipality, id: i64, reason: &str) -> Result<bool> {
    let reason = REPORT_REASONS.iter().find(|r| **r == reason).ok_or_else(|| invalid("reason", "report-reason-required"))?;
    let issue = db::issues::by_id(&state.db, m.id, id).await?.filter(Issue::is_public).ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let open = db::reports::add(&mut tx, Reported::Issue, issue.id, reporter.id, reason).await?;
    let hide = open.is_some_and(|n| n >= i64::from(state.config.reports_to_hide));
    if hide {
        db::issues::set_status(&mut *tx, issue.id, "hidden").await?;
        db::issues::add_event(&mut *tx, issue.id, "hidden", None, Some("reason-reported"), None).await?;
        db::audit::record(&mut *tx, &Entry::new("issue.auto-hide").municipality(m.id).detail(&format!("issue {id}"))).await?;
    }
    tx.commit().await?;
    Ok(hide)
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
