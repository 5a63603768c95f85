//! Greedy participatory budgeting, as pabutools' `greedy_utilitarian_welfare` with cost
//! satisfaction: projects by votes (most first), each taken if it still fits in the budget and
//! skipped otherwise.
//!
//! With cost satisfaction a project's score per unit of cost is its number of approvals, so the
//! order is by approvals; on points ballots Chorus orders by total points (the rule cities use
//! for cumulative ballots and pabulib records). Ties go to the project whose id is first as text
//! (pabutools' lexicographic tie-breaking sorts by name, smallest first: `"10"` before `"9"`).
//! A project that costs nothing has satisfaction 0 under cost satisfaction, so pabutools places
//! it with the projects that have no votes; it always fits and so is always taken.

use serde::{Deserialize, Serialize};

use crate::voting::{Ballots, Profile};

/// One project considered, in order.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct GreedyStep {
    /// The project.
    pub project: u32,
    /// Its votes (approvals, or total points on points ballots).
    pub votes: u64,
    /// Whether it fitted in the remaining budget and was taken.
    pub fitted: bool,
    /// The budget remaining after this step.
    pub remaining: u64,
}

/// The greedy selection and how it was reached.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct GreedyOutcome {
    /// The budget limit.
    pub budget: u64,
    /// Every project, in the order considered.
    pub steps: Vec<GreedyStep>,
    /// The projects taken, in order.
    pub selected: Vec<u32>,
    /// Their total cost.
    pub cost: u64,
}

/// Greedy on approval or points ballots (`None` for ranked ballots).
pub(super) fn greedy(profile: &Profile, budget: u64) -> Option<GreedyOutcome> {
    let m = profile.candidates.len();
    let mut votes = vec![0u64; m];
    match &profile.ballots {
        Ballots::Approval(ballots) => {
            for b in ballots {
                for &o in &b.ballot {
                    votes[o as usize] = votes[o as usize].saturating_add(b.count);
                }
            }
        }
        Ballots::Points(ballots) => {
            for b in ballots {
                for &(o, p) in &b.ballot {
                    votes[o as usize] = votes[o as usize].saturating_add(p.saturating_mul(b.count));
                }
            }
        }
        Ballots::Ranked(_) => return None,
    }
    let candidates = &profile.candidates;
    let score = |o: usize| if candidates[o].cost > 0 { votes[o] } else { 0 };
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| score(b).cmp(&score(a)).then_with(|| candidates[a].id.cmp(&candidates[b].id)).then(a.cmp(&b)));
    let mut remaining = budget;
    let mut steps = Vec::with_capacity(m);
    let mut selected = Vec::new();
    for o in order {
        let cost = candidates[o].cost;
        let fitted = cost <= remaining;
        if fitted {
            remaining -= cost;
            selected.push(o as u32);
        }
        steps.push(GreedyStep { project: o as u32, votes: votes[o], fitted, remaining });
    }
    Some(GreedyOutcome { budget, steps, selected, cost: budget - remaining })
}
