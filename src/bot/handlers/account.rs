//! `/settings` (which notifications), `/export` (my data), `/delete` (erase it).

use super::Turn;
use crate::{
    bot::{
        dialogue::State,
        reply::{Button, Out},
    },
    error::Result,
    services::{self, telegram::KINDS},
};

/// The notification switches, one button per kind.
pub fn settings(t: &mut Turn, message_id: Option<i32>) -> Result<()> {
    let tr = t.tr;
    let keyboard = KINDS
        .iter()
        .map(|kind| {
            let on = !t.chat.muted.iter().any(|m| m == kind);
            let label = tr.t(&format!("bot-settings-{kind}"));
            let state = if on { tr.t1("bot-settings-on", "what", label) } else { tr.t1("bot-settings-off", "what", label) };
            vec![Button::data(state, format!("mute:{kind}"))]
        })
        .collect();
    t.replace(message_id, tr.t("bot-settings-intro"), keyboard);
    Ok(())
}

/// Turns one kind of notification off or on, and shows the switches again.
pub async fn toggle(t: &mut Turn, kind: &str, message_id: Option<i32>) -> Result<()> {
    if !KINDS.contains(&kind) {
        return super::expired(t);
    }
    t.chat.muted = services::telegram::toggle_kind(&t.state, &t.chat, kind).await?;
    t.toast("bot-settings-saved");
    settings(t, message_id)
}

/// `/export`: everything Chorus stores about the person, as a JSON document.
pub async fn export(t: &mut Turn) -> Result<()> {
    let export = services::accounts::export(&t.state, &t.user).await?;
    let bytes = serde_json::to_vec_pretty(&export).map_err(|e| crate::error::AppError::Internal(e.into()))?;
    t.out.push(Out::Document { file_name: "chorus-export.json".into(), bytes, caption: t.tr.t("bot-export-caption") });
    Ok(())
}

/// `/delete`: asks first.
pub fn ask_delete(t: &mut Turn) -> Result<()> {
    let tr = t.tr;
    t.step = State::ConfirmDelete;
    let keyboard = vec![vec![Button::data(tr.t("bot-delete-yes"), "del:yes"), Button::data(tr.t("bot-delete-no"), "del:no")]];
    t.say(tr.t("bot-delete-confirm"), keyboard);
    Ok(())
}

/// The answer to `/delete`'s question.
pub async fn delete(t: &mut Turn, confirmed: bool, message_id: Option<i32>) -> Result<()> {
    if !confirmed {
        t.replace(message_id, t.tr.t("bot-delete-kept"), Vec::new());
        t.menu("bot-menu-intro");
        return Ok(());
    }
    services::accounts::erase(&t.state, &t.user).await?;
    // The dialogue went with the chat; nothing is stored for it any more.
    t.erased = true;
    t.replace(message_id, t.tr.t("bot-delete-done"), Vec::new());
    Ok(())
}

/// `/link CODE`: this chat now uses the portal account the code came from.
pub async fn link(t: &mut Turn, code: &str) -> Result<()> {
    if code.trim().is_empty() {
        t.say(t.tr.t("bot-link-ask"), Vec::new());
        return Ok(());
    }
    let user = services::telegram::link(&t.state, &t.user, &t.chat, code).await?;
    let text = t.tr.t1("bot-link-done", "name", &user.username);
    t.chat.user_id = user.id;
    t.user = user;
    t.say(text, Vec::new());
    Ok(())
}
