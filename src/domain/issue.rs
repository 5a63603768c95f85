//! An issue as a resident submits it.

use super::content_language::ContentLanguage;
use crate::error::FieldErrors;

/// Title length, in characters.
pub const TITLE_CHARS: std::ops::RangeInclusive<usize> = 5..=150;
/// Description length, in characters.
pub const BODY_CHARS: std::ops::RangeInclusive<usize> = 20..=5000;

/// The submission form exactly as typed (re-rendered on errors and on the confirmation step).
#[derive(Clone, Debug, Default)]
pub struct IssueForm {
    /// Short title.
    pub title: String,
    /// What the issue is about.
    pub body: String,
    /// Category id.
    pub theme: String,
    /// Tag ids.
    pub tags: Vec<String>,
    /// Neighbourhood id, or empty.
    pub neighbourhood: String,
    /// "Show me as anonymous".
    pub anonymous: bool,
    /// Language tag, empty until the author confirms it.
    pub lang: String,
    /// Set on the confirmation step.
    pub confirmed: bool,
}

impl IssueForm {
    /// Builds the form from urlencoded pairs (tags repeat).
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut f = Self::default();
        for (k, v) in pairs {
            match k.as_str() {
                "title" => f.title = v.clone(),
                "body" => f.body = v.clone(),
                "theme" => f.theme = v.clone(),
                "tags" => f.tags.push(v.clone()),
                "neighbourhood" => f.neighbourhood = v.clone(),
                "anonymous" => f.anonymous = !v.is_empty(),
                "lang" => f.lang = v.clone(),
                "confirmed" => f.confirmed = v == "1",
                _ => {}
            }
        }
        f
    }

    /// Whether tag `id` is ticked.
    pub fn has_tag(&self, id: &i64) -> bool {
        self.tags.iter().any(|t| t.parse::<i64>().ok() == Some(*id))
    }
}

/// A valid issue, ready to store. Theme, tag and neighbourhood ids are checked against the
/// municipality by the service.
#[derive(Clone, Debug)]
pub struct IssueDraft {
    /// Trimmed title.
    pub title: String,
    /// Trimmed description.
    pub body: String,
    /// Category id.
    pub theme_id: i64,
    /// Tag ids, deduplicated.
    pub tag_ids: Vec<i64>,
    /// Neighbourhood id.
    pub neighbourhood_id: Option<i64>,
    /// Hidden author.
    pub anonymous: bool,
    /// Language the author confirmed, if any yet.
    pub lang: Option<ContentLanguage>,
}

pub use super::text::clean;

impl TryFrom<&IssueForm> for IssueDraft {
    type Error = FieldErrors;

    fn try_from(f: &IssueForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let title = clean(&f.title).replace('\n', " ");
        match title.chars().count() {
            0 => errors.add("title", "issue-title-required"),
            n if n < *TITLE_CHARS.start() => errors.add("title", "issue-title-too-short"),
            n if n > *TITLE_CHARS.end() => errors.add("title", "issue-title-too-long"),
            _ => {}
        }
        let body = clean(&f.body);
        match body.chars().count() {
            0 => errors.add("body", "issue-body-required"),
            n if n < *BODY_CHARS.start() => errors.add("body", "issue-body-too-short"),
            n if n > *BODY_CHARS.end() => errors.add("body", "issue-body-too-long"),
            _ => {}
        }
        let theme_id = f.theme.trim().parse::<i64>().ok();
        if theme_id.is_none() {
            errors.add("theme", "issue-theme-required");
        }
        let mut tag_ids = Vec::new();
        for t in &f.tags {
            match t.trim().parse::<i64>() {
                Ok(id) if !tag_ids.contains(&id) => tag_ids.push(id),
                Ok(_) => {}
                Err(_) => errors.add("tags", "issue-tag-unknown"),
            }
        }
        let neighbourhood_id = match f.neighbourhood.trim() {
            "" => None,
            n => match n.parse::<i64>() {
                Ok(id) => Some(id),
                Err(_) => {
                    errors.add("neighbourhood", "issue-neighbourhood-unknown");
                    None
                }
            },
        };
        let lang = match f.lang.trim() {
            "" => None,
            tag => ContentLanguage::parse(tag).map_err(|e| errors.add("lang", e)).ok(),
        };
        match theme_id {
            Some(theme_id) if errors.is_empty() => {
                Ok(Self { title, body, theme_id, tag_ids, neighbourhood_id, anonymous: f.anonymous, lang })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn form() -> IssueForm {
        IssueForm {
            title: "Night buses to the north".into(),
            body: "After 22:00 there is no bus to the northern estates.".into(),
            theme: "3".into(),
            tags: vec!["9".into(), "9".into()],
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_form_makes_a_draft() {
        let d = IssueDraft::try_from(&form()).expect("valid");
        assert_eq!((d.theme_id, d.tag_ids.clone(), d.lang), (3, vec![9], None));
    }

    #[test]
    fn every_bad_field_is_reported() {
        let f = IssueForm {
            title: "Hi".into(),
            body: "".into(),
            theme: "x".into(),
            tags: vec!["y".into()],
            neighbourhood: "z".into(),
            lang: "xx".into(),
            ..Default::default()
        };
        let e = IssueDraft::try_from(&f).unwrap_err();
        for field in ["title", "body", "theme", "tags", "neighbourhood", "lang"] {
            assert!(e.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn control_characters_are_dropped_but_line_breaks_kept() {
        let f = IssueForm { body: "Line one\u{0}\r\nline two is long enough".into(), ..form() };
        assert_eq!(IssueDraft::try_from(&f).expect("valid").body, "Line one\nline two is long enough");
    }

    proptest! {
        #[test]
        fn accepted_drafts_respect_the_limits(title in "\\PC{0,200}", body in "\\PC{0,300}") {
            let f = IssueForm { title, body, ..form() };
            if let Ok(d) = IssueDraft::try_from(&f) {
                prop_assert!(TITLE_CHARS.contains(&d.title.chars().count()));
                prop_assert!(BODY_CHARS.contains(&d.body.chars().count()));
                prop_assert!(!d.title.contains('\0') && !d.body.contains('\0'));
            }
        }
    }
}
