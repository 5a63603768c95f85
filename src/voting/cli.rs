//! `chorus tally`: count a ballot file with one rule and describe the result as JSON. Here
//! rather than in `main.rs` so that tests call it directly and the binary stays thin.
//!
//! The JSON is `{"rule", "winners", "file", "options", "details"}`:
//! - `rule`: the rule's name;
//! - `file`: the format (`pabulib`, or PrefLib's data type), ballots kind, voters, budget;
//! - `winners`: the options the rule puts forward, by their ids in the file, in the rule's
//!   order (the full ranking for approval, points and Schulze; IRV's winner first; the
//!   selected projects in selection order for budget rules);
//! - `options`: every option in file order (`id`, `name`, `cost`), the order of the rows and
//!   columns of `details`' matrices (Schulze's `pairwise`, …) and of per-option lists;
//! - `details`: the rule's [`Outcome`], with the option numbers of its lists and steps
//!   (`order`, `winners`, `selected`, `project`, `eliminated`, `counts`, …) replaced by ids.

use super::pabulib::PbFile;
use super::preflib::{self, DataType};
use super::rules::{self, Outcome, Rule, RuleError};
use super::{Ballots, Candidate, FormatError, Profile};
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The file formats `chorus tally` reads, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// pabulib's `.pb`.
    Pabulib,
    /// A PrefLib order file of this data type (`.soc`, `.soi`, `.toc`, `.toi`).
    PrefLib(DataType),
}

impl Format {
    /// The format a file's extension names (case-insensitive), if any.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "pb" => Some(Format::Pabulib),
            other => DataType::parse(other).map(Format::PrefLib),
        }
    }

    /// Its name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Pabulib => "pabulib",
            Format::PrefLib(t) => t.as_str(),
        }
    }
}

/// Why a file could not be tallied. Every case is the user's to fix, so `chorus tally` exits
/// with status 2 for all of them.
#[derive(Debug, thiserror::Error)]
pub enum TallyError {
    /// The file cannot be read.
    #[error("{}: cannot read the file: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The extension names no format.
    #[error("{}: unknown file type (expected .pb, .soc, .soi, .toc or .toi)", path.display())]
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// The file is not valid in its format; the error names the line.
    #[error("{}: {error}", path.display())]
    Format {
        /// The file.
        path: PathBuf,
        /// The line and what is wrong there.
        error: FormatError,
    },
    /// The rule cannot count these ballots (Schulze on points, greedy without a budget, …).
    #[error("{}: {error}", path.display())]
    Rule {
        /// The file.
        path: PathBuf,
        /// The rule's reason.
        error: RuleError,
    },
}

/// A ballot file read into a profile.
#[derive(Clone, Debug, PartialEq)]
pub struct BallotFile {
    /// Its format.
    pub format: Format,
    /// Its options and ballots.
    pub profile: Profile,
}

/// Reads a ballot file, choosing the format by extension. A PrefLib file must hold the data
/// type its extension names (a `.soc` file saying `toi` is refused, at its `DATA TYPE` line).
pub fn read_file(path: &Path) -> Result<BallotFile, TallyError> {
    let format = Format::of_path(path).ok_or_else(|| TallyError::UnknownFormat { path: path.to_path_buf() })?;
    let bytes = std::fs::read(path).map_err(|source| TallyError::Read { path: path.to_path_buf(), source })?;
    let format_error = |error| TallyError::Format { path: path.to_path_buf(), error };
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count();
        format_error(FormatError::new(line, "the file is not UTF-8 text"))
    })?;
    let profile = match format {
        Format::Pabulib => PbFile::parse(&text).map_err(format_error)?.profile(),
        Format::PrefLib(expected) => {
            let file = preflib::parse(&text).map_err(format_error)?;
            if file.data_type != expected {
                let line = text.lines().position(|l| l.to_ascii_uppercase().contains("DATA TYPE")).map_or(1, |i| i + 1);
                let message = format!("DATA TYPE is {} but the file is named .{}", file.data_type.as_str(), expected.as_str());
                return Err(format_error(FormatError::new(line, message)));
            }
            file.profile
        }
    };
    Ok(BallotFile { format, profile })
}

/// What `chorus tally` prints: see the module documentation. Fields serialize in this order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// The rule's name.
    pub rule: &'static str,
    /// The options put forward, by id, in the rule's order.
    pub winners: Vec<String>,
    /// What was counted.
    pub file: FileSummary,
    /// Every option in file order.
    pub options: Vec<Candidate>,
    /// The rule's outcome, option numbers replaced by ids.
    pub details: Value,
}

/// The counted file, in a [`Report`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FileSummary {
    /// `pabulib`, or PrefLib's data type (`soc`, …).
    pub format: &'static str,
    /// `approval`, `ranked` or `points`.
    pub ballots: &'static str,
    /// Number of voters.
    pub voters: u64,
    /// The budget limit, for pabulib files.
    pub budget: Option<u64>,
}

/// Reads `path` and counts it with `rule`: what `chorus tally` prints.
pub fn tally_file(path: &Path, rule: Rule) -> Result<Report, TallyError> {
    let file = read_file(path)?;
    let outcome = rules::tally(&file.profile, rule).map_err(|error| TallyError::Rule { path: path.to_path_buf(), error })?;
    Ok(describe(&file, rule, &outcome))
}

/// Keys of an outcome whose numbers are option indices (see the module documentation).
const OPTION_KEYS: [&str; 8] = ["order", "winners", "winner", "selected", "free", "active", "project", "eliminated"];

/// The report on an outcome of `file`.
pub fn describe(file: &BallotFile, rule: Rule, outcome: &Outcome) -> Report {
    let ids: Vec<&str> = file.profile.candidates.iter().map(|c| c.id.as_str()).collect();
    let mut details = serde_json::to_value(outcome).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut details {
        // The rule is said once, at the top.
        map.remove("rule");
    }
    to_ids(&mut details, &ids, false);
    let ballots = match &file.profile.ballots {
        Ballots::Approval(_) => "approval",
        Ballots::Ranked(_) => "ranked",
        Ballots::Points(_) => "points",
    };
    Report {
        rule: rule.as_str(),
        winners: outcome.winners().into_iter().map(|i| ids.get(i as usize).map_or_else(|| i.to_string(), |s| s.to_string())).collect(),
        file: FileSummary { format: file.format.as_str(), ballots, voters: voters(&file.profile), budget: file.profile.budget },
        options: file.profile.candidates.clone(),
        details,
    }
}

/// Replaces option indices by ids: every number under one of [`OPTION_KEYS`], and the first
/// of each `[option, votes]` pair of IRV's `counts`.
fn to_ids(value: &mut Value, ids: &[&str], is_option: bool) {
    let id = |v: &mut Value| {
        if let Some(s) = v.as_u64().and_then(|i| usize::try_from(i).ok()).and_then(|i| ids.get(i)) {
            *v = Value::from(*s);
        }
    };
    match value {
        Value::Number(_) if is_option => id(value),
        Value::Array(items) => items.iter_mut().for_each(|v| to_ids(v, ids, is_option)),
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key == "counts" {
                    for pair in v.as_array_mut().into_iter().flatten() {
                        pair.as_array_mut().and_then(|p| p.first_mut()).map(id);
                    }
                } else {
                    to_ids(v, ids, is_option || OPTION_KEYS.contains(&key.as_str()));
                }
            }
        }
        _ => {}
    }
}

/// Voters, summed without overflow (a hostile PrefLib file may claim huge counts).
fn voters(profile: &Profile) -> u64 {
    match &profile.ballots {
        Ballots::Approval(b) => b.iter().fold(0u64, |s, w| s.saturating_add(w.count)),
        Ballots::Ranked(b) => b.iter().fold(0u64, |s, w| s.saturating_add(w.count)),
        Ballots::Points(b) => b.iter().fold(0u64, |s, w| s.saturating_add(w.count)),
    }
}

/// The glue of `chorus tally`: formats by extension, errors that name the file and the line,
/// and outcomes described by option ids.
#[cfg(test)]
mod tests {
    use super::*;

    fn data(path: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(path)
    }

    fn written(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        (dir, path)
    }

    #[test]
    fn the_extension_chooses_the_format_whatever_its_case() {
        assert_eq!(Format::of_path(Path::new("a/Assen.PB")), Some(Format::Pabulib));
        assert_eq!(Format::of_path(Path::new("x.toi")), Some(Format::PrefLib(DataType::Toi)));
        assert_eq!(Format::of_path(Path::new("x.csv")), None);
        assert_eq!(Format::of_path(Path::new("pb")), None);
    }

    #[test]
    fn greedy_on_warsaw_names_the_selected_projects_by_id_in_every_step() {
        let report = tally_file(&data("pabulib/Poland_Warszawa_2017_Anin.pb"), Rule::Greedy).expect("counted");
        assert_eq!(report.winners.first().map(String::as_str), Some("1828"));
        assert_eq!(report.file.budget, Some(122_468));
        let steps = report.details["steps"].as_array().expect("steps");
        assert!(steps.iter().all(|s| s["project"].is_string() && s["votes"].is_u64()), "{steps:?}");
        assert_eq!(report.details["selected"], serde_json::json!(report.winners));
    }

    #[test]
    fn irv_rounds_count_votes_for_options_by_id() {
        let report = tally_file(&data("preflib/generated_youth_budget_ideas.toi"), Rule::Irv).expect("counted");
        let counts = &report.details["rounds"][0]["counts"];
        assert_eq!(counts[0][0], "1", "the option, by id");
        assert!(counts[0][1].is_u64(), "its votes stay a number");
        assert!(report.details["pairwise"].is_null());
    }

    #[test]
    fn schulze_keeps_its_matrices_by_option_position_and_names_its_winners() {
        let report = tally_file(&data("preflib/generated_neighbourhood_priorities.toc"), Rule::Schulze).expect("counted");
        assert_eq!(report.options.len(), 5);
        assert!(report.details["pairwise"][0][1].is_u64());
        assert!(report.details["winners"].as_array().is_some_and(|w| w.iter().all(Value::is_string)));
        assert_eq!(report.details["winners"][0].as_str(), report.winners.first().map(String::as_str));
    }

    #[test]
    fn a_bad_file_is_reported_with_its_path_and_line() {
        let (_dir, path) = written("bad.soi", b"# DATA TYPE: soi\n# NUMBER ALTERNATIVES: 2\n1: 1,3\n");
        let e = tally_file(&path, Rule::Irv).expect_err("alternative 3 does not exist");
        let text = e.to_string();
        assert!(text.contains("bad.soi") && text.contains("line 3"), "{text}");
    }

    #[test]
    fn a_preflib_file_must_hold_the_type_its_extension_names() {
        let (_dir, path) = written("ties.soc", b"# TITLE: x\n# DATA TYPE: toc\n# NUMBER ALTERNATIVES: 2\n1: {1,2}\n");
        let e = read_file(&path).expect_err("a .soc named file that says toc");
        assert!(matches!(&e, TallyError::Format { error, .. } if error.line == 2), "{e}");
    }

    #[test]
    fn a_file_that_is_not_utf8_names_the_line_of_the_first_bad_byte() {
        let (_dir, path) = written("latin1.pb", b"META\nkey;value\ndescription;P\xe9cs\n");
        let e = read_file(&path).expect_err("not UTF-8");
        assert!(e.to_string().contains("line 3: the file is not UTF-8"), "{e}");
    }

    #[test]
    fn a_rule_that_does_not_apply_is_a_rule_error() {
        let e = tally_file(&data("pabulib/France_Toulouse_2019.pb"), Rule::Irv).expect_err("IRV needs rankings");
        assert!(matches!(e, TallyError::Rule { .. }), "{e}");
    }
}
