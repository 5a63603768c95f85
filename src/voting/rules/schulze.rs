//! Schulze (beat path), as pref_voting's `beat_path`: pairwise counts, the widest paths by
//! Floyd–Warshall, the options no one beats by path, and a full order by number of options
//! beaten.

use serde::{Deserialize, Serialize};

use crate::voting::{Ballots, Profile};

/// What a pairwise defeat weighs as a link of a path.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Strength {
    /// `d[i][j] − d[j][i]` where positive (pref_voting's default for `beat_path`).
    Margin,
    /// `d[i][j]` where `d[i][j] > d[j][i]`.
    WinningVotes,
}

/// The Schulze count and its explanation.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct SchulzeOutcome {
    /// The link strength used.
    pub strength: Strength,
    /// `pairwise[i][j]`: voters who strictly prefer option `i` to option `j`.
    pub pairwise: Vec<Vec<u64>>,
    /// `strongest_paths[i][j]`: strength of the strongest path from `i` to `j` (0: no path).
    pub strongest_paths: Vec<Vec<u64>>,
    /// The options that no option beats by path (`p[j][i] > p[i][j]` for no `j`), in option
    /// order.
    pub winners: Vec<u32>,
    /// `beats[i]`: how many options `i` beats by path.
    pub beats: Vec<u32>,
    /// Every option by number of options beaten (most first); ties keep option order.
    pub order: Vec<u32>,
    /// Number of voters.
    pub voters: u64,
}

/// Schulze on ranked ballots, or approval ballots read as two tiers (approved, the rest).
/// `None` for points ballots.
pub(super) fn schulze(profile: &Profile, strength: Strength) -> Option<SchulzeOutcome> {
    let m = profile.candidates.len();
    let d = pairwise(profile)?;
    let mut p = vec![0u64; m * m];
    for i in 0..m {
        for j in 0..m {
            let (dij, dji) = (d[i * m + j], d[j * m + i]);
            if i != j && dij > dji {
                p[i * m + j] = match strength {
                    Strength::Margin => dij - dji,
                    Strength::WinningVotes => dij,
                };
            }
        }
    }
    widest_paths(&mut p, m);
    let beats: Vec<u32> = (0..m).map(|i| (0..m).filter(|&j| p[i * m + j] > p[j * m + i]).count() as u32).collect();
    let winners = (0..m).filter(|&i| (0..m).all(|j| p[j * m + i] <= p[i * m + j])).map(|i| i as u32).collect();
    let mut order: Vec<u32> = (0..m as u32).collect();
    order.sort_by_key(|&o| std::cmp::Reverse(beats[o as usize]));
    Some(SchulzeOutcome {
        strength,
        pairwise: d.chunks(m.max(1)).map(<[u64]>::to_vec).take(m).collect(),
        strongest_paths: p.chunks(m.max(1)).map(<[u64]>::to_vec).take(m).collect(),
        winners,
        beats,
        order,
        voters: profile.voters(),
    })
}

/// The pairwise matrix, flat (`d[i * m + j]`): voters strictly preferring `i` to `j`. Options a
/// ballot leaves unranked are below its ranked ones and tied among themselves.
pub(super) fn pairwise(profile: &Profile) -> Option<Vec<u64>> {
    let m = profile.candidates.len();
    let mut d = vec![0u64; m * m];
    // Reused across ballots: the options in ballot order and each one's tier (unranked
    // options share the tier after the last), and a stamp telling ranked options apart.
    let mut order: Vec<(u32, u32)> = Vec::with_capacity(m);
    let mut stamp = vec![usize::MAX; m];
    let mut add_ballot = |index: usize, tiers: &mut dyn Iterator<Item = &[u32]>, count: u64| {
        order.clear();
        let mut tier = 0u32;
        for options in tiers {
            if options.is_empty() {
                continue;
            }
            for &o in options {
                order.push((o, tier));
                stamp[o as usize] = index;
            }
            tier += 1;
        }
        order.extend((0..m).filter(|&o| stamp[o] != index).map(|o| (o as u32, tier)));
        // Tiers are contiguous in `order`: each option beats everything after its own tier.
        let mut next_tier = 0;
        for (p, &(x, tx)) in order.iter().enumerate() {
            if p == next_tier {
                next_tier = order.iter().skip(p).position(|&(_, t)| t != tx).map_or(order.len(), |n| p + n);
            }
            let row = &mut d[x as usize * m..(x as usize + 1) * m];
            for &(y, _) in order.iter().skip(next_tier) {
                row[y as usize] = row[y as usize].saturating_add(count);
            }
        }
    };
    match &profile.ballots {
        Ballots::Ranked(ballots) => {
            for (i, b) in ballots.iter().enumerate() {
                add_ballot(i, &mut b.ballot.iter().map(Vec::as_slice), b.count);
            }
        }
        Ballots::Approval(ballots) => {
            for (i, b) in ballots.iter().enumerate() {
                add_ballot(i, &mut std::iter::once(b.ballot.as_slice()), b.count);
            }
        }
        Ballots::Points(_) => return None,
    }
    Some(d)
}

/// Floyd–Warshall for widest paths: `p[i][j] = max(p[i][j], min(p[i][k], p[k][j]))`.
fn widest_paths(p: &mut [u64], m: usize) {
    for k in 0..m {
        for i in (0..m).filter(|&i| i != k) {
            let pik = p[i * m + k];
            if pik == 0 {
                continue;
            }
            for j in (0..m).filter(|&j| j != i && j != k) {
                let via = pik.min(p[k * m + j]);
                if via > p[i * m + j] {
                    p[i * m + j] = via;
                }
            }
        }
    }
}
