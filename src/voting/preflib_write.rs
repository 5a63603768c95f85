//! Writing PrefLib order files, for exporting a counted ranked ballot.

use super::files::ExportError;
use super::preflib::DataType;
use super::{Ballots, Profile};
use std::collections::HashMap;

/// Headers that [`write`] computes from the profile; given ones with these keys are ignored.
const COMPUTED: [&str; 4] = ["DATA TYPE", "NUMBER ALTERNATIVES", "NUMBER VOTERS", "NUMBER UNIQUE ORDERS"];

/// Writes a ranked profile as a PrefLib file of the most specific type that holds it: `.soi`
/// when no ballot ranks options equal, `.toi` when one does, and `.soc`/`.toc` when moreover
/// every ballot ranks every option. Returns that type (the file's extension) and the text.
///
/// `headers` adds descriptive headers (`TITLE`, `DESCRIPTION`, …) before the computed ones.
/// Alternatives are numbered by their position, named by the candidates' names (line breaks
/// become spaces, as a header is one line); the candidates' ids are not written, so a file read
/// back has ids `"1"`, `"2"`, …. Equal ballots are written as one line with their counts
/// added, in order of first appearance; ballots counted 0 times are left out; ties are written
/// in ascending order.
pub fn write(profile: &Profile, headers: &[(String, String)]) -> Result<(DataType, String), ExportError> {
    let Ballots::Ranked(ballots) = &profile.ballots else {
        return Err(ExportError("PrefLib order files hold rankings, and this ballot is not ranked".into()));
    };
    let n = profile.candidates.len();
    let mut lines: Vec<(Vec<Vec<u32>>, u64)> = Vec::new();
    let mut line_of: HashMap<Vec<Vec<u32>>, usize> = HashMap::new();
    let (mut ties, mut complete) = (false, true);
    for b in ballots.iter().filter(|b| b.count > 0) {
        let mut tiers = Vec::with_capacity(b.ballot.len());
        let mut named: Vec<u32> = Vec::new();
        for tier in &b.ballot {
            if tier.is_empty() {
                return Err(ExportError("a ballot has an empty tier".into()));
            }
            let mut tier = tier.clone();
            tier.sort_unstable();
            named.extend(&tier);
            ties |= tier.len() > 1;
            tiers.push(tier);
        }
        named.sort_unstable();
        if named.windows(2).any(|w| w[0] == w[1]) || named.last().is_some_and(|&last| last as usize >= n) {
            return Err(ExportError(format!("a ballot names an option twice or one past the {n} options")));
        }
        complete &= named.len() == n;
        match line_of.get(&tiers) {
            Some(&i) => lines[i].1 = lines[i].1.checked_add(b.count).ok_or_else(|| ExportError("too many voters to count".into()))?,
            None => {
                line_of.insert(tiers.clone(), lines.len());
                lines.push((tiers, b.count));
            }
        }
    }
    let voters =
        lines.iter().try_fold(0u64, |sum, (_, c)| sum.checked_add(*c)).ok_or_else(|| ExportError("too many voters to count".into()))?;
    let data_type = DataType::for_orders(ties, complete);

    let one_line = |s: &str| s.replace(['\r', '\n'], " ").trim().to_string();
    let mut out = String::new();
    for (key, value) in headers {
        let key = one_line(key).to_ascii_uppercase();
        if key.is_empty() || key.contains(':') || COMPUTED.contains(&key.as_str()) || key.starts_with("ALTERNATIVE NAME") {
            continue;
        }
        out.push_str(&format!("# {key}: {}\n", one_line(value)));
    }
    out.push_str(&format!("# DATA TYPE: {}\n", data_type.as_str()));
    out.push_str(&format!("# NUMBER ALTERNATIVES: {n}\n# NUMBER VOTERS: {voters}\n# NUMBER UNIQUE ORDERS: {}\n", lines.len()));
    for (i, c) in profile.candidates.iter().enumerate() {
        out.push_str(&format!("# ALTERNATIVE NAME {}: {}\n", i + 1, one_line(&c.name)));
    }
    for (tiers, count) in &lines {
        let order: Vec<String> = tiers
            .iter()
            .map(|tier| match tier.as_slice() {
                [only] => (only + 1).to_string(),
                many => format!("{{{}}}", many.iter().map(|a| (a + 1).to_string()).collect::<Vec<_>>().join(",")),
            })
            .collect();
        out.push_str(&format!("{count}: {}\n", order.join(",")));
    }
    Ok((data_type, out))
}
