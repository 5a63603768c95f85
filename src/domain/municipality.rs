//! Municipality settings as an admin submits them.

use super::language::LanguageTag;

/// Whether new content waits for a moderator before it is public.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ModerationMode {
    /// Nothing is public before a moderator publishes it.
    Pre,
    /// Content is public at once and moderated afterwards.
    Post,
}

impl ModerationMode {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pre => "pre",
            Self::Post => "post",
        }
    }
    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pre" => Some(Self::Pre),
            "post" => Some(Self::Post),
            _ => None,
        }
    }
}

/// What happens to someone's published content when they delete their account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeletedContentPolicy {
    /// Published content stays, shown as anonymous.
    Anonymize,
    /// Everything the person wrote is removed.
    Remove,
}

impl DeletedContentPolicy {
    /// Stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Anonymize => "anonymize",
            Self::Remove => "remove",
        }
    }
    /// Parses a stored or submitted name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "anonymize" => Some(Self::Anonymize),
            "remove" => Some(Self::Remove),
            _ => None,
        }
    }
}

/// The raw municipality form, exactly as submitted (re-rendered on errors).
#[derive(Clone, Debug, Default)]
pub struct MunicipalityForm {
    /// Display name.
    pub name: String,
    /// URL name.
    pub slug: String,
    /// Ticked languages.
    pub languages: Vec<String>,
    /// Chosen default language.
    pub default_language: String,
    /// `pre` or `post`.
    pub moderation_mode: String,
    /// `anonymize` or `remove`.
    pub deleted_account_content: String,
}

impl MunicipalityForm {
    /// Builds the form from urlencoded pairs (checkboxes repeat the `languages` key).
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut form = Self::default();
        for (k, v) in pairs {
            match k.as_str() {
                "name" => form.name = v.clone(),
                "slug" => form.slug = v.clone(),
                "languages" => form.languages.push(v.clone()),
                "default_language" => form.default_language = v.clone(),
                "moderation_mode" => form.moderation_mode = v.clone(),
                "deleted_account_content" => form.deleted_account_content = v.clone(),
                _ => {}
            }
        }
        form
    }

    /// Whether `tag` is ticked.
    pub fn has_language(&self, tag: &str) -> bool {
        self.languages.iter().any(|l| l == tag)
    }
}

/// A valid municipality: checked name, slug, languages and policies.
#[derive(Clone, Debug)]
pub struct MunicipalityInput {
    /// Display name, 2-100 characters.
    pub name: String,
    /// 2-40 of `a-z`, `0-9`, `-`.
    pub slug: String,
    /// At least one shipped language, no duplicates.
    pub languages: Vec<String>,
    /// One of `languages`.
    pub default_language: String,
    /// Pre- or post-moderation.
    pub moderation_mode: ModerationMode,
    /// Account deletion policy.
    pub deleted_account_content: DeletedContentPolicy,
}

impl TryFrom<&MunicipalityForm> for MunicipalityInput {
    type Error = crate::error::FieldErrors;

    fn try_from(f: &MunicipalityForm) -> Result<Self, Self::Error> {
        let mut errors = crate::error::FieldErrors::new();
        let name = super::text::clean(&f.name).replace('\n', " ");
        let n = name.chars().count();
        if !(2..=100).contains(&n) || name.chars().any(char::is_control) {
            errors.add("name", "municipality-name-invalid");
        }
        let slug = f.slug.trim().to_ascii_lowercase();
        let slug_ok = (2..=40).contains(&slug.len())
            && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !slug.starts_with('-')
            && !slug.ends_with('-');
        if !slug_ok {
            errors.add("slug", "municipality-slug-invalid");
        }
        let mut languages = Vec::new();
        for l in &f.languages {
            match LanguageTag::parse(l) {
                Ok(tag) if !languages.contains(&tag.as_str().to_string()) => languages.push(tag.as_str().to_string()),
                Ok(_) => {}
                Err(_) => errors.add("languages", "language-unknown"),
            }
        }
        if languages.is_empty() {
            errors.add("languages", "municipality-languages-required");
        }
        let default_language = f.default_language.trim().to_string();
        if !languages.contains(&default_language) {
            errors.add("default_language", "municipality-default-language-invalid");
        }
        let moderation_mode = ModerationMode::parse(&f.moderation_mode);
        if moderation_mode.is_none() {
            errors.add("moderation_mode", "municipality-moderation-invalid");
        }
        let policy = DeletedContentPolicy::parse(&f.deleted_account_content);
        if policy.is_none() {
            errors.add("deleted_account_content", "municipality-policy-invalid");
        }
        match (moderation_mode, policy) {
            (Some(moderation_mode), Some(deleted_account_content)) if errors.is_empty() => {
                Ok(Self { name, slug, languages, default_language, moderation_mode, deleted_account_content })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_accepted_municipality_is_well_formed(
            name in "\\PC{0,120}", slug in "\\PC{0,50}", langs in proptest::collection::vec("[a-z]{2}", 0..5),
            default in "[a-z]{2}", mode in "\\PC{0,5}", policy in "\\PC{0,10}",
        ) {
            let form = MunicipalityForm { name, slug, languages: langs, default_language: default, moderation_mode: mode, deleted_account_content: policy };
            if let Ok(m) = MunicipalityInput::try_from(&form) {
                prop_assert!(m.languages.contains(&m.default_language));
                prop_assert!(m.slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
                prop_assert!((2..=100).contains(&m.name.chars().count()));
            }
        }
    }

    fn form() -> MunicipalityForm {
        MunicipalityForm {
            name: "Lindenfeld".into(),
            slug: "lindenfeld".into(),
            languages: vec!["de".into(), "ar".into()],
            default_language: "de".into(),
            moderation_mode: "pre".into(),
            deleted_account_content: "anonymize".into(),
        }
    }

    #[test]
    fn a_complete_form_is_accepted() {
        let m = MunicipalityInput::try_from(&form()).expect("valid");
        assert_eq!(m.languages, vec!["de", "ar"]);
    }

    #[test]
    fn every_bad_field_is_reported() {
        let f = MunicipalityForm {
            name: "x".into(),
            slug: "Bad Slug!".into(),
            languages: vec!["xx".into()],
            default_language: "fr".into(),
            moderation_mode: "none".into(),
            deleted_account_content: "".into(),
        };
        let errors = MunicipalityInput::try_from(&f).unwrap_err();
        for field in ["name", "slug", "languages", "default_language", "moderation_mode", "deleted_account_content"] {
            assert!(errors.get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn the_default_language_must_be_enabled() {
        let f = MunicipalityForm { default_language: "fr".into(), ..form() };
        assert_eq!(MunicipalityInput::try_from(&f).unwrap_err().get("default_language"), Some("municipality-default-language-invalid"));
    }
}
