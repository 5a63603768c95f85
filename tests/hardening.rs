//! Regression tests for the outside security review (issue 8), content side: redaction reaches
//! every copy of a text, reports from throwaway accounts, dismissing and restoring keep the
//! city's status, notifications of hidden issues, GETs that change nothing, bidi controls,
//! and repeated query parameters.

use chorus::{
    db::translations::{Kind, NewTranslation},
    domain::role::Role,
};
use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    redaction_removes_the_personal_data_from_every_translation_search_and_the_api,
    a_translation_of_the_text_before_a_redaction_is_never_stored,
    reports_from_throwaway_accounts_do_not_hide_and_taken_up_issues_are_only_flagged,
    dismissing_reports_and_restoring_keep_the_status_the_city_gave,
    notifications_never_show_the_title_of_an_issue_the_reader_may_no_longer_see,
    reading_notifications_and_admin_pages_changes_nothing,
    bidi_overrides_are_not_stored_and_titles_are_isolated,
    a_repeated_query_parameter_is_not_an_error,
);

const PHONE: &str = "01765550123";

/// Lindenfeld (pre-moderation; English, German, Arabic) with its first category.
async fn town(app: &TestApp) -> (i64, i64) {
    let m = app.create_municipality("lindenfeld", &["en", "de", "ar"], "en").await;
    let theme = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[0].id;
    (m, theme)
}

async fn person(app: &mut TestApp, m: i64, name: &str, role: Option<Role>) {
    app.new_browser();
    app.register(name, "a long sentence").await;
    if let Some(role) = role {
        app.grant(name, m, role).await;
    }
}

async fn issue(app: &TestApp, m: i64, theme: i64, author: &str, title: &str, body: &str, status: &str) -> i64 {
    let new = chorus::db::issues::NewIssue {
        municipality_id: m,
        author_id: app.user_id(author).await,
        anonymous: false,
        title,
        body,
        lang: "en",
        theme_id: theme,
        tag_ids: &[],
        neighbourhood_id: None,
        status,
    };
    chorus::db::issues::insert(&mut app.state.db.acquire().await.expect("connection"), &new).await.expect("issue")
}

async fn translate(app: &TestApp, kind: Kind, id: i64, lang: &str, title: &str, body: &str, source: &str) {
    let t = NewTranslation { kind, content_id: id, lang, title, body, source, reviewed: source == "human", translator_id: None };
    chorus::db::translations::upsert(&app.state.db, &t).await.expect("translation");
}

async fn status_of(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM issues WHERE id = $1").bind(id).fetch_one(&app.state.db).await.expect("status")
}

async fn redaction_removes_the_personal_data_from_every_translation_search_and_the_api(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let body = format!("The caretaker never answers. Call me on {PHONE} about the broken heating.");
    let id = issue(&app, m, theme, "amina", "Heating broken all winter", &body, "published").await;
    translate(&app, Kind::Issue, id, "de", "Heizung den ganzen Winter kaputt", &format!("Ruf mich an: {PHONE}."), "human").await;
    translate(&app, Kind::Issue, id, "ar", "التدفئة معطلة", &format!("اتصل بي {PHONE}"), "machine").await;
    let comment =
        app.post(&format!("/m/lindenfeld/issues/{id}/comments"), &[("body", &format!("Same here, {PHONE} is my number too."))]).await;
    assert_eq!(comment.status, StatusCode::OK);
    let cid = app.count("SELECT id FROM comments").await;
    sqlx::query("UPDATE comments SET status = 'published' WHERE id = $1").bind(cid).execute(&app.state.db).await.expect("publish");
    translate(&app, Kind::Comment, cid, "de", "", &format!("Ich auch, {PHONE}."), "human").await;
    person(&mut app, m, "olga", Some(Role::Official)).await;
    let answer_text = format!("The housing office will call {PHONE} this week.");
    app.post(&format!("/m/lindenfeld/issues/{id}/answers"), &[("body", &answer_text), ("lang", "en")]).await;
    let aid = app.count("SELECT id FROM answers").await;
    translate(&app, Kind::Answer, aid, "de", "", &format!("Das Amt ruft {PHONE} an."), "machine").await;
    app.new_browser();
    let search = format!("/m/lindenfeld/issues?q={PHONE}");
    app.get(&search).await.assert_contains("Heating broken all winter");

    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    let redacted = "The caretaker never answers. Call me on […] about the broken heating.";
    let page = app
        .post(&format!("/m/lindenfeld/moderation/issues/{id}/redact"), &[("title", "Heating broken all winter"), ("body", redacted)])
        .await;
    page.assert_contains(redacted);
    let form = app.get(&format!("/m/lindenfeld/moderation/comments/{cid}/redact")).await;
    form.assert_contains(PHONE);
    app.post(&format!("/m/lindenfeld/moderation/comments/{cid}/redact"), &[("body", "Same here, […] is my number too.")]).await;
    let short = app.post(&format!("/m/lindenfeld/moderation/answers/{aid}/redact"), &[("body", "Hi")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY, "a redacted answer is checked like an answer");
    short.assert_contains("Hi");
    app.post(&format!("/m/lindenfeld/moderation/answers/{aid}/redact"), &[("body", "The housing office will call you this week.")]).await;

    // No copy of the number is left anywhere a reader can reach.
    app.new_browser();
    for (path, lang) in [
        (format!("/m/lindenfeld/issues/{id}"), "en"),
        (format!("/m/lindenfeld/issues/{id}"), "de"),
        (format!("/m/lindenfeld/issues/{id}"), "ar"),
    ] {
        app.get_with(&path, &[("accept-language", lang)]).await.assert_lacks(PHONE);
    }
    let api = app.get(&format!("/api/v1/municipalities/lindenfeld/issues/{id}")).await;
    assert_eq!(api.status, StatusCode::OK);
    api.assert_lacks(PHONE);
    app.get(&search).await.assert_lacks("Heating broken all winter");
    let api_search = app.get(&format!("/api/v1/municipalities/lindenfeld/issues?q={PHONE}")).await;
    api_search.assert_lacks("Heating");
    assert_eq!(app.count("SELECT COUNT(*) FROM translations").await, 0, "every translation of the redacted texts is gone");
    let audit: Vec<String> =
        sqlx::query_scalar("SELECT COALESCE(detail, '') FROM audit_log").fetch_all(&app.state.db).await.expect("audit");
    assert!(audit.iter().all(|d| !d.contains(PHONE)), "{audit:?}");
    for action in ["issue.redact", "issue.comment-redact", "issue.answer-redact"] {
        assert_eq!(app.count(&format!("SELECT COUNT(*) FROM audit_log WHERE action = '{action}'")).await, 1, "{action}");
    }
    // The texts are back in the volunteers' queue, to be translated from the redacted version.
    person(&mut app, m, "jonas", Some(Role::Translator)).await;
    let queue = app.get("/m/lindenfeld/translate").await;
    queue
        .assert_contains(&format!("/translate/issue/{id}/de"))
        .assert_contains(&format!("/translate/comment/{cid}/de"))
        .assert_contains(&format!("/translate/answer/{aid}/de"))
        .assert_lacks(PHONE);
    // The author's notifications show the live, redacted title; the originals are for admins.
    assert_eq!(app.count("SELECT COUNT(*) FROM redactions").await, 3);
    app.create_admin("city-admin", "admin sentence here").await;
    app.new_browser();
    app.login("city-admin", "admin sentence here").await;
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_contains(PHONE).assert_contains("Official answer");
}

async fn a_translation_of_the_text_before_a_redaction_is_never_stored(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let body = format!("Call me on {PHONE} about the broken heating, please.");
    let id = issue(&app, m, theme, "amina", "Heating broken all winter", &body, "published").await;
    person(&mut app, m, "jonas", Some(Role::Translator)).await;
    let form = app.get(&format!("/m/lindenfeld/translate/issue/{id}/de")).await;
    let version = form.input_value("source").expect("the version translated");
    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    app.post(
        &format!("/m/lindenfeld/moderation/issues/{id}/redact"),
        &[("title", "Heating broken all winter"), ("body", "Call me on […] about the broken heating, please.")],
    )
    .await;
    // A machine translation that was under way when the moderator saved is dropped.
    let late = NewTranslation {
        kind: Kind::Issue,
        content_id: id,
        lang: "ar",
        title: "التدفئة معطلة",
        body: &format!("اتصل بي {PHONE}"),
        source: "machine",
        reviewed: false,
        translator_id: None,
    };
    chorus::db::translations::insert_machine(&app.state.db, &late, "Heating broken all winter", &body).await.expect("insert");
    assert_eq!(app.count("SELECT COUNT(*) FROM translations").await, 0, "the machine translated the old text");
    // The volunteer who opened the form before the redaction is asked to check again.
    app.new_browser();
    app.login("jonas", "a long sentence").await;
    let saved = app
        .post(
            &format!("/m/lindenfeld/translate/issue/{id}/de"),
            &[("title", "Heizung kaputt"), ("body", &format!("Ruf mich an: {PHONE}")), ("source", &version)],
        )
        .await;
    assert_eq!(saved.status, StatusCode::UNPROCESSABLE_ENTITY);
    saved.assert_contains("The original text was changed while you were translating").assert_contains("Heizung kaputt");
    assert_eq!(app.count("SELECT COUNT(*) FROM translations").await, 0);
    let fresh = app.get(&format!("/m/lindenfeld/translate/issue/{id}/de")).await;
    fresh.assert_lacks(PHONE);
    let version = fresh.input_value("source").expect("version");
    app.post(
        &format!("/m/lindenfeld/translate/issue/{id}/de"),
        &[("title", "Heizung kaputt"), ("body", "Ruf mich an."), ("source", &version)],
    )
    .await;
    assert_eq!(app.count("SELECT COUNT(*) FROM translations").await, 1);
}

async fn reports_from_throwaway_accounts_do_not_hide_and_taken_up_issues_are_only_flagged(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let fine =
        issue(&app, m, theme, "amina", "Night buses to the north", "No bus after ten at night to the northern estates.", "published").await;
    let answered = issue(&app, m, theme, "amina", "Evening language classes", "All language classes are in the morning.", "answered").await;
    let comment =
        chorus::db::comments::insert(&app.state.db, fine, app.user_id("amina").await, "A fine comment indeed.", "en", "published")
            .await
            .expect("comment");
    for n in 0..4 {
        person(&mut app, m, &format!("throwaway{n}"), None).await;
        app.post(&format!("/m/lindenfeld/issues/{fine}/report"), &[("reason", "report-offensive")]).await;
        app.post(&format!("/m/lindenfeld/comments/{comment}/report"), &[("reason", "report-spam")]).await;
    }
    assert_eq!(status_of(&app, fine).await, "published", "four brand-new accounts cannot hide an issue");
    let c: String = sqlx::query_scalar("SELECT status FROM comments").fetch_one(&app.state.db).await.expect("status");
    assert_eq!(c, "published", "nor a comment");
    for n in 0..3 {
        person(&mut app, m, &format!("neighbour{n}"), None).await;
        app.establish(&format!("neighbour{n}")).await;
        app.post(&format!("/m/lindenfeld/issues/{answered}/report"), &[("reason", "report-offensive")]).await;
        app.post(&format!("/m/lindenfeld/issues/{fine}/report"), &[("reason", "report-offensive")]).await;
    }
    assert_eq!(status_of(&app, fine).await, "hidden", "three established people can");
    assert_eq!(status_of(&app, answered).await, "answered", "an issue the city answered is never hidden automatically");
    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    let queue = app.get("/m/lindenfeld/moderation").await;
    queue.assert_contains("Evening language classes").assert_contains("Keep it public (dismiss the reports)");
}

async fn dismissing_reports_and_restoring_keep_the_status_the_city_gave(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let mut ids = Vec::new();
    for status in ["forwarded", "answered", "resolved"] {
        ids.push((
            issue(&app, m, theme, "amina", &format!("An issue the city {status}"), "A description long enough.", status).await,
            status,
        ));
    }
    person(&mut app, m, "karim", None).await;
    for (id, _) in &ids {
        app.post(&format!("/m/lindenfeld/issues/{id}/report"), &[("reason", "report-false")]).await;
    }
    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    for (id, status) in &ids {
        let page = app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "publish")]).await;
        assert_eq!(page.status, StatusCode::OK, "dismissing a report on a {status} issue works");
        assert_eq!(status_of(&app, *id).await, *status);
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL").await, 0, "the reports are closed");
    for (id, status) in &ids {
        app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "hide"), ("reason", "reason-offensive")]).await;
        assert_eq!(status_of(&app, *id).await, "hidden");
        app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "publish")]).await;
        assert_eq!(status_of(&app, *id).await, *status, "restoring a hidden {status} issue keeps the city's status");
    }
    let (id, _) = ids[1];
    app.new_browser();
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_contains("Restored by a moderator after review");
}

async fn notifications_never_show_the_title_of_an_issue_the_reader_may_no_longer_see(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let id =
        issue(&app, m, theme, "amina", "Landlord Meier at Hauptstrasse 5", "A description long enough for an issue.", "published").await;
    person(&mut app, m, "karim", None).await;
    app.post(&format!("/m/lindenfeld/issues/{id}/support"), &[("support", "1")]).await;
    let karim = app.jar.clone();
    person(&mut app, m, "olga", Some(Role::Official)).await;
    app.post(&format!("/m/lindenfeld/issues/{id}/status"), &[("action", "resolve")]).await;
    app.use_jar(karim.clone());
    app.get("/account/notifications").await.assert_contains("Landlord Meier");
    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "hide"), ("reason", "reason-personal-data")]).await;
    app.use_jar(karim);
    app.get("/account/notifications").await.assert_lacks("Landlord Meier").assert_contains("An issue you follow is no longer public.");
    app.new_browser();
    app.login("amina", "a long sentence").await;
    app.get("/account/notifications").await.assert_contains("Landlord Meier");
}

async fn reading_notifications_and_admin_pages_changes_nothing(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let amina = app.jar.clone();
    let id = issue(&app, m, theme, "amina", "Night buses to the north", "No bus after ten at night to the north.", "submitted").await;
    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "publish")]).await;
    app.use_jar(amina);
    let unread = "SELECT COUNT(*) FROM notifications WHERE read_at IS NULL";
    assert_eq!(app.count(unread).await, 1);
    let list = app.get("/account/notifications").await;
    list.assert_contains("Mark all as read");
    app.get_with("/account/notifications", &[("sec-fetch-site", "cross-site")]).await;
    assert_eq!(app.count(unread).await, 1, "reading the list (even from another site) marks nothing");
    app.post("/account/notifications/read", &[]).await.assert_lacks("Mark all as read");
    assert_eq!(app.count(unread).await, 0);
    // A reset code is shown in the answer to the POST that makes it, and by no later GET.
    app.create_admin("city-admin", "admin sentence here").await;
    app.new_browser();
    app.login("city-admin", "admin sentence here").await;
    let amina_id = app.user_id("amina").await;
    let made = app.post(&format!("/admin/users/{amina_id}/reset-code"), &[]).await;
    let code = made.text_of("reset-code").expect("the code is shown");
    let again = app.get(&format!("/admin/users/{amina_id}")).await;
    again.assert_lacks(&code);
    assert!(again.text_of("reset-code").is_none());
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE reset_code_hash IS NOT NULL").await, 1, "the code still works");
}

async fn bidi_overrides_are_not_stored_and_titles_are_isolated(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let theme = theme.to_string();
    let title = "Invoice\u{202E}gpj.exe for the \u{2067}حي\u{2069} office";
    let form = [
        ("title", title),
        ("body", "A description \u{202D}with an override\u{202C} and an isolate \u{2066}left open."),
        ("theme", theme.as_str()),
        ("lang", "en"),
        ("confirmed", "1"),
    ];
    app.post("/m/lindenfeld/issues", &form).await;
    let (stored_title, stored_body): (String, String) =
        sqlx::query_as("SELECT title, body FROM issues").fetch_one(&app.state.db).await.expect("stored");
    assert_eq!(stored_title, "Invoicegpj.exe for the \u{2067}حي\u{2069} office", "overrides go, balanced isolates stay");
    assert_eq!(stored_body, "A description with an override and an isolate left open.");
    let id = app.count("SELECT id FROM issues").await;
    sqlx::query("UPDATE issues SET status = 'published'").execute(&app.state.db).await.expect("publish");
    let page = app.get(&format!("/m/lindenfeld/issues/{id}")).await;
    assert!(page.body.contains(&format!("<title>\u{2068}{stored_title}\u{2069} · \u{2068}lindenfeld\u{2069}")), "{}", &page.body[..400]);
    let comment = app.post(&format!("/m/lindenfeld/issues/{id}/comments"), &[("body", "Hello \u{202E}dlrow")]).await;
    assert_eq!(comment.status, StatusCode::OK);
    let body: String = sqlx::query_scalar("SELECT body FROM comments").fetch_one(&app.state.db).await.expect("comment");
    assert_eq!(body, "Hello dlrow");
}

async fn a_repeated_query_parameter_is_not_an_error(app: TestApp) {
    town(&app).await;
    for path in [
        "/m/lindenfeld/issues?q=bus&q=night",
        "/m/lindenfeld/issues?sort=newest&sort=supported&status=published&status=x",
        "/api/v1/municipalities/lindenfeld/issues?q=a&q=b",
        "/login?next=/a&next=/b",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
    }
}
