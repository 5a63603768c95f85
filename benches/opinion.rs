//! Opinion groups at scale: `analyse` on 10,000 participants × 1,000 statements in three
//! planted groups, once with each participant reacting to about 100 statements and once with
//! everyone reacting to every statement; and the map alone (no k tried) on the dense round,
//! to tell the PCA's share of the time from the clustering's.
//!
//! `cargo bench --bench opinion`.

use std::hint::black_box;
use std::time::Duration;

use chorus::opinion::planted::{Plan, Planted};
use chorus::opinion::{Params, analyse};
use criterion::{Criterion, criterion_group, criterion_main};

/// Three groups of 4,000, 3,500 and 2,500 with 40 statements each, 20 common-ground and 860
/// neutral statements; each statement seen with probability `seen`.
fn round(seen: f64) -> Planted {
    Plan { group_sizes: vec![4000, 3500, 2500], own: 40, common: 20, neutral: 860, seen, pass: 0.1, noise: 0.1, few: 0, seed: 3 }.generate()
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("opinion");
    group.sample_size(10).measurement_time(Duration::from_secs(20)).warm_up_time(Duration::from_secs(2));
    let sparse = round(0.1);
    group.bench_function("analyse 10k x 1k, ~100 reactions each", |b| b.iter(|| analyse(black_box(&sparse.reactions), &Params::default())));
    drop(sparse);
    let dense = round(1.0);
    group.bench_function("analyse 10k x 1k, every reaction", |b| b.iter(|| analyse(black_box(&dense.reactions), &Params::default())));
    #[expect(clippy::reversed_empty_ranges, reason = "no k at all: the map alone")]
    let map_only = Params { k_range: 1..=0, ..Params::default() };
    group.bench_function("map only 10k x 1k, every reaction", |b| b.iter(|| analyse(black_box(&dense.reactions), &map_only)));
    group.finish();
}

criterion_group!(opinion, benches);
criterion_main!(opinion);
