//! Consultations: questionnaires and statement rounds. Council members (and global admins)
//! prepare one as a draft in every language of the municipality and open it; residents answer
//! ([`answer`]) or add and react to statements ([`statements`]); it closes at its closing
//! time without anyone acting, and the council publishes the results ([`results`]), which are
//! only ever shown aggregated with small cells hidden. Translators fill missing languages
//! ([`texts`]).

pub mod answer;
pub mod map;
pub mod results;
pub mod statements;
pub mod texts;

use crate::{
    db::{self, municipalities::Municipality, users::User},
    domain::{
        consultation::{Consultation, ConsultationForm, ConsultationSettings, ConsultationText, Kind, MAX_QUESTIONS, Status},
        question::{Question, QuestionDraft, QuestionForm},
    },
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// Whether `actor` prepares, opens and publishes the consultations of `m` (the same people as
/// for ballots: council members and global admins).
pub async fn may_manage(state: &AppState, actor: &User, m: &Municipality) -> Result<bool> {
    super::ballots::may_manage(state, actor, m).await
}

async fn require_manager(state: &AppState, actor: &User, m: &Municipality) -> Result<()> {
    if may_manage(state, actor, m).await? { Ok(()) } else { Err(AppError::Forbidden) }
}

/// Records a council action on consultation `id` in the audit log.
pub(crate) async fn audit(conn: &mut sqlx::AnyConnection, action: &'static str, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    let detail = format!("consultation {id}");
    db::audit::record(&mut *conn, &db::audit::Entry::new(action).by(actor.id).municipality(m.id).detail(&detail)).await?;
    Ok(())
}

/// What is missing in one language before a consultation can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    /// The language.
    pub lang: String,
    /// The title is missing.
    pub title: bool,
    /// Numbers (from 1) of the questions without a text in this language.
    pub questions: Vec<u32>,
}

/// A consultation as its pages show it.
#[derive(Clone, Debug)]
pub struct ConsultationView {
    /// Settings and state.
    pub consultation: Consultation,
    /// Its texts in every language it has.
    pub texts: Vec<ConsultationText>,
    /// The text in the reader's language, else the default language's, else the first.
    pub text: ConsultationText,
    /// The questions in order.
    pub questions: Vec<Question>,
    /// What is missing per language (empty when complete).
    pub missing: Vec<Missing>,
}

impl ConsultationView {
    /// Whether it is a statement round.
    pub fn is_statements(&self) -> bool {
        self.consultation.kind == Kind::Statements
    }
}

/// Builds the view of a loaded consultation.
pub fn assemble(m: &Municipality, c: Consultation, texts: Vec<ConsultationText>, questions: Vec<Question>, lang: &str) -> ConsultationView {
    let text = texts
        .iter()
        .find(|t| t.lang == lang)
        .or_else(|| texts.iter().find(|t| t.lang == m.default_language))
        .or_else(|| texts.first())
        .cloned()
        .unwrap_or(ConsultationText { lang: m.default_language.clone(), title: String::new(), intro: String::new() });
    let missing = m
        .languages
        .iter()
        .map(|l| Missing {
            lang: l.clone(),
            title: !texts.iter().any(|t| &t.lang == l && !t.title.is_empty()),
            questions: questions.iter().filter(|q| !q.texts.iter().any(|t| &t.lang == l)).map(|q| q.position + 1).collect(),
        })
        .filter(|x| x.title || !x.questions.is_empty())
        .collect();
    ConsultationView { consultation: c, texts, text, questions, missing }
}

/// Loads consultation `id` of `m` for a reader. Drafts and closed-but-unpublished ones exist
/// only for those who manage consultations.
pub async fn view(state: &AppState, reader: Option<&User>, m: &Municipality, id: i64, lang: &str) -> Result<ConsultationView> {
    let c = db::consultations::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if matches!(c.status, Status::Draft | Status::Closed) {
        let manager = match reader {
            Some(u) => may_manage(state, u, m).await?,
            None => false,
        };
        if !manager {
            return Err(AppError::NotFound);
        }
    }
    load(state, m, c, lang).await
}

async fn load(state: &AppState, m: &Municipality, c: Consultation, lang: &str) -> Result<ConsultationView> {
    let texts = db::consultations::texts(&state.db, c.id).await?;
    let questions = db::consultations::questions(&state.db, c.id).await?;
    Ok(assemble(m, c, texts, questions, lang))
}

/// The consultations of `m` a reader may see, newest first: drafts and closed-unpublished
/// ones only for a `manager`.
pub async fn list(state: &AppState, manager: bool, m: &Municipality, lang: &str) -> Result<Vec<db::consultations::Listed>> {
    Ok(db::consultations::list(&state.db, m.id, lang, manager).await?)
}

/// Creates a draft.
pub async fn create(state: &AppState, actor: &User, m: &Municipality, form: &ConsultationForm) -> Result<i64> {
    require_manager(state, actor, m).await?;
    let settings = ConsultationSettings::parse(form, &m.languages, None).map_err(AppError::Validation)?;
    let mut tx = state.db.begin().await?;
    let id = db::consultations::insert(&mut tx, m.id, &settings, actor.id).await?;
    audit(&mut tx, "consultation.create", actor, m, id).await?;
    tx.commit().await?;
    tracing::info!(consultation.id = id, "consultation drafted");
    Ok(id)
}

async fn draft(state: &AppState, m: &Municipality, id: i64) -> Result<Consultation> {
    let c = db::consultations::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if c.status != Status::Draft {
        return Err(AppError::Conflict("consultation-not-draft"));
    }
    Ok(c)
}

/// Changes a draft's settings and texts (the kind stays what it was created as).
pub async fn update(state: &AppState, actor: &User, m: &Municipality, id: i64, form: &ConsultationForm) -> Result<()> {
    require_manager(state, actor, m).await?;
    let c = draft(state, m, id).await?;
    let settings = ConsultationSettings::parse(form, &m.languages, Some(c.kind)).map_err(AppError::Validation)?;
    let mut tx = state.db.begin().await?;
    if !db::consultations::update(&mut tx, id, &settings).await? {
        return Err(AppError::Conflict("consultation-not-draft"));
    }
    tx.commit().await?;
    Ok(())
}

/// Adds a question to a draft questionnaire.
pub async fn add_question(state: &AppState, actor: &User, m: &Municipality, id: i64, form: &QuestionForm) -> Result<i64> {
    require_manager(state, actor, m).await?;
    let c = draft(state, m, id).await?;
    if c.kind != Kind::Questionnaire {
        return Err(AppError::NotFound);
    }
    let q = QuestionDraft::parse(form, &m.languages).map_err(AppError::Validation)?;
    if db::consultations::questions(&state.db, id).await?.len() >= MAX_QUESTIONS {
        return Err(AppError::Conflict("consultation-too-many-questions"));
    }
    let mut tx = state.db.begin().await?;
    let qid = db::consultations::add_question(&mut tx, id, &q).await?.ok_or(AppError::Conflict("consultation-not-draft"))?;
    tx.commit().await?;
    Ok(qid)
}

/// Replaces a draft's question.
pub async fn update_question(state: &AppState, actor: &User, m: &Municipality, id: i64, question: i64, form: &QuestionForm) -> Result<()> {
    require_manager(state, actor, m).await?;
    draft(state, m, id).await?;
    let q = QuestionDraft::parse(form, &m.languages).map_err(AppError::Validation)?;
    let mut tx = state.db.begin().await?;
    if !db::consultations::update_question(&mut tx, id, question, &q).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Removes a question from a draft.
pub async fn remove_question(state: &AppState, actor: &User, m: &Municipality, id: i64, question: i64) -> Result<()> {
    require_manager(state, actor, m).await?;
    draft(state, m, id).await?;
    let mut tx = state.db.begin().await?;
    if !db::consultations::remove_question(&mut tx, id, question).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Why a draft cannot open yet (message ids under their fields).
fn open_problems(v: &ConsultationView, statements: usize, now: i64) -> FieldErrors {
    let mut e = FieldErrors::new();
    if v.consultation.kind == Kind::Statements && statements < 2 {
        e.add("statements", "consultation-open-no-statements");
    }
    if !v.missing.is_empty() {
        e.add("form", "consultation-open-missing-translations");
    }
    if v.consultation.kind == Kind::Questionnaire && v.questions.is_empty() {
        e.add("questions", "consultation-open-no-questions");
    }
    if v.consultation.closes_at <= now {
        e.add("closes_at", "ballot-open-closing-passed");
    }
    e
}

/// Opens a complete draft: it takes answers from its opening time, and its questions are
/// fixed from now on.
pub async fn open(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    require_manager(state, actor, m).await?;
    let v = load(state, m, draft(state, m, id).await?, &m.default_language).await?;
    let statements = db::statements::of_round(&state.db, id, Some("published")).await?.len();
    let problems = open_problems(&v, statements, db::now());
    if !problems.is_empty() {
        return Err(AppError::Validation(problems));
    }
    let mut tx = state.db.begin().await?;
    if !db::consultations::set_status(&mut *tx, id, Status::Draft, Status::Open).await? {
        return Err(AppError::Conflict("consultation-not-draft"));
    }
    audit(&mut tx, "consultation.open", actor, m, id).await?;
    db::notifications::notify_residents(&mut *tx, m.id, db::notifications::Subject::Consultation(id), v.consultation.verified_only).await?;
    tx.commit().await?;
    tracing::info!(consultation.id = id, "consultation opened");
    Ok(())
}

/// Deletes a draft.
pub async fn delete(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    require_manager(state, actor, m).await?;
    draft(state, m, id).await?;
    let mut tx = state.db.begin().await?;
    if !db::consultations::delete_draft(&mut tx, id).await? {
        return Err(AppError::Conflict("consultation-not-draft"));
    }
    audit(&mut tx, "consultation.delete", actor, m, id).await?;
    tx.commit().await?;
    Ok(())
}
