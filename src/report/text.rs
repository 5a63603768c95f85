//! Bidirectional text: runs by direction and font, shaping, line wrapping, visual order.
//!
//! A paragraph is resolved once with the Unicode bidi algorithm, cut into logical segments of
//! one embedding level and one font, and each segment is shaped once with rustybuzz. Lines are
//! then found by summing shaped advances up to each space, and every line is reordered for
//! display (UAX #9, rule L2) by slicing the shaped glyphs of the segments it crosses: shaping
//! never runs twice, and Arabic keeps its joined forms because lines only break at spaces.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use krilla::text::{GlyphId, KrillaGlyph};
use unicode_bidi::{Level, ParagraphBidiInfo};

use super::fonts::{self, FontId, Weight};

/// The base direction of a paragraph: given by its language, or found from its first letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Base {
    Ltr,
    Rtl,
    Auto,
}

/// How a piece of text is set: weight, size in points, and the language for shaping.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Style<'a> {
    pub(crate) weight: Weight,
    pub(crate) size: f32,
    pub(crate) lang: &'a str,
}

/// Glyphs of one font and direction, ready to draw left to right; `text` is the logical text
/// they came from, which the PDF maps them back to for copying and screen readers.
#[derive(Clone, Debug)]
pub(crate) struct Piece {
    pub(crate) font: FontId,
    /// The font size in points, the line's size times the font's scale.
    pub(crate) size: f32,
    pub(crate) text: String,
    pub(crate) glyphs: Vec<KrillaGlyph>,
    pub(crate) width: f32,
}

/// One line in visual order, left to right.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    pub(crate) pieces: Vec<Piece>,
    pub(crate) width: f32,
}

/// A paragraph broken into lines, and whether its resolved base direction is right-to-left.
#[derive(Clone, Debug)]
pub(crate) struct Lines {
    pub(crate) lines: Vec<Line>,
    pub(crate) rtl: bool,
}

/// A shaped stretch of logical text: one bidi level, one font; glyphs in visual order.
struct Segment {
    range: Range<usize>,
    font: FontId,
    glyphs: Vec<KrillaGlyph>,
}

/// Breaks `text` into lines no wider than `max_width` points (a word wider than that stands
/// alone and overflows). Newlines start a new bidi paragraph of the same base direction.
pub(crate) fn lay_out(text: &str, base: Base, style: Style<'_>, max_width: f32) -> Lines {
    let mut lines = Vec::new();
    let mut rtl = base == Base::Rtl;
    for (index, part) in text.split('\n').enumerate() {
        let part_rtl = lay_out_paragraph(part, base, style, max_width, &mut lines);
        if index == 0 {
            rtl = part_rtl;
        }
    }
    Lines { lines, rtl }
}

/// The natural width of `text` on one line, for sizing table columns.
pub(crate) fn measure(text: &str, style: Style<'_>) -> f32 {
    lay_out(text, Base::Auto, style, f32::INFINITY).lines.iter().map(|line| line.width).fold(0.0, f32::max)
}

fn lay_out_paragraph(text: &str, base: Base, style: Style<'_>, max_width: f32, out: &mut Vec<Line>) -> bool {
    let level = match base {
        Base::Ltr => Some(Level::ltr()),
        Base::Rtl => Some(Level::rtl()),
        Base::Auto => None,
    };
    let bidi = ParagraphBidiInfo::new(text, level);
    let rtl = bidi.paragraph_level.is_rtl();
    let segments = segments(text, &bidi.levels, style);
    let advances = prefix_advances(text.len(), &segments, style.size);
    for range in break_lines(text, &advances, max_width) {
        let (_, runs) = bidi.visual_runs(range.clone());
        let mut pieces = Vec::new();
        for run in runs {
            let run_rtl = bidi.levels[run.start].is_rtl();
            let mut crossed: Vec<&Segment> = segments.iter().filter(|s| s.range.start < run.end && run.start < s.range.end).collect();
            if run_rtl {
                crossed.reverse();
            }
            pieces.extend(crossed.into_iter().filter_map(|s| slice(text, s, &run, style.size)));
        }
        let width = pieces.iter().map(|p| p.width).sum();
        out.push(Line { pieces, width });
    }
    rtl
}

/// Cuts the text where the embedding level or the font changes, and shapes each segment.
fn segments(text: &str, levels: &[Level], style: Style<'_>) -> Vec<Segment> {
    let fonts = fonts::assign(text, style.weight);
    let mut segments = Vec::new();
    let mut current: Option<(usize, Level, FontId)> = None;
    for ((index, _), font) in text.char_indices().zip(fonts) {
        let level = levels[index];
        match current {
            Some((_, l, f)) if l == level && f == font => {}
            Some((start, l, f)) => {
                segments.push(shape(text, start..index, l.is_rtl(), f, style));
                current = Some((index, level, font));
            }
            None => current = Some((index, level, font)),
        }
    }
    if let Some((start, l, f)) = current {
        segments.push(shape(text, start..text.len(), l.is_rtl(), f, style));
    }
    segments
}

fn shape(text: &str, range: Range<usize>, rtl: bool, font: FontId, style: Style<'_>) -> Segment {
    let loaded = font.get();
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(&text[range.clone()]);
    buffer.set_direction(if rtl { rustybuzz::Direction::RightToLeft } else { rustybuzz::Direction::LeftToRight });
    // Persian and Urdu have their own digit and letter forms in Naskh (OpenType `locl`).
    if let Ok(language) = style.lang.parse::<rustybuzz::Language>() {
        buffer.set_language(language);
    }
    buffer.guess_segment_properties();
    let plan = plan_for(font, &buffer);
    let output = rustybuzz::shape_with_plan(&loaded.shaper, &plan, buffer);
    // A cluster ends where the next larger cluster starts, in either direction.
    let mut starts: Vec<usize> = output.glyph_infos().iter().map(|info| info.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let em = loaded.units_per_em;
    let glyphs = output
        .glyph_infos()
        .iter()
        .zip(output.glyph_positions())
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            let next = starts.partition_point(|&s| s <= start);
            let end = starts.get(next).copied().unwrap_or(range.len());
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / em,
                pos.x_offset as f32 / em,
                pos.y_offset as f32 / em,
                pos.y_advance as f32 / em,
                range.start + start..range.start + end,
                None,
            )
        })
        .collect();
    Segment { range, font, glyphs }
}

/// What a shape plan is made for: face, direction, script and language.
type PlanKey = (FontId, rustybuzz::Direction, rustybuzz::Script, Option<rustybuzz::Language>);

thread_local! {
    /// Shape plans, built once per thread: building one compiles the font's lookups, which cost
    /// more than the shaping of a short segment (in a debug build, seconds over a long report).
    static PLANS: RefCell<Vec<(PlanKey, Rc<rustybuzz::ShapePlan>)>> = const { RefCell::new(Vec::new()) };
}

/// Languages come from callers, so the cache is bounded; past that plans are built each time.
const MAX_PLANS: usize = 64;

fn plan_for(font: FontId, buffer: &rustybuzz::UnicodeBuffer) -> Rc<rustybuzz::ShapePlan> {
    let key: PlanKey = (font, buffer.direction(), buffer.script(), buffer.language());
    let cached = PLANS.with_borrow(|plans| plans.iter().find(|(k, _)| *k == key).map(|(_, plan)| Rc::clone(plan)));
    cached.unwrap_or_else(|| {
        let (_, direction, script, language) = &key;
        let plan = Rc::new(rustybuzz::ShapePlan::new(&font.get().shaper, *direction, Some(*script), language.as_ref(), &[]));
        PLANS.with_borrow_mut(|plans| {
            if plans.len() < MAX_PLANS {
                plans.push((key, Rc::clone(&plan)));
            }
        });
        plan
    })
}

/// `advances[i]` is the width of `text[..i]`, counting each cluster at its first byte.
fn prefix_advances(len: usize, segments: &[Segment], size: f32) -> Vec<f32> {
    let mut at = vec![0.0; len + 1];
    for segment in segments {
        let size = size * segment.font.get().scale;
        for glyph in &segment.glyphs {
            at[glyph.text_range.start + 1] += glyph.x_advance * size;
        }
    }
    for i in 1..at.len() {
        at[i] += at[i - 1];
    }
    at
}

/// Greedy line breaking at spaces: each line takes as many words as fit.
fn break_lines(text: &str, advances: &[f32], max_width: f32) -> Vec<Range<usize>> {
    let words = words(text);
    let mut lines = Vec::new();
    let Some(first) = words.first() else { return lines };
    let mut line = first.clone();
    for word in &words[1..] {
        // A hair of tolerance: a box sized with `measure` sums the same advances in another
        // order, and must not wrap its own text.
        if advances[word.end] - advances[line.start] <= max_width + 0.01 {
            line.end = word.end;
        } else {
            lines.push(line);
            line = word.clone();
        }
    }
    lines.push(line);
    lines
}

/// Byte ranges of the words of `text`, between spaces.
fn words(text: &str) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (index, ch) in text.char_indices() {
        match (ch == ' ', start) {
            (true, Some(s)) => {
                words.push(s..index);
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push(s..text.len());
    }
    words
}

/// The glyphs of `segment` that fall inside `run`, with their text ranges made relative to the
/// piece's own text.
fn slice(text: &str, segment: &Segment, run: &Range<usize>, size: f32) -> Option<Piece> {
    let start = segment.range.start.max(run.start);
    let end = segment.range.end.min(run.end);
    let glyphs: Vec<KrillaGlyph> = segment
        .glyphs
        .iter()
        .filter(|g| (start..end).contains(&g.text_range.start))
        .map(|g| {
            let mut g = g.clone();
            g.text_range = g.text_range.start - start..g.text_range.end.min(end) - start;
            g
        })
        .collect();
    if glyphs.is_empty() {
        return None;
    }
    let size = size * segment.font.get().scale;
    let width = glyphs.iter().map(|g| g.x_advance * size).sum();
    Some(Piece { font: segment.font, size, text: text[start..end].to_owned(), glyphs, width })
}

#[cfg(test)]
#[path = "text_tests.rs"]
mod tests;
