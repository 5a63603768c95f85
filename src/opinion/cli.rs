//! `chorus opinion`: analyse a reactions file and describe the result as JSON, with the
//! file's ids in place of the analysis's indices. Here rather than in `main.rs` so that tests
//! call it directly and the binary stays thin.
//!
//! The JSON is an object with, in this order:
//! - `participants`, `statements`: how many the file names;
//! - `included`: the ids of the participants on the map, and `coordinates`: their `[x, y]`,
//!   in the same order;
//! - `explained_variance_ratio`: the share of the variance along each axis;
//! - `silhouettes`: per k tried, `{k, silhouette, smallest, eligible}`; `k`: the one chosen
//!   (or `null`);
//! - `groups`: `{members, size, representative}`, each representative statement
//!   `{statement, direction, probability, ratio, z, metric}`;
//! - `common_ground`: `{statement, min_agree}`; `divisive`: `{statement, spread,
//!   agree_by_group}`;
//! - `totals`: per statement in file order `{statement, agree, disagree, pass, seen,
//!   priority}` (see [`super::priorities`]).

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::csv::{self, CsvError, Round};
use super::{Analysis, Direction, KScore, Params, analyse, priorities};

/// Why a reactions file could not be analysed. Both are the user's to fix, so `chorus
/// opinion` exits with status 2.
#[derive(Debug, thiserror::Error)]
pub enum OpinionFileError {
    /// The file cannot be read.
    #[error("{}: cannot read the file: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file is not a valid reactions file; the error names the line.
    #[error("{}: {error}", path.display())]
    Csv {
        /// The file.
        path: PathBuf,
        /// The line and what is wrong there.
        error: CsvError,
    },
}

/// What `chorus opinion` prints: see the module documentation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The number of participants in the file.
    pub participants: usize,
    /// The number of statements in the file.
    pub statements: usize,
    /// The ids of the participants on the map.
    pub included: Vec<String>,
    /// Their `[x, y]`, in the order of `included`.
    pub coordinates: Vec<[f64; 2]>,
    /// The share of the variance along each axis.
    pub explained_variance_ratio: [f64; 2],
    /// Each number of groups tried.
    pub silhouettes: Vec<KScore>,
    /// The number of groups chosen.
    pub k: Option<usize>,
    /// The groups, largest first.
    pub groups: Vec<GroupReport>,
    /// Statements every group agrees with.
    pub common_ground: Vec<StatementScore>,
    /// Statements the groups differ on most.
    pub divisive: Vec<DivisiveReport>,
    /// Every statement's reactions and priority, in file order.
    pub totals: Vec<StatementTotals>,
}

/// A group, by participant and statement ids.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupReport {
    /// Its members' ids.
    pub members: Vec<String>,
    /// How many they are.
    pub size: usize,
    /// Its representative statements, best first.
    pub representative: Vec<RepresentativeReport>,
}

/// A representative statement, by id (see [`super::Representative`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RepresentativeReport {
    /// The statement's id.
    pub statement: String,
    /// Whether the group agrees or disagrees more than the others.
    pub direction: Direction,
    /// The group's smoothed probability of that reaction.
    pub probability: f64,
    /// That probability over the same outside the group.
    pub ratio: f64,
    /// The two-proportion z-statistic.
    pub z: f64,
    /// The ranking metric.
    pub metric: f64,
}

/// A common-ground statement, by id.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatementScore {
    /// The statement's id.
    pub statement: String,
    /// The smallest smoothed agree probability among the groups.
    pub min_agree: f64,
}

/// A divisive statement, by id.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DivisiveReport {
    /// The statement's id.
    pub statement: String,
    /// The largest minus the smallest agree probability among the groups.
    pub spread: f64,
    /// Each group's smoothed agree probability, in the order of `groups`.
    pub agree_by_group: Vec<f64>,
}

/// One statement's reactions over all participants, and its priority.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StatementTotals {
    /// The statement's id.
    pub statement: String,
    /// Agree reactions.
    pub agree: u32,
    /// Disagree reactions.
    pub disagree: u32,
    /// Passes.
    pub pass: u32,
    /// All reactions.
    pub seen: u32,
    /// Its priority for the next participant.
    pub priority: f64,
}

/// Reads and analyses `path` with the default [`Params`]: what `chorus opinion` prints.
pub fn opinion_file(path: &Path) -> Result<Report, OpinionFileError> {
    let bytes = std::fs::read(path).map_err(|source| OpinionFileError::Read { path: path.to_path_buf(), source })?;
    let csv_error = |error| OpinionFileError::Csv { path: path.to_path_buf(), error };
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count();
        csv_error(CsvError { line, message: "the file is not UTF-8 text".into() })
    })?;
    let round = csv::parse(&text).map_err(csv_error)?;
    let analysis = analyse(&round.reactions, &Params::default());
    Ok(describe(&round, &analysis))
}

/// The report on `analysis` of `round`.
pub fn describe(round: &Round, analysis: &Analysis) -> Report {
    let participant = |p: u32| round.participants[p as usize].clone();
    let statement = |s: u32| round.statements[s as usize].clone();
    let priority = priorities(&round.reactions, analysis);
    Report {
        participants: round.reactions.participants(),
        statements: round.reactions.statements(),
        included: analysis.included.iter().map(|&p| participant(p)).collect(),
        coordinates: analysis.coordinates.clone(),
        explained_variance_ratio: analysis.explained_variance_ratio,
        silhouettes: analysis.silhouettes.clone(),
        k: analysis.k,
        groups: analysis
            .groups
            .iter()
            .map(|g| GroupReport {
                members: g.members.iter().map(|&p| participant(p)).collect(),
                size: g.size,
                representative: g
                    .representative
                    .iter()
                    .map(|r| RepresentativeReport {
                        statement: statement(r.statement),
                        direction: r.direction,
                        probability: r.probability,
                        ratio: r.ratio,
                        z: r.z,
                        metric: r.metric,
                    })
                    .collect(),
            })
            .collect(),
        common_ground: analysis
            .common_ground
            .iter()
            .map(|c| StatementScore { statement: statement(c.statement), min_agree: c.min_agree })
            .collect(),
        divisive: analysis
            .divisive
            .iter()
            .map(|d| DivisiveReport { statement: statement(d.statement), spread: d.spread, agree_by_group: d.agree_by_group.clone() })
            .collect(),
        totals: (0u32..)
            .zip(&analysis.totals)
            .zip(priority)
            .map(|((s, t), priority)| StatementTotals {
                statement: statement(s),
                agree: t.agree,
                disagree: t.disagree,
                pass: t.pass,
                seen: t.seen,
                priority,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("round.csv");
        std::fs::write(&path, bytes).expect("write");
        (dir, path)
    }

    #[test]
    fn a_small_round_is_reported_by_ids() {
        let (_dir, path) = written(b"participant,statement,vote\nanna,s1,agree\nben,s1,disagree\nanna,s2,pass\n");
        let report = opinion_file(&path).expect("analysed");
        assert_eq!((report.participants, report.statements), (2, 2));
        // With two statements a participant needs both: only anna is on the map.
        assert_eq!(report.included, ["anna"]);
        assert_eq!(report.k, None);
        assert_eq!(report.totals.iter().map(|t| (t.statement.as_str(), t.seen)).collect::<Vec<_>>(), [("s1", 2), ("s2", 1)]);
    }

    #[test]
    fn errors_name_the_file_and_the_line() {
        let (_dir, path) = written(b"participant,statement,vote\nanna,s1,maybe\n");
        let e = opinion_file(&path).expect_err("bad vote").to_string();
        assert!(e.contains("round.csv") && e.contains("line 2"), "{e}");
        let (_dir, path) = written(b"participant,statement,vote\nanna,s\xe9,1\n");
        assert!(opinion_file(&path).expect_err("not UTF-8").to_string().contains("line 2: the file is not UTF-8"));
        assert!(matches!(opinion_file(Path::new("/nonexistent/round.csv")), Err(OpinionFileError::Read { .. })));
    }
}
