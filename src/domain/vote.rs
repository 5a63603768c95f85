//! A resident's vote: the choice as typed, checked against the ballot's rules, its canonical
//! text on a paper, and the receipt code that lets the voter find the paper afterwards.

use sha2::{Digest as _, Sha256};

use super::ballot::Method;
use crate::error::FieldErrors;

/// What the ballot allows, for checking a choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rules {
    /// The method.
    pub method: Method,
    /// Each option's cost, in option order (its length is the number of options).
    pub costs: Vec<u64>,
    /// Least picks (approval, budget).
    pub min_picks: u64,
    /// Most picks, 0 for no limit (approval, budget).
    pub max_picks: u64,
    /// Points to spread.
    pub points_total: u64,
    /// Most points on one option.
    pub points_per_option: u64,
    /// The budget.
    pub budget: u64,
    /// Whether a budget voter's picks must fit in the budget.
    pub within_budget: bool,
}

/// A checked choice. Options are positions on the ballot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Approved options, ascending (approval and budget ballots).
    Approval(Vec<u32>),
    /// Tiers from most to least preferred; unranked options are in no tier.
    Ranked(Vec<Vec<u32>>),
    /// `(option, points)`, ascending by option, points > 0.
    Points(Vec<(u32, u64)>),
}

fn position(raw: &str, n: usize) -> Option<u32> {
    raw.trim().parse::<u32>().ok().filter(|p| (*p as usize) < n)
}

impl Choice {
    /// Checks a submitted vote form (`pick=<option>` repeated; `rank_<option>=<1..>`;
    /// `points_<option>=<n>`) against the ballot's rules.
    pub fn parse(form: &[(String, String)], rules: &Rules) -> Result<Self, FieldErrors> {
        let n = rules.costs.len();
        let mut errors = FieldErrors::new();
        let choice = match rules.method {
            Method::Approval | Method::Budget => {
                let mut picks = Vec::new();
                for (k, v) in form.iter().filter(|(k, _)| k == "pick") {
                    match position(v, n) {
                        Some(p) => picks.push(p),
                        None => errors.add(k.clone(), "vote-option-unknown"),
                    }
                }
                picks.sort_unstable();
                picks.dedup();
                let count = picks.len() as u64;
                if count < rules.min_picks {
                    errors.add("form", "vote-too-few-picks");
                } else if rules.max_picks > 0 && count > rules.max_picks {
                    errors.add("form", "vote-too-many-picks");
                }
                if rules.method == Method::Budget && rules.within_budget {
                    let cost: u64 = picks.iter().filter_map(|p| rules.costs.get(*p as usize)).sum();
                    if cost > rules.budget {
                        errors.add("form", "vote-over-budget");
                    }
                }
                Choice::Approval(picks)
            }
            Method::Ranked => {
                let mut ranks: Vec<(u64, u32)> = Vec::new();
                for (k, v) in form {
                    let Some(rest) = k.strip_prefix("rank_") else { continue };
                    let Some(p) = position(rest, n) else { continue };
                    match v.trim() {
                        "" | "0" => {}
                        raw => match raw.parse::<u64>() {
                            Ok(r) if (1..=n as u64).contains(&r) => ranks.push((r, p)),
                            _ => errors.add(k.clone(), "vote-rank-invalid"),
                        },
                    }
                }
                ranks.sort_unstable();
                ranks.dedup_by_key(|(_, p)| *p);
                let mut tiers: Vec<Vec<u32>> = Vec::new();
                let mut last = None;
                for (r, p) in ranks {
                    match tiers.last_mut() {
                        Some(t) if last == Some(r) => t.push(p),
                        _ => tiers.push(vec![p]),
                    }
                    last = Some(r);
                }
                for t in &mut tiers {
                    t.sort_unstable();
                }
                Choice::Ranked(tiers)
            }
            Method::Points => {
                let mut points = Vec::new();
                for (k, v) in form {
                    let Some(rest) = k.strip_prefix("points_") else { continue };
                    let Some(p) = position(rest, n) else { continue };
                    match v.trim() {
                        "" | "0" => {}
                        raw => match raw.parse::<u64>() {
                            Ok(x) if x <= rules.points_per_option => points.push((p, x)),
                            Ok(_) => errors.add(k.clone(), "vote-points-over-max"),
                            Err(_) => errors.add(k.clone(), "vote-points-invalid"),
                        },
                    }
                }
                points.sort_unstable();
                points.dedup_by_key(|(p, _)| *p);
                if points.iter().map(|(_, x)| *x).sum::<u64>() > rules.points_total {
                    errors.add("form", "vote-points-over-total");
                }
                Choice::Points(points)
            }
        };
        errors.into_result(choice)
    }

    /// The canonical text stored on a paper and published in the CSV (option positions):
    /// `0,3` (approval), `2>0=3>1` (ranked), `0:3,2:1` (points); empty for an empty ballot.
    pub fn encode(&self) -> String {
        let join = |v: &[u32], sep: &str| v.iter().map(u32::to_string).collect::<Vec<_>>().join(sep);
        match self {
            Choice::Approval(p) => join(p, ","),
            Choice::Ranked(tiers) => tiers.iter().map(|t| join(t, "=")).collect::<Vec<_>>().join(">"),
            Choice::Points(p) => p.iter().map(|(o, x)| format!("{o}:{x}")).collect::<Vec<_>>().join(","),
        }
    }

    /// Reads a paper's text for a ballot of `method` with `n` options.
    pub fn decode(method: Method, text: &str, n: usize) -> Option<Self> {
        let items = || text.split(',').filter(|s| !s.is_empty());
        match method {
            Method::Approval | Method::Budget => items().map(|s| position(s, n)).collect::<Option<Vec<_>>>().map(Choice::Approval),
            Method::Ranked => text
                .split('>')
                .filter(|s| !s.is_empty())
                .map(|t| t.split('=').map(|s| position(s, n)).collect::<Option<Vec<_>>>())
                .collect::<Option<Vec<_>>>()
                .map(Choice::Ranked),
            Method::Points => items()
                .map(|s| s.split_once(':').and_then(|(o, x)| Some((position(o, n)?, x.parse::<u64>().ok()?))))
                .collect::<Option<Vec<_>>>()
                .map(Choice::Points),
        }
    }

    /// Whether the option at `position` is chosen (picked, ranked or given points).
    pub fn includes(&self, position: u32) -> bool {
        match self {
            Choice::Approval(p) => p.contains(&position),
            Choice::Ranked(t) => t.iter().any(|t| t.contains(&position)),
            Choice::Points(p) => p.iter().any(|(o, _)| *o == position),
        }
    }
}

/// A new receipt code: 100 random bits as four groups of five (Crockford base 32).
pub fn new_receipt() -> String {
    super::codes::generate(4)
}

fn digest(purpose: &str, ballot_id: i64, code: &str) -> String {
    let d = Sha256::new()
        .chain_update(purpose.as_bytes())
        .chain_update(b"\n")
        .chain_update(ballot_id.to_string().as_bytes())
        .chain_update(b"\n")
        .chain_update(super::codes::normalize(code).as_bytes())
        .finalize();
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// The hash printed beside a paper in the published CSV:
/// `hex(SHA-256("chorus-receipt\n" + ballot id + "\n" + code without dashes, upper case))`.
pub fn receipt_hash(ballot_id: i64, code: &str) -> String {
    digest("chorus-receipt", ballot_id, code)
}

/// The hash kept on the voter roll for replacing a paper; unrelated to [`receipt_hash`]
/// without the code itself.
pub fn recast_hash(ballot_id: i64, code: &str) -> String {
    digest("chorus-recast", ballot_id, code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rules(method: Method) -> Rules {
        Rules {
            method,
            costs: vec![50, 30, 40, 10],
            min_picks: 1,
            max_picks: 2,
            points_total: 5,
            points_per_option: 3,
            budget: 80,
            within_budget: true,
        }
    }

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn approval_counts_picks_between_the_limits() {
        let r = rules(Method::Approval);
        assert_eq!(Choice::parse(&form(&[("pick", "2"), ("pick", "0"), ("pick", "2")]), &r), Ok(Choice::Approval(vec![0, 2])));
        assert_eq!(Choice::parse(&form(&[]), &r).unwrap_err().get("form"), Some("vote-too-few-picks"));
        let three = form(&[("pick", "0"), ("pick", "1"), ("pick", "3")]);
        assert_eq!(Choice::parse(&three, &r).unwrap_err().get("form"), Some("vote-too-many-picks"));
        assert_eq!(Choice::parse(&form(&[("pick", "9")]), &r).unwrap_err().get("pick"), Some("vote-option-unknown"));
    }

    #[test]
    fn budget_picks_must_fit_when_the_council_says_so() {
        let r = rules(Method::Budget);
        assert_eq!(Choice::parse(&form(&[("pick", "0"), ("pick", "1")]), &r), Ok(Choice::Approval(vec![0, 1])));
        assert_eq!(Choice::parse(&form(&[("pick", "0"), ("pick", "2")]), &r).unwrap_err().get("form"), Some("vote-over-budget"));
    }

    #[test]
    fn ranks_become_tiers_with_ties_and_unranked_options() {
        let r = rules(Method::Ranked);
        let f = form(&[("rank_0", "2"), ("rank_1", ""), ("rank_2", "1"), ("rank_3", "2")]);
        assert_eq!(Choice::parse(&f, &r), Ok(Choice::Ranked(vec![vec![2], vec![0, 3]])));
        assert_eq!(Choice::parse(&form(&[("rank_0", "x")]), &r).unwrap_err().get("rank_0"), Some("vote-rank-invalid"));
    }

    #[test]
    fn points_respect_the_total_and_the_cap() {
        let r = rules(Method::Points);
        assert_eq!(Choice::parse(&form(&[("points_1", "3"), ("points_3", "2")]), &r), Ok(Choice::Points(vec![(1, 3), (3, 2)])));
        assert_eq!(Choice::parse(&form(&[("points_1", "4")]), &r).unwrap_err().get("points_1"), Some("vote-points-over-max"));
        let over = form(&[("points_0", "3"), ("points_1", "3")]);
        assert_eq!(Choice::parse(&over, &r).unwrap_err().get("form"), Some("vote-points-over-total"));
    }

    #[test]
    fn receipts_hash_differently_for_the_paper_and_the_roll() {
        let code = new_receipt();
        assert_eq!(receipt_hash(7, &code), receipt_hash(7, &code.to_lowercase()));
        assert_ne!(receipt_hash(7, &code), recast_hash(7, &code));
        assert_ne!(receipt_hash(7, &code), receipt_hash(8, &code));
        assert_eq!(receipt_hash(7, &code).len(), 64);
    }

    proptest! {
        #[test]
        fn papers_decode_to_what_was_encoded(tiers in proptest::collection::vec(proptest::collection::btree_set(0u32..20, 1..4), 0..5)) {
            let mut seen = std::collections::BTreeSet::new();
            let tiers: Vec<Vec<u32>> = tiers.into_iter().map(|t| t.into_iter().filter(|o| seen.insert(*o)).collect::<Vec<_>>()).filter(|t: &Vec<u32>| !t.is_empty()).collect();
            let c = Choice::Ranked(tiers);
            prop_assert_eq!(Choice::decode(Method::Ranked, &c.encode(), 20), Some(c));
        }

        #[test]
        fn any_form_is_answered_without_panic(pairs in proptest::collection::vec(("(pick|rank_[0-9]|points_[0-9]|x)", "\\PC{0,6}"), 0..8)) {
            for m in Method::ALL {
                let _ = Choice::parse(&pairs, &rules(m));
            }
        }
    }
}
