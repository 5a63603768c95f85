//! Use cases that span several queries. Web pages (and later the API and the bot) call these;
//! every authorization rule lives here, not in templates or handlers.

pub mod accounts;
pub mod admin;
pub mod answers;
pub mod auth;
pub mod ballots;
pub mod cache;
pub mod comments;
pub mod consultations;
pub mod demo;
pub mod directory;
pub mod eligibility;
pub mod generate;
pub mod issue_page;
pub mod issues;
pub mod keys;
pub mod listing;
pub mod moderation;
pub mod notifications;
pub mod passwords;
pub mod redaction;
pub mod referrals;
pub mod taxonomy;
pub mod telegram;
pub mod throttle;
pub mod translation;
pub mod voice;
