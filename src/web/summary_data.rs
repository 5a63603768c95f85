//! The data part of a summary as an HTML fragment, in the reader's language: for each
//! breakdown a heading, a bar chart and the same numbers in a table; the most supported issues
//! with their excerpts (translated where a translation exists, the original behind a switch);
//! consultation and ballot results. The summary page includes it with `|safe`.

use askama::Template;

use crate::{
    domain::content_language::ContentLanguage,
    i18n::Tr,
    services::summaries::data::{By, Compared, DataPart, Figure, IssueText, LangText},
    web::charts,
};

/// One row of a table: label, this period, the period before, the change and its class.
pub struct RowView {
    /// What the row counts.
    pub label: String,
    /// This period ("fewer than 5" when suppressed).
    pub current: String,
    /// The period before.
    pub previous: String,
    /// `+3`, `−2`, `0`, or empty.
    pub change: String,
}

/// A breakdown: heading, chart and table.
pub struct SectionView {
    /// HTML id of the heading.
    pub id: String,
    /// The heading.
    pub heading: String,
    /// The chart (SVG, already escaped).
    pub chart: String,
    /// The table rows.
    pub rows: Vec<RowView>,
}

/// A text with its language and direction.
pub struct Text {
    /// The text.
    pub text: String,
    /// Its language tag.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
}

/// A most supported issue as shown.
pub struct IssueView {
    /// Link to its page.
    pub href: String,
    /// Title and excerpt as shown (a translation in the reader's language when there is one).
    pub shown: (Text, Text),
    /// The note on a translation, and the original (title, excerpt), when a translation is shown.
    pub original: Option<(String, Text, Text)>,
    /// Its category.
    pub category: String,
    /// Its supports.
    pub supports: String,
}

/// A chart with its heading and its numbers as a table: (heading, SVG, rows of label and value).
pub type ChartView = (String, String, Vec<(Text, String)>);

/// A consultation or ballot as shown: a title, a line of figures, and lists.
pub struct ResultView {
    /// Its title.
    pub title: Text,
    /// "Took part: 42" and the like.
    pub figures: Vec<(String, String)>,
    /// Charts with their tables, one per question or group.
    pub charts: Vec<ChartView>,
    /// A heading and a list of texts (common ground, the ballot's ranking).
    pub lists: Vec<(String, Vec<Text>)>,
}

#[derive(Template)]
#[template(path = "summaries/data.html")]
struct DataFragment<'a> {
    tr: &'a Tr,
    totals: Vec<RowView>,
    sections: Vec<SectionView>,
    issues: Vec<IssueView>,
    consultations: Vec<ResultView>,
    ballots: Vec<ResultView>,
}

fn text(text: &str, lang: &str) -> Text {
    Text { text: text.to_string(), lang: lang.to_string(), dir: ContentLanguage::of(lang).dir() }
}

fn lang_text(texts: &[LangText], lang: &str) -> Text {
    let t = texts.iter().find(|t| t.lang == lang).or_else(|| texts.first());
    t.map_or_else(|| text("", lang), |t| text(&t.text, &t.lang))
}

fn figure(f: Figure, tr: &Tr) -> String {
    f.shown().map_or_else(|| tr.t("summary-data-suppressed"), |n| n.to_string())
}

fn row(label: String, c: &Compared, tr: &Tr) -> RowView {
    // A true minus sign, not a hyphen.
    let change = c.change.map(|d| {
        if d > 0 {
            format!("+{d}")
        } else if d < 0 {
            format!("−{}", -d)
        } else {
            "0".into()
        }
    });
    RowView { label, current: figure(c.current, tr), previous: figure(c.previous, tr), change: change.unwrap_or_default() }
}

fn issue(t: &crate::services::summaries::data::TopIssue, tr: &Tr, lang: &str, slug: &str) -> IssueView {
    let pair = |x: &IssueText| (text(&x.title, &x.lang), text(&x.excerpt, &x.lang));
    let translated = t.translations.iter().find(|x| x.lang == lang && t.original.lang != lang);
    let category = t.category.1.clone().unwrap_or_else(|| tr.t(&format!("theme-{}", t.category.0)));
    let (shown, original) = match translated {
        Some(x) => {
            let note = tr.t(if x.machine { "summary-data-translated-machine" } else { "summary-data-translated-human" });
            let (title, excerpt) = pair(&t.original);
            (pair(x), Some((note, title, excerpt)))
        }
        None => (pair(&t.original), None),
    };
    IssueView { href: format!("/m/{slug}/issues/{}", t.id), shown, original, category, supports: figure(t.supports, tr) }
}

/// The data part as an HTML fragment in `lang`, linking issues under `/m/{municipality_slug}`.
pub fn render(data: &DataPart, tr: &Tr, lang: &str, municipality_slug: &str) -> String {
    let rtl = tr.dir() == "rtl";
    let totals = vec![row(tr.t("summary-data-issues"), &data.issues, tr), row(tr.t("summary-data-supports"), &data.supports, tr)];
    let suppressed = tr.t("summary-data-suppressed");
    let sections = By::ALL
        .iter()
        .filter_map(|by| data.breakdown(*by))
        .filter(|b| b.rows.len() > 1)
        .map(|b| {
            let heading = tr.t(&b.by.message());
            let rows: Vec<RowView> = b.rows.iter().map(|r| row(data.label(b.by, r, tr), &r.count, tr)).collect();
            let bars: Vec<(String, Option<u64>)> = b.rows.iter().map(|r| (data.label(b.by, r, tr), r.count.current.shown())).collect();
            SectionView {
                id: format!("summary-data-{}", b.by.as_str().replace('_', "-")),
                chart: charts::bars_with(&heading, &bars, rtl, &suppressed),
                heading,
                rows,
            }
        })
        .collect();
    let issues = data.top_issues.iter().map(|t| issue(t, tr, lang, municipality_slug)).collect();
    let consultations = data
        .consultations
        .iter()
        .map(|c| {
            let mut charts = Vec::new();
            for q in &c.questions {
                let prompt = lang_text(&q.prompts, lang);
                let rows: Vec<(Text, String)> = q
                    .counts
                    .iter()
                    .enumerate()
                    .map(|(i, n)| {
                        let label = q
                            .choices
                            .get(i)
                            .filter(|l| !l.is_empty())
                            .map_or_else(|| text(&(i + 1).to_string(), lang), |l| lang_text(l, lang));
                        (label, figure(*n, tr))
                    })
                    .collect();
                let bars: Vec<_> = rows.iter().zip(&q.counts).map(|((l, _), n)| (l.text.clone(), n.shown())).collect();
                charts.push((prompt.text.clone(), charts::bars_with(&prompt.text, &bars, rtl, &suppressed), rows));
            }
            for (i, g) in c.groups.iter().enumerate() {
                let heading = format!("{} · {}", tr.t1("summary-data-group", "number", i + 1), figure(g.size, tr));
                let rows = g
                    .statements
                    .iter()
                    .map(|(s, agrees)| {
                        let how = tr.t1(if *agrees { "summary-data-agree" } else { "summary-data-disagree" }, "percent", s.percent);
                        (text(&s.body, &s.lang), how)
                    })
                    .collect();
                charts.push((heading, String::new(), rows));
            }
            let common = c.common_ground.iter().map(|s| text(&s.body, &s.lang)).collect::<Vec<_>>();
            ResultView {
                title: lang_text(&c.titles, lang),
                figures: vec![(tr.t("summary-data-respondents"), figure(c.respondents, tr))],
                charts,
                lists: if common.is_empty() { Vec::new() } else { vec![(tr.t("summary-data-common-ground"), common)] },
            }
        })
        .collect();
    let ballots = data
        .ballots
        .iter()
        .map(|b| ResultView {
            title: lang_text(&b.titles, lang),
            figures: vec![(tr.t("summary-data-voters"), figure(b.voters, tr))],
            charts: Vec::new(),
            lists: vec![(
                tr.t(if b.selects { "summary-data-selected" } else { "summary-data-ranking" }),
                b.options
                    .iter()
                    .map(|o| match lang_text(&o.titles, lang) {
                        t if t.text.is_empty() => text(&o.code, lang),
                        t => t,
                    })
                    .collect(),
            )],
        })
        .collect();
    let page = DataFragment { tr, totals, sections, issues, consultations, ballots };
    page.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, "rendering the data part of a summary");
        String::new()
    })
}
