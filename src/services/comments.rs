//! Comments on public issues, in any language, moderated like issues: new comments wait for
//! a moderator under pre-moderation, reports hide them after `CHORUS_REPORTS_TO_HIDE`, and
//! moderators publish, reject or hide them with a reason the author reads in their language.

use super::moderation::{REPORT_REASONS, checked_reason, require_moderator};
use crate::{
    db::{self, audit::Entry, comments::Comment, municipalities::Municipality, reports::Reported, translations::Kind, users::User},
    domain::{municipality::ModerationMode, participation::CommentDraft, role::Role},
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// Posts a comment on a public issue of `m`. Returns the comment's id and whether it is
/// public at once (post-moderation).
pub async fn post(
    state: &AppState,
    author: &User,
    m: &Municipality,
    issue_id: i64,
    body: &str,
    lang: &str,
    ui_lang: &str,
) -> Result<(i64, bool)> {
    let issue = db::issues::by_id(&state.db, m.id, issue_id).await?.filter(db::issues::Issue::is_public).ok_or(AppError::NotFound)?;
    let draft = CommentDraft::parse(body, lang, ui_lang).map_err(AppError::Validation)?;
    let public = m.moderation_mode == ModerationMode::Post;
    let mut tx = state.db.begin().await?;
    take_pace(state, &mut tx, author).await?;
    db::roles::grant(&mut *tx, author.id, m.id, Role::Resident, Some(author.id)).await?;
    let id = db::comments::insert(&mut *tx, issue.id, author.id, &draft.body, draft.lang, if public { "published" } else { "submitted" })
        .await?;
    tx.commit().await?;
    if public {
        super::translation::translate_later(state, m, Kind::Comment, id);
    }
    tracing::info!(comment.id = id, issue.id = issue_id, "comment posted");
    Ok((id, public))
}

/// Takes one post from the author's allowance of `CHORUS_POSTS_PER_ACCOUNT_PER_HOUR` issues
/// and comments an hour (a flood, or a stolen account), inside the transaction that stores
/// the post, so parallel posts cannot pass it. The form comes back with its text and the
/// reason next to it.
pub async fn take_pace(state: &AppState, tx: &mut db::Tx, author: &User) -> Result<()> {
    if !db::pace::take(&mut **tx, author.id, state.config.posts_per_account_per_hour).await? {
        let mut e = FieldErrors::new();
        e.add("body", "posting-too-often");
        return Err(AppError::Validation(e));
    }
    Ok(())
}

/// What a moderator decides about a comment.
#[derive(Clone, Debug)]
pub enum CommentDecision {
    /// Make it public (or public again after reports).
    Publish,
    /// Refuse it, with a reason.
    Reject(String),
    /// Take a public comment out of view, with a reason.
    Hide(String),
}

/// One comment of the moderation queue.
pub struct QueuedComment {
    /// The comment.
    pub comment: Comment,
    /// Open reports: (reason message id, count).
    pub reports: Vec<(String, i64)>,
}

/// Comments waiting for a moderator of `m`, oldest first.
pub async fn queue(state: &AppState, actor: &User, m: &Municipality) -> Result<Vec<QueuedComment>> {
    require_moderator(state, actor, m).await?;
    let mut items = Vec::new();
    for comment in db::comments::moderation_queue(&state.db, m.id).await? {
        let reports = db::reports::open(&state.db, Reported::Comment, comment.id).await?;
        items.push(QueuedComment { comment, reports });
    }
    Ok(items)
}

/// Applies a moderator's decision to comment `id` of `m`; the author is told. Audited as
/// `issue.comment-…`, so the audit log's filter for decisions on issues shows them too.
pub async fn decide(state: &AppState, actor: &User, m: &Municipality, id: i64, decision: CommentDecision) -> Result<()> {
    require_moderator(state, actor, m).await?;
    let comment = db::comments::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let (status, reason, action) = match &decision {
        CommentDecision::Publish => ("published", None, "issue.comment-publish"),
        CommentDecision::Reject(reason) => ("rejected", Some(checked_reason(reason, "")?.0), "issue.comment-reject"),
        CommentDecision::Hide(reason) => {
            if !comment.is_public() {
                return Err(AppError::Conflict("moderation-not-allowed"));
            }
            ("hidden", Some(checked_reason(reason, "")?.0), "issue.comment-hide")
        }
    };
    let mut tx = state.db.begin().await?;
    db::comments::set_status(&mut *tx, id, status, reason).await?;
    db::reports::resolve(&mut *tx, Reported::Comment, id).await?;
    if let Some(author) = comment.author_id.filter(|a| *a != actor.id && status != comment.status) {
        db::notifications::notify(&mut *tx, author, db::notifications::Subject::Issue(comment.issue_id), &format!("comment-{status}"))
            .await?;
    }
    let detail = format!("comment {id} on issue {}{}", comment.issue_id, reason.map(|r| format!(": {r}")).unwrap_or_default());
    db::audit::record(&mut *tx, &Entry::new(action).by(actor.id).municipality(m.id).detail(&detail)).await?;
    tx.commit().await?;
    if status == "published" {
        super::translation::translate_later(state, m, Kind::Comment, id);
    }
    Ok(())
}

/// Reports a public comment; hides it once enough people did. Returns whether it is hidden.
pub async fn report(state: &AppState, reporter: &User, m: &Municipality, id: i64, reason: &str) -> Result<bool> {
    let Some(reason) = REPORT_REASONS.iter().find(|r| **r == reason) else {
        let mut e = FieldErrors::new();
        e.add("reason", "report-reason-required");
        return Err(AppError::Validation(e));
    };
    let comment = db::comments::by_id(&state.db, m.id, id).await?.filter(Comment::is_public).ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    let open =
        db::reports::add(&mut tx, Reported::Comment, comment.id, reporter.id, reason, super::moderation::trusted_since(state)).await?;
    let hide = open.is_some_and(|n| n >= i64::from(state.config.reports_to_hide));
    if hide {
        db::comments::set_status(&mut *tx, id, "hidden", Some("reason-reported")).await?;
        db::audit::record(&mut *tx, &Entry::new("issue.comment-auto-hide").municipality(m.id).detail(&format!("comment {id}"))).await?;
    }
    tx.commit().await?;
    Ok(hide)
}
