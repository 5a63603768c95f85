//! Translation: volunteers' queue and work, and optional machine translation.
//!
//! Machine translation is a provider behind [`MachineTranslator`]; the one shipped speaks the
//! LibreTranslate HTTP API (self-hostable, so texts need not leave the city's servers). It is
//! off unless `CHORUS_TRANSLATE_URL` is set, runs in the background after an issue becomes
//! public, and its failures are logged (never the text) and never block anything.

use std::{sync::Arc, time::Duration};

use anyhow::Context as _;
use async_trait::async_trait;

use crate::{
    app::AppState,
    db::{self, municipalities::Municipality, translations::NewTranslation, users::User},
    domain::role::Role,
    error::{AppError, FieldErrors, Result},
};

/// Something that translates plain text between two language tags.
#[async_trait]
pub trait MachineTranslator: Send + Sync {
    /// Translates `text` from `from` to `to`.
    async fn translate(&self, text: &str, from: &str, to: &str) -> anyhow::Result<String>;
}

/// A LibreTranslate-compatible server (`POST /translate`).
pub struct LibreTranslate {
    client: reqwest::Client,
    url: String,
    api_key: Option<String>,
}

impl LibreTranslate {
    /// A client for the server at `url` (e.g. `http://127.0.0.1:5000`).
    pub fn new(url: &str, api_key: Option<String>, timeout: Duration) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder().timeout(timeout).build().context("building the translation client")?;
        Ok(Self { client, url: url.trim_end_matches('/').to_string(), api_key })
    }
}

#[derive(serde::Deserialize)]
struct Translated {
    #[serde(rename = "translatedText")]
    translated_text: String,
}

#[async_trait]
impl MachineTranslator for LibreTranslate {
    async fn translate(&self, text: &str, from: &str, to: &str) -> anyhow::Result<String> {
        let mut body = serde_json::json!({ "q": text, "source": from, "target": to, "format": "text" });
        if let Some(key) = &self.api_key {
            body["api_key"] = serde_json::Value::String(key.clone());
        }
        let response =
            self.client.post(format!("{}/translate", self.url)).json(&body).send().await.context("calling the translation server")?;
        let status = response.status();
        anyhow::ensure!(status.is_success(), "translation server answered {status}");
        Ok(response.json::<Translated>().await.context("reading the translation")?.translated_text)
    }
}

/// Machine-translates a public issue into its municipality's other languages, in the
/// background. Existing translations (a volunteer's especially) are kept.
pub fn translate_later(state: &AppState, issue_id: i64) {
    let Some(translator) = state.translator.clone() else { return };
    let state = state.clone();
    tokio::spawn(async move {
        if let Err(e) = machine_translate(&state, translator, issue_id).await {
            tracing::warn!(issue.id = issue_id, error = format!("{e:#}"), "machine translation failed");
        }
    });
}

async fn machine_translate(state: &AppState, translator: Arc<dyn MachineTranslator>, issue_id: i64) -> anyhow::Result<()> {
    let municipality_id: i64 =
        sqlx::query_scalar("SELECT municipality_id FROM issues WHERE id = $1").bind(issue_id).fetch_one(&state.db).await?;
    let m = db::municipalities::by_id(&state.db, municipality_id).await?.context("municipality")?;
    let issue = db::issues::by_id(&state.db, m.id, issue_id).await?.context("issue")?;
    for to in m.languages.iter().filter(|l| **l != issue.lang) {
        if db::translations::get(&state.db, issue_id, to).await?.is_some() {
            continue;
        }
        let title = translator.translate(&issue.title, &issue.lang, to).await?;
        let body = translator.translate(&issue.body, &issue.lang, to).await?;
        let t = NewTranslation {
            content_id: issue_id,
            lang: to,
            title: &title,
            body: &body,
            source: "machine",
            reviewed: false,
            translator_id: None,
        };
        db::translations::insert_machine(&state.db, &t).await?;
    }
    Ok(())
}

/// Refuses anyone who is not a translator of `m` (or a global admin).
pub async fn require_translator(state: &AppState, actor: &User, m: &Municipality) -> Result<()> {
    if actor.is_admin || db::roles::in_municipality(&state.db, actor.id, m.id).await?.contains(&Role::Translator) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Work for volunteers: published issues lacking a reviewed translation into one of the
/// municipality's languages, oldest first.
pub async fn queue(state: &AppState, actor: &User, m: &Municipality) -> Result<Vec<db::translations::Work>> {
    require_translator(state, actor, m).await?;
    Ok(db::translations::queue(&state.db, m.id, &m.languages, 100).await?)
}

/// Longest translated title and description, in characters (translations run longer).
const TITLE_CHARS: usize = 300;
const BODY_CHARS: usize = 10_000;

/// Saves a volunteer's translation of issue `id` into `lang`. Saving a machine translation
/// unchanged marks it reviewed; changing it makes it the volunteer's.
pub async fn save(state: &AppState, actor: &User, m: &Municipality, id: i64, lang: &str, title: &str, body: &str) -> Result<()> {
    require_translator(state, actor, m).await?;
    let issue = db::issues::by_id(&state.db, m.id, id).await?.filter(db::issues::Issue::is_public).ok_or(AppError::NotFound)?;
    if !m.languages.iter().any(|l| l == lang) || lang == issue.lang {
        return Err(AppError::NotFound);
    }
    let (title, body) = (title.trim(), body.trim().replace("\r\n", "\n"));
    let mut errors = FieldErrors::new();
    match title.chars().count() {
        0 => errors.add("title", "translation-required"),
        n if n > TITLE_CHARS => errors.add("title", "translation-too-long"),
        _ => {}
    }
    match body.chars().count() {
        0 => errors.add("body", "translation-required"),
        n if n > BODY_CHARS => errors.add("body", "translation-too-long"),
        _ => {}
    }
    errors.into_result(()).map_err(AppError::Validation)?;
    let existing = db::translations::get(&state.db, id, lang).await?;
    let unchanged_machine = existing.is_some_and(|t| t.is_machine() && t.title == title && t.body == body);
    let source = if unchanged_machine { "machine" } else { "human" };
    let t = NewTranslation { content_id: id, lang, title, body: &body, source, reviewed: true, translator_id: Some(actor.id) };
    db::translations::upsert(&state.db, &t).await?;
    tracing::info!(issue.id = id, lang, source, "translation saved");
    Ok(())
}

/// How a text is shown to a reader.
#[derive(Clone, Debug)]
pub struct Shown {
    /// Title as shown.
    pub title: String,
    /// Description as shown.
    pub body: String,
    /// Language of what is shown.
    pub lang: String,
    /// `None` for the original; `Some(true)` machine, `Some(false)` volunteer.
    pub machine: Option<bool>,
}

/// The text to show a reader of `reader_lang`: a translation into their language when one
/// exists (unless they asked for the original), else the original.
pub async fn shown(state: &AppState, issue: &db::issues::Issue, reader_lang: &str, original: bool) -> Result<Shown> {
    let original_text = || Shown { title: issue.title.clone(), body: issue.body.clone(), lang: issue.lang.clone(), machine: None };
    if original || reader_lang == issue.lang {
        return Ok(original_text());
    }
    Ok(match db::translations::get(&state.db, issue.id, reader_lang).await? {
        Some(t) => Shown { machine: Some(t.is_machine() && !t.reviewed), title: t.title, body: t.body, lang: t.lang },
        None => original_text(),
    })
}
