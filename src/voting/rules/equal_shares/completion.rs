//! The add-one completion without trying every currency unit.
//!
//! pabutools' definition runs Equal Shares with per-voter budget `b₀ = budget / voters`, then
//! `b₀ + 1`, `b₀ + 2`, … and stops at the first outcome that costs more than the budget
//! (result: the outcome before it) or is exhaustive (result: this outcome). With budgets in the
//! hundreds of millions that is millions of runs.
//!
//! Within one run every remaining budget, available sum, price and `ρ` is an affine function of
//! the per-voter budget `b` while the run's combinatorial structure stays the same: which
//! project each round chooses, which projects are affordable, which supporters are capped. The
//! run therefore records, for every comparison it makes, the smallest `b' > b` at which that
//! comparison could come out differently (its *horizon*). Below the horizon every comparison
//! comes out the same, so every run in between selects the same projects; none of them can stop
//! the sequential definition (it did not stop at `b`, and stopping depends only on the
//! selection), and the outcome "before" the next one tried is this same selection. The
//! completion therefore jumps straight to the first `b₀ + k` at or above the horizon — never
//! less than one unit further — and is equal to the sequential definition step for step where
//! the selection changes.
//!
//! The horizon is computed in `f64` and lowered by a relative margin of 10⁻⁹ before use, so
//! rounding can only make a jump shorter (one more run), never skip a change.

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
        let horizon = run.horizon - MARGIN * run.horizon.abs().max(1.0);
        if !horizon.is_finite() || k == u64::MAX {
            step(CompletionStatus::Stable);
            return (Some(k), steps);
        }
        step(CompletionStatus::Continued);
        let next = inst.steps_to(horizon).max(k + 1);
        // Every per-voter budget from this one to the one before `next` selects the same.
        previous = Some(next - 1);
        k = next;
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
