//! One run of the Method of Equal Shares at a given per-voter budget, as pabutools'
//! `method_of_equal_shares` with cost satisfaction computes it, recording where its decisions
//! could change (see [`super::affine`]).
//!
//! With cost satisfaction a supporter's utility for a project is its cost, so a project's
//! price per supporter is `q = ρ·cost`: every supporter pays `min(remaining, q)`, and `q` is
//! the smallest price at which those payments add up to the cost. Each round buys the
//! affordable project with the smallest `ρ` (the smallest `q / cost`); ties go to the project
//! whose id is first as text.
//!
//! Arithmetic is `f64`, where pabutools uses exact fractions. Comparisons between `ρ`s and the
//! affordability test allow a relative tolerance of [`EPS`]: two `ρ`s within it are a tie,
//! and a project whose supporters hold all but a fraction [`EPS`] of its cost is affordable.
//! Exact ties (which are common: two projects with the same number of uncapped supporters have
//! the same `ρ = 1/supporters`) are therefore found despite rounding, and a result can differ
//! from exact arithmetic only where two different `ρ`s agree to nine significant digits.

use super::affine::{Affine, Horizon};
use super::{BudgetSummary, Payment, SharesRound};

/// Relative tolerance of comparisons (see the module documentation).
pub(super) const EPS: f64 = 1e-9;

/// The profile as Equal Shares reads it, shared by all runs.
pub(super) struct Instance {
    /// The budget limit.
    pub budget: u64,
    /// Number of voters, and as `f64`.
    pub voters: u64,
    n: f64,
    cost: Vec<f64>,
    costs: Vec<u64>,
    /// Each option's position among the options sorted by id as text (ties: option order).
    tie_rank: Vec<u32>,
    weight: Vec<f64>,
    /// For each ballot, the projects of [`Instance::active`] it supports.
    projects_of: Vec<Vec<u32>>,
    /// For each option, the ballots (with a positive count) that support it.
    supporters: Vec<Vec<u32>>,
    support: Vec<f64>,
    /// Projects with a positive cost and some support: the ones rounds choose from.
    pub active: Vec<u32>,
    /// Projects with no cost and some support: pabutools takes them before the first round.
    pub free: Vec<u32>,
}

impl Instance {
    /// Reads approval ballots, or points ballots as approval of every option given points
    /// (cost satisfaction only asks whether a voter supports a project). `None` for ranked.
    pub fn new(profile: &crate::voting::Profile, budget: u64) -> Option<Instance> {
        use crate::voting::Ballots;
        let m = profile.candidates.len();
        let ballots: Vec<(Vec<u32>, u64)> = match &profile.ballots {
            Ballots::Approval(b) => b.iter().map(|w| (w.ballot.clone(), w.count)).collect(),
            Ballots::Points(b) => {
                b.iter().map(|w| (w.ballot.iter().filter(|&&(_, p)| p > 0).map(|&(o, _)| o).collect(), w.count)).collect()
            }
            Ballots::Ranked(_) => return None,
        };
        let costs: Vec<u64> = profile.candidates.iter().map(|c| c.cost).collect();
        let mut supporters = vec![Vec::new(); m];
        let mut support = vec![0.0; m];
        for (i, (ballot, count)) in ballots.iter().enumerate() {
            if *count == 0 {
                continue;
            }
            for &o in ballot {
                supporters[o as usize].push(i as u32);
                support[o as usize] += *count as f64;
            }
        }
        let mut by_id: Vec<usize> = (0..m).collect();
        by_id.sort_by(|&a, &b| profile.candidates[a].id.cmp(&profile.candidates[b].id).then(a.cmp(&b)));
        let mut tie_rank = vec![0u32; m];
        for (rank, &o) in by_id.iter().enumerate() {
            tie_rank[o] = rank as u32;
        }
        let supported = |o: usize| support[o] > 0.0;
        let active: Vec<u32> = (0..m).filter(|&o| supported(o) && costs[o] > 0).map(|o| o as u32).collect();
        let free: Vec<u32> = by_id.iter().copied().filter(|&o| supported(o) && costs[o] == 0).map(|o| o as u32).collect();
        let mut is_active = vec![false; m];
        active.iter().for_each(|&o| is_active[o as usize] = true);
        let projects_of = ballots.iter().map(|(b, _)| b.iter().copied().filter(|&o| is_active[o as usize]).collect()).collect();
        let voters = ballots.iter().map(|(_, c)| *c).fold(0u64, u64::saturating_add);
        Some(Instance {
            budget,
            voters,
            n: voters as f64,
            cost: costs.iter().map(|&c| c as f64).collect(),
            costs,
            tie_rank,
            weight: ballots.iter().map(|(_, c)| *c as f64).collect(),
            projects_of,
            supporters,
            support,
            active,
            free,
        })
    }

    /// The per-voter budget after `k` add-one steps: `budget / voters + k` (pabutools keeps
    /// the exact fraction `budget / voters`, not a rounded share).
    pub fn budget_at(&self, k: u64) -> f64 {
        (self.budget as f64 + k as f64 * self.n) / self.n
    }

    /// The smallest `k` with `budget_at(k) ≥ b` (saturating).
    pub fn steps_to(&self, b: f64) -> u64 {
        let k = (b - self.budget as f64 / self.n).ceil();
        if k.is_nan() || k <= 0.0 {
            0
        } else if k >= u64::MAX as f64 {
            u64::MAX
        } else {
            k as u64
        }
    }

    /// Total cost of a selection.
    pub fn cost_of(&self, selection: &[u32]) -> u64 {
        selection.iter().map(|&o| self.costs[o as usize]).fold(0u64, u64::saturating_add)
    }

    /// pabutools' `is_exhaustive(outcome, available_projects=projects)`: no project that rounds
    /// could choose is left out although it would still fit.
    pub fn is_exhaustive(&self, selection: &[u32]) -> bool {
        let cost = self.cost_of(selection);
        self.active.iter().all(|o| selection.contains(o) || cost.saturating_add(self.costs[*o as usize]) > self.budget)
    }
}

/// What one run found.
pub(super) struct RunResult {
    /// Free projects, then the rounds' projects in order.
    pub selected: Vec<u32>,
    /// The rounds (only when details were asked for).
    pub rounds: Vec<SharesRound>,
    /// The rounds' projects with their `ρ`, for [`holds_until`].
    pub trace: Vec<(u32, f64)>,
    /// Where the run's choices would first change if every budget and price kept its current
    /// slope: a guess of how far the same selection reaches, which [`holds_until`] proves.
    pub horizon: f64,
}

/// A project's price as just evaluated.
#[derive(Clone, Copy)]
struct Price {
    project: u32,
    rho: f64,
    rho_form: Affine,
    q: f64,
    q_form: Affine,
}

/// Runs Equal Shares with per-voter budget `b`.
pub(super) fn run(inst: &Instance, b: f64, details: bool) -> RunResult {
    let mut st = State::new(inst, b);
    let mut selected = inst.free.clone();
    let mut trace = Vec::new();
    let mut rounds = Vec::new();
    let mut live = inst.active.clone();
    let mut evaluated: Vec<Price> = Vec::new();
    loop {
        live.retain(|&j| st.still_affordable(j));
        if live.is_empty() {
            break;
        }
        let rank = &inst.tie_rank;
        live.sort_by(|&x, &y| st.lb[x as usize].total_cmp(&st.lb[y as usize]).then(rank[x as usize].cmp(&rank[y as usize])));
        // Lazy evaluation as in pabutools: a project's last ρ is a lower bound of its ρ now
        // (budgets only shrink), so projects whose bound is already worse need no evaluation.
        evaluated.clear();
        let mut best = f64::INFINITY;
        let mut first_unevaluated = live.len();
        for (pos, &j) in live.iter().enumerate() {
            if st.lb[j as usize] > best * (1.0 + EPS) {
                first_unevaluated = pos;
                break;
            }
            let price = st.evaluate(j);
            best = best.min(price.rho);
            evaluated.push(price);
        }
        let by_rank = |p: &&Price| rank[p.project as usize];
        let Some(&r) = evaluated.iter().filter(|p| p.rho == best).min_by_key(by_rank) else { break };
        let Some(&chosen) = evaluated.iter().filter(|p| p.rho <= best * (1.0 + EPS)).min_by_key(by_rank) else { break };
        let band = r.rho_form * (1.0 + EPS);
        let before_chosen = |j: u32| rank[j as usize] < rank[chosen.project as usize];
        for p in evaluated.iter().filter(|p| p.project != r.project) {
            st.horizon.guard(p.rho_form - r.rho_form);
            if before_chosen(p.project) {
                st.horizon.guard(p.rho_form - band);
            }
        }
        if chosen.project != r.project {
            st.horizon.guard(band - chosen.rho_form);
        }
        for &j in live.iter().skip(first_unevaluated) {
            let bound = st.lb_form[j as usize];
            st.horizon.guard(if before_chosen(j) { bound - band } else { bound - r.rho_form });
        }
        let payers = st.pay(chosen, details);
        live.retain(|&j| j != chosen.project);
        selected.push(chosen.project);
        trace.push((chosen.project, chosen.rho));
        if details {
            let cost = inst.costs[chosen.project as usize];
            rounds.push(SharesRound { project: chosen.project, cost, rho: chosen.rho, price: chosen.q, payers, budgets: st.summary() });
        }
    }
    RunResult { selected, rounds, trace, horizon: st.horizon.at }
}

/// Whether every per-voter budget from the run `lo` was made with up to `b_hi` makes the same
/// choices, and so selects the same projects.
///
/// While the rounds choose the same projects, every remaining budget is a non-decreasing
/// function of the per-voter budget and every price a non-increasing one (more money lowers
/// the water level at which supporters cover a cost, and a supporter keeps `v − min(v, q)`).
/// So for `b'` between the two ends each project's `ρ(b')` lies between `ρ(b_hi)` and `ρ(b_lo)`
/// and its available money between the two ends' sums. This run at `b_hi` follows `lo`'s
/// choices and checks, round by round, that they are forced for every `b'` in between: the
/// chosen project's `ρ` at `b_lo` is within the tie tolerance of every other affordable
/// project's `ρ` at `b_hi`, strictly better than those that would win a tie, and projects
/// affordable at `b_hi` but not chosen are no threat; after the last round nothing is
/// affordable at `b_hi`. By induction over the rounds every budget in between makes the same
/// choices.
pub(super) fn holds_until(inst: &Instance, lo: &[(u32, f64)], b_hi: f64) -> bool {
    let mut st = State::new(inst, b_hi);
    let mut live = inst.active.clone();
    let rank = &inst.tie_rank;
    for &(chosen, rho_lo) in lo {
        live.retain(|&j| st.still_affordable(j));
        if !live.contains(&chosen) {
            return false;
        }
        let mut chosen_price = None;
        for &j in &live {
            let bar = if rank[j as usize] < rank[chosen as usize] { rho_lo * (1.0 + EPS) } else { rho_lo / (1.0 + EPS) };
            if j == chosen {
                chosen_price = Some(st.evaluate(j));
            } else if st.lb[j as usize] <= bar && st.evaluate(j).rho <= bar {
                return false;
            }
        }
        let Some(price) = chosen_price else { return false };
        st.pay(price, false);
        live.retain(|&j| j != chosen);
    }
    live.retain(|&j| st.still_affordable(j));
    live.is_empty()
}

/// The budgets and per-project sums of one run.
struct State<'a> {
    inst: &'a Instance,
    b: f64,
    v: Vec<f64>,
    form: Vec<Affine>,
    avail: Vec<f64>,
    avail_form: Vec<Affine>,
    lb: Vec<f64>,
    lb_form: Vec<Affine>,
    horizon: Horizon,
    scratch: Vec<(f64, u32)>,
}

impl<'a> State<'a> {
    /// Every voter holds `b`; nothing is bought yet.
    fn new(inst: &'a Instance, b: f64) -> State<'a> {
        State {
            inst,
            b,
            v: vec![b; inst.weight.len()],
            form: vec![Affine { a: 0.0, s: 1.0 }; inst.weight.len()],
            avail: inst.support.iter().map(|&m| m * b).collect(),
            avail_form: inst.support.iter().map(|&m| Affine { a: 0.0, s: m }).collect(),
            lb: inst.support.iter().map(|&m| if m > 0.0 { 1.0 / m } else { f64::INFINITY }).collect(),
            lb_form: inst.support.iter().map(|&m| Affine::constant(if m > 0.0 { 1.0 / m } else { f64::INFINITY })).collect(),
            horizon: Horizon::open(),
            scratch: Vec::new(),
        }
    }
}

impl State<'_> {
    /// Whether project `j`'s supporters together still hold its cost, guarding the answer.
    fn still_affordable(&mut self, j: u32) -> bool {
        let need = self.inst.cost[j as usize] * (1.0 - EPS);
        let ok = self.avail[j as usize] >= need;
        let margin = self.avail_form[j as usize] - Affine::constant(need);
        self.horizon.guard(if ok { margin } else { Affine::constant(0.0) - margin });
        ok
    }

    /// Project `j`'s price now: the water level `q` at which its supporters' payments
    /// `min(budget, q)` cover its cost, found as pabutools does by going through the supporters
    /// from the poorest. Guards which supporters are capped (pay everything they have).
    fn evaluate(&mut self, j: u32) -> Price {
        let inst = self.inst;
        let c = inst.cost[j as usize];
        let supporters = &inst.supporters[j as usize];
        let m = inst.support[j as usize];
        let poorest = supporters.iter().map(|&i| self.v[i as usize]).fold(f64::INFINITY, f64::min);
        let (rho, q, q_form) = if poorest >= c / m {
            // Nobody is capped: ρ = c / (m·c) rounds exactly as 1/m, so equal counts tie exactly.
            (c / (m * c), c / m, Affine::constant(c / m))
        } else {
            self.scratch.clear();
            self.scratch.extend(supporters.iter().map(|&i| (self.v[i as usize], i)));
            self.scratch.sort_unstable_by(|x, y| x.0.total_cmp(&y.0));
            let (mut paid, mut paid_form, mut rest) = (0.0, Affine::default(), m);
            let mut level = None;
            for &(vi, i) in &self.scratch {
                if (c - paid) / rest <= vi {
                    level = Some(((c - paid) / (rest * c), (c - paid) / rest, (Affine::constant(c) - paid_form) * (1.0 / rest)));
                    break;
                }
                let w = inst.weight[i as usize];
                paid += w * vi;
                paid_form = paid_form + self.form[i as usize] * w;
                rest -= w;
            }
            // Reached only within the affordability tolerance: everyone pays all they have.
            level.unwrap_or_else(|| {
                let (vi, i) = self.scratch.last().copied().unwrap_or((0.0, 0));
                (vi / c, vi, self.form.get(i as usize).copied().unwrap_or_default())
            })
        };
        let rho_form = q_form * (1.0 / c);
        self.lb[j as usize] = rho;
        self.lb_form[j as usize] = rho_form;
        Price { project: j, rho, rho_form, q, q_form }
    }

    /// Charges the supporters of the chosen project and updates what every project they
    /// support has available. Returns the payments when details are wanted.
    fn pay(&mut self, p: Price, details: bool) -> Vec<Payment> {
        let inst = self.inst;
        let mut payers = Vec::new();
        for &i in &inst.supporters[p.project as usize] {
            let (old, old_form) = (self.v[i as usize], self.form[i as usize]);
            let (new, new_form) = if old < p.q { (0.0, Affine::default()) } else { ((old - p.q).max(0.0), old_form - p.q_form) };
            self.v[i as usize] = new;
            self.form[i as usize] = new_form;
            let w = inst.weight[i as usize];
            for &j in &inst.projects_of[i as usize] {
                self.avail[j as usize] += w * (new - old);
                self.avail_form[j as usize] = self.avail_form[j as usize] + (new_form - old_form) * w;
            }
            if details && old > new {
                payers.push(Payment { ballot: i, amount: old - new });
            }
        }
        payers
    }

    /// The voters' remaining budgets after a round.
    fn summary(&self) -> BudgetSummary {
        let mut s = BudgetSummary { min: f64::INFINITY, max: 0.0, total: 0.0, voters_with_nothing: 0 };
        for (i, &w) in self.inst.weight.iter().enumerate() {
            if w > 0.0 {
                let v = self.v[i];
                s.min = s.min.min(v);
                s.max = s.max.max(v);
                s.total += w * v;
                if v <= self.b * EPS {
                    s.voters_with_nothing += w as u64;
                }
            }
        }
        if s.min.is_infinite() {
            s.min = 0.0;
        }
        s
    }
}
