//! `chorus tally`: the JSON of every rule on a real pabulib file, the exit status of bad input,
//! and the whole comparison with pabutools and pref_voting (scripts/references/compare.py).

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

use serde_json::Value;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// `chorus tally --rule RULE FILE`, without the environment's Chorus settings.
fn tally(rule: &str, file: &Path) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_chorus"));
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("CHORUS_") || k == "DATABASE_URL") {
        c.env_remove(k);
    }
    c.args(["tally", "--rule", rule]).arg(file).output().expect("run chorus")
}

fn json(out: &Output) -> Value {
    assert!(out.status.success(), "chorus tally failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("chorus tally prints JSON")
}

fn assen() -> PathBuf {
    repo("tests/data/pabulib/Netherlands_Assen_2024.pb")
}

fn ids(value: &Value) -> Vec<&str> {
    value.as_array().expect("a list").iter().map(|v| v.as_str().expect("an id as text")).collect()
}

#[test]
fn every_rule_on_the_assen_file_prints_its_rule_winners_by_id_the_options_and_details() {
    let rules = ["approval", "points", "schulze", "schulze-winning", "irv", "greedy", "equal-shares", "equal-shares-no-completion"];
    for rule in rules {
        let report = json(&tally(rule, &assen()));
        assert_eq!(report["rule"], rule);
        assert_eq!(report["file"], serde_json::json!({"format": "pabulib", "ballots": "approval", "voters": 84, "budget": 100000}));
        let options = report["options"].as_array().expect("options");
        assert_eq!(options.len(), 14);
        assert_eq!(options[0], serde_json::json!({"id": "3", "name": "PopUp Podium", "cost": 7200}));
        let known: Vec<&str> = options.iter().filter_map(|o| o["id"].as_str()).collect();
        let winners = ids(&report["winners"]);
        assert!(!winners.is_empty() && winners.iter().all(|w| known.contains(w)), "{rule}: {winners:?}");
        assert!(report["details"].is_object() && report["details"].get("rule").is_none(), "{rule}: {}", report["details"]);
    }
}

#[test]
fn on_assen_greedy_takes_the_most_voted_that_fit_and_equal_shares_gives_the_citys_selection() {
    let greedy = json(&tally("greedy", &assen()));
    assert_eq!(ids(&greedy["winners"]), ["3", "9", "8", "11", "2", "13", "14"]);
    assert_eq!(greedy["details"]["steps"][0]["project"], "3", "steps name projects by id");
    let shares = json(&tally("equal-shares", &assen()));
    let mut selected = ids(&shares["winners"]);
    selected.sort_unstable();
    // The file's own selected column: Assen counted with equal shares and add-one completion.
    assert_eq!(selected, ["11", "12", "13", "14", "2", "3", "5", "6", "9"]);
}

#[test]
fn a_preflib_file_is_counted_with_ranked_rules() {
    let file = repo("tests/data/preflib/pref_voting_minimal_Instant_Runoff.soc");
    let irv = json(&tally("irv", &file));
    assert_eq!(irv["file"]["format"], "soc");
    assert_eq!(irv["winners"][0], "2", "IRV elects Bogdan, though Chen is the Condorcet winner");
    assert_eq!(json(&tally("schulze", &file))["winners"][0], "3");
}

#[test]
fn a_broken_file_exits_with_status_2_and_names_the_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.pb");
    std::fs::write(&broken, "META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;ten\nVOTES\nvoter_id;vote\n")
        .expect("write");
    let out = tally("greedy", &broken);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 6") && err.contains("cost"), "{err}");

    let strict = dir.path().join("ties.soc");
    std::fs::write(&strict, "# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 2\n1: {1,2}\n").expect("write");
    let out = tally("irv", &strict);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 3"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_rule_that_does_not_apply_or_an_unknown_file_type_exits_with_status_2() {
    let out = tally("schulze", &repo("tests/data/pabulib/France_Toulouse_2019.pb"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not apply to points ballots"));
    let out = tally("greedy", &repo("tests/data/preflib/generated_youth_budget_ideas.toi"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("budget"));
    let out = tally("greedy", &repo("tests/data/preflib/README.md"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown file type"));
}

#[test]
fn tally_needs_no_configuration_or_database() {
    let out = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["tally", "--rule", "approval"])
        .arg(assen())
        .env("CHORUS_BIND", "nowhere")
        .env("DATABASE_URL", "mysql://nobody@nowhere/none")
        .output()
        .expect("run chorus");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The comparison CI runs: scripts/references/install.sh makes the venv (or finds it made),
/// compare.py counts every sample and a few hundred generated profiles both ways. Without
/// Python it is skipped with a reason, except on CI, where it must run.
#[test]
fn tally_agrees_with_pabutools_and_pref_voting() {
    let on_ci = std::env::var_os("CI").is_some();
    let install = Command::new("bash").arg(repo("scripts/references/install.sh")).output();
    let python = repo("target/reference-venv/bin/python");
    let ready = matches!(&install, Ok(o) if o.status.success()) && python.exists();
    if !ready {
        let why = match &install {
            Ok(o) => String::from_utf8_lossy(&o.stderr).into_owned(),
            Err(e) => e.to_string(),
        };
        assert!(!on_ci, "CI must run the reference comparison, but the venv could not be made: {why}");
        eprintln!("reference comparison skipped: the reference venv could not be made: {why}");
        return;
    }
    let out =
        Command::new(python).arg(repo("scripts/references/compare.py")).arg(env!("CARGO_BIN_EXE_chorus")).output().expect("run compare.py");
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    println!("{stdout}");
    assert!(out.status.success(), "chorus tally disagrees with the references:\n{stdout}\n{stderr}");
    assert!(stdout.contains("No mismatches."), "{stdout}");
}
