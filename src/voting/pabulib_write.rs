//! Writing pabulib files: a [`PbFile`] as text, and a counted ballot of the portal as a
//! [`PbFile`], so that anyone can recount a published result with pabutools.

use super::csv;
use super::files::ExportError;
use super::pabulib::{PbFile, PbProject, PbVote, VoteType};
use super::{Ballots, Profile};

/// The most voters an export writes out. pabulib has one row a voter, so a profile's
/// multiplicities are expanded; past this the file would be larger than anyone can use.
const MAX_VOTERS: u64 = 10_000_000;

/// The META keys that come first in pabulib's own files, in their order.
const CONVENTIONAL_ORDER: [&str; 10] =
    ["description", "country", "unit", "subunit", "instance", "num_projects", "num_votes", "budget", "vote_type", "rule"];

impl PbFile {
    /// The file as pabulib text. META is written as it is, except that `vote_type`,
    /// `num_projects` and `num_votes` are set from the file's contents (so they always agree).
    /// The `votes`, `score` and `selected` columns are written when any project has them.
    pub fn to_text(&self) -> String {
        let mut out = String::from("META\nkey;value\n");
        let mut meta = self.meta.clone();
        set(&mut meta, "num_projects", self.projects.len().to_string());
        set(&mut meta, "num_votes", self.votes.len().to_string());
        set(&mut meta, "vote_type", self.vote_type.as_str().to_string());
        for (k, v) in &meta {
            out.push_str(&csv::line(&[k, v]));
        }

        out.push_str("PROJECTS\n");
        let has = |f: fn(&PbProject) -> bool| self.projects.iter().any(f);
        let (votes, score, selected) = (has(|p| p.votes.is_some()), has(|p| p.score.is_some()), has(|p| p.selected.is_some()));
        let extra = extra_columns(self.projects.iter().map(|p| &p.extra));
        let mut header = vec!["project_id", "cost"];
        header.extend(votes.then_some("votes"));
        header.extend(score.then_some("score"));
        header.push("name");
        header.extend(selected.then_some("selected"));
        header.extend(extra.iter().map(String::as_str));
        out.push_str(&csv::line(&header));
        let number = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        for p in &self.projects {
            let mut row = vec![p.id.clone(), p.cost.to_string()];
            row.extend(votes.then(|| number(p.votes)));
            row.extend(score.then(|| number(p.score)));
            row.push(p.name.clone());
            row.extend(selected.then(|| p.selected.map(|s| if s { "1" } else { "0" }.to_string()).unwrap_or_default()));
            row.extend(extra.iter().map(|c| lookup(&p.extra, c)));
            out.push_str(&csv::line(&row));
        }

        out.push_str("VOTES\n");
        let points = self.vote_type.has_points() || self.votes.iter().any(|v| v.points.is_some());
        let extra = extra_columns(self.votes.iter().map(|v| &v.extra));
        let mut header = vec!["voter_id", "vote"];
        header.extend(points.then_some("points"));
        header.extend(extra.iter().map(String::as_str));
        out.push_str(&csv::line(&header));
        for v in &self.votes {
            // An index past the projects (possible only in a hand-built value) is written as
            // it is rather than panicking; reading the file back then reports it.
            let id = |&i: &u32| self.projects.get(i as usize).map_or_else(|| i.to_string(), |p| p.id.clone());
            let mut row = vec![v.voter_id.clone(), v.vote.iter().map(id).collect::<Vec<_>>().join(",")];
            let list = |p: &Vec<u64>| p.iter().map(u64::to_string).collect::<Vec<_>>().join(",");
            row.extend(points.then(|| v.points.as_ref().map(list).unwrap_or_default()));
            row.extend(extra.iter().map(|c| lookup(&v.extra, c)));
            out.push_str(&csv::line(&row));
        }
        out
    }

    /// A ballot's profile as a pabulib file: approval ballots as `approval`, points as
    /// `cumulative`, strict rankings as `ordinal` (a ranking with ties cannot be written: use
    /// PrefLib). `meta` gives the descriptive keys (`description`, `country`, `unit`, `rule`…);
    /// `budget`, `vote_type` and the counts come from the profile. `selected` (option indices)
    /// fills the `selected` column when given. Voters are numbered from 1, one row each, so a
    /// ballot cast by several voters is written once per voter.
    pub fn from_profile(profile: &Profile, meta: &[(String, String)], selected: Option<&[u32]>) -> Result<PbFile, ExportError> {
        let n = profile.candidates.len();
        let mut seen = std::collections::HashSet::new();
        for c in &profile.candidates {
            let id = c.id.as_str();
            if id.is_empty() || id.contains(',') || id.trim() != id || id.eq_ignore_ascii_case("none") || id.contains(['\n', '\r']) {
                return Err(ExportError(format!("project id {id:?} cannot be written (empty, a comma, spaces around it, or \"none\")")));
            }
            if !seen.insert(id) {
                return Err(ExportError(format!("project id {id:?} is used twice")));
            }
        }
        let check = |i: u32, seen: &mut Vec<u32>| -> Result<u32, ExportError> {
            if i as usize >= n || seen.contains(&i) {
                return Err(ExportError(format!("a ballot names option {i} twice or past the {n} options")));
            }
            seen.push(i);
            Ok(i)
        };
        // Each distinct ballot once, as (vote, points, voters casting it).
        let mut ballots: Vec<(Vec<u32>, Option<Vec<u64>>, u64)> = Vec::new();
        let vote_type = match &profile.ballots {
            Ballots::Approval(bs) => {
                for b in bs {
                    let mut seen = Vec::new();
                    let vote = b.ballot.iter().map(|&i| check(i, &mut seen)).collect::<Result<_, _>>()?;
                    ballots.push((vote, None, b.count));
                }
                VoteType::Approval
            }
            Ballots::Points(bs) => {
                for b in bs {
                    let mut seen = Vec::new();
                    let given: Vec<&(u32, u64)> = b.ballot.iter().filter(|(_, p)| *p > 0).collect();
                    let vote = given.iter().map(|(i, _)| check(*i, &mut seen)).collect::<Result<_, _>>()?;
                    ballots.push((vote, Some(given.iter().map(|(_, p)| *p).collect()), b.count));
                }
                VoteType::Cumulative
            }
            Ballots::Ranked(bs) => {
                for b in bs {
                    let mut seen = Vec::new();
                    let mut vote = Vec::new();
                    for tier in &b.ballot {
                        let [only] = tier.as_slice() else {
                            return Err(ExportError(
                                "pabulib's ordinal votes are strict rankings, and a ballot ranks options equal".into(),
                            ));
                        };
                        vote.push(check(*only, &mut seen)?);
                    }
                    ballots.push((vote, None, b.count));
                }
                VoteType::Ordinal
            }
        };
        let total = ballots.iter().try_fold(0u64, |sum, b| sum.checked_add(b.2)).filter(|&t| t <= MAX_VOTERS);
        if total.is_none() {
            return Err(ExportError(format!("more than {MAX_VOTERS} voters to write one row each")));
        }

        let mut projects: Vec<PbProject> = profile
            .candidates
            .iter()
            .zip(0u32..)
            .map(|(c, i)| PbProject {
                id: c.id.clone(),
                cost: c.cost,
                name: c.name.trim().to_string(),
                votes: Some(0),
                score: (vote_type == VoteType::Cumulative).then_some(0),
                selected: selected.map(|s| s.contains(&i)),
                extra: Vec::new(),
            })
            .collect();
        let mut votes = Vec::new();
        for (vote, points, count) in ballots {
            for (k, &i) in vote.iter().enumerate() {
                let p = &mut projects[i as usize];
                p.votes = p.votes.map(|v| v.saturating_add(count));
                let given = points.as_ref().and_then(|pts| pts.get(k)).copied().unwrap_or(0);
                p.score = p.score.map(|s| s.saturating_add(given.saturating_mul(count)));
            }
            for _ in 0..count {
                let voter_id = (votes.len() + 1).to_string();
                votes.push(PbVote { voter_id, vote: vote.clone(), points: points.clone(), extra: Vec::new() });
            }
        }
        let mut meta = meta.to_vec();
        if let Some(budget) = profile.budget {
            set(&mut meta, "budget", budget.to_string());
        }
        set(&mut meta, "vote_type", vote_type.as_str().to_string());
        set(&mut meta, "num_projects", projects.len().to_string());
        set(&mut meta, "num_votes", votes.len().to_string());
        // pabulib's files list these keys first, in this order; the others keep theirs.
        let rank = |k: &str| CONVENTIONAL_ORDER.iter().position(|c| *c == k).unwrap_or(CONVENTIONAL_ORDER.len());
        meta.sort_by_key(|(k, _)| rank(k));
        Ok(PbFile { meta, vote_type, projects, votes })
    }
}

/// Sets META `key` in place, or appends it.
fn set(meta: &mut Vec<(String, String)>, key: &str, value: String) {
    match meta.iter_mut().find(|(k, _)| k == key) {
        Some(entry) => entry.1 = value,
        None => meta.push((key.to_string(), value)),
    }
}

/// The extra columns of all rows, in order of first appearance.
fn extra_columns<'a>(rows: impl Iterator<Item = &'a Vec<(String, String)>>) -> Vec<String> {
    let mut columns: Vec<String> = Vec::new();
    for (name, _) in rows.flatten() {
        if !columns.contains(name) {
            columns.push(name.clone());
        }
    }
    columns
}

fn lookup(extra: &[(String, String)], column: &str) -> String {
    extra.iter().find(|(c, _)| c == column).map(|(_, v)| v.clone()).unwrap_or_default()
}
