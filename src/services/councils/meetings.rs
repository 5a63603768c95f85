//! A council's meetings: creating one with its agenda, changing or cancelling it, and writing
//! its minutes in one or more languages. Agenda items that point at a summary, consultation
//! or ballot must point at one of the same municipality.

use super::{audit, require_active, require_manager};
use crate::{
    db::{
        self,
        councils::Council,
        meetings::{AgendaItem, Meeting, Minutes, Upcoming},
        municipalities::Municipality,
        users::User,
    },
    domain::council::{MeetingDraft, MeetingForm, MinutesDraft, MinutesForm},
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// Upcoming meetings a municipality's page lists.
pub const UPCOMING_ON_MUNICIPALITY_PAGE: i64 = 3;

/// A meeting as its page shows it.
#[derive(Clone, Debug)]
pub struct MeetingView {
    /// The meeting.
    pub meeting: Meeting,
    /// Its agenda, in order.
    pub items: Vec<AgendaItem>,
    /// Its minutes, one per language written.
    pub minutes: Vec<Minutes>,
}

/// Parses a meeting form and checks that each agenda item's subject exists in `m`.
async fn checked(state: &AppState, m: &Municipality, form: &MeetingForm) -> Result<MeetingDraft> {
    let draft = MeetingDraft::parse(form).map_err(AppError::Validation)?;
    let mut errors = FieldErrors::new();
    for item in &draft.items {
        if let Some(id) = item.subject_id
            && !db::meetings::subject_exists(&state.db, item.kind, id, m.id).await?
        {
            errors.add(format!("item_ref_{}", item.row), "meeting-item-not-found");
        }
    }
    errors.into_result(draft).map_err(AppError::Validation)
}

/// Creates a meeting with its agenda.
pub async fn create(state: &AppState, actor: &User, m: &Municipality, council: &Council, form: &MeetingForm) -> Result<i64> {
    require_manager(state, actor, council).await?;
    require_active(council)?;
    let draft = checked(state, m, form).await?;
    let mut tx = state.db.begin().await?;
    let id = db::meetings::insert(&mut tx, council.id, &draft).await?;
    audit(&mut *tx, "meeting.create", actor, council, &format!("council {} meeting {id}", council.id), None).await?;
    tx.commit().await?;
    tracing::info!(council.id = council.id, meeting.id = id, "meeting created");
    Ok(id)
}

/// Changes a meeting and its agenda.
pub async fn update(state: &AppState, actor: &User, m: &Municipality, council: &Council, id: i64, form: &MeetingForm) -> Result<()> {
    require_manager(state, actor, council).await?;
    require_active(council)?;
    db::meetings::by_id(&state.db, council.id, id).await?.ok_or(AppError::NotFound)?;
    let draft = checked(state, m, form).await?;
    let mut tx = state.db.begin().await?;
    if !db::meetings::update(&mut tx, council.id, id, &draft).await? {
        return Err(AppError::NotFound);
    }
    audit(&mut *tx, "meeting.update", actor, council, &format!("council {} meeting {id}", council.id), None).await?;
    tx.commit().await?;
    Ok(())
}

/// Cancels a meeting (it stays on the record, marked cancelled).
pub async fn cancel(state: &AppState, actor: &User, council: &Council, id: i64) -> Result<()> {
    require_manager(state, actor, council).await?;
    require_active(council)?;
    db::meetings::by_id(&state.db, council.id, id).await?.ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    if !db::meetings::cancel(&mut *tx, council.id, id).await? {
        return Err(AppError::Conflict("meeting-already-cancelled"));
    }
    audit(&mut *tx, "meeting.cancel", actor, council, &format!("council {} meeting {id}", council.id), None).await?;
    tx.commit().await?;
    Ok(())
}

/// Writes a meeting's minutes in one language (an empty text removes that language). Minutes
/// may still be written once the council is dissolved: the last meeting's often are.
pub async fn write_minutes(state: &AppState, actor: &User, council: &Council, id: i64, form: &MinutesForm) -> Result<()> {
    require_manager(state, actor, council).await?;
    db::meetings::by_id(&state.db, council.id, id).await?.ok_or(AppError::NotFound)?;
    let minutes = MinutesDraft::try_from(form).map_err(AppError::Validation)?;
    let mut tx = state.db.begin().await?;
    db::meetings::put_minutes(&mut *tx, id, &minutes).await?;
    let detail = format!("council {} meeting {id} minutes {}", council.id, minutes.lang);
    audit(&mut *tx, "meeting.minutes", actor, council, &detail, None).await?;
    tx.commit().await?;
    Ok(())
}

/// Loads a meeting of the council with its agenda and minutes.
pub async fn view(state: &AppState, council: &Council, id: i64) -> Result<MeetingView> {
    let meeting = db::meetings::by_id(&state.db, council.id, id).await?.ok_or(AppError::NotFound)?;
    let items = db::meetings::items(&state.db, id).await?;
    let minutes = db::meetings::minutes(&state.db, id).await?;
    Ok(MeetingView { meeting, items, minutes })
}

/// The next meetings of a municipality's councils, for its page (one round trip).
pub async fn upcoming(state: &AppState, m: &Municipality) -> Result<Vec<Upcoming>> {
    Ok(db::meetings::upcoming(&state.db, m.id, db::now(), UPCOMING_ON_MUNICIPALITY_PAGE).await?)
}
