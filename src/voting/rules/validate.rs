//! Ballots are checked once before any rule reads them, so that the rules may index by option
//! without bounds checks failing and never count one option twice on one ballot.

use super::{MAX_AMOUNT, MAX_POINTS, MAX_VOTERS, RuleError};
use crate::voting::{Ballots, Profile};

/// Every option on every ballot exists, and no ballot names an option twice (an approval
/// ballot, a points ballot, or two tiers of a ranked ballot).
pub(super) fn check(profile: &Profile) -> Result<(), RuleError> {
    // Numbers first: with them bounded no sum, product or count below can overflow.
    if profile.budget.is_some_and(|b| b > MAX_AMOUNT) {
        return Err(RuleError::TooLarge { what: "budget" });
    }
    if profile.candidates.iter().any(|c| c.cost > MAX_AMOUNT) {
        return Err(RuleError::TooLarge { what: "cost" });
    }
    let counts: Box<dyn Iterator<Item = u64> + '_> = match &profile.ballots {
        Ballots::Approval(b) => Box::new(b.iter().map(|w| w.count)),
        Ballots::Ranked(b) => Box::new(b.iter().map(|w| w.count)),
        Ballots::Points(b) => Box::new(b.iter().map(|w| w.count)),
    };
    let mut voters: u64 = 0;
    for c in counts {
        voters = voters.saturating_add(c);
        if voters > MAX_VOTERS {
            return Err(RuleError::TooLarge { what: "number of voters" });
        }
    }
    if let Ballots::Points(b) = &profile.ballots
        && b.iter().any(|w| w.ballot.iter().any(|&(_, p)| p > MAX_POINTS))
    {
        return Err(RuleError::TooLarge { what: "points" });
    }
    let options = profile.candidates.len();
    // One stamp per option, set to the ballot number that last named it: a duplicate is a stamp
    // already equal to the current ballot. No allocation per ballot.
    let mut stamp = vec![usize::MAX; options];
    let mut visit = |ballot: usize, option: u32| -> Result<(), RuleError> {
        let Some(slot) = usize::try_from(option).ok().and_then(|o| stamp.get_mut(o)) else {
            return Err(RuleError::InvalidBallot { ballot, reason: format!("option {option} does not exist ({options} options)") });
        };
        if *slot == ballot {
            return Err(RuleError::InvalidBallot { ballot, reason: format!("option {option} appears twice") });
        }
        *slot = ballot;
        Ok(())
    };
    match &profile.ballots {
        Ballots::Approval(ballots) => {
            for (i, b) in ballots.iter().enumerate() {
                b.ballot.iter().try_for_each(|&o| visit(i, o))?;
            }
        }
        Ballots::Ranked(ballots) => {
            for (i, b) in ballots.iter().enumerate() {
                b.ballot.iter().flatten().try_for_each(|&o| visit(i, o))?;
            }
        }
        Ballots::Points(ballots) => {
            for (i, b) in ballots.iter().enumerate() {
                b.ballot.iter().try_for_each(|&(o, _)| visit(i, o))?;
            }
        }
    }
    Ok(())
}
