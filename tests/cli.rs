//! The `chorus` command line: help, migrations, the first admin, and configuration errors.

use std::process::Command;

fn chorus() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_chorus"));
    for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("CHORUS_") || k == "DATABASE_URL") {
        c.env_remove(k);
    }
    c
}

#[test]
fn help_explains_every_command() {
    let out = chorus().arg("--help").output().expect("run chorus");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    for word in ["serve", "migrate", "create-admin", "DATABASE_URL"] {
        assert!(text.contains(word), "{word} missing from help:\n{text}");
    }
    let serve = chorus().args(["serve", "--help"]).output().expect("run chorus");
    let text = String::from_utf8_lossy(&serve.stdout);
    assert!(text.contains("--demo") && text.contains("--bind"), "{text}");
}

#[test]
fn migrate_then_create_admin_on_a_fresh_sqlite_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}/chorus.db", dir.path().display());
    let out = chorus().arg("migrate").env("DATABASE_URL", &url).output().expect("run chorus");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = chorus().args(["create-admin", "city-admin"]).env("DATABASE_URL", &url).output().expect("run chorus");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && text.contains("One-time password"), "{text}");
    let again = chorus().args(["create-admin", "city-admin"]).env("DATABASE_URL", &url).output().expect("run chorus");
    assert!(String::from_utf8_lossy(&again.stdout).contains("is now an admin"));
}

#[test]
fn invalid_configuration_stops_start_up_with_a_clear_message_and_no_secret() {
    let out = chorus().arg("migrate").env("CHORUS_BIND", "nowhere").output().expect("run chorus");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("CHORUS_BIND"), "{err}");
    let out = chorus().arg("migrate").env("DATABASE_URL", "mysql://chorus:hunter2@db/chorus").output().expect("run chorus");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(err.contains("DATABASE_URL") && !err.contains("hunter2"), "{err}");
}
