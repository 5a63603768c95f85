//! Languages people may *write* in. Wider than the interface languages: a resident can always
//! write in Tigrinya, Pashto, Kurdish, Urdu or Dari, and pick that language by hand even where
//! no detector knows it.

use crate::i18n::catalog;

/// Content languages beyond the shipped interface languages: (tag, own name, right-to-left).
const EXTRA: &[(&str, &str, bool)] = &[
    ("ti", "ትግርኛ", false),
    ("ps", "پښتو", true),
    ("ckb", "کوردی", true),
    ("kmr", "Kurmancî", false),
    ("ur", "اردو", true),
    ("prs", "دری", true),
];

/// A language a text is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContentLanguage {
    tag: &'static str,
    name: &'static str,
    rtl: bool,
}

impl ContentLanguage {
    /// Every language a text may be written in: interface languages first, then the others.
    pub fn all() -> Vec<ContentLanguage> {
        let mut all: Vec<_> =
            catalog().locales().iter().map(|l| ContentLanguage { tag: l.tag(), name: l.name(), rtl: l.is_rtl() }).collect();
        all.extend(EXTRA.iter().map(|&(tag, name, rtl)| ContentLanguage { tag, name, rtl }));
        all
    }

    /// Parses a tag from a form.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let raw = raw.trim();
        Self::all().into_iter().find(|l| l.tag == raw).ok_or("language-unknown")
    }

    /// The language of a stored tag (unknown tags are shown as themselves, left to right).
    pub fn of(tag: &str) -> Self {
        Self::parse(tag).unwrap_or(ContentLanguage { tag: "und", name: "?", rtl: false })
    }

    /// BCP 47 tag, for `lang` attributes.
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// The language's own name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// `rtl` or `ltr`, for `dir` attributes.
    pub fn dir(&self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }

    /// Guesses the language of a text; `None` when unsure or when the language is one the
    /// detector does not know (then the author chooses).
    pub fn detect(text: &str) -> Option<Self> {
        let info = whatlang::detect(text)?;
        if !info.is_reliable() && info.confidence() < 0.5 {
            return None;
        }
        let tag = match info.lang() {
            whatlang::Lang::Eng => "en",
            whatlang::Lang::Deu => "de",
            whatlang::Lang::Fra => "fr",
            whatlang::Lang::Ita => "it",
            whatlang::Lang::Spa => "es",
            whatlang::Lang::Ell => "el",
            whatlang::Lang::Pol => "pl",
            whatlang::Lang::Slv => "sl",
            whatlang::Lang::Ara => "ar",
            whatlang::Lang::Pes => "fa",
            whatlang::Lang::Ukr => "uk",
            whatlang::Lang::Rus => "ru",
            whatlang::Lang::Tur => "tr",
            whatlang::Lang::Urd => "ur",
            _ => return None,
        };
        Self::parse(tag).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_without_a_detector_can_be_chosen_by_hand() {
        for tag in ["so", "ti", "ps", "ckb", "kmr"] {
            assert!(ContentLanguage::parse(tag).is_ok(), "{tag}");
        }
        assert_eq!(ContentLanguage::parse("xx"), Err("language-unknown"));
        assert_eq!(ContentLanguage::parse("ps").map(|l| l.dir()), Ok("rtl"));
    }

    #[test]
    fn common_languages_are_detected() {
        let cases = [
            ("The bus to the job centre stops running at six, so people who work late cannot get home.", "en"),
            ("Die Wartezeiten bei der Ausländerbehörde sind so lang, dass viele ihre Termine verpassen.", "de"),
            ("لا توجد دروس لتعليم اللغة في المساء للأمهات العاملات في الحي الشمالي", "ar"),
            ("Черга на визнання дипломів займає більше року, і ми не можемо працювати за фахом.", "uk"),
        ];
        for (text, tag) in cases {
            assert_eq!(ContentLanguage::detect(text).map(|l| l.tag()), Some(tag), "{text}");
        }
        assert_eq!(ContentLanguage::detect("ok"), None, "too short to tell");
    }
}
