//! Notifications by Telegram: the same outbox the in-app list reads (`notifications`). Each
//! server claims rows in turn (PostgreSQL skips rows another server holds), renders them in
//! the person's language, and sends them at Telegram's pace; a row is sent once, kept for a
//! retry when Telegram could not be reached, and given up for chats that blocked the bot.

use std::{sync::Arc, time::Duration};

use super::{
    reply::{Button, Out},
    send::{Outcome, Sender},
};
use crate::{db, i18n::catalog, services, state::AppState};

/// How long a claim holds (a server that dies lets its rows go after this).
const LEASE_SECONDS: i64 = 120;
/// Attempts before a notification is given up.
const MAX_ATTEMPTS: i64 = 8;

/// Reads the outbox every `bot_outbox_interval_ms` until aborted.
pub fn spawn(state: AppState, sender: Arc<Sender>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_millis(state.config.bot_outbox_interval_ms));
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut ticks = 0u64;
        loop {
            every.tick().await;
            if let Err(e) = drain(&state, &sender).await {
                tracing::warn!(error = %e, "could not read the bot's outbox");
            }
            ticks += 1;
            if ticks % 600 == 1
                && let Err(e) = db::bot::prune_updates(&state.db, 24 * 3600).await
            {
                tracing::warn!(error = %e, "could not prune taken updates");
            }
        }
    })
}

/// Sends what is waiting, batch by batch, until nothing is.
pub async fn drain(state: &AppState, sender: &Sender) -> anyhow::Result<usize> {
    let batch = i64::from(state.config.bot_sends_per_second).clamp(10, 500);
    let mut sent = 0;
    loop {
        let claimed = db::bot::claim(&state.db, state.backend, batch, LEASE_SECONDS).await?;
        if claimed.is_empty() {
            return Ok(sent);
        }
        let n = claimed.len();
        // Chats side by side (the sender paces them); one chat's notices in order.
        let mut by_chat: Vec<Vec<db::bot::Claimed>> = Vec::new();
        for c in claimed {
            match by_chat.iter_mut().find(|g| g[0].chat.chat_id == c.chat.chat_id) {
                Some(g) => g.push(c),
                None => by_chat.push(vec![c]),
            }
        }
        let results = futures_util::future::join_all(by_chat.into_iter().map(|group| async move {
            let mut sent = 0;
            for c in group {
                sent += usize::from(deliver(state, sender, &c).await?);
            }
            anyhow::Ok(sent)
        }))
        .await;
        for r in results {
            sent += r?;
        }
        if (n as i64) < batch {
            return Ok(sent);
        }
    }
}

/// Sends one claimed notification; `true` when Telegram took it.
async fn deliver(state: &AppState, sender: &Sender, c: &db::bot::Claimed) -> anyhow::Result<bool> {
    if c.chat.muted.contains(&c.kind) {
        db::bot::delivered(&state.db, c.id).await?;
        return Ok(false);
    }
    let tr = catalog().tr(&c.chat.lang);
    let Some(notice) = services::notifications::one(state, c.user_id, c.id, tr.lang()).await? else {
        // Its subject is gone.
        db::bot::delivered(&state.db, c.id).await?;
        return Ok(false);
    };
    let text = services::notifications::sentence(&tr, &notice);
    let keyboard = match notice.title {
        Some(_) => vec![vec![Button::url(tr.t("bot-open-portal"), format!("{}{}", state.config.base_url, notice.href))]],
        None => Vec::new(),
    };
    match sender.notify(c.chat.chat_id, Out::Text { text, keyboard }).await {
        Outcome::Sent => {
            db::bot::delivered(&state.db, c.id).await?;
            Ok(true)
        }
        // The sender gave up the chat's other notifications already.
        Outcome::Blocked => Ok(false),
        Outcome::Failed if c.attempts >= MAX_ATTEMPTS => {
            tracing::warn!(notification.id = c.id, "giving up a notification after repeated failures");
            db::bot::delivered(&state.db, c.id).await?;
            Ok(false)
        }
        Outcome::Failed => {
            db::bot::retry_later(&state.db, c.id, 30 * c.attempts).await?;
            Ok(false)
        }
    }
}
