//! Writes the laid-out pages with krilla, which subsets and embeds the fonts and maps every
//! glyph back to its text (ToUnicode), so that the PDF can be searched, copied and read aloud.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{Metadata, TextDirection};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;

use super::layout::{Item, PAGE_HEIGHT, PAGE_WIDTH, Rgb};
use super::{Report, ReportError};

/// The PDF bytes of `pages`, with the report's title and language in the document metadata.
pub(crate) fn write(report: &Report, pages: &[Vec<Item>]) -> Result<Vec<u8>, ReportError> {
    let mut document = Document::new();
    let direction = if report.rtl { TextDirection::RightToLeft } else { TextDirection::LeftToRight };
    document.set_metadata(
        Metadata::new().title(report.title.clone()).language(report.lang.clone()).text_direction(direction).creator("Chorus".to_owned()),
    );
    for items in pages {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or(ReportError::Pdf("page size".to_owned()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for item in items {
            draw(&mut surface, item);
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|error| ReportError::Pdf(error.to_string()))
}

fn draw(surface: &mut Surface<'_>, item: &Item) {
    match item {
        Item::Text { x, baseline, line, color } => {
            surface.set_fill(Some(fill(*color)));
            let mut x = *x;
            for piece in &line.pieces {
                let font = piece.font.get().pdf.clone();
                surface.draw_glyphs(Point::from_xy(x, *baseline), &piece.glyphs, font, &piece.text, piece.size, false);
                x += piece.width;
            }
        }
        Item::Rect { x, y, width, height, color } => {
            // A zero-width bar (a value of 0) is no rectangle at all.
            let Some(rect) = Rect::from_xywh(*x, *y, *width, *height) else { return };
            let mut path = PathBuilder::new();
            path.push_rect(rect);
            if let Some(path) = path.finish() {
                surface.set_fill(Some(fill(*color)));
                surface.draw_path(&path);
            }
        }
    }
}

fn fill((r, g, b): Rgb) -> Fill {
    Fill { paint: rgb::Color::new(r, g, b).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}
