//! Issues raised as voice notes (from the bot), for people who barely read or write: the
//! audio is kept with the issue, size-limited; a moderator or a volunteer translator listens
//! and writes down what it says (in the language spoken), and only then can it be published.

use crate::{
    db::{self, issues::NewIssue, municipalities::Municipality, users::User},
    domain::{
        content_language::ContentLanguage,
        issue::{IssueDraft, IssueForm},
        role::Role,
    },
    error::{AppError, FieldErrors, Result},
    i18n::catalog,
    state::AppState,
};

/// A voice note as received.
pub struct VoiceNote {
    /// The audio (Telegram sends Ogg Opus).
    pub bytes: Vec<u8>,
    /// Its MIME type.
    pub mime: String,
    /// Seconds.
    pub duration_seconds: i64,
}

fn invalid(field: &'static str, id: &'static str) -> AppError {
    let mut e = FieldErrors::new();
    e.add(field, id);
    AppError::Validation(e)
}

/// Stores an issue told in a voice note: it waits for a transcript (always, whatever the
/// moderation mode), with a placeholder title and text in the language spoken. The same
/// posting pace and topic check as a written issue.
pub async fn submit(
    state: &AppState,
    author: &User,
    m: &Municipality,
    theme_id: i64,
    lang: &str,
    anonymous: bool,
    note: &VoiceNote,
) -> Result<i64> {
    if note.bytes.len() > state.config.bot_max_voice_bytes {
        return Err(invalid("voice", "issue-voice-too-large"));
    }
    if note.bytes.is_empty() {
        return Err(invalid("voice", "issue-voice-empty"));
    }
    let lang = ContentLanguage::parse(lang).map_err(|id| invalid("lang", id))?;
    let choices = super::issues::choices(state, m).await?;
    if !choices.categories.iter().any(|t| t.id == theme_id) {
        return Err(invalid("theme", "issue-theme-required"));
    }
    // The placeholder reads in the language spoken where Chorus speaks it, else in English.
    let tr = catalog().tr(lang.tag());
    let (title, body) = (tr.t("issue-voice-placeholder-title"), tr.t("issue-voice-placeholder-body"));
    let mut tx = state.db.begin().await?;
    let new = NewIssue {
        municipality_id: m.id,
        author_id: author.id,
        anonymous,
        title: &title,
        body: &body,
        lang: lang.tag(),
        theme_id,
        tag_ids: &[],
        neighbourhood_id: None,
        status: "submitted",
    };
    let id = super::issues::store(state, &mut tx, author, &new).await?;
    db::attachments::insert(&mut *tx, id, &note.mime, &note.bytes, note.duration_seconds).await?;
    tx.commit().await?;
    tracing::info!(issue.id = id, municipality.id = m.id, "issue submitted as a voice note");
    Ok(id)
}

/// Moderators and volunteer translators of `m` listen to and write down voice notes.
async fn require_listener(state: &AppState, actor: &User, m: &Municipality) -> Result<()> {
    let roles = db::roles::in_municipality(&state.db, actor.id, m.id).await?;
    if actor.is_admin || roles.contains(&Role::Moderator) || roles.contains(&Role::Translator) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// The issue with a voice note, and the note, for whoever may listen to it.
pub async fn issue(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<(db::issues::Issue, db::attachments::Voice)> {
    require_listener(state, actor, m).await?;
    let issue = db::issues::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let voice = db::attachments::of_issues(&state.db, &[id]).await?.into_iter().next().ok_or(AppError::NotFound)?;
    Ok((issue, voice))
}

/// The audio of issue `id`'s voice note.
pub async fn audio(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<(String, Vec<u8>)> {
    issue(state, actor, m, id).await?;
    db::attachments::audio(&state.db, id).await?.ok_or(AppError::NotFound)
}

/// The voice notes of `m` waiting for a transcript.
pub async fn to_transcribe(state: &AppState, actor: &User, m: &Municipality) -> Result<Vec<db::attachments::Voice>> {
    require_listener(state, actor, m).await?;
    Ok(db::attachments::to_transcribe(&state.db, m.id).await?)
}

/// Saves what a voice note says as the issue's title and text (checked like any issue's),
/// while it waits for moderation.
pub async fn transcribe(state: &AppState, actor: &User, m: &Municipality, id: i64, form: &IssueForm) -> Result<()> {
    let (issue, _) = issue(state, actor, m, id).await?;
    if issue.status != "submitted" {
        return Err(AppError::Conflict("issue-voice-not-waiting"));
    }
    let form = IssueForm { theme: issue.theme_id.to_string(), confirmed: true, ..form.clone() };
    let draft = IssueDraft::try_from(&form).map_err(AppError::Validation)?;
    let lang = draft.lang.ok_or_else(|| invalid("lang", "issue-lang-required"))?;
    let mut tx = state.db.begin().await?;
    db::attachments::transcribe(&mut tx, id, &draft.title, &draft.body, lang.tag()).await?;
    let detail = format!("issue {id}");
    db::audit::record(&mut *tx, &db::audit::Entry::new("issue.transcribe").by(actor.id).municipality(m.id).detail(&detail)).await?;
    tx.commit().await?;
    Ok(())
}
