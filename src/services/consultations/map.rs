//! The opinion-group map of a statement round, recomputed in the background as reactions
//! arrive (never on a page request): every server looks for rounds whose reactions changed
//! since their last analysis on the closing task's tick, runs `opinion::analyse` on a blocking
//! thread, and stores what the pages show. The stored map holds groups (size, centre and
//! spread on the map, representative statements), common ground, divisive statements and each
//! statement's priority — never a participant, nor their place on the map.

use crate::{
    db,
    domain::consultation::Consultation,
    opinion::{self, Params, Reactions},
    state::AppState,
};

/// The priority of a statement newer than the latest analysis (no reactions yet: see
/// `opinion::priorities`).
pub const NEW_PRIORITY: f64 = 2.0;

/// One opinion group as stored.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GroupView {
    /// Members (never fewer than 5: smaller groups are not formed).
    pub size: u64,
    /// Its centre on the map.
    pub centre: [f64; 2],
    /// The standard deviation of its members along each axis.
    pub spread: [f64; 2],
    /// Statements that set it apart: `(statement id, agrees, share agreeing or disagreeing)`.
    pub representative: Vec<(i64, bool, f64)>,
}

/// A round's analysis as stored in `consultations.results`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Map {
    /// People who reacted at all.
    pub participants: u64,
    /// People on the map (enough reactions).
    pub mapped: u64,
    /// The extent of the map: min x, max x, min y, max y.
    pub bounds: [f64; 4],
    /// Share of the variation each axis explains.
    pub explained: [f64; 2],
    /// Groups, largest first.
    pub groups: Vec<GroupView>,
    /// Statements every group agrees with: `(statement id, lowest share agreeing)`.
    pub common_ground: Vec<(i64, f64)>,
    /// The most divisive: `(statement id, share agreeing in each group)`.
    pub divisive: Vec<(i64, Vec<f64>)>,
    /// Each statement's priority for who sees it next.
    pub priorities: Vec<(i64, f64)>,
}

impl Map {
    /// The stored map of a round, if it has been computed.
    pub fn of(c: &Consultation) -> Option<Map> {
        c.results.as_deref().and_then(|r| serde_json::from_str(r).ok())
    }

    /// A statement's priority in this analysis.
    pub fn priority(&self, statement: i64) -> Option<f64> {
        self.priorities.iter().find(|(id, _)| *id == statement).map(|(_, p)| *p)
    }
}

/// Computes the map from `(participant, statement, vote)` reactions (participants and
/// statements by id, any order).
pub fn compute(reactions: &[(i64, i64, i8)]) -> Map {
    let mut people: Vec<i64> = reactions.iter().map(|r| r.0).collect();
    people.sort_unstable();
    people.dedup();
    let mut statements: Vec<i64> = reactions.iter().map(|r| r.1).collect();
    statements.sort_unstable();
    statements.dedup();
    let entries = reactions
        .iter()
        .filter_map(|(p, s, v)| Some((people.binary_search(p).ok()? as u32, statements.binary_search(s).ok()? as u32, *v)))
        .collect();
    let Ok(r) = Reactions::new(people.len(), statements.len(), entries) else { return Map::default() };
    let a = opinion::analyse(&r, &Params::default());
    let priorities = opinion::priorities(&r, &a);
    let sid = |i: u32| statements.get(i as usize).copied().unwrap_or_default();
    let place = |p: u32| a.included.iter().position(|x| *x == p).and_then(|i| a.coordinates.get(i));
    let groups = a
        .groups
        .iter()
        .map(|g| {
            let pts: Vec<[f64; 2]> = g.members.iter().filter_map(|p| place(*p).copied()).collect();
            let n = pts.len().max(1) as f64;
            let centre = [pts.iter().map(|p| p[0]).sum::<f64>() / n, pts.iter().map(|p| p[1]).sum::<f64>() / n];
            let sd = |k: usize| (pts.iter().map(|p| (p[k] - centre[k]).powi(2)).sum::<f64>() / n).sqrt();
            GroupView {
                size: g.size as u64,
                centre,
                spread: [sd(0), sd(1)],
                representative: g
                    .representative
                    .iter()
                    .map(|x| (sid(x.statement), x.direction == opinion::Direction::Agree, x.probability))
                    .collect(),
            }
        })
        .collect();
    let xs = a.coordinates.iter().map(|p| p[0]);
    let ys = a.coordinates.iter().map(|p| p[1]);
    let bounds = [xs.clone().fold(0.0, f64::min), xs.fold(0.0, f64::max), ys.clone().fold(0.0, f64::min), ys.fold(0.0, f64::max)];
    Map {
        participants: people.len() as u64,
        mapped: a.included.len() as u64,
        bounds,
        explained: a.explained_variance_ratio,
        groups,
        common_ground: a.common_ground.iter().map(|c| (sid(c.statement), c.min_agree)).collect(),
        divisive: a.divisive.iter().map(|d| (sid(d.statement), d.agree_by_group.clone())).collect(),
        priorities: priorities.iter().enumerate().map(|(i, p)| (sid(i as u32), *p)).collect(),
    }
}

/// Recomputes the map of every round whose reactions changed since its last analysis.
pub async fn analyse_due(state: &AppState) -> anyhow::Result<()> {
    for (id, count) in db::statements::needing_analysis(&state.db).await? {
        let reactions = db::statements::matrix(&state.db, id).await?;
        let map = tokio::task::spawn_blocking(move || compute(&reactions)).await?;
        let json = serde_json::to_string(&map)?;
        db::statements::store_analysis(&state.db, id, &json, count, map.participants as i64).await?;
        tracing::debug!(consultation.id = id, "opinion map recomputed");
    }
    Ok(())
}
