//! Bar charts as inline SVG, for pages that must work without JavaScript: one bar per row
//! with its label and value, a `<title>` and `role="img"`, styled by CSS classes only (the
//! Content Security Policy forbids inline styles). Pages show the same numbers in a table
//! beside each chart, for screen readers and for copying. Right-to-left pages get the
//! mirrored layout: labels on the right, bars growing to the left.

/// Width of the drawing, in user units.
const WIDTH: u64 = 640;
/// Room for the labels.
const LABEL: u64 = 240;
/// Room for the value after the longest bar.
const VALUE: u64 = 64;
/// Height of a row.
const ROW: u64 = 28;

/// Escapes text for SVG (the labels are people's words: department names, themes).
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// A horizontal bar chart of `bars` (label, value; `None` draws no bar and a dash), titled
/// `title`, mirrored when `rtl`.
pub fn bars(title: &str, bars: &[(String, Option<u64>)], rtl: bool) -> String {
    let max = bars.iter().filter_map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let height = ROW * bars.len().max(1) as u64 + 8;
    let area = WIDTH - LABEL - VALUE;
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>",
        escape(title)
    );
    for (i, (label, value)) in bars.iter().enumerate() {
        let y = 4 + ROW * i as u64;
        let text_y = y + ROW / 2 + 5;
        let len = value.map_or(0, |v| v * area / max);
        let shown = value.map_or_else(|| "–".to_string(), |v| v.to_string());
        let label = escape(&label.chars().take(40).collect::<String>());
        let (label_x, label_anchor, bar_x, value_x, value_anchor) = if rtl {
            (WIDTH - LABEL + 8, "start", WIDTH - LABEL - len, WIDTH - LABEL - len - 6, "end")
        } else {
            (LABEL - 8, "end", LABEL, LABEL + len + 6, "start")
        };
        svg.push_str(&format!(
            "<g class=\"bar-row\"><text class=\"bar-label\" x=\"{label_x}\" y=\"{text_y}\" text-anchor=\"{label_anchor}\">{label}</text>"
        ));
        if len > 0 {
            svg.push_str(&format!("<rect class=\"bar\" x=\"{bar_x}\" y=\"{}\" width=\"{len}\" height=\"{}\"></rect>", y + 4, ROW - 8));
        }
        svg.push_str(&format!(
            "<text class=\"bar-value\" x=\"{value_x}\" y=\"{text_y}\" text-anchor=\"{value_anchor}\">{shown}</text></g>"
        ));
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_has_a_title_a_bar_per_value_and_escapes_labels() {
        let svg =
            bars("Done <by> department", &[("Housing & <b>".into(), Some(4)), ("Schools".into(), Some(2)), ("None".into(), None)], false);
        assert!(svg.starts_with("<svg class=\"chart\" role=\"img\""));
        assert!(svg.contains("<title>Done &lt;by&gt; department</title>"));
        assert!(svg.contains("Housing &amp; &lt;b&gt;"));
        assert_eq!(svg.matches("<rect").count(), 2, "no bar for a missing value");
        assert!(!svg.contains("style="), "no inline styles: the CSP forbids them");
    }

    #[test]
    fn right_to_left_charts_put_labels_on_the_right() {
        let ltr = bars("t", &[("a".into(), Some(1))], false);
        let rtl = bars("t", &[("a".into(), Some(1))], true);
        assert!(ltr.contains(&format!("x=\"{}\" y=\"23\" text-anchor=\"end\">a<", LABEL - 8)));
        assert!(rtl.contains(&format!("x=\"{}\" y=\"23\" text-anchor=\"start\">a<", WIDTH - LABEL + 8)));
    }
}
