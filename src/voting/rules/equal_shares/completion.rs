//! The add-one completion without trying every currency unit.
//!
//! pabutools' definition runs Equal Shares with per-voter budget `b₀ = budget / voters`, then
//! `b₀ + 1`, `b₀ + 2`, … and stops at the first outcome that costs more than the budget
//! (result: the outcome before it) or is exhaustive (result: this outcome). With budgets in the
//! hundreds of millions that is millions of runs.
//!
//! Instead, each run is followed by a proof of how far its choices reach. While the rounds
//! choose the same projects, remaining budgets grow and prices fall with the per-voter budget,
//! so one extra run at a larger budget `b_hi`, following the same choices, bounds every price
//! and available sum in between; [`engine::holds_until`] checks that those bounds force every
//! choice (and the end of the rounds) for all budgets from `b` to `b_hi`. Every run in between
//! then selects the same projects, none of them stops the sequential definition (it did not
//! stop at `b`, and stopping depends only on the selection), and the outcome "before" the next
//! budget tried is this same selection: the result is the sequential definition's.
//!
//! How far to try is a guess: where the run's comparisons would flip if every budget and price
//! kept its current slope ([`super::affine`]), lowered by a relative margin of 10⁻⁹; the guess
//! is doubled while proofs succeed and halved when one fails. A wrong guess costs runs, never
//! correctness.

use super::engine::{self, Instance};
use super::{CompletionStatus, CompletionStep};

/// Relative margin taken off each horizon against rounding.
const MARGIN: f64 = 1e-9;

/// Runs the completion. Returns the add-one steps of the run that gives the result (`None`:
/// the result is the allocation before any round, the free projects; only if the very first
/// run overspends, which exact arithmetic rules out) and the steps tried.
pub(super) fn fast(inst: &Instance) -> (Option<u64>, Vec<CompletionStep>) {
    let mut steps = Vec::new();
    let mut k = 0u64;
    let mut previous = None;
    loop {
        let b = inst.budget_at(k);
        let run = engine::run(inst, b, false);
        let cost = inst.cost_of(&run.selected);
        let mut step =
            |status| steps.push(CompletionStep { increment: k, budget_per_voter: b, selected: run.selected.clone(), cost, status });
        if cost > inst.budget {
            step(CompletionStatus::OverBudget);
            return (previous, steps);
        }
        if inst.is_exhaustive(&run.selected) {
            step(CompletionStatus::Exhaustive);
            return (Some(k), steps);
        }
        // The affine horizon is only a guess (capping changes bend the lines); `reach` proves.
        let horizon = run.horizon - MARGIN * run.horizon.abs().max(1.0);
        let guess = if horizon.is_finite() { inst.steps_to(horizon).saturating_sub(1) } else { k + 1 };
        let last = if k == u64::MAX { k } else { reach(inst, k, &run.trace, guess) };
        if last == u64::MAX {
            step(CompletionStatus::Stable);
            return (Some(k), steps);
        }
        step(CompletionStatus::Continued);
        // Every per-voter budget from this one to `last` selects the same projects.
        previous = Some(last);
        k = last.saturating_add(1);
    }
}

/// The largest `last ≥ k` such that every per-voter budget from `budget_at(k)` to
/// `budget_at(last)` makes the choices `trace` records, starting from the guess `guess` and
/// halving the distance whenever [`engine::holds_until`] cannot prove it.
fn reach(inst: &Instance, k: u64, trace: &[(u32, f64)], guess: u64) -> u64 {
    let (mut proven, mut unproven) = (k, None::<u64>);
    let mut probe = guess.max(k + 1);
    loop {
        if engine::holds_until(inst, trace, inst.budget_at(probe)) {
            proven = probe;
            // A proven guess may reach further: try twice the distance, up to what failed.
            let further = k.saturating_add(2 * (probe - k));
            probe = unproven.map_or(further, |u| proven + (u - proven) / 2);
        } else {
            unproven = Some(probe);
            probe = proven + (probe - proven) / 2;
        }
        if probe <= proven || Some(probe) == unproven {
            return proven;
        }
    }
}

/// The plain definition, one unit at a time (the oracle the tests compare [`fast`] with).
/// Returns the final selection, or `None` if it needs more than `max_steps` runs.
#[cfg(test)]
pub(crate) fn sequential(profile: &crate::voting::Profile, budget: u64, max_steps: u64) -> Option<Vec<u32>> {
    let inst = Instance::new(profile, budget)?;
    if inst.voters == 0 {
        return Some(Vec::new());
    }
    let mut previous = inst.free.clone();
    for k in 0..max_steps {
        let selected = engine::run(&inst, inst.budget_at(k), false).selected;
        if inst.cost_of(&selected) > inst.budget {
            return Some(previous);
        }
        if inst.is_exhaustive(&selected) {
            return Some(selected);
        }
        previous = selected;
    }
    None
}
