//! Wiring and running: the state, the demo data, the portal, until a shutdown signal.

use std::time::Instant;

use tokio::net::TcpListener;
use tower_sessions::ExpiredDeletion as _;

use crate::{config::Config, db::sessions::DbSessionStore, services, state::AppState};

/// Serves the portal on `listener` until `shutdown` resolves, then drains open requests.
pub async fn serve(state: AppState, listener: TcpListener, shutdown: impl Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
    let store = DbSessionStore::new(state.db.clone());
    let sweeper = tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every.tick().await;
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "could not delete expired sessions");
            }
        }
    });
    let watchers = [state.directory.watch(state.db.clone()), state.content.watch(state.db.clone())];
    let closer = services::ballots::count::spawn_closer(state.clone());
    let overdue = services::official::overdue::spawn(state.clone());
    // The portal serves even when Telegram cannot be reached; the log says why there is no bot.
    let bot = crate::bot::start(&state).await.unwrap_or_else(|e| {
        tracing::error!(error = %e, "the Telegram bot could not start");
        None
    });
    let limits = crate::web::server::Limits {
        header_timeout: std::time::Duration::from_secs(state.config.header_timeout_seconds),
        max_connections: state.config.max_connections as usize,
    };
    crate::web::server::serve(crate::web::router(state.clone()), listener, limits, shutdown).await;
    if let Some(bot) = bot {
        bot.stop().await;
    }
    sweeper.abort();
    closer.abort();
    for w in watchers.into_iter().chain([overdue]).flatten() {
        w.abort();
    }
    state.db.close().await;
    Ok(())
}

/// Starts Chorus: database, optional demo data, then the portal until SIGTERM or Ctrl-C.
pub async fn run(config: Config, demo: bool) -> anyhow::Result<()> {
    let started = Instant::now();
    let bind = config.bind;
    let state = AppState::connect(config).await?;
    if demo {
        print_demo_accounts(&services::demo::seed(&state).await?);
    }
    let listener = TcpListener::bind(bind).await.map_err(|e| anyhow::anyhow!("cannot listen on {bind}: {e}"))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, backend = ?state.backend, startup_ms = started.elapsed().as_millis() as u64, "Chorus is listening");
    println!("Chorus is running on http://{addr}/  (Ctrl-C to stop)");
    serve(state, listener, shutdown_signal()).await?;
    tracing::info!("Chorus stopped");
    Ok(())
}

fn print_demo_accounts(accounts: &[services::demo::OneTimeAccount]) {
    if accounts.is_empty() {
        println!("Demo data is already in this database (its one-time passwords were printed when it was created).");
        return;
    }
    println!("\nDemo municipalities: Lindenfeld (/m/lindenfeld) and Porto Sereno (/m/porto-sereno).");
    println!("Demo votes: an open approval vote and a published budget vote from a real pabulib file (/m/lindenfeld/ballots).");
    println!("Demo accounts - one-time passwords, shown only now; each must be changed at first login:\n");
    for a in accounts {
        println!("  {:<16} {:<15} {}", a.username, a.role, a.password);
    }
    println!();
}

/// Runs the Telegram bot alone (no portal pages; the webhook needs the portal, so this is
/// long polling), until SIGTERM or Ctrl-C.
pub async fn run_bot(config: Config) -> anyhow::Result<()> {
    if config.bot_token.is_none() {
        anyhow::bail!("no bot token: set TELOXIDE_TOKEN or bot_token in chorus.toml");
    }
    if config.bot_webhook {
        anyhow::bail!("`chorus bot` polls; the webhook (CHORUS_BOT_WEBHOOK=true) is served by `chorus serve`");
    }
    let state = AppState::connect(config).await?;
    let watchers = [state.directory.watch(state.db.clone()), state.content.watch(state.db.clone())];
    let bot = crate::bot::start(&state).await?.ok_or_else(|| anyhow::anyhow!("no bot token"))?;
    println!("The Chorus bot is running (Ctrl-C to stop)");
    shutdown_signal().await;
    bot.stop().await;
    for w in watchers.into_iter().flatten() {
        w.abort();
    }
    state.db.close().await;
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = term => {} }
    tracing::info!("shutdown signal received; finishing open requests");
}
