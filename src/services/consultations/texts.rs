//! A consultation's texts in every language: volunteer translators (and the council) fill a
//! missing language, with machine translation to prefill the form for review (nothing a
//! machine wrote is stored as the consultation's text until a person saves it). Free-text
//! answers are machine-translated in the background for the council, like issues.

use std::collections::HashMap;

use crate::{
    db::{self, municipalities::Municipality, users::User},
    domain::{
        ballot::text_field,
        consultation::{INTRO_CHARS, Status, TITLE_CHARS},
        question::{CHOICE_CHARS, PROMPT_CHARS, Question, QuestionText},
        role::Role,
        text::clean,
    },
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

use super::ConsultationView;

/// Whether `actor` may write the texts of `m`'s consultations: translators, council members
/// and global admins.
pub async fn may_translate(state: &AppState, actor: &User, m: &Municipality) -> Result<bool> {
    if actor.is_admin {
        return Ok(true);
    }
    let roles = db::roles::in_municipality(&state.db, actor.id, m.id).await?;
    Ok(roles.contains(&Role::Translator) || super::super::ballots::manages(actor, &roles))
}

async fn require_translator(state: &AppState, actor: &User, m: &Municipality) -> Result<()> {
    if may_translate(state, actor, m).await? { Ok(()) } else { Err(AppError::Forbidden) }
}

/// Consultations of `m` (drafts and open ones) that lack a language, for the translators'
/// queue: the view of each, its missing languages listed.
pub async fn queue(state: &AppState, actor: &User, m: &Municipality, lang: &str) -> Result<Vec<ConsultationView>> {
    require_translator(state, actor, m).await?;
    let mut out = Vec::new();
    for listed in db::consultations::list(&state.db, m.id, lang, true).await? {
        if matches!(listed.consultation.status, Status::Draft | Status::Open) {
            let v = super::load(state, m, listed.consultation, lang).await?;
            if !v.missing.is_empty() {
                out.push(v);
            }
        }
    }
    Ok(out)
}

/// Loads a consultation to translate into `lang` (one of the municipality's languages).
pub async fn to_translate(state: &AppState, actor: &User, m: &Municipality, id: i64, lang: &str) -> Result<ConsultationView> {
    require_translator(state, actor, m).await?;
    if !m.languages.iter().any(|l| l == lang) {
        return Err(AppError::NotFound);
    }
    let c = db::consultations::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if !matches!(c.status, Status::Draft | Status::Open) {
        return Err(AppError::NotFound);
    }
    super::load(state, m, c, &m.default_language).await
}

/// The translation form's fields for one language: `title`, `intro`, and `prompt_<q>`,
/// `choices_<q>`, `low_<q>`, `high_<q>` per question id.
pub type TextsForm = HashMap<String, String>;

/// The form filled with what exists in `lang`.
pub fn existing(v: &ConsultationView, lang: &str) -> TextsForm {
    let mut f = TextsForm::new();
    if let Some(t) = v.texts.iter().find(|t| t.lang == lang) {
        f.insert("title".into(), t.title.clone());
        f.insert("intro".into(), t.intro.clone());
    }
    for q in &v.questions {
        if let Some(t) = q.texts.iter().find(|t| t.lang == lang) {
            fill_question(&mut f, q.id, t);
        }
    }
    f
}

fn fill_question(f: &mut TextsForm, id: i64, t: &QuestionText) {
    f.insert(text_field("prompt", &id.to_string()), t.prompt.clone());
    f.insert(text_field("choices", &id.to_string()), t.choices.join("\n"));
    f.insert(text_field("low", &id.to_string()), t.low.clone());
    f.insert(text_field("high", &id.to_string()), t.high.clone());
}

/// The form prefilled by machine translation from `from` into `lang`, for a person to review;
/// `None` when no machine translation is configured. What exists in `lang` is kept.
pub async fn prefill(state: &AppState, v: &ConsultationView, from: &str, lang: &str) -> Result<Option<TextsForm>> {
    let Some(mt) = state.translator.clone() else { return Ok(None) };
    let mut f = existing(v, lang);
    let put = async |f: &mut TextsForm, key: String, text: &str| -> Result<()> {
        if f.get(&key).is_none_or(|v| v.trim().is_empty()) && !text.is_empty() {
            let out = mt.translate(text, from, lang).await.map_err(AppError::Internal)?;
            f.insert(key, out);
        }
        Ok(())
    };
    if let Some(t) = v.texts.iter().find(|t| t.lang == from) {
        put(&mut f, "title".into(), &t.title).await?;
        put(&mut f, "intro".into(), &t.intro).await?;
    }
    for q in &v.questions {
        let Some(t) = q.texts.iter().find(|t| t.lang == from) else { continue };
        let id = q.id.to_string();
        put(&mut f, text_field("prompt", &id), &t.prompt).await?;
        put(&mut f, text_field("choices", &id), &t.choices.join("\n")).await?;
        put(&mut f, text_field("low", &id), &t.low).await?;
        put(&mut f, text_field("high", &id), &t.high).await?;
    }
    Ok(Some(f))
}

fn question_text(q: &Question, f: &TextsForm, lang: &str, errors: &mut FieldErrors) -> Option<QuestionText> {
    let id = q.id.to_string();
    let get = |k: &str| clean(f.get(&text_field(k, &id)).map_or("", |v| v.trim()));
    let prompt = get("prompt").replace('\n', " ");
    if prompt.is_empty() {
        return None;
    }
    let n = prompt.chars().count();
    if !PROMPT_CHARS.contains(&n) {
        errors.add(
            text_field("prompt", &id),
            if n < *PROMPT_CHARS.start() { "question-prompt-too-short" } else { "question-prompt-too-long" },
        );
    }
    let choices: Vec<String> = get("choices").lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    if choices.len() != q.choices {
        errors.add(text_field("choices", &id), "question-choices-count-differ");
    } else if choices.iter().any(|c| c.chars().count() > CHOICE_CHARS) {
        errors.add(text_field("choices", &id), "question-choice-too-long");
    }
    Some(QuestionText { lang: lang.to_string(), prompt, choices, low: get("low"), high: get("high") })
}

/// Saves the texts of consultation `id` in `lang`. Every question with a prompt must keep the
/// number of choices the others have; a question left empty stays missing.
pub async fn save(state: &AppState, actor: &User, m: &Municipality, id: i64, lang: &str, f: &TextsForm) -> Result<()> {
    let v = to_translate(state, actor, m, id, lang).await?;
    let mut errors = FieldErrors::new();
    let title = clean(f.get("title").map_or("", |v| v.trim())).replace('\n', " ");
    let intro = clean(f.get("intro").map_or("", |v| v.trim()));
    if !TITLE_CHARS.contains(&title.chars().count()) {
        errors.add("title", if title.is_empty() { "ballot-title-required" } else { "ballot-title-too-long" });
    }
    if intro.chars().count() > INTRO_CHARS {
        errors.add("intro", "ballot-description-too-long");
    }
    let questions: Vec<(i64, QuestionText)> =
        v.questions.iter().filter_map(|q| question_text(q, f, lang, &mut errors).map(|t| (q.id, t))).collect();
    errors.into_result(()).map_err(AppError::Validation)?;
    let mut tx = state.db.begin().await?;
    db::consultations::put_text(&mut tx, id, lang, &title, &intro).await?;
    for (qid, t) in &questions {
        db::consultations::put_question_text(&mut tx, *qid, t).await?;
    }
    tx.commit().await?;
    tracing::info!(consultation.id = id, lang, "consultation texts saved");
    Ok(())
}

/// Machine-translates a respondent's free-text answers into the municipality's other
/// languages, in the background (for the council; failures are logged without the text).
pub fn translate_replies_later(state: &AppState, m: &Municipality, consultation_id: i64, user_id: i64) {
    let Some(mt) = state.translator.clone() else { return };
    let (state, languages) = (state.clone(), m.languages.clone());
    tokio::spawn(async move {
        let run = async {
            for (answer, body, from) in db::responses::texts_of(&state.db, consultation_id, user_id).await? {
                for to in languages.iter().filter(|l| **l != from) {
                    let out = mt.translate(&body, &from, to).await?;
                    db::responses::insert_reply_translation(&state.db, answer, to, &out, &body).await?;
                }
            }
            anyhow::Ok(())
        };
        if let Err(e) = run.await {
            tracing::warn!(consultation.id = consultation_id, error = format!("{e:#}"), "machine translation of answers failed");
        }
    });
}
