//! A council's seats: adding a term, ending one early, and changing the public name or the
//! affiliation. Admins and the council's current chair, co-chair or secretariat may.

use super::{audit, require_active, require_manager};
use crate::{
    db::{self, councils::Council, users::User},
    domain::{
        council::{MemberEdit, MemberEditForm, MemberForm, NewMember, parse_date},
        username::key_of,
    },
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

fn field_error(field: &'static str, message: &'static str) -> AppError {
    let mut e = FieldErrors::new();
    e.add(field, message);
    AppError::Validation(e)
}

/// Adds a seat for a term, linked to an account when a username is given.
pub async fn add(state: &AppState, actor: &User, council: &Council, form: &MemberForm) -> Result<i64> {
    require_manager(state, actor, council).await?;
    require_active(council)?;
    let new = NewMember::try_from(form).map_err(AppError::Validation)?;
    let user_id = match &new.username {
        Some(name) if db::searchable(name) => db::users::by_key(&state.db, &key_of(name)).await?.map(|u| u.id),
        _ => None,
    };
    if new.username.is_some() && user_id.is_none() {
        return Err(field_error("username", "member-user-unknown"));
    }
    let seat = db::councils::NewSeat {
        council_id: council.id,
        user_id,
        role: new.role,
        display_name: new.display_name.as_deref(),
        affiliation: &new.affiliation,
        term_start: new.term_start,
        term_end: new.term_end,
    };
    let mut tx = state.db.begin().await?;
    let id = db::councils::add_member(&mut *tx, &seat).await?;
    let detail = format!("council {} seat {id} {}", council.id, new.role.as_str());
    audit(&mut *tx, "council.member.add", actor, council, &detail, user_id).await?;
    tx.commit().await?;
    tracing::info!(council.id = council.id, member.id = id, "council seat added");
    Ok(id)
}

/// The form that ends a term early, as typed: a date, or empty for now.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct EndForm {
    /// Last day (`YYYY-MM-DD`, the term ends at its start); empty: now.
    pub term_end: String,
}

/// Ends a running term early (at the date given, or now).
pub async fn end_term(state: &AppState, actor: &User, council: &Council, id: i64, form: &EndForm) -> Result<()> {
    require_manager(state, actor, council).await?;
    require_active(council)?;
    let seat = db::councils::member(&state.db, council.id, id).await?.ok_or(AppError::NotFound)?;
    let at = match form.term_end.trim() {
        "" => db::now(),
        raw => parse_date(raw).ok_or_else(|| field_error("term_end", "member-date-invalid"))?,
    };
    if at < seat.term_start {
        return Err(field_error("term_end", "member-end-before-start"));
    }
    let mut tx = state.db.begin().await?;
    if !db::councils::end_term(&mut *tx, council.id, id, at).await? {
        return Err(AppError::Conflict("member-term-not-running"));
    }
    audit(&mut *tx, "council.member.end", actor, council, &format!("council {} seat {id}", council.id), seat.user_id).await?;
    tx.commit().await?;
    Ok(())
}

/// Changes a seat's public name and affiliation. Allowed after dissolution too: a person may
/// still want their name changed or taken off the archive.
pub async fn edit(state: &AppState, actor: &User, council: &Council, id: i64, form: &MemberEditForm) -> Result<()> {
    require_manager(state, actor, council).await?;
    let edit = MemberEdit::try_from(form).map_err(AppError::Validation)?;
    let seat = db::councils::member(&state.db, council.id, id).await?.ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    if !db::councils::update_member(&mut *tx, council.id, id, &edit).await? {
        return Err(AppError::NotFound);
    }
    audit(&mut *tx, "council.member.edit", actor, council, &format!("council {} seat {id}", council.id), seat.user_id).await?;
    tx.commit().await?;
    Ok(())
}
