//! The reactions file of `chorus opinion`: CSV (RFC 4180: fields separated by commas, a field
//! may be quoted with `"` and a quote inside it doubled, and a quoted field may span lines)
//! with the header `participant,statement,vote` and one reaction per record:
//!
//! ```text
//! participant,statement,vote
//! anna,s1,agree
//! "Ben, jr.",s1,-1
//! ```
//!
//! Ids are any text (surrounding spaces are trimmed) and are numbered in order of first
//! appearance. A vote is `1`, `-1`, `0`, `agree`, `disagree` or `pass` (any case). A later
//! reaction of the same participant to the same statement replaces an earlier one. Blank
//! lines are skipped; a byte-order mark and Windows line ends are accepted.

use std::collections::HashMap;

use super::reactions::{AGREE, DISAGREE, PASS, Reactions};

/// A reactions file, read: the ids of the participants and statements, in order of first
/// appearance, and the reactions by those numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Round {
    /// Participant ids; participant `i` of `reactions` is `participants[i]`.
    pub participants: Vec<String>,
    /// Statement ids; statement `j` of `reactions` is `statements[j]`.
    pub statements: Vec<String>,
    /// The reactions.
    pub reactions: Reactions,
}

/// What is wrong with a reactions file, and on which line (counting from 1).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct CsvError {
    /// The line the bad record starts on.
    pub line: usize,
    /// What is wrong there.
    pub message: String,
}

fn error(line: usize, message: impl Into<String>) -> CsvError {
    CsvError { line, message: message.into() }
}

/// Reads a reactions file.
pub fn parse(text: &str) -> Result<Round, CsvError> {
    let mut records = records(text)?.into_iter().filter(|(_, fields)| !(fields.len() == 1 && fields[0].trim().is_empty()));
    let Some((line, header)) = records.next() else {
        return Err(error(1, "the file is empty (expected the header participant,statement,vote)"));
    };
    let names: Vec<String> = header.iter().map(|f| f.trim().to_ascii_lowercase()).collect();
    if names != ["participant", "statement", "vote"] {
        return Err(error(line, format!("expected the header participant,statement,vote, found {:?}", header.join(","))));
    }
    let (mut participants, mut statements) = (Ids::default(), Ids::default());
    let mut entries = Vec::new();
    for (line, fields) in records {
        let [participant, statement, vote] = fields.as_slice() else {
            return Err(error(line, format!("expected 3 fields (participant,statement,vote), found {}", fields.len())));
        };
        let (participant, statement) = (participant.trim(), statement.trim());
        if participant.is_empty() || statement.is_empty() {
            return Err(error(line, "the participant and the statement must not be empty"));
        }
        let vote = parse_vote(vote.trim())
            .ok_or_else(|| error(line, format!("vote {:?} is not 1, -1, 0, agree, disagree or pass", vote.trim())))?;
        let p = participants.number(participant).ok_or_else(|| error(line, "too many participants"))?;
        let s = statements.number(statement).ok_or_else(|| error(line, "too many statements"))?;
        entries.push((p, s, vote));
    }
    let reactions = Reactions::new(participants.ids.len(), statements.ids.len(), entries)
        .map_err(|e| error(1, format!("the reactions do not fit together: {e}")))?;
    Ok(Round { participants: participants.ids, statements: statements.ids, reactions })
}

fn parse_vote(vote: &str) -> Option<i8> {
    match vote.to_ascii_lowercase().as_str() {
        "1" | "+1" | "agree" => Some(AGREE),
        "-1" | "disagree" => Some(DISAGREE),
        "0" | "-0" | "+0" | "pass" => Some(PASS),
        _ => None,
    }
}

/// Ids numbered in order of first appearance.
#[derive(Default)]
struct Ids {
    ids: Vec<String>,
    numbers: HashMap<String, u32>,
}

impl Ids {
    /// The id's number, given a new one if unseen; `None` past `u32::MAX` ids.
    fn number(&mut self, id: &str) -> Option<u32> {
        if let Some(&n) = self.numbers.get(id) {
            return Some(n);
        }
        let n = u32::try_from(self.ids.len()).ok().filter(|&n| n < u32::MAX)?;
        self.ids.push(id.to_string());
        self.numbers.insert(id.to_string(), n);
        Some(n)
    }
}

/// Splits the text into records `(line the record starts on, fields)`. A quote opens a
/// quoted field only at the start of a field; elsewhere it is kept as text. An unterminated
/// quoted field is an error at the line where its record starts.
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start = line;
        let (mut fields, mut field) = (Vec::new(), String::new());
        let (mut quoted, mut was_quoted) = (false, false);
        loop {
            let Some(c) = chars.next() else {
                if quoted {
                    return Err(error(start, "a quoted field is not closed"));
                }
                fields.push(field);
                break;
            };
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' if quoted => quoted = false,
                '"' if field.trim().is_empty() && !was_quoted => {
                    (quoted, was_quoted) = (true, true);
                    field.clear();
                }
                '\n' if quoted => {
                    line += 1;
                    field.push('\n');
                }
                _ if quoted => field.push(c),
                ',' => {
                    fields.push(std::mem::take(&mut field));
                    was_quoted = false;
                }
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' => {
                    line += 1;
                    fields.push(std::mem::take(&mut field));
                    break;
                }
                _ => field.push(c),
            }
        }
        out.push((start, fields));
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
