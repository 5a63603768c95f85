//! Removing personal data from an issue, a comment or an official answer.
//!
//! The text is rewritten where it lives and the originals are kept for global admins only.
//! Every copy of the old text goes with it in the same transaction: its translations (volunteer
//! and machine alike, which also rebuilds the search rows through the translation triggers)
//! are dropped, so the text is back in the volunteers' queue and machine translation starts
//! again from the redacted version. Notifications show the live title, never a copy, and the
//! audit log records only which text was redacted.

use super::moderation::require_moderator;
use crate::{
    db::{self, audit::Entry, municipalities::Municipality, translations::Kind, users::User},
    domain::{
        issue::{IssueDraft, IssueForm},
        participation::{AnswerDraft, AnswerForm, CommentDraft},
    },
    error::{AppError, Result},
    state::AppState,
};

/// A text as the redaction form shows it.
pub struct Redactable {
    /// The issue it belongs to (itself for an issue).
    pub issue_id: i64,
    /// Title (empty for comments and answers).
    pub title: String,
    /// The text.
    pub body: String,
    /// Its language.
    pub lang: String,
}

/// Loads a text of `m` for a moderator to redact.
pub async fn redactable(state: &AppState, actor: &User, m: &Municipality, kind: Kind, id: i64) -> Result<Redactable> {
    require_moderator(state, actor, m).await?;
    let found = match kind {
        Kind::Issue => {
            db::issues::by_id(&state.db, m.id, id).await?.map(|i| Redactable { issue_id: i.id, title: i.title, body: i.body, lang: i.lang })
        }
        Kind::Comment => db::comments::by_id(&state.db, m.id, id).await?.map(|c| Redactable {
            issue_id: c.issue_id,
            title: String::new(),
            body: c.body,
            lang: c.lang,
        }),
        Kind::Answer => db::answers::by_id(&state.db, m.id, id).await?.map(|a| Redactable {
            issue_id: a.issue_id,
            title: String::new(),
            body: a.body,
            lang: a.lang,
        }),
        // A summary's texts are the council's and the city's, redacted by their authors.
        Kind::Recommendation | Kind::OfficialResponse | Kind::Progress => None,
    };
    found.ok_or(AppError::NotFound)
}

/// Replaces the text of an issue, comment or answer of `m` with a moderator's redacted
/// version (checked like the original kind of text). Returns the issue it belongs to.
pub async fn redact(state: &AppState, actor: &User, m: &Municipality, kind: Kind, id: i64, title: &str, body: &str) -> Result<i64> {
    let text = redactable(state, actor, m, kind, id).await?;
    let (title, body) = match kind {
        Kind::Issue => {
            let form = IssueForm { title: title.to_string(), body: body.to_string(), theme: "1".into(), ..Default::default() };
            let draft = IssueDraft::try_from(&form).map_err(AppError::Validation)?;
            (draft.title, draft.body)
        }
        Kind::Comment => (String::new(), CommentDraft::parse(body, &text.lang, &text.lang).map_err(AppError::Validation)?.body),
        Kind::Answer => {
            let form = AnswerForm { body: body.to_string(), lang: text.lang.clone(), ..Default::default() };
            (String::new(), AnswerDraft::parse(&form, &text.lang).map_err(AppError::Validation)?.body)
        }
        Kind::Recommendation | Kind::OfficialResponse | Kind::Progress => return Err(AppError::NotFound),
    };
    let mut tx = state.db.begin().await?;
    db::redactions::rewrite(&mut tx, kind, text.issue_id, id, actor.id, &title, &body).await?;
    db::translations::drop_all(&mut *tx, kind, id).await?;
    db::issues::add_event(&mut *tx, text.issue_id, "redacted", Some(actor.id), None, None).await?;
    let (action, detail) = match kind {
        Kind::Issue => ("issue.redact", format!("issue {id}")),
        Kind::Comment => ("issue.comment-redact", format!("comment {id} on issue {}", text.issue_id)),
        Kind::Answer => ("issue.answer-redact", format!("answer {id} on issue {}", text.issue_id)),
        Kind::Recommendation | Kind::OfficialResponse | Kind::Progress => return Err(AppError::NotFound),
    };
    db::audit::record(&mut *tx, &Entry::new(action).by(actor.id).municipality(m.id).detail(&detail)).await?;
    tx.commit().await?;
    // Translating again starts from the redacted text; `translate_later` skips texts that are
    // not public.
    super::translation::translate_later(state, m, kind, id);
    tracing::info!(kind = kind.as_str(), id, "text redacted");
    Ok(text.issue_id)
}
