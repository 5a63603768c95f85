//! `/start` (language, then municipality, or a deep link), `/language`.

use super::{Turn, issue};
use crate::{
    bot::{
        dialogue::State,
        reply::{Button, rows},
    },
    error::Result,
    i18n::catalog,
    services,
};

/// `/start`, or `/start issue-12` from a link on the portal.
pub async fn start(t: &mut Turn, arg: &str) -> Result<()> {
    // Links from the portal: `issue-<id>` (see `state::Telegram::deep_link`), `link-<code>`.
    match arg.split_once('-') {
        Some(("issue", id)) if id.parse::<i64>().is_ok() => return issue::card(t, id.parse().unwrap_or_default()).await,
        Some(("link", code)) => return super::account::link(t, code).await,
        _ => {}
    }
    ask_language(t, true, None)
}

/// Asks for the interface language, the current one marked.
pub fn ask_language(t: &mut Turn, setup: bool, message_id: Option<i32>) -> Result<()> {
    let current = t.chat.lang.clone();
    let buttons = catalog()
        .locales()
        .iter()
        .map(|l| {
            let mark = if l.tag() == current { "✓ " } else { "" };
            Button::data(format!("{mark}{}", l.name()), format!("lang:{}", l.tag()))
        })
        .collect();
    t.step = State::Language { setup };
    let prompt = t.tr.t("bot-choose-language");
    t.replace(message_id, prompt, rows(buttons, 2));
    Ok(())
}

/// A language was picked.
pub async fn chose_language(t: &mut Turn, setup: bool, tag: &str, message_id: Option<i32>) -> Result<()> {
    let Some(locale) = catalog().get(tag) else { return super::expired(t) };
    services::telegram::set_language(&t.state, &t.user, &t.chat, locale.tag()).await?;
    t.chat.lang = locale.tag().to_string();
    t.tr = catalog().tr(locale.tag());
    let chosen = t.tr.t1("bot-language-chosen", "language", locale.name());
    t.replace(message_id, chosen, Vec::new());
    if setup {
        ask_municipality(t).await
    } else {
        t.menu("bot-menu-intro");
        Ok(())
    }
}

/// Asks for the municipality.
pub async fn ask_municipality(t: &mut Turn) -> Result<()> {
    let directory = t.state.directory.get(&t.state.db).await?;
    let buttons = directory.municipalities.iter().map(|m| Button::data(m.name.clone(), format!("mun:{}", m.id))).collect();
    t.step = State::Municipality;
    let prompt = t.tr.t("bot-choose-municipality");
    t.say(prompt, rows(buttons, 1));
    Ok(())
}

/// A municipality was picked.
pub async fn chose_municipality(t: &mut Turn, id: Option<i64>, message_id: Option<i32>) -> Result<()> {
    let directory = t.state.directory.get(&t.state.db).await?;
    let Some(m) = id.and_then(|id| directory.municipality_by_id(id)).cloned() else { return super::expired(t) };
    services::telegram::set_municipality(&t.state, &t.user, &t.chat, &m).await?;
    t.chat.municipality_id = Some(m.id);
    let chosen = t.tr.t1("bot-municipality-chosen", "municipality", &m.name);
    t.replace(message_id, chosen, Vec::new());
    t.menu("bot-menu-intro");
    Ok(())
}
