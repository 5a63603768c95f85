//! Statement rounds on the portal: reacting to one statement at a time and adding one (on the
//! consultation page), moderating statements (on the council's page), and the opinion map.

use askama::Template;
use axum::{
    body::Bytes,
    extract::{Path, State},
    response::Response,
};

use crate::{
    db::municipalities::Municipality,
    domain::content_language::ContentLanguage,
    error::{AppError, Result},
    services::{
        self,
        consultations::{ConsultationView, map::Map, statements::Shown},
    },
    state::AppState,
    web::{Ctx, SignedIn, ballots::pairs, municipality, render, see_other},
};

fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
}

/// Records a reaction and shows the next statement.
pub async fn react(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = pairs(&body);
    let statement = field(&form, "statement").parse::<i64>().map_err(|_| AppError::BadRequest("statement-reaction-invalid"))?;
    services::consultations::statements::react(&state, &user, &m, id, statement, field(&form, "vote")).await?;
    Ok(see_other(&format!("/m/{}/consultations/{id}?notice=statement-reacted#next", m.slug)))
}

/// Adds a statement; the page comes back with the text and the reason when it is refused.
pub async fn add(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = pairs(&body);
    let text = field(&form, "body").to_string();
    let lang = ctx.clone().for_municipality(&m).tr.lang();
    match services::consultations::statements::add(&state, &user, &m, id, &text, lang).await {
        Ok((_, public)) => {
            let manager = services::consultations::may_manage(&state, &user, &m).await?;
            let notice = if public { "statement-added" } else { "statement-pending" };
            let to = if manager && field(&form, "from") == "manage" { "manage" } else { "" };
            let path = if to.is_empty() {
                format!("/m/{}/consultations/{id}", m.slug)
            } else {
                format!("/m/{}/consultations/{id}/statements", m.slug)
            };
            Ok(see_other(&format!("{path}?notice={notice}")))
        }
        Err(AppError::Validation(errors)) => super::answer::statement_refused(&state, ctx, m, id, text, errors).await,
        Err(e) => Err(e),
    }
}

/// A moderator publishes or rejects a statement.
pub async fn moderate(
    State(state): State<AppState>,
    SignedIn(user, _): SignedIn,
    Path((slug, id, statement)): Path<(String, i64, i64)>,
    body: Bytes,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let form = pairs(&body);
    let publish = field(&form, "action") == "publish";
    services::consultations::statements::moderate(&state, &user, &m, id, statement, publish, field(&form, "reason")).await?;
    Ok(see_other(&format!("/m/{}/consultations/{id}/statements?notice=consultation-saved", m.slug)))
}

/// A group on the map page: its number, size, ellipse and what sets it apart.
pub struct GroupRow {
    /// 1, 2, …
    pub number: usize,
    /// Members.
    pub size: u64,
    /// Ellipse on the drawing: centre x, y and radii, in the SVG's units.
    pub ellipse: (f64, f64, f64, f64),
    /// `(statement, agrees, percent)`.
    pub representative: Vec<(Shown, bool, u64)>,
}

#[derive(Template)]
#[template(path = "consultations/map.html")]
struct MapPage {
    ctx: Ctx,
    m: Municipality,
    v: ConsultationView,
    map: Option<Map>,
    groups: Vec<GroupRow>,
    common: Vec<(Shown, u64)>,
    divisive: Vec<(Shown, Vec<u64>)>,
}

impl MapPage {
    fn dir(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).dir()
    }
    fn when(&self, t: &i64) -> String {
        crate::web::ballots::when(*t)
    }
    fn colour(&self, n: &usize) -> &'static str {
        ["group-1", "group-2", "group-3", "group-4", "group-5"][(n.saturating_sub(1)) % 5]
    }
}

/// The drawing's size (SVG units); the map is scaled into it with a margin.
const SIDE: f64 = 400.0;

/// The opinion map of a statement round: open rounds to everyone (it follows the reactions),
/// closed ones to the council until published.
pub async fn page(state: &AppState, ctx: Ctx, m: Municipality, v: ConsultationView) -> Result<Response> {
    let lang = ctx.tr.lang();
    let map = Map::of(&v.consultation);
    let statements = crate::db::statements::of_round(&state.db, v.consultation.id, Some("published")).await?;
    let translations = crate::db::statements::translations(&state.db, v.consultation.id, lang).await?;
    let find = |id: i64| statements.iter().find(|s| s.id == id).map(|s| services::consultations::statements::show(s, &translations, lang));
    let pct = |p: f64| (p * 100.0).round().clamp(0.0, 100.0) as u64;
    let (mut groups, mut common, mut divisive) = (Vec::new(), Vec::new(), Vec::new());
    if let Some(map) = &map {
        let [x0, x1, y0, y1] = map.bounds;
        let scale = (SIDE * 0.8) / (x1 - x0).max(y1 - y0).max(1e-9);
        let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
        for (i, g) in map.groups.iter().enumerate() {
            let ellipse = (
                SIDE / 2.0 + (g.centre[0] - cx) * scale,
                SIDE / 2.0 - (g.centre[1] - cy) * scale,
                (g.spread[0] * scale * 2.0).max(8.0),
                (g.spread[1] * scale * 2.0).max(8.0),
            );
            let representative = g.representative.iter().filter_map(|(s, agree, p)| Some((find(*s)?, *agree, pct(*p)))).take(3).collect();
            groups.push(GroupRow { number: i + 1, size: g.size, ellipse, representative });
        }
        common = map.common_ground.iter().filter_map(|(s, p)| Some((find(*s)?, pct(*p)))).take(5).collect();
        divisive = map.divisive.iter().filter_map(|(s, by)| Some((find(*s)?, by.iter().map(|p| pct(*p)).collect()))).take(5).collect();
    }
    Ok(render(&MapPage { ctx, m, v, map, groups, common, divisive }))
}

#[derive(Template)]
#[template(path = "consultations/statements.html")]
struct ModeratePage {
    ctx: Ctx,
    m: Municipality,
    v: ConsultationView,
    statements: Vec<crate::db::statements::Statement>,
    reasons: [&'static str; 6],
    manager: bool,
    notice: Option<&'static str>,
}

impl ModeratePage {
    fn dir(&self, tag: &str) -> &'static str {
        ContentLanguage::of(tag).dir()
    }
    fn status_id(&self, status: &str) -> &'static str {
        match status {
            "published" => "statement-status-published",
            "rejected" => "statement-status-rejected",
            _ => "statement-status-pending",
        }
    }
}

/// Every statement of a round with its state, for moderators and the council: publish or
/// reject the waiting ones; the council adds its own here.
pub async fn list(
    State(state): State<AppState>,
    SignedIn(user, ctx): SignedIn,
    Path((slug, id)): Path<(String, i64)>,
    crate::web::query::Query(q): crate::web::query::Query<crate::web::ballots::manage::NoticeQuery>,
) -> Result<Response> {
    let m = municipality(&state, &slug).await?;
    let ctx = ctx.for_municipality(&m);
    if !services::consultations::statements::moderates(&state, &user, &m).await? {
        return Err(AppError::Forbidden);
    }
    // Moderators see drafts' statements too: the round is loaded as its council would.
    let c = crate::db::consultations::by_id(&state.db, m.id, id).await?.ok_or(AppError::NotFound)?;
    let texts = crate::db::consultations::texts(&state.db, id).await?;
    let v = services::consultations::assemble(&m, c, texts, Vec::new(), ctx.tr.lang());
    if !v.is_statements() {
        return Err(AppError::NotFound);
    }
    let statements = crate::db::statements::of_round(&state.db, id, None).await?;
    let manager = services::consultations::may_manage(&state, &user, &m).await?;
    let notice = q
        .notice()
        .filter(|n| *n == "consultation-saved" || *n == "statement-added")
        .map(|n| if n == "statement-added" { "statement-added" } else { "consultation-saved" });
    Ok(render(&ModeratePage { ctx, m, v, statements, reasons: services::moderation::DECISION_REASONS, manager, notice }))
}
