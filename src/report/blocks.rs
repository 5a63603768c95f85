//! Tables and bar charts, which paginate row by row and mirror in right-to-left reports.

use super::fonts::Weight;
use super::layout::{ACCENT, Align, BODY_SIZE, CONTENT_WIDTH, Composer, HAIRLINE, INK, LEADING, MARGIN, MUTED, SHADE, baseline_offset};
use super::text::{self, Base, Lines};

const CELL_PAD: f32 = 4.0;
const TABLE_SIZE: f32 = 9.5;
const BAR_HEIGHT: f32 = 11.0;
const BAR_ROW: f32 = 18.0;

impl Composer<'_> {
    /// A table over the full measure: columns as wide as their content allows, cells wrapped,
    /// the header row repeated on each page the table continues on.
    pub(super) fn table(&mut self, headers: &[String], rows: &[Vec<String>], numeric: &[bool]) {
        let count = headers.len();
        if count == 0 {
            return;
        }
        let widths = self.column_widths(headers, rows);
        let lefts = column_lefts(&widths, self.rtl);
        let is_numeric = |i: usize| numeric.get(i).copied().unwrap_or(false);
        let header_cells = self.cells(headers.iter().map(String::as_str), &widths, Weight::Bold, &is_numeric);
        self.y += 4.0;
        self.table_header(&header_cells, &lefts, &widths, &is_numeric, 0.0);
        for row in rows {
            let texts = (0..count).map(|i| row.get(i).map_or("", String::as_str));
            let cells = self.cells(texts, &widths, Weight::Regular, &is_numeric);
            let height = row_height(&cells);
            if self.room(height) {
                self.table_header(&header_cells, &lefts, &widths, &is_numeric, height);
            }
            self.cells_at(cells, &lefts, &widths, &is_numeric, INK);
            self.y += height;
            self.rect(MARGIN, self.y - 0.25, CONTENT_WIDTH, 0.5, HAIRLINE);
        }
        self.y += BODY_SIZE;
    }

    fn table_header(&mut self, cells: &[Lines], lefts: &[f32], widths: &[f32], is_numeric: &dyn Fn(usize) -> bool, first_row: f32) {
        let height = row_height(cells);
        self.room(height + first_row);
        self.rect(MARGIN, self.y, CONTENT_WIDTH, height, SHADE);
        self.cells_at(cells.to_vec(), lefts, widths, is_numeric, INK);
        self.y += height;
        self.rect(MARGIN, self.y - 0.5, CONTENT_WIDTH, 1.0, INK);
    }

    fn cells<'t>(
        &self,
        texts: impl Iterator<Item = &'t str>,
        widths: &[f32],
        weight: Weight,
        is_numeric: &dyn Fn(usize) -> bool,
    ) -> Vec<Lines> {
        let style = self.style(weight, TABLE_SIZE);
        texts
            .zip(widths)
            .enumerate()
            .map(|(i, (text, width))| {
                let base = if is_numeric(i) { Base::Ltr } else { Base::Auto };
                text::lay_out(text, base, style, width - 2.0 * CELL_PAD)
            })
            .collect()
    }

    /// Draws one row of cells at the current position: numbers to the right of their column,
    /// text to the start side of the report.
    fn cells_at(&mut self, cells: Vec<Lines>, lefts: &[f32], widths: &[f32], is_numeric: &dyn Fn(usize) -> bool, color: (u8, u8, u8)) {
        for (i, cell) in cells.into_iter().enumerate() {
            let align = if is_numeric(i) { Align::Right } else { Align::start(self.rtl) };
            let mut baseline = self.y + CELL_PAD + baseline_offset(TABLE_SIZE);
            for line in cell.lines {
                self.line(line, lefts[i] + CELL_PAD, widths[i] - 2.0 * CELL_PAD, align, baseline, color);
                baseline += TABLE_SIZE * LEADING;
            }
        }
    }

    /// Each column gets its natural width (capped at half the measure), scaled so the table
    /// spans the whole measure.
    fn column_widths(&self, headers: &[String], rows: &[Vec<String>]) -> Vec<f32> {
        let bold = self.style(Weight::Bold, TABLE_SIZE);
        let regular = self.style(Weight::Regular, TABLE_SIZE);
        let natural: Vec<f32> = headers
            .iter()
            .enumerate()
            .map(|(i, header)| {
                let cells = rows.iter().filter_map(|row| row.get(i)).map(|cell| text::measure(cell, regular));
                let widest = cells.fold(text::measure(header, bold), f32::max);
                (widest + 2.0 * CELL_PAD + 1.0).clamp(36.0, CONTENT_WIDTH / 2.0)
            })
            .collect();
        let total: f32 = natural.iter().sum();
        natural.iter().map(|w| w * CONTENT_WIDTH / total).collect()
    }

    /// Horizontal bars: label, bar, value. Bars start at a common axis and scale to the
    /// largest value; negative and non-finite values draw as empty bars.
    pub(super) fn bar_chart(&mut self, title: &str, bars: &[(String, f64)], unit: &str) {
        let title_style = self.style(Weight::Bold, 11.0);
        let label_style = self.style(Weight::Regular, TABLE_SIZE);
        let base = if self.rtl { Base::Rtl } else { Base::Ltr };
        self.y += 4.0;
        let title_lines = text::lay_out(title, base, title_style, CONTENT_WIDTH);
        self.room(title_lines.lines.len() as f32 * 11.0 * LEADING + BAR_ROW);
        for line in title_lines.lines {
            let baseline = self.y + baseline_offset(11.0);
            self.line(line, MARGIN, CONTENT_WIDTH, Align::start(self.rtl), baseline, INK);
            self.y += 11.0 * LEADING;
        }
        let values: Vec<String> = bars.iter().map(|(_, v)| format_value(*v, unit)).collect();
        let label_width = bars.iter().map(|(l, _)| text::measure(l, label_style)).fold(0.0, f32::max).min(CONTENT_WIDTH * 0.32);
        let value_width = values.iter().map(|v| text::measure(v, label_style)).fold(0.0, f32::max);
        let track = (CONTENT_WIDTH - label_width - value_width - 14.0).max(20.0);
        let max = bars.iter().map(|(_, v)| *v).filter(|v| v.is_finite() && *v > 0.0).fold(0.0, f64::max);
        for ((label, value), value_text) in bars.iter().zip(values) {
            let label_lines = text::lay_out(label, Base::Auto, label_style, label_width).lines;
            let height = (label_lines.len() as f32 * TABLE_SIZE * LEADING).max(BAR_ROW);
            self.room(height);
            let length = if max > 0.0 && value.is_finite() { (value.max(0.0) / max) as f32 * track } else { 0.0 };
            // The axis sits between the labels and the bars: left of the bars, or right of them
            // in a right-to-left report, where the bars grow leftwards.
            let (label_left, axis) = if self.rtl {
                (MARGIN + CONTENT_WIDTH - label_width, MARGIN + CONTENT_WIDTH - label_width - 8.0)
            } else {
                (MARGIN, MARGIN + label_width + 8.0)
            };
            let bar_left = if self.rtl { axis - length } else { axis };
            let bar_top = self.y + (BAR_ROW - BAR_HEIGHT) / 2.0;
            self.rect(bar_left, bar_top, length, BAR_HEIGHT, ACCENT);
            self.rect(axis - 0.4, self.y, 0.8, height, MUTED);
            let mut baseline = self.y + baseline_offset(TABLE_SIZE) + (BAR_ROW - TABLE_SIZE * LEADING) / 2.0;
            let value_baseline = baseline;
            for line in label_lines {
                self.line(line, label_left, label_width, Align::start(self.rtl), baseline, INK);
                baseline += TABLE_SIZE * LEADING;
            }
            // In the report's direction, so that "97 votes" reads as a phrase either way.
            if let Some(line) = text::lay_out(&value_text, base, label_style, f32::INFINITY).lines.pop() {
                let x = if self.rtl { bar_left - 4.0 - line.width } else { bar_left + length + 4.0 };
                self.line(line, x, 0.0, Align::Left, value_baseline, INK);
            }
            self.y += height;
        }
        self.y += BODY_SIZE;
    }
}

fn row_height(cells: &[Lines]) -> f32 {
    let lines = cells.iter().map(|c| c.lines.len()).max().unwrap_or(0).max(1);
    lines as f32 * TABLE_SIZE * LEADING + 2.0 * CELL_PAD
}

/// The left edge of each column; in a right-to-left report the first column is on the right.
fn column_lefts(widths: &[f32], rtl: bool) -> Vec<f32> {
    let mut x = if rtl { MARGIN + CONTENT_WIDTH } else { MARGIN };
    widths
        .iter()
        .map(|w| {
            if rtl {
                x -= w;
                x
            } else {
                x += w;
                x - w
            }
        })
        .collect()
}

/// "12", "3.5 %": whole numbers without decimals, others with one.
fn format_value(value: f64, unit: &str) -> String {
    let number = if value.fract() == 0.0 { format!("{value:.0}") } else { format!("{value:.1}") };
    if unit.is_empty() { number } else { format!("{number} {unit}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_run_right_to_left_in_a_right_to_left_report() {
        let lefts = column_lefts(&[100.0, 200.0], true);
        assert_eq!(lefts, vec![MARGIN + CONTENT_WIDTH - 100.0, MARGIN + CONTENT_WIDTH - 300.0]);
        assert_eq!(column_lefts(&[100.0, 200.0], false), vec![MARGIN, MARGIN + 100.0]);
    }

    #[test]
    fn values_show_decimals_only_when_they_have_them() {
        assert_eq!(format_value(12.0, ""), "12");
        assert_eq!(format_value(3.5, "%"), "3.5 %");
    }
}
