//! Rounds with known answers, for tests, benchmarks and demonstrations: participants in
//! planted groups, each group agreeing with statements of its own that the other groups
//! reject, every group agreeing with some common-ground statements, the rest a coin toss,
//! with noise, passes, unseen statements and some participants who reacted too little to be
//! mapped.

use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use super::reactions::{AGREE, DISAGREE, PASS, Reactions};

/// What to plant. Statements are numbered: first each group's own (`own` per group, group
/// 0's first), then the common ground (`common`), then the neutral ones (`neutral`).
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The number of members of each group.
    pub group_sizes: Vec<usize>,
    /// Statements of each group: its members agree, everyone else disagrees.
    pub own: usize,
    /// Statements everyone agrees with.
    pub common: usize,
    /// Statements each participant agrees or disagrees with at random, half and half.
    pub neutral: usize,
    /// The probability that a participant has seen a given statement (1 = everyone reacts to
    /// everything).
    pub seen: f64,
    /// The probability that a reaction is a pass.
    pub pass: f64,
    /// The probability that a reaction that is not a pass is a coin toss instead of the
    /// planted opinion.
    pub noise: f64,
    /// Extra participants, in no group, with between 1 and 6 reactions (fewer than the 7 that
    /// a participant needs to be mapped, when there are more than 6 statements).
    pub few: usize,
    /// Seeds every random choice.
    pub seed: u64,
}

/// A generated round and the answers planted in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Planted {
    /// The reactions.
    pub reactions: Reactions,
    /// Each participant's planted group; `None` for the extra participants with few
    /// reactions.
    pub group_of: Vec<Option<usize>>,
    /// Each group's own statements.
    pub own: Vec<Vec<u32>>,
    /// The common-ground statements.
    pub common: Vec<u32>,
}

impl Plan {
    /// The number of statements.
    pub fn statements(&self) -> usize {
        self.group_sizes.len() * self.own + self.common + self.neutral
    }

    /// Generates the round.
    pub fn generate(&self) -> Planted {
        let mut rng = StdRng::seed_from_u64(self.seed);
        let groups = self.group_sizes.len();
        let statements = self.statements();
        let mut group_of: Vec<Option<usize>> =
            self.group_sizes.iter().enumerate().flat_map(|(g, &n)| std::iter::repeat_n(Some(g), n)).collect();
        // Members of a group are spread over the participant numbers, as in a real round.
        group_of.shuffle(&mut rng);
        group_of.extend(std::iter::repeat_n(None, self.few));
        let own: Vec<Vec<u32>> = (0..groups).map(|g| ((g * self.own) as u32..((g + 1) * self.own) as u32).collect()).collect();
        let common: Vec<u32> = ((groups * self.own) as u32..(groups * self.own + self.common) as u32).collect();
        let mut entries = Vec::new();
        for (p, &group) in group_of.iter().enumerate() {
            let seen: Vec<usize> = match group {
                Some(_) => (0..statements).filter(|_| rng.gen_bool(self.seen.clamp(0.0, 1.0))).collect(),
                None => {
                    let few = rng.gen_range(1..=6.min(statements.max(1)));
                    rand::seq::index::sample(&mut rng, statements, few.min(statements)).into_vec()
                }
            };
            // The few-reaction participants hold the opinions of a group drawn at random.
            let opinion = group.unwrap_or_else(|| rng.gen_range(0..groups.max(1)));
            for s in seen {
                let planted = if s < groups * self.own {
                    if s / self.own == opinion { AGREE } else { DISAGREE }
                } else if s < groups * self.own + self.common {
                    AGREE
                } else {
                    coin(&mut rng)
                };
                let vote = if rng.gen_bool(self.pass.clamp(0.0, 1.0)) {
                    PASS
                } else if rng.gen_bool(self.noise.clamp(0.0, 1.0)) {
                    coin(&mut rng)
                } else {
                    planted
                };
                entries.push((p as u32, s as u32, vote));
            }
        }
        let reactions = Reactions::new(group_of.len(), statements, entries).expect("generated indices and votes are valid");
        Planted { reactions, group_of, own, common }
    }
}

fn coin(rng: &mut StdRng) -> i8 {
    if rng.gen_bool(0.5) { AGREE } else { DISAGREE }
}

impl Planted {
    /// The round as `chorus opinion` reads it: a `participant,statement,vote` CSV with ids
    /// `p0, p1, …` and `s0, s1, …`.
    pub fn to_csv(&self) -> String {
        let mut out = String::from("participant,statement,vote\n");
        for &(p, s, v) in self.reactions.entries() {
            out.push_str(&format!("p{p},s{s},{v}\n"));
        }
        out
    }
}

/// The adjusted Rand index of two labellings of the same items (Hubert & Arabie 1985): 1 when
/// they group the items identically (whatever the label names), about 0 for unrelated ones.
pub fn adjusted_rand_index(a: &[usize], b: &[usize]) -> f64 {
    assert_eq!(a.len(), b.len(), "two labellings of the same items");
    let pairs = |n: usize| (n * n.saturating_sub(1) / 2) as f64;
    let (ka, kb) = (a.iter().max().map_or(0, |m| m + 1), b.iter().max().map_or(0, |m| m + 1));
    let mut table = vec![vec![0usize; kb]; ka];
    for (&x, &y) in a.iter().zip(b) {
        table[x][y] += 1;
    }
    let index: f64 = table.iter().flatten().map(|&n| pairs(n)).sum();
    let rows: f64 = table.iter().map(|r| pairs(r.iter().sum())).sum();
    let cols: f64 = (0..kb).map(|j| pairs(table.iter().map(|r| r[j]).sum())).sum();
    let expected = rows * cols / pairs(a.len()).max(1.0);
    let max = (rows + cols) / 2.0;
    if max == expected { 1.0 } else { (index - expected) / (max - expected) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_numbers_the_statements_by_kind_and_keeps_the_few_reaction_participants_last() {
        let plan = Plan { group_sizes: vec![3, 2], own: 2, common: 1, neutral: 3, seen: 1.0, pass: 0.0, noise: 0.0, few: 2, seed: 1 };
        let planted = plan.generate();
        assert_eq!(planted.own, [vec![0, 1], vec![2, 3]]);
        assert_eq!(planted.common, [4]);
        assert_eq!(planted.reactions.statements(), 8);
        assert_eq!(&planted.group_of[5..], [None, None]);
        // Without noise, a member of group 0 agrees with 0 and 1, rejects 2 and 3, agrees with 4.
        let member = planted.group_of.iter().position(|g| *g == Some(0)).expect("a member") as u32;
        let votes: Vec<i8> = planted.reactions.entries().iter().filter(|e| e.0 == member && e.1 < 5).map(|e| e.2).collect();
        assert_eq!(votes, [AGREE, AGREE, DISAGREE, DISAGREE, AGREE]);
        assert!(planted.to_csv().starts_with("participant,statement,vote\np0,s0,"));
    }

    #[test]
    fn the_adjusted_rand_index_ignores_label_names_and_penalises_mixing() {
        assert_eq!(adjusted_rand_index(&[0, 0, 1, 1, 2], &[2, 2, 0, 0, 1]), 1.0);
        assert!(adjusted_rand_index(&[0, 0, 1, 1], &[0, 1, 0, 1]) < 0.0);
        let close = adjusted_rand_index(&[0, 0, 0, 1, 1, 1], &[0, 0, 1, 1, 1, 1]);
        assert!(close > 0.0 && close < 1.0, "{close}");
    }
}
