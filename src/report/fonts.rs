//! The embedded fonts and the choice of font for each character.
//!
//! Two families cover the portal's languages: Noto Sans (Latin, Greek, Cyrillic) and Noto Naskh
//! Arabic (Arabic, Persian, Urdu, Pashto, Sorani), each in regular and bold. They are compiled
//! into the binary so that a server needs no font installed, and each PDF embeds only a subset.

use std::sync::LazyLock;

/// One of the four embedded faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FontId {
    Sans,
    SansBold,
    Naskh,
    NaskhBold,
}

/// The weight a piece of text asks for; the script then decides the family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// A face parsed twice: by rustybuzz to shape and measure, by krilla to embed.
pub(crate) struct LoadedFont {
    pub(crate) shaper: rustybuzz::Face<'static>,
    pub(crate) pdf: krilla::text::Font,
    pub(crate) units_per_em: f32,
    /// Relative size: Naskh's letters are small for their em, so Arabic is set larger than
    /// Latin to look the same size beside it.
    pub(crate) scale: f32,
}

const SANS: &[u8] = include_bytes!("../../static/fonts/NotoSans-Regular.ttf");
const SANS_BOLD: &[u8] = include_bytes!("../../static/fonts/NotoSans-Bold.ttf");
const NASKH: &[u8] = include_bytes!("../../static/fonts/NotoNaskhArabic-Regular.ttf");
const NASKH_BOLD: &[u8] = include_bytes!("../../static/fonts/NotoNaskhArabic-Bold.ttf");

/// Parsed once per process: krilla hashes the whole file when it loads a font, which would
/// otherwise cost every report a few milliseconds.
static FONTS: LazyLock<Option<[LoadedFont; 4]>> =
    LazyLock::new(|| Some([load(SANS, 1.0)?, load(SANS_BOLD, 1.0)?, load(NASKH, ARABIC_SCALE)?, load(NASKH_BOLD, ARABIC_SCALE)?]));

const ARABIC_SCALE: f32 = 1.15;

fn load(data: &'static [u8], scale: f32) -> Option<LoadedFont> {
    let shaper = rustybuzz::Face::from_slice(data, 0)?;
    let units_per_em = shaper.units_per_em() as f32;
    let pdf = krilla::text::Font::new(data.into(), 0)?;
    Some(LoadedFont { shaper, pdf, units_per_em, scale })
}

/// The four faces, or `None` if an embedded file does not parse (a broken build, not input).
pub(crate) fn loaded() -> Option<&'static [LoadedFont; 4]> {
    FONTS.as_ref()
}

impl FontId {
    /// This face, parsed. Only called after `loaded()` succeeded in `render`.
    pub(crate) fn get(self) -> &'static LoadedFont {
        let fonts = loaded().expect("fonts are checked at the start of render");
        &fonts[self as usize]
    }

    fn family(arabic: bool, weight: Weight) -> Self {
        match (arabic, weight) {
            (false, Weight::Regular) => FontId::Sans,
            (false, Weight::Bold) => FontId::SansBold,
            (true, Weight::Regular) => FontId::Naskh,
            (true, Weight::Bold) => FontId::NaskhBold,
        }
    }

    fn has_glyph(self, ch: char) -> bool {
        self.get().shaper.glyph_index(ch).is_some()
    }
}

/// Whether a character belongs to the Arabic script blocks (letters, marks, Arabic digits,
/// presentation forms), which Noto Sans does not cover.
pub(crate) fn is_arabic(ch: char) -> bool {
    matches!(ch as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The font of every character of `text`, by script: Arabic letters take Naskh, other letters
/// Noto Sans, and the rest (spaces, digits, punctuation, joiners such as the Persian ZWNJ)
/// the font of the letter before them, so that a run is not cut where shaping needs context.
pub(crate) fn assign(text: &str, weight: Weight) -> Vec<FontId> {
    let strong: Vec<Option<FontId>> = text
        .chars()
        .map(|ch| {
            if is_arabic(ch) {
                Some(FontId::family(true, weight))
            } else if ch.is_alphabetic() {
                Some(FontId::family(false, weight))
            } else {
                None
            }
        })
        .collect();
    let first = strong.iter().flatten().next().copied().unwrap_or(FontId::family(false, weight));
    let mut previous = first;
    text.chars()
        .zip(strong)
        .map(|(ch, font)| {
            let font = match font {
                Some(font) => font,
                None if previous.has_glyph(ch) => previous,
                None => fallback(ch, weight),
            };
            previous = font;
            font
        })
        .collect()
}

fn fallback(ch: char, weight: Weight) -> FontId {
    let sans = FontId::family(false, weight);
    if sans.has_glyph(ch) { sans } else { FontId::family(true, weight) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letters_take_naskh_and_spaces_between_them_too() {
        let fonts = assign("سلام دنیا", Weight::Regular);
        assert!(fonts.iter().all(|f| *f == FontId::Naskh));
    }

    #[test]
    fn latin_words_in_arabic_text_take_noto_sans() {
        let text = "مرحبا Chorus";
        let fonts = assign(text, Weight::Bold);
        let by_char: Vec<(char, FontId)> = text.chars().zip(fonts).collect();
        assert_eq!(by_char[0].1, FontId::NaskhBold);
        assert_eq!(by_char.last().map(|c| c.1), Some(FontId::SansBold));
    }

    #[test]
    fn the_embedded_faces_cover_persian_greek_and_cyrillic() {
        for ch in "پچژگکی\u{200C}".chars() {
            assert!(FontId::Naskh.has_glyph(ch), "{ch:?}");
        }
        for ch in "ΣτέγασηЖильёї".chars() {
            assert!(FontId::Sans.has_glyph(ch), "{ch:?}");
        }
    }
}
