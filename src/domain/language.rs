//! Interface languages that Chorus ships.

use crate::i18n::catalog;

/// A language tag naming a shipped locale (a folder in `locales/`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// Parses a tag; unknown or malformed tags are refused.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let tag = raw.trim();
        if catalog().supports(tag) { Ok(Self(tag.to_string())) } else { Err("language-unknown") }
    }

    /// The tag.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn only_shipped_tags_survive(raw in "\\PC{0,20}") {
            if let Ok(tag) = LanguageTag::parse(&raw) {
                prop_assert!(catalog().supports(tag.as_str()));
            }
        }
    }

    #[test]
    fn only_shipped_languages_parse() {
        assert!(LanguageTag::parse("ar").is_ok());
        for bad in ["", "xx", "EN-gb-x-very-long", "../en", "en\0"] {
            assert_eq!(LanguageTag::parse(bad), Err("language-unknown"), "{bad:?}");
        }
    }
}
