//! Statement rounds: participants add short statements (moderated like comments) and react to
//! the others' one at a time — agree, disagree or pass. Who may take part is decided by
//! `services::eligibility`, as for questionnaires and votes; statements count against the same
//! posting pace as issues and comments.

use rand::seq::SliceRandom as _;

use super::{map::Map, may_manage};
use crate::{
    db::{self, municipalities::Municipality, statements::Statement, users::User},
    domain::{
        consultation::{Consultation, Kind, Status},
        municipality::ModerationMode,
        participation::StatementDraft,
        role::Role,
    },
    error::{AppError, Result},
    services::{comments::take_pace, eligibility},
    state::AppState,
};

/// A statement as a reader sees it: in their language where a translation exists, with the
/// original beside it.
#[derive(Clone, Debug)]
pub struct Shown {
    /// The statement.
    pub id: i64,
    /// The text shown.
    pub body: String,
    /// Its language.
    pub lang: String,
    /// The original, when a translation is shown.
    pub original: Option<(String, String)>,
}

/// Shows `s` in `lang` given the round's translations into it.
pub fn show(s: &Statement, translations: &[(i64, String)], lang: &str) -> Shown {
    match translations.iter().find(|(id, _)| *id == s.id).filter(|_| s.lang != lang) {
        Some((_, body)) => Shown { id: s.id, body: body.clone(), lang: lang.to_string(), original: Some((s.lang.clone(), s.body.clone())) },
        None => Shown { id: s.id, body: s.body.clone(), lang: s.lang.clone(), original: None },
    }
}

async fn round(state: &AppState, m: &Municipality, id: i64) -> Result<Consultation> {
    let c = db::consultations::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if c.kind != Kind::Statements {
        return Err(AppError::NotFound);
    }
    Ok(c)
}

/// Whether `actor` moderates the statements of `m`: moderators, council members, admins.
pub async fn moderates(state: &AppState, actor: &User, m: &Municipality) -> Result<bool> {
    let roles = db::roles::in_municipality(&state.db, actor.id, m.id).await?;
    Ok(super::super::ballots::manages(actor, &roles) || roles.contains(&Role::Moderator))
}

/// Adds a statement to round `id`. The council's own (also in a draft) are published as
/// written; a participant's wait for a moderator under pre-moderation. Returns its id and
/// whether it is public.
pub async fn add(state: &AppState, author: &User, m: &Municipality, id: i64, body: &str, ui_lang: &str) -> Result<(i64, bool)> {
    let c = round(state, m, id).await?;
    let manager = may_manage(state, author, m).await?;
    if manager {
        if !matches!(c.status, Status::Draft | Status::Open) {
            return Err(AppError::Conflict("consultation-not-open"));
        }
    } else {
        if c.status == Status::Draft {
            return Err(AppError::NotFound);
        }
        if !c.takes_answers(db::now()) {
            return Err(AppError::Conflict("consultation-not-open"));
        }
        if !c.open_statements {
            return Err(AppError::Forbidden);
        }
        if let Err(refusal) = eligibility::check(state, author, m.id, c.verified_only).await? {
            return Err(AppError::Conflict(refusal.consultation_message_id()));
        }
    }
    let draft = StatementDraft::parse(body, "", ui_lang).map_err(AppError::Validation)?;
    let public = manager || m.moderation_mode == ModerationMode::Post;
    let mut tx = state.db.begin().await?;
    if !manager {
        take_pace(state, &mut tx, author).await?;
    }
    let sid =
        db::statements::insert(&mut *tx, id, author.id, draft.lang, &draft.body, if public { "published" } else { "pending" }).await?;
    tx.commit().await?;
    if public {
        translate_later(state, m, id, sid);
    }
    tracing::info!(consultation.id = id, statement.id = sid, "statement added");
    Ok((sid, public))
}

/// A moderator publishes or rejects (with a reason) a statement.
pub async fn moderate(
    state: &AppState,
    actor: &User,
    m: &Municipality,
    id: i64,
    statement: i64,
    publish: bool,
    reason: &str,
) -> Result<()> {
    if !moderates(state, actor, m).await? {
        return Err(AppError::Forbidden);
    }
    round(state, m, id).await?;
    let reason = if publish { None } else { Some(super::super::moderation::checked_reason(reason, "")?.0) };
    let status = if publish { "published" } else { "rejected" };
    if !db::statements::moderate(&state.db, id, statement, status, reason).await? {
        return Err(AppError::NotFound);
    }
    if publish {
        translate_later(state, m, id, statement);
    }
    Ok(())
}

/// Records `user`'s reaction to a statement of round `id` (changing an earlier one).
pub async fn react(state: &AppState, user: &User, m: &Municipality, id: i64, statement: i64, vote: &str) -> Result<()> {
    let c = round(state, m, id).await?;
    if c.status == Status::Draft {
        return Err(AppError::NotFound);
    }
    if !c.takes_answers(db::now()) {
        return Err(AppError::Conflict("consultation-not-open"));
    }
    if let Err(refusal) = eligibility::check(state, user, m.id, c.verified_only).await? {
        return Err(AppError::Conflict(refusal.consultation_message_id()));
    }
    let vote = match vote {
        "agree" => crate::opinion::AGREE,
        "disagree" => crate::opinion::DISAGREE,
        "pass" => crate::opinion::PASS,
        _ => return Err(AppError::BadRequest("statement-reaction-invalid")),
    };
    let _turn = state.vote_queue().await;
    let mut tx = state.db.begin().await?;
    if !db::statements::react(&mut *tx, id, statement, user.id, vote).await? {
        return Err(AppError::NotFound);
    }
    if !db::responses::takes_answers(&mut tx, state.backend, id, db::now()).await? {
        return Err(AppError::Conflict("consultation-not-open"));
    }
    tx.commit().await?;
    Ok(())
}

/// What a participant sees of a round: the next statement to react to and their progress.
#[derive(Clone, Debug)]
pub struct Turn {
    /// The statement to react to next, if any is left.
    pub next: Option<Shown>,
    /// Statements they reacted to.
    pub reacted: usize,
    /// Published statements.
    pub published: usize,
}

/// The next statement for `user`: among the published ones they have not reacted to, the one
/// with the highest priority in the latest analysis (see `opinion::priorities`); statements
/// newer than the analysis count as new and come first; ties are broken at random.
pub async fn turn(state: &AppState, user: &User, c: &Consultation, lang: &str) -> Result<Turn> {
    let published = db::statements::of_round(&state.db, c.id, Some("published")).await?;
    let seen = db::statements::seen_by(&state.db, c.id, user.id).await?;
    let map = Map::of(c);
    let priority = |id: i64| map.as_ref().and_then(|m| m.priority(id)).unwrap_or(super::map::NEW_PRIORITY);
    let mut open: Vec<&Statement> = published.iter().filter(|s| !seen.iter().any(|(id, _)| *id == s.id)).collect();
    open.shuffle(&mut rand::thread_rng());
    open.sort_by(|a, b| priority(b.id).total_cmp(&priority(a.id)));
    let next = match open.first() {
        Some(s) => {
            let translations = db::statements::translations(&state.db, c.id, lang).await?;
            Some(show(s, &translations, lang))
        }
        None => None,
    };
    Ok(Turn { next, reacted: seen.len(), published: published.len() })
}

/// Machine-translates a public statement into the municipality's other languages, in the
/// background.
pub fn translate_later(state: &AppState, m: &Municipality, consultation_id: i64, id: i64) {
    let Some(mt) = state.translator.clone() else { return };
    let (state, languages) = (state.clone(), m.languages.clone());
    tokio::spawn(async move {
        let run = async {
            let Some(s) = db::statements::by_id(&state.db, consultation_id, id).await? else { return anyhow::Ok(()) };
            for to in languages.iter().filter(|l| **l != s.lang) {
                let out = mt.translate(&s.body, &s.lang, to).await?;
                db::statements::insert_translation(&state.db, id, to, &out, &s.body).await?;
            }
            anyhow::Ok(())
        };
        if let Err(e) = run.await {
            tracing::warn!(statement.id = id, error = format!("{e:#}"), "machine translation of a statement failed");
        }
    });
}
