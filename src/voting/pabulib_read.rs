//! Reading pabulib files: the three sections in order, each header's columns, and the rows
//! checked against them (see [`PbFile::parse`]).

use super::csv::{self, Record};
use super::files::{FormatError, option_index, whole_number};
use super::pabulib::{PbFile, PbProject, PbVote, VoteType};
use std::collections::HashMap;

/// META keys whose values must be whole numbers (checked when reading, so that
/// [`PbFile::number`] answers for every key of a file that was read).
const NUMERIC_META: [&str; 11] = [
    "budget",
    "num_projects",
    "num_votes",
    "min_length",
    "max_length",
    "min_sum_cost",
    "max_sum_cost",
    "min_points",
    "max_points",
    "min_sum_points",
    "max_sum_points",
];

/// Project columns with a field of their own in [`PbProject`].
const PROJECT_COLUMNS: [&str; 6] = ["project_id", "cost", "name", "votes", "score", "selected"];
/// Vote columns with a field of their own in [`PbVote`].
const VOTE_COLUMNS: [&str; 3] = ["voter_id", "vote", "points"];

/// Reads a whole `.pb` file (see [`PbFile::parse`]).
pub(super) fn parse(text: &str) -> Result<PbFile, FormatError> {
    let records = csv::records(text);
    let end = records.last().map_or(1, |r| r.line);
    let mut rest = records.into_iter().filter(|r| !r.is_blank()).peekable();
    let mut sections = Vec::new();
    for name in ["META", "PROJECTS", "VOTES"] {
        let Some(title) = rest.next() else {
            return Err(FormatError::new(end, format!("the file ends before the {name} section")));
        };
        if section_title(&title).as_deref() != Some(name) {
            let found = title.fields.first().map(|f| f.trim().to_string()).unwrap_or_default();
            return Err(FormatError::new(title.line, format!("expected the {name} section here, found {found:?}")));
        }
        let header = match rest.next_if(|r| section_title(r).is_none()) {
            Some(h) => Header::new(h)?,
            None => return Err(FormatError::new(title.line, format!("the {name} section has no header row"))),
        };
        let mut rows = Vec::new();
        while let Some(row) = rest.next_if(|r| section_title(r).is_none()) {
            header.check_width(&row)?;
            rows.push(row);
        }
        sections.push((title.line, header, rows));
    }
    if let Some(extra) = rest.next() {
        return Err(FormatError::new(extra.line, "a section after VOTES (each section comes once)"));
    }
    let [(meta_line, meta_header, meta_rows), (_, project_header, project_rows), (_, vote_header, vote_rows)] =
        <[_; 3]>::try_from(sections).map_err(|_| FormatError::new(end, "the file lacks a section"))?;
    let (meta, meta_lines) = read_meta(&meta_header, meta_rows)?;
    let type_value = meta.iter().find(|(k, _)| k == "vote_type").map(|(_, v)| v.as_str());
    let vote_type = match type_value {
        Some(v) => VoteType::parse(v).ok_or_else(|| {
            FormatError::new(meta_lines["vote_type"], format!("unknown vote_type {v:?} (approval, cumulative, scoring or ordinal)"))
        })?,
        None => return Err(FormatError::new(meta_line, "META has no vote_type (approval, cumulative, scoring or ordinal)")),
    };
    let projects = read_projects(&project_header, project_rows)?;
    let votes = read_votes(&vote_header, vote_rows, vote_type, &projects)?;
    let file = PbFile { meta, vote_type, projects, votes };
    for (key, actual) in [("num_projects", file.projects.len()), ("num_votes", file.votes.len())] {
        if let Some(said) = file.number(key).filter(|&n| usize::try_from(n).ok() != Some(actual)) {
            return Err(FormatError::new(meta_lines[key], format!("{key} is {said} but the file has {actual}")));
        }
    }
    Ok(file)
}

/// The section a record opens (`META`, `PROJECTS`, `VOTES`, in capitals), if it is a title.
fn section_title(r: &Record) -> Option<String> {
    let first = r.fields.first()?.trim().to_ascii_uppercase();
    let only = r.fields.iter().skip(1).all(|f| f.trim().is_empty());
    (only && matches!(first.as_str(), "META" | "PROJECTS" | "VOTES")).then_some(first)
}

/// A section's header row: its column names and where each is.
struct Header {
    line: usize,
    names: Vec<String>,
}

impl Header {
    fn new(r: Record) -> Result<Header, FormatError> {
        let names: Vec<String> = r.fields.iter().map(|f| f.trim().to_string()).collect();
        for (i, n) in names.iter().enumerate() {
            if n.is_empty() {
                return Err(FormatError::new(r.line, format!("column {} of the header has no name", i + 1)));
            }
            if names[..i].contains(n) {
                return Err(FormatError::new(r.line, format!("the header names column {n:?} twice")));
            }
        }
        Ok(Header { line: r.line, names })
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n == name)
    }

    fn require(&self, name: &str, section: &str) -> Result<usize, FormatError> {
        self.find(name).ok_or_else(|| FormatError::new(self.line, format!("{section} has no {name} column")))
    }

    fn check_width(&self, r: &Record) -> Result<(), FormatError> {
        if r.fields.len() == self.names.len() {
            return Ok(());
        }
        let msg =
            format!("{} fields where the header on line {} has {} ({})", r.fields.len(), self.line, self.names.len(), self.names.join(";"));
        Err(FormatError::new(r.line, msg))
    }

    /// The row's fields outside `known`, with their column names.
    fn extra(&self, r: &Record, known: &[&str]) -> Vec<(String, String)> {
        self.names
            .iter()
            .zip(&r.fields)
            .filter(|(n, _)| !known.contains(&n.as_str()))
            .map(|(n, v)| (n.clone(), v.trim().to_string()))
            .collect()
    }
}

/// META's rows in order, and the line of each key (for errors found later).
type Meta = (Vec<(String, String)>, HashMap<String, usize>);

fn read_meta(header: &Header, rows: Vec<Record>) -> Result<Meta, FormatError> {
    if header.names.len() != 2 {
        return Err(FormatError::new(header.line, "META's header has two columns (key;value)"));
    }
    let mut meta = Vec::new();
    let mut lines = HashMap::new();
    for r in rows {
        let (key, value) = (r.fields[0].trim().to_string(), r.fields[1].trim().to_string());
        if key.is_empty() {
            return Err(FormatError::new(r.line, "a META row without a key"));
        }
        if let Some(first) = lines.insert(key.clone(), r.line) {
            return Err(FormatError::new(r.line, format!("META key {key:?} again (first on line {first})")));
        }
        if NUMERIC_META.contains(&key.as_str()) && whole_number(&value).is_none() {
            return Err(FormatError::new(r.line, format!("{key} {value:?} is not a whole number")));
        }
        meta.push((key, value));
    }
    Ok((meta, lines))
}

/// An optional number column: empty or `none` (pabutools' word for missing) is absent.
fn optional_number(field: &str, column: &str, line: usize) -> Result<Option<u64>, FormatError> {
    let field = field.trim();
    if field.is_empty() || field.eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    whole_number(field).map(Some).ok_or_else(|| FormatError::new(line, format!("{column} {field:?} is not a whole number")))
}

fn read_projects(header: &Header, rows: Vec<Record>) -> Result<Vec<PbProject>, FormatError> {
    let id_col = header.require("project_id", "PROJECTS")?;
    let cost_col = header.require("cost", "PROJECTS")?;
    let [name_col, votes_col, score_col, selected_col] = ["name", "votes", "score", "selected"].map(|c| header.find(c));
    let mut first_line = HashMap::new();
    let mut projects = Vec::with_capacity(rows.len());
    for r in rows {
        let id = r.fields[id_col].trim().to_string();
        if id.is_empty() || id.contains(',') {
            return Err(FormatError::new(r.line, format!("project_id {id:?} is empty or has a comma (votes list ids with commas)")));
        }
        if let Some(first) = first_line.insert(id.clone(), r.line) {
            return Err(FormatError::new(r.line, format!("project_id {id} again (first on line {first})")));
        }
        let field = |col: Option<usize>| col.map_or("", |c| r.fields[c].as_str());
        let cost = optional_number(&r.fields[cost_col], "cost", r.line)?
            .ok_or_else(|| FormatError::new(r.line, format!("project {id} has no cost")))?;
        let selected = match optional_number(field(selected_col), "selected", r.line)? {
            None => None,
            Some(0) => Some(false),
            Some(1) => Some(true),
            Some(n) => return Err(FormatError::new(r.line, format!("selected is {n}; it is 1 or 0"))),
        };
        projects.push(PbProject {
            cost,
            name: field(name_col).trim().to_string(),
            votes: optional_number(field(votes_col), "votes", r.line)?,
            score: optional_number(field(score_col), "score", r.line)?,
            selected,
            extra: header.extra(&r, &PROJECT_COLUMNS),
            id,
        });
    }
    Ok(projects)
}

fn read_votes(header: &Header, rows: Vec<Record>, vote_type: VoteType, projects: &[PbProject]) -> Result<Vec<PbVote>, FormatError> {
    let voter_col = header.require("voter_id", "VOTES")?;
    let vote_col = header.require("vote", "VOTES")?;
    let points_col = match vote_type.has_points() {
        true => Some(header.require("points", &format!("VOTES of a {} vote", vote_type.as_str()))?),
        false => None,
    };
    let index: HashMap<&str, usize> = projects.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    let mut first_line = HashMap::new();
    let mut votes = Vec::with_capacity(rows.len());
    for r in rows {
        let voter_id = r.fields[voter_col].trim().to_string();
        if voter_id.is_empty() {
            return Err(FormatError::new(r.line, "a vote without a voter_id"));
        }
        if let Some(first) = first_line.insert(voter_id.clone(), r.line) {
            return Err(FormatError::new(r.line, format!("voter_id {voter_id} again (first on line {first})")));
        }
        let mut vote = Vec::new();
        for id in list(&r.fields[vote_col]) {
            let i = *index
                .get(id)
                .ok_or_else(|| FormatError::new(r.line, format!("the vote names project {id:?}, which is not in PROJECTS")))?;
            let i = option_index(i, r.line)?;
            if vote.contains(&i) {
                return Err(FormatError::new(r.line, format!("the vote names project {id} twice")));
            }
            vote.push(i);
        }
        let points = match points_col {
            None => None,
            Some(c) => {
                let points = list(&r.fields[c])
                    .map(|p| whole_number(p).ok_or_else(|| FormatError::new(r.line, format!("points {p:?} is not a whole number ≥ 0"))))
                    .collect::<Result<Vec<u64>, _>>()?;
                if points.len() != vote.len() {
                    return Err(FormatError::new(r.line, format!("{} points for {} projects", points.len(), vote.len())));
                }
                Some(points)
            }
        };
        votes.push(PbVote { voter_id, vote, points, extra: header.extra(&r, &VOTE_COLUMNS) });
    }
    Ok(votes)
}

/// The items of a comma-separated list, trimmed; an empty field is an empty list.
fn list(field: &str) -> impl Iterator<Item = &str> {
    let field = field.trim();
    field.split(',').map(str::trim).filter(move |_| !field.is_empty())
}
