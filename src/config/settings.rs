//! The table of every setting: key, environment variable, default and help (the README's
//! configuration table and `chorus --help` are written from it).

/// One configurable setting.
pub struct Setting {
    /// Key in `chorus.toml`.
    pub key: &'static str,
    /// Environment variable.
    pub env: &'static str,
    /// Default value, as text.
    pub default: &'static str,
    /// What it does (shown in the README and `chorus --help`).
    pub help: &'static str,
}

/// Every setting Chorus reads.
pub const SETTINGS: &[Setting] = &[
    Setting {
        key: "database_url",
        env: "DATABASE_URL",
        default: "sqlite://chorus.db",
        help: "sqlite://PATH (created if missing) or postgres://USER@HOST/DB",
    },
    Setting { key: "bind", env: "CHORUS_BIND", default: "127.0.0.1:3000", help: "address and port the portal listens on" },
    Setting {
        key: "base_url",
        env: "CHORUS_BASE_URL",
        default: "http://127.0.0.1:3000",
        help: "public URL; https:// turns on Secure cookies and HSTS",
    },
    Setting {
        key: "default_language",
        env: "CHORUS_DEFAULT_LANGUAGE",
        default: "en",
        help: "interface language when nothing else decides",
    },
    Setting { key: "db_max_connections", env: "CHORUS_DB_MAX_CONNECTIONS", default: "16", help: "largest database pool size" },
    Setting { key: "db_min_connections", env: "CHORUS_DB_MIN_CONNECTIONS", default: "1", help: "connections kept open when idle" },
    Setting {
        key: "session_idle_hours",
        env: "CHORUS_SESSION_IDLE_HOURS",
        default: "4",
        help: "a session ends after this many hours without a visit (shared computers)",
    },
    Setting {
        key: "session_remember_days",
        env: "CHORUS_SESSION_REMEMBER_DAYS",
        default: "30",
        help: "with \"keep me signed in\", a session ends after this many days without a visit",
    },
    Setting {
        key: "secret_key",
        env: "CHORUS_SECRET_KEY",
        default: "",
        help: "secret (32+ characters) binding CSRF tokens and recognized devices; empty: one is made and kept in the database (secret)",
    },
    Setting {
        key: "trust_proxy",
        env: "CHORUS_TRUST_PROXY",
        default: "false",
        help: "take the client address from X-Forwarded-For (only behind your own proxy)",
    },
    Setting {
        key: "login_per_client_per_minute",
        env: "CHORUS_LOGIN_PER_CLIENT_PER_MINUTE",
        default: "10",
        help: "login and recovery attempts one client may make per minute",
    },
    Setting {
        key: "register_per_client_per_hour",
        env: "CHORUS_REGISTER_PER_CLIENT_PER_HOUR",
        default: "10",
        help: "accounts one client may register per hour",
    },
    Setting {
        key: "lockout_failures",
        env: "CHORUS_LOCKOUT_FAILURES",
        default: "5",
        help: "failed logins in a row before an account is paused",
    },
    Setting {
        key: "lockout_minutes",
        env: "CHORUS_LOCKOUT_MINUTES",
        default: "15",
        help: "how long an account is paused after too many failures",
    },
    Setting {
        key: "translate_url",
        env: "CHORUS_TRANSLATE_URL",
        default: "",
        help: "LibreTranslate-compatible server for machine translation, e.g. http://127.0.0.1:5000 (empty: off)",
    },
    Setting {
        key: "translate_api_key",
        env: "CHORUS_TRANSLATE_API_KEY",
        default: "",
        help: "API key for that server, if it needs one (secret)",
    },
    Setting {
        key: "translate_timeout_seconds",
        env: "CHORUS_TRANSLATE_TIMEOUT_SECONDS",
        default: "20",
        help: "how long one machine translation may take",
    },
    Setting {
        key: "one_time_password_hours",
        env: "CHORUS_ONE_TIME_PASSWORD_HOURS",
        default: "24",
        help: "a printed one-time password stops working after this many hours unused",
    },
    Setting {
        key: "reporter_min_age_hours",
        env: "CHORUS_REPORTER_MIN_AGE_HOURS",
        default: "72",
        help: "reports count towards hiding a text only from accounts at least this old that have a public issue or comment",
    },
    Setting {
        key: "reports_to_hide",
        env: "CHORUS_REPORTS_TO_HIDE",
        default: "3",
        help: "reports from different people that hide an issue or a comment until a moderator reviews it",
    },
    Setting {
        key: "posts_per_account_per_hour",
        env: "CHORUS_POSTS_PER_ACCOUNT_PER_HOUR",
        default: "20",
        help: "issues and comments one account may post per hour (counted in the database, so across servers)",
    },
    Setting {
        key: "reset_code_hours",
        env: "CHORUS_RESET_CODE_HOURS",
        default: "72",
        help: "how long an admin-issued reset code stays valid",
    },
    Setting { key: "max_body_bytes", env: "CHORUS_MAX_BODY_BYTES", default: "65536", help: "largest request body accepted" },
    Setting {
        key: "request_timeout_seconds",
        env: "CHORUS_REQUEST_TIMEOUT_SECONDS",
        default: "30",
        help: "requests taking longer are cancelled (reading the body included)",
    },
    Setting {
        key: "header_timeout_seconds",
        env: "CHORUS_HEADER_TIMEOUT_SECONDS",
        default: "10",
        help: "a connection that has not sent a whole request head within this time is closed (slow clients)",
    },
    Setting {
        key: "directory_refresh_ms",
        env: "CHORUS_DIRECTORY_REFRESH_MS",
        default: "1000",
        help: "how often each server checks whether municipalities, themes or help services changed elsewhere (0: on every request)",
    },
    Setting {
        key: "ballot_close_interval_ms",
        env: "CHORUS_BALLOT_CLOSE_INTERVAL_MS",
        default: "5000",
        help: "how often each server looks for ballots past their closing time to close and count (any server may; each ballot is closed once)",
    },
    Setting {
        key: "overdue_interval_ms",
        env: "CHORUS_OVERDUE_INTERVAL_MS",
        default: "60000",
        help: "how often each server looks for answered recommendations past their deadline, to tell their owner and the council (each is told once)",
    },
    Setting {
        key: "max_connections",
        env: "CHORUS_MAX_CONNECTIONS",
        default: "1024",
        help: "open connections served at once; more wait until one closes",
    },
    Setting {
        key: "bot_token",
        env: "TELOXIDE_TOKEN",
        default: "",
        help: "the Telegram bot's token from BotFather (a secret, never printed); when set, `chorus serve` runs the bot beside the portal",
    },
    Setting {
        key: "bot_api_url",
        env: "TELOXIDE_API_URL",
        default: "https://api.telegram.org",
        help: "the Bot API server (a self-hosted telegram-bot-api, or a fake one in tests)",
    },
    Setting {
        key: "bot_webhook",
        env: "CHORUS_BOT_WEBHOOK",
        default: "false",
        help: "receive updates by webhook at CHORUS_BASE_URL/telegram/webhook instead of long polling (required with several servers)",
    },
    Setting {
        key: "bot_webhook_secret",
        env: "CHORUS_BOT_WEBHOOK_SECRET",
        default: "",
        help: "the webhook's secret token (1-256 of A-Z a-z 0-9 _ -); derived from the server key when empty",
    },
    Setting {
        key: "bot_sends_per_second",
        env: "CHORUS_BOT_SENDS_PER_SECOND",
        default: "30",
        help: "notifications the bot sends per second at most (Telegram allows about 30; divide by the number of servers)",
    },
    Setting {
        key: "bot_outbox_interval_ms",
        env: "CHORUS_BOT_OUTBOX_INTERVAL_MS",
        default: "1000",
        help: "how often each server looks for notifications to send by Telegram (each is sent once)",
    },
    Setting {
        key: "bot_max_voice_bytes",
        env: "CHORUS_BOT_MAX_VOICE_BYTES",
        default: "2000000",
        help: "the largest voice note kept with an issue raised by Telegram (Ogg Opus: about 2 minutes per megabyte)",
    },
    Setting { key: "log", env: "CHORUS_LOG", default: "info", help: "log filter, e.g. info or chorus=debug,tower_http=info" },
    Setting { key: "log_format", env: "CHORUS_LOG_FORMAT", default: "text", help: "text or json" },
];
