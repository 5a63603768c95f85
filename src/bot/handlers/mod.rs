//! One update, start to finish: take it once, find (or create) the chat's account, read the
//! dialogue, do what the input asks in the step the chat is at, store the dialogue, answer.

mod account;
mod ballot;
mod consultation;
mod issue;
mod start;
mod statements;

use std::sync::Arc;

use teloxide::{
    dispatching::dialogue::Dialogue,
    types::{CallbackQuery, ChatId, Message, Update},
};

use super::{
    commands::Command,
    dialogue::State,
    input::Input,
    reply::{Button, Keyboard, Out},
    send::Sender,
    storage::DbStorage,
};
use crate::{
    db::{self, bot::Chat, users::User},
    error::AppError,
    i18n::{Tr, catalog},
    state::AppState,
};

/// What the dispatcher's handlers return.
type HandlerResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// A message (text, command, voice note, anything else).
pub async fn message(state: AppState, sender: Arc<Sender>, storage: Arc<DbStorage>, update: Update, msg: Message) -> HandlerResult {
    if !msg.chat.is_private() {
        return Ok(());
    }
    let lang = msg.from.as_ref().and_then(|u| u.language_code.clone());
    take(&state, &sender, storage, update.id.0, msg.chat.id, lang, Input::of_message(&msg)).await
}

/// A button press.
pub async fn callback(state: AppState, sender: Arc<Sender>, storage: Arc<DbStorage>, update: Update, q: CallbackQuery) -> HandlerResult {
    let Some(chat) = q.message.as_ref().map(|m| m.chat().clone()).filter(|c| c.is_private()) else {
        return Ok(());
    };
    take(&state, &sender, storage, update.id.0, chat.id, q.from.language_code.clone(), Input::of_callback(&q)).await
}

/// An edited message: editing does not change what was already taken; say so.
pub async fn edited(state: AppState, sender: Arc<Sender>, update: Update, msg: Message) -> HandlerResult {
    if !msg.chat.is_private() || !db::bot::take_update(&state.db, i64::from(update.id.0)).await? {
        return Ok(());
    }
    if let Some(chat) = db::bot::chat(&state.db, msg.chat.id.0).await? {
        let tr = catalog().tr(&chat.lang);
        sender.answer(chat.chat_id, vec![text(tr.t("bot-edit-ignored"))]).await;
    }
    Ok(())
}

async fn take(
    state: &AppState,
    sender: &Sender,
    storage: Arc<DbStorage>,
    update_id: u32,
    chat: ChatId,
    lang: Option<String>,
    input: Input,
) -> HandlerResult {
    if !db::bot::take_update(&state.db, i64::from(update_id)).await? {
        tracing::debug!(update.id = update_id, "update delivered again; already taken");
        return Ok(());
    }
    let dialogue = Dialogue::new(storage, chat);
    let outs = match turn(state, sender.bot(), &dialogue, chat.0, lang.as_deref(), input.clone()).await {
        Ok(outs) => outs,
        Err(e) => {
            let tr = match db::bot::chat(&state.db, chat.0).await {
                Ok(Some(c)) => catalog().tr(&c.lang),
                _ => catalog().tr(&state.config.default_language),
            };
            let mut outs = toast_for(&input);
            outs.push(text(error_text(&tr, &e)));
            outs
        }
    };
    sender.answer(chat.0, outs).await;
    Ok(())
}

fn toast_for(input: &Input) -> Vec<Out> {
    match input {
        Input::Button { query_id, .. } => vec![Out::Toast { query_id: query_id.clone(), text: None }],
        _ => Vec::new(),
    }
}

/// The language for a new chat: Telegram's `language_code` when Chorus speaks it.
fn first_language(state: &AppState, code: Option<&str>) -> String {
    code.and_then(|c| catalog().from_accept_language(c, None))
        .map_or_else(|| state.config.default_language.clone(), |l| l.tag().to_string())
}

async fn turn(
    state: &AppState,
    bot: &teloxide::Bot,
    dialogue: &Dialogue<State, DbStorage>,
    chat_id: i64,
    lang: Option<&str>,
    input: Input,
) -> crate::error::Result<Vec<Out>> {
    let (user, chat) = crate::services::telegram::account(state, chat_id, &first_language(state, lang)).await?;
    if chat.blocked {
        db::bot::set_unblocked(&state.db, chat_id).await?;
    }
    let step = dialogue.get().await.map_err(|e| AppError::Internal(e.into()))?.unwrap_or_default();
    let mut t = Turn {
        state: state.clone(),
        bot: bot.clone(),
        tr: catalog().tr(&chat.lang),
        chat,
        user,
        step: step.clone(),
        out: toast_for(&input),
        erased: false,
    };
    route(&mut t, input).await?;
    if t.step != step && !t.erased {
        dialogue.update(t.step.clone()).await.map_err(|e| AppError::Internal(e.into()))?;
    }
    Ok(t.out)
}

/// One turn of a dialogue: who, in which language, at which step, and the answers so far.
pub(crate) struct Turn {
    pub state: AppState,
    /// The Bot API (to fetch files a person sent).
    pub bot: teloxide::Bot,
    pub chat: Chat,
    pub user: User,
    pub tr: Tr,
    /// The step; stored after the turn when it changed.
    pub step: State,
    pub out: Vec<Out>,
    /// The account was erased in this turn: nothing is stored for the chat.
    pub erased: bool,
}

impl Turn {
    /// Answers with a text and buttons.
    pub fn say(&mut self, text: String, keyboard: Keyboard) {
        self.out.push(Out::Text { text, keyboard });
    }

    /// Replaces a message the bot sent (or sends a new one when there is none to replace).
    pub fn replace(&mut self, message_id: Option<i32>, text: String, keyboard: Keyboard) {
        match message_id {
            Some(message_id) => self.out.push(Out::Edit { message_id, text, keyboard }),
            None => self.say(text, keyboard),
        }
    }

    /// Puts a short notice on the button that was pressed.
    pub fn toast(&mut self, id: &str) {
        let notice = self.tr.t(id);
        for o in &mut self.out {
            if let Out::Toast { text, .. } = o {
                *text = Some(notice.clone());
            }
        }
    }

    /// The main menu.
    pub fn menu(&mut self, intro: &str) {
        let tr = self.tr;
        let keyboard = vec![
            vec![Button::data(tr.t("bot-menu-new"), "menu:new"), Button::data(tr.t("bot-menu-my"), "menu:my")],
            vec![Button::data(tr.t("bot-menu-votes"), "menu:votes"), Button::data(tr.t("bot-menu-consultations"), "menu:consultations")],
            vec![Button::data(tr.t("bot-menu-settings"), "menu:settings"), Button::data(tr.t("bot-menu-help"), "menu:help")],
        ];
        self.step = State::Idle;
        self.say(tr.t(intro), keyboard);
    }
}

fn text(text: String) -> Out {
    Out::Text { text, keyboard: Vec::new() }
}

/// A failure, in the person's language (never its details).
fn error_text(tr: &Tr, e: &AppError) -> String {
    match e {
        AppError::Validation(errors) => errors.iter().map(|(_, id)| tr.t(id)).collect::<Vec<_>>().join("\n"),
        AppError::NotFound => tr.t("bot-not-found"),
        AppError::Forbidden | AppError::Unauthorized | AppError::Csrf => tr.t("bot-not-allowed"),
        AppError::TooManyRequests => tr.t("bot-too-many"),
        AppError::BadRequest(id) | AppError::Conflict(id) => tr.t(id),
        AppError::TooLarge => tr.t("bot-too-large"),
        AppError::Internal(e) => {
            tracing::error!(error = %e, "bot turn failed");
            tr.t("bot-error")
        }
    }
}

async fn route(t: &mut Turn, input: Input) -> crate::error::Result<()> {
    match input {
        Input::Command { name, arg } => command(t, Command::parse(&name), &arg).await,
        Input::Text(text) => match t.step.clone() {
            State::IssueTitle { theme } => issue::title(t, theme, text).await,
            State::IssueBody { theme, title } => issue::body(t, theme, title, text).await,
            State::Answering { consultation, at, form } => consultation::text(t, consultation, at, form, text).await,
            State::StatementText { consultation } => statements::text(t, consultation, text).await,
            State::VoteReceipt { ballot: b, picks, points } => ballot::recast(t, b, ballot::Selection { picks, points }, text).await,
            State::Idle => {
                t.menu("bot-menu-intro");
                Ok(())
            }
            _ => {
                t.say(t.tr.t("bot-use-buttons"), Vec::new());
                Ok(())
            }
        },
        Input::Voice { file_id, duration, size } => match t.step.clone() {
            State::IssueTitle { theme } | State::IssueBody { theme, .. } => issue::voice(t, theme, file_id, duration, size),
            _ => {
                t.say(t.tr.t("bot-voice-where"), Vec::new());
                Ok(())
            }
        },
        Input::Other => {
            t.say(t.tr.t("bot-only-text"), Vec::new());
            Ok(())
        }
        Input::Button { data, message_id, .. } => button(t, &data, message_id).await,
    }
}

async fn command(t: &mut Turn, command: Option<Command>, arg: &str) -> crate::error::Result<()> {
    match command {
        Some(Command::Start) => start::start(t, arg).await,
        Some(Command::New) => issue::begin(t, None).await,
        Some(Command::My) => issue::mine(t).await,
        Some(Command::Consultations) => consultation::list(t, None).await,
        Some(Command::Votes) => ballot::list(t, None).await,
        Some(Command::Language) => start::ask_language(t, false, None),
        Some(Command::Settings) => account::settings(t, None),
        Some(Command::Help) => {
            let help = super::commands::help(&t.tr);
            t.say(help, Vec::new());
            Ok(())
        }
        Some(Command::Export) => account::export(t).await,
        Some(Command::Link) => account::link(t, arg).await,
        Some(Command::Delete) => account::ask_delete(t),
        Some(Command::Cancel) => {
            t.menu("bot-cancelled");
            Ok(())
        }
        None => {
            t.say(t.tr.t("bot-unknown-command"), Vec::new());
            Ok(())
        }
    }
}

/// A button: its data is `action` or `action:value`; one that does not fit the step the chat
/// is at (from an older keyboard) changes nothing.
async fn button(t: &mut Turn, data: &str, message_id: Option<i32>) -> crate::error::Result<()> {
    let (action, value) = data.split_once(':').unwrap_or((data, ""));
    let id = value.parse::<i64>().ok();
    match (action, t.step.clone()) {
        ("menu", _) => match value {
            "new" => issue::begin(t, message_id).await,
            "my" => issue::mine(t).await,
            "consultations" => consultation::list(t, message_id).await,
            "votes" => ballot::list(t, message_id).await,
            "settings" => account::settings(t, message_id),
            "help" => command(t, Some(Command::Help), "").await,
            _ => expired(t),
        },
        ("lang", State::Language { setup }) => start::chose_language(t, setup, value, message_id).await,
        ("mun", State::Municipality) => start::chose_municipality(t, id, message_id).await,
        ("theme", State::IssueTheme) => issue::chose_theme(t, id, message_id),
        ("issue", State::IssueConfirm { theme, title, body, lang, anonymous, voice }) => {
            issue::confirm(t, value, issue::Draft { theme, title, body, lang, anonymous, voice }, message_id).await
        }
        ("sup", _) => issue::support(t, id, message_id).await,
        ("con", _) => consultation::open(t, id, message_id).await,
        ("a", State::Answering { consultation, at, form }) => consultation::button(t, value, consultation, at, form, message_id).await,
        ("r", State::Statements { consultation, statement }) => statements::react(t, value, consultation, statement, message_id).await,
        ("st", State::Statements { consultation, .. } | State::StatementText { consultation }) => {
            statements::action(t, value, consultation, message_id).await
        }
        ("mute", _) => account::toggle(t, value, message_id).await,
        ("del", State::ConfirmDelete) => account::delete(t, value == "yes", message_id).await,
        ("ballot", _) => ballot::open(t, id, message_id).await,
        ("vote", State::Vote { ballot: b, picks, points, confirming }) => {
            ballot::press(t, value, b, ballot::Selection { picks, points }, confirming, message_id).await
        }
        _ => expired(t),
    }
}

fn expired(t: &mut Turn) -> crate::error::Result<()> {
    t.toast("bot-button-expired");
    Ok(())
}
