//! The real `chorus` binary as separate processes: crash safety under SIGKILL, and two servers
//! sharing one PostgreSQL database.

use std::{
    io::{BufRead as _, BufReader},
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use reqwest::{StatusCode, redirect::Policy};

use crate::helpers::{Db, FreshDb};

/// A `chorus serve` process on a free port.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(database_url: &str) -> Self {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_chorus"));
        for (k, _) in std::env::vars().filter(|(k, _)| k.starts_with("CHORUS_") || k == "DATABASE_URL") {
            cmd.env_remove(k);
        }
        let mut child = cmd
            .args(["serve", "--bind", "127.0.0.1:0"])
            .env("DATABASE_URL", database_url)
            .env("CHORUS_LOG", "warn")
            .env("CHORUS_REGISTER_PER_CLIENT_PER_HOUR", "1000000")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chorus");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(rest) = line.strip_prefix("Chorus is running on ") {
                    let _ = tx.send(rest.split_whitespace().next().unwrap_or_default().trim_end_matches('/').to_string());
                }
            }
        });
        let base = rx.recv_timeout(Duration::from_secs(30)).expect("chorus printed its address");
        Self { child, base }
    }

    /// SIGKILL: no shutdown, no flush, no goodbye.
    fn kill_hard(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill_hard();
    }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(Policy::none()).timeout(Duration::from_secs(10)).build().expect("client")
}

async fn csrf(c: &reqwest::Client, base: &str) -> Option<String> {
    let page = c.get(format!("{base}/register")).send().await.ok()?.text().await.ok()?;
    const FIELD: &str = "name=\"csrf_token\" value=\"";
    let at = page.find(FIELD)? + FIELD.len();
    Some(page.get(at..at + 43)?.to_string())
}

#[tokio::test]
async fn every_acknowledged_registration_survives_a_sigkill_on_sqlite() {
    survives_sigkill(Db::Sqlite).await;
}

#[tokio::test]
async fn every_acknowledged_registration_survives_a_sigkill_on_postgres() {
    survives_sigkill(Db::Postgres).await;
}

/// Floods registrations, kills the server mid-flood, restarts it and checks that every
/// registration that was answered with success is in the database.
async fn survives_sigkill(db: Db) {
    let Some(fresh) = FreshDb::new(db).await else { return };
    let mut server = Server::start(&fresh.url);
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let mut flood = Vec::new();
    for worker in 0..6 {
        let (base, acknowledged) = (server.base.clone(), acknowledged.clone());
        flood.push(tokio::spawn(async move {
            for n in 0.. {
                let c = client();
                let Some(token) = csrf(&c, &base).await else { return };
                let name = format!("crash-{worker}-{n}");
                let form = [
                    ("csrf_token", token.as_str()),
                    ("username", &name),
                    ("password", "a long sentence"),
                    ("password_confirm", "a long sentence"),
                ];
                match c.post(format!("{base}/register")).form(&form).send().await {
                    // Success is the page with the recovery code (the answer to the POST itself).
                    Ok(r) if r.status() == StatusCode::OK => acknowledged.lock().expect("lock").push(name),
                    Ok(_) => {}
                    Err(_) => return,
                }
            }
        }));
    }
    let started = Instant::now();
    while acknowledged.lock().expect("lock").len() < 20 && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.kill_hard();
    for task in flood {
        let _ = task.await;
    }
    let acknowledged = acknowledged.lock().expect("lock").clone();
    assert!(acknowledged.len() >= 20, "the flood got going: {}", acknowledged.len());

    let restarted = Server::start(&fresh.url);
    let health = client().get(format!("{}/healthz", restarted.base)).send().await.expect("healthz");
    assert_eq!(health.status(), StatusCode::OK, "the server restarts on the crashed database");
    let pool = chorus::db::connect_url(&fresh.url, 0, 2).await.expect("connect");
    let mut lost = Vec::new();
    for name in &acknowledged {
        let found: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE username_key = $1").bind(name).fetch_one(&pool).await.expect("query");
        if found != 1 {
            lost.push(name.clone());
        }
    }
    pool.close().await;
    assert!(lost.is_empty(), "{} of {} acknowledged registrations were lost: {lost:?}", lost.len(), acknowledged.len());
}

#[tokio::test]
async fn sigterm_stops_the_server_gracefully() {
    let fresh = FreshDb::new(Db::Sqlite).await.expect("sqlite");
    let mut server = Server::start(&fresh.url);
    let health = client().get(format!("{}/healthz", server.base)).send().await.expect("healthz");
    assert_eq!(health.status(), StatusCode::OK);
    let pid = server.child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = server.child.try_wait().expect("wait") {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "the server did not stop on SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "a clean exit after SIGTERM: {status}");
}

#[tokio::test]
async fn a_session_made_on_one_server_is_valid_on_another() {
    let Some(fresh) = FreshDb::new(Db::Postgres).await else { return };
    let a = Server::start(&fresh.url);
    let b = Server::start(&fresh.url);
    assert_ne!(a.base, b.base);
    let browser = client();
    let token = csrf(&browser, &a.base).await.expect("csrf");
    let form =
        [("csrf_token", token.as_str()), ("username", "amina"), ("password", "a long sentence"), ("password_confirm", "a long sentence")];
    let registered = browser.post(format!("{}/register", a.base)).form(&form).send().await.expect("register on A");
    assert_eq!(registered.status(), StatusCode::OK, "the recovery code page");
    let on_b = browser.get(format!("{}/account", b.base)).send().await.expect("account on B");
    assert_eq!(on_b.status(), StatusCode::OK, "server B knows the session made on A");
    assert!(on_b.text().await.unwrap_or_default().contains("amina"));
    let token = csrf(&browser, &b.base).await.expect("csrf");
    browser.post(format!("{}/logout", b.base)).form(&[("csrf_token", token.as_str())]).send().await.expect("logout on B");
    let on_a = browser.get(format!("{}/account", a.base)).send().await.expect("account on A");
    assert_eq!(on_a.status(), StatusCode::SEE_OTHER, "signing out on B signs out on A");
}
