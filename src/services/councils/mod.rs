//! Advisory councils: global admins create and dissolve them; admins and a council's current
//! chair, co-chair or secretariat run its seats ([`members`]) and meetings ([`meetings`]).
//! A dissolved council takes no new members or meetings, but its pages and its archive
//! ([`archive`]) stay readable and exportable for good.

pub mod archive;
pub mod meetings;
pub mod members;

use crate::{
    db::{
        self,
        councils::{Council, Member},
        meetings::Meeting,
        municipalities::Municipality,
        users::User,
    },
    domain::{
        council::{CouncilForm, NewCouncil, Seat},
        text::clean,
    },
    error::{AppError, FieldErrors, Result},
    state::AppState,
};

/// Length of a dissolution's reason, in characters.
pub const REASON_CHARS: std::ops::RangeInclusive<usize> = 3..=1000;

/// The seat a person holds on a council now (the term has begun and not ended), the highest
/// if several: Chair > CoChair > Secretariat > Member.
pub async fn seat(state: &AppState, user_id: i64, council_id: i64) -> Result<Option<Seat>> {
    let seats = db::councils::seats_of(&state.db, user_id, council_id, db::now()).await?;
    Ok(seats.into_iter().min_by_key(|s| s.rank()))
}

/// Whether `actor` runs the council's seats and meetings: a global admin, or its current
/// chair, co-chair or secretariat.
pub async fn may_manage(state: &AppState, actor: &User, council: &Council) -> Result<bool> {
    if actor.is_admin {
        return Ok(true);
    }
    Ok(seat(state, actor.id, council.id).await?.is_some_and(Seat::manages))
}

pub(crate) async fn require_manager(state: &AppState, actor: &User, council: &Council) -> Result<()> {
    if may_manage(state, actor, council).await? { Ok(()) } else { Err(AppError::Forbidden) }
}

fn require_admin(actor: &User) -> Result<()> {
    if actor.is_admin { Ok(()) } else { Err(AppError::Forbidden) }
}

/// Refuses changes that a dissolved council no longer takes.
pub(crate) fn require_active(council: &Council) -> Result<()> {
    if council.is_dissolved() { Err(AppError::Conflict("council-is-dissolved")) } else { Ok(()) }
}

/// Records a change on a council in the audit log (`detail` names what changed by id).
pub(crate) async fn audit<'c>(
    conn: impl sqlx::AnyExecutor<'c>,
    action: &'static str,
    actor: &User,
    council: &Council,
    detail: &str,
    about: Option<i64>,
) -> Result<()> {
    let mut entry = db::audit::Entry::new(action).by(actor.id).municipality(council.municipality_id).detail(detail);
    if let Some(user) = about {
        entry = entry.about(user);
    }
    db::audit::record(conn, &entry).await?;
    Ok(())
}

/// The council of `m` with this slug, or a 404.
pub async fn council(state: &AppState, m: &Municipality, slug: &str) -> Result<Council> {
    db::councils::by_slug(&state.db, m.id, slug).await?.ok_or(AppError::NotFound)
}

/// Whether `actor` may create councils (global admins only).
pub fn may_create(actor: &User) -> bool {
    actor.is_admin
}

/// Creates a council (global admins).
pub async fn create(state: &AppState, actor: &User, m: &Municipality, form: &CouncilForm) -> Result<Council> {
    require_admin(actor)?;
    let new = NewCouncil::try_from(form).map_err(AppError::Validation)?;
    let mut tx = state.db.begin().await?;
    let Some(id) = db::councils::insert(&mut *tx, m.id, &new).await? else {
        let mut e = FieldErrors::new();
        e.add("slug", "council-slug-taken");
        return Err(AppError::Validation(e));
    };
    let council = Council {
        id,
        municipality_id: m.id,
        slug: new.slug,
        name: new.name,
        composition: new.composition,
        description: new.description,
        lang: new.lang,
        created_at: db::now(),
        dissolved_at: None,
        dissolved_reason: None,
    };
    audit(&mut *tx, "council.create", actor, &council, &format!("council {id}"), None).await?;
    tx.commit().await?;
    tracing::info!(council.id = id, "council created");
    Ok(council)
}

/// Dissolves a council with a reason (global admins): running terms end now; everything it
/// made stays.
pub async fn dissolve(state: &AppState, actor: &User, council: &Council, reason: &str) -> Result<()> {
    require_admin(actor)?;
    require_active(council)?;
    let reason = clean(reason);
    if !REASON_CHARS.contains(&reason.chars().count()) {
        let mut e = FieldErrors::new();
        e.add("reason", "council-dissolve-reason-invalid");
        return Err(AppError::Validation(e));
    }
    let mut tx = state.db.begin().await?;
    if !db::councils::dissolve(&mut tx, council.id, &reason, db::now()).await? {
        return Err(AppError::Conflict("council-is-dissolved"));
    }
    audit(&mut *tx, "council.dissolve", actor, council, &format!("council {}", council.id), None).await?;
    tx.commit().await?;
    tracing::info!(council.id = council.id, "council dissolved");
    Ok(())
}

/// A municipality's councils: current ones, then dissolved ones (the archive).
pub async fn list(state: &AppState, m: &Municipality) -> Result<(Vec<Council>, Vec<Council>)> {
    let all = db::councils::of_municipality(&state.db, m.id).await?;
    Ok(all.into_iter().partition(|c| !c.is_dissolved()))
}

/// What a council's public page shows.
#[derive(Clone, Debug)]
pub struct CouncilPage {
    /// The council.
    pub council: Council,
    /// Seats held now, chair and co-chair first.
    pub current: Vec<Member>,
    /// Seats whose term has ended, latest first (terms not yet begun are not shown).
    pub former: Vec<Member>,
    /// Meetings still to come, soonest first.
    pub upcoming: Vec<Meeting>,
    /// Meetings held (or cancelled) before now, latest first.
    pub past: Vec<Meeting>,
}

/// Splits terms into current ones (by seat, then start) and ended ones (latest first); terms
/// that have not begun are left out until they do.
pub fn split_terms(members: Vec<Member>, now: i64) -> (Vec<Member>, Vec<Member>) {
    let (mut current, rest): (Vec<Member>, Vec<Member>) = members.into_iter().partition(|m| m.is_current(now));
    current.sort_by_key(|m| (m.role.rank(), m.term_start, m.id));
    let mut former: Vec<Member> = rest.into_iter().filter(|m| m.term_start <= now).collect();
    former.sort_by_key(|m| std::cmp::Reverse((m.term_end, m.id)));
    (current, former)
}

/// Loads a council's public page (three round trips: council, terms, meetings).
pub async fn page(state: &AppState, m: &Municipality, slug: &str) -> Result<CouncilPage> {
    let council = council(state, m, slug).await?;
    let now = db::now();
    let (current, former) = split_terms(db::councils::members(&state.db, council.id).await?, now);
    let (upcoming, mut past): (Vec<Meeting>, Vec<Meeting>) =
        db::meetings::of_council(&state.db, council.id).await?.into_iter().partition(|x| x.starts_at >= now);
    past.reverse();
    Ok(CouncilPage { council, current, former, upcoming, past })
}
