//! The bot's commands: one list, used for parsing, for `/help` and for the menu Telegram
//! shows (`setMyCommands`, in every shipped language).

use teloxide::{payloads::SetMyCommandsSetters as _, prelude::Requester as _, requests::Request as _, types::BotCommand};

use super::send::{Sender, with_retries};
use crate::i18n::{Tr, catalog};

/// A command the bot understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Choose language and municipality (and open deep links).
    Start,
    /// Raise an issue.
    New,
    /// My issues and their status.
    My,
    /// Open consultations: questionnaires and statement rounds.
    Consultations,
    /// The open votes.
    Votes,
    /// Change the language.
    Language,
    /// Which notifications to receive.
    Settings,
    /// What the bot can do.
    Help,
    /// My data as a JSON document.
    Export,
    /// Erase my data.
    Delete,
    /// Stop what is under way.
    Cancel,
    /// Link this chat to a portal account.
    Link,
}

/// Every command, in menu order: its name and the message id that describes it.
pub const ALL: &[(Command, &str, &str)] = &[
    (Command::New, "new", "bot-command-new"),
    (Command::My, "my", "bot-command-my"),
    (Command::Consultations, "consultations", "bot-command-consultations"),
    (Command::Votes, "votes", "bot-command-votes"),
    (Command::Settings, "settings", "bot-command-settings"),
    (Command::Language, "language", "bot-command-language"),
    (Command::Help, "help", "bot-command-help"),
    (Command::Cancel, "cancel", "bot-command-cancel"),
    (Command::Link, "link", "bot-command-link"),
    (Command::Export, "export", "bot-command-export"),
    (Command::Delete, "delete", "bot-command-delete"),
    (Command::Start, "start", "bot-command-start"),
];

impl Command {
    /// The command called `name`.
    pub fn parse(name: &str) -> Option<Self> {
        ALL.iter().find(|(_, n, _)| *n == name).map(|(c, _, _)| *c)
    }
}

/// The menu in one language.
pub fn menu(tr: &Tr) -> Vec<BotCommand> {
    ALL.iter().map(|(_, name, id)| BotCommand::new(*name, tr.t(id))).collect()
}

/// `/help`: one line per command.
pub fn help(tr: &Tr) -> String {
    let mut text = tr.t("bot-help-intro");
    for (_, name, id) in ALL {
        text.push_str(&format!("\n/{name} — {}", tr.t(id)));
    }
    text
}

/// Publishes the menu: the reference language as the default, then each shipped language.
pub async fn publish(sender: &Sender) {
    let bot = sender.bot();
    let reference = catalog().tr("en");
    if let Err(e) = with_retries(|| bot.set_my_commands(menu(&reference)).send()).await {
        tracing::warn!(error = %e, "could not publish the bot's commands");
        return;
    }
    for locale in catalog().locales() {
        let tr = catalog().tr(locale.tag());
        if let Err(e) = with_retries(|| bot.set_my_commands(menu(&tr)).language_code(locale.tag().to_string()).send()).await {
            tracing::warn!(error = %e, lang = locale.tag(), "could not publish the bot's commands");
        }
    }
}
