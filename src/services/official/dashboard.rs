//! The dashboard of officials and the council: what is open and overdue, how much was
//! answered (and how fast), how much was done, by theme and by department; and its CSV.

use super::{ForOfficial, with_translations};
use crate::{
    db::{self, municipalities::Municipality, official::Point, users::User},
    domain::official::{DAY, PointState, epoch_date},
    error::{AppError, Result},
    state::AppState,
};

/// Counts of one group of points (a theme or a department).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Forwarded points.
    pub forwarded: u64,
    /// Answered ones.
    pub answered: u64,
    /// Done ones.
    pub done: u64,
    /// Overdue ones.
    pub overdue: u64,
}

impl Counts {
    fn add(&mut self, p: &Point, now: i64) {
        self.forwarded += 1;
        if let Some(r) = &p.response {
            self.answered += 1;
            self.done += u64::from(r.state == PointState::Done);
            self.overdue += u64::from(r.overdue(now));
        }
    }
}

/// The figures of a set of points.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    /// All of them.
    pub total: Counts,
    /// Answered points per forwarded point, in percent (none when nothing was forwarded).
    pub response_rate: Option<u64>,
    /// Median days from a point's first forwarding to its answer.
    pub median_days: Option<f64>,
    /// Done points per answered point, in percent.
    pub implemented: Option<u64>,
    /// Per theme (`None`: no theme), in order of first appearance.
    pub by_theme: Vec<(Option<i64>, Counts)>,
    /// Per department of the answer (answered points only), by name.
    pub by_department: Vec<(String, Counts)>,
}

fn percent(part: u64, whole: u64) -> Option<u64> {
    (whole > 0).then(|| (part * 100 + whole / 2) / whole)
}

/// The median of some numbers (none of none).
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]) / 2.0 })
}

/// The figures of `points` at time `now`.
pub fn figures(points: &[Point], now: i64) -> Figures {
    let mut f = Figures::default();
    let mut days = Vec::new();
    for p in points {
        f.total.add(p, now);
        match f.by_theme.iter_mut().find(|(t, _)| *t == p.theme_id) {
            Some((_, c)) => c.add(p, now),
            None => {
                let mut c = Counts::default();
                c.add(p, now);
                f.by_theme.push((p.theme_id, c));
            }
        }
        if let Some(r) = &p.response {
            days.push((r.answered_at - p.first_forwarded_at).max(0) as f64 / DAY as f64);
            match f.by_department.iter_mut().find(|(d, _)| *d == r.department) {
                Some((_, c)) => c.add(p, now),
                None => {
                    let mut c = Counts::default();
                    c.add(p, now);
                    f.by_department.push((r.department.clone(), c));
                }
            }
        }
    }
    f.by_department.sort_by(|a, b| a.0.cmp(&b.0));
    f.response_rate = percent(f.total.answered, f.total.forwarded);
    f.implemented = percent(f.total.done, f.total.answered);
    f.median_days = median(days);
    f
}

/// The dashboard's data: the figures and the points, shown in `lang`.
pub struct Dashboard {
    /// The figures.
    pub figures: Figures,
    /// Every forwarded point (latest versions), newest summary first.
    pub points: Vec<ForOfficial>,
}

/// The dashboard of `m` for its officials, council members, moderators and admins.
pub async fn load(state: &AppState, actor: &User, m: &Municipality, lang: &str) -> Result<Dashboard> {
    if !super::may_follow(state, actor, m).await? {
        return Err(AppError::Forbidden);
    }
    let points = db::official::forwarded(&state.db, m.id).await?;
    let figures = figures(&points, db::now());
    Ok(Dashboard { figures, points: with_translations(state, points, lang).await? })
}

/// A CSV field: quoted when it holds a comma, quote or line break (RFC 4180), and prefixed
/// with `'` when a spreadsheet would read it as a formula.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// The dashboard as CSV, one line per point (CRLF line ends, as RFC 4180 has them); `theme`
/// names a theme id.
pub fn csv(d: &Dashboard, theme: impl Fn(Option<i64>) -> String, now: i64) -> String {
    let mut out = String::from(
        "point,summary,number,title,lang,theme,forwarded,decision,department,owner_role,deadline,state,overdue,answered,days_to_answer\r\n",
    );
    for f in &d.points {
        let p = &f.point;
        let r = p.response.as_ref();
        let fields = [
            p.point_id.to_string(),
            p.summary_id.to_string(),
            p.number.to_string(),
            p.title.clone(),
            p.lang.clone(),
            theme(p.theme_id),
            epoch_date(p.first_forwarded_at),
            r.map(|r| r.decision.as_str().to_string()).unwrap_or_default(),
            r.map(|r| r.department.clone()).unwrap_or_default(),
            r.map(|r| r.owner_role.clone()).unwrap_or_default(),
            r.and_then(|r| r.deadline).map(epoch_date).unwrap_or_default(),
            r.map_or("not_answered", |r| r.state.as_str()).to_string(),
            if r.is_some_and(|r| r.overdue(now)) { "yes" } else { "no" }.to_string(),
            r.map(|r| epoch_date(r.answered_at)).unwrap_or_default(),
            r.map(|r| format!("{:.1}", (r.answered_at - p.first_forwarded_at).max(0) as f64 / DAY as f64)).unwrap_or_default(),
        ];
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), Some(2.5));
    }

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, \"b\"\nc"), "\"a, \"\"b\"\"\nc\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        for f in ["+1", "-1", "@SUM(A1)"] {
            assert!(csv_field(f).starts_with('\''), "{f}");
        }
    }

    #[test]
    fn percentages_round_and_need_a_whole() {
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(0, 0), None);
    }
}
