//! Filling a missing language of a consultation: the texts of another language beside empty
//! (or machine-prefilled) fields, for translators and the council.

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};

use crate::{
    db::municipalities::Municipality,
    domain::{ballot::text_field, content_language::ContentLanguage, question::Question},
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        consultations::{ConsultationView, texts::TextsForm},
    },
    state::AppState,
    web::{SignedIn, ballots::pairs, municipality, render_with, see_other},
};

#[derive(Template)]
#[template(path = "consultations/translate.html")]
struct TranslatePage {
    ctx: crate::web::Ctx,
    m: Municipality,
    v: ConsultationView,
    /// The language written.
    lang: String,
    /// The language shown beside it.
    from: String,
    form: TextsForm,
    errors: FieldErrors,
    machine: bool,
    prefilled: bool,
}

impl TranslatePage {
    fn dir(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).dir()
    }
    fn lang_name(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).name()
    }
    fn val(&self, name: &str) -> &str {
        self.form.get(name).map_or("", String::as_str)
    }
    fn qname(&self, kind: &str, q: &Question) -> String {
        text_field(kind, &q.id.to_string())
    }
    fn source(&self, q: &Question) -> Option<crate::domain::question::QuestionText> {
        q.texts.iter().find(|t| t.lang == self.from).cloned()
    }
    fn source_title(&self) -> (String, String) {
        self.v.texts.iter().find(|t| t.lang == self.from).map(|t| (t.title.clone(), t.intro.clone())).unwrap_or_default()
    }
    fn err(&self, name: &str) -> Option<&'static str> {
        self.errors.get(name)
    }
}

/// The language shown beside: the default language when it is there, else any other.
fn source_lang(v: &ConsultationView, m: &Municipality, lang: &str) -> String {
    let has = |l: &str| v.texts.iter().any(|t| t.lang == l);
    if has(&m.default_language) && m.default_language != lang {
        return m.default_language.clone();
    }
    v.texts.iter().map(|t| t.lang.clone()).find(|l| l != lang).unwrap_or_else(|| m.default_language.clone())
}

async fn page(
    state: &AppState,
    ctx: crate::web::Ctx,
    m: Municipality,
    id: i64,
    lang: &str,
    x: (Option<TextsForm>, FieldErrors, bool),
) -> Result<Response> {
    let ctx = ctx.for_municipality(&m);
    let user = ctx.user.clone().ok_or(AppError::Unauthorized)?;
    let v = services::consultations::texts::to_translate(state, &user, &m, id, lang).await?;
    let from = source_lang(&v, &m, lang);
    let (form, errors, prefilled) = x;
    let form = form.unwrap_or_else(|| services::consultations::texts::existing(&v, lang));
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let machine = state.translator.is_some();
    Ok(render_with(status, &TranslatePage { ctx, m, v, lang: lang.to_string(), from, form, errors, machine, prefilled }))
}

/// The translation form for one language.
pub async fn form(
    State(state): State<AppState>,
    SignedIn(_, ctx): SignedIn,
    Path((slug, id, lang)): Path<(String, i64, String)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    page(&state, ctx, m, id, &lang, (None, FieldErrors::new(), false)).await
}

/// Saves the texts of one language.
pub async fn save(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id, lang)): Path<(String, i64, String)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form: TextsForm = pairs(&body).into_iter().collect();
    match services::consultations::texts::save(&state, &user, &m, id, &lang, &form).await {
        Ok(()) => {
            let manager = services::consultations::may_manage(&state, &user, &m).await?;
            let to = if manager {
                format!("/m/{}/consultations/{id}/manage?notice=consultation-texts-saved", m.slug)
            } else {
                "/translate".into()
            };
            Ok(see_other(&to))
        }
        Err(AppError::Validation(errors)) => page(&state, ctx, m, id, &lang, (Some(form), errors, false)).await,
        Err(e) => Err(e),
    }
}

/// The form again, prefilled by machine translation for review (nothing is saved).
pub async fn prefill(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id, lang)): Path<(String, i64, String)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let v = services::consultations::texts::to_translate(&state, &user, &m, id, &lang).await?;
    let from = source_lang(&v, &m, &lang);
    let form = services::consultations::texts::prefill(&state, &v, &from, &lang).await?;
    let prefilled = form.is_some();
    page(&state, ctx, m, id, &lang, (form, FieldErrors::new(), prefilled)).await
}
