//! The data part as CSV: one row per cell, `section,key,label,count,previous,change`, labels in
//! the reader's language. A suppressed count is an empty cell (the `suppressed` column says
//! so). Written by hand (RFC 4180) rather than with a crate for six columns: fields with a
//! comma, quote or line break are quoted, quotes doubled; and since such files are opened in
//! spreadsheets, a field starting with `=`, `+`, `-`, `@` (or a tab or carriage return) gets a
//! leading `'` so that no text from a resident runs as a formula.

use super::{DataPart, Figure};
use crate::i18n::Tr;

/// The header row.
pub const HEADER: &str = "section,key,label,count,previous,change,suppressed";

/// One field, quoted as needed and defused against formula injection.
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

fn figure(f: Figure) -> String {
    f.shown().map(|n| n.to_string()).unwrap_or_default()
}

/// A numeric change, signed; never quoted or defused (it is ours, not a resident's).
fn change(c: Option<i64>) -> String {
    c.map(|c| if c > 0 { format!("+{c}") } else { c.to_string() }).unwrap_or_default()
}

impl DataPart {
    /// The data part as CSV, labels in `lang` (through `tr`).
    pub fn to_csv(&self, tr: &Tr, lang: &str) -> String {
        let mut out = String::from(HEADER);
        out.push('\n');
        let mut row = |section: &str, key: &str, label: &str, current: Option<Figure>, previous: Option<Figure>, delta: Option<i64>| {
            let suppressed = matches!(current, Some(Figure::Suppressed)) || matches!(previous, Some(Figure::Suppressed));
            let cells = [
                field(section),
                field(key),
                field(label),
                current.map(figure).unwrap_or_default(),
                previous.map(figure).unwrap_or_default(),
                change(delta),
                if suppressed { "yes".into() } else { String::new() },
            ];
            out.push_str(&cells.join(","));
            out.push('\n');
        };
        row("issues", "total", &tr.t("summary-data-issues"), Some(self.issues.current), Some(self.issues.previous), self.issues.change);
        row(
            "supports",
            "total",
            &tr.t("summary-data-supports"),
            Some(self.supports.current),
            Some(self.supports.previous),
            self.supports.change,
        );
        for b in &self.breakdowns {
            for r in &b.rows {
                row(b.by.as_str(), &r.key, &self.label(b.by, r, tr), Some(r.count.current), Some(r.count.previous), r.count.change);
            }
        }
        for t in &self.top_issues {
            let text = t.translations.iter().find(|x| x.lang == lang).unwrap_or(&t.original);
            row("top-issue", &t.id.to_string(), &text.title, Some(t.supports), None, None);
        }
        for c in &self.consultations {
            let title = super::pick(&c.titles, lang);
            row("consultation", &c.id.to_string(), &title, Some(c.respondents), None, None);
            for q in &c.questions {
                let prompt = super::pick(&q.prompts, lang);
                for (i, n) in q.counts.iter().enumerate() {
                    let choice =
                        q.choices.get(i).map(|l| super::pick(l, lang)).filter(|s| !s.is_empty()).unwrap_or_else(|| (i + 1).to_string());
                    row("question", &format!("{}/{}/{}", c.id, q.id, i + 1), &format!("{prompt}: {choice}"), Some(*n), None, None);
                }
            }
            for (i, g) in c.groups.iter().enumerate() {
                row(
                    "opinion-group",
                    &format!("{}/{}", c.id, i + 1),
                    &tr.t1("summary-data-group", "number", i + 1),
                    Some(g.size),
                    None,
                    None,
                );
            }
        }
        for b in &self.ballots {
            row("ballot", &b.id.to_string(), &super::pick(&b.titles, lang), Some(b.voters), None, None);
            for (i, o) in b.options.iter().enumerate() {
                // The key is the place in the outcome (a rank, or the order of selection).
                row("ballot-option", &format!("{}/{}", b.id, i + 1), &super::pick(&o.titles, lang), None, None, None);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\rlf"), "\"cr\rlf\"");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(field("+1"), "'+1");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        // Right-to-left marks and other scripts pass through untouched.
        assert_eq!(field("\u{200f}مرحبا"), "\u{200f}مرحبا");
    }
}
