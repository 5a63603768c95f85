//! What residents, officials and admins type besides issues: comments, official answers,
//! and entries of the referral directory.

use super::{content_language::ContentLanguage, issue::clean};
use crate::error::FieldErrors;

/// Comment length, in characters.
pub const COMMENT_CHARS: std::ops::RangeInclusive<usize> = 2..=2000;
/// Official answer length, in characters.
pub const ANSWER_CHARS: std::ops::RangeInclusive<usize> = 10..=5000;
/// Statement length (statement rounds), in characters: short, to be read in a glance.
pub const STATEMENT_CHARS: std::ops::RangeInclusive<usize> = 5..=280;
/// Department name length.
const DEPARTMENT_CHARS: usize = 120;

/// The language of a typed text: the one chosen, else the detected one, else `fallback`
/// (the writer's interface language).
fn language(choice: &str, text: &str, fallback: &str, errors: &mut FieldErrors) -> &'static str {
    match choice.trim() {
        "" => ContentLanguage::detect(text).or_else(|| ContentLanguage::parse(fallback).ok()).map_or("en", |l| l.tag()),
        tag => match ContentLanguage::parse(tag) {
            Ok(l) => l.tag(),
            Err(e) => {
                errors.add("lang", e);
                "en"
            }
        },
    }
}

/// Checks a length; `ids` are the messages for (empty, too short, too long).
fn length(errors: &mut FieldErrors, field: &'static str, text: &str, range: &std::ops::RangeInclusive<usize>, ids: [&'static str; 3]) {
    match text.chars().count() {
        0 => errors.add(field, ids[0]),
        n if n < *range.start() => errors.add(field, ids[1]),
        n if n > *range.end() => errors.add(field, ids[2]),
        _ => {}
    }
}

/// A valid comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentDraft {
    /// The text.
    pub body: String,
    /// Its language.
    pub lang: &'static str,
}

impl CommentDraft {
    /// Checks a typed comment; `lang` may be empty (then it is detected).
    pub fn parse(body: &str, lang: &str, fallback: &str) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let body = clean(body);
        length(&mut errors, "body", &body, &COMMENT_CHARS, ["comment-required", "comment-too-short", "comment-too-long"]);
        let lang = language(lang, &body, fallback, &mut errors);
        errors.into_result(Self { body, lang })
    }
}

/// A valid statement for a statement round (one line of thought, no line breaks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementDraft {
    /// The text.
    pub body: String,
    /// Its language.
    pub lang: &'static str,
}

impl StatementDraft {
    /// Checks a typed statement; `lang` may be empty (then it is detected).
    pub fn parse(body: &str, lang: &str, fallback: &str) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let body = clean(body).split_whitespace().collect::<Vec<_>>().join(" ");
        length(&mut errors, "body", &body, &STATEMENT_CHARS, ["statement-required", "statement-too-short", "statement-too-long"]);
        let lang = language(lang, &body, fallback, &mut errors);
        errors.into_result(Self { body, lang })
    }
}

/// An official answer as typed.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct AnswerForm {
    /// The answer.
    pub body: String,
    /// Language tag, or empty to detect.
    pub lang: String,
    /// Responsible department (optional).
    pub department: String,
    /// Expected date, `YYYY-MM-DD` (optional).
    pub expected_on: String,
    /// Also mark the issue resolved.
    pub resolved: String,
}

/// A valid official answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerDraft {
    /// The answer.
    pub body: String,
    /// Its language.
    pub lang: &'static str,
    /// Responsible department.
    pub department: Option<String>,
    /// Expected date, `YYYY-MM-DD`.
    pub expected_on: Option<String>,
    /// Whether this answer resolves the issue.
    pub resolves: bool,
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD` (years 2000–2199).
pub fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 || !s.chars().all(|c| c.is_ascii_digit() || c == '-') {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (2000..2200).contains(&y) && (1..=days).contains(&d)
}

impl AnswerDraft {
    /// Checks a typed answer.
    pub fn parse(f: &AnswerForm, fallback: &str) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let body = clean(&f.body);
        length(&mut errors, "body", &body, &ANSWER_CHARS, ["answer-required", "answer-too-short", "answer-too-long"]);
        let lang = language(&f.lang, &body, fallback, &mut errors);
        let department = clean(&f.department).replace('\n', " ");
        if department.chars().count() > DEPARTMENT_CHARS {
            errors.add("department", "answer-department-too-long");
        }
        let expected_on = f.expected_on.trim().to_string();
        if !expected_on.is_empty() && !is_date(&expected_on) {
            errors.add("expected_on", "answer-date-invalid");
        }
        errors.into_result(Self {
            body,
            lang,
            department: Some(department).filter(|d| !d.is_empty()),
            expected_on: Some(expected_on).filter(|d| !d.is_empty()),
            resolves: !f.resolved.is_empty(),
        })
    }
}

/// A referral service as typed by an admin.
#[derive(Clone, Debug, Default)]
pub struct ServiceForm {
    /// Name.
    pub name: String,
    /// What it helps with.
    pub description: String,
    /// Ticked language tags.
    pub languages: Vec<String>,
    /// How to reach it.
    pub contact: String,
}

impl ServiceForm {
    /// Builds the form from urlencoded pairs (languages repeat).
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut f = Self::default();
        for (k, v) in pairs {
            match k.as_str() {
                "name" => f.name = v.clone(),
                "description" => f.description = v.clone(),
                "languages" => f.languages.push(v.clone()),
                "contact" => f.contact = v.clone(),
                _ => {}
            }
        }
        f
    }

    /// Whether language `tag` is ticked.
    pub fn speaks(&self, tag: &str) -> bool {
        self.languages.iter().any(|l| l == tag)
    }

    /// Checks the form: a name (2–120), a description (up to 1,000), contact details (2–500)
    /// and at least one known language.
    pub fn validate(&self) -> Result<crate::db::referrals::Service, FieldErrors> {
        let mut errors = FieldErrors::new();
        let name = clean(&self.name).replace('\n', " ");
        if !(2..=120).contains(&name.chars().count()) {
            errors.add("name", "service-name-invalid");
        }
        let description = clean(&self.description);
        if description.chars().count() > 1000 {
            errors.add("description", "service-description-too-long");
        }
        let contact = clean(&self.contact);
        if !(2..=500).contains(&contact.chars().count()) {
            errors.add("contact", "service-contact-invalid");
        }
        let mut languages: Vec<String> = Vec::new();
        for l in &self.languages {
            match ContentLanguage::parse(l) {
                Ok(l) if !languages.iter().any(|x| x == l.tag()) => languages.push(l.tag().to_string()),
                Ok(_) => {}
                Err(_) => errors.add("languages", "service-languages-invalid"),
            }
        }
        if languages.is_empty() {
            errors.add("languages", "service-languages-invalid");
        }
        errors.into_result(crate::db::referrals::Service { id: 0, name, description, languages, contact })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn comments_get_a_language_even_when_none_is_chosen() {
        let c = CommentDraft::parse("Die Busse fahren abends viel zu selten in unser Viertel.", "", "en").expect("valid");
        assert_eq!(c.lang, "de");
        assert_eq!(CommentDraft::parse("+1", "", "fr").expect("valid").lang, "fr");
        assert_eq!(CommentDraft::parse("ok", "ti", "en").expect("valid").lang, "ti");
        let e = CommentDraft::parse(" ", "xx", "en").unwrap_err();
        assert_eq!((e.get("body"), e.get("lang")), (Some("comment-required"), Some("language-unknown")));
    }

    #[test]
    fn answers_check_every_field() {
        let f = AnswerForm { body: "short".into(), department: "x".repeat(200), expected_on: "2027-02-30".into(), ..Default::default() };
        let e = AnswerDraft::parse(&f, "en").unwrap_err();
        assert_eq!(e.get("body"), Some("answer-too-short"));
        assert_eq!(e.get("department"), Some("answer-department-too-long"));
        assert_eq!(e.get("expected_on"), Some("answer-date-invalid"));
        let f = AnswerForm { body: "The transport department will add a late bus.".into(), expected_on: "2028-02-29".into(), ..f };
        let f = AnswerForm { department: " Transport ".into(), ..f };
        let a = AnswerDraft::parse(&f, "en").expect("valid");
        assert_eq!((a.department.as_deref(), a.expected_on.as_deref(), a.resolves), (Some("Transport"), Some("2028-02-29"), false));
    }

    #[test]
    fn services_need_a_name_contact_and_a_language() {
        let f = ServiceForm { name: "A".into(), contact: "".into(), languages: vec!["xx".into()], ..Default::default() };
        let e = f.validate().unwrap_err();
        for field in ["name", "contact", "languages"] {
            assert!(e.get(field).is_some(), "{field}");
        }
        let f = ServiceForm {
            name: "Migration advice".into(),
            contact: "Mon 9–12, Marktplatz 3".into(),
            languages: vec!["ar".into(), "ar".into(), "so".into()],
            ..Default::default()
        };
        assert_eq!(f.validate().expect("valid").languages, vec!["ar", "so"]);
    }

    proptest! {
        #[test]
        fn dates_are_only_real_ones(s in "\\PC{0,12}") {
            if is_date(&s) {
                prop_assert_eq!(s.len(), 10);
            }
        }

        #[test]
        fn accepted_comments_respect_the_limits(body in "\\PC{0,2100}", lang in "[a-z]{0,3}") {
            if let Ok(c) = CommentDraft::parse(&body, &lang, "en") {
                prop_assert!(COMMENT_CHARS.contains(&c.body.chars().count()));
            }
        }
    }
}
