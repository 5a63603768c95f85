//! The council's pages: a new consultation, and a draft's settings, texts and questions; then
//! opening, ending early, and publishing once it is counted.

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
        ballot::{format_datetime, text_field},
        consultation::{ConsultationForm, Demographic, Kind, Status},
        content_language::ContentLanguage,
        question::{Question, QuestionForm, QuestionKind},
    },
    error::{AppError, FieldErrors, Result},
    services::{self, consultations::ConsultationView},
    state::AppState,
    web::{SignedIn, ballots::manage::SettingsForm, ballots::pairs, municipality, render_with, see_other},
};

/// The settings form filled from a stored consultation.
fn form_of(v: &ConsultationView) -> ConsultationForm {
    let c = &v.consultation;
    let mut f = ConsultationForm::new();
    f.insert("kind".into(), c.kind.as_str().into());
    f.insert("opens_at".into(), format_datetime(c.opens_at));
    f.insert("closes_at".into(), format_datetime(c.closes_at));
    for (k, on) in [("verified_only", c.verified_only), ("open_statements", c.open_statements)] {
        if on {
            f.insert(k.into(), "on".into());
        }
    }
    for d in &c.demographics {
        f.insert(format!("ask_{}", d.as_str()), "on".into());
    }
    for t in &v.texts {
        f.insert(text_field("title", &t.lang), t.title.clone());
        f.insert(text_field("intro", &t.lang), t.intro.clone());
    }
    f
}

/// A question's form filled from the stored question.
fn question_form(q: &Question) -> QuestionForm {
    let mut f = QuestionForm::new();
    f.insert("kind".into(), q.kind.as_str().into());
    if q.required {
        f.insert("required".into(), "on".into());
    }
    for (k, n) in [("min_picks", q.min_picks), ("max_picks", q.max_picks), ("max_chars", q.max_chars)] {
        if n > 0 {
            f.insert(k.into(), n.to_string());
        }
    }
    for t in &q.texts {
        f.insert(text_field("prompt", &t.lang), t.prompt.clone());
        f.insert(text_field("choices", &t.lang), t.choices.join("\n"));
        f.insert(text_field("low", &t.lang), t.low.clone());
        f.insert(text_field("high", &t.lang), t.high.clone());
    }
    f
}

/// What the settings fields template needs besides the form.
pub struct Choices;

impl Choices {
    /// Both kinds.
    pub fn kinds(&self) -> [Kind; 2] {
        Kind::ALL
    }
    /// Every demographic question.
    pub fn demographics(&self) -> [Demographic; 4] {
        Demographic::ALL
    }
    /// Every question kind.
    pub fn question_kinds(&self) -> [QuestionKind; 5] {
        QuestionKind::ALL
    }
}

#[derive(Template)]
#[template(path = "consultations/new.html")]
struct NewPage {
    ctx: crate::web::Ctx,
    m: Municipality,
    s: SettingsForm,
    choices: Choices,
    editing: bool,
}

async fn manager(state: &AppState, user: &db::users::User, m: &Municipality) -> Result<()> {
    if services::consultations::may_manage(state, user, m).await? { Ok(()) } else { Err(AppError::Forbidden) }
}

/// The form for a new consultation.
pub async fn new(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    manager(&state, &user, &m).await?;
    let now = db::now();
    let mut form = ConsultationForm::new();
    form.insert("kind".into(), "questionnaire".into());
    form.insert("opens_at".into(), format_datetime(now - now % 3600 + 3600));
    form.insert("closes_at".into(), format_datetime(now - now % 3600 + 22 * 86400));
    form.insert("open_statements".into(), "on".into());
    let ctx = ctx.for_municipality(&m);
    let s = SettingsForm::new(&m, form, FieldErrors::new());
    Ok(render_with(StatusCode::OK, &NewPage { ctx, m, s, choices: Choices, editing: false }))
}

/// Creates a draft and goes on to its questions.
pub async fn create(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form: ConsultationForm = pairs(&body).into_iter().collect();
    match services::consultations::create(&state, &user, &m, &form).await {
        Ok(id) => Ok(see_other(&format!("/m/{}/consultations/{id}/manage", m.slug))),
        Err(AppError::Validation(errors)) => {
            let ctx = ctx.for_municipality(&m);
            let s = SettingsForm::new(&m, form, errors);
            Ok(render_with(StatusCode::UNPROCESSABLE_ENTITY, &NewPage { ctx, m, s, choices: Choices, editing: false }))
        }
        Err(e) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "consultations/manage.html")]
struct ManagePage {
    ctx: crate::web::Ctx,
    m: Municipality,
    v: ConsultationView,
    s: SettingsForm,
    choices: Choices,
    editing: bool,
    /// One form per stored question (the one that failed keeps its input), and the new one.
    questions: Vec<(Question, SettingsForm)>,
    q: SettingsForm,
    open_errors: FieldErrors,
    notice: Option<&'static str>,
}

impl ManagePage {
    fn lang_name(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).name()
    }
    fn dir(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).dir()
    }
    fn when(&self, t: &i64) -> String {
        crate::web::ballots::when(*t)
    }
    fn is_draft(&self) -> bool {
        self.v.consultation.status == Status::Draft
    }
    fn is_open(&self) -> bool {
        self.v.consultation.status == Status::Open
    }
    fn is_closed(&self) -> bool {
        self.v.consultation.status == Status::Closed
    }
    fn numbers(&self, list: &[u32]) -> String {
        list.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
    }
    fn prompt(&self, q: &Question) -> String {
        q.text(self.ctx.tr.lang(), &self.m.default_language).map(|t| t.prompt.clone()).unwrap_or_default()
    }
}

/// What the manage page shows besides the consultation.
#[derive(Default)]
struct Extras {
    s: Option<SettingsForm>,
    /// A question form that failed: the question (None: the new one) and its form.
    q: Option<(Option<i64>, SettingsForm)>,
    open_errors: FieldErrors,
    notice: Option<&'static str>,
}

async fn manage_page(state: &AppState, ctx: crate::web::Ctx, m: Municipality, id: i64, x: Extras) -> Result<Response> {
    let ctx = ctx.for_municipality(&m);
    let user = ctx.user.clone().ok_or(AppError::Unauthorized)?;
    manager(state, &user, &m).await?;
    let v = services::consultations::view(state, Some(&user), &m, id, ctx.tr.lang()).await?;
    let failed = x.s.is_some() || x.q.is_some() || !x.open_errors.is_empty();
    let s = x.s.unwrap_or_else(|| SettingsForm::new(&m, form_of(&v), FieldErrors::new()));
    let (mut failed_q, mut new_q) = (None, None);
    match x.q {
        Some((Some(qid), f)) => failed_q = Some((qid, f)),
        Some((None, f)) => new_q = Some(f),
        None => {}
    }
    let questions = v
        .questions
        .iter()
        .map(|q| {
            let f = match failed_q.take_if(|(qid, _)| *qid == q.id) {
                Some((_, f)) => f,
                None => SettingsForm::new(&m, question_form(q), FieldErrors::new()),
            };
            (q.clone(), f)
        })
        .collect();
    let mut blank = QuestionForm::new();
    blank.insert("kind".into(), "single".into());
    let q = new_q.unwrap_or_else(|| SettingsForm::new(&m, blank, FieldErrors::new()));
    let status = if failed { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = ManagePage { ctx, m, v, s, choices: Choices, editing: true, questions, q, open_errors: x.open_errors, notice: x.notice };
    Ok(render_with(status, &page))
}

/// Notices the manage page may show (anything else in the query is ignored).
const NOTICES: [&str; 5] =
    ["consultation-saved", "consultation-question-added", "consultation-opened", "consultation-closed", "consultation-texts-saved"];

/// A consultation's manage page.
pub async fn page(
    State(state): State<AppState>,
    SignedIn(_, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    crate::web::query::Query(q): crate::web::query::Query<crate::web::ballots::manage::NoticeQuery>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let notice = q.notice().and_then(|n| NOTICES.iter().find(|x| **x == n).copied());
    manage_page(&state, ctx, m, id, Extras { notice, ..Extras::default() }).await
}

fn back(m: &Municipality, id: i64, notice: &str) -> Response {
    see_other(&format!("/m/{}/consultations/{id}/manage?notice={notice}", m.slug))
}

/// Saves a draft's settings and texts.
pub async fn save_settings(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form: ConsultationForm = pairs(&body).into_iter().collect();
    match services::consultations::update(&state, &user, &m, id, &form).await {
        Ok(()) => Ok(back(&m, id, "consultation-saved")),
        Err(AppError::Validation(errors)) => {
            let s = SettingsForm::new(&m, form, errors);
            manage_page(&state, ctx, m, id, Extras { s: Some(s), ..Extras::default() }).await
        }
        Err(e) => Err(e),
    }
}

/// Adds a question.
pub async fn add_question(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form: QuestionForm = pairs(&body).into_iter().collect();
    match services::consultations::add_question(&state, &user, &m, id, &form).await {
        Ok(_) => Ok(back(&m, id, "consultation-question-added")),
        Err(AppError::Validation(errors)) => {
            let q = (None, SettingsForm::new(&m, form, errors));
            manage_page(&state, ctx, m, id, Extras { q: Some(q), ..Extras::default() }).await
        }
        Err(e) => Err(e),
    }
}

/// Saves a question.
pub async fn save_question(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id, question)): Path<(String, i64, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form: QuestionForm = pairs(&body).into_iter().collect();
    match services::consultations::update_question(&state, &user, &m, id, question, &form).await {
        Ok(()) => Ok(back(&m, id, "consultation-saved")),
        Err(AppError::Validation(errors)) => {
            let q = (Some(question), SettingsForm::new(&m, form, errors));
            manage_page(&state, ctx, m, id, Extras { q: Some(q), ..Extras::default() }).await
        }
        Err(e) => Err(e),
    }
}

/// Removes a question.
pub async fn remove_question(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id, question)): Path<(String, i64, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    services::consultations::remove_question(&state, &user, &m, id, question).await?;
    Ok(back(&m, id, "consultation-saved"))
}

/// Opens a complete draft.
pub async fn open(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    match services::consultations::open(&state, &user, &m, id).await {
        Ok(()) => Ok(back(&m, id, "consultation-opened")),
        Err(AppError::Validation(errors)) => manage_page(&state, ctx, m, id, Extras { open_errors: errors, ..Extras::default() }).await,
        Err(e) => Err(e),
    }
}

/// Deletes a draft.
pub async fn delete(State(state): State<AppState>, SignedIn(user, _): SignedIn, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    services::consultations::delete(&state, &user, &m, id).await?;
    Ok(see_other(&format!("/m/{}/consultations", m.slug)))
}

/// Ends an open consultation now and counts it.
pub async fn close(State(state): State<AppState>, SignedIn(user, _): SignedIn, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    services::consultations::results::close_now(&state, &user, &m, id).await?;
    Ok(back(&m, id, "consultation-closed"))
}

/// Publishes a counted consultation's results.
pub async fn publish(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    services::consultations::results::publish(&state, &user, &m, id).await?;
    Ok(see_other(&format!("/m/{}/consultations/{id}/results", m.slug)))
}
