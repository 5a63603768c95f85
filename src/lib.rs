//! Chorus: a multilingual e-participation portal for migrants and migrant advisory councils.
//!
//! A guided tour, from the edge inwards:

/// Wiring and running: `run`, `serve`, graceful shutdown.
pub mod app;
/// The Telegram bot: a second front end over the same services (dialogue, commands, outbox).
pub mod bot;
/// Typed configuration from the environment and `chorus.toml`; secrets redacted.
pub mod config;
/// The database pool, migrations of both dialects, one module per aggregate.
pub mod db;
/// Small-cell suppression for published counts: no cell of fewer than 5 people, and none that
/// lets one be worked out. No database.
pub mod disclosure;
/// Parsed, validated input types (usernames, passwords, languages, municipalities, roles).
pub mod domain;
/// `AppError`, the one error type at the edge, and per-field validation errors.
pub mod error;
/// Fluent catalogues, language negotiation and the translator handle.
pub mod i18n;
/// Opinion groups of statement rounds: the PCA map of reactions, k-means groups, what each
/// group stands for, common ground and statement order (as in Polis). No database.
pub mod opinion;
/// Council reports rendered to PDF: shaped, bidirectional text, tables and bar charts. No database.
pub mod report;
/// Use cases: registration, login, accounts, administration, demo data. Authorization lives here.
pub mod services;
/// The shared application state: pool, configuration, hasher, limits, keys.
pub mod state;
/// Priority votes counted: ballot profiles, the counting rules (approval, Schulze, IRV, points,
/// greedy, Equal Shares) and the pabulib / PrefLib formats. No database.
pub mod voting;
/// The server-rendered portal: routes, pages, middleware (context, CSRF, errors, headers).
pub mod web;

/// Sets up logging as configured (`CHORUS_LOG`, `CHORUS_LOG_FORMAT`). Safe to call twice.
pub fn init_tracing(config: &config::Config) {
    use tracing_subscriber::{EnvFilter, fmt};
    let filter = EnvFilter::try_new(&config.log).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = fmt().with_env_filter(filter).with_target(false);
    let _ = match config.log_format {
        config::LogFormat::Json => builder.json().try_init(),
        config::LogFormat::Text => builder.try_init(),
    };
}
