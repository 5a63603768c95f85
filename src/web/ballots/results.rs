//! The results page — winners and the full explanation of every rule, with SVG bar charts
//! and no JavaScript — and the published files: the anonymised papers (CSV) and the ballot in
//! its standard format.

use askama::Template;
use axum::{
    extract::{Path, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
};

use crate::{
    db::{self, municipalities::Municipality},
    domain::{ballot::Status, content_language::ContentLanguage},
    error::{AppError, Result},
    i18n::Tr,
    services::{
        self,
        ballots::{BallotView, count::Results},
    },
    state::AppState,
    voting::rules::{CompletionStatus, Outcome},
    web::{Ctx, municipality, render},
};

/// Width of a full bar, in SVG user units.
const BAR: u64 = 240;

/// One bar of a chart.
pub struct Bar {
    /// The option's label.
    pub label: String,
    /// The label's language.
    pub lang: String,
    /// The value as shown.
    pub value: String,
    /// Bar length, 0..=[`BAR`].
    pub width: u64,
    /// Whether the option wins / is selected.
    pub win: bool,
}

/// A table of numbers with its caption, already in the reader's language.
pub struct Table {
    /// Caption.
    pub caption: String,
    /// Column heads.
    pub head: Vec<String>,
    /// Rows of cells.
    pub rows: Vec<Vec<String>>,
}

/// One rule's outcome as the page explains it.
pub struct Section {
    /// Heading.
    pub title: String,
    /// How the rule works and breaks ties.
    pub explain: String,
    /// Whether this outcome decides.
    pub binding: bool,
    /// Winners / selected options, in order.
    pub winners: Vec<String>,
    /// The chart, with its caption.
    pub chart: (String, Vec<Bar>),
    /// Tables explaining the count.
    pub tables: Vec<Table>,
}

fn bars(v: &BallotView, values: &[(u32, u64)], wins: &[u32]) -> Vec<Bar> {
    let max = values.iter().map(|(_, x)| *x).max().unwrap_or(0).max(1);
    values
        .iter()
        .map(|(o, x)| {
            let (label, lang) = label(v, *o);
            Bar { label, lang, value: x.to_string(), width: x * BAR / max, win: wins.contains(o) }
        })
        .collect()
}

fn label(v: &BallotView, o: u32) -> (String, String) {
    v.options.get(o as usize).map_or_else(|| (o.to_string(), String::new()), |x| (x.title.clone(), x.title_lang.clone()))
}

fn names(v: &BallotView, os: &[u32]) -> Vec<String> {
    os.iter().map(|o| label(v, *o).0).collect()
}

fn money(x: f64) -> String {
    format!("{x:.2}")
}

fn matrix(v: &BallotView, caption: String, m: &[Vec<u64>]) -> Table {
    let n = v.options.len();
    let mut head = vec![String::new()];
    head.extend((0..n as u32).map(|o| label(v, o).0));
    let rows = (0..n).map(|i| {
        let mut row = vec![label(v, i as u32).0];
        row.extend((0..n).map(|j| if i == j { "–".into() } else { m.get(i).and_then(|r| r.get(j)).map_or(String::new(), u64::to_string) }));
        row
    });
    Table { caption, head, rows: rows.collect() }
}

/// The sections of a counted ballot, binding rule first.
pub fn sections(v: &BallotView, r: &Results, tr: &Tr) -> Vec<Section> {
    let yes = tr.t("results-yes");
    let no = tr.t("results-no");
    r.outcomes
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let binding = i == 0;
            let (title, explain) = match o {
                Outcome::Approval(_) => ("results-rule-approval", "results-explain-approval"),
                Outcome::Points(_) => ("results-rule-points", "results-explain-points"),
                Outcome::Schulze(_) => ("results-rule-schulze", "results-explain-schulze"),
                Outcome::SchulzeWinning(_) => ("results-rule-schulze-winning", "results-explain-schulze"),
                Outcome::Irv(_) => ("results-rule-irv", "results-explain-irv"),
                Outcome::Greedy(_) => ("results-rule-greedy", "results-explain-greedy"),
                Outcome::EqualShares(_) | Outcome::EqualSharesNoCompletion(_) => {
                    ("results-rule-equal-shares", "results-explain-equal-shares")
                }
            };
            let mut s = Section {
                title: tr.t(title),
                explain: tr.t(explain),
                binding,
                winners: names(v, &o.winners()),
                chart: (String::new(), Vec::new()),
                tables: Vec::new(),
            };
            match o {
                Outcome::Approval(t) | Outcome::Points(t) => {
                    let values: Vec<(u32, u64)> = t.order.iter().map(|o| (*o, t.totals.get(*o as usize).copied().unwrap_or(0))).collect();
                    s.chart = (tr.t("results-chart-totals"), bars(v, &values, &t.order[..t.order.len().min(1)]));
                }
                Outcome::Schulze(x) | Outcome::SchulzeWinning(x) => {
                    s.winners = names(v, &x.order);
                    let values: Vec<(u32, u64)> =
                        x.order.iter().map(|o| (*o, u64::from(x.beats.get(*o as usize).copied().unwrap_or(0)))).collect();
                    s.chart = (tr.t("results-chart-beats"), bars(v, &values, &x.winners));
                    s.tables.push(matrix(v, tr.t("results-pairwise"), &x.pairwise));
                    s.tables.push(matrix(v, tr.t("results-strongest-paths"), &x.strongest_paths));
                }
                Outcome::Irv(x) => {
                    let last = x.rounds.last().map(|r| r.counts.clone()).unwrap_or_default();
                    s.chart = (tr.t("results-chart-last-round"), bars(v, &last, &x.winner.into_iter().collect::<Vec<_>>()));
                    let n = v.options.len() as u32;
                    let mut head = vec![tr.t("results-round")];
                    head.extend((0..n).map(|o| label(v, o).0));
                    head.push(tr.t("results-exhausted"));
                    head.push(tr.t("results-eliminated"));
                    let rows = x.rounds.iter().enumerate().map(|(k, r)| {
                        let mut row = vec![(k + 1).to_string()];
                        row.extend((0..n).map(|o| r.counts.iter().find(|(c, _)| *c == o).map_or("–".into(), |(_, x)| x.to_string())));
                        row.push(r.exhausted.to_string());
                        row.push(r.eliminated.map_or(String::new(), |e| label(v, e).0));
                        row
                    });
                    s.tables.push(Table { caption: tr.t("results-rounds"), head, rows: rows.collect() });
                }
                Outcome::Greedy(g) => {
                    if g.steps.iter().any(|st| st.fitted && st.votes == 0) {
                        s.explain = format!("{} {}", s.explain, tr.t("results-greedy-unvoted"));
                    }
                    let values: Vec<(u32, u64)> = g.steps.iter().map(|st| (st.project, st.votes)).collect();
                    s.chart = (tr.t("results-chart-votes"), bars(v, &values, &g.selected));
                    let head = vec![
                        tr.t("results-project"),
                        tr.t("results-votes"),
                        tr.t("results-cost"),
                        tr.t("results-fitted"),
                        tr.t("results-remaining"),
                    ];
                    let rows = g.steps.iter().map(|st| {
                        let cost = v.options.get(st.project as usize).map_or(0, |o| o.option.cost);
                        vec![
                            label(v, st.project).0,
                            st.votes.to_string(),
                            cost.to_string(),
                            if st.fitted { yes.clone() } else { no.clone() },
                            st.remaining.to_string(),
                        ]
                    });
                    s.tables.push(Table { caption: tr.t("results-steps"), head, rows: rows.collect() });
                }
                Outcome::EqualShares(e) | Outcome::EqualSharesNoCompletion(e) => {
                    let values: Vec<(u32, u64)> = e.rounds.iter().map(|rd| (rd.project, rd.payers.len() as u64)).collect();
                    s.chart = (tr.t("results-chart-payers"), bars(v, &values, &e.selected));
                    let head = vec![
                        tr.t("results-round"),
                        tr.t("results-project"),
                        tr.t("results-cost"),
                        tr.t("results-price-per-voter"),
                        tr.t("results-payers"),
                        tr.t("results-paid-by-rows"),
                    ];
                    let rows = e.rounds.iter().enumerate().map(|(k, rd)| {
                        let rows: Vec<String> = rd.payers.iter().take(200).map(|p| (p.ballot + 1).to_string()).collect();
                        let more = if rd.payers.len() > 200 { " …" } else { "" };
                        vec![
                            (k + 1).to_string(),
                            label(v, rd.project).0,
                            rd.cost.to_string(),
                            money(rd.price),
                            rd.payers.len().to_string(),
                            rows.join(", ") + more,
                        ]
                    });
                    s.tables.push(Table {
                        caption: tr.t1("results-shares-rounds", "budget", money(e.budget_per_voter)),
                        head,
                        rows: rows.collect(),
                    });
                    if let Some(c) = &e.completion {
                        let head = vec![
                            tr.t("results-increment"),
                            tr.t("results-budget-per-voter"),
                            tr.t("results-cost"),
                            tr.t("results-step-status"),
                        ];
                        let rows = c.steps.iter().map(|st| {
                            let status = match st.status {
                                CompletionStatus::Continued => "results-step-continued",
                                CompletionStatus::Exhaustive => "results-step-exhaustive",
                                CompletionStatus::OverBudget => "results-step-over-budget",
                                CompletionStatus::Stable => "results-step-stable",
                            };
                            vec![st.increment.to_string(), money(st.budget_per_voter), st.cost.to_string(), tr.t(status)]
                        });
                        s.tables.push(Table { caption: tr.t("results-completion"), head, rows: rows.collect() });
                    }
                }
            }
            s
        })
        .collect()
}

#[derive(Template)]
#[template(path = "ballots/results.html")]
struct ResultsPage {
    ctx: Ctx,
    m: Municipality,
    v: BallotView,
    results: Results,
    sections: Vec<Section>,
    /// Residents of the municipality, for the turnout.
    residents: i64,
    /// Budget ballots: `(project, its language, cost, selected by greedy, selected by Equal Shares)`.
    comparison: Vec<(String, String, u64, bool, bool)>,
}

impl ResultsPage {
    fn dir(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).dir()
    }
    fn turnout(&self) -> String {
        if self.residents <= 0 { String::new() } else { format!("{:.1}", self.results.voters as f64 * 100.0 / self.residents as f64) }
    }
    fn published(&self) -> bool {
        self.v.ballot.status == Status::Published
    }
    fn bar_max(&self) -> u64 {
        BAR
    }
}

/// The results page (for everyone once published; before that for the council only).
pub async fn page(State(state): State<AppState>, ctx: Ctx, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let v = services::ballots::view(&state, ctx.user.as_ref(), &m, id, ctx.tr.lang()).await?;
    let results = services::ballots::count::results(&v.ballot).ok_or(AppError::NotFound)?;
    let sections = sections(&v, &results, &ctx.tr);
    let residents = db::roles::count_residents(&state.db, m.id).await?;
    let mut comparison = Vec::new();
    if v.ballot.method == crate::domain::ballot::Method::Budget {
        let sel = |want: fn(&Outcome) -> bool| results.outcomes.iter().find(|o| want(o)).map(Outcome::winners).unwrap_or_default();
        let greedy = sel(|o| matches!(o, Outcome::Greedy(_)));
        let shares = sel(|o| matches!(o, Outcome::EqualShares(_)));
        comparison = (0..v.options.len() as u32)
            .map(|o| {
                let (name, lang) = label(&v, o);
                (name, lang, v.options[o as usize].option.cost, greedy.contains(&o), shares.contains(&o))
            })
            .collect();
    }
    Ok(render(&ResultsPage { ctx, m, v, results, sections, residents, comparison }))
}

/// A file to download: its media type and a safe attachment name.
pub(crate) fn download(name: &str, media: &'static str, body: impl IntoResponse) -> Response {
    let disposition = format!("attachment; filename=\"{}\"", name.replace(['"', '\\', '\r', '\n'], "_"));
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(media));
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

/// The anonymised papers of a published ballot, as CSV.
pub async fn papers_csv(State(state): State<AppState>, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let b = db::ballots::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let csv = services::ballots::count::papers_csv(&state, &b).await?;
    Ok(download(&format!("{}-ballot-{id}-papers.csv", m.slug), "text/csv; charset=utf-8", csv))
}

/// A published ballot as a pabulib or PrefLib file.
pub async fn export(State(state): State<AppState>, Path((slug, id)): Path<(String, i64)>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let (name, media, text) = services::ballots::import::export(&state, &m, id).await?;
    Ok(download(&name, media, text))
}
