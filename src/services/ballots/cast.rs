//! Casting a vote, secretly: one transaction puts the voter on the roll and the paper in the
//! box; nothing links the two. No log line records a vote.

use crate::{
    db::{self, municipalities::Municipality, users::User},
    domain::{
        ballot::{Ballot, BallotOption, Status},
        vote::{self, Choice, Rules},
    },
    error::{AppError, FieldErrors, Result},
    services::eligibility,
    state::AppState,
};

/// What the voter takes home: the receipt code (shown once) and the hash the published list
/// prints beside their paper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    /// The code, e.g. `7K2QD-M9XAT-…`.
    pub code: String,
    /// Its hash in the published list.
    pub hash: String,
}

/// The ballot's rules for checking a choice.
pub fn rules(b: &Ballot, options: &[BallotOption]) -> Rules {
    Rules {
        method: b.method,
        costs: options.iter().map(|o| o.cost).collect(),
        min_picks: b.min_picks,
        max_picks: b.max_picks,
        points_total: b.points_total,
        points_per_option: b.points_per_option,
        budget: b.budget,
        within_budget: b.within_budget,
    }
}

/// Whether the ballot takes votes now (open, and between its times).
pub fn takes_votes(b: &Ballot, now: i64) -> bool {
    b.status == Status::Open && b.opens_at <= now && now < b.closes_at
}

async fn prepare(state: &AppState, voter: &User, m: &Municipality, id: i64, form: &[(String, String)]) -> Result<(Ballot, Choice)> {
    let b = db::ballots::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    if b.status == Status::Draft {
        return Err(AppError::NotFound);
    }
    if !takes_votes(&b, db::now()) {
        return Err(AppError::Conflict("ballot-not-open"));
    }
    if let Err(refusal) = eligibility::check(state, voter, m.id, b.verified_only).await? {
        return Err(AppError::Conflict(refusal.message_id()));
    }
    let options = db::ballots::options(&state.db, id).await?;
    let choice = Choice::parse(form, &rules(&b, &options)).map_err(AppError::Validation)?;
    Ok((b, choice))
}

/// Casts `voter`'s vote on ballot `id`. The roll's primary key refuses a second vote, also
/// from two servers at once; the roll entry and the paper commit together or not at all.
pub async fn cast(state: &AppState, voter: &User, m: &Municipality, id: i64, form: &[(String, String)]) -> Result<Receipt> {
    let (b, choice) = prepare(state, voter, m, id, form).await?;
    let code = vote::new_receipt();
    let hash = vote::receipt_hash(b.id, &code);
    let recast = b.allow_recast.then(|| vote::recast_hash(b.id, &code));
    let _turn = state.vote_queue().await;
    let mut tx = state.db.begin().await?;
    // The roll first: on SQLite the first write takes the write lock, so the check below
    // reads what closing may have written; on PostgreSQL it locks the ballot row for share.
    if !db::papers::enroll(&mut tx, b.id, voter.id, recast.as_deref()).await? {
        return Err(AppError::Conflict("vote-already-cast"));
    }
    if !db::papers::takes_votes(&mut tx, state.backend, b.id, db::now()).await? {
        return Err(AppError::Conflict("ballot-not-open"));
    }
    db::papers::insert(&mut tx, b.id, &hash, &choice.encode()).await?;
    tx.commit().await?;
    Ok(Receipt { code, hash })
}

/// Replaces a paper (where the ballot allows it) by its receipt: the voter must be on the
/// roll with that receipt's replace-hash, and the paper with that receipt's hash goes. The
/// new paper gets a new receipt. Nothing ties old and new to each other or to the voter.
pub async fn recast(
    state: &AppState,
    voter: &User,
    m: &Municipality,
    id: i64,
    old_code: &str,
    form: &[(String, String)],
) -> Result<Receipt> {
    let (b, choice) = prepare(state, voter, m, id, form).await?;
    if !b.allow_recast {
        return Err(AppError::Conflict("ballot-recast-off"));
    }
    let unknown = || {
        let mut e = FieldErrors::new();
        e.add("receipt", "vote-receipt-unknown");
        AppError::Validation(e)
    };
    let code = vote::new_receipt();
    let hash = vote::receipt_hash(b.id, &code);
    let _turn = state.vote_queue().await;
    let mut tx = state.db.begin().await?;
    if !db::papers::swap_recast(&mut tx, b.id, voter.id, &vote::recast_hash(b.id, old_code), &vote::recast_hash(b.id, &code)).await? {
        return Err(unknown());
    }
    if !db::papers::takes_votes(&mut tx, state.backend, b.id, db::now()).await? {
        return Err(AppError::Conflict("ballot-not-open"));
    }
    if !db::papers::remove(&mut tx, b.id, &vote::receipt_hash(b.id, old_code)).await? {
        return Err(unknown());
    }
    db::papers::insert(&mut tx, b.id, &hash, &choice.encode()).await?;
    tx.commit().await?;
    Ok(Receipt { code, hash })
}

/// Whether `user` is on the roll of ballot `id`.
pub async fn has_voted(state: &AppState, user: &User, id: i64) -> Result<bool> {
    Ok(db::papers::has_voted(&state.db, id, user.id).await?)
}

/// The paper a receipt names, once the results are published: `(hash, choice text)`, or
/// `None` when no paper has that receipt.
pub async fn check_receipt(state: &AppState, b: &Ballot, code: &str) -> Result<Option<(String, Choice)>> {
    if b.status != Status::Published {
        return Err(AppError::NotFound);
    }
    let hash = vote::receipt_hash(b.id, code);
    let options = db::ballots::options(&state.db, b.id).await?;
    let paper = db::papers::by_receipt(&state.db, b.id, &hash).await?;
    Ok(paper.and_then(|text| Choice::decode(b.method, &text, options.len())).map(|c| (hash, c)))
}
