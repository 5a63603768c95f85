//! Answering a questionnaire: once per person, changeable until closing, and savable to
//! resume later. Who may answer is decided by `services::eligibility`, as for ballots.

use crate::{
    db::{self, municipalities::Municipality, responses::Own, users::User},
    domain::{
        consultation::{Kind, Status},
        response::{self, Intent},
    },
    error::{AppError, Result},
    services::eligibility,
    state::AppState,
};

use super::ConsultationView;

/// A questionnaire as one respondent sees it.
pub struct Answering {
    /// The questionnaire.
    pub view: ConsultationView,
    /// What they answered so far.
    pub own: Option<Own>,
    /// Why they may not answer (a message id), if so.
    pub refusal: Option<&'static str>,
}

/// Loads a questionnaire for `reader` (anyone may read an open one; only residents answer).
pub async fn answering(state: &AppState, reader: Option<&User>, m: &Municipality, id: i64, lang: &str) -> Result<Answering> {
    let view = super::view(state, reader, m, id, lang).await?;
    let (own, refusal) = match reader {
        Some(u) => {
            let own = db::responses::own(&state.db, id, u.id).await?;
            let refusal = eligibility::check(state, u, m.id, view.consultation.verified_only).await?.err();
            (own, refusal.map(eligibility::Refusal::consultation_message_id))
        }
        None => (None, None),
    };
    Ok(Answering { view, own, refusal })
}

/// Stores `respondent`'s answers to questionnaire `id`: handed in with [`Intent::Submit`]
/// (every required question answered), or kept to resume with [`Intent::Save`]. Once handed
/// in, a response can only be replaced by a complete one.
pub async fn respond(
    state: &AppState,
    respondent: &User,
    m: &Municipality,
    id: i64,
    lang: &str,
    form: &[(String, String)],
    intent: Intent,
) -> Result<Intent> {
    let c = db::consultations::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if c.status == Status::Draft || c.kind != Kind::Questionnaire {
        return Err(AppError::NotFound);
    }
    if !c.takes_answers(db::now()) {
        return Err(AppError::Conflict("consultation-not-open"));
    }
    if let Err(refusal) = eligibility::check(state, respondent, m.id, c.verified_only).await? {
        return Err(AppError::Conflict(refusal.consultation_message_id()));
    }
    let questions = db::consultations::questions(&state.db, id).await?;
    let handed_in = db::responses::own(&state.db, id, respondent.id).await?.is_some_and(|o| o.submitted_at.is_some());
    let intent = if handed_in { Intent::Submit } else { intent };
    let answers = response::parse(&questions, &c.demographics, form, intent).map_err(AppError::Validation)?;
    // The language answered in is a breakdown of the results: only the portal's own languages.
    let lang = if crate::i18n::catalog().supports(lang) { lang } else { &m.default_language };
    let _turn = state.vote_queue().await;
    let mut tx = state.db.begin().await?;
    // The write first: on SQLite it takes the write lock, so the check below reads what
    // closing may have written; on PostgreSQL the check locks the row for share.
    db::responses::store(&mut tx, id, respondent.id, lang, &answers, intent == Intent::Submit).await?;
    if !db::responses::takes_answers(&mut tx, state.backend, id, db::now()).await? {
        return Err(AppError::Conflict("consultation-not-open"));
    }
    tx.commit().await?;
    let has_text = answers.answers.iter().any(|a| !a.body.is_empty());
    if has_text && intent == Intent::Submit {
        super::texts::translate_replies_later(state, m, id, respondent.id);
    }
    Ok(intent)
}
