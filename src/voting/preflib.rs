//! PrefLib's order files (<https://preflib.org/format>): `.soc`, `.soi`, `.toc` and `.toi`, that
//! is strict orders or orders with ties, complete or incomplete. Header lines `# KEY: value`
//! come first (`DATA TYPE`, `NUMBER ALTERNATIVES`, `ALTERNATIVE NAME i`, `NUMBER VOTERS`,
//! `NUMBER UNIQUE ORDERS`, …), then one line per distinct order, `count: 3,1,{2,4}`, most
//! preferred first, a tie in braces. Alternatives are numbered from 1; a candidate's `id` is
//! that number as text.

use super::files::{ExportError, FormatError, option_index, whole_number};
use super::{Ballots, Candidate, Profile, Weighted};
use std::collections::HashMap;

/// The most alternatives a file may have.
pub const MAX_ALTERNATIVES: usize = 100_000;

/// Which orders a PrefLib file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataType {
    /// Strict and complete: every line ranks every alternative, without ties.
    Soc,
    /// Strict, incomplete: no ties, alternatives may be left out.
    Soi,
    /// Complete with ties.
    Toc,
    /// Ties, incomplete.
    Toi,
}

impl DataType {
    /// The type named by a `DATA TYPE` value or a file extension (`"soc"`, …).
    pub fn parse(s: &str) -> Option<DataType> {
        match s.trim().to_ascii_lowercase().as_str() {
            "soc" => Some(DataType::Soc),
            "soi" => Some(DataType::Soi),
            "toc" => Some(DataType::Toc),
            "toi" => Some(DataType::Toi),
            _ => None,
        }
    }

    /// Its name, which is also the file extension.
    pub fn as_str(self) -> &'static str {
        match self {
            DataType::Soc => "soc",
            DataType::Soi => "soi",
            DataType::Toc => "toc",
            DataType::Toi => "toi",
        }
    }

    /// Whether orders of this type may rank alternatives equal.
    pub fn allows_ties(self) -> bool {
        matches!(self, DataType::Toc | DataType::Toi)
    }

    /// Whether every order of this type ranks every alternative.
    pub fn is_complete(self) -> bool {
        matches!(self, DataType::Soc | DataType::Toc)
    }

    /// The most specific type that holds orders with these properties.
    pub fn for_orders(ties: bool, complete: bool) -> DataType {
        match (ties, complete) {
            (false, true) => DataType::Soc,
            (false, false) => DataType::Soi,
            (true, true) => DataType::Toc,
            (true, false) => DataType::Toi,
        }
    }
}

/// A whole PrefLib order file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrefLibFile {
    /// `DATA TYPE`.
    pub data_type: DataType,
    /// Every header, key and value as written (`TITLE`, `ALTERNATIVE NAME 1`, …), in order.
    pub headers: Vec<(String, String)>,
    /// The alternatives (ids `"1"`, `"2"`, …, names from `ALTERNATIVE NAME`) and the orders
    /// as [`Ballots::Ranked`] with their counts, in file order.
    pub profile: Profile,
}

impl PrefLibFile {
    /// A header's value, as written.
    pub fn header(&self, key: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// Reads a PrefLib order file. Every error names its line: a header that is not
/// `# KEY: value`, a missing `DATA TYPE` or `NUMBER ALTERNATIVES`, an order that names an
/// unknown alternative or one twice, a tie in a strict file, an alternative left out in a
/// complete one, or counts that disagree with `NUMBER VOTERS` / `NUMBER UNIQUE ORDERS`.
pub fn parse(text: &str) -> Result<PrefLibFile, FormatError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut headers: Vec<(String, String, usize)> = Vec::new();
    let mut order_lines = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let (line, content) = (i + 1, raw.trim());
        if content.is_empty() {
            continue;
        }
        if let Some(header) = content.strip_prefix('#') {
            if !order_lines.is_empty() {
                return Err(FormatError::new(line, "a header line after the orders (headers come first)"));
            }
            let (key, value) = header.split_once(':').ok_or_else(|| FormatError::new(line, "a header line is `# KEY: value`"))?;
            headers.push((key.trim().to_ascii_uppercase(), value.trim().to_string(), line));
        } else {
            order_lines.push((line, content));
        }
    }
    let find = |key: &str| headers.iter().find(|(k, _, _)| k == key);
    let number = |key: &str| -> Result<Option<(u64, usize)>, FormatError> {
        match find(key) {
            None => Ok(None),
            Some((_, v, line)) => match whole_number(v).filter(|_| !v.contains(['.', ','])) {
                Some(n) => Ok(Some((n, *line))),
                None => Err(FormatError::new(*line, format!("{key} {v:?} is not a whole number"))),
            },
        }
    };
    let (data_type, type_line) = match find("DATA TYPE") {
        None => return Err(FormatError::new(1, "no `# DATA TYPE:` header (soc, soi, toc or toi)")),
        Some((_, v, line)) => match DataType::parse(v) {
            Some(t) => (t, *line),
            None => return Err(FormatError::new(*line, format!("DATA TYPE {v:?} is not an order type (soc, soi, toc or toi)"))),
        },
    };
    let (n, n_line) = number("NUMBER ALTERNATIVES")?.ok_or_else(|| FormatError::new(type_line, "no `# NUMBER ALTERNATIVES:` header"))?;
    // A bound far above any real vote, so that a hostile header cannot make us allocate.
    let n = usize::try_from(n)
        .ok()
        .filter(|&n| n <= MAX_ALTERNATIVES)
        .ok_or_else(|| FormatError::new(n_line, format!("NUMBER ALTERNATIVES is above {MAX_ALTERNATIVES}")))?;
    let mut names = vec![None; n];
    for (key, value, line) in &headers {
        let Some(number) = key.strip_prefix("ALTERNATIVE NAME") else { continue };
        let slot = number.trim().parse::<usize>().ok().filter(|&a| (1..=n).contains(&a));
        let slot = slot.ok_or_else(|| FormatError::new(*line, format!("ALTERNATIVE NAME{number} is not an alternative from 1 to {n}")))?;
        if names[slot - 1].replace(value.clone()).is_some() {
            return Err(FormatError::new(*line, format!("a second name for alternative {slot}")));
        }
    }
    let mut orders = Vec::with_capacity(order_lines.len());
    let mut voters: u64 = 0;
    for (line, content) in order_lines {
        let (count, order) = content.split_once(':').ok_or_else(|| FormatError::new(line, "an order line is `count: 1,2,{3,4}`"))?;
        let count = count.trim();
        let count = whole_number(count)
            .filter(|&c| c > 0 && !count.contains(['.', ',']))
            .ok_or_else(|| FormatError::new(line, format!("the count {count:?} is not a whole number above 0")))?;
        let tiers = read_order(order, n, data_type, line)?;
        voters = voters.checked_add(count).ok_or_else(|| FormatError::new(line, "more voters than this program can count"))?;
        orders.push(Weighted { ballot: tiers, count });
    }
    if let Some((said, line)) = number("NUMBER VOTERS")?.filter(|&(said, _)| said != voters) {
        return Err(FormatError::new(line, format!("NUMBER VOTERS is {said} but the orders count {voters}")));
    }
    if let Some((said, line)) = number("NUMBER UNIQUE ORDERS")?.filter(|&(said, _)| usize::try_from(said).ok() != Some(orders.len())) {
        return Err(FormatError::new(line, format!("NUMBER UNIQUE ORDERS is {said} but the file has {} order lines", orders.len())));
    }
    let candidates = (1..=n).zip(names).map(|(i, name)| Candidate { id: i.to_string(), name: name.unwrap_or_default(), cost: 0 }).collect();
    let headers = headers.into_iter().map(|(k, v, _)| (k, v)).collect();
    Ok(PrefLibFile { data_type, headers, profile: Profile { candidates, budget: None, ballots: Ballots::Ranked(orders) } })
}

/// One piece of an order line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Token {
    Alternative(u64),
    Open,
    Close,
    Comma,
}

/// Reads `3,1,{2,4}` into tiers of option indices, checked against `n` and the data type.
fn read_order(text: &str, n: usize, data_type: DataType, line: usize) -> Result<Vec<Vec<u32>>, FormatError> {
    let error = |message: String| FormatError::new(line, message);
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        match c {
            '{' => tokens.push(Token::Open),
            '}' => tokens.push(Token::Close),
            ',' => tokens.push(Token::Comma),
            c if c.is_whitespace() => {}
            '0'..='9' => {
                let mut stop = start + 1;
                while let Some(&(i, d)) = chars.peek().filter(|(_, d)| d.is_ascii_digit()) {
                    stop = i + d.len_utf8();
                    chars.next();
                }
                let digits = &text[start..stop];
                tokens.push(Token::Alternative(digits.parse().map_err(|_| error(format!("alternative {digits} is too large")))?));
            }
            other => return Err(error(format!("unexpected {other:?} in the order"))),
        }
    }
    let mut tiers: Vec<Vec<u32>> = Vec::new();
    let alternative = |token: Option<Token>| -> Result<u32, FormatError> {
        let Some(Token::Alternative(a)) = token else {
            return Err(error("expected an alternative's number".into()));
        };
        let index = usize::try_from(a)
            .ok()
            .filter(|&a| (1..=n).contains(&a))
            .ok_or_else(|| error(format!("alternative {a} is not from 1 to {n}")))?;
        option_index(index - 1, line)
    };
    let mut rest = tokens.into_iter().peekable();
    while rest.peek().is_some() {
        if !tiers.is_empty() && rest.next() != Some(Token::Comma) {
            return Err(error("expected a comma between alternatives".into()));
        }
        if rest.next_if_eq(&Token::Open).is_some() {
            let mut tier = vec![alternative(rest.next())?];
            while rest.next_if_eq(&Token::Comma).is_some() {
                tier.push(alternative(rest.next())?);
            }
            if rest.next() != Some(Token::Close) {
                return Err(error("a tie `{…}` is not closed".into()));
            }
            if tier.len() > 1 && !data_type.allows_ties() {
                return Err(error(format!("a tie, which a .{} file cannot have", data_type.as_str())));
            }
            // A tie is a set: kept sorted, so that equal orders compare equal.
            tier.sort_unstable();
            tiers.push(tier);
        } else {
            tiers.push(vec![alternative(rest.next())?]);
        }
    }
    // Sorting a copy finds a repeated alternative without a table as long as `n`.
    let mut named: Vec<u32> = tiers.iter().flatten().copied().collect();
    named.sort_unstable();
    if let Some(w) = named.windows(2).find(|w| w[0] == w[1]) {
        return Err(error(format!("the order names alternative {} twice", w[0] as usize + 1)));
    }
    if data_type.is_complete() && named.len() != n {
        let missing: Vec<String> =
            (0..n).filter(|&a| named.binary_search(&(a as u32)).is_err()).take(10).map(|a| (a + 1).to_string()).collect();
        return Err(error(format!("the order leaves out {}, which a .{} file cannot", missing.join(","), data_type.as_str())));
    }
    Ok(tiers)
}

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

#[cfg(test)]
#[path = "preflib_tests.rs"]
mod tests;
