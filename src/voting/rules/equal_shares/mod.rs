//! The Method of Equal Shares, as pabutools' `method_of_equal_shares` with cost satisfaction,
//! with or without the add-one completion (`voter_budget_increment=1`).
//!
//! Every voter starts with `budget / voters` (the exact fraction, as pabutools has it). Each
//! round buys the affordable project with the smallest `ρ`; its supporters pay
//! `min(remaining, ρ·cost)`. Projects that cost nothing and have support are taken first; with
//! no voters nothing is selected (pabutools returns the empty allocation).
//!
//! The completion reruns the method with one currency unit more per voter each time (`b`,
//! `b + 1`, `b + 2`, …) and stops at the first outcome that either costs more than the budget
//! (the previous outcome is the result) or is exhaustive, no supported project being left out
//! that would still fit (this outcome is the result). [`completion`] finds the same result
//! without trying every unit; see there why it is exact.

mod affine;
mod completion;
mod engine;

use serde::{Deserialize, Serialize};

use crate::voting::Profile;

#[cfg(test)]
pub(crate) use completion::sequential;

/// One payment of a round: what each voter of a ballot paid.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Payment {
    /// The ballot's index in the profile.
    pub ballot: u32,
    /// What each of its voters paid.
    pub amount: f64,
}

/// The voters' remaining budgets after a round.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct BudgetSummary {
    /// The smallest remaining budget of a voter.
    pub min: f64,
    /// The largest.
    pub max: f64,
    /// All voters' remaining money together.
    pub total: f64,
    /// Voters with nothing left.
    pub voters_with_nothing: u64,
}

/// One round of Equal Shares: the project bought and who paid for it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct SharesRound {
    /// The project bought.
    pub project: u32,
    /// Its cost.
    pub cost: u64,
    /// `ρ`: the price per unit of utility (utility = cost, so `price / cost`).
    pub rho: f64,
    /// The price per supporter: what every supporter with enough money left paid; the others
    /// paid all they had.
    pub price: f64,
    /// The payments, by ballot.
    pub payers: Vec<Payment>,
    /// The remaining budgets after paying.
    pub budgets: BudgetSummary,
}

/// How one completion step ended.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum CompletionStatus {
    /// Within the budget and not exhaustive: a larger per-voter budget is tried next.
    Continued,
    /// Exhaustive and within the budget: this outcome is the result.
    Exhaustive,
    /// Costs more than the budget: the previous outcome is the result.
    OverBudget,
    /// No larger per-voter budget changes this outcome (pabutools would try forever): it is
    /// the result.
    Stable,
}

/// One per-voter budget the completion tried.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct CompletionStep {
    /// Add-one steps taken: the per-voter budget is `budget / voters + increment`.
    pub increment: u64,
    /// The per-voter budget.
    pub budget_per_voter: f64,
    /// The projects selected with it.
    pub selected: Vec<u32>,
    /// Their cost.
    pub cost: u64,
    /// How the step ended.
    pub status: CompletionStatus,
}

/// The add-one completion: the per-voter budgets tried. Budgets between two steps are skipped
/// because they provably select the same projects as the step before them.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Completion {
    /// The steps in order; the last one decides.
    pub steps: Vec<CompletionStep>,
}

/// The Equal Shares outcome and its explanation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct EqualSharesOutcome {
    /// The budget limit.
    pub budget: u64,
    /// Number of voters.
    pub voters: u64,
    /// Add-one steps behind the rounds shown (0 without completion).
    pub increment: u64,
    /// The per-voter budget of the rounds shown: `budget / voters + increment`.
    pub budget_per_voter: f64,
    /// Supported projects that cost nothing, taken before the first round (ids as text).
    pub free: Vec<u32>,
    /// The rounds.
    pub rounds: Vec<SharesRound>,
    /// The selected projects: the free ones, then the rounds' in order.
    pub selected: Vec<u32>,
    /// Their total cost.
    pub cost: u64,
    /// The completion's steps (`None` without completion).
    pub completion: Option<Completion>,
}

/// Equal Shares on approval or points ballots (`None` for ranked ballots).
pub fn equal_shares(profile: &Profile, budget: u64, with_completion: bool) -> Option<EqualSharesOutcome> {
    let inst = engine::Instance::new(profile, budget)?;
    if inst.voters == 0 {
        let completion = with_completion.then(|| Completion { steps: Vec::new() });
        let (free, rounds, selected) = (Vec::new(), Vec::new(), Vec::new());
        return Some(EqualSharesOutcome {
            budget,
            voters: 0,
            increment: 0,
            budget_per_voter: 0.0,
            free,
            rounds,
            selected,
            cost: 0,
            completion,
        });
    }
    let (increment, completion) = if with_completion {
        let (k, steps) = completion::fast(&inst);
        (k, Some(Completion { steps }))
    } else {
        (Some(0), None)
    };
    let budget_per_voter = inst.budget_at(increment.unwrap_or(0));
    let mut run = engine::run(&inst, budget_per_voter, true);
    if increment.is_none() {
        // The first run overspent (only possible through rounding): pabutools' previous
        // outcome is the allocation before any round.
        run.rounds.clear();
        run.selected = inst.free.clone();
    }
    let increment = increment.unwrap_or(0);
    Some(EqualSharesOutcome {
        budget,
        voters: inst.voters,
        increment,
        budget_per_voter,
        free: inst.free.clone(),
        rounds: run.rounds,
        cost: inst.cost_of(&run.selected),
        selected: run.selected,
        completion,
    })
}
