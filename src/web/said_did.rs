//! "You said, we did": the public page of forwarded recommendations with the city's answers
//! and progress, in every language, filtered by theme and status, 50 at a time, each point
//! with its anchor (`#point-{id}`) and the links to where it came from.

use std::sync::Arc;

use askama::Template;
use axum::{
    Router,
    extract::{Path, State},
    response::Response,
    routing::get,
};

use super::{Ctx, issues::Show, municipality, official::Points, query::Query, render};
use crate::{
    db::{
        municipalities::Municipality,
        said_did::{Filter, PublicPoint},
        themes::Theme,
    },
    domain::official::StatusFilter,
    error::Result,
    services::{
        official::{
            said_did::{LAST_PAGE, Page},
            show_reason, show_recommendation,
        },
        translation::Shown,
    },
    state::AppState,
};

/// Routes of this module.
pub fn router() -> Router<AppState> {
    Router::new().route("/m/{slug}/said-did", get(page))
}

/// The page's filters as they arrive in the query string (bad values are ignored). The JSON
/// API takes the same parameters.
#[derive(Clone, Debug, Default, serde::Deserialize)]
#[serde(default)]
pub(crate) struct SaidDidQuery {
    /// A theme id.
    pub theme: String,
    /// A [`StatusFilter`] name.
    pub status: String,
    /// The page, from 1.
    pub page: String,
}

impl SaidDidQuery {
    /// The filter these parameters ask for.
    pub(crate) fn filter(&self) -> Filter {
        Filter { theme: self.theme.parse().ok(), status: StatusFilter::parse(&self.status), point: None }
    }
    /// The page asked for (1 when none or nonsense).
    pub(crate) fn page(&self) -> i64 {
        self.page.parse::<i64>().unwrap_or(1).clamp(1, LAST_PAGE)
    }
    /// The query string of page `page` with the same filters.
    pub(crate) fn link(&self, page: i64) -> String {
        let f = self.filter();
        let mut q = form_urlencoded::Serializer::new(String::new());
        if let Some(t) = f.theme {
            q.append_pair("theme", &t.to_string());
        }
        if let Some(s) = f.status {
            q.append_pair("status", s.as_str());
        }
        q.append_pair("page", &page.to_string());
        q.finish()
    }
}

#[derive(Template)]
#[template(path = "said_did/index.html")]
struct SaidDidPage {
    ctx: Ctx,
    m: Municipality,
    data: Arc<Page>,
    q: SaidDidQuery,
    themes: Vec<Theme>,
    statuses: [StatusFilter; 9],
}

impl SaidDidPage {
    fn show(&self) -> Show<'_> {
        Show::new(&self.ctx)
    }
    fn points(&self) -> Points<'_> {
        Points::new(&self.ctx)
    }
    fn shown(&self, p: &PublicPoint) -> Shown {
        show_recommendation(&p.point, p.translation.as_ref())
    }
    fn reason(&self, p: &PublicPoint) -> Option<Shown> {
        show_reason(&p.point, p.reason_translation.as_ref())
    }
    fn progress(&self, point_id: &i64) -> Vec<(i64, crate::domain::official::PointState, Shown, String)> {
        self.data
            .progress_of(*point_id)
            .map(|(p, t)| {
                let shown = match t {
                    Some(t) => Shown {
                        title: String::new(),
                        body: t.body.clone(),
                        lang: t.lang.clone(),
                        machine: Some(t.is_machine() && !t.reviewed),
                    },
                    None => Shown { title: String::new(), body: p.body.clone(), lang: p.lang.clone(), machine: None },
                };
                (p.at, p.state, shown, p.lang.clone())
            })
            .collect()
    }
    /// Links to where a point came from: (href, label).
    fn sources(&self, point_id: &i64) -> Vec<(String, String)> {
        let slug = &self.m.slug;
        let tr = &self.ctx.tr;
        self.data
            .sources_of(*point_id)
            .filter_map(|s| match (s.kind.as_str(), s.consultation_id) {
                ("issue", _) => Some((format!("/m/{slug}/issues/{}", s.id), tr.t1("said-did-source-issue", "id", s.id))),
                ("consultation", _) => {
                    Some((format!("/m/{slug}/consultations/{}", s.id), tr.t1("said-did-source-consultation", "id", s.id)))
                }
                ("statement", Some(c)) => Some((format!("/m/{slug}/consultations/{c}"), tr.t1("said-did-source-statement", "id", c))),
                ("ballot", _) => Some((format!("/m/{slug}/ballots/{}", s.id), tr.t1("said-did-source-ballot", "id", s.id))),
                _ => None,
            })
            .collect()
    }
    fn theme_name(&self, id: &Option<i64>) -> Option<String> {
        id.and_then(|id| self.themes.iter().find(|t| t.id == id)).map(|t| t.name(&self.ctx.tr))
    }
    fn status_selected(&self, s: &StatusFilter) -> bool {
        self.q.status == s.as_str()
    }
    fn theme_selected(&self, t: &Theme) -> bool {
        self.q.theme == t.id.to_string()
    }
    fn filtered(&self) -> bool {
        let f = self.q.filter();
        f.theme.is_some() || f.status.is_some()
    }
    fn prev_link(&self) -> Option<String> {
        let page = self.q.page();
        (page > 1).then(|| self.q.link(page - 1))
    }
    fn next_link(&self) -> Option<String> {
        self.data.more.then(|| self.q.link(self.q.page() + 1))
    }
}

async fn page(State(state): State<AppState>, ctx: Ctx, Path(slug): Path<String>, Query(q): Query<SaidDidQuery>) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    let data = state.said_did.get(&state.db, m.id, q.filter(), ctx.tr.lang(), q.page()).await?;
    let directory = state.directory.get(&state.db).await?;
    let themes = directory.themes(m.id).iter().filter(|t| t.kind == "category").cloned().collect();
    Ok(render(&SaidDidPage { ctx, m, data, q, themes, statuses: StatusFilter::ALL }))
}
