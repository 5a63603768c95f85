//! The data part of a council summary, drafted by Chorus: what residents raised in a period
//! (issues by category, dimension, EU area, language, status and neighbourhood, beside the
//! period before), the supports they gave, the most supported issues with their translations,
//! and the consultations and ballots published in it.
//!
//! Only protected aggregates and public texts: no author, no account, no count of fewer than
//! 5 people (`data_protect.rs`). It is stored as JSON in `summaries.data` and frozen when the
//! summary is forwarded, so it must render later in any language: it holds ids, slugs, language
//! tags and public texts in their own languages, never a translated label.
//!
//! Issues "raised in the period" are the public ones (published, forwarded, answered,
//! resolved) whose publication falls in it: publication is when an issue joins the public
//! record, and submitted, rejected, hidden or merged ones never show.

use serde::{Deserialize, Serialize};

pub mod cli;
mod csv;
mod lines;
pub mod parts;
mod protect;

use crate::{
    db::{
        self,
        summary_data::{Walk, Within},
    },
    disclosure::Cell,
    domain::{content_language::ContentLanguage, eu_area::EuArea},
    error::{AppError, Result},
    i18n::Tr,
    state::AppState,
};
pub use parts::{BallotPart, ConsultationPart, LangText};

/// What a summary covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scope {
    /// The municipality.
    pub municipality_id: i64,
    /// Start of the period (epoch seconds, included).
    pub from: i64,
    /// End of the period (epoch seconds, excluded).
    pub to: i64,
    /// One category only.
    pub theme_id: Option<i64>,
    /// One neighbourhood only.
    pub neighbourhood_id: Option<i64>,
    /// One consultation (else those published in the period).
    pub consultation_id: Option<i64>,
    /// One ballot (else those published in the period).
    pub ballot_id: Option<i64>,
}

/// The version of this format, stored with each data part.
pub const FORMAT: u32 = 1;

/// A number as published: shown, or suppressed because it counts fewer than 5 people (or would
/// let such a number be worked out).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Figure {
    /// Shown as it is.
    Shown(u64),
    /// Not published.
    Suppressed,
}

impl Figure {
    /// The number, if shown.
    pub fn shown(self) -> Option<u64> {
        match self {
            Figure::Shown(n) => Some(n),
            Figure::Suppressed => None,
        }
    }
}

impl From<Cell> for Figure {
    fn from(c: Cell) -> Self {
        c.shown().map_or(Figure::Suppressed, Figure::Shown)
    }
}

/// A period, `[from, to)` in epoch seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// Start (included).
    pub from: i64,
    /// End (excluded).
    pub to: i64,
}

/// A count in the period and in the period before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compared {
    /// This period.
    pub current: Figure,
    /// The period before, of equal length.
    pub previous: Figure,
    /// `current - previous`, when both are shown.
    pub change: Option<i64>,
}

impl Compared {
    /// Both counts, and their change when both are shown.
    pub fn new(current: Figure, previous: Figure) -> Self {
        let change = match (current, previous) {
            (Figure::Shown(c), Figure::Shown(p)) => Some(c as i64 - p as i64),
            _ => None,
        };
        Compared { current, previous, change }
    }
}

/// What a breakdown counts issues by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum By {
    /// Category (keys: theme slugs).
    Category,
    /// Dimension of the category (keys: `socio_economic`, …).
    Dimension,
    /// EU core indicator area (keys: `domain::eu_area::EuArea::as_str`).
    EuArea,
    /// Original language (keys: language tags).
    Language,
    /// Status now (keys: public statuses).
    Status,
    /// Neighbourhood (keys: neighbourhood ids, `none` for issues without one).
    Neighbourhood,
}

impl By {
    /// Every breakdown, in the order a summary shows them.
    pub const ALL: [By; 6] = [By::Category, By::Dimension, By::EuArea, By::Language, By::Status, By::Neighbourhood];

    /// The stable name (CSV `section`).
    pub fn as_str(self) -> &'static str {
        match self {
            By::Category => "category",
            By::Dimension => "dimension",
            By::EuArea => "eu_area",
            By::Language => "language",
            By::Status => "status",
            By::Neighbourhood => "neighbourhood",
        }
    }

    /// The Fluent id of its heading.
    pub fn message(self) -> String {
        format!("summary-data-by-{}", self.as_str().replace('_', "-"))
    }
}

/// The key of a breakdown row for issues without a neighbourhood.
pub const NO_NEIGHBOURHOOD: &str = "none";

/// One row of a breakdown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// What it counts (see [`By`]).
    pub key: String,
    /// A name to show as it is (an admin's category label, a neighbourhood's name), when no
    /// message names the key.
    pub label: Option<String>,
    /// Issues in the period and before.
    pub count: Compared,
}

/// Issues counted by one thing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breakdown {
    /// By what.
    pub by: By,
    /// One row per value, every possible value (an empty row tells nothing).
    pub rows: Vec<Row>,
}

/// A text of an issue in one language: its title and a short excerpt of its description.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueText {
    /// Language tag.
    pub lang: String,
    /// Title.
    pub title: String,
    /// The description's first words (about [`EXCERPT`] characters, cut at a word).
    pub excerpt: String,
    /// For a translation: whether a machine made it (else a volunteer).
    pub machine: bool,
    /// For a translation: whether a person reviewed it.
    pub reviewed: bool,
}

/// A most supported issue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopIssue {
    /// Issue id (its public page).
    pub id: i64,
    /// Its category's slug, and an admin's label for it.
    pub category: (String, Option<String>),
    /// Status now.
    pub status: String,
    /// Supports so far.
    pub supports: Figure,
    /// As written.
    pub original: IssueText,
    /// Stored translations into the municipality's languages.
    pub translations: Vec<IssueText>,
}

/// The scope as a reader needs it later: names, not just ids.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScopePart {
    /// The period.
    pub period: Period,
    /// The period before, of equal length.
    pub previous: Period,
    /// The category: slug and an admin's label.
    pub theme: Option<(String, Option<String>)>,
    /// The neighbourhood's name.
    pub neighbourhood: Option<String>,
    /// The consultation asked for.
    pub consultation_id: Option<i64>,
    /// The ballot asked for.
    pub ballot_id: Option<i64>,
}

/// The data part of a summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataPart {
    /// [`FORMAT`] when drafted.
    pub format: u32,
    /// When it was drafted (epoch seconds).
    pub drafted_at: i64,
    /// What it covers.
    pub scope: ScopePart,
    /// Issues raised.
    pub issues: Compared,
    /// Supports given (to the scope's public issues).
    pub supports: Compared,
    /// Issues raised, broken down ([`By::ALL`] order).
    pub breakdowns: Vec<Breakdown>,
    /// The most supported issues raised in the period, most supported first.
    pub top_issues: Vec<TopIssue>,
    /// Consultations and their protected results.
    pub consultations: Vec<ConsultationPart>,
    /// Ballots and their outcomes.
    pub ballots: Vec<BallotPart>,
}

/// The text in `lang`, else the first there is.
pub fn pick(texts: &[LangText], lang: &str) -> String {
    texts.iter().find(|t| t.lang == lang).or_else(|| texts.first()).map(|t| t.text.clone()).unwrap_or_default()
}

impl DataPart {
    /// A breakdown row's name in the reader's language.
    pub fn label(&self, by: By, row: &Row, tr: &Tr) -> String {
        match (by, &row.label) {
            (By::Category | By::Neighbourhood, Some(label)) => label.clone(),
            (By::Category, None) => tr.t(&format!("theme-{}", row.key)),
            (By::Dimension, _) => tr.t(&db::themes::dimension_message(&row.key)),
            (By::EuArea, _) => EuArea::parse(&row.key).map_or_else(|| row.key.clone(), |a| tr.t(&a.message())),
            (By::Language, _) => match ContentLanguage::of(&row.key) {
                l if l.tag() == "und" => row.key.clone(),
                l => l.name().to_string(),
            },
            (By::Status, _) => tr.t(&format!("status-{}", row.key)),
            (By::Neighbourhood, None) => tr.t("summary-data-no-neighbourhood"),
        }
    }

    /// The breakdown by `by`.
    pub fn breakdown(&self, by: By) -> Option<&Breakdown> {
        self.breakdowns.iter().find(|b| b.by == by)
    }
}

/// Characters of a description an excerpt keeps (at most).
pub const EXCERPT: usize = 200;
/// The most supported issues a summary lists.
pub const TOP: i64 = 10;
/// A scope of at most this many issues is read whole to find its most supported ones.
const SMALL_SCOPE: i64 = 100_000;

/// Drafts the data part for `scope`.
pub async fn draft(state: &AppState, scope: &Scope) -> Result<DataPart> {
    if scope.to <= scope.from {
        return Err(AppError::Conflict("summary-data-empty-period"));
    }
    let m = db::municipalities::by_id(&state.db, scope.municipality_id).await?.ok_or(AppError::NotFound)?;
    let themes: Vec<_> = db::themes::of_municipality(&state.db, m.id).await?.into_iter().filter(|t| t.is_category()).collect();
    let places = db::themes::neighbourhoods(&state.db, m.id).await?;
    let theme = match scope.theme_id {
        Some(id) => Some(themes.iter().find(|t| t.id == id).ok_or(AppError::NotFound)?),
        None => None,
    };
    let place = match scope.neighbourhood_id {
        Some(id) => Some(places.iter().find(|(p, _)| *p == id).ok_or(AppError::NotFound)?),
        None => None,
    };
    let previous = Period { from: scope.from - (scope.to - scope.from), to: scope.from };
    let w = Within { municipality_id: m.id, theme_id: scope.theme_id, neighbourhood_id: scope.neighbourhood_id };
    let groups: Vec<_> = db::summary_data::groups(&state.db, &w, previous.from, scope.from, scope.to)
        .await?
        .into_iter()
        .filter(|g| db::issues::PUBLIC_STATUSES.contains(&g.status.as_str()))
        .collect();
    let sum = |f: fn(&db::summary_data::Group) -> i64| groups.iter().map(f).sum::<i64>();
    let (current, before, all, supports) = (sum(|g| g.current), sum(|g| g.previous), sum(|g| g.all), sum(|g| g.supports));
    let given = db::summary_data::supports_in(&state.db, state.backend, &w, scope.from, scope.to, supports).await?;
    let given_before = db::summary_data::supports_in(&state.db, state.backend, &w, previous.from, previous.to, supports).await?;
    let taxonomy: Vec<_> = theme.map_or_else(|| themes.clone(), |t| vec![t.clone()]);
    let places: Vec<_> = place.map_or_else(|| places.clone(), |p| vec![p.clone()]);
    let lines = lines::Lines { themes: &taxonomy, places: &places, languages: &m.languages, whole_town: place.is_none() };
    let breakdowns = lines.breakdowns(&groups);
    let walk = match (current, scope.theme_id.is_some() || scope.neighbourhood_id.is_some()) {
        (0, _) => None,
        (_, true) if all <= SMALL_SCOPE => Some(Walk::ByScope),
        // Few of the scope's issues fall in the period: read those rather than walk past the rest.
        (n, _) if n.saturating_mul(1000) < all => Some(Walk::ByPeriod),
        _ => Some(Walk::BySupports),
    };
    let top = match walk {
        Some(walk) => db::summary_data::top(&state.db, state.backend, &w, scope.from, scope.to, walk, TOP).await?,
        None => Vec::new(),
    };
    let top_issues = lines::top_issues(state, &m.languages, &themes, top).await?;
    let single = |n: i64| protect::single(n.max(0) as u64).into();
    let issues = Compared::new(single(current), single(before));
    Ok(DataPart {
        format: FORMAT,
        drafted_at: db::now(),
        scope: ScopePart {
            period: Period { from: scope.from, to: scope.to },
            previous,
            theme: theme.map(|t| (t.slug.clone(), t.label.clone())),
            neighbourhood: place.map(|(_, name)| name.clone()),
            consultation_id: scope.consultation_id,
            ballot_id: scope.ballot_id,
        },
        issues,
        supports: Compared::new(single(given), single(given_before)),
        breakdowns,
        top_issues,
        consultations: parts::consultations(state, &m, scope).await?,
        ballots: parts::ballots(state, &m, scope).await?,
    })
}

/// The first words of `text`, at most `max` characters, cut at a word, with `…` when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    // A cut just before a space ends on a whole word; else cut at the last space, unless that
    // would leave less than half (one very long word).
    let whole = text.chars().nth(max).is_some_and(char::is_whitespace);
    let at = cut.char_indices().filter(|(_, c)| c.is_whitespace()).map(|(i, _)| i).next_back().filter(|&i| !whole && i >= cut.len() / 2);
    let kept = at.map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", kept.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == ':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_is_cut_at_a_word() {
        let text = "word ".repeat(100);
        let e = excerpt(&text, 200);
        assert!(e.ends_with("word…"), "{e}");
        assert!(e.chars().count() <= 201);
        assert_eq!(excerpt("short text", 200), "short text");
        // One long word is cut inside it rather than dropped.
        assert_eq!(excerpt(&"a".repeat(300), 10), format!("{}…", "a".repeat(10)));
        // Characters, not bytes.
        assert_eq!(excerpt("мама мыла раму", 9), "мама мыла…");
    }

    #[test]
    fn a_change_needs_both_counts() {
        assert_eq!(Compared::new(Figure::Shown(7), Figure::Shown(10)).change, Some(-3));
        assert_eq!(Compared::new(Figure::Shown(7), Figure::Suppressed).change, None);
    }

    #[test]
    fn figures_serialize_explicitly() {
        assert_eq!(serde_json::to_string(&Figure::Suppressed).unwrap(), "\"suppressed\"");
        assert_eq!(serde_json::to_string(&Figure::Shown(12)).unwrap(), "{\"shown\":12}");
    }
}
