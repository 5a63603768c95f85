//! Pages as display lists: where each line of text and each rectangle goes, page by page.
//!
//! Layout runs to the end before anything is written, so that every footer can say "n / N".
//! Coordinates are PDF points from the top-left corner of an A4 page, y growing downwards.

use super::fonts::Weight;
use super::text::{self, Base, Line, Style};
use super::{Block, Report};

/// A4 in points.
pub(crate) const PAGE_WIDTH: f32 = 595.28;
/// A4 in points.
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
pub(super) const MARGIN: f32 = 50.0;
pub(super) const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// Content stops above the footer band.
const CONTENT_BOTTOM: f32 = PAGE_HEIGHT - MARGIN - 22.0;

pub(super) const BODY_SIZE: f32 = 10.5;
/// Line height as a multiple of the font size: Naskh's tall ascenders and deep descenders
/// need more room than Latin alone would.
pub(super) const LEADING: f32 = 1.5;

/// An sRGB colour.
pub(crate) type Rgb = (u8, u8, u8);
pub(super) const INK: Rgb = (0x1b, 0x1f, 0x24);
pub(super) const MUTED: Rgb = (0x4f, 0x57, 0x61);
pub(super) const ACCENT: Rgb = (0x1f, 0x4e, 0x79);
pub(super) const HAIRLINE: Rgb = (0xb6, 0xbd, 0xc6);
pub(super) const SHADE: Rgb = (0xe8, 0xed, 0xf2);

/// Something to draw.
#[derive(Debug)]
pub(crate) enum Item {
    /// A line of text; `x` is its left end and `baseline` its baseline.
    Text { x: f32, baseline: f32, line: Line, color: Rgb },
    /// A filled rectangle: bars, shading and rules.
    Rect { x: f32, y: f32, width: f32, height: f32, color: Rgb },
}

/// Where a line goes within its box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Align {
    Left,
    Right,
}

impl Align {
    /// The start side of text: right for right-to-left.
    pub(super) fn start(rtl: bool) -> Self {
        if rtl { Align::Right } else { Align::Left }
    }
}

/// Lays out the blocks top to bottom, starting a page whenever the next piece does not fit.
pub(super) struct Composer<'a> {
    pub(super) pages: Vec<Vec<Item>>,
    pub(super) y: f32,
    pub(super) rtl: bool,
    pub(super) lang: &'a str,
}

/// Lays the whole report out: title, blocks, then the footers once the page count is known.
pub(crate) fn compose(report: &Report) -> Vec<Vec<Item>> {
    let mut c = Composer { pages: vec![Vec::new()], y: MARGIN, rtl: report.rtl, lang: &report.lang };
    c.title(report);
    for block in &report.blocks {
        match block {
            Block::Heading { text, level } => c.heading(text, *level),
            Block::Paragraph { text, lang } => c.paragraph(text, lang),
            Block::Table { headers, rows, numeric } => c.table(headers, rows, numeric),
            Block::BarChart { title, bars, unit } => c.bar_chart(title, bars, unit),
            Block::Rule => c.rule(),
        }
    }
    c.footers(&report.footer);
    c.pages
}

impl<'a> Composer<'a> {
    pub(super) fn style(&self, weight: Weight, size: f32) -> Style<'a> {
        Style { weight, size, lang: self.lang }
    }

    fn at_top(&self) -> bool {
        self.y <= MARGIN
    }

    /// Starts a new page unless `height` still fits; returns whether it did. A page that is
    /// still empty takes anything, so an oversized piece cannot loop.
    pub(super) fn room(&mut self, height: f32) -> bool {
        if self.y + height <= CONTENT_BOTTOM || self.at_top() {
            return false;
        }
        self.pages.push(Vec::new());
        self.y = MARGIN;
        true
    }

    pub(super) fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.push(item);
        }
    }

    pub(super) fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, color: Rgb) {
        self.push(Item::Rect { x, y, width, height, color });
    }

    /// Places one line in the box `left..left + width`, with its baseline at `baseline`.
    pub(super) fn line(&mut self, line: Line, left: f32, width: f32, align: Align, baseline: f32, color: Rgb) {
        let x = match align {
            Align::Left => left,
            Align::Right => left + width - line.width,
        };
        self.push(Item::Text { x, baseline, line, color });
    }

    /// Flows text over the full measure, line by line, breaking pages between lines.
    fn flow(&mut self, text: &str, base: Base, style: Style<'_>, color: Rgb) {
        let laid = text::lay_out(text, base, style, CONTENT_WIDTH);
        let height = style.size * LEADING;
        for line in laid.lines {
            self.room(height);
            let baseline = self.y + baseline_offset(style.size);
            self.line(line, MARGIN, CONTENT_WIDTH, Align::start(laid.rtl), baseline, color);
            self.y += height;
        }
    }

    fn base(&self) -> Base {
        if self.rtl { Base::Rtl } else { Base::Ltr }
    }

    fn title(&mut self, report: &Report) {
        let base = self.base();
        self.flow(&report.title, base, Style { weight: Weight::Bold, size: 20.0, lang: &report.lang }, INK);
        if !report.subtitle.is_empty() {
            self.y += 2.0;
            self.flow(&report.subtitle, base, Style { weight: Weight::Regular, size: 11.0, lang: &report.lang }, MUTED);
        }
        self.y += 6.0;
        self.rect(MARGIN, self.y, CONTENT_WIDTH, 1.5, ACCENT);
        self.y += 16.0;
    }

    fn heading(&mut self, text: &str, level: u8) {
        let size = match level {
            0 | 1 => 15.0,
            2 => 12.5,
            _ => 11.0,
        };
        if !self.at_top() {
            self.y += size * 0.6;
        }
        // Keep the heading with at least two lines of what follows it.
        let style = self.style(Weight::Bold, size);
        let lines = text::lay_out(text, self.base(), style, CONTENT_WIDTH).lines.len() as f32;
        self.room(lines * size * LEADING + 2.0 * BODY_SIZE * LEADING);
        let color = if level <= 1 { ACCENT } else { INK };
        self.flow(text, self.base(), self.style(Weight::Bold, size), color);
        self.y += 2.0;
    }

    fn paragraph(&mut self, text: &str, lang: &str) {
        let base = if super::is_rtl_language(lang) { Base::Rtl } else { Base::Ltr };
        self.flow(text, base, Style { weight: Weight::Regular, size: BODY_SIZE, lang }, INK);
        self.y += BODY_SIZE * 0.7;
    }

    fn rule(&mut self) {
        self.room(14.0);
        self.rect(MARGIN, self.y + 6.0, CONTENT_WIDTH, 0.6, HAIRLINE);
        self.y += 14.0;
    }

    /// A hairline and, on each page, the footer text on the start side and "n / N" on the end.
    fn footers(&mut self, footer: &str) {
        let total = self.pages.len();
        let style = self.style(Weight::Regular, 8.5);
        let baseline = PAGE_HEIGHT - MARGIN + 4.0;
        let (text_align, number_align) = (Align::start(self.rtl), Align::start(!self.rtl));
        let footer_lines = text::lay_out(footer, self.base(), style, CONTENT_WIDTH * 0.75).lines;
        for (index, page) in self.pages.iter_mut().enumerate() {
            page.push(Item::Rect { x: MARGIN, y: baseline - 14.0, width: CONTENT_WIDTH, height: 0.5, color: HAIRLINE });
            if let Some(line) = footer_lines.first() {
                page.push(placed(line.clone(), text_align, baseline));
            }
            let number = format!("{} / {}", index + 1, total);
            if let Some(line) = text::lay_out(&number, Base::Ltr, style, CONTENT_WIDTH).lines.pop() {
                page.push(placed(line, number_align, baseline));
            }
        }
    }
}

fn placed(line: Line, align: Align, baseline: f32) -> Item {
    let x = match align {
        Align::Left => MARGIN,
        Align::Right => MARGIN + CONTENT_WIDTH - line.width,
    };
    Item::Text { x, baseline, line, color: MUTED }
}

/// From the top of a line box to its baseline, leaving room above for Arabic marks.
pub(super) fn baseline_offset(size: f32) -> f32 {
    size * (LEADING - 1.0) / 2.0 + size * 0.9
}
