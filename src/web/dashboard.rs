//! The dashboard of officials and the council, and its CSV export.

use askama::Template;
use axum::{
    Router,
    extract::{Path, State},
    http::{HeaderValue, header},
    response::{IntoResponse, Response},
    routing::get,
};

use super::{Ctx, SignedIn, dashboard_charts, issues::Show, municipality, official::Points, render};
use crate::{
    db::municipalities::Municipality,
    error::Result,
    services::official::{
        ForOfficial,
        dashboard::{self, Counts, Dashboard},
    },
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/m/{slug}/dashboard", get(page)).route("/m/{slug}/dashboard.csv", get(csv))
}

/// A group of the dashboard's tables: its name and counts.
pub struct Row {
    /// Theme or department.
    pub label: String,
    /// Its counts.
    pub counts: Counts,
}

#[derive(Template)]
#[template(path = "dashboard/index.html")]
struct Page {
    ctx: Ctx,
    m: Municipality,
    d: Dashboard,
    by_theme: Vec<Row>,
    by_department: Vec<Row>,
}

impl Page {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn points(&self) -> Points<'_> {
        Points::new(&self.ctx)
    }
    fn open(&self) -> Vec<&ForOfficial> {
        self.d.points.iter().filter(|p| p.point.response.as_ref().is_none_or(|r| !r.state.is_closed())).collect()
    }
    fn overdue(&self) -> Vec<&ForOfficial> {
        let now = crate::db::now();
        self.d.points.iter().filter(|p| p.point.response.as_ref().is_some_and(|r| r.overdue(now))).collect()
    }
    fn median(&self) -> String {
        self.d
            .figures
            .median_days
            .map_or_else(|| self.ctx.tr.t("dashboard-none"), |d| self.ctx.tr.t1("dashboard-days", "days", format!("{d:.1}")))
    }
    fn percent(&self, value: &Option<u64>) -> String {
        value.map_or_else(|| self.ctx.tr.t("dashboard-none"), |v| self.ctx.tr.t1("dashboard-percent", "value", v))
    }
    fn theme_chart(&self) -> String {
        let bars: Vec<(String, Option<u64>)> = self.by_theme.iter().map(|r| (r.label.clone(), Some(r.counts.answered))).collect();
        dashboard_charts::bars(&self.ctx.tr.t("dashboard-chart-theme"), &bars, self.ctx.tr.locale().is_rtl())
    }
    fn department_chart(&self) -> String {
        let bars: Vec<(String, Option<u64>)> = self.by_department.iter().map(|r| (r.label.clone(), Some(r.counts.done))).collect();
        dashboard_charts::bars(&self.ctx.tr.t("dashboard-chart-department"), &bars, self.ctx.tr.locale().is_rtl())
    }
}

/// A theme's name in the reader's language (or "no theme").
async fn theme_names(state: &AppState, ctx: &Ctx, m: &Municipality) -> Result<impl Fn(Option<i64>) -> String + use<>> {
    let directory = state.directory.get(&state.db).await?;
    let names: Vec<(i64, String)> = directory.themes(m.id).iter().map(|t| (t.id, t.name(&ctx.tr))).collect();
    let none = ctx.tr.t("dashboard-no-theme");
    Ok(move |id: Option<i64>| id.and_then(|id| names.iter().find(|(t, _)| *t == id)).map_or_else(|| none.clone(), |(_, n)| n.clone()))
}

async fn page(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let d = dashboard::load(&state, &user, &m, ctx.tr.lang()).await?;
    let name = theme_names(&state, &ctx, &m).await?;
    let by_theme = d.figures.by_theme.iter().map(|(t, c)| Row { label: name(*t), counts: c.clone() }).collect();
    let by_department = d.figures.by_department.iter().map(|(dep, c)| Row { label: dep.clone(), counts: c.clone() }).collect();
    Ok(render(&Page { ctx, m, d, by_theme, by_department }))
}

async fn csv(State(state): State<AppState>, SignedIn(user, ctx): SignedIn, Path(slug): Path<String>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let d = dashboard::load(&state, &user, &m, ctx.tr.lang()).await?;
    let body = dashboard::csv(&d, theme_names(&state, &ctx, &m).await?, crate::db::now());
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{}-recommendations.csv\"", m.slug)) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(r)
}
