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
    db::{
        self,
        municipalities::Municipality,
        translations::{Kind, NewTranslation},
        users::User,
    },
    domain::{role::Role, text::clean},
    error::{AppError, FieldErrors, Result},
    state::AppState,
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

/// A text to translate, as written.
#[derive(Clone, Debug)]
pub struct Original {
    /// What it is.
    pub kind: Kind,
    /// Its id.
    pub id: i64,
    /// The issue it belongs to (itself for an issue; the point for a summary's texts).
    pub issue_id: i64,
    /// Title (empty for comments and answers).
    pub title: String,
    /// Text.
    pub body: String,
    /// Original language.
    pub lang: String,
}

impl Original {
    /// Where the text is read: its issue's page, or the point on "You said, we did".
    pub fn href(&self, slug: &str) -> String {
        if self.kind.of_issue() {
            format!("/m/{slug}/issues/{}", self.issue_id)
        } else {
            format!("/m/{slug}/said-did#point-{}", self.issue_id)
        }
    }

    /// A short fingerprint of the text as it is now. The translation form carries it, so a
    /// translation of a text that changed meanwhile (redacted, edited) is not saved over
    /// the new version.
    pub fn version(&self) -> String {
        use sha2::{Digest as _, Sha256};
        let digest = Sha256::new().chain_update(self.title.as_bytes()).chain_update([0]).chain_update(self.body.as_bytes()).finalize();
        digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
    }
}

/// A public text of municipality `m` (an issue anyone may read, an answer to one, a published
/// comment on one); `None` when there is no such text or it is not public.
pub async fn original(state: &AppState, m: &Municipality, kind: Kind, id: i64) -> Result<Option<Original>> {
    Ok(match kind {
        Kind::Issue => db::issues::by_id(&state.db, m.id, id).await?.filter(db::issues::Issue::is_public).map(|i| Original {
            kind,
            id,
            issue_id: id,
            title: i.title,
            body: i.body,
            lang: i.lang,
        }),
        Kind::Answer => match db::answers::by_id(&state.db, m.id, id).await? {
            Some(a) if public_issue(state, m, a.issue_id).await? => {
                Some(Original { kind, id, issue_id: a.issue_id, title: String::new(), body: a.body, lang: a.lang })
            }
            _ => None,
        },
        Kind::Comment => match db::comments::by_id(&state.db, m.id, id).await?.filter(db::comments::Comment::is_public) {
            Some(c) if public_issue(state, m, c.issue_id).await? => {
                Some(Original { kind, id, issue_id: c.issue_id, title: String::new(), body: c.body, lang: c.lang })
            }
            _ => None,
        },
        Kind::Recommendation => db::official::recommendation(&state.db, m.id, id).await?.map(|(point, title, body, lang)| Original {
            kind,
            id,
            issue_id: point,
            title,
            body,
            lang,
        }),
        Kind::OfficialResponse => db::official::point(&state.db, m.id, id).await?.and_then(|p| p.response).map(|r| Original {
            kind,
            id,
            issue_id: id,
            title: String::new(),
            body: r.reason,
            lang: r.lang,
        }),
        Kind::Progress => db::official::progress_by_id(&state.db, m.id, id).await?.map(|p| Original {
            kind,
            id,
            issue_id: p.point_id,
            title: String::new(),
            body: p.body,
            lang: p.lang,
        }),
    })
}

async fn public_issue(state: &AppState, m: &Municipality, id: i64) -> Result<bool> {
    Ok(db::issues::by_id(&state.db, m.id, id).await?.is_some_and(|i| i.is_public()))
}

/// Machine-translates a public text into its municipality's other languages, in the
/// background. Existing translations (a volunteer's especially) are kept.
pub fn translate_later(state: &AppState, m: &Municipality, kind: Kind, id: i64) {
    let Some(translator) = state.translator.clone() else { return };
    let (state, m) = (state.clone(), m.clone());
    tokio::spawn(async move {
        if let Err(e) = machine_translate(&state, &m, translator, kind, id).await {
            tracing::warn!(kind = kind.as_str(), id, error = format!("{e:#}"), "machine translation failed");
        }
    });
}

async fn machine_translate(
    state: &AppState,
    m: &Municipality,
    translator: Arc<dyn MachineTranslator>,
    kind: Kind,
    id: i64,
) -> anyhow::Result<()> {
    let Some(text) = original(state, m, kind, id).await? else { return Ok(()) };
    for to in m.languages.iter().filter(|l| **l != text.lang) {
        if db::translations::get(&state.db, kind, id, to).await?.is_some() {
            continue;
        }
        let title = if kind.has_title() { translator.translate(&text.title, &text.lang, to).await? } else { String::new() };
        let body = translator.translate(&text.body, &text.lang, to).await?;
        let t = NewTranslation {
            kind,
            content_id: id,
            lang: to,
            title: &title,
            body: &body,
            source: "machine",
            reviewed: false,
            translator_id: None,
        };
        // Stored only if the original is still what was translated (a redaction meanwhile
        // must not be undone by a slow translation server).
        db::translations::insert_machine(&state.db, &t, &text.title, &text.body).await?;
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

/// Work for volunteers: public issues, answers and comments lacking a reviewed translation into one of the
/// municipality's languages, oldest first.
pub async fn queue(state: &AppState, actor: &User, m: &Municipality) -> Result<Vec<db::translations::Work>> {
    require_translator(state, actor, m).await?;
    Ok(db::translations::queue(&state.db, m.id, &m.languages, 100).await?)
}

/// Longest translated title and description, in characters (translations run longer).
const TITLE_CHARS: usize = 300;
const BODY_CHARS: usize = 10_000;

/// A volunteer's translation as submitted.
pub struct Submitted<'a> {
    /// Title (ignored for comments and answers).
    pub title: &'a str,
    /// Text.
    pub body: &'a str,
    /// [`Original::version`] of the text the volunteer translated.
    pub source: &'a str,
}

/// Saves a volunteer's translation of a text into `lang`. Saving a machine translation
/// unchanged marks it reviewed; changing it makes it the volunteer's. A translation of an
/// older version of the text (it was redacted or edited meanwhile) is refused, so the
/// volunteer checks it against the text as it is now.
pub async fn save(state: &AppState, actor: &User, m: &Municipality, kind: Kind, id: i64, lang: &str, f: &Submitted<'_>) -> Result<()> {
    require_translator(state, actor, m).await?;
    let text = original(state, m, kind, id).await?.ok_or(AppError::NotFound)?;
    let (title, body) = (f.title, f.body);
    if !m.languages.iter().any(|l| l == lang) || lang == text.lang {
        return Err(AppError::NotFound);
    }
    let title = if kind.has_title() { clean(title).replace('\n', " ") } else { String::new() };
    let title = title.as_str();
    let body = clean(body);
    let mut errors = FieldErrors::new();
    match title.chars().count() {
        0 if kind.has_title() => errors.add("title", "translation-required"),
        n if n > TITLE_CHARS => errors.add("title", "translation-too-long"),
        _ => {}
    }
    match body.chars().count() {
        0 => errors.add("body", "translation-required"),
        n if n > BODY_CHARS => errors.add("body", "translation-too-long"),
        _ => {}
    }
    if f.source != text.version() {
        errors.add("form", "translation-source-changed");
    }
    errors.into_result(()).map_err(AppError::Validation)?;
    let existing = db::translations::get(&state.db, kind, id, lang).await?;
    let unchanged_machine = existing.is_some_and(|t| t.is_machine() && t.title == title && t.body == body);
    let source = if unchanged_machine { "machine" } else { "human" };
    let t = NewTranslation { kind, content_id: id, lang, title, body: &body, source, reviewed: true, translator_id: Some(actor.id) };
    db::translations::upsert(&state.db, &t).await?;
    tracing::info!(kind = kind.as_str(), id, lang, source, "translation saved");
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

/// The text to show a reader of `reader_lang`: the translation into their language among
/// `translations` (unless they asked for the original), else the original.
pub fn shown(issue: &db::issues::Issue, translations: &[db::translations::Translation], reader_lang: &str, original: bool) -> Shown {
    let found = translations.iter().find(|t| t.kind == Kind::Issue && t.content_id == issue.id && t.lang == reader_lang);
    match found.filter(|_| !original && reader_lang != issue.lang) {
        Some(t) => {
            Shown { machine: Some(t.is_machine() && !t.reviewed), title: t.title.clone(), body: t.body.clone(), lang: t.lang.clone() }
        }
        None => Shown { title: issue.title.clone(), body: issue.body.clone(), lang: issue.lang.clone(), machine: None },
    }
}

/// Shows several body-only texts (comments, answers) of one `kind` to a reader, from
/// preloaded `translations`: `texts` are (id, original text, original language).
pub fn shown_many(
    kind: Kind,
    texts: &[(i64, &str, &str)],
    translations: &[db::translations::Translation],
    reader_lang: &str,
    original: bool,
) -> Vec<Shown> {
    texts
        .iter()
        .map(|(id, body, lang)| {
            let found = translations.iter().find(|t| t.kind == kind && t.content_id == *id && t.lang == reader_lang);
            match found.filter(|_| !original && *lang != reader_lang) {
                Some(t) => {
                    Shown { title: String::new(), body: t.body.clone(), lang: t.lang.clone(), machine: Some(t.is_machine() && !t.reviewed) }
                }
                None => Shown { title: String::new(), body: body.to_string(), lang: lang.to_string(), machine: None },
            }
        })
        .collect()
}
