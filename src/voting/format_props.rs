//! Properties of both file formats: the readers never panic, whatever they are given (any
//! text, or a valid file mutated), and writing a profile then reading it gives it back.

use super::pabulib::PbFile;
use super::preflib::write as write_preflib;
use super::{Ballots, Candidate, Profile, Weighted, preflib};
use proptest::prelude::*;

/// A published file to mutate (small enough for many cases a second).
fn assen() -> &'static str {
    include_str!("../../tests/data/pabulib/Netherlands_Assen_2024.pb")
}

const TOI: &str = "# TITLE: t\n# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 4\n# NUMBER VOTERS: 6\n# NUMBER UNIQUE ORDERS: 3\n\
# ALTERNATIVE NAME 1: a\n# ALTERNATIVE NAME 2: b\n# ALTERNATIVE NAME 3: c\n# ALTERNATIVE NAME 4: d\n3: 1,{3,2},4\n2: 4\n1: {4,1}\n";

/// One edit of a file: at a position (taken modulo its length), delete some characters and
/// insert others drawn from the characters that mean something in the formats.
fn edits() -> impl Strategy<Value = Vec<(usize, usize, String)>> {
    prop::collection::vec((any::<usize>(), 0usize..8, "[;,:\"{}#\\n0-9a-z \u{feff}-]{0,6}"), 1..6)
}

fn mutate(text: &str, edits: &[(usize, usize, String)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, delete, insert) in edits {
        let at = at % (chars.len() + 1);
        let end = (at + delete).min(chars.len());
        chars.splice(at..end, insert.chars());
    }
    chars.into_iter().collect()
}

/// Ids that pabulib can write: distinct, no comma, no spaces around, not "none".
fn candidates(max: usize) -> impl Strategy<Value = Vec<Candidate>> {
    prop::collection::vec(("[a-z0-9]{0,3}", "[A-Za-z0-9;\"é]([A-Za-z0-9 ;\"é\\n]{0,10}[A-Za-z0-9;\"é])?|", any::<u64>()), 0..max)
        .prop_map(|cs| (1..).zip(cs).map(|(i, (id, name, cost))| Candidate { id: format!("{id}{i}"), name, cost }).collect::<Vec<_>>())
}

/// A subset of `0..n` in ascending order.
fn subset(n: usize) -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(any::<bool>(), n).prop_map(|keep| (0u32..).zip(keep).filter(|(_, k)| *k).map(|(i, _)| i).collect())
}

/// Some of `0..n` in a random order, cut into tiers (single ones when `strict`).
fn ranking(n: usize, strict: bool) -> impl Strategy<Value = Vec<Vec<u32>>> {
    let order = Just((0..n as u32).collect::<Vec<_>>()).prop_shuffle();
    (order, 0..=n, prop::collection::vec(any::<bool>(), n)).prop_map(move |(order, len, cuts)| {
        let mut tiers: Vec<Vec<u32>> = Vec::new();
        for (k, &o) in order[..len].iter().enumerate() {
            match tiers.last_mut() {
                Some(tier) if !strict && !cuts[k] => tier.push(o),
                _ => tiers.push(vec![o]),
            }
        }
        tiers.iter_mut().for_each(|t| t.sort_unstable());
        tiers
    })
}

/// A ballot of one voter.
fn one<T>(ballot: T) -> Weighted<T> {
    Weighted { ballot, count: 1 }
}

/// A profile pabulib can hold: any kind of ballot (strict rankings), one voter each.
fn pb_profile() -> impl Strategy<Value = Profile> {
    (candidates(8), prop::option::of(any::<u64>()), 0..3u8).prop_flat_map(|(candidates, budget, kind)| {
        let n = candidates.len();
        let ballots = match kind {
            0 => prop::collection::vec(subset(n).prop_map(one), 0..6).prop_map(Ballots::Approval).boxed(),
            1 => prop::collection::vec(
                (subset(n), prop::collection::vec(1..u64::MAX, n))
                    .prop_map(move |(set, points)| one(set.iter().map(|&o| (o, points[o as usize])).collect())),
                0..6,
            )
            .prop_map(Ballots::Points)
            .boxed(),
            _ => prop::collection::vec(ranking(n, true).prop_map(one), 0..6).prop_map(Ballots::Ranked).boxed(),
        };
        (Just(candidates), Just(budget), ballots).prop_map(|(candidates, budget, ballots)| Profile { candidates, budget, ballots })
    })
}

/// A ranked profile as PrefLib reads it: ids 1..n, one-line names, distinct ballots.
fn preflib_profile() -> impl Strategy<Value = Profile> {
    (0..7usize, prop::collection::vec("[A-Za-z0-9:{}#,]([A-Za-z0-9 :{}#,]{0,8}[A-Za-z0-9:{}#,])?|", 7)).prop_flat_map(|(n, names)| {
        let candidates: Vec<Candidate> = (1..=n).zip(names).map(|(i, name)| Candidate { id: i.to_string(), name, cost: 0 }).collect();
        let ballots = prop::collection::vec((ranking(n, false), 1..1000u64), 0..8).prop_map(|bs| {
            let mut distinct: Vec<Weighted<Vec<Vec<u32>>>> = Vec::new();
            for (ballot, count) in bs {
                if !distinct.iter().any(|d| d.ballot == ballot) {
                    distinct.push(Weighted { ballot, count });
                }
            }
            Ballots::Ranked(distinct)
        });
        (Just(candidates), ballots).prop_map(|(candidates, ballots)| Profile { candidates, budget: None, ballots })
    })
}

proptest! {
    #[test]
    fn the_readers_never_panic_on_any_text(text in "\\PC{0,300}") {
        let _ = PbFile::parse(&text);
        let _ = preflib::parse(&text);
    }

    #[test]
    fn the_readers_never_panic_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = PbFile::parse(&text);
        let _ = preflib::parse(&text);
    }

    #[test]
    fn a_mutated_pabulib_file_is_read_or_refused_and_what_is_read_writes_back_the_same(edits in edits()) {
        if let Ok(file) = PbFile::parse(&mutate(assen(), &edits)) {
            // Writing sets the counts in META (adding them when a mutation removed them), so
            // META is compared key by key and the rest whole.
            let again = PbFile::parse(&file.to_text());
            prop_assert!(again.is_ok(), "{:?}", again.err());
            let again = again.unwrap_or_else(|_| file.clone());
            prop_assert!((&again.projects, &again.votes, again.vote_type) == (&file.projects, &file.votes, file.vote_type));
            for (key, value) in &file.meta {
                prop_assert_eq!(again.meta(key), Some(value.as_str()));
            }
        }
    }

    #[test]
    fn a_mutated_preflib_file_is_read_or_refused_and_what_is_read_writes_back_the_same(edits in edits()) {
        if let Ok(file) = preflib::parse(&mutate(TOI, &edits)) {
            // Writing merges equal orders, so the profile read back is compared with the
            // written text read again, which must be stable.
            if let Ok((_, text)) = write_preflib(&file.profile, &file.headers) {
                let again = preflib::parse(&text).map(|f| f.profile);
                prop_assert!(again.is_ok(), "{:?}\n{}", again, text);
            }
        }
    }

    #[test]
    fn a_profile_written_as_pabulib_reads_back_the_same(profile in pb_profile()) {
        let file = PbFile::from_profile(&profile, &[("description".into(), "round trip".into())], None);
        let text = file.map(|f| f.to_text());
        prop_assert!(text.is_ok(), "{:?}", text);
        let text = text.unwrap_or_default();
        prop_assert_eq!(PbFile::parse(&text).map(|f| f.profile()), Ok(profile), "{}", text);
    }

    #[test]
    fn a_ranked_profile_written_as_preflib_reads_back_the_same(profile in preflib_profile()) {
        let written = write_preflib(&profile, &[("TITLE".into(), "round trip".into())]);
        prop_assert!(written.is_ok(), "{:?}", written);
        let (data_type, text) = written.unwrap_or_else(|_| (preflib::DataType::Toi, String::new()));
        let file = preflib::parse(&text);
        prop_assert_eq!(file.as_ref().map(|f| f.data_type), Ok(data_type), "{}", text);
        prop_assert_eq!(file.map(|f| f.profile), Ok(profile), "{}", text);
    }
}
