//! Raising an issue (topic by buttons, title, text, similar issues, confirmation), `/my`, and
//! supporting an issue from a link. The rules are `services::issues`', as on the portal.

use super::Turn;
use crate::{
    bot::{
        dialogue::{State, Voice},
        reply::{Button, fit, rows},
    },
    db,
    domain::{content_language::ContentLanguage, issue::IssueForm},
    error::{AppError, Result},
    services::{self, issues::Submitted},
};

/// How much of an issue's text a message shows (the rest is on the portal).
const PREVIEW: usize = 1500;

/// An issue being written.
pub struct Draft {
    pub theme: i64,
    pub title: String,
    pub body: String,
    pub lang: Option<String>,
    pub anonymous: bool,
    pub voice: Option<Voice>,
}

impl Draft {
    fn form(&self, confirmed: bool) -> IssueForm {
        IssueForm {
            title: self.title.clone(),
            body: self.body.clone(),
            theme: self.theme.to_string(),
            lang: self.lang.clone().unwrap_or_default(),
            anonymous: self.anonymous,
            confirmed,
            ..IssueForm::default()
        }
    }

    fn into_step(self) -> State {
        State::IssueConfirm {
            theme: self.theme,
            title: self.title,
            body: self.body,
            lang: self.lang,
            anonymous: self.anonymous,
            voice: self.voice,
        }
    }
}

/// The chat's municipality, if it chose one.
pub(super) async fn municipality(t: &mut Turn) -> Result<Option<db::municipalities::Municipality>> {
    let directory = t.state.directory.get(&t.state.db).await?;
    Ok(t.chat.municipality_id.and_then(|id| directory.municipality_by_id(id)).cloned())
}

/// Starts raising an issue: the topics of the chat's municipality.
pub async fn begin(t: &mut Turn, message_id: Option<i32>) -> Result<()> {
    let Some(m) = municipality(t).await? else { return super::start::ask_municipality(t).await };
    let choices = services::issues::choices(&t.state, &m).await?;
    let buttons = choices.categories.iter().map(|c| Button::data(c.name(&t.tr), format!("theme:{}", c.id))).collect();
    t.step = State::IssueTheme;
    let prompt = t.tr.t1("bot-issue-choose-theme", "municipality", &m.name);
    t.replace(message_id, prompt, rows(buttons, 2));
    Ok(())
}

/// A topic was picked: now the title.
pub fn chose_theme(t: &mut Turn, theme: Option<i64>, message_id: Option<i32>) -> Result<()> {
    let Some(theme) = theme else { return super::expired(t) };
    t.step = State::IssueTitle { theme };
    let prompt = t.tr.t("bot-issue-ask-title");
    t.replace(message_id, prompt, Vec::new());
    Ok(())
}

/// The title: checked with the text when both are there; now the text.
pub async fn title(t: &mut Turn, theme: i64, title: String) -> Result<()> {
    let chars = title.chars().count();
    if !crate::domain::issue::TITLE_CHARS.contains(&chars) {
        let id = if chars < *crate::domain::issue::TITLE_CHARS.start() { "issue-title-too-short" } else { "issue-title-too-long" };
        t.say(t.tr.t(id), Vec::new());
        return Ok(());
    }
    t.step = State::IssueBody { theme, title };
    t.say(t.tr.t("bot-issue-ask-body"), Vec::new());
    Ok(())
}

/// The text: the first step of submitting (the detected language, similar issues).
pub async fn body(t: &mut Turn, theme: i64, title: String, body: String) -> Result<()> {
    let Some(m) = municipality(t).await? else { return super::start::ask_municipality(t).await };
    let mut draft = Draft { theme, title, body, lang: None, anonymous: false, voice: None };
    match services::issues::submit(&t.state, &t.user, &m, &draft.form(false)).await {
        Ok(Submitted::Confirm { detected, similar }) => {
            draft.lang = detected.map(|l| l.tag().to_string());
            for issue in similar.iter().take(3) {
                let text = t.tr.t2("bot-issue-similar", "title", &issue.title, "supports", issue.supports);
                t.say(text, vec![vec![Button::data(t.tr.t("bot-support"), format!("sup:{}", issue.id))]]);
            }
            confirmation(t, draft, None);
            Ok(())
        }
        Ok(Submitted::Created { .. }) => Err(AppError::Internal(anyhow::anyhow!("created without confirmation"))),
        Err(AppError::Validation(errors)) => {
            // Stay on the step the first error belongs to; everything written so far is kept.
            let messages: Vec<String> = errors.iter().map(|(_, id)| t.tr.t(id)).collect();
            if errors.get("title").is_some() {
                t.step = State::IssueTitle { theme };
            } else if errors.get("theme").is_some() {
                t.step = State::IssueTheme;
            }
            t.say(messages.join("\n"), Vec::new());
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// The confirmation screen: the text, its language, anonymity, post or cancel.
fn confirmation(t: &mut Turn, draft: Draft, message_id: Option<i32>) {
    let tr = t.tr;
    let language = draft.lang.as_deref().map_or_else(|| tr.t("bot-issue-language-unknown"), |l| ContentLanguage::of(l).name().to_string());
    let text = match &draft.voice {
        Some(v) => tr.t2("bot-voice-confirm", "seconds", i64::from(v.duration), "language", language),
        None => format!("{}\n\n{}", tr.t2("bot-issue-confirm", "title", &draft.title, "language", language), fit(&draft.body, PREVIEW)),
    };
    let anonymous = if draft.anonymous { tr.t("bot-issue-anonymous-on") } else { tr.t("bot-issue-anonymous-off") };
    let keyboard = vec![
        vec![Button::data(tr.t("bot-issue-post"), "issue:post")],
        vec![Button::data(tr.t("bot-issue-change-language"), "issue:languages"), Button::data(anonymous, "issue:anonymous")],
        vec![Button::data(tr.t("bot-cancel"), "issue:cancel")],
    ];
    t.step = draft.into_step();
    t.replace(message_id, text, keyboard);
}

/// A button of the confirmation screen.
pub async fn confirm(t: &mut Turn, what: &str, mut draft: Draft, message_id: Option<i32>) -> Result<()> {
    match what.split_once('=').unwrap_or((what, "")) {
        ("post", _) => {}
        ("anonymous", _) => {
            draft.anonymous = !draft.anonymous;
            confirmation(t, draft, message_id);
            return Ok(());
        }
        ("languages", _) => {
            let buttons = ContentLanguage::all().iter().map(|l| Button::data(l.name(), format!("issue:lang={}", l.tag()))).collect();
            t.step = draft.into_step();
            let prompt = t.tr.t("bot-issue-choose-language");
            t.replace(message_id, prompt, rows(buttons, 3));
            return Ok(());
        }
        ("lang", tag) if ContentLanguage::parse(tag).is_ok() => {
            draft.lang = Some(tag.to_string());
            confirmation(t, draft, message_id);
            return Ok(());
        }
        ("cancel", _) => {
            t.replace(message_id, t.tr.t("bot-issue-cancelled"), Vec::new());
            t.menu("bot-menu-intro");
            return Ok(());
        }
        _ => return super::expired(t),
    }
    if draft.lang.is_none() {
        t.toast("issue-lang-required");
        return Ok(());
    }
    let Some(m) = municipality(t).await? else { return super::start::ask_municipality(t).await };
    if let Some(v) = &draft.voice {
        let note = fetch(t, v).await?;
        let lang = draft.lang.as_deref().unwrap_or_default();
        let id = services::voice::submit(&t.state, &t.user, &m, draft.theme, lang, draft.anonymous, &note).await?;
        let text = t.tr.t1("bot-voice-submitted", "id", id);
        t.replace(message_id, text, Vec::new());
        t.menu("bot-menu-intro");
        return Ok(());
    }
    match services::issues::submit(&t.state, &t.user, &m, &draft.form(true)).await? {
        Submitted::Created { id, public } => {
            let done = if public { "bot-issue-published" } else { "bot-issue-submitted" };
            let text = t.tr.t1(done, "id", id);
            t.replace(message_id, text, Vec::new());
            t.menu("bot-menu-intro");
            Ok(())
        }
        Submitted::Confirm { .. } => Err(AppError::Internal(anyhow::anyhow!("confirmed submission asked for confirmation"))),
    }
}

/// A voice note instead of the title or the text: checked for size, then the confirmation
/// screen with the language spoken (the chat's, to begin with).
pub fn voice(t: &mut Turn, theme: i64, file_id: String, duration: u32, size: Option<u64>) -> Result<()> {
    if size.is_some_and(|s| s > t.state.config.bot_max_voice_bytes as u64) {
        t.say(t.tr.t("issue-voice-too-large"), Vec::new());
        return Ok(());
    }
    let draft = Draft {
        theme,
        title: String::new(),
        body: String::new(),
        lang: Some(t.chat.lang.clone()),
        anonymous: false,
        voice: Some(Voice { file_id, duration }),
    };
    confirmation(t, draft, None);
    Ok(())
}

/// Downloads a voice note from Telegram, refusing one larger than allowed.
async fn fetch(t: &Turn, v: &Voice) -> Result<services::voice::VoiceNote> {
    use teloxide::{net::Download as _, prelude::Requester as _};
    let internal = |e: String| AppError::Internal(anyhow::anyhow!("fetching a voice note: {e}"));
    let file = t.bot.get_file(v.file_id.clone().into()).await.map_err(|e| internal(e.to_string()))?;
    if u64::from(file.size) > t.state.config.bot_max_voice_bytes as u64 {
        let mut e = crate::error::FieldErrors::new();
        e.add("voice", "issue-voice-too-large");
        return Err(AppError::Validation(e));
    }
    let mut bytes = Vec::new();
    t.bot.download_file(&file.path, &mut bytes).await.map_err(|e| internal(e.to_string()))?;
    Ok(services::voice::VoiceNote { bytes, mime: "audio/ogg".into(), duration_seconds: i64::from(v.duration) })
}

/// `/my`: the person's issues, newest first, with their status.
pub async fn mine(t: &mut Turn) -> Result<()> {
    let issues = db::issues::by_author(&t.state.db, t.user.id).await?;
    if issues.is_empty() {
        t.say(t.tr.t("bot-my-none"), vec![vec![Button::data(t.tr.t("bot-menu-new"), "menu:new")]]);
        return Ok(());
    }
    let mut text = t.tr.tn("bot-my-title", "count", issues.len() as i64);
    for issue in issues.iter().take(20) {
        text.push('\n');
        text.push_str(&t.tr.t2("bot-my-line", "title", &issue.title, "status", t.tr.t(&format!("status-{}", issue.status))));
    }
    t.say(text, Vec::new());
    Ok(())
}

/// An issue from a link (`/start issue-12`): its title, status and supports, and a button to
/// support it.
pub async fn card(t: &mut Turn, id: i64) -> Result<()> {
    let (issue, m) = services::issues::by_link(&t.state, id).await?;
    let mut text = t.tr.t2("bot-issue-card", "title", &issue.title, "supports", issue.supports);
    text.push_str("\n\n");
    text.push_str(&fit(&issue.body, PREVIEW));
    let link = format!("{}/m/{}/issues/{}", t.state.config.base_url, m.slug, issue.id);
    let keyboard =
        vec![vec![Button::data(t.tr.t("bot-support"), format!("sup:{}", issue.id))], vec![Button::url(t.tr.t("bot-open-portal"), link)]];
    t.say(text, keyboard);
    Ok(())
}

/// Supports an issue (from a similar-issue offer or a link).
pub async fn support(t: &mut Turn, id: Option<i64>, message_id: Option<i32>) -> Result<()> {
    let Some(id) = id else { return super::expired(t) };
    let (issue, m) = services::issues::by_link(&t.state, id).await?;
    services::issues::set_support(&t.state, &t.user, &m, issue.id, true).await?;
    if t.chat.municipality_id.is_none() {
        services::telegram::set_municipality(&t.state, &t.user, &t.chat, &m).await?;
        t.chat.municipality_id = Some(m.id);
    }
    t.toast("bot-supported");
    let text = t.tr.t1("bot-supported-issue", "title", &issue.title);
    // A draft under way stays: supporting a similar issue does not withdraw one's own.
    t.replace(message_id, text, Vec::new());
    Ok(())
}
