//! Closing, counting and publishing. Every server looks for ballots past their closing time
//! ([`spawn_closer`]); one statement decides which server closes each, in the same
//! transaction that shuffles its papers and stores the count, so a restart or a second server
//! neither closes a ballot twice nor misses it. Counting uses `voting::rules`, the code behind
//! `chorus tally`, on the papers exactly as the published list shows them.

use crate::{
    db::{self, municipalities::Municipality, users::User},
    domain::{
        ballot::{Ballot, BallotOption, BindingRule, Method, Status},
        vote::Choice,
    },
    error::{AppError, Result},
    state::AppState,
    voting::{
        Ballots, Candidate, Profile, Weighted,
        rules::{self, Outcome, Rule},
    },
};

/// The counted result of a ballot, as stored when it closes.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Results {
    /// Number of people on the roll.
    pub voters: u64,
    /// Number of papers counted (equal to `voters`).
    pub papers: u64,
    /// The rule that decides (the first one counted).
    pub binding: Rule,
    /// Every rule's outcome: the binding one and the second views.
    pub outcomes: Vec<Outcome>,
}

/// The rules a ballot is counted by, the binding one first.
pub fn rules_for(b: &Ballot) -> Vec<Rule> {
    match b.method {
        Method::Approval => vec![Rule::Approval],
        Method::Ranked if b.winning_votes => vec![Rule::SchulzeWinning, Rule::Irv],
        Method::Ranked => vec![Rule::Schulze, Rule::Irv],
        Method::Points => vec![Rule::Points],
        Method::Budget => match b.binding_rule {
            BindingRule::Greedy => vec![Rule::Greedy, Rule::EqualShares],
            BindingRule::EqualShares => vec![Rule::EqualShares, Rule::Greedy],
        },
    }
}

/// The profile of a ballot's papers (unreadable papers, which cannot happen through the
/// portal, count as empty ballots).
pub fn profile(b: &Ballot, options: &[BallotOption], titles: &[String], papers: &[(String, String)]) -> Profile {
    let n = options.len();
    let candidates = options
        .iter()
        .zip(titles.iter().map(String::as_str).chain(std::iter::repeat("")))
        .map(|(o, name)| Candidate { id: o.code.clone(), name: name.to_string(), cost: o.cost })
        .collect();
    let choices = papers.iter().map(|(_, c)| Choice::decode(b.method, c, n));
    let ballots = match b.method {
        Method::Approval | Method::Budget => {
            Ballots::Approval(choices.map(|c| one_vote(if let Some(Choice::Approval(p)) = c { p } else { Vec::new() })).collect())
        }
        Method::Ranked => {
            Ballots::Ranked(choices.map(|c| one_vote(if let Some(Choice::Ranked(t)) = c { t } else { Vec::new() })).collect())
        }
        Method::Points => {
            Ballots::Points(choices.map(|c| one_vote(if let Some(Choice::Points(p)) = c { p } else { Vec::new() })).collect())
        }
    };
    Profile { candidates, budget: (b.method == Method::Budget).then_some(b.budget), ballots }
}

fn one_vote<T>(ballot: T) -> Weighted<T> {
    Weighted { ballot, count: 1 }
}

/// Counts a profile by each of the ballot's rules.
pub fn count(b: &Ballot, profile: &Profile, voters: u64) -> anyhow::Result<Results> {
    let rules = rules_for(b);
    let outcomes = rules.iter().map(|r| rules::tally(profile, *r)).collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(Results { voters, papers: profile.voters(), binding: rules[0], outcomes })
}

/// The stored results of a closed ballot.
pub fn results(b: &Ballot) -> Option<Results> {
    b.results.as_deref().and_then(|json| serde_json::from_str(json).ok())
}

/// Closes and counts one ballot if it is open and due; false when it was not (or another
/// server got there first).
pub async fn close_one(state: &AppState, id: i64) -> Result<bool> {
    let now = db::now();
    let mut tx = state.db.begin().await?;
    if !db::ballots::close_if_due(&mut tx, id, now).await? {
        return Ok(false);
    }
    let b = db::ballots::by_id_any(&mut *tx, id).await?.ok_or(AppError::NotFound)?;
    let options = db::ballots::options(&mut *tx, id).await?;
    let papers = db::papers::shuffle(&mut tx, id).await?;
    let voters = db::papers::roll_size(&mut *tx, id).await?;
    let titles: Vec<String> = options.iter().map(|o| o.titles.first().map(|(_, t)| t.clone()).unwrap_or_default()).collect();
    let results = count(&b, &profile(&b, &options, &titles, &papers), voters.max(0) as u64)?;
    let json = serde_json::to_string(&results).map_err(anyhow::Error::from)?;
    db::ballots::store_results(&mut tx, id, &json, voters).await?;
    db::audit::record(&mut *tx, &db::audit::Entry::new("ballot.close").municipality(b.municipality_id).detail(&format!("ballot {id}")))
        .await?;
    tx.commit().await?;
    if let Err(e) = db::papers::vacuum(&state.db, state.backend).await {
        tracing::warn!(error = %e, "could not vacuum ballot papers");
    }
    tracing::info!(ballot.id = id, "ballot closed and counted");
    Ok(true)
}

/// Closes every due ballot; returns how many this call closed.
pub async fn close_due(state: &AppState) -> Result<usize> {
    let mut closed = 0;
    for id in db::ballots::due(&state.db, db::now()).await? {
        if close_one(state, id).await? {
            closed += 1;
        }
    }
    Ok(closed)
}

/// Looks for due ballots and consultations (and opinion maps to recompute) every
/// `ballot_close_interval_ms`, for as long as the server runs.
pub fn spawn_closer(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_millis(state.config.ballot_close_interval_ms));
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            if let Err(e) = close_due(&state).await {
                tracing::warn!(error = %e, "could not close due ballots");
            }
            // Consultations close on the same tick: one background task for every deadline.
            if let Err(e) = crate::services::consultations::results::close_due(&state).await {
                tracing::warn!(error = %e, "could not close due consultations");
            }
            // Opinion maps of statement rounds follow their reactions on the same tick.
            if let Err(e) = crate::services::consultations::map::analyse_due(&state).await {
                tracing::warn!(error = %e, "could not recompute opinion maps");
            }
        }
    })
}

/// Publishes a closed ballot's results, papers and explanation, and tells every voter.
pub async fn publish(state: &AppState, actor: &User, m: &Municipality, id: i64) -> Result<()> {
    if !super::may_manage(state, actor, m).await? {
        return Err(AppError::Forbidden);
    }
    db::ballots::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let mut tx = state.db.begin().await?;
    if !db::ballots::set_status(&mut *tx, id, Status::Closed, Status::Published).await? {
        return Err(AppError::Conflict("ballot-not-closed"));
    }
    db::papers::notify_roll(&mut tx, id, "results-published").await?;
    db::audit::record(&mut *tx, &db::audit::Entry::new("ballot.publish").by(actor.id).municipality(m.id).detail(&format!("ballot {id}")))
        .await?;
    tx.commit().await?;
    tracing::info!(ballot.id = id, "ballot results published");
    Ok(())
}

/// Quotes a CSV field when it needs it.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

/// A paper's choice in option codes: `a,b` (approval), `a>b=c` (ranked), `a:3,b:1` (points).
pub fn choice_in_codes(choice: &Choice, options: &[BallotOption]) -> String {
    let code = |p: &u32| options.get(*p as usize).map_or_else(|| p.to_string(), |o| o.code.clone());
    match choice {
        Choice::Approval(p) => p.iter().map(code).collect::<Vec<_>>().join(","),
        Choice::Ranked(t) => t.iter().map(|t| t.iter().map(code).collect::<Vec<_>>().join("=")).collect::<Vec<_>>().join(">"),
        Choice::Points(p) => p.iter().map(|(o, x)| format!("{}:{x}", code(o))).collect::<Vec<_>>().join(","),
    }
}

/// The anonymised list of a published ballot as CSV: `receipt_hash,ballot`, ordered by
/// receipt hash. Anyone can recompute the result from it.
pub async fn papers_csv(state: &AppState, b: &Ballot) -> Result<String> {
    if b.status != Status::Published {
        return Err(AppError::NotFound);
    }
    let options = db::ballots::options(&state.db, b.id).await?;
    let papers = db::papers::all(&state.db, b.id).await?;
    let mut out = String::from("receipt_hash,ballot\n");
    for (hash, text) in &papers {
        let choice = Choice::decode(b.method, text, options.len()).map(|c| choice_in_codes(&c, &options)).unwrap_or_default();
        out.push_str(&format!("{hash},{}\n", csv_field(&choice)));
    }
    Ok(out)
}
