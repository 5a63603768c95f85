//! From the grouped counts to the protected breakdowns of a data part, and the most supported
//! issues with their translations. Every breakdown lists every possible value (each category,
//! language, status and neighbourhood of the municipality), so that a row's presence tells
//! nothing; every count goes through `data_protect`.

use std::collections::BTreeMap;

use super::{Breakdown, By, Compared, EXCERPT, Figure, IssueText, NO_NEIGHBOURHOOD, Row, TopIssue, excerpt, protect as data_protect};
use crate::{
    db::{self, summary_data::Group, themes::Theme},
    disclosure::Cell,
    domain::eu_area::EuArea,
    error::Result,
    state::AppState,
};

/// The dimensions of the default taxonomy, in its order.
const DIMENSIONS: [&str; 4] = ["socio_economic", "legal_political", "cultural", "other"];

/// What the breakdowns list.
pub struct Lines<'a> {
    /// The categories counted (one when the scope names it).
    pub themes: &'a [Theme],
    /// The neighbourhoods counted (one when the scope names it).
    pub places: &'a [(i64, String)],
    /// The municipality's languages (always listed; others when they occur).
    pub languages: &'a [String],
    /// Whether issues without a neighbourhood are in scope (no neighbourhood named).
    pub whole_town: bool,
}

/// One breakdown's keys and labels, and which key each group counts under.
struct Keys {
    keys: Vec<(String, Option<String>)>,
}

impl Keys {
    fn index(&self, key: &str) -> Option<usize> {
        self.keys.iter().position(|(k, _)| k == key)
    }
}

impl Lines<'_> {
    /// The protected breakdowns of the groups (public issues only), [`By::ALL`] order.
    pub fn breakdowns(&self, groups: &[Group]) -> Vec<Breakdown> {
        let periods: [fn(&Group) -> i64; 2] = [|g| g.current, |g| g.previous];
        // Per period: (by -> cells), protected.
        let protected: Vec<BTreeMap<&'static str, Vec<Cell>>> = periods.iter().map(|count| self.protect(groups, *count)).collect();
        By::ALL
            .iter()
            .map(|by| {
                let keys = self.keys(*by, groups);
                let rows = keys
                    .keys
                    .into_iter()
                    .enumerate()
                    .map(|(i, (key, label))| {
                        let cell = |p: usize| protected[p].get(by.as_str()).and_then(|c| c.get(i)).copied().unwrap_or(Cell::Hidden);
                        Row { key, label, count: Compared::new(Figure::from(cell(0)), Figure::from(cell(1))) }
                    })
                    .collect();
                Breakdown { by: *by, rows }
            })
            .collect()
    }

    fn keys(&self, by: By, groups: &[Group]) -> Keys {
        let keys = match by {
            By::Category => self.themes.iter().map(|t| (t.slug.clone(), t.label.clone())).collect(),
            By::Dimension => self.dimensions().into_iter().map(|d| (d, None)).collect(),
            By::EuArea => EuArea::ALL.iter().map(|a| (a.as_str().to_string(), None)).collect(),
            By::Language => {
                let mut langs: Vec<String> = self.languages.to_vec();
                let mut others: Vec<String> = groups.iter().map(|g| g.lang.clone()).filter(|l| !langs.contains(l)).collect();
                others.sort();
                others.dedup();
                langs.extend(others);
                langs.into_iter().map(|l| (l, None)).collect()
            }
            By::Status => db::issues::PUBLIC_STATUSES.iter().map(|s| (s.to_string(), None)).collect(),
            By::Neighbourhood => {
                let mut keys: Vec<_> = self.places.iter().map(|(id, name)| (id.to_string(), Some(name.clone()))).collect();
                if self.whole_town {
                    keys.push((NO_NEIGHBOURHOOD.to_string(), None));
                }
                keys
            }
        };
        Keys { keys }
    }

    /// The dimensions of the counted categories: the default ones, then any other.
    fn dimensions(&self) -> Vec<String> {
        let of = |t: &Theme| t.dimension.clone().unwrap_or_else(|| "other".into());
        let mut dims: Vec<String> = DIMENSIONS.iter().map(|d| d.to_string()).filter(|d| self.themes.iter().any(|t| of(t) == *d)).collect();
        for t in self.themes {
            if !dims.contains(&of(t)) {
                dims.push(of(t));
            }
        }
        dims
    }

    /// Every breakdown of one period, protected.
    fn protect(&self, groups: &[Group], count: fn(&Group) -> i64) -> BTreeMap<&'static str, Vec<Cell>> {
        let n = |g: &Group| count(g).max(0) as u64;
        let total: u64 = groups.iter().map(n).sum();
        let tally = |by: By, key_of: &dyn Fn(&Group) -> String| {
            let keys = self.keys(by, groups);
            let mut counts = vec![0u64; keys.keys.len()];
            for g in groups {
                // A group under no key makes the line add up short: `protect_counts` then hides
                // the whole line, the safe failure.
                if let Some(i) = keys.index(&key_of(g)) {
                    counts[i] += n(g);
                }
            }
            counts
        };
        let mut out = BTreeMap::new();
        let slug_of = |g: &Group| self.themes.iter().find(|t| t.id == g.theme_id).map(|t| t.slug.clone()).unwrap_or_default();
        let categories = tally(By::Category, &slug_of);
        let dims = self.dimensions();
        let dim_of: Vec<usize> = self
            .themes
            .iter()
            .map(|t| dims.iter().position(|d| Some(d.as_str()) == t.dimension.as_deref().or(Some("other"))).unwrap_or(0))
            .collect();
        let area_of: Vec<usize> = self
            .themes
            .iter()
            .map(|t| EuArea::ALL.iter().position(|a| *a == EuArea::of_category(&t.slug, t.dimension.as_deref())).unwrap_or(0))
            .collect();
        let t = data_protect::taxonomy(&categories, total, &[dim_of, area_of], &[dims.len(), EuArea::ALL.len()]);
        out.insert(By::Category.as_str(), t.categories);
        let mut rollups = t.rollups.into_iter();
        out.insert(By::Dimension.as_str(), rollups.next().unwrap_or_default());
        out.insert(By::EuArea.as_str(), rollups.next().unwrap_or_default());
        let neighbourhood = |g: &Group| g.neighbourhood_id.map_or_else(|| NO_NEIGHBOURHOOD.to_string(), |id| id.to_string());
        for (by, key_of) in [
            (By::Language, &(|g: &Group| g.lang.clone()) as &dyn Fn(&Group) -> String),
            (By::Status, &|g: &Group| g.status.clone()),
            (By::Neighbourhood, &neighbourhood),
        ] {
            out.insert(by.as_str(), data_protect::line(&tally(by, key_of), total).1);
        }
        out
    }
}

/// The most supported issues as a summary quotes them: title, excerpt, and the stored
/// translations into the municipality's languages.
pub async fn top_issues(
    state: &AppState,
    languages: &[String],
    themes: &[Theme],
    top: Vec<db::summary_data::Quoted>,
) -> Result<Vec<TopIssue>> {
    let ids: Vec<i64> = top.iter().map(|q| q.id).collect();
    let translations = db::summary_data::translations(&state.db, &ids).await?;
    Ok(top
        .into_iter()
        .map(|q| {
            let theme = themes.iter().find(|t| t.id == q.theme_id);
            let translations = translations
                .iter()
                .filter(|(id, lang, ..)| *id == q.id && *lang != q.lang && languages.contains(lang))
                .map(|(_, lang, title, body, machine, reviewed)| IssueText {
                    lang: lang.clone(),
                    title: title.clone(),
                    excerpt: excerpt(body, EXCERPT),
                    machine: *machine,
                    reviewed: *reviewed,
                })
                .collect();
            TopIssue {
                id: q.id,
                category: theme.map_or_else(|| ("other".into(), None), |t| (t.slug.clone(), t.label.clone())),
                status: q.status,
                supports: data_protect::single(q.supports.max(0) as u64).into(),
                original: IssueText { lang: q.lang, title: q.title, excerpt: excerpt(&q.body, EXCERPT), machine: false, reviewed: false },
                translations,
            }
        })
        .collect())
}
