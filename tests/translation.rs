//! Translations: machine translation through a LibreTranslate-compatible server (a small local
//! one that speaks its API), volunteers reviewing and translating, and readers seeing texts in
//! their language with a switch to the original.

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use axum::{Json, Router, http::StatusCode as AxumStatus, routing::post};
use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{
    helpers::{Db, TestApp},
    on_both_databases,
};

/// A local LibreTranslate stand-in: "translates" by prefixing the target language, and fails
/// for texts containing FAIL. Returns its base URL and a request counter.
async fn fake_libretranslate() -> (String, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let app = Router::new().route(
        "/translate",
        post(move |Json(req): Json<serde_json::Value>| {
            let counter = counter.clone();
            async move {
                counter.fetch_add(1, Ordering::SeqCst);
                let q = req["q"].as_str().unwrap_or_default().to_string();
                if q.contains("FAIL") || req["format"] != "text" {
                    return (AxumStatus::INTERNAL_SERVER_ERROR, Json(serde_json::json!({"error": "cannot translate"})));
                }
                let target = req["target"].as_str().unwrap_or_default();
                (AxumStatus::OK, Json(serde_json::json!({ "translatedText": format!("[{target}] {q}") })))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, calls)
}

pub(crate) async fn app_with_machine_translation(db: Db) -> Option<(TestApp, Arc<AtomicUsize>)> {
    let (url, calls) = fake_libretranslate().await;
    let app = TestApp::spawn_with(db, &[("CHORUS_TRANSLATE_URL", &url), ("CHORUS_TRANSLATE_API_KEY", "secret-key")]).await?;
    Some((app, calls))
}

/// A post-moderated town in English, German and Arabic, and its first category.
async fn town(app: &TestApp) -> (i64, String) {
    let m = app.create_municipality("lindenfeld", &["en", "de", "ar"], "en").await;
    sqlx::query("UPDATE municipalities SET moderation_mode = 'post'").execute(&app.state.db).await.expect("post");
    (m, chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[0].id.to_string())
}

async fn raise(app: &TestApp, theme: &str, title: &str) -> String {
    let body = "The only language courses are in the morning, when parents work.";
    let fields = [("title", title), ("body", body), ("theme", theme), ("confirmed", "1"), ("lang", "en")];
    let page = app.post("/m/lindenfeld/issues", &fields).await;
    page.url.split(&app.url("")).nth(1).unwrap_or_default().split('?').next().unwrap_or_default().to_string()
}

async fn wait_for_translations(app: &TestApp, n: i64) {
    for _ in 0..100 {
        if app.count("SELECT COUNT(*) FROM translations").await >= n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("machine translations did not arrive");
}

#[tokio::test]
async fn a_published_issue_is_machine_translated_and_marked_on_sqlite() {
    published_issue_is_machine_translated(Db::Sqlite).await;
}

#[tokio::test]
async fn a_published_issue_is_machine_translated_and_marked_on_postgres() {
    published_issue_is_machine_translated(Db::Postgres).await;
}

async fn published_issue_is_machine_translated(db: Db) {
    let Some((mut app, calls)) = app_with_machine_translation(db).await else { return };
    let (_, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let path = raise(&app, &theme, "Evening classes for working parents").await;
    wait_for_translations(&app, 2).await;
    assert_eq!(calls.load(Ordering::SeqCst), 4, "title and body into German and Arabic");
    app.new_browser();
    let de = app.get_with(&path, &[("accept-language", "de")]).await;
    de.assert_contains("[de] Evening classes for working parents")
        .assert_contains("lang=\"de\" dir=\"ltr\"")
        .assert_contains("?original=1");
    let ar = app.get_with(&path, &[("accept-language", "ar")]).await;
    ar.assert_contains("[ar] Evening classes").assert_contains("lang=\"ar\" dir=\"rtl\">[ar] The only language courses");
    let original = app.get_with(&format!("{path}?original=1"), &[("accept-language", "de")]).await;
    original.assert_contains("<h1 lang=\"en\" dir=\"ltr\">Evening classes for working parents</h1>").assert_lacks("[de]");
    let list = app.get_with("/m/lindenfeld/issues", &[("accept-language", "de")]).await;
    list.assert_contains("[de] Evening classes for working parents");
}

on_both_databases!(a_translator_reviews_machine_work_and_translates_by_hand);

#[tokio::test]
async fn translation_failures_never_block_publication_on_sqlite() {
    failures_never_block_publication(Db::Sqlite).await;
}

#[tokio::test]
async fn translation_failures_never_block_publication_on_postgres() {
    failures_never_block_publication(Db::Postgres).await;
}

async fn failures_never_block_publication(db: Db) {
    let Some((app, calls)) = app_with_machine_translation(db).await else { return };
    let (_, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let path = raise(&app, &theme, "Please FAIL to translate this").await;
    for _ in 0..100 {
        if calls.load(Ordering::SeqCst) >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let page = app.get_with(&path, &[("accept-language", "de")]).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Please FAIL to translate this");
    let status: String = sqlx::query_scalar("SELECT status FROM issues").fetch_one(&app.state.db).await.expect("status");
    assert_eq!(status, "published");
    assert_eq!(app.count("SELECT COUNT(*) FROM translations").await, 0);
}

async fn a_translator_reviews_machine_work_and_translates_by_hand(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let path = raise(&app, &theme, "Evening classes for working parents").await;
    let id: i64 = path.rsplit('/').next().and_then(|s| s.parse().ok()).expect("issue id");
    assert_eq!(app.get("/m/lindenfeld/translate").await.status, StatusCode::FORBIDDEN, "residents do not translate");
    // A machine translation into German waits for review (stored as the provider would).
    let machine = chorus::db::translations::NewTranslation {
        kind: chorus::db::translations::Kind::Issue,
        content_id: id,
        lang: "de",
        title: "Abendkurse für berufstätige Eltern",
        body: "Die einzigen Sprachkurse sind morgens.",
        source: "machine",
        reviewed: false,
        translator_id: None,
    };
    let (title, body): (String, String) =
        sqlx::query_as("SELECT title, body FROM issues WHERE id = $1").bind(id).fetch_one(&app.state.db).await.expect("original");
    chorus::db::translations::insert_machine(&app.state.db, &machine, &title, &body).await.expect("machine translation");
    app.new_browser();
    app.register("jonas", "a long sentence").await;
    app.grant("jonas", m, Role::Translator).await;
    let queue = app.get("/m/lindenfeld/translate").await;
    queue
        .assert_contains(&format!("/m/lindenfeld/translate/issue/{id}/de"))
        .assert_contains(&format!("/m/lindenfeld/translate/issue/{id}/ar"));
    queue.assert_contains("machine translation to check");
    let form = app.get(&format!("/m/lindenfeld/translate/{id}/de")).await;
    form.assert_contains("This is a machine translation.").assert_contains("Evening classes for working parents");
    assert_eq!(form.input_value("title").as_deref(), Some("Abendkurse für berufstätige Eltern"));
    let version = form.input_value("source").expect("the form names the version it translates");
    app.post(
        &format!("/m/lindenfeld/translate/{id}/de"),
        &[("title", "Abendkurse für berufstätige Eltern"), ("body", "Die einzigen Sprachkurse sind morgens."), ("source", &version)],
    )
    .await;
    let (source, reviewed): (String, i64) = {
        let row = sqlx::query_as::<_, (String, i64)>("SELECT source, reviewed FROM translations WHERE lang = 'de'")
            .fetch_one(&app.state.db)
            .await;
        row.expect("translation")
    };
    assert_eq!((source.as_str(), reviewed), ("machine", 1), "saving unchanged marks the machine work as checked");
    let empty = app.post(&format!("/m/lindenfeld/translate/{id}/ar"), &[("title", ""), ("body", ""), ("source", &version)]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    empty.assert_contains("Please write the translation.");
    let saved = app
        .post(
            &format!("/m/lindenfeld/translate/{id}/ar"),
            &[("title", "دروس مسائية للآباء العاملين"), ("body", "كل دروس اللغة صباحية."), ("source", &version)],
        )
        .await;
    assert!(saved.url.ends_with("/m/lindenfeld/translate"), "{}", saved.text());
    app.get("/m/lindenfeld/translate").await.assert_contains("Everything is translated.");
    assert_eq!(
        app.get(&format!("/m/lindenfeld/translate/{id}/fr")).await.status,
        StatusCode::NOT_FOUND,
        "French is not a language of this town"
    );
    assert_eq!(app.get(&format!("/m/lindenfeld/translate/{id}/en")).await.status, StatusCode::NOT_FOUND, "not into the original language");
    app.new_browser();
    let ar = app.get_with(&path, &[("accept-language", "ar")]).await;
    ar.assert_contains("دروس مسائية للآباء العاملين").assert_contains("lang=\"ar\" dir=\"rtl\"");
    app.get_with(&path, &[("accept-language", "en")])
        .await
        .assert_contains("Evening classes for working parents")
        .assert_lacks("?original=1");
}

#[tokio::test]
async fn comments_and_official_answers_are_machine_translated_on_sqlite() {
    comments_and_answers_are_machine_translated(Db::Sqlite).await;
}

#[tokio::test]
async fn comments_and_official_answers_are_machine_translated_on_postgres() {
    comments_and_answers_are_machine_translated(Db::Postgres).await;
}

async fn comments_and_answers_are_machine_translated(db: Db) {
    let Some((mut app, _calls)) = app_with_machine_translation(db).await else { return };
    let (m, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let path = raise(&app, &theme, "Evening classes for working parents").await;
    wait_for_translations(&app, 2).await;
    app.post(&format!("{path}/comments"), &[("body", "Saturday classes would help my family too."), ("lang", "en")]).await;
    wait_for_translations(&app, 4).await;
    app.new_browser();
    app.register("olga", "a long sentence").await;
    app.grant("olga", m, chorus::domain::role::Role::Official).await;
    let answer = [("body", "Die Volkshochschule startet im März zwei Abendkurse."), ("lang", "de"), ("department", "Integration")];
    app.post(&format!("{path}/answers"), &answer).await.assert_contains("The answer is published");
    wait_for_translations(&app, 6).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM translations WHERE kind = 'comment' AND source = 'machine'").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM translations WHERE kind = 'answer' AND lang IN ('en', 'ar')").await, 2);
    app.new_browser();
    let ar = app.get_with(&path, &[("accept-language", "ar")]).await;
    ar.assert_contains("[ar] Saturday classes would help my family too.").assert_contains("[ar] Die Volkshochschule startet");
    // Volunteers see answers and comments in their queue, to check the machine's work.
    app.new_browser();
    app.register("tomas", "a long sentence").await;
    app.grant("tomas", m, chorus::domain::role::Role::Translator).await;
    let queue = app.get("/m/lindenfeld/translate").await;
    queue.assert_contains("/translate/answer/").assert_contains("/translate/comment/");
}
