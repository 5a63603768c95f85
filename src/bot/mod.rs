//! The Telegram bot: a second front end over the same core. It parses what a person sends,
//! calls `services::`, and answers in their language; who may do what is decided in
//! `services/`, never here.
//!
//! Updates arrive by long polling, or by webhook on the portal's own router
//! (`web::telegram`). teloxide's dispatcher handles each chat's updates in order and different
//! chats side by side; each update is taken once ([`crate::db::bot::take_update`]); the
//! dialogue lives in the database ([`storage::DbStorage`]), so a restart or another server
//! continues it; everything is sent through [`send::Sender`] (retries, Telegram's limits,
//! blocked chats) and notifications through the outbox ([`outbox`]).

pub mod commands;
pub mod dialogue;
mod handlers;
pub mod input;
pub mod outbox;
pub mod reply;
pub mod send;
pub mod storage;

use std::{convert::Infallible, sync::Arc, time::Duration};

use futures_util::StreamExt as _;
use teloxide::{
    dispatching::{Dispatcher, UpdateFilterExt as _},
    dptree,
    prelude::Requester as _,
    requests::Request as _,
    types::Update,
    update_listeners::{Polling, StatefulListener},
};

use crate::state::AppState;

/// The Bot API client of a configured bot, pointed at `TELOXIDE_API_URL`.
pub fn client(state: &AppState) -> anyhow::Result<Option<teloxide::Bot>> {
    let Some(token) = &state.config.bot_token else { return Ok(None) };
    let url = reqwest::Url::parse(&state.config.bot_api_url).map_err(|e| anyhow::anyhow!("TELOXIDE_API_URL: {e}"))?;
    let http = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(5))
        // Long polling waits up to 30 s for updates; anything longer is a dead connection.
        .timeout(Duration::from_secs(45))
        .build()?;
    Ok(Some(teloxide::Bot::with_client(token, http).set_api_url(url)))
}

/// The bot, running: its dispatcher and its outbox, until [`Running::stop`].
pub struct Running {
    dispatcher: tokio::task::JoinHandle<()>,
    shutdown: teloxide::dispatching::ShutdownToken,
    outbox: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Stops taking updates, lets the ones in hand finish, and stops the outbox.
    pub async fn stop(self) {
        self.outbox.abort();
        if let Ok(done) = self.shutdown.shutdown() {
            let _ = tokio::time::timeout(Duration::from_secs(10), done).await;
        }
        self.dispatcher.abort();
    }
}

/// Starts the bot when a token is configured: learns its name, publishes its commands in
/// every language, registers the webhook (or drops it, for polling), and runs.
pub async fn start(state: &AppState) -> anyhow::Result<Option<Running>> {
    let Some(bot) = client(state)? else { return Ok(None) };
    let me = bot.get_me().await.map_err(|e| anyhow::anyhow!("the Telegram Bot API did not answer getMe: {e}"))?;
    let _ = state.telegram.username.set(me.username().to_string());
    let sender = Arc::new(send::Sender::new(bot.clone(), state.clone()));
    commands::publish(&sender).await;
    let handler = dptree::entry()
        .branch(Update::filter_message().endpoint(handlers::message))
        .branch(Update::filter_callback_query().endpoint(handlers::callback))
        .branch(Update::filter_edited_message().endpoint(handlers::edited));
    let mut dispatcher = Dispatcher::builder(bot.clone(), handler)
        .dependencies(dptree::deps![state.clone(), sender.clone(), Arc::new(storage::DbStorage::new(state.db.clone()))])
        .default_handler(|_| async {})
        .build();
    let shutdown = dispatcher.shutdown_token();
    let errors = teloxide::error_handlers::LoggingErrorHandler::with_custom_text("Telegram update listener");
    let dispatcher = if state.config.bot_webhook {
        let url = format!("{}/telegram/webhook", state.config.base_url);
        let secret = state.telegram.webhook_secret.clone().unwrap_or_default();
        let url = reqwest::Url::parse(&url)?;
        use teloxide::payloads::SetWebhookSetters as _;
        send::with_retries(|| bot.set_webhook(url.clone()).secret_token(secret.clone()).send()).await?;
        let listener = webhook_listener(state);
        tokio::spawn(async move { dispatcher.dispatch_with_listener(listener, errors).await })
    } else {
        let polling = Polling::builder(bot.clone()).timeout(Duration::from_secs(25)).delete_webhook().await.build();
        tokio::spawn(async move { dispatcher.dispatch_with_listener(polling, errors).await })
    };
    tracing::info!(webhook = state.config.bot_webhook, "Telegram bot running");
    let outbox = outbox::spawn(state.clone(), sender);
    Ok(Some(Running { dispatcher, shutdown, outbox }))
}

/// Updates that `web::telegram` received, as a listener for the dispatcher. It ends when the
/// dispatcher is told to stop.
fn webhook_listener(state: &AppState) -> impl teloxide::update_listeners::UpdateListener<Err = Infallible> + use<> {
    let (tx, rx) = tokio::sync::mpsc::channel::<Update>(4096);
    let _ = state.telegram.webhook.set(tx);
    let (token, flag) = teloxide::stop::mk_stop_token();
    let updates = futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|u| (Ok::<_, Infallible>(u), rx)) })
        .take_until(flag)
        .boxed();
    StatefulListener::new((updates, token), first, |s: &mut (_, teloxide::stop::StopToken)| s.1.clone())
}

/// The first of a pair (a named function, for the listener's higher-ranked lifetime).
fn first<A, B>(pair: &mut (A, B)) -> &mut A {
    &mut pair.0
}
