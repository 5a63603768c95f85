//! Ballots are checked once before any rule reads them, so that the rules may index by option
//! without bounds checks failing and never count one option twice on one ballot.

use super::RuleError;
use crate::voting::{Ballots, Profile};

/// Every option on every ballot exists, and no ballot names an option twice (an approval
/// ballot, a points ballot, or two tiers of a ranked ballot).
pub(super) fn check(profile: &Profile) -> Result<(), RuleError> {
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
