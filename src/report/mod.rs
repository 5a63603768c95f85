//! Council reports as PDF: a plain description of the report in, PDF bytes out.
//!
//! No database and no knowledge of the rest of the portal: the caller fills a [`Report`] with
//! already translated text and calls [`render`]. Text is shaped (Arabic and Persian letters
//! join), split into runs by direction with the Unicode bidi algorithm, wrapped to the page
//! and paginated on A4. The fonts (Noto Sans and Noto Naskh Arabic) are compiled in and
//! embedded as subsets, so the PDF looks the same everywhere and its text can be extracted.
//!
//! ```no_run
//! use chorus::report::{Block, Report, render};
//! let report = Report {
//!     title: "Housing and the neighbourhood".into(),
//!     lang: "en".into(),
//!     rtl: false,
//!     subtitle: "Advisory council, December 2026".into(),
//!     blocks: vec![Block::Paragraph { text: "الإسكان والحي".into(), lang: "ar".into() }],
//!     footer: "Chorus — generated 2026-12-01".into(),
//! };
//! let pdf: Vec<u8> = render(&report)?;
//! # Ok::<(), chorus::report::ReportError>(())
//! ```

mod blocks;
mod fonts;
mod layout;
mod pdf;
mod text;

/// A report: a title block on the first page, the blocks in order, and a footer on every page.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The title, also written to the document metadata.
    pub title: String,
    /// The BCP 47 language of the report's own text (headings, title, footer), for metadata.
    pub lang: String,
    /// Whether the page runs right to left: text starts at the right, table columns and bar
    /// charts are mirrored.
    pub rtl: bool,
    /// A line under the title (who, when); may be empty.
    pub subtitle: String,
    /// The content, top to bottom.
    pub blocks: Vec<Block>,
    /// Text at the foot of every page, beside the page number "n / N".
    pub footer: String,
}

/// One piece of content.
#[derive(Clone, Debug)]
pub enum Block {
    /// A heading in the report's language; level 1 is the largest.
    Heading {
        /// The heading text.
        text: String,
        /// 1, 2 or 3 (higher levels look like 3).
        level: u8,
    },
    /// A paragraph, possibly in another language than the report (a participant's words).
    Paragraph {
        /// The text; a newline starts a new line.
        text: String,
        /// Its BCP 47 language, which decides its base direction (see [`is_rtl_language`]).
        lang: String,
    },
    /// A table over the full width, its header row repeated on each page it spans.
    Table {
        /// The column headers; they also fix the number of columns.
        headers: Vec<String>,
        /// The rows; missing cells are empty and extra cells are dropped.
        rows: Vec<Vec<String>>,
        /// Which columns hold numbers, aligned to the right (missing entries mean text).
        numeric: Vec<bool>,
    },
    /// Horizontal bars with their labels and values, scaled to the largest value.
    BarChart {
        /// The chart's title.
        title: String,
        /// Label and value of each bar, top to bottom; negative values draw no bar.
        bars: Vec<(String, f64)>,
        /// Written after each value, e.g. "%" or "votes"; may be empty.
        unit: String,
    },
    /// A thin horizontal line.
    Rule,
}

/// Why a report could not be rendered. Neither depends on the report's content in practice.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// An embedded font did not parse: a broken build.
    #[error("the embedded report fonts could not be read")]
    Fonts,
    /// krilla refused to write the document.
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// Renders `report` to the bytes of a PDF file. CPU-bound (a few milliseconds a page):
/// call it from `spawn_blocking` in a server.
pub fn render(report: &Report) -> Result<Vec<u8>, ReportError> {
    fonts::loaded().ok_or(ReportError::Fonts)?;
    let pages = layout::compose(report);
    pdf::write(report, &pages)
}

/// Whether text in language `lang` (a BCP 47 tag such as "fa-AF") runs right to left, among
/// the scripts the report fonts cover: Arabic, Persian and Dari, Urdu, Pashto, Sorani.
pub fn is_rtl_language(lang: &str) -> bool {
    let primary = lang.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    matches!(primary.as_str(), "ar" | "fa" | "prs" | "ur" | "ps" | "ckb")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_script_languages_run_right_to_left_whatever_their_region() {
        assert!(is_rtl_language("ar"));
        assert!(is_rtl_language("fa-AF"));
        assert!(is_rtl_language("CKB"));
        assert!(!is_rtl_language("de"));
        assert!(!is_rtl_language(""));
    }

    #[test]
    fn a_long_report_breaks_into_numbered_pages() {
        let paragraph = Block::Paragraph { text: "Wohnen im Viertel und was der Beirat dazu sagt. ".repeat(40), lang: "de".into() };
        let rows = (0..80).map(|i| vec![format!("Row {i}"), i.to_string()]).collect();
        let table = Block::Table { headers: vec!["Item".into(), "Count".into()], rows, numeric: vec![false, true] };
        let report =
            Report { title: "T".into(), lang: "de".into(), blocks: vec![paragraph.clone(), table, paragraph], ..Report::default() };
        let pages = layout::compose(&report);
        assert!(pages.len() >= 3, "{} pages", pages.len());
        let pdf = render(&report).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }
}
