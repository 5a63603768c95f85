//! Everything the bot sends goes through here: retried with back-off on Telegram's 429
//! (`retry_after`) and on network errors, given up for chats that blocked the bot (which
//! stops their notifications), and — for notifications, Telegram's "bulk" — paced to the
//! configured rate overall and one message per second per chat.
//!
//! Answers to a person's own message are sent at once (Telegram's limits are about
//! broadcasting; a chat that writes to the bot expects its answer now), but still wait out a
//! 429 for that chat.

use std::{
    collections::HashMap,
    future::Future,
    sync::Mutex,
    time::{Duration, Instant},
};

use teloxide::{
    ApiError, RequestError,
    payloads::{AnswerCallbackQuerySetters as _, EditMessageTextSetters as _, SendDocumentSetters as _, SendMessageSetters as _},
    prelude::Requester as _,
    requests::Request as _,
    types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId},
};

use super::reply::{Action, Keyboard, MAX_MESSAGE_UNITS, Out, fit};
use crate::state::AppState;

/// How a send ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Telegram took it.
    Sent,
    /// The person blocked the bot (or left Telegram): nothing more goes to this chat.
    Blocked,
    /// It could not be sent (after retries); worth another try later.
    Failed,
}

/// Tries to send a request; waits out `retry_after` and backs off on network errors.
pub async fn with_retries<T, F, Fut>(mut request: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, RequestError>>,
{
    let mut backoff = Duration::from_millis(250);
    for attempt in 1.. {
        match request().await {
            Err(RequestError::RetryAfter(wait)) if attempt < 6 => {
                tracing::warn!(retry_after = wait.seconds(), "Telegram asked to slow down");
                tokio::time::sleep(wait.duration()).await;
            }
            Err(RequestError::Network(e)) if attempt < 5 => {
                tracing::warn!(error = %e, attempt, "Telegram could not be reached; trying again");
                tokio::time::sleep(backoff).await;
                backoff *= 2;
            }
            other => return other,
        }
    }
    unreachable!("the loop returns")
}

fn blocked(e: &RequestError) -> bool {
    matches!(
        e,
        RequestError::Api(
            ApiError::BotBlocked
                | ApiError::UserDeactivated
                | ApiError::ChatNotFound
                | ApiError::BotKicked
                | ApiError::CantInitiateConversation
        )
    )
}

fn markup(keyboard: &Keyboard) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(keyboard.iter().map(|row| {
        row.iter()
            .map(|b| match &b.action {
                Action::Data(d) => InlineKeyboardButton::callback(b.text.clone(), d.clone()),
                Action::Url(u) => match reqwest::Url::parse(u) {
                    Ok(url) => InlineKeyboardButton::url(b.text.clone(), url),
                    Err(_) => InlineKeyboardButton::callback(b.text.clone(), "noop"),
                },
            })
            .collect::<Vec<_>>()
    }))
}

/// Requests to the Bot API in flight at once: enough to keep it busy, few enough that a burst
/// of updates does not open a connection (and its buffers) per chat.
const IN_FLIGHT: usize = 32;

/// The bot's way out.
pub struct Sender {
    bot: teloxide::Bot,
    state: AppState,
    pace: Mutex<Pace>,
    in_flight: tokio::sync::Semaphore,
}

/// When the next notification may go, overall and per chat.
struct Pace {
    next_any: Instant,
    next_in_chat: HashMap<i64, Instant>,
}

impl Sender {
    /// A sender over `bot`.
    pub fn new(bot: teloxide::Bot, state: AppState) -> Self {
        Self {
            bot,
            state,
            pace: Mutex::new(Pace { next_any: Instant::now(), next_in_chat: HashMap::new() }),
            in_flight: tokio::sync::Semaphore::new(IN_FLIGHT),
        }
    }

    /// The Bot API client.
    pub fn bot(&self) -> &teloxide::Bot {
        &self.bot
    }

    /// Sends the answers to a person's own message, in order. Stops at the first that fails.
    pub async fn answer(&self, chat: i64, outs: Vec<Out>) -> Outcome {
        for out in outs {
            let outcome = self.one(chat, &out).await;
            if outcome != Outcome::Sent {
                return outcome;
            }
        }
        Outcome::Sent
    }

    /// Sends a notification when its turn comes: no faster than the configured rate overall,
    /// and one per second in a chat.
    pub async fn notify(&self, chat: i64, out: Out) -> Outcome {
        let wait = {
            let mut pace = self.pace.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let now = Instant::now();
            let gap = Duration::from_secs(1) / self.state.config.bot_sends_per_second.max(1);
            let chat_next = pace.next_in_chat.get(&chat).copied().unwrap_or(now);
            let at = pace.next_any.max(chat_next).max(now);
            pace.next_any = at.max(pace.next_any) + gap;
            pace.next_in_chat.insert(chat, at + Duration::from_secs(1));
            if pace.next_in_chat.len() > 10_000 {
                pace.next_in_chat.retain(|_, t| *t > now);
            }
            at - now
        };
        tokio::time::sleep(wait).await;
        self.one(chat, &out).await
    }

    async fn one(&self, chat: i64, out: &Out) -> Outcome {
        let Ok(_permit) = self.in_flight.acquire().await else { return Outcome::Failed };
        self.request(chat, out).await
    }

    async fn request(&self, chat: i64, out: &Out) -> Outcome {
        let id = ChatId(chat);
        let result = match out {
            Out::Text { text, keyboard } => with_retries(|| {
                let mut req = self.bot.send_message(id, fit(text, MAX_MESSAGE_UNITS));
                if !keyboard.is_empty() {
                    req = req.reply_markup(markup(keyboard));
                }
                req.send()
            })
            .await
            .map(drop),
            Out::Edit { message_id, text, keyboard } => {
                let done = with_retries(|| {
                    self.bot
                        .edit_message_text(id, MessageId(*message_id), fit(text, MAX_MESSAGE_UNITS))
                        .reply_markup(markup(keyboard))
                        .send()
                })
                .await;
                match done {
                    // The same text again (a button pressed twice) is not a failure.
                    Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
                    // An old message can no longer be edited: send the new state instead.
                    Err(RequestError::Api(ApiError::MessageToEditNotFound | ApiError::MessageCantBeEdited)) => {
                        return Box::pin(self.request(chat, &Out::Text { text: text.clone(), keyboard: keyboard.clone() })).await;
                    }
                    other => other.map(drop),
                }
            }
            Out::Toast { query_id, text } => with_retries(|| {
                let mut req = self.bot.answer_callback_query(query_id.clone().into());
                if let Some(t) = text {
                    req = req.text(t.clone());
                }
                req.send()
            })
            .await
            .map(drop),
            Out::Document { file_name, bytes, caption } => with_retries(|| {
                self.bot.send_document(id, InputFile::memory(bytes.clone()).file_name(file_name.clone())).caption(caption.clone()).send()
            })
            .await
            .map(drop),
        };
        match result {
            Ok(()) => Outcome::Sent,
            Err(e) if blocked(&e) => {
                tracing::info!("a chat blocked the bot; no more notifications to it");
                if let Err(e) = crate::db::bot::set_blocked(&self.state.db, chat).await {
                    tracing::warn!(error = %e, "could not record a blocked chat");
                }
                Outcome::Blocked
            }
            Err(e) => {
                tracing::warn!(error = %e, "could not send by Telegram");
                Outcome::Failed
            }
        }
    }
}
