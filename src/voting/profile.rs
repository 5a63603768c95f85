//! The input of every counting rule: the options (candidates or projects) and the ballots.

use serde::{Deserialize, Serialize};

/// One option on a ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    /// Its identifier as files and the portal show it (`"1828"`, `"o3"`).
    pub id: String,
    /// Its human-readable name (may be empty).
    pub name: String,
    /// Its cost, for budget ballots (0 elsewhere).
    pub cost: u64,
}

/// A ballot together with how many voters cast exactly that ballot (PrefLib's multiplicities;
/// 1 for ballots from the portal or a pabulib file).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weighted<T> {
    /// The ballot.
    pub ballot: T,
    /// How many voters cast it (at least 1).
    pub count: u64,
}

/// The ballots of one vote, by kind. Option numbers are indices into [`Profile::candidates`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "ballots", rename_all = "snake_case")]
pub enum Ballots {
    /// Each ballot is the set of approved options (sorted, no duplicates; may be empty).
    Approval(Vec<Weighted<Vec<u32>>>),
    /// Each ballot is a weak order: tiers from most to least preferred, each tier a set of
    /// options ranked equal. Options in no tier are unranked: below every ranked option and
    /// equal among themselves (PrefLib's `.toc`). A ballot may be empty.
    Ranked(Vec<Weighted<Vec<Vec<u32>>>>),
    /// Each ballot gives points to options: `(option, points)` with points > 0, sorted by
    /// option, no duplicates (cumulative / dot voting).
    Points(Vec<Weighted<Vec<(u32, u64)>>>),
}

/// The options and ballots of one vote, with the budget for participatory budgeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// The options, in the ballot's order (the order that breaks ties in ranked rules).
    pub candidates: Vec<Candidate>,
    /// The budget limit, for budget rules.
    pub budget: Option<u64>,
    /// The ballots.
    pub ballots: Ballots,
}

impl Profile {
    /// Number of voters (the sum of the ballots' multiplicities).
    pub fn voters(&self) -> u64 {
        match &self.ballots {
            Ballots::Approval(b) => b.iter().map(|w| w.count).sum(),
            Ballots::Ranked(b) => b.iter().map(|w| w.count).sum(),
            Ballots::Points(b) => b.iter().map(|w| w.count).sum(),
        }
    }
}
