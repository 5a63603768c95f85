//! Opinion groups of a statement round, computed as Polis does: participants write short
//! statements and react to each other's (agree, disagree or pass); the analysis maps the
//! participants by how they reacted, finds groups of like-minded participants, and says what
//! sets each group apart, what they all share, and what divides them. Pure computation with
//! no database, like [`crate::voting`], so that the portal and `chorus opinion` share one
//! implementation and anyone can recompute a published map.
//!
//! The steps of [`analyse`]:
//!
//! 1. **Who is mapped.** Participants who reacted to fewer than `min(7, statements)`
//!    statements (passes count) are left out of the map and the groups, as in Polis: too few
//!    reactions place a person nowhere in particular.
//! 2. **The map**: principal component analysis of the included participants'
//!    reactions (agree +1, disagree -1, pass or unseen 0, each statement centred on its
//!    mean): their coordinates on the two directions of greatest variance, as scikit-learn's
//!    `PCA(n_components=2).fit_transform` gives them (up to the sign of each axis).
//! 3. **The groups**: k-means++ with Lloyd's iterations on the
//!    map for each k of `k_range`, keeping the k with the best mean silhouette among those
//!    whose smallest group has at least `min_group` members (smaller groups are never shown).
//!    When no k qualifies there are no groups.
//! 4. **What they think**: per group, its representative statements (Polis's
//!    repness); across groups, the common ground and the most divisive statements.
//!
//! [`priorities`] then orders the statements for the next participant.

mod kmeans;
mod pca;
pub mod priority;
pub mod reactions;
pub mod repness;
mod silhouette;
pub mod stats;

pub mod cli;
pub mod csv;
pub mod planted;

use std::ops::RangeInclusive;

use serde::Serialize;

pub use priority::{NEW_BELOW, priorities};
pub use reactions::{AGREE, DISAGREE, PASS, Reactions, ReactionsError};
pub use repness::{CommonGround, Direction, Divisive, Representative};
pub use stats::Totals;

/// The settings of [`analyse`]. The defaults are Polis's where it has one.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Participants with fewer reactions than `min(min_reactions, statements)` (and at least
    /// one) are left out of the map and the groups. Default 7.
    pub min_reactions: usize,
    /// The numbers of groups tried. Default `2..=5`.
    pub k_range: RangeInclusive<usize>,
    /// A number of groups whose smallest group has fewer members is not chosen. Default 5.
    pub min_group: usize,
    /// Seeds k-means and the silhouette sample: the same reactions and seed give the same
    /// result. Default 0.
    pub seed: u64,
    /// k-means runs per k, from different seeds; the one of least inertia is kept. Default 10.
    pub restarts: usize,
    /// At most this many representative statements per group. Default 5.
    pub max_representative: usize,
    /// Common ground: every group's smoothed agree probability is at least this. Default 0.6.
    pub common_ground: f64,
    /// Divisive: the groups' agree probabilities spread by at least this. Default 0.3.
    pub divisive: f64,
    /// Common ground and divisive statements need this many reactions in every group.
    /// Default 5.
    pub min_seen: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            min_reactions: 7,
            k_range: 2..=5,
            min_group: 5,
            seed: 0,
            restarts: 10,
            max_representative: 5,
            common_ground: 0.6,
            divisive: 0.3,
            min_seen: 5,
        }
    }
}

/// The result of [`analyse`]. Participants and statements are indices into the
/// [`Reactions`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Analysis {
    /// The participants on the map, ascending.
    pub included: Vec<u32>,
    /// Each included participant's `[x, y]` on the map, in the order of `included`.
    pub coordinates: Vec<[f64; 2]>,
    /// The share of the variance along each axis of the map.
    pub explained_variance_ratio: [f64; 2],
    /// Each number of groups tried, in the order of `k_range`.
    pub silhouettes: Vec<KScore>,
    /// The number of groups chosen, if any qualified.
    pub k: Option<usize>,
    /// The groups, largest first (then by their first member); empty without a chosen k.
    pub groups: Vec<Group>,
    /// Statements every group agrees with, most agreed first (with no groups: everyone
    /// counted as one group).
    pub common_ground: Vec<CommonGround>,
    /// Statements the groups differ on most, widest spread first (none without groups).
    pub divisive: Vec<Divisive>,
    /// Every statement's reactions, over all participants, by statement index.
    pub totals: Vec<Totals>,
}

/// How well one number of groups fits the map.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KScore {
    /// The number of groups.
    pub k: usize,
    /// The mean silhouette coefficient, when defined (at least two non-empty groups and
    /// more points than groups).
    pub silhouette: Option<f64>,
    /// The size of the smallest group (0 when k-means could not run: fewer points than k).
    pub smallest: usize,
    /// Whether this k could be chosen: a silhouette, and no group below `min_group`.
    pub eligible: bool,
}

/// One opinion group.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    /// Its members (participant indices), ascending.
    pub members: Vec<u32>,
    /// The number of members.
    pub size: usize,
    /// The statements that set it apart, best first (see [`repness`]).
    pub representative: Vec<Representative>,
}

/// Maps the participants, finds the opinion groups and what they think: see the module
/// documentation for the steps.
pub fn analyse(r: &Reactions, p: &Params) -> Analysis {
    let counts = r.reactions_per_participant();
    let needed = p.min_reactions.min(r.statements()).max(1);
    let included: Vec<u32> = (0u32..).zip(&counts).filter(|(_, c)| **c >= needed).map(|(i, _)| i).collect();
    let rows = rows_of(r, &included);
    let projection = pca::project(&rows, r.statements());
    let points = projection.coordinates;

    let mut silhouettes = Vec::new();
    let mut best: Option<(f64, usize, Vec<usize>)> = None;
    for k in p.k_range.clone() {
        if k == 0 || k > points.len() {
            silhouettes.push(KScore { k, silhouette: None, smallest: 0, eligible: false });
            continue;
        }
        // A seed per k, so that adding a k to the range does not change the others.
        let seed = p.seed ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let clustering = kmeans::kmeans(&points, k, p.restarts, seed);
        let mut sizes = vec![0usize; k];
        clustering.labels.iter().for_each(|&l| sizes[l] += 1);
        let smallest = sizes.iter().copied().min().unwrap_or(0);
        let silhouette = silhouette::mean_silhouette(&points, &clustering.labels, k, seed);
        let eligible = silhouette.is_some() && smallest >= p.min_group;
        if let (true, Some(s)) = (eligible, silhouette)
            && best.as_ref().is_none_or(|b| s > b.0)
        {
            best = Some((s, k, clustering.labels));
        }
        silhouettes.push(KScore { k, silhouette, smallest, eligible });
    }

    let (k, labels) = match best {
        Some((_, k, labels)) => (Some(k), labels),
        None => (None, Vec::new()),
    };
    let members = members_by_group(&included, &labels, k.unwrap_or(0));
    let mut group_of = vec![None; r.participants()];
    for (g, m) in members.iter().enumerate() {
        m.iter().for_each(|&i| group_of[i as usize] = Some(g));
    }
    let totals = stats::totals(r);
    let by_group = stats::by_group(r, &group_of, members.len());
    let groups = members
        .into_iter()
        .enumerate()
        .map(|(g, members)| Group {
            size: members.len(),
            representative: repness::representative(&by_group, g, p.max_representative),
            members,
        })
        .collect();
    // Without groups, the common ground is what everyone agrees with.
    let everyone = [totals.clone()];
    let shared = if k.is_some() { &by_group[..] } else { &everyone[..] };
    Analysis {
        included,
        coordinates: points,
        explained_variance_ratio: projection.explained_variance_ratio,
        silhouettes,
        k,
        groups,
        common_ground: repness::common_ground(shared, p.common_ground, p.min_seen),
        divisive: repness::divisive(&by_group, p.divisive, p.min_seen),
        totals,
    }
}

/// The reactions of each of `included` (ascending), as runs of [`Reactions::entries`].
fn rows_of<'a>(r: &'a Reactions, included: &[u32]) -> Vec<&'a [(u32, u32, i8)]> {
    let entries = r.entries();
    included
        .iter()
        .map(|&p| {
            let start = entries.partition_point(|e| e.0 < p);
            let end = entries.partition_point(|e| e.0 <= p);
            &entries[start..end]
        })
        .collect()
}

/// The members of each group, largest group first, then by first member; members ascending.
fn members_by_group(included: &[u32], labels: &[usize], k: usize) -> Vec<Vec<u32>> {
    let mut groups = vec![Vec::new(); k];
    for (&p, &l) in included.iter().zip(labels) {
        groups[l].push(p);
    }
    groups.retain(|g| !g.is_empty());
    groups.sort_by(|a, b| b.len().cmp(&a.len()).then(a.first().cmp(&b.first())));
    groups
}

#[cfg(test)]
mod tests;
