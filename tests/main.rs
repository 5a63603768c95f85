//! Chorus integration tests: one binary, the real app over HTTP, on SQLite and PostgreSQL.

mod fake_telegram;
mod helpers;
mod hostile;

mod accounts;
mod admin;
mod api;
mod ballots;
mod ballots_access;
mod ballots_secrecy;
#[macro_use]
mod bot;
mod bot_ballots;
mod bot_consultations;
mod bot_process;
mod bot_voice;
mod browser;
mod browser_consultations;
mod browser_statements;
mod browser_votes;
mod budget;
mod cli;
mod consultations;
mod consultations_access;
mod councils;
mod councils_access;
mod hardening;
mod hardening_auth;
mod i18n;
mod issues;
mod locales;
mod moderation;
mod opinion;
mod participation;
mod processes;
mod read_path;
mod references;
mod report_pdf;
mod schema;
mod security;
mod statements;
mod summaries;
mod summaries_access;
mod summary_data;
mod translation;
