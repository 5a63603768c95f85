//! Results of a questionnaire, protected: counts and shares per question, one breakdown at a
//! time (by a demographic question or the language answered in), the CSV of the same, and the
//! free-text answers for the council and moderators, with their translations and themes.

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};

use crate::{
    db::municipalities::Municipality,
    disclosure::Cell,
    domain::{
        consultation::Demographic,
        content_language::ContentLanguage,
        question::{Question, QuestionKind},
    },
    error::{AppError, Result},
    services::{
        self,
        consultations::{
            ConsultationView,
            results::{self as counted, BY_ANSWER_LANGUAGE, FreeTexts, Shown, ShownBreakdown, Tally},
        },
    },
    state::AppState,
    web::{Ctx, SignedIn, ballots::pairs, municipality, render, see_other},
};

/// `?by=`: the breakdown asked for.
#[derive(serde::Deserialize)]
pub struct By {
    by: Option<String>,
}

/// One question on the results page.
struct Row {
    question: Question,
    shown: Shown,
    breakdown: Option<ShownBreakdown>,
}

#[derive(Template)]
#[template(path = "consultations/results.html")]
struct ResultsPage {
    ctx: Ctx,
    m: Municipality,
    v: ConsultationView,
    respondents: Cell,
    rows: Vec<Row>,
    /// The breakdowns one may ask for: `(key, label)`.
    choices: Vec<(String, String)>,
    by: Option<String>,
    by_label: String,
}

impl ResultsPage {
    fn dir(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).dir()
    }
    fn prompt(&self, q: &Question) -> (String, String) {
        q.text(self.ctx.tr.lang(), &self.m.default_language).map(|t| (t.lang.clone(), t.prompt.clone())).unwrap_or_default()
    }
    fn label(&self, q: &Question, i: &usize) -> String {
        match q.kind {
            QuestionKind::Scale => {
                let t = q.text(self.ctx.tr.lang(), &self.m.default_language);
                match (i, t) {
                    (0, Some(t)) if !t.low.is_empty() => format!("1 · {}", t.low),
                    (4, Some(t)) if !t.high.is_empty() => format!("5 · {}", t.high),
                    _ => (i + 1).to_string(),
                }
            }
            _ => q.text(self.ctx.tr.lang(), &self.m.default_language).and_then(|t| t.choices.get(*i).cloned()).unwrap_or_default(),
        }
    }
    fn labels(&self, q: &Question) -> Vec<String> {
        (0..q.cells()).map(|i| self.label(q, &i)).collect()
    }
    fn cell(&self, c: &Cell) -> String {
        match c.shown() {
            Some(n) => n.to_string(),
            None => self.ctx.tr.t("results-hidden"),
        }
    }
    fn pct(&self, p: &Option<u64>) -> String {
        p.map(|p| self.ctx.tr.t1("results-percent", "n", p)).unwrap_or_default()
    }
    fn width(&self, p: &Option<u64>) -> u64 {
        p.unwrap_or(0).min(100)
    }
    fn group(&self, g: &str) -> String {
        group_label(&self.ctx, self.by.as_deref().unwrap_or(""), g)
    }
    fn is_text(&self, q: &Question) -> bool {
        q.kind == QuestionKind::Text
    }
    fn is_ranking(&self, q: &Question) -> bool {
        q.kind == QuestionKind::Ranking
    }
}

/// The reader's name of a breakdown group.
fn group_label(ctx: &Ctx, by: &str, g: &str) -> String {
    match (by, g) {
        (_, "") => ctx.tr.t("results-not-given"),
        (_, "other") => ctx.tr.t("demographic-language-other"),
        (BY_ANSWER_LANGUAGE, lang) | ("language", lang) => ContentLanguage::of(lang).name().to_string(),
        (by, g) => ctx.tr.t(&format!("demographic-{by}-{g}")),
    }
}

fn by_label(ctx: &Ctx, by: &str) -> String {
    match Demographic::parse(by) {
        Some(d) => ctx.tr.t(d.message_id()),
        None => ctx.tr.t("results-by-answer-language"),
    }
}

async fn counted_view(state: &AppState, ctx: &Ctx, m: &Municipality, id: i64) -> Result<(ConsultationView, Tally)> {
    let v = services::consultations::view(state, ctx.user.as_ref(), m, id, ctx.tr.lang()).await?;
    let tally = counted::tally_of(&v.consultation).ok_or(AppError::NotFound)?;
    Ok((v, tally))
}

/// The results page of a closed (council only) or published questionnaire.
pub async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    crate::web::query::Query(q): crate::web::query::Query<By>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let v = services::consultations::view(&state, ctx.user.as_ref(), &m, id, ctx.tr.lang()).await?;
    if v.is_statements() {
        return super::statements::page(&state, ctx, m, v).await;
    }
    let tally = counted::tally_of(&v.consultation).ok_or(AppError::NotFound)?;
    let keys: Vec<String> = v.consultation.demographics.iter().map(|d| d.as_str().to_string()).chain([BY_ANSWER_LANGUAGE.into()]).collect();
    let by = q.by.filter(|b| keys.contains(b));
    let rows = v
        .questions
        .iter()
        .zip(&tally.questions)
        .map(|(question, t)| Row {
            shown: counted::shown(question.kind, t),
            breakdown: by.as_deref().and_then(|b| counted::breakdown(question.kind, t, b)),
            question: question.clone(),
        })
        .collect();
    let choices = keys.iter().map(|k| (k.clone(), by_label(&ctx, k))).collect();
    let by_label = by.as_deref().map(|b| by_label(&ctx, b)).unwrap_or_default();
    let respondents = counted::respondents(&tally);
    Ok(render(&ResultsPage { ctx, m, v, respondents, rows, choices, by, by_label }))
}

/// The protected results as CSV.
pub async fn csv(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let (v, tally) = counted_view(&state, &ctx, &m, id).await?;
    let body = counted::csv(&v.questions, &tally, ctx.tr.lang(), &m.default_language);
    let name = format!("attachment; filename=\"consultation-{id}-results.csv\"");
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, name)], body).into_response())
}

#[derive(Template)]
#[template(path = "consultations/texts.html")]
struct TextsPage {
    ctx: Ctx,
    m: Municipality,
    v: ConsultationView,
    texts: FreeTexts,
}

impl TextsPage {
    fn dir(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).dir()
    }
    fn prompt(&self, q: &Question) -> String {
        q.text(self.ctx.tr.lang(), &self.m.default_language).map(|t| t.prompt.clone()).unwrap_or_default()
    }
    fn tagged(&self, themes: &[i64], id: &i64) -> bool {
        themes.contains(id)
    }
}

/// The free-text answers (council members and moderators only), in the reader's language
/// where a translation exists, with the themes given to each.
pub async fn free_texts(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let texts = services::consultations::results::free_texts(&state, &user, &m, id, ctx.tr.lang()).await?;
    let v = services::consultations::view(&state, Some(&user), &m, id, ctx.tr.lang()).await?;
    Ok(render(&TextsPage { ctx, m, v, texts }))
}

/// Gives a free-text answer its themes (for the summary).
pub async fn tag(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id, answer)): Path<(String, i64, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let themes: Vec<i64> = pairs(&body).into_iter().filter(|(k, _)| k == "theme").filter_map(|(_, v)| v.parse().ok()).collect();
    services::consultations::results::tag(&state, &user, &m, id, answer, &themes).await?;
    Ok(see_other(&format!("/m/{}/consultations/{id}/texts#a{answer}", m.slug)))
}
