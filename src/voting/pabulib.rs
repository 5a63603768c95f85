//! pabulib's `.pb` files (<https://pabulib.org/format>), the common format of participatory
//! budgeting data: three `;`-separated sections, META (key and value), PROJECTS (one row a
//! project) and VOTES (one row a voter), each with a header row naming its columns.
//!
//! Reading is strict where a lenient reader would count something other than what the file
//! says: an unknown project in a vote, a number that is not one, a row with the wrong number of
//! fields, a duplicate id or a count in META that disagrees with the rows are all errors naming
//! the line. Fields are trimmed, as pabutools trims them. Reading is in `pabulib_read.rs`,
//! writing in `pabulib_write.rs`.

use super::files::{FormatError, whole_number};
use super::{Ballots, Candidate, Profile, Weighted};

/// How the voters of a pabulib file voted (META's `vote_type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteType {
    /// Each voter approves a set of projects (`approval`, or `choose-1` for one approval).
    Approval,
    /// Each voter spreads points over projects (`cumulative`).
    Cumulative,
    /// Each voter scores projects (`scoring`; read here when the scores are whole and ≥ 0).
    Scoring,
    /// Each voter ranks projects, most preferred first (`ordinal`).
    Ordinal,
}

impl VoteType {
    /// The type named by a `vote_type` value.
    pub fn parse(s: &str) -> Option<VoteType> {
        match s.trim() {
            "approval" | "choose-1" => Some(VoteType::Approval),
            "cumulative" => Some(VoteType::Cumulative),
            "scoring" => Some(VoteType::Scoring),
            "ordinal" => Some(VoteType::Ordinal),
            _ => None,
        }
    }

    /// The `vote_type` value a file writes for it.
    pub fn as_str(self) -> &'static str {
        match self {
            VoteType::Approval => "approval",
            VoteType::Cumulative => "cumulative",
            VoteType::Scoring => "scoring",
            VoteType::Ordinal => "ordinal",
        }
    }

    /// Whether votes of this type give points (and so need a `points` column).
    pub fn has_points(self) -> bool {
        matches!(self, VoteType::Cumulative | VoteType::Scoring)
    }
}

/// One row of PROJECTS.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PbProject {
    /// `project_id`: how votes refer to it.
    pub id: String,
    /// `cost`.
    pub cost: u64,
    /// `name` (empty when the file has no such column).
    pub name: String,
    /// The file's own `votes` column: how many voters it says voted for the project.
    pub votes: Option<u64>,
    /// The file's own `score` column (total points, for cumulative votes).
    pub score: Option<u64>,
    /// The file's own `selected` column: whether the city funded it. Cities sometimes counted
    /// votes that are not in the file (paper ballots), so this may differ from any recount.
    pub selected: Option<bool>,
    /// The other columns (`category`, `description`, …): header and value, in file order.
    pub extra: Vec<(String, String)>,
}

/// One row of VOTES.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PbVote {
    /// `voter_id`.
    pub voter_id: String,
    /// `vote`: the projects voted for, as indices into [`PbFile::projects`], in file order
    /// (for ordinal votes: most preferred first).
    pub vote: Vec<u32>,
    /// `points`, one per project in `vote`, for cumulative and scoring votes.
    pub points: Option<Vec<u64>>,
    /// The other columns (`age`, `sex`, `voting_method`, …): header and value, in file order.
    pub extra: Vec<(String, String)>,
}

/// A whole pabulib file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PbFile {
    /// META's rows, in file order, values as written (`budget`, `vote_type`, `description`…).
    pub meta: Vec<(String, String)>,
    /// How the votes are to be read (META's `vote_type`, which is required).
    pub vote_type: VoteType,
    /// PROJECTS, in file order (the order of [`Profile::candidates`]).
    pub projects: Vec<PbProject>,
    /// VOTES, in file order.
    pub votes: Vec<PbVote>,
}

/// The constraints META sets on a valid vote: what the portal needs to open a ballot like the
/// file's. Each is absent when the file does not set it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PbLimits {
    /// `min_length`: fewest projects a vote names.
    pub min_length: Option<u64>,
    /// `max_length`: most projects a vote names.
    pub max_length: Option<u64>,
    /// `min_sum_cost`: least total cost of the projects a vote names.
    pub min_sum_cost: Option<u64>,
    /// `max_sum_cost`: most total cost of the projects a vote names.
    pub max_sum_cost: Option<u64>,
    /// `min_points`: fewest points given to one project.
    pub min_points: Option<u64>,
    /// `max_points`: most points given to one project.
    pub max_points: Option<u64>,
    /// `min_sum_points`: fewest points a voter gives in all.
    pub min_sum_points: Option<u64>,
    /// `max_sum_points`: most points a voter gives in all.
    pub max_sum_points: Option<u64>,
}

impl PbFile {
    /// Reads a whole `.pb` file. Every error names its line.
    pub fn parse(text: &str) -> Result<PbFile, FormatError> {
        super::pabulib_read::parse(text)
    }

    /// META's value for `key`, as written.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// META's value for `key` as a whole number (absent, or not a number, gives `None`).
    pub fn number(&self, key: &str) -> Option<u64> {
        self.meta(key).and_then(whole_number)
    }

    /// META's `budget`.
    pub fn budget(&self) -> Option<u64> {
        self.number("budget")
    }

    /// The constraints META sets on a vote.
    pub fn limits(&self) -> PbLimits {
        PbLimits {
            min_length: self.number("min_length"),
            max_length: self.number("max_length"),
            min_sum_cost: self.number("min_sum_cost"),
            max_sum_cost: self.number("max_sum_cost"),
            min_points: self.number("min_points"),
            max_points: self.number("max_points"),
            min_sum_points: self.number("min_sum_points"),
            max_sum_points: self.number("max_sum_points"),
        }
    }

    /// The projects the file says were selected (indices, in file order), or `None` when it
    /// has no `selected` column.
    pub fn selected(&self) -> Option<Vec<u32>> {
        if self.projects.iter().all(|p| p.selected.is_none()) {
            return None;
        }
        Some((0u32..).zip(&self.projects).filter(|(_, p)| p.selected == Some(true)).map(|(i, _)| i).collect())
    }

    /// The profile to count: approval votes as approval ballots, cumulative and scoring votes
    /// as points (zero points dropped), ordinal votes as strict rankings; one voter a ballot.
    pub fn profile(&self) -> Profile {
        let candidates = self.projects.iter().map(|p| Candidate { id: p.id.clone(), name: p.name.clone(), cost: p.cost }).collect();
        let ballots = match self.vote_type {
            VoteType::Approval => Ballots::Approval(
                self.votes
                    .iter()
                    .map(|v| {
                        let mut set = v.vote.clone();
                        set.sort_unstable();
                        Weighted { ballot: set, count: 1 }
                    })
                    .collect(),
            ),
            VoteType::Cumulative | VoteType::Scoring => Ballots::Points(
                self.votes
                    .iter()
                    .map(|v| {
                        let points = v.points.as_deref().unwrap_or_default();
                        let mut given: Vec<(u32, u64)> =
                            v.vote.iter().copied().zip(points.iter().copied()).filter(|&(_, p)| p > 0).collect();
                        given.sort_unstable();
                        Weighted { ballot: given, count: 1 }
                    })
                    .collect(),
            ),
            VoteType::Ordinal => Ballots::Ranked(
                self.votes.iter().map(|v| Weighted { ballot: v.vote.iter().map(|&i| vec![i]).collect(), count: 1 }).collect(),
            ),
        };
        Profile { candidates, budget: self.budget(), ballots }
    }
}

#[cfg(test)]
#[path = "pabulib_tests.rs"]
mod tests;
