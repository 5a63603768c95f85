//! The counting rules: one entry point, [`tally`], that takes a [`Profile`] and a [`Rule`] and
//! returns an [`Outcome`] carrying everything a results page explains (totals, pairwise
//! matrices, rounds, payments), by option index (`u32`) and ballot index (position in the
//! profile's ballot list).
//!
//! Each rule follows a published reference so that anyone can recompute a result: Schulze as
//! pref_voting's `beat_path`, instant run-off as pref_voting's `instant_runoff_tb`, greedy and
//! the Method of Equal Shares as pabutools (`greedy_utilitarian_welfare`,
//! `method_of_equal_shares`, cost satisfaction). The tie rules are documented on each rule.

mod equal_shares;
mod greedy;
mod irv;
mod schulze;
mod totals;
mod validate;

#[cfg(test)]
mod tests_budget;
#[cfg(test)]
mod tests_completion;
#[cfg(test)]
mod tests_ranked;

use serde::{Deserialize, Serialize};

use super::{Ballots, Profile};

pub use equal_shares::{
    BudgetSummary, Completion, CompletionStatus, CompletionStep, EqualSharesOutcome, Payment, SharesRound, equal_shares,
};
pub use greedy::{GreedyOutcome, GreedyStep};
pub use irv::{IrvOutcome, IrvRound};
pub use schulze::{SchulzeOutcome, Strength};
pub use totals::TotalsOutcome;

/// A counting rule, as the portal and `chorus tally` name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Approval voting: the options ordered by number of approvals.
    Approval,
    /// Points (cumulative, dot voting): the options ordered by total points.
    Points,
    /// Schulze with margins as link strength (pref_voting's `beat_path`).
    Schulze,
    /// Schulze with winning votes as link strength.
    SchulzeWinning,
    /// Instant run-off on the ranked ballots.
    Irv,
    /// Greedy participatory budgeting: most votes first, skipping what does not fit.
    Greedy,
    /// Method of Equal Shares with the add-one completion.
    EqualShares,
    /// Method of Equal Shares without completion.
    EqualSharesNoCompletion,
}

impl Rule {
    /// Every rule, in the order a menu lists them.
    pub const ALL: [Rule; 8] = [
        Rule::Approval,
        Rule::Points,
        Rule::Schulze,
        Rule::SchulzeWinning,
        Rule::Irv,
        Rule::Greedy,
        Rule::EqualShares,
        Rule::EqualSharesNoCompletion,
    ];

    /// The rule named `s` (`"approval"`, `"points"`, `"schulze"`, `"schulze-winning"`, `"irv"`,
    /// `"greedy"`, `"equal-shares"`, `"equal-shares-no-completion"`), or `None`.
    pub fn parse(s: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|rule| rule.as_str() == s)
    }

    /// The rule's name, as [`Rule::parse`] reads it.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Approval => "approval",
            Rule::Points => "points",
            Rule::Schulze => "schulze",
            Rule::SchulzeWinning => "schulze-winning",
            Rule::Irv => "irv",
            Rule::Greedy => "greedy",
            Rule::EqualShares => "equal-shares",
            Rule::EqualSharesNoCompletion => "equal-shares-no-completion",
        }
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a rule could not count a profile.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// The rule needs another kind of ballot (Schulze needs ranked or approval ballots, …).
    #[error("the rule {rule} does not apply to {ballots} ballots")]
    NotApplicable {
        /// The rule's name.
        rule: &'static str,
        /// The kind of ballots given (`"approval"`, `"ranked"`, `"points"`).
        ballots: &'static str,
    },
    /// A budget rule was given a profile without a budget limit.
    #[error("the rule {rule} needs a budget limit")]
    NoBudget {
        /// The rule's name.
        rule: &'static str,
    },
    /// A number is beyond what the rules count exactly: a budget or cost above
    /// [`MAX_AMOUNT`], points above [`MAX_POINTS`], or more than [`MAX_VOTERS`] voters.
    #[error("the {what} is too large to count exactly")]
    TooLarge {
        /// What is too large (`budget`, `cost`, `points`, `number of voters`).
        what: &'static str,
    },
    /// A ballot names an option that does not exist or names one option twice.
    #[error("ballot {ballot} is invalid: {reason}")]
    InvalidBallot {
        /// The ballot's index in the profile.
        ballot: usize,
        /// What is wrong with it.
        reason: String,
    },
}

/// The largest budget or cost the rules take: far above any municipal budget, and small
/// enough that every amount and every sum of them is exact in the `f64` the Equal Shares
/// arithmetic uses (below 2^53) and cannot overflow.
pub const MAX_AMOUNT: u64 = 1_000_000_000_000_000;
/// The most points one ballot may give one option.
pub const MAX_POINTS: u64 = 1_000_000_000;
/// The most voters a profile may have (the sum of its multiplicities).
pub const MAX_VOTERS: u64 = 1_000_000_000;

/// The result of counting, with the details that explain it; `rule` names the rule in JSON.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "rule", rename_all = "kebab-case")]
pub enum Outcome {
    /// Approval totals.
    Approval(TotalsOutcome),
    /// Points totals.
    Points(TotalsOutcome),
    /// Schulze with margins.
    Schulze(SchulzeOutcome),
    /// Schulze with winning votes.
    SchulzeWinning(SchulzeOutcome),
    /// Instant run-off rounds.
    Irv(IrvOutcome),
    /// Greedy budgeting steps.
    Greedy(GreedyOutcome),
    /// Equal Shares with completion.
    EqualShares(EqualSharesOutcome),
    /// Equal Shares without completion.
    EqualSharesNoCompletion(EqualSharesOutcome),
}

impl Outcome {
    /// The options the rule puts forward, in its order: the full ranking for approval, points
    /// and Schulze; the winner then the others in reverse elimination order for IRV; the
    /// selected projects in selection order for the budget rules.
    pub fn winners(&self) -> Vec<u32> {
        match self {
            Outcome::Approval(o) | Outcome::Points(o) => o.order.clone(),
            Outcome::Schulze(o) | Outcome::SchulzeWinning(o) => o.order.clone(),
            Outcome::Irv(o) => o.order.clone(),
            Outcome::Greedy(o) => o.selected.clone(),
            Outcome::EqualShares(o) | Outcome::EqualSharesNoCompletion(o) => o.selected.clone(),
        }
    }

    /// The rule that produced this outcome.
    pub fn rule(&self) -> Rule {
        match self {
            Outcome::Approval(_) => Rule::Approval,
            Outcome::Points(_) => Rule::Points,
            Outcome::Schulze(_) => Rule::Schulze,
            Outcome::SchulzeWinning(_) => Rule::SchulzeWinning,
            Outcome::Irv(_) => Rule::Irv,
            Outcome::Greedy(_) => Rule::Greedy,
            Outcome::EqualShares(_) => Rule::EqualShares,
            Outcome::EqualSharesNoCompletion(_) => Rule::EqualSharesNoCompletion,
        }
    }
}

/// Counts `profile` by `rule`. Never panics: ballots that name unknown options, a missing
/// budget or a kind of ballot the rule cannot read are errors; empty profiles, empty ballots
/// and all-tied profiles have defined results.
pub fn tally(profile: &Profile, rule: Rule) -> Result<Outcome, RuleError> {
    validate::check(profile)?;
    let not_applicable = || RuleError::NotApplicable { rule: rule.as_str(), ballots: ballots_kind(&profile.ballots) };
    let budget = || profile.budget.ok_or(RuleError::NoBudget { rule: rule.as_str() });
    Ok(match rule {
        Rule::Approval => match &profile.ballots {
            Ballots::Approval(ballots) => Outcome::Approval(totals::approval(profile.candidates.len(), ballots)),
            _ => return Err(not_applicable()),
        },
        Rule::Points => Outcome::Points(totals::points(profile.candidates.len(), &profile.ballots).ok_or_else(not_applicable)?),
        Rule::Schulze | Rule::SchulzeWinning => {
            let strength = if rule == Rule::Schulze { Strength::Margin } else { Strength::WinningVotes };
            let outcome = schulze::schulze(profile, strength).ok_or_else(not_applicable)?;
            if rule == Rule::Schulze { Outcome::Schulze(outcome) } else { Outcome::SchulzeWinning(outcome) }
        }
        Rule::Irv => Outcome::Irv(irv::irv(profile).ok_or_else(not_applicable)?),
        Rule::Greedy => {
            let budget = budget()?;
            Outcome::Greedy(greedy::greedy(profile, budget).ok_or_else(not_applicable)?)
        }
        Rule::EqualShares | Rule::EqualSharesNoCompletion => {
            let budget = budget()?;
            let completion = rule == Rule::EqualShares;
            let outcome = equal_shares(profile, budget, completion).ok_or_else(not_applicable)?;
            if completion { Outcome::EqualShares(outcome) } else { Outcome::EqualSharesNoCompletion(outcome) }
        }
    })
}

/// The kind of ballots, as error messages name it.
fn ballots_kind(ballots: &Ballots) -> &'static str {
    match ballots {
        Ballots::Approval(_) => "approval",
        Ballots::Ranked(_) => "ranked",
        Ballots::Points(_) => "points",
    }
}
