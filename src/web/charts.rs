//! Small bar charts as inline SVG: no JavaScript, no inline style (the CSP forbids it; the
//! look comes from classes in `chorus.css`, sizes from SVG attributes). Each chart is an image
//! with a title for screen readers, and pages put the same numbers in a table beside it. Right
//! to left, the chart is mirrored by its coordinates (labels on the right, bars growing left),
//! not by a transform, so that its text is not mirrored too.

use std::fmt::Write as _;

/// Width of the whole chart, in SVG user units.
const WIDTH: u64 = 480;
/// Width of the label column.
const LABEL: u64 = 180;
/// Width of the longest bar.
const BAR: u64 = 220;
/// Height of one row.
const ROW: u64 = 24;
/// Longest label kept, in characters (the table beside the chart has the whole).
const LABEL_CHARS: usize = 28;

/// What a suppressed bar reads when the caller gives no words of its own.
const FEWER_THAN_FIVE: &str = "< 5";

/// A bar chart of `bars` (label, value; `None` for a suppressed value, drawn as the text
/// "fewer than 5" instead of a bar), titled `title`, mirrored when `rtl`.
pub fn bars(title: &str, bars: &[(String, Option<u64>)], rtl: bool) -> String {
    bars_with(title, bars, rtl, FEWER_THAN_FIVE)
}

/// [`bars`], with the words a suppressed bar reads in the reader's language.
pub fn bars_with(title: &str, bars: &[(String, Option<u64>)], rtl: bool, suppressed: &str) -> String {
    let id = format!("chart-{:x}", fingerprint(title, bars));
    let height = ROW * bars.len().max(1) as u64 + 8;
    let max = bars.iter().filter_map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart-svg" role="img" aria-labelledby="{id}" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg"><title id="{id}">{}</title>"#,
        escape(title)
    );
    for (i, (label, value)) in bars.iter().enumerate() {
        let y = ROW * i as u64 + 4;
        let text_y = y + ROW / 2 + 4;
        let label = shorten(label);
        // Left to right: label | bar → value. Right to left, the mirror image.
        let (label_x, label_anchor, origin) = if rtl { (WIDTH - LABEL + 8, "start", WIDTH - LABEL) } else { (LABEL - 8, "end", LABEL) };
        let _ =
            write!(svg, r#"<text class="chart-label" x="{label_x}" y="{text_y}" text-anchor="{label_anchor}">{}</text>"#, escape(&label));
        match value {
            Some(v) => {
                let w = (v * BAR / max).max(u64::from(*v > 0));
                let (bar_x, value_x, value_anchor) =
                    if rtl { (origin - w, origin - w - 6, "end") } else { (origin, origin + w + 6, "start") };
                let _ = write!(
                    svg,
                    r#"<rect class="chart-bar" x="{bar_x}" y="{}" width="{w}" height="{}"/><text class="chart-value" x="{value_x}" y="{text_y}" text-anchor="{value_anchor}">{v}</text>"#,
                    y + 4,
                    ROW - 8
                );
            }
            None => {
                let (x, anchor) = if rtl { (origin - 6, "end") } else { (origin + 6, "start") };
                let _ = write!(
                    svg,
                    r#"<text class="chart-suppressed" x="{x}" y="{text_y}" text-anchor="{anchor}">{}</text>"#,
                    escape(suppressed)
                );
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

/// A label cut to [`LABEL_CHARS`] characters.
fn shorten(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_string();
    }
    let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// Escapes text for SVG (XML) content and attributes.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A stable id for a chart: the same chart gets the same id, different charts different ones.
fn fingerprint(title: &str, bars: &[(String, Option<u64>)]) -> u64 {
    // FNV-1a: small, stable across runs and platforms (unlike `DefaultHasher`).
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(title.as_bytes());
    for (label, value) in bars {
        eat(label.as_bytes());
        eat(&value.map_or(u64::MAX, |v| v).to_le_bytes());
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<(String, Option<u64>)> {
        vec![("Housing <& more>".into(), Some(40)), ("Health".into(), Some(10)), ("Other".into(), None)]
    }

    #[test]
    fn a_chart_is_an_accessible_image_with_escaped_text() {
        let svg = bars("Issues \"by\" category", &sample(), false);
        assert!(svg.starts_with("<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"chart-"));
        let id = svg.split("aria-labelledby=\"").nth(1).and_then(|s| s.split('"').next()).unwrap();
        assert!(svg.contains(&format!("<title id=\"{id}\">Issues &quot;by&quot; category</title>")));
        assert!(svg.contains("Housing &lt;&amp; more&gt;"));
        assert!(!svg.contains("style="), "the CSP forbids inline styles");
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn the_longest_bar_is_full_and_a_suppressed_one_is_words() {
        let svg = bars_with("t", &sample(), false, "fewer than 5");
        assert!(svg.contains(&format!("width=\"{BAR}\"")));
        assert!(svg.contains(&format!("width=\"{}\"", 10 * BAR / 40)));
        assert!(svg.contains("class=\"chart-suppressed\""));
        assert!(svg.contains(">fewer than 5</text>"));
        assert_eq!(svg.matches("<rect").count(), 2);
    }

    #[test]
    fn right_to_left_charts_are_mirrored() {
        let ltr = bars("t", &sample(), false);
        let rtl = bars("t", &sample(), true);
        assert!(ltr.contains(&format!("<rect class=\"chart-bar\" x=\"{LABEL}\"")));
        assert!(rtl.contains(&format!("<rect class=\"chart-bar\" x=\"{}\"", WIDTH - LABEL - BAR)));
        assert!(rtl.contains(&format!("x=\"{}\" y=\"20\" text-anchor=\"start\"", WIDTH - LABEL + 8)));
        assert_ne!(ltr, rtl);
    }

    #[test]
    fn long_labels_are_shortened_and_ids_are_stable() {
        let long = vec![("a".repeat(60), Some(1))];
        assert!(bars("t", &long, false).contains(&format!("{}…", "a".repeat(LABEL_CHARS - 1))));
        assert_eq!(bars("t", &long, false), bars("t", &long, false));
        assert_ne!(fingerprint("t", &long), fingerprint("u", &long));
    }
}
