//! Fluent catalogues for every shipped language, language negotiation and the translator
//! handle (`Tr`) that templates, handlers and error pages use.
//!
//! The catalogue is embedded at build time (see `build.rs`) and loaded once per process: it is
//! immutable data, so it lives in a `static` and every translator is a cheap `Copy` handle.

use std::{collections::HashMap, sync::OnceLock};

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The language every other locale is checked against, and the last fallback.
pub const REFERENCE: &str = "en";

/// One interface language: its tag, its own name, its direction and its messages.
pub struct Locale {
    tag: String,
    name: String,
    rtl: bool,
    bundle: FluentBundle<FluentResource>,
}

impl Locale {
    /// BCP 47 tag, e.g. `ar`.
    pub fn tag(&self) -> &str {
        &self.tag
    }
    /// The language's name in that language (what a language switcher shows).
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Whether the script is written right to left.
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }
    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        if self.rtl { "rtl" } else { "ltr" }
    }
    /// Whether this locale defines the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let msg = self.bundle.get_message(id)?;
        let pattern = msg.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(locale = %self.tag, message = id, "fluent formatting errors");
        }
        Some(text.into_owned())
    }
}

/// Every shipped locale, sorted by tag.
pub struct Catalog {
    locales: Vec<Locale>,
    by_tag: HashMap<String, usize>,
    reference: usize,
}

/// The process-wide catalogue of embedded locales.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::from_sources(embedded::EMBEDDED).expect("embedded locales are valid Fluent"))
}

impl Catalog {
    /// Builds a catalogue from `(tag, file name, source)` triples.
    pub fn from_sources(sources: &[(&str, &str, &str)]) -> anyhow::Result<Self> {
        let mut grouped: Vec<(&str, Vec<(&str, &str)>)> = Vec::new();
        for (tag, file, src) in sources {
            match grouped.iter_mut().find(|(t, _)| t == tag) {
                Some((_, files)) => files.push((file, src)),
                None => grouped.push((tag, vec![(file, src)])),
            }
        }
        let mut locales = Vec::new();
        for (tag, files) in grouped {
            let langid: LanguageIdentifier =
                tag.parse().map_err(|e| anyhow::anyhow!("locale folder {tag:?} is not a language tag: {e}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            for (file, src) in files {
                let res = FluentResource::try_new(src.to_string())
                    .map_err(|(_, errs)| anyhow::anyhow!("locales/{tag}/{file}: {} syntax error(s): {:?}", errs.len(), errs.first()))?;
                bundle.add_resource(res).map_err(|errs| anyhow::anyhow!("locales/{tag}/{file}: duplicate messages {errs:?}"))?;
            }
            let read = |id: &str| {
                bundle.get_message(id).and_then(|m| m.value()).map(|p| bundle.format_pattern(p, None, &mut Vec::new()).into_owned())
            };
            let name = read("meta-language-name").unwrap_or_else(|| tag.to_string());
            let rtl = read("meta-direction").is_some_and(|d| d.trim() == "rtl");
            locales.push(Locale { tag: tag.to_string(), name, rtl, bundle });
        }
        locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        let by_tag: HashMap<_, _> = locales.iter().enumerate().map(|(i, l)| (l.tag.clone(), i)).collect();
        let reference = *by_tag.get(REFERENCE).ok_or_else(|| anyhow::anyhow!("the reference locale {REFERENCE:?} is missing"))?;
        Ok(Self { locales, by_tag, reference })
    }

    /// All locales, sorted by tag.
    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    /// The locale with exactly this tag.
    pub fn get(&self, tag: &str) -> Option<&Locale> {
        self.by_tag.get(tag).map(|&i| &self.locales[i])
    }

    /// Whether `tag` names a shipped locale.
    pub fn supports(&self, tag: &str) -> bool {
        self.by_tag.contains_key(tag)
    }

    /// The reference (English) locale.
    pub fn reference(&self) -> &Locale {
        &self.locales[self.reference]
    }

    /// The best shipped locale for an `Accept-Language` header, among `allowed` when given.
    pub fn from_accept_language(&self, header: &str, allowed: Option<&[String]>) -> Option<&Locale> {
        let ok = |tag: &str| self.get(tag).filter(|_| allowed.is_none_or(|a| a.iter().any(|x| x == tag)));
        let mut ranges: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut bits = part.trim().split(';');
                let range = bits.next()?.trim();
                let q = bits.find_map(|b| b.trim().strip_prefix("q=")).map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0 && !range.is_empty() && range.len() <= 35).then_some((q, i, range))
            })
            .take(20)
            .collect();
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges.into_iter().find_map(|(_, _, range)| {
            let lower = range.to_ascii_lowercase();
            let primary = lower.split(['-', '_']).next().unwrap_or_default();
            ok(&lower).or_else(|| ok(primary))
        })
    }

    /// A translator for `tag`, falling back to the reference locale.
    pub fn tr(&'static self, tag: &str) -> Tr {
        Tr { locale: self.get(tag).unwrap_or(self.reference()), fallback: self.reference() }
    }
}

/// A translator bound to one locale: the only way user-facing text is produced.
#[derive(Clone, Copy)]
pub struct Tr {
    locale: &'static Locale,
    fallback: &'static Locale,
}

impl Tr {
    /// The locale this translator speaks.
    pub fn locale(&self) -> &'static Locale {
        self.locale
    }
    /// The language tag, for `<html lang>`.
    pub fn lang(&self) -> &'static str {
        &self.locale.tag
    }
    /// `ltr` or `rtl`, for `<html dir>`.
    pub fn dir(&self) -> &'static str {
        self.locale.dir()
    }
    /// The message `id`, in this locale or else in English.
    pub fn t(&self, id: &str) -> String {
        self.lookup(id, None)
    }
    /// The message `id` with one named argument.
    pub fn t1(&self, id: &str, name: &str, value: impl ToString) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), FluentValue::from(value.to_string()));
        self.lookup(id, Some(&args))
    }
    /// The message `id` with two named arguments.
    pub fn t2(&self, id: &str, a: &str, a_value: impl ToString, b: &str, b_value: impl ToString) -> String {
        let mut args = FluentArgs::new();
        args.set(a.to_string(), FluentValue::from(a_value.to_string()));
        args.set(b.to_string(), FluentValue::from(b_value.to_string()));
        self.lookup(id, Some(&args))
    }
    /// The message `id` with any number of named text arguments.
    pub fn args(&self, id: &str, values: &[(&str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(name.to_string(), FluentValue::from(value.to_string()));
        }
        self.lookup(id, Some(&args))
    }
    /// The message `id` with a numeric argument (for plurals).
    pub fn tn(&self, id: &str, name: &str, value: impl std::borrow::Borrow<i64>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), FluentValue::from(*value.borrow()));
        self.lookup(id, Some(&args))
    }
    fn lookup(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.locale
            .format(id, args)
            .or_else(|| {
                tracing::warn!(locale = %self.locale.tag, message = id, "missing translation");
                self.fallback.format(id, args)
            })
            .unwrap_or_else(|| id.to_string())
    }
}

/// Where the language of a request came from, highest priority first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangSource {
    /// The signed-in user's saved preference.
    UserSetting,
    /// An explicit choice made with the language switcher (a cookie).
    Choice,
    /// The browser's `Accept-Language` header.
    Browser,
    /// Nothing said anything: the site's (or municipality's) default.
    Default,
}

/// The negotiated language of a request.
#[derive(Clone, Copy)]
pub struct Lang {
    /// The translator for the page.
    pub tr: Tr,
    /// Why this language was chosen.
    pub source: LangSource,
}

/// What a request offers for language negotiation.
pub struct LangInputs<'a> {
    /// The signed-in user's preferred language, if any.
    pub user_setting: Option<&'a str>,
    /// The language cookie, if any.
    pub cookie: Option<&'a str>,
    /// The `Accept-Language` header, if any.
    pub accept_language: Option<&'a str>,
}

impl Catalog {
    /// Negotiates: user setting → explicit choice → `Accept-Language` → `default`.
    pub fn negotiate(&'static self, inputs: &LangInputs<'_>, default: &str) -> Lang {
        let pick = |tag: Option<&str>| tag.and_then(|t| self.get(t));
        let (locale, source) = if let Some(l) = pick(inputs.user_setting) {
            (l, LangSource::UserSetting)
        } else if let Some(l) = pick(inputs.cookie) {
            (l, LangSource::Choice)
        } else if let Some(l) = inputs.accept_language.and_then(|h| self.from_accept_language(h, None)) {
            (l, LangSource::Browser)
        } else {
            (self.get(default).unwrap_or(self.reference()), LangSource::Default)
        };
        Lang { tr: Tr { locale, fallback: self.reference() }, source }
    }

    /// Re-negotiates for a municipality page: when neither the user nor an explicit choice
    /// decided, the browser's languages are matched against the municipality's enabled
    /// languages, and its default language wins over the site default.
    pub fn for_municipality(&'static self, lang: Lang, accept_language: Option<&str>, enabled: &[String], default: &str) -> Lang {
        match lang.source {
            LangSource::UserSetting | LangSource::Choice => lang,
            LangSource::Browser | LangSource::Default => {
                let chosen = accept_language
                    .and_then(|h| self.from_accept_language(h, Some(enabled)))
                    .map(|l| (l, LangSource::Browser))
                    .or_else(|| self.get(default).map(|l| (l, LangSource::Default)));
                match chosen {
                    Some((locale, source)) => Lang { tr: Tr { locale, fallback: self.reference() }, source },
                    None => lang,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_accept_language_header_yields_a_shipped_locale_or_none(header in "\\PC{0,200}") {
            if let Some(l) = catalog().from_accept_language(&header, None) {
                prop_assert!(catalog().supports(l.tag()));
            }
        }
    }

    #[test]
    fn accept_language_prefers_the_highest_quality_supported_language() {
        let c = catalog();
        let l = c.from_accept_language("xx-YY, de;q=0.5, ar-EG;q=0.9", None).map(Locale::tag);
        assert_eq!(l, Some("ar"));
    }

    #[test]
    fn accept_language_ignores_garbage_and_zero_quality() {
        let c = catalog();
        assert!(c.from_accept_language("ar;q=0, ;;;, *", None).is_none());
        assert!(c.from_accept_language("", None).is_none());
    }

    #[test]
    fn accept_language_respects_the_allowed_set() {
        let c = catalog();
        let allowed = vec!["de".to_string()];
        assert_eq!(c.from_accept_language("fr, de;q=0.1", Some(&allowed)).map(Locale::tag), Some("de"));
    }

    #[test]
    fn user_setting_beats_cookie_beats_browser_beats_default() {
        let c = catalog();
        let all = LangInputs { user_setting: Some("fa"), cookie: Some("de"), accept_language: Some("fr") };
        assert_eq!(c.negotiate(&all, "en").tr.lang(), "fa");
        let no_user = LangInputs { user_setting: None, ..all };
        assert_eq!(c.negotiate(&no_user, "en").tr.lang(), "de");
        let browser = LangInputs { user_setting: None, cookie: Some("zz"), accept_language: Some("fr") };
        assert_eq!(c.negotiate(&browser, "en").tr.lang(), "fr");
        let none = LangInputs { user_setting: None, cookie: None, accept_language: None };
        let lang = c.negotiate(&none, "it");
        assert_eq!((lang.tr.lang(), lang.source), ("it", LangSource::Default));
    }

    #[test]
    fn arabic_and_persian_are_right_to_left() {
        let c = catalog();
        for tag in ["ar", "fa"] {
            assert_eq!(c.get(tag).map(Locale::dir), Some("rtl"), "{tag}");
        }
        assert_eq!(c.get("de").map(Locale::dir), Some("ltr"));
    }
}
