//! The application state every handler, service and (later) the bot share: the pool, the
//! configuration, the password hasher, rate limits, server keys and machine translation.
//! It sits below `services/`, so nothing needs to import the wiring in `app.rs`.

use std::sync::Arc;

use crate::{
    config::Config,
    db::{self, Backend, Db},
    services::{
        cache::ContentVersion,
        directory::Directory,
        issue_page::PublicPages,
        keys::Keys,
        listing::Listings,
        official::said_did::Pages as SaidDidPages,
        passwords::Hasher,
        throttle::Limiter,
        translation::{LibreTranslate, MachineTranslator},
    },
};

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The database pool.
    pub db: Db,
    /// Which database it is.
    pub backend: Backend,
    /// The configuration.
    pub config: Arc<Config>,
    /// Password hashing, bounded.
    pub hasher: Arc<Hasher>,
    /// Per-client rate limits.
    pub limiter: Arc<Limiter>,
    /// Machine translation, when configured.
    pub translator: Option<Arc<dyn MachineTranslator>>,
    /// Server secrets (CSRF binding, recognized devices).
    pub keys: Arc<Keys>,
    /// Municipalities, themes, neighbourhoods and help services, from memory.
    pub directory: Arc<Directory>,
    /// Pages of listings, from memory.
    pub listings: Arc<Listings>,
    /// What this server knows of the content version (for the caches of listings and pages).
    pub content: Arc<ContentVersion>,
    /// The public parts of issue pages, from memory.
    pub issue_pages: Arc<PublicPages>,
    /// Pages of "You said, we did", from memory.
    pub said_did: Arc<SaidDidPages>,
    /// The Telegram bot, as the portal sees it (its name, the webhook's queue).
    pub telegram: Arc<Telegram>,
    /// The queue for casting votes on SQLite (see [`AppState::vote_queue`]).
    votes: Arc<tokio::sync::Mutex<()>>,
}

/// What the portal knows of the Telegram bot: whether one is configured, its name once
/// Telegram told it (for `t.me` links), and where the webhook hands updates to it.
#[derive(Default)]
pub struct Telegram {
    /// The bot's username, set when the bot starts on this server.
    pub username: std::sync::OnceLock<String>,
    /// The running bot's queue of updates received by webhook.
    pub webhook: std::sync::OnceLock<tokio::sync::mpsc::Sender<teloxide::types::Update>>,
    /// The secret Telegram repeats in every webhook call.
    pub webhook_secret: Option<String>,
}

impl Telegram {
    /// The secret for the webhook: the configured one, or one derived from the server key
    /// (the same on every server, since the key is shared through the database).
    fn new(config: &Config, keys: &Keys) -> Self {
        let webhook_secret = config
            .bot_token
            .as_ref()
            .map(|token| config.bot_webhook_secret.clone().unwrap_or_else(|| keys.sign("telegram-webhook", &[token])));
        Self { webhook_secret, ..Self::default() }
    }

    /// A link that opens the bot at `start` (e.g. `issue-12`), once the bot is known.
    pub fn deep_link(&self, start: &str) -> Option<String> {
        self.username.get().map(|name| format!("https://t.me/{name}?start={start}"))
    }
}

impl AppState {
    /// Connects to the database and applies migrations.
    pub async fn connect(config: Config) -> anyhow::Result<Self> {
        let backend = Backend::of_url(&config.database_url);
        let db = db::connect(&config).await?;
        db::migrate(&db, backend).await?;
        let hasher = Hasher::new()?;
        let translator = match &config.translate_url {
            Some(url) => {
                let timeout = std::time::Duration::from_secs(config.translate_timeout_seconds);
                Some(Arc::new(LibreTranslate::new(url, config.translate_api_key.clone(), timeout)?) as Arc<dyn MachineTranslator>)
            }
            None => None,
        };
        crate::services::accounts::backfill_skeletons(&db).await.map_err(|e| anyhow::anyhow!("computing name skeletons: {e}"))?;
        let keys = Arc::new(Keys::load(&db, config.secret_key.as_deref()).await?);
        let refresh = std::time::Duration::from_millis(config.directory_refresh_ms);
        let content = ContentVersion::new(refresh);
        let (directory, listings) = (Arc::new(Directory::new(refresh)), Arc::new(Listings::new(content.clone())));
        let telegram = Arc::new(Telegram::new(&config, &keys));
        Ok(Self {
            db,
            backend,
            config: Arc::new(config),
            hasher,
            limiter: Arc::default(),
            translator,
            keys,
            directory,
            listings,
            issue_pages: Arc::new(PublicPages::new(content.clone(), 1024)),
            said_did: Arc::new(SaidDidPages::new(content.clone())),
            content,
            telegram,
            votes: Arc::default(),
        })
    }

    /// A place in line for a vote's transaction on SQLite. SQLite has one writer at a time and
    /// a cast holds the write lock over three statements; without a line, concurrent casts
    /// poll SQLite's busy handler with growing sleeps (up to a second at 16 at once). With it
    /// they take turns in order. `None` on PostgreSQL, which locks rows, not the database.
    pub async fn vote_queue(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match self.backend {
            Backend::Sqlite => Some(self.votes.lock().await),
            Backend::Postgres => None,
        }
    }
}
