//! Instant run-off on ranked ballots, as pref_voting's `instant_runoff_tb` for profiles with
//! ties, with the tie-breaker that eliminates the last option first.
//!
//! A ballot counts for every remaining option in its highest tier that still has one (so a
//! ballot ranking two options equal at the top counts for both, as pref_voting's "approval"
//! tops score does); a ballot with no remaining ranked option is exhausted. One option is
//! eliminated per round: the one with the fewest votes, and among those tied for fewest the
//! *last* in option order, so that earlier options win ties as in the other ranked rules.
//!
//! The count stops when one option remains, or earlier when one option is *alone* at the top
//! of more than half of the non-exhausted ballots. That early stop never changes the winner:
//! ballots where it is alone at the top keep counting only for it while it remains, so every
//! other option stays below it until the end. (A plain "more than half of the votes" would not
//! do with tied tops, where two options can both have more than half.)
//!
//! pref_voting's `instant_runoff` (without a tie-breaker) removes all options tied for fewest at
//! once and returns a winner set; when no round has a tie for fewest it picks the same winner.

use serde::{Deserialize, Serialize};

use crate::voting::{Ballots, Profile};

/// One round of the count.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct IrvRound {
    /// Each remaining option (in option order) with its votes this round.
    pub counts: Vec<(u32, u64)>,
    /// Voters whose ballots rank no remaining option.
    pub exhausted: u64,
    /// The option eliminated after this round (`None` in the last round).
    pub eliminated: Option<u32>,
}

/// The instant run-off count.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct IrvOutcome {
    /// The rounds in order.
    pub rounds: Vec<IrvRound>,
    /// The winner (`None` only when there are no options).
    pub winner: Option<u32>,
    /// The winner, then the options still in the count at the end by their last votes (most
    /// first, ties in option order), then the eliminated options, last eliminated first.
    pub order: Vec<u32>,
    /// Number of voters.
    pub voters: u64,
}

/// Instant run-off on ranked ballots, or approval ballots read as one tier. `None` for points.
pub(super) fn irv(profile: &Profile) -> Option<IrvOutcome> {
    let m = profile.candidates.len();
    let ballots: Vec<(&[Vec<u32>], u64)> = match &profile.ballots {
        Ballots::Ranked(b) => b.iter().map(|w| (w.ballot.as_slice(), w.count)).collect(),
        Ballots::Approval(b) => b.iter().map(|w| (std::slice::from_ref(&w.ballot), w.count)).collect(),
        Ballots::Points(_) => return None,
    };
    let voters = profile.voters();
    let mut remaining = vec![true; m];
    let mut left = m;
    let mut rounds = Vec::new();
    let mut eliminated_order = Vec::new();
    let mut counts = vec![0u64; m];
    let mut alone = vec![0u64; m];
    while left > 0 {
        counts.fill(0);
        alone.fill(0);
        let mut exhausted = 0u64;
        for &(tiers, count) in &ballots {
            let top = tiers.iter().find(|t| t.iter().any(|&o| remaining[o as usize]));
            let Some(top) = top else {
                exhausted = exhausted.saturating_add(count);
                continue;
            };
            let mut n = 0;
            let mut last = 0;
            for &o in top.iter().filter(|&&o| remaining[o as usize]) {
                counts[o as usize] = counts[o as usize].saturating_add(count);
                n += 1;
                last = o;
            }
            if n == 1 {
                alone[last as usize] = alone[last as usize].saturating_add(count);
            }
        }
        let active = voters.saturating_sub(exhausted);
        let in_count: Vec<u32> = (0..m as u32).filter(|&o| remaining[o as usize]).collect();
        let majority = in_count.iter().copied().find(|&o| u128::from(alone[o as usize]) * 2 > u128::from(active));
        let round_counts: Vec<(u32, u64)> = in_count.iter().map(|&o| (o, counts[o as usize])).collect();
        let done = left == 1 || majority.is_some();
        // Fewest votes; `min_by_key` keeps the first minimum, so scan from the last option.
        let loser = if done { None } else { in_count.iter().rev().copied().min_by_key(|&o| counts[o as usize]) };
        rounds.push(IrvRound { counts: round_counts, exhausted, eliminated: loser });
        match loser {
            Some(o) => {
                remaining[o as usize] = false;
                left -= 1;
                eliminated_order.push(o);
            }
            None => {
                let winner = majority.or_else(|| in_count.first().copied());
                let mut order: Vec<u32> = winner.into_iter().collect();
                let mut rest: Vec<u32> = in_count.iter().copied().filter(|&o| Some(o) != winner).collect();
                rest.sort_by_key(|&o| std::cmp::Reverse(counts[o as usize]));
                order.extend(rest);
                order.extend(eliminated_order.iter().rev());
                return Some(IrvOutcome { rounds, winner, order, voters });
            }
        }
    }
    Some(IrvOutcome { rounds, winner: None, order: Vec::new(), voters })
}
