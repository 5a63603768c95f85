//! The consultation page: what it is about, and for a questionnaire the answering form, kept
//! as typed when something is missing, savable to resume and changeable until closing.

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};

use crate::{
    db::{self, municipalities::Municipality},
    domain::{
        consultation::{Demographic, Status},
        content_language::ContentLanguage,
        question::{Question, QuestionKind, QuestionText, SCALE},
        response::{self, Intent, field_of, rank_field},
    },
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        consultations::{answer::Answering, statements::Turn},
    },
    state::AppState,
    web::{Ctx, SignedIn, ballots::pairs, municipality, render_with},
};

#[derive(Template)]
#[template(path = "consultations/show.html")]
struct ShowPage {
    ctx: Ctx,
    m: Municipality,
    a: Answering,
    manager: bool,
    /// The form as typed or stored.
    filled: Vec<(String, String)>,
    errors: FieldErrors,
    /// A notice after an action (message id).
    notice: Option<&'static str>,
    /// Statement rounds: the participant's next statement and progress.
    turn: Option<Turn>,
    /// A statement as typed, and why it was refused.
    statement: (String, FieldErrors),
}

impl ShowPage {
    fn dir(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).dir()
    }
    fn when(&self, t: &i64) -> String {
        crate::web::ballots::when(*t)
    }
    fn text(&self, q: &Question) -> QuestionText {
        q.text(self.ctx.tr.lang(), &self.m.default_language).cloned().unwrap_or(QuestionText {
            lang: self.m.default_language.clone(),
            prompt: String::new(),
            choices: Vec::new(),
            low: String::new(),
            high: String::new(),
        })
    }
    fn name(&self, q: &Question) -> String {
        field_of(q.id)
    }
    fn rank_name(&self, q: &Question, c: &usize) -> String {
        rank_field(q.id, *c)
    }
    /// The id of a question's `c`th input: the first carries the question's field name, so
    /// that the error summary's link lands on it.
    fn input_id(&self, name: &str, c: &usize) -> String {
        if *c == 0 { name.to_string() } else { format!("{name}-{c}") }
    }
    fn scale_id(&self, name: &str, p: &u8) -> String {
        self.input_id(name, &(p.saturating_sub(1) as usize))
    }
    fn if_first(&self, c: &usize, first: &str, other: &str) -> String {
        if *c == 0 { first.to_string() } else { other.to_string() }
    }
    fn has(&self, name: &str, value: &str) -> bool {
        self.filled.iter().any(|(k, v)| k == name && v == value)
    }
    fn val(&self, name: &str) -> &str {
        self.filled.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }
    fn err(&self, q: &Question) -> Option<&'static str> {
        self.errors.get(&field_of(q.id))
    }
    /// What an error in the summary is about: the question's number and prompt, or the
    /// demographic question (so that several links do not read the same).
    fn error_label(&self, field: &str) -> String {
        if let Some(q) =
            field.strip_prefix('q').and_then(|id| id.parse::<i64>().ok()).and_then(|id| self.a.view.questions.iter().find(|q| q.id == id))
        {
            return format!("{}. {}", q.position + 1, self.text(q).prompt);
        }
        match field.strip_prefix("d_").and_then(|d| Demographic::parse(d.trim_end_matches("_self"))) {
            Some(d) => self.ctx.tr.t(d.message_id()),
            None => field.to_string(),
        }
    }
    fn derr(&self, d: &Demographic) -> Option<&'static str> {
        self.errors.get(&format!("d_{}", d.as_str()))
    }
    fn is_choice(&self, q: &Question) -> bool {
        matches!(q.kind, QuestionKind::Single | QuestionKind::Multiple)
    }
    fn is_multiple(&self, q: &Question) -> bool {
        q.kind == QuestionKind::Multiple
    }
    fn is_scale(&self, q: &Question) -> bool {
        q.kind == QuestionKind::Scale
    }
    fn is_ranking(&self, q: &Question) -> bool {
        q.kind == QuestionKind::Ranking
    }
    fn open_now(&self) -> bool {
        self.a.view.consultation.takes_answers(db::now())
    }
    fn input_type(&self, q: &Question) -> &'static str {
        if q.kind == QuestionKind::Multiple { "checkbox" } else { "radio" }
    }
    fn scale(&self) -> Vec<u8> {
        SCALE.collect()
    }
    fn ranks(&self, q: &Question) -> Vec<usize> {
        (1..=q.choices).collect()
    }
    fn demographic_label(&self, d: &Demographic, value: &str) -> String {
        if *d == Demographic::Language && value != "other" {
            ContentLanguage::of(value).name().to_string()
        } else {
            self.ctx.tr.t(&format!("demographic-{}-{value}", d.as_str()))
        }
    }
    fn can_answer(&self) -> bool {
        self.ctx.user.is_some() && self.a.refusal.is_none() && self.open_now()
    }
    fn handed_in(&self) -> Option<i64> {
        self.a.own.as_ref().and_then(|o| o.submitted_at)
    }
    fn is_questionnaire(&self) -> bool {
        !self.a.view.is_statements()
    }
    fn statement_error(&self) -> Option<&'static str> {
        self.statement.1.get("body")
    }
    fn may_add_statement(&self) -> bool {
        self.a.view.consultation.open_statements && self.can_answer()
    }
    fn is_published(&self) -> bool {
        self.a.view.consultation.status == Status::Published
    }
}

/// What the page shows besides the consultation.
#[derive(Default)]
struct Extras {
    typed: Option<Vec<(String, String)>>,
    errors: FieldErrors,
    notice: Option<&'static str>,
    statement: (String, FieldErrors),
}

async fn show_page(state: &AppState, ctx: Ctx, m: Municipality, id: i64, x: Extras) -> Result<Response> {
    let ctx = ctx.for_municipality(&m);
    let a = services::consultations::answer::answering(state, ctx.user.as_ref(), &m, id, ctx.tr.lang()).await?;
    let manager = match &ctx.user {
        Some(u) => services::consultations::may_manage(state, u, &m).await?,
        None => false,
    };
    let turn = match &ctx.user {
        Some(u) if a.view.is_statements() && a.refusal.is_none() => {
            Some(services::consultations::statements::turn(state, u, &a.view.consultation, ctx.tr.lang()).await?)
        }
        _ => None,
    };
    let filled = x.typed.unwrap_or_else(|| a.own.as_ref().map(|o| response::to_pairs(&a.view.questions, &o.answers)).unwrap_or_default());
    let failed = !x.errors.is_empty() || !x.statement.1.is_empty();
    let status = if failed { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = ShowPage { ctx, m, a, manager, filled, errors: x.errors, notice: x.notice, turn, statement: x.statement };
    Ok(render_with(status, &page))
}

/// Notices the page may show after an action (anything else in the query is ignored).
const NOTICES: [&str; 3] = ["statement-reacted", "statement-added", "statement-pending"];

/// The consultation page.
pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((slug, id)): Path<(String, i64)>,
    crate::web::query::Query(q): crate::web::query::Query<crate::web::ballots::manage::NoticeQuery>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let notice = q.notice().and_then(|n| NOTICES.iter().find(|x| **x == n).copied());
    show_page(&state, ctx, m, id, Extras { notice, ..Extras::default() }).await
}

/// The page again with a refused statement, its text kept and the reason beside it.
pub async fn statement_refused(
    state: &AppState,
    ctx: Ctx,
    m: Municipality,
    id: i64,
    text: String,
    errors: FieldErrors,
) -> Result<Response> {
    show_page(state, ctx, m, id, Extras { statement: (text, errors), ..Extras::default() }).await
}

/// Saves or hands in answers; the page comes back with what was typed and, when something is
/// missing or wrong, a message at each question concerned.
pub async fn respond(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = pairs(&body);
    let intent = if form.iter().any(|(k, v)| k == "action" && v == "save") { Intent::Save } else { Intent::Submit };
    let lang = ctx.clone().for_municipality(&m).tr.lang();
    match services::consultations::answer::respond(&state, &user, &m, id, lang, &form, intent).await {
        Ok(Intent::Save) => show_page(&state, ctx, m, id, Extras { notice: Some("response-saved"), ..Extras::default() }).await,
        Ok(Intent::Submit) => show_page(&state, ctx, m, id, Extras { notice: Some("response-handed-in"), ..Extras::default() }).await,
        Err(AppError::Validation(errors)) => show_page(&state, ctx, m, id, Extras { typed: Some(form), errors, ..Extras::default() }).await,
        Err(e) => Err(e),
    }
}
