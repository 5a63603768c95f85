//! What happens after a summary is forwarded: officials of the municipality (and global
//! admins) answer each point once — a decision, a reason, a department, an owner and a
//! deadline — then report progress until it is done or dropped. Everyone who contributed to
//! a point is told when it is answered, done or dropped; the owner, the officials and the
//! council are told when it is overdue ([`overdue`]). The dashboard ([`dashboard`]) and
//! "You said, we did" ([`said_did`]) read the result.

pub mod dashboard;
pub mod overdue;
pub mod said_did;

use crate::{
    db::{
        self,
        audit::Entry,
        municipalities::Municipality,
        official::{NewProgress, NewResponse, Point},
        translations::{Kind, Translation},
        users::User,
    },
    domain::{
        official::{PointState, ProgressDraft, ProgressForm, ResponseDraft, ResponseForm, day_start},
        role::Role,
        username::key_of,
    },
    error::{AppError, FieldErrors, Result},
    services::translation::Shown,
    state::AppState,
};

/// Whether `actor` answers for `m` and reports progress (its officials, and global admins).
pub async fn may_answer(state: &AppState, actor: &User, m: &Municipality) -> Result<bool> {
    Ok(actor.is_admin || db::roles::in_municipality(&state.db, actor.id, m.id).await?.contains(&Role::Official))
}

/// Whether `actor` may read the dashboard of `m`: its officials, council members and
/// moderators, and global admins.
pub async fn may_follow(state: &AppState, actor: &User, m: &Municipality) -> Result<bool> {
    let roles = db::roles::in_municipality(&state.db, actor.id, m.id).await?;
    Ok(actor.is_admin || roles.iter().any(|r| matches!(r, Role::Official | Role::CouncilMember | Role::Moderator)))
}

async fn require_official(state: &AppState, actor: &User, m: &Municipality) -> Result<()> {
    if may_answer(state, actor, m).await? { Ok(()) } else { Err(AppError::Forbidden) }
}

/// The message id of what a notification about a point says, by the status it reached.
pub fn notice_message(status: &str) -> &'static str {
    match status {
        "answered" => "official-notice-answered",
        "done" => "official-notice-done",
        "dropped" => "official-notice-dropped",
        "overdue" => "official-notice-overdue",
        "forwarded" => "official-notice-forwarded",
        _ => "official-notice-other",
    }
}

/// A point as an official reads it: the recommendation in their language where a
/// translation exists, and the answer's reason likewise.
#[derive(Clone, Debug)]
pub struct ForOfficial {
    /// The point, its original text and its answer.
    pub point: Point,
    /// The recommendation as shown.
    pub shown: Shown,
    /// The answer's reason as shown (once answered).
    pub reason: Option<Shown>,
}

/// Shows a recommendation from its translation into the reader's language, if any.
pub fn show_recommendation(p: &Point, t: Option<&Translation>) -> Shown {
    match t {
        Some(t) => {
            Shown { title: t.title.clone(), body: t.body.clone(), lang: t.lang.clone(), machine: Some(t.is_machine() && !t.reviewed) }
        }
        None => Shown { title: p.title.clone(), body: p.body.clone(), lang: p.lang.clone(), machine: None },
    }
}

/// Shows an answer's reason from its translation, if any (`None` before the answer).
pub fn show_reason(p: &Point, t: Option<&Translation>) -> Option<Shown> {
    let r = p.response.as_ref()?;
    Some(match t {
        Some(t) => Shown { title: String::new(), body: t.body.clone(), lang: t.lang.clone(), machine: Some(t.is_machine() && !t.reviewed) },
        None => Shown { title: String::new(), body: r.reason.clone(), lang: r.lang.clone(), machine: None },
    })
}

/// The forwarded points of `m` for its officials, in `lang`.
pub async fn for_officials(state: &AppState, actor: &User, m: &Municipality, lang: &str) -> Result<Vec<ForOfficial>> {
    require_official(state, actor, m).await?;
    let points = db::official::forwarded(&state.db, m.id).await?;
    with_translations(state, points, lang).await
}

/// Points with their translations into `lang` (two queries at most).
async fn with_translations(state: &AppState, points: Vec<Point>, lang: &str) -> Result<Vec<ForOfficial>> {
    let rec_ids: Vec<i64> = points.iter().filter(|p| p.lang != lang).map(|p| p.recommendation_id).collect();
    let recs = db::translations::for_many(&state.db, Kind::Recommendation, &rec_ids, lang).await?;
    let answered: Vec<i64> = points.iter().filter(|p| p.response.as_ref().is_some_and(|r| r.lang != lang)).map(|p| p.point_id).collect();
    let reasons = db::translations::for_many(&state.db, Kind::OfficialResponse, &answered, lang).await?;
    Ok(points
        .into_iter()
        .map(|point| {
            let t = recs.iter().find(|t| t.content_id == point.recommendation_id);
            let r = reasons.iter().find(|t| t.content_id == point.point_id);
            ForOfficial { shown: show_recommendation(&point, t), reason: show_reason(&point, r), point }
        })
        .collect())
}

/// One forwarded point of `m` for its officials (the answer and progress forms).
pub async fn point_for_official(state: &AppState, actor: &User, m: &Municipality, point_id: i64, lang: &str) -> Result<ForOfficial> {
    require_official(state, actor, m).await?;
    let point = db::official::point(&state.db, m.id, point_id).await?.ok_or(AppError::NotFound)?;
    with_translations(state, vec![point], lang).await?.pop().ok_or(AppError::NotFound)
}

/// Answers a forwarded point, once: the answer is stored, everyone who contributed is told
/// (in the same transaction) and the reason is machine-translated later.
pub async fn answer(state: &AppState, actor: &User, m: &Municipality, point_id: i64, form: &ResponseForm, ui_lang: &str) -> Result<()> {
    require_official(state, actor, m).await?;
    let point = db::official::point(&state.db, m.id, point_id).await?.ok_or(AppError::NotFound)?;
    if point.response.is_some() {
        return Err(AppError::Conflict("official-already-answered"));
    }
    let draft = ResponseDraft::parse(form, ui_lang, day_start(db::now())).map_err(AppError::Validation)?;
    let owner_id = match &draft.owner {
        Some(name) => match db::official::official_named(&state.db, m.id, &key_of(name)).await? {
            Some(id) => Some(id),
            None => {
                let mut errors = FieldErrors::new();
                errors.add("owner", "official-owner-unknown");
                return Err(AppError::Validation(errors));
            }
        },
        None => None,
    };
    let new = NewResponse {
        point_id: point.point_id,
        municipality_id: m.id,
        decision: draft.decision,
        reason: &draft.reason,
        lang: draft.lang,
        department: &draft.department,
        owner_role: &draft.owner_role,
        owner_id,
        deadline: draft.deadline,
        official_id: actor.id,
    };
    let mut tx = state.db.begin().await?;
    // The primary key decides between two officials answering at once.
    if !db::official::insert_response(&mut *tx, &new).await? {
        return Err(AppError::Conflict("official-already-answered"));
    }
    let told = db::official::notify_contributors(&mut *tx, point.point_id, "answered", actor.id).await?;
    let detail = format!("point {}: {}", point.point_id, draft.decision.as_str());
    db::audit::record(&mut *tx, &Entry::new("official.answer").by(actor.id).municipality(m.id).detail(&detail)).await?;
    tx.commit().await?;
    super::translation::translate_later(state, m, Kind::OfficialResponse, point.point_id);
    tracing::info!(point.id = point.point_id, notified = told, "recommendation answered");
    Ok(())
}

/// Reports progress on an answered point; done and dropped close it and tell everyone who
/// contributed (in the same transaction).
pub async fn report_progress(
    state: &AppState,
    actor: &User,
    m: &Municipality,
    point_id: i64,
    form: &ProgressForm,
    ui_lang: &str,
) -> Result<()> {
    require_official(state, actor, m).await?;
    let point = db::official::point(&state.db, m.id, point_id).await?.ok_or(AppError::NotFound)?;
    let response = point.response.as_ref().ok_or(AppError::Conflict("official-not-answered"))?;
    if response.state.is_closed() {
        return Err(AppError::Conflict("official-point-closed"));
    }
    let draft = ProgressDraft::parse(form, ui_lang, db::now()).map_err(AppError::Validation)?;
    let new = NewProgress {
        point_id: point.point_id,
        state: draft.state,
        body: &draft.body,
        lang: draft.lang,
        official_id: actor.id,
        at: draft.at,
    };
    let mut tx = state.db.begin().await?;
    // The state change is the guard: a point closed meanwhile takes no more reports.
    let Some(id) = db::official::add_progress(&mut tx, &new).await? else { return Err(AppError::Conflict("official-point-closed")) };
    let told = match draft.state {
        PointState::Done | PointState::Dropped => {
            db::official::notify_contributors(&mut *tx, point.point_id, draft.state.as_str(), actor.id).await?
        }
        PointState::Open | PointState::InProgress => 0,
    };
    let detail = format!("point {}: {}", point.point_id, draft.state.as_str());
    db::audit::record(&mut *tx, &Entry::new("official.progress").by(actor.id).municipality(m.id).detail(&detail)).await?;
    tx.commit().await?;
    super::translation::translate_later(state, m, Kind::Progress, id);
    tracing::info!(point.id = point.point_id, progress.id = id, notified = told, "progress reported");
    Ok(())
}
