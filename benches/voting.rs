//! Counting rules at scale: Schulze on a million ranked ballots, Equal Shares with completion
//! on 100,000 voters and 150 projects and on the Budapest pabulib file.
//!
//! `cargo bench --bench voting` runs criterion. With `CHORUS_BENCH_DUMP=DIR` set it instead
//! writes the generated profiles to `DIR` (for `benches/references.sh`) together with Chorus's
//! own times, and exits.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chorus::voting::rules::{Rule, tally};
use chorus::voting::{Ballots, Candidate, Profile, Weighted};
use criterion::{Criterion, criterion_group, criterion_main};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// `voters` strict rankings of `options` options, uniformly at random (impartial culture), one
/// ballot each.
fn ranked_profile(voters: usize, options: usize) -> Profile {
    let mut rng = StdRng::seed_from_u64(20);
    let mut order: Vec<u32> = (0..options as u32).collect();
    let ballots = (0..voters)
        .map(|_| {
            order.shuffle(&mut rng);
            Weighted { ballot: order.iter().map(|&o| vec![o]).collect(), count: 1 }
        })
        .collect();
    Profile { candidates: candidates(&vec![0; options]), budget: None, ballots: Ballots::Ranked(ballots) }
}

/// A participatory budget: `projects` projects costing 50,000–2,000,000 with popularities
/// spread over a factor of ten, `voters` voters approving 1–10 projects each drawn by
/// popularity, and a budget of a quarter of the total cost.
fn budget_profile(voters: usize, projects: usize) -> Profile {
    let mut rng = StdRng::seed_from_u64(150);
    let costs: Vec<u64> = (0..projects).map(|_| rng.gen_range(50..=2000) * 1000).collect();
    let popularity: Vec<f64> = (0..projects).map(|_| rng.gen_range(0.1..1.0)).collect();
    let total: f64 = popularity.iter().sum();
    let ballots = (0..voters)
        .map(|_| {
            let want = rng.gen_range(1..=10);
            let mut ballot: Vec<u32> = Vec::with_capacity(want);
            while ballot.len() < want {
                let mut x = rng.gen_range(0.0..total);
                let pick = popularity.iter().position(|&p| {
                    x -= p;
                    x < 0.0
                });
                let pick = pick.unwrap_or(projects - 1) as u32;
                if !ballot.contains(&pick) {
                    ballot.push(pick);
                }
            }
            ballot.sort_unstable();
            Weighted { ballot, count: 1 }
        })
        .collect();
    Profile { candidates: candidates(&costs), budget: Some(costs.iter().sum::<u64>() / 4), ballots: Ballots::Approval(ballots) }
}

fn candidates(costs: &[u64]) -> Vec<Candidate> {
    costs.iter().enumerate().map(|(i, &cost)| Candidate { id: (i + 1).to_string(), name: String::new(), cost }).collect()
}

/// The Budapest file, read with a minimal pabulib reader (approval ballots only).
fn budapest() -> Option<Profile> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/pabulib/Hungary_Budapest_2022_VIII_Jozsefvaros.pb");
    let text = std::fs::read_to_string(path).ok()?;
    let (mut section, mut seen_header) = ("", false);
    let (mut budget, mut candidates, mut ballots) = (None, Vec::new(), Vec::new());
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        if let s @ ("META" | "PROJECTS" | "VOTES") = line.trim() {
            (section, seen_header) = (s, false);
            continue;
        }
        if !std::mem::replace(&mut seen_header, true) {
            continue;
        }
        let f: Vec<&str> = line.split(';').collect();
        match (section, f.as_slice()) {
            ("META", ["budget", v, ..]) => budget = v.parse().ok(),
            ("PROJECTS", [id, cost, ..]) => {
                candidates.push(Candidate { id: id.to_string(), name: String::new(), cost: cost.parse().ok()? })
            }
            ("VOTES", [_, vote, ..]) => {
                let index = |id: &str| candidates.iter().position(|c: &Candidate| c.id == id).map(|i| i as u32);
                let mut ballot: Vec<u32> = vote.split(',').filter_map(index).collect();
                ballot.sort_unstable();
                ballots.push(Weighted { ballot, count: 1 });
            }
            _ => {}
        }
    }
    Some(Profile { candidates, budget, ballots: Ballots::Approval(ballots) })
}

fn run(profile: &Profile, rule: Rule) -> usize {
    tally(profile, rule).map(|o| o.winners().len()).unwrap_or(0)
}

fn benches(c: &mut Criterion) {
    let schulze = ranked_profile(1_000_000, 20);
    let mut group = c.benchmark_group("voting");
    group.sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(1));
    group.bench_function("schulze 1M ballots x 20 options", |b| b.iter(|| run(black_box(&schulze), Rule::Schulze)));
    drop(schulze);
    let shares = budget_profile(100_000, 150);
    group.bench_function("equal shares + completion 100k voters x 150 projects", |b| b.iter(|| run(black_box(&shares), Rule::EqualShares)));
    group.bench_function("equal shares 100k voters x 150 projects", |b| b.iter(|| run(black_box(&shares), Rule::EqualSharesNoCompletion)));
    if let Some(budapest) = budapest() {
        group.bench_function("equal shares + completion Budapest", |b| b.iter(|| run(black_box(&budapest), Rule::EqualShares)));
    }
    group.finish();
}

/// The median of `runs` timed runs, in seconds.
fn time(profile: &Profile, rule: Rule, runs: usize) -> f64 {
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            black_box(run(profile, rule));
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times.get(times.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Writes the generated profiles and Chorus's times for `benches/references.sh`.
fn dump(dir: &str, schulze_voters: usize) -> std::io::Result<()> {
    use std::io::Write;
    let dir = std::path::Path::new(dir);
    std::fs::create_dir_all(dir)?;
    let schulze = ranked_profile(schulze_voters, 20);
    let mut out = std::io::BufWriter::new(std::fs::File::create(dir.join("ranked.txt"))?);
    if let Ballots::Ranked(ballots) = &schulze.ballots {
        for b in ballots {
            let order: Vec<String> = b.ballot.iter().flatten().map(u32::to_string).collect();
            writeln!(out, "{}", order.join(","))?;
        }
    }
    out.flush()?;
    let shares = budget_profile(100_000, 150);
    let mut out = std::io::BufWriter::new(std::fs::File::create(dir.join("budget.pb"))?);
    let (Ballots::Approval(ballots), Some(budget)) = (&shares.ballots, shares.budget) else { return Ok(()) };
    writeln!(
        out,
        "META\nkey;value\nnum_projects;{}\nnum_votes;{}\nbudget;{budget}\nvote_type;approval",
        shares.candidates.len(),
        ballots.len()
    )?;
    writeln!(out, "PROJECTS\nproject_id;cost")?;
    for c in &shares.candidates {
        writeln!(out, "{};{}", c.id, c.cost)?;
    }
    writeln!(out, "VOTES\nvoter_id;vote")?;
    for (i, b) in ballots.iter().enumerate() {
        let ids: Vec<&str> = b.ballot.iter().map(|&o| shares.candidates[o as usize].id.as_str()).collect();
        writeln!(out, "{i};{}", ids.join(","))?;
    }
    out.flush()?;
    let budapest = budapest().map(|p| time(&p, Rule::EqualShares, 5)).unwrap_or(f64::NAN);
    let times = format!(
        "schulze {}\nequal-shares-no-completion {}\nequal-shares {}\nequal-shares-budapest {}\n",
        time(&schulze, Rule::Schulze, 5),
        time(&shares, Rule::EqualSharesNoCompletion, 5),
        time(&shares, Rule::EqualShares, 1),
        budapest,
    );
    std::fs::write(dir.join("chorus_times.txt"), times)
}

fn main() {
    if let Ok(dir) = std::env::var("CHORUS_BENCH_DUMP") {
        let voters = std::env::var("CHORUS_BENCH_RANKED").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
        if let Err(e) = dump(&dir, voters) {
            eprintln!("could not write the profiles to {dir}: {e}");
            std::process::exit(1);
        }
        return;
    }
    criterion_main!(voting);
    main();
}

criterion_group!(voting, benches);
