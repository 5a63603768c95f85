//! `chorus opinion`: planted groups, common ground and group statements recovered from a CSV
//! file through the binary, the exit status of bad input, and the map compared with
//! scikit-learn's PCA (scripts/references/opinion_compare.py).

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    process::{Command, Output},
};

use chorus::opinion::planted::{Plan, Planted, adjusted_rand_index};
use serde_json::Value;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// `chorus opinion FILE`, without the environment's Chorus settings.
fn opinion(file: &Path) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_chorus"));
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("CHORUS_") || k == "DATABASE_URL") {
        c.env_remove(k);
    }
    c.arg("opinion").arg(file).output().expect("run chorus")
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "chorus opinion failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("chorus opinion prints JSON")
}

/// Planted groups of these sizes, each with 5 statements of its own, 4 common-ground and 8
/// neutral statements; a tenth of the statements unseen, a tenth of the reactions passes, 5 %
/// noise, and 6 participants with too few reactions to be mapped.
fn plan(group_sizes: Vec<usize>, seed: u64) -> Plan {
    Plan { group_sizes, own: 5, common: 4, neutral: 8, seen: 0.9, pass: 0.1, noise: 0.05, few: 6, seed }
}

/// The planted round written as CSV in a temporary directory.
fn written(planted: &Planted) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("round.csv");
    std::fs::write(&path, planted.to_csv()).expect("write");
    (dir, path)
}

fn strings(value: &Value) -> Vec<String> {
    value.as_array().expect("a list").iter().map(|v| v.as_str().expect("an id").to_string()).collect()
}

fn ids(prefix: &str, numbers: &[u32]) -> Vec<String> {
    numbers.iter().map(|n| format!("{prefix}{n}")).collect()
}

/// The printed groups against the planted ones: the adjusted Rand index over the mapped
/// members, and for each printed group the planted group most of its members come from.
fn recovered(planted: &Planted, report: &Value) -> (f64, Vec<usize>) {
    let mut found: HashMap<String, usize> = HashMap::new();
    for (g, group) in report["groups"].as_array().expect("groups").iter().enumerate() {
        assert_eq!(group["size"].as_u64(), group["members"].as_array().map(|m| m.len() as u64));
        strings(&group["members"]).into_iter().for_each(|m| _ = found.insert(m, g));
    }
    let (mut truth, mut labels) = (Vec::new(), Vec::new());
    for (p, group) in planted.group_of.iter().enumerate() {
        if let Some(g) = group {
            truth.push(*g);
            labels.push(found.get(&format!("p{p}")).copied().unwrap_or(usize::MAX / 2));
        }
    }
    let groups = report["groups"].as_array().map_or(0, Vec::len);
    let majority = (0..groups)
        .map(|g| {
            let mut votes = vec![0; planted.own.len()];
            truth.iter().zip(&labels).filter(|(_, l)| **l == g).for_each(|(t, _)| votes[*t] += 1);
            (0..votes.len()).max_by_key(|&t| votes[t]).unwrap_or(0)
        })
        .collect();
    (adjusted_rand_index(&truth, &labels), majority)
}

/// The checks both planted rounds share; returns the report.
fn check_planted(planted: &Planted) -> Value {
    let (_dir, path) = written(planted);
    let report = json(&opinion(&path));
    let members: Vec<String> = (0..planted.group_of.len()).filter(|&p| planted.group_of[p].is_some()).map(|p| format!("p{p}")).collect();
    let mut included = strings(&report["included"]);
    included.sort();
    let mut expected = members.clone();
    expected.sort();
    assert_eq!(included, expected, "the participants with too few reactions are left out");
    assert_eq!(report["coordinates"].as_array().map(Vec::len), Some(members.len()));
    assert_eq!(report["k"].as_u64(), Some(planted.own.len() as u64), "{}", report["silhouettes"]);
    let (ari, _) = recovered(planted, &report);
    assert!(ari >= 0.9, "adjusted Rand index {ari}");
    let mut common: Vec<String> =
        report["common_ground"].as_array().expect("list").iter().map(|c| c["statement"].as_str().expect("id").to_string()).collect();
    common.sort();
    assert_eq!(common, ids("s", &planted.common), "the common ground is exactly the planted one");
    report
}

#[test]
fn two_planted_groups_come_back_with_the_common_ground_and_their_statements() {
    let planted = plan(vec![40, 25], 5).generate();
    let report = check_planted(&planted);
    let (_, majority) = recovered(&planted, &report);
    for (group, &g) in report["groups"].as_array().expect("groups").iter().zip(&majority) {
        // With two groups, a group agreeing with its statements and rejecting the other's are
        // the same fact seen from each side: every representative statement is one of the two.
        for r in group["representative"].as_array().expect("list") {
            let statement = r["statement"].as_str().expect("id").to_string();
            let own = ids("s", &planted.own[g]).contains(&statement);
            let others = ids("s", &planted.own[1 - g]).contains(&statement);
            assert!((own && r["direction"] == "agree") || (others && r["direction"] == "disagree"), "{r}");
        }
    }
}

#[test]
fn three_planted_groups_are_each_represented_by_their_own_statements() {
    let planted = plan(vec![45, 30, 20], 8).generate();
    let report = check_planted(&planted);
    let (_, majority) = recovered(&planted, &report);
    for (group, &g) in report["groups"].as_array().expect("groups").iter().zip(&majority) {
        let representative = group["representative"].as_array().expect("list");
        assert!(representative.iter().all(|r| r["direction"] == "agree"), "{representative:?}");
        let mut statements: Vec<String> = representative.iter().map(|r| r["statement"].as_str().expect("id").to_string()).collect();
        statements.sort();
        assert_eq!(statements, ids("s", &planted.own[g]), "the 5 representative statements are the group's own");
    }
    let divisive: Vec<&str> = report["divisive"].as_array().expect("list").iter().filter_map(|d| d["statement"].as_str()).collect();
    assert!(ids("s", &planted.own.concat()).iter().all(|s| divisive.contains(&s.as_str())), "{divisive:?}");
}

#[test]
fn every_statement_has_totals_and_a_priority_with_new_ones_first() {
    let mut planted = plan(vec![20, 20], 2).generate();
    // A statement that only two participants have seen yet.
    let mut entries = planted.reactions.entries().to_vec();
    let new = planted.reactions.statements() as u32;
    entries.extend([(0, new, 1), (1, new, 0)]);
    planted.reactions = chorus::opinion::Reactions::new(planted.reactions.participants(), new as usize + 1, entries).expect("valid");
    let (_dir, path) = written(&planted);
    let report = json(&opinion(&path));
    let totals = report["totals"].as_array().expect("totals");
    assert_eq!(totals.len(), new as usize + 1);
    let newest = totals.iter().find(|t| t["statement"] == format!("s{new}")).expect("the new statement");
    assert_eq!((newest["seen"].as_u64(), newest["agree"].as_u64(), newest["pass"].as_u64()), (Some(2), Some(1), Some(1)));
    let top = totals.iter().max_by(|a, b| a["priority"].as_f64().unwrap_or(0.0).total_cmp(&b["priority"].as_f64().unwrap_or(0.0)));
    assert_eq!(top.map(|t| &t["statement"]), Some(&newest["statement"]), "the new statement is shown first");
}

#[test]
fn a_bad_file_exits_with_status_2_and_names_the_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "participant,statement,vote\nanna,s1,agree\nben,s1,perhaps\n").expect("write");
    let out = opinion(&bad);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 3") && err.contains("perhaps"), "{err}");
    std::fs::write(&bad, "who,what\n").expect("write");
    assert_eq!(opinion(&bad).status.code(), Some(2));
    assert_eq!(opinion(&dir.path().join("missing.csv")).status.code(), Some(2));
}

#[test]
fn opinion_needs_no_configuration_or_database() {
    let planted = plan(vec![10, 10], 1).generate();
    let (_dir, path) = written(&planted);
    let out = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .arg("opinion")
        .arg(&path)
        .env("CHORUS_BIND", "nowhere")
        .env("DATABASE_URL", "mysql://nobody@nowhere/none")
        .output()
        .expect("run chorus");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The comparison with scikit-learn: scripts/references/install.sh makes the venv (or finds
/// it made), opinion_compare.py checks the planted rounds above and generated ones. Without
/// Python it is skipped with a reason, except on CI, where it must run.
#[test]
fn the_map_agrees_with_scikit_learn_pca() {
    let on_ci = std::env::var_os("CI").is_some();
    let install = Command::new("bash").arg(repo("scripts/references/install.sh")).output();
    let python = repo("target/reference-venv/bin/python");
    let ready = matches!(&install, Ok(o) if o.status.success()) && python.exists();
    if !ready {
        let why = match &install {
            Ok(o) => String::from_utf8_lossy(&o.stderr).into_owned(),
            Err(e) => e.to_string(),
        };
        assert!(!on_ci, "CI must run the scikit-learn comparison, but the venv could not be made: {why}");
        eprintln!("scikit-learn comparison skipped: the reference venv could not be made: {why}");
        return;
    }
    let two = plan(vec![40, 25], 5).generate();
    let three = plan(vec![45, 30, 20], 8).generate();
    let (_a, two) = written(&two);
    let (_b, three) = written(&three);
    let out = Command::new(python)
        .arg(repo("scripts/references/opinion_compare.py"))
        .arg(env!("CARGO_BIN_EXE_chorus"))
        .args([&two, &three])
        .args(["--generated", "30"])
        .output()
        .expect("run opinion_compare.py");
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    println!("{stdout}");
    assert!(out.status.success(), "chorus opinion disagrees with scikit-learn:\n{stdout}\n{stderr}");
    assert_eq!(stdout.lines().last(), Some("OK"), "{stdout}");
    assert_eq!(stdout.lines().filter(|l| l.starts_with("OK round.csv")).count(), 2, "both planted rounds compared: {stdout}");
}
