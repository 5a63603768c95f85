//! What the city does with an issue: moderators and council members forward it to the
//! council; officials answer it (in their language, translated like any text) and mark it
//! resolved. The author and everyone who supports the issue are told at each step.

use crate::{
    db::{self, answers::NewAnswer, audit::Entry, issues::Issue, municipalities::Municipality, translations::Kind, users::User},
    domain::{
        participation::{AnswerDraft, AnswerForm},
        role::Role,
    },
    error::{AppError, Result},
    state::AppState,
};

async fn roles(state: &AppState, actor: &User, m: &Municipality) -> Result<Vec<Role>> {
    Ok(db::roles::in_municipality(&state.db, actor.id, m.id).await?)
}

/// Whether `actor` may forward issues of `m` to the council (moderators, council members,
/// global admins).
pub async fn may_forward(state: &AppState, actor: &User, m: &Municipality) -> Result<bool> {
    Ok(forwards(actor, &roles(state, actor, m).await?))
}

/// [`may_forward`], given the actor's roles in the municipality.
pub fn forwards(actor: &User, roles: &[Role]) -> bool {
    actor.is_admin || roles.iter().any(|r| matches!(r, Role::Moderator | Role::CouncilMember))
}

/// Whether `actor` answers for `m` (its officials, and global admins).
pub async fn may_answer(state: &AppState, actor: &User, m: &Municipality) -> Result<bool> {
    Ok(answers_for_city(actor, &roles(state, actor, m).await?))
}

/// [`may_answer`], given the actor's roles in the municipality.
pub fn answers_for_city(actor: &User, roles: &[Role]) -> bool {
    actor.is_admin || roles.contains(&Role::Official)
}

async fn public_issue(state: &AppState, m: &Municipality, id: i64) -> Result<Issue> {
    db::issues::by_id(&state.db, m.id, id).await?.filter(Issue::is_public).ok_or(AppError::NotFound)
}

/// Moves a public issue to a new status, records it, tells its followers and audits it.
async fn advance(state: &AppState, actor: &User, m: &Municipality, issue: &Issue, status: &str, action: &str) -> Result<()> {
    let mut tx = state.db.begin().await?;
    db::issues::set_status(&mut *tx, issue.id, status).await?;
    db::issues::add_event(&mut *tx, issue.id, status, Some(actor.id), None, None).await?;
    db::notifications::notify_followers(&mut *tx, issue.id, status, actor.id).await?;
    db::audit::record(&mut *tx, &Entry::new(action).by(actor.id).municipality(m.id).detail(&format!("issue {}", issue.id))).await?;
    tx.commit().await?;
    tracing::info!(issue.id = issue.id, action, "issue status changed");
    Ok(())
}

/// Forwards a published issue to the council.
pub async fn forward(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    if !may_forward(state, actor, m).await? {
        return Err(AppError::Forbidden);
    }
    let issue = public_issue(state, m, id).await?;
    if issue.status != "published" {
        return Err(AppError::Conflict("status-change-not-allowed"));
    }
    advance(state, actor, m, &issue, "forwarded", "issue.forward").await
}

/// Marks an answered (or forwarded) issue resolved.
pub async fn resolve(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    if !may_answer(state, actor, m).await? {
        return Err(AppError::Forbidden);
    }
    let issue = public_issue(state, m, id).await?;
    if issue.status == "resolved" {
        return Err(AppError::Conflict("status-change-not-allowed"));
    }
    advance(state, actor, m, &issue, "resolved", "issue.resolve").await
}

/// Posts an official answer on a public issue. The issue becomes `answered` (or `resolved`
/// when the official says so); later answers to an answered issue add to it.
pub async fn answer(state: &AppState, actor: &User, m: &Municipality, id: i64, form: &AnswerForm, ui_lang: &str) -> Result<i64> {
    if !may_answer(state, actor, m).await? {
        return Err(AppError::Forbidden);
    }
    let issue = public_issue(state, m, id).await?;
    let draft = AnswerDraft::parse(form, ui_lang).map_err(AppError::Validation)?;
    // A further answer to a resolved issue adds to it without reopening it.
    let event = if draft.resolves { "resolved" } else { "answered" };
    let status = if issue.status == "resolved" { "resolved" } else { event };
    let mut tx = state.db.begin().await?;
    let new = NewAnswer {
        issue_id: id,
        official_id: actor.id,
        body: &draft.body,
        lang: draft.lang,
        department: draft.department.as_deref(),
        expected_on: draft.expected_on.as_deref(),
    };
    let answer_id = db::answers::insert(&mut tx, &new).await?;
    if issue.status != status {
        db::issues::set_status(&mut *tx, id, status).await?;
    }
    db::issues::add_event(&mut *tx, id, event, Some(actor.id), None, None).await?;
    db::notifications::notify_followers(&mut *tx, id, event, actor.id).await?;
    db::audit::record(&mut *tx, &Entry::new("issue.answer").by(actor.id).municipality(m.id).detail(&format!("issue {id}"))).await?;
    tx.commit().await?;
    super::translation::translate_later(state, m, Kind::Answer, answer_id);
    tracing::info!(issue.id = id, answer.id = answer_id, "official answer posted");
    Ok(answer_id)
}
