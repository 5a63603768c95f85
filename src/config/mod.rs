//! Typed configuration from environment variables and an optional `chorus.toml`.
//!
//! Every setting is one row of [`SETTINGS`]: its key in `chorus.toml`, its environment
//! variable, its default and a line of help. Environment variables win over the file. Any
//! invalid value stops start-up with a message that names the setting; secrets never appear in
//! `Debug` output or in errors.

mod settings;

use std::{collections::HashMap, fmt, net::SocketAddr, path::Path};

pub use settings::{SETTINGS, Setting};

/// How log lines are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// The validated configuration.
#[derive(Clone)]
pub struct Config {
    /// Database connection URL (secret: may hold a password).
    pub database_url: String,
    /// Listen address.
    pub bind: SocketAddr,
    /// Public base URL, without a trailing slash.
    pub base_url: String,
    /// Whether cookies are marked `Secure` (the base URL is https).
    pub secure_cookies: bool,
    /// Default interface language.
    pub default_language: String,
    /// Largest pool size.
    pub db_max_connections: u32,
    /// Idle pool size.
    pub db_min_connections: u32,
    /// Session inactivity limit, in hours.
    pub session_idle_hours: u32,
    /// Inactivity limit of a "keep me signed in" session, in days.
    pub session_remember_days: u32,
    /// Server secret for CSRF tokens and device recognition (None: kept in the database).
    pub secret_key: Option<String>,
    /// Validity of a printed one-time password, in hours.
    pub one_time_password_hours: u32,
    /// Age (hours) an account needs before its reports count towards hiding.
    pub reporter_min_age_hours: u32,
    /// Trust `X-Forwarded-For`.
    pub trust_proxy: bool,
    /// Login attempts per client per minute.
    pub login_per_client_per_minute: u32,
    /// Registrations per client per hour.
    pub register_per_client_per_hour: u32,
    /// Consecutive failures before an account pauses.
    pub lockout_failures: u32,
    /// Length of that pause, in minutes.
    pub lockout_minutes: u32,
    /// Validity of an admin-issued reset code, in hours.
    pub reset_code_hours: u32,
    /// Reports that hide an issue or comment pending review.
    pub reports_to_hide: u32,
    /// Issues and comments one account may post per hour.
    pub posts_per_account_per_hour: u32,
    /// Machine translation server (None: off).
    pub translate_url: Option<String>,
    /// Its API key (secret).
    pub translate_api_key: Option<String>,
    /// Timeout of one machine translation, in seconds.
    pub translate_timeout_seconds: u64,
    /// Request body limit in bytes.
    pub max_body_bytes: usize,
    /// Request timeout in seconds.
    pub request_timeout_seconds: u64,
    /// Time to send a request head, in seconds.
    pub header_timeout_seconds: u64,
    /// Connections served at once.
    pub max_connections: u32,
    /// Period of the directory's version check, in milliseconds (0: every read).
    pub directory_refresh_ms: u64,
    /// Period of the check for ballots to close, in milliseconds.
    pub ballot_close_interval_ms: u64,
    /// Period of the sweep for overdue recommendations, in milliseconds.
    pub overdue_interval_ms: u64,
    /// The Telegram bot's token (secret).
    pub bot_token: Option<String>,
    /// The Bot API server.
    pub bot_api_url: String,
    /// Webhook instead of long polling.
    pub bot_webhook: bool,
    /// The webhook's secret token, when set explicitly.
    pub bot_webhook_secret: Option<String>,
    /// Notifications sent per second at most.
    pub bot_sends_per_second: u32,
    /// How often the outbox is read.
    pub bot_outbox_interval_ms: u64,
    /// The largest voice note kept (bytes).
    pub bot_max_voice_bytes: usize,
    /// Log filter directive.
    pub log: String,
    /// Log line format.
    pub log_format: LogFormat,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact_url(&self.database_url))
            .field("bind", &self.bind)
            .field("base_url", &self.base_url)
            .field("default_language", &self.default_language)
            .field("db_max_connections", &self.db_max_connections)
            .field("trust_proxy", &self.trust_proxy)
            .field("translate_url", &self.translate_url)
            .field("translate_api_key", &self.translate_api_key.as_ref().map(|_| "***"))
            .field("secret_key", &self.secret_key.as_ref().map(|_| "***"))
            .field("bot_token", &self.bot_token.as_ref().map(|_| "***"))
            .field("bot_api_url", &self.bot_api_url)
            .field("bot_webhook", &self.bot_webhook)
            .field("bot_webhook_secret", &self.bot_webhook_secret.as_ref().map(|_| "***"))
            .finish_non_exhaustive()
    }
}

/// A URL with any password replaced by `***`, for logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            match userinfo.find(':') {
                Some(colon) => format!("{}{}:***{}", &url[..scheme + 3], &userinfo[..colon], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// A configuration problem, naming the setting at fault.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read or parsed.
    #[error("cannot read {path}: {reason}")]
    File {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// A key in the file is not a setting.
    #[error("unknown setting `{0}` in the configuration file (see README, Configuration)")]
    UnknownKey(String),
    /// A value does not parse.
    #[error("invalid {env} (`{key}`): {reason}")]
    Invalid {
        /// Environment variable name.
        env: &'static str,
        /// File key.
        key: &'static str,
        /// What is wrong (never the value itself, which may be secret).
        reason: String,
    },
}

impl Config {
    /// Reads `chorus.toml` (or `CHORUS_CONFIG`) when present, then the environment.
    pub fn load() -> Result<Self, ConfigError> {
        let explicit = std::env::var("CHORUS_CONFIG").ok();
        let path = explicit.clone().unwrap_or_else(|| "chorus.toml".into());
        let file = match std::fs::read_to_string(Path::new(&path)) {
            Ok(text) => Some(text),
            Err(e) if explicit.is_none() && e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(ConfigError::File { path, reason: e.to_string() }),
        };
        Self::from_sources(file.as_deref(), |k| std::env::var(k).ok())
    }

    /// Builds the configuration from a TOML text and an environment lookup.
    pub fn from_sources(toml_text: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let mut values: HashMap<&'static str, String> = SETTINGS.iter().map(|s| (s.key, s.default.to_string())).collect();
        if let Some(text) = toml_text {
            let table: toml::Table = text
                .parse()
                .map_err(|e: toml::de::Error| ConfigError::File { path: "chorus.toml".into(), reason: e.message().to_string() })?;
            for (key, value) in table {
                let setting = SETTINGS.iter().find(|s| s.key == key).ok_or(ConfigError::UnknownKey(key))?;
                let text = match value {
                    toml::Value::String(s) => s,
                    toml::Value::Integer(i) => i.to_string(),
                    toml::Value::Boolean(b) => b.to_string(),
                    _ => return Err(invalid(setting, "expected a string, a number or true/false")),
                };
                values.insert(setting.key, text);
            }
        }
        for s in SETTINGS {
            if let Some(v) = env(s.env) {
                values.insert(s.key, v);
            }
        }
        let get = |key: &str| values.get(key).map(String::as_str).unwrap_or_default();
        let setting = |key: &str| SETTINGS.iter().find(|s| s.key == key).expect("known setting");

        let database_url = get("database_url").trim().to_string();
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("postgres://") || database_url.starts_with("postgresql://")) {
            return Err(invalid(setting("database_url"), "must start with sqlite:, postgres:// or postgresql://"));
        }
        let bind = get("bind").parse().map_err(|_| invalid(setting("bind"), "expected an address and port such as 127.0.0.1:3000"))?;
        let base_url = get("base_url").trim_end_matches('/').to_string();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(invalid(setting("base_url"), "must start with http:// or https://"));
        }
        let default_language = get("default_language").to_string();
        if !crate::i18n::catalog().supports(&default_language) {
            return Err(invalid(setting("default_language"), "not a shipped language (see locales/)"));
        }
        if tracing_subscriber::EnvFilter::try_new(get("log")).is_err() {
            return Err(invalid(setting("log"), "not a log filter; try info, warn or chorus=debug"));
        }
        let log_format = match get("log_format") {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            _ => return Err(invalid(setting("log_format"), "expected text or json")),
        };
        let translate_url = Some(get("translate_url").trim().trim_end_matches('/').to_string()).filter(|u| !u.is_empty());
        if translate_url.as_ref().is_some_and(|u| !(u.starts_with("http://") || u.starts_with("https://"))) {
            return Err(invalid(setting("translate_url"), "must start with http:// or https://"));
        }
        let db_max_connections = number(setting("db_max_connections"), get("db_max_connections"), 1, 1000)?;
        let db_min_connections = number(setting("db_min_connections"), get("db_min_connections"), 0, 1000)?;
        let secret_key = Some(get("secret_key").to_string()).filter(|k| !k.is_empty());
        if secret_key.as_ref().is_some_and(|k| k.len() < 32) {
            return Err(invalid(setting("secret_key"), "must be at least 32 characters"));
        }
        let bot_api_url = get("bot_api_url").trim().trim_end_matches('/').to_string();
        if !(bot_api_url.starts_with("http://") || bot_api_url.starts_with("https://")) {
            return Err(invalid(setting("bot_api_url"), "must start with http:// or https://"));
        }
        let bot_webhook_secret = Some(get("bot_webhook_secret").to_string()).filter(|k| !k.is_empty());
        let secret_chars = |k: &String| k.len() <= 256 && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if bot_webhook_secret.as_ref().is_some_and(|k| !secret_chars(k)) {
            return Err(invalid(setting("bot_webhook_secret"), "must be 1 to 256 of A-Z, a-z, 0-9, _ and -"));
        }
        if db_min_connections > db_max_connections {
            return Err(invalid(setting("db_min_connections"), "must not exceed CHORUS_DB_MAX_CONNECTIONS"));
        }
        Ok(Self {
            secure_cookies: base_url.starts_with("https://"),
            database_url,
            bind,
            base_url,
            default_language,
            db_max_connections,
            db_min_connections,
            session_idle_hours: number(setting("session_idle_hours"), get("session_idle_hours"), 1, 24 * 365)?,
            session_remember_days: number(setting("session_remember_days"), get("session_remember_days"), 1, 365)?,
            secret_key,
            one_time_password_hours: number(setting("one_time_password_hours"), get("one_time_password_hours"), 1, 24 * 30)?,
            reporter_min_age_hours: number(setting("reporter_min_age_hours"), get("reporter_min_age_hours"), 0, 24 * 365)?,
            trust_proxy: boolean(setting("trust_proxy"), get("trust_proxy"))?,
            login_per_client_per_minute: number(setting("login_per_client_per_minute"), get("login_per_client_per_minute"), 1, 1_000_000)?,
            register_per_client_per_hour: number(
                setting("register_per_client_per_hour"),
                get("register_per_client_per_hour"),
                1,
                1_000_000,
            )?,
            lockout_failures: number(setting("lockout_failures"), get("lockout_failures"), 1, 1000)?,
            lockout_minutes: number(setting("lockout_minutes"), get("lockout_minutes"), 1, 24 * 60)?,
            reset_code_hours: number(setting("reset_code_hours"), get("reset_code_hours"), 1, 24 * 30)?,
            reports_to_hide: number(setting("reports_to_hide"), get("reports_to_hide"), 1, 1000)?,
            posts_per_account_per_hour: number(setting("posts_per_account_per_hour"), get("posts_per_account_per_hour"), 1, 1_000_000)?,
            translate_url,
            translate_api_key: Some(get("translate_api_key").to_string()).filter(|k| !k.is_empty()),
            translate_timeout_seconds: u64::from(number(setting("translate_timeout_seconds"), get("translate_timeout_seconds"), 1, 600)?),
            max_body_bytes: number(setting("max_body_bytes"), get("max_body_bytes"), 1024, 64 * 1024 * 1024)? as usize,
            request_timeout_seconds: u64::from(number(setting("request_timeout_seconds"), get("request_timeout_seconds"), 1, 3600)?),
            header_timeout_seconds: u64::from(number(setting("header_timeout_seconds"), get("header_timeout_seconds"), 1, 600)?),
            max_connections: number(setting("max_connections"), get("max_connections"), 1, 1_000_000)?,
            directory_refresh_ms: u64::from(number(setting("directory_refresh_ms"), get("directory_refresh_ms"), 0, 3_600_000)?),
            ballot_close_interval_ms: u64::from(number(
                setting("ballot_close_interval_ms"),
                get("ballot_close_interval_ms"),
                50,
                3_600_000,
            )?),
            overdue_interval_ms: u64::from(number(setting("overdue_interval_ms"), get("overdue_interval_ms"), 50, 86_400_000)?),
            bot_token: Some(get("bot_token").trim().to_string()).filter(|k| !k.is_empty()),
            bot_api_url,
            bot_webhook: boolean(setting("bot_webhook"), get("bot_webhook"))?,
            bot_webhook_secret,
            bot_sends_per_second: number(setting("bot_sends_per_second"), get("bot_sends_per_second"), 1, 10_000)?,
            bot_outbox_interval_ms: u64::from(number(setting("bot_outbox_interval_ms"), get("bot_outbox_interval_ms"), 10, 3_600_000)?),
            // Telegram lets bots download files up to 20 MB.
            bot_max_voice_bytes: number(setting("bot_max_voice_bytes"), get("bot_max_voice_bytes"), 1024, 20_000_000)? as usize,
            log: get("log").to_string(),
            log_format,
        })
    }

    /// Whether the database is PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.database_url.starts_with("postgres")
    }
}

fn invalid(s: &Setting, reason: &str) -> ConfigError {
    ConfigError::Invalid { env: s.env, key: s.key, reason: reason.to_string() }
}

fn number(s: &Setting, text: &str, min: u32, max: u32) -> Result<u32, ConfigError> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| invalid(s, &format!("expected a whole number from {min} to {max}")))
}

fn boolean(s: &Setting, text: &str) -> Result<bool, ConfigError> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => Err(invalid(s, "expected true or false")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_file_or_variable_gives_a_config_or_a_named_error(toml_text in "\\PC{0,80}", bind in "\\PC{0,30}", max in "\\PC{0,6}") {
            let env = env_of(&[("CHORUS_BIND", bind.as_str()), ("CHORUS_DB_MAX_CONNECTIONS", max.as_str())]);
            match Config::from_sources(Some(&toml_text), env) {
                Ok(c) => prop_assert!(c.db_max_connections >= 1),
                Err(e) => prop_assert!(!e.to_string().is_empty()),
            }
        }
    }

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + use<> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn defaults_describe_a_local_sqlite_portal() {
        let c = Config::from_sources(None, env_of(&[])).expect("defaults are valid");
        assert_eq!(c.database_url, "sqlite://chorus.db");
        assert_eq!(c.bind.to_string(), "127.0.0.1:3000");
        assert!(!c.secure_cookies);
    }

    #[test]
    fn environment_overrides_the_file() {
        let c = Config::from_sources(Some("bind = \"0.0.0.0:8080\"\ndb_max_connections = 4"), env_of(&[("CHORUS_BIND", "127.0.0.1:9")]))
            .expect("valid");
        assert_eq!(c.bind.to_string(), "127.0.0.1:9");
        assert_eq!(c.db_max_connections, 4);
    }

    #[test]
    fn invalid_values_name_the_setting() {
        let err = Config::from_sources(None, env_of(&[("CHORUS_BIND", "nowhere")])).unwrap_err().to_string();
        assert!(err.contains("CHORUS_BIND"), "{err}");
        let err = Config::from_sources(Some("colour = 1"), env_of(&[])).unwrap_err().to_string();
        assert!(err.contains("colour"), "{err}");
        let err = Config::from_sources(None, env_of(&[("CHORUS_LOG", "info,[[[")])).unwrap_err().to_string();
        assert!(err.contains("CHORUS_LOG"), "{err}");
        let err = Config::from_sources(None, env_of(&[("CHORUS_DB_MAX_CONNECTIONS", "0")])).unwrap_err().to_string();
        assert!(err.contains("CHORUS_DB_MAX_CONNECTIONS"), "{err}");
    }

    #[test]
    fn secrets_are_never_shown() {
        let c = Config::from_sources(None, env_of(&[("DATABASE_URL", "postgres://chorus:hunter2@db/chorus")])).expect("valid");
        let shown = format!("{c:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        let key = "k".repeat(40);
        let c = Config::from_sources(None, env_of(&[("CHORUS_SECRET_KEY", &key)])).expect("valid");
        assert!(!format!("{c:?}").contains(&key));
        let c = Config::from_sources(Some("bot_token = \"123:secret-token\""), env_of(&[])).expect("valid");
        assert!(!format!("{c:?}").contains("secret-token"));
        let err = Config::from_sources(None, env_of(&[("DATABASE_URL", "mysql://u:hunter2@x")])).unwrap_err().to_string();
        assert!(!err.contains("hunter2"), "{err}");
    }

    #[test]
    fn https_base_url_turns_on_secure_cookies() {
        let c = Config::from_sources(None, env_of(&[("CHORUS_BASE_URL", "https://chorus.example/")])).expect("valid");
        assert!(c.secure_cookies);
        assert_eq!(c.base_url, "https://chorus.example");
    }
}
