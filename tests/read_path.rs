//! The read path (issue 9): the directory served from memory stays right across servers,
//! anonymous pages revalidate with `ETag` (and never hand one visitor's page to another),
//! and pages are compressed for clients that ask.

use std::time::{Duration, Instant};

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases, on_both_databases_with};

on_both_databases!(
    an_anonymous_page_revalidates_with_its_etag_and_signed_in_pages_are_never_reused,
    one_visitors_page_is_never_served_to_another,
    pages_are_compressed_for_clients_that_ask,
    a_change_on_one_server_is_seen_on_another_within_the_refresh_time,
);
on_both_databases_with!([("CHORUS_DIRECTORY_REFRESH_MS", "60000")]; pages_from_memory_show_a_write_on_this_server_at_once);

async fn an_anonymous_page_revalidates_with_its_etag_and_signed_in_pages_are_never_reused(mut app: TestApp) {
    app.create_municipality("lindenfeld", &["en"], "en").await;
    let first = app.get("/m/lindenfeld").await;
    let etag = first.headers.get("etag").and_then(|v| v.to_str().ok()).expect("an ETag").to_string();
    assert_eq!(first.headers.get("cache-control").and_then(|v| v.to_str().ok()), Some("private, no-cache"));
    let again = app.raw.get(app.url("/m/lindenfeld")).header("if-none-match", &etag).send().await.expect("GET");
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(again.text().await.expect("body").is_empty(), "no body on 304");
    let api = app.get("/api/v1/municipalities").await;
    assert!(api.headers.get("etag").is_some(), "the API revalidates too");
    // A change makes a new page.
    sqlx::query("UPDATE municipalities SET name = 'Lindenfeld an der Aue'").execute(&app.state.db).await.expect("rename");
    let changed = app.raw.get(app.url("/m/lindenfeld")).header("if-none-match", &etag).send().await.expect("GET");
    assert_eq!(changed.status(), StatusCode::OK);
    assert!(changed.text().await.expect("body").contains("Lindenfeld an der Aue"));
    // Signed in: no validator, nothing stored.
    app.new_browser();
    app.register("amina", "a long sentence").await;
    let mine = app.get("/m/lindenfeld").await;
    assert!(mine.headers.get("etag").is_none());
    assert_eq!(mine.headers.get("cache-control").and_then(|v| v.to_str().ok()), Some("no-store"));
}

async fn one_visitors_page_is_never_served_to_another(mut app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["en", "de"], "en").await;
    app.register("amina", "a long sentence").await;
    app.grant("amina", m, Role::Moderator).await;
    let amina_page = app.get("/m/lindenfeld").await;
    let amina_token = amina_page.input_value("csrf_token").expect("token");
    app.new_browser();
    let visitor = app.get("/m/lindenfeld").await;
    let etag = visitor.headers.get("etag").and_then(|v| v.to_str().ok()).expect("etag").to_string();
    let visitor_token = visitor.input_value("csrf_token").expect("token");
    assert_ne!(visitor_token, amina_token);
    visitor.assert_lacks("amina");
    // Someone else presenting this visitor's validator gets their own page, with their own token.
    app.new_browser();
    let other = app.raw.get(app.url("/m/lindenfeld")).header("if-none-match", &etag).send().await.expect("GET");
    assert_eq!(other.status(), StatusCode::OK, "a validator from another browser never matches");
    let body = other.text().await.expect("body");
    assert!(!body.contains(&visitor_token) && !body.contains(&amina_token), "no one else's token");
    assert!(!body.contains("amina"));
}

async fn pages_are_compressed_for_clients_that_ask(app: TestApp) {
    app.create_municipality("lindenfeld", &["en"], "en").await;
    let plain = reqwest::Client::new().get(app.url("/m/lindenfeld/issues")).send().await.expect("GET");
    assert!(plain.headers().get("content-encoding").is_none());
    let plain_len = plain.bytes().await.expect("body").len();
    for encoding in ["gzip", "br"] {
        let packed =
            reqwest::Client::new().get(app.url("/m/lindenfeld/issues")).header("accept-encoding", encoding).send().await.expect("GET");
        assert_eq!(packed.headers().get("content-encoding").and_then(|v| v.to_str().ok()), Some(encoding));
        let len = packed.bytes().await.expect("body").len();
        assert!(len * 2 < plain_len, "{encoding}: {len} bytes of {plain_len}");
    }
}

async fn a_change_on_one_server_is_seen_on_another_within_the_refresh_time(app: TestApp) {
    // Two servers that check the directory version every 200 ms, as in production (1 s).
    let a = app.another_server(&[("CHORUS_DIRECTORY_REFRESH_MS", "200")]).await;
    let mut b = app.another_server(&[("CHORUS_DIRECTORY_REFRESH_MS", "200")]).await;
    a.create_admin("city-admin", "admin sentence here").await;
    a.login("city-admin", "admin sentence here").await;
    let fields = [
        ("name", "Lindenfeld"),
        ("slug", "lindenfeld"),
        ("languages", "en"),
        ("default_language", "en"),
        ("moderation_mode", "pre"),
        ("deleted_account_content", "anonymize"),
    ];
    a.post("/admin/municipalities", &fields).await;
    assert_eq!(a.get("/m/lindenfeld").await.status, StatusCode::OK, "the writing server sees its change at once");
    let seen = |b: &TestApp, path: &'static str, text: &'static str| {
        let url = b.url(path);
        let client = b.browser.clone();
        async move {
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(5) {
                let page = client.get(&url).send().await.expect("GET");
                if page.status() == StatusCode::OK && page.text().await.unwrap_or_default().contains(text) {
                    return started.elapsed();
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            panic!("{path} never showed {text:?}");
        }
    };
    let took = seen(&b, "/m/lindenfeld", "Lindenfeld").await;
    assert!(took < Duration::from_secs(2), "seen on the other server after {took:?}");
    // A neighbourhood and a help service added on A appear on B.
    let id = a.state.directory.get(&a.state.db).await.expect("directory").municipality("lindenfeld").expect("town").id;
    a.post(&format!("/admin/municipalities/{id}/taxonomy"), &[("action", "add-neighbourhood"), ("neighbourhood", "Nordstadt")]).await;
    a.post(
        &format!("/admin/municipalities/{id}/services"),
        &[("name", "Migration counselling"), ("description", "Advice on papers."), ("languages", "en"), ("contact", "Main street 1")],
    )
    .await;
    b.new_browser();
    seen(&b, "/m/lindenfeld/help", "Migration counselling").await;
    let themes = seen(&b, "/api/v1/municipalities/lindenfeld/themes", "Nordstadt").await;
    assert!(themes < Duration::from_secs(2), "{themes:?}");
}

async fn pages_from_memory_show_a_write_on_this_server_at_once(mut app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["en", "de"], "en").await;
    sqlx::query("UPDATE municipalities SET moderation_mode = 'post'").execute(&app.state.db).await.expect("post");
    app.state.directory.invalidate();
    app.register("amina", "a long sentence").await;
    let theme = app.state.directory.get(&app.state.db).await.expect("directory").themes(m)[0].id.to_string();
    let form = [
        ("title", "Night buses to the north"),
        ("body", "No bus after ten at night to the northern estates."),
        ("theme", theme.as_str()),
        ("lang", "en"),
        ("confirmed", "1"),
    ];
    app.post("/m/lindenfeld/issues", &form).await;
    let id = app.count("SELECT id FROM issues").await;
    let path = format!("/m/lindenfeld/issues/{id}");
    app.get("/m/lindenfeld/issues").await.assert_contains("Night buses to the north");
    app.get(&path).await.assert_lacks("Me too, every night.");
    app.post(&format!("{path}/comments"), &[("body", "Me too, every night.")]).await;
    app.get(&path).await.assert_contains("Me too, every night.");
    app.new_browser();
    app.get(&path).await.assert_contains("Me too, every night.");
    app.register("sofia", "a long sentence").await;
    app.grant("sofia", m, Role::Moderator).await;
    app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "hide"), ("reason", "reason-offensive")]).await;
    app.new_browser();
    assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND, "hidden at once");
    app.get("/m/lindenfeld/issues").await.assert_lacks("Night buses to the north");
}
