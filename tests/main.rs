//! Chorus integration tests: one binary, the real app over HTTP, on SQLite and PostgreSQL.

mod helpers;

mod accounts;
mod admin;
mod cli;
mod i18n;
mod locales;
mod schema;
mod security;
