//! `chorus summary-data`: drafts a data part over a real database and reports how long it
//! took (for `loadtest/summary.sh`). Names are resolved here so the command line can use the
//! municipality's slug, a category's slug and a neighbourhood's name.

use std::time::Instant;

use super::{Scope, draft};
use crate::{db, state::AppState};

/// What to draft, as typed.
#[derive(Clone, Debug)]
pub struct Args {
    /// Municipality slug.
    pub municipality: String,
    /// First day (YYYY-MM-DD, included).
    pub from: String,
    /// Last day (YYYY-MM-DD, excluded).
    pub to: String,
    /// Category slug.
    pub theme: Option<String>,
    /// Neighbourhood name.
    pub neighbourhood: Option<String>,
    /// Drafts to time.
    pub repeat: u32,
}

/// Timings in milliseconds and what the last draft held.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Report {
    /// Each draft's wall time.
    pub runs_ms: Vec<f64>,
    /// The fastest.
    pub min_ms: f64,
    /// The median.
    pub median_ms: f64,
    /// Issues raised in the period (when shown).
    pub issues: Option<u64>,
    /// Supports given in the period (when shown).
    pub supports: Option<u64>,
    /// Most supported issues found.
    pub top_issues: usize,
}

/// Epoch seconds of a `YYYY-MM-DD` day at 00:00 UTC.
pub fn day(s: &str) -> anyhow::Result<i64> {
    let bad = || anyhow::anyhow!("{s:?} is not a YYYY-MM-DD date");
    let mut parts = s.splitn(3, '-').map(|p| p.parse::<i32>().map_err(|_| bad()));
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else { return Err(bad()) };
    let month = time::Month::try_from(u8::try_from(m?).map_err(|_| bad())?).map_err(|_| bad())?;
    let date = time::Date::from_calendar_date(y?, month, u8::try_from(d?).map_err(|_| bad())?).map_err(|_| bad())?;
    Ok(date.midnight().assume_utc().unix_timestamp())
}

/// Drafts `args.repeat` times and reports the timings.
pub async fn run(state: &AppState, args: &Args) -> anyhow::Result<Report> {
    let m = db::municipalities::by_slug(&state.db, &args.municipality)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no municipality {}", args.municipality))?;
    let themes = db::themes::of_municipality(&state.db, m.id).await?;
    let theme_id = match &args.theme {
        Some(slug) => {
            Some(themes.iter().find(|t| t.is_category() && &t.slug == slug).ok_or_else(|| anyhow::anyhow!("no category {slug}"))?.id)
        }
        None => None,
    };
    let places = db::themes::neighbourhoods(&state.db, m.id).await?;
    let neighbourhood_id = match &args.neighbourhood {
        Some(name) => Some(places.iter().find(|(_, n)| n == name).ok_or_else(|| anyhow::anyhow!("no neighbourhood {name}"))?.0),
        None => None,
    };
    let scope = Scope {
        municipality_id: m.id,
        from: day(&args.from)?,
        to: day(&args.to)?,
        theme_id,
        neighbourhood_id,
        consultation_id: None,
        ballot_id: None,
    };
    let mut runs = Vec::new();
    let mut last = None;
    for _ in 0..args.repeat.max(1) {
        let started = Instant::now();
        last = Some(draft(state, &scope).await.map_err(|e| anyhow::anyhow!("draft failed: {e}"))?);
        runs.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let mut sorted = runs.clone();
    sorted.sort_by(f64::total_cmp);
    let last = last.ok_or_else(|| anyhow::anyhow!("nothing drafted"))?;
    Ok(Report {
        min_ms: sorted[0],
        median_ms: sorted[sorted.len() / 2],
        runs_ms: runs,
        issues: last.issues.current.shown(),
        supports: last.supports.current.shown(),
        top_issues: last.top_issues.len(),
    })
}
