//! An option of a priority vote as the council types it: a label per language, a cost, and
//! the issue it may stand for.

use std::collections::HashMap;

use super::{
    ballot::{field, number, text_field},
    issue::clean,
};
use crate::error::FieldErrors;

/// Option label length, in characters.
pub const OPTION_CHARS: std::ops::RangeInclusive<usize> = 1..=300;

/// An option's label form as typed: `title_<lang>` per language, `cost`, `issue` (an issue
/// number, optional) and `code` (an identifier, optional).
pub type OptionForm = HashMap<String, String>;

/// An option, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionDraft {
    /// `(language, label)` for each language with a label.
    pub titles: Vec<(String, String)>,
    /// Its cost (budget ballots).
    pub cost: u64,
    /// The issue it stands for.
    pub issue_id: Option<i64>,
}

impl OptionDraft {
    /// Checks a typed option. An option picked from an issue may come without labels (the
    /// service fills them from the issue); otherwise one label is needed.
    pub fn parse(form: &OptionForm, languages: &[String], budget_ballot: bool) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let issue_id = match field(form, "issue").trim_start_matches('#') {
            "" => None,
            raw => match raw.parse::<i64>() {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    errors.add("issue", "ballot-option-issue-invalid");
                    None
                }
            },
        };
        let mut titles = Vec::new();
        for lang in languages {
            let title = clean(field(form, &text_field("title", lang)));
            if title.is_empty() {
                continue;
            }
            if title.chars().count() > *OPTION_CHARS.end() {
                errors.add(text_field("title", lang), "ballot-option-too-long");
            }
            titles.push((lang.clone(), title));
        }
        if titles.is_empty() && issue_id.is_none() {
            let first = languages.first().map_or("en", String::as_str);
            errors.add(text_field("title", first), "ballot-option-required");
        }
        let cost = number(form, "cost", &mut errors);
        if budget_ballot && cost == 0 && errors.get("cost").is_none() {
            errors.add("cost", "ballot-option-cost-required");
        }
        errors.into_result(Self { titles, cost, issue_id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> OptionForm {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn options_need_a_label_or_an_issue_and_budget_options_a_cost() {
        let e = OptionDraft::parse(&form(&[("cost", "")]), &["de".into()], true).unwrap_err();
        assert_eq!(e.get("title_de"), Some("ballot-option-required"));
        assert_eq!(e.get("cost"), Some("ballot-option-cost-required"));
        let o = OptionDraft::parse(&form(&[("issue", "#12")]), &["de".into()], false).unwrap();
        assert_eq!(o.issue_id, Some(12));
    }
}
