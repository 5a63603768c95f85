//! The `;`-separated records of pabulib files: Python's `csv` dialect with `delimiter=";"`,
//! which is what pabulib's files are written and read with. A field may be quoted with `"`,
//! a quote inside a quoted field is doubled (`""`), and a quoted field may span lines.

/// One record with the 1-based line it starts on (errors name that line).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Record {
    /// The line the record starts on, counting from 1.
    pub line: usize,
    /// Its fields, unquoted.
    pub fields: Vec<String>,
}

impl Record {
    /// Whether the record has no content: an empty line, or one whose only field is blank
    /// (pabutools skips those too).
    pub fn is_blank(&self) -> bool {
        self.fields.len() <= 1 && self.fields.iter().all(|f| f.trim().is_empty())
    }
}

/// Splits a whole file into records. Never fails: an unterminated quote runs to the end of
/// the file (as Python's reader does in its non-strict mode), and the caller then finds the
/// record malformed by its field count.
pub(crate) fn records(text: &str) -> Vec<Record> {
    // Excel and some editors start UTF-8 files with a byte-order mark; pabutools reads with
    // `utf-8-sig` for the same reason.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut line = 1;
    let mut chars = text.chars().peekable();
    while chars.peek().is_some() {
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        // Whether the current field began with a quote: only then does a quote end it.
        let mut in_quotes_field = false;
        loop {
            let Some(c) = chars.next() else {
                fields.push(std::mem::take(&mut field));
                break;
            };
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => quoted = false,
                    '\n' => {
                        line += 1;
                        field.push('\n');
                    }
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                '"' if field.is_empty() && !in_quotes_field => {
                    quoted = true;
                    in_quotes_field = true;
                }
                ';' => {
                    fields.push(std::mem::take(&mut field));
                    in_quotes_field = false;
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
        out.push(Record { line: start, fields });
    }
    out
}

/// Quotes a field when it needs it (a `;`, a quote, or a line break), as Python's writer does
/// with its default minimal quoting.
pub(crate) fn quote(field: &str) -> String {
    if field.contains([';', '"', '\n', '\r']) { format!("\"{}\"", field.replace('"', "\"\"")) } else { field.to_string() }
}

/// One record as a line (with its newline).
pub(crate) fn line<S: AsRef<str>>(fields: &[S]) -> String {
    let mut out = fields.iter().map(|f| quote(f.as_ref())).collect::<Vec<_>>().join(";");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        records(text).into_iter().map(|r| r.fields).collect()
    }

    #[test]
    fn plain_fields_are_split_at_semicolons() {
        assert_eq!(fields("a;b;c\n1;;3\n"), [vec!["a", "b", "c"], vec!["1", "", "3"]]);
    }

    #[test]
    fn a_quoted_field_keeps_its_semicolons_and_doubled_quotes() {
        let r = records("comment;\"#1: \"\"neighborhood\"\"; see below\"\nnext;x");
        assert_eq!(r[0].fields, ["comment", "#1: \"neighborhood\"; see below"]);
        assert_eq!((r[1].line, r[1].fields.clone()), (2, vec!["next".to_string(), "x".to_string()]));
    }

    #[test]
    fn a_quoted_line_break_stays_in_the_field_and_later_lines_keep_their_numbers() {
        let r = records("a;\"two\nlines\"\nb;c\r\nd\n");
        assert_eq!(r[0].fields, ["a", "two\nlines"]);
        assert_eq!(r.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 3, 4]);
    }

    #[test]
    fn a_byte_order_mark_and_windows_line_ends_are_ignored() {
        assert_eq!(fields("\u{feff}META\r\nkey;value\r\n"), [vec!["META"], vec!["key", "value"]]);
    }

    #[test]
    fn an_unterminated_quote_runs_to_the_end_without_failing() {
        assert_eq!(fields("a;\"open\nstill"), [vec!["a", "open\nstill"]]);
    }

    #[test]
    fn quoting_then_reading_gives_the_fields_back() {
        let original = ["plain", "semi;colon", "say \"hi\"", "two\nlines", ""];
        assert_eq!(fields(&line(&original)), [original.to_vec()]);
    }
}
