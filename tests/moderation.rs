//! Moderators publish, reject with a reason, hide, merge and redact; reports hide an issue
//! pending review; authors are told; everything is audited.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    a_moderator_publishes_a_waiting_issue_and_the_author_is_told,
    a_rejection_carries_a_reason_and_a_note_for_the_author_only,
    a_decision_without_a_reason_is_refused_next_to_the_field,
    merging_moves_supports_over_once_per_person,
    redaction_replaces_the_text_and_keeps_the_original_for_admins_only,
    enough_reports_hide_an_issue_until_a_moderator_reviews_it,
    a_resident_cannot_moderate_by_direct_request,
    the_audit_log_is_for_admins_and_council_members_and_filters_by_kind,
);

async fn the_audit_log_is_for_admins_and_council_members_and_filters_by_kind(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let id = issue(&app, m, theme, "amina", "Evening language classes", "submitted").await;
    moderator(&mut app, m, "sofia").await;
    app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "reject"), ("reason", "reason-duplicate")]).await;
    assert_eq!(app.get("/m/lindenfeld/audit").await.status, StatusCode::FORBIDDEN, "moderators act; the council oversees");
    app.new_browser();
    app.register("karim", "a long sentence").await;
    app.grant("karim", m, Role::CouncilMember).await;
    app.get("/m/lindenfeld").await.assert_contains("/m/lindenfeld/audit");
    let log = app.get("/m/lindenfeld/audit?action=issue.").await;
    log.assert_contains("issue.reject").assert_contains("reason-duplicate").assert_contains(">sofia<");
    app.get("/m/lindenfeld/audit?action=role.").await.assert_lacks("issue.reject");
    assert_eq!(app.get("/m/lindenfeld/audit?action=%00evil").await.status, StatusCode::OK);
}

/// Lindenfeld (pre-moderation) with its first category id.
async fn town(app: &TestApp) -> (i64, i64) {
    let m = app.create_municipality("lindenfeld", &["de", "en"], "en").await;
    let theme = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[0].id;
    (m, theme)
}

/// An issue by `author` in `status`, stored through the core.
async fn issue(app: &TestApp, m: i64, theme: i64, author: &str, title: &str, status: &str) -> i64 {
    let new = chorus::db::issues::NewIssue {
        municipality_id: m,
        author_id: app.user_id(author).await,
        anonymous: false,
        title,
        body: "A description that is long enough for an issue.",
        lang: "en",
        theme_id: theme,
        tag_ids: &[],
        neighbourhood_id: None,
        status,
    };
    let mut conn = app.state.db.acquire().await.expect("connection");
    chorus::db::issues::insert(&mut conn, &new).await.expect("issue")
}

/// Registers `name` in a fresh browser and makes them moderator of `m`.
async fn moderator(app: &mut TestApp, m: i64, name: &str) {
    app.new_browser();
    app.register(name, "a long sentence").await;
    app.grant(name, m, Role::Moderator).await;
}

async fn a_moderator_publishes_a_waiting_issue_and_the_author_is_told(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let id = issue(&app, m, theme, "amina", "Evening language classes", "submitted").await;
    assert_eq!(app.get("/m/lindenfeld/moderation").await.status, StatusCode::FORBIDDEN, "residents do not moderate");
    let amina = app.jar.clone();
    moderator(&mut app, m, "sofia").await;
    let queue = app.get("/m/lindenfeld/moderation").await;
    queue.assert_contains("Evening language classes").assert_contains("A description that is long enough").assert_contains("amina");
    let done = app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "publish")]).await;
    done.assert_contains("Nothing is waiting.");
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_contains("Published");
    let author = reqwest::Client::builder().cookie_provider(amina).build().expect("client");
    let account =
        author.get(app.url("/account")).send().await.expect("GET").text().await.expect("body").replace(['\u{2068}', '\u{2069}'], "");
    assert!(account.contains("1 new"), "{account}");
    let news = author.get(app.url("/account/notifications")).send().await.expect("GET").text().await.expect("body");
    assert!(news.contains("Evening language classes") && news.contains("Published"), "{news}");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'issue.publish'").await, 1);
}

async fn a_rejection_carries_a_reason_and_a_note_for_the_author_only(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let id = issue(&app, m, theme, "amina", "My neighbour Hans Müller at Lindenweg 4", "submitted").await;
    let amina = app.jar.clone();
    moderator(&mut app, m, "sofia").await;
    let form = [("action", "reject"), ("reason", "reason-personal-data"), ("note", "Please send it again without the name and address.")];
    app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &form).await;
    let author = reqwest::Client::builder().cookie_provider(amina).build().expect("client");
    let page = author.get(app.url(&format!("/m/lindenfeld/issues/{id}"))).send().await.expect("GET").text().await.expect("body");
    assert!(
        page.contains("Not published") && page.contains("It contains personal data") && page.contains("without the name and address"),
        "{page}"
    );
    app.new_browser();
    assert_eq!(app.get(&format!("/m/lindenfeld/issues/{id}")).await.status, StatusCode::NOT_FOUND, "a rejected issue is not public");
    let audited = app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'issue.reject' AND detail LIKE '%reason-personal-data%'").await;
    assert_eq!(audited, 1, "the reason is in the audit log");
}

async fn a_decision_without_a_reason_is_refused_next_to_the_field(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let id = issue(&app, m, theme, "amina", "Evening language classes", "submitted").await;
    moderator(&mut app, m, "sofia").await;
    let page = app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "reject"), ("reason", ""), ("note", "x")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Please choose a reason.").assert_contains(&format!("id=\"reason-{id}-error\""));
    let status: String = sqlx::query_scalar("SELECT status FROM issues").fetch_one(&app.state.db).await.expect("status");
    assert_eq!(status, "submitted");
    let bogus = app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "explode")]).await;
    assert_eq!(bogus.status, StatusCode::BAD_REQUEST);
}

async fn merging_moves_supports_over_once_per_person(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let dup = issue(&app, m, theme, "amina", "Buses at night", "published").await;
    let main = issue(&app, m, theme, "amina", "Night buses to the north", "published").await;
    for (name, targets) in [("olena", vec![dup, main]), ("karim", vec![dup]), ("jonas", vec![main])] {
        app.new_browser();
        app.register(name, "a long sentence").await;
        for t in targets {
            app.post(&format!("/m/lindenfeld/issues/{t}/support"), &[("support", "1")]).await;
        }
    }
    moderator(&mut app, m, "sofia").await;
    let bad = app.post(&format!("/m/lindenfeld/moderation/issues/{dup}"), &[("action", "merge"), ("into", &dup.to_string())]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "an issue cannot be merged into itself");
    app.post(&format!("/m/lindenfeld/moderation/issues/{dup}"), &[("action", "merge"), ("into", &format!("#{main}"))]).await;
    let supports: i64 =
        sqlx::query_scalar("SELECT supports FROM issues WHERE id = $1").bind(main).fetch_one(&app.state.db).await.expect("count");
    assert_eq!(supports, 3, "olena, karim and jonas, each once");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM supports WHERE issue_id = {main}")).await, 3);
    let old = app.get(&format!("/m/lindenfeld/issues/{dup}")).await;
    old.assert_contains("Merged with another issue").assert_contains(&format!("/m/lindenfeld/issues/{main}\">#{main}"));
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM notifications WHERE issue_id = {dup} AND status = 'merged'")).await,
        1,
        "the author is told"
    );
}

async fn redaction_replaces_the_text_and_keeps_the_original_for_admins_only(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let id = issue(&app, m, theme, "amina", "Landlord Hans Müller refuses repairs", "published").await;
    moderator(&mut app, m, "sofia").await;
    let form = app.get(&format!("/m/lindenfeld/moderation/issues/{id}/redact")).await;
    assert_eq!(form.input_value("title").as_deref(), Some("Landlord Hans Müller refuses repairs"));
    let too_short = app
        .post(
            &format!("/m/lindenfeld/moderation/issues/{id}/redact"),
            &[("title", "x"), ("body", "A description that is long enough for an issue.")],
        )
        .await;
    assert_eq!(too_short.status, StatusCode::UNPROCESSABLE_ENTITY);
    too_short.assert_contains("The title needs at least 5 characters.");
    let page = app
        .post(
            &format!("/m/lindenfeld/moderation/issues/{id}/redact"),
            &[("title", "Landlord […] refuses repairs"), ("body", "A description that is long enough for an issue.")],
        )
        .await;
    page.assert_contains("Landlord […] refuses repairs").assert_contains("Personal data removed").assert_lacks("Hans Müller");
    app.new_browser();
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_lacks("Hans Müller");
    app.create_admin("city-admin", "admin sentence here").await;
    app.login("city-admin", "admin sentence here").await;
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_contains("administrators only").assert_contains("Hans Müller");
    assert_eq!(app.count("SELECT COUNT(*) FROM redactions").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'issue.redact'").await, 1);
}

async fn enough_reports_hide_an_issue_until_a_moderator_reviews_it(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let id = issue(&app, m, theme, "amina", "A perfectly fine issue", "published").await;
    for name in ["reporter1", "reporter2", "reporter3"] {
        app.new_browser();
        app.register(name, "a long sentence").await;
        app.establish(name).await;
        let page = app.post(&format!("/m/lindenfeld/issues/{id}/report"), &[("reason", "report-offensive")]).await;
        assert_eq!(page.status, StatusCode::OK);
        if name == "reporter1" {
            page.assert_contains("A moderator will look at it.");
            app.post(&format!("/m/lindenfeld/issues/{id}/report"), &[("reason", "report-spam")]).await;
        }
    }
    let status: String =
        sqlx::query_scalar("SELECT status FROM issues WHERE id = $1").bind(id).fetch_one(&app.state.db).await.expect("status");
    assert_eq!(status, "hidden", "three different people reported it");
    assert_eq!(app.count("SELECT COUNT(*) FROM reports").await, 3, "reporting twice counts once");
    assert_eq!(app.get(&format!("/m/lindenfeld/issues/{id}")).await.status, StatusCode::NOT_FOUND);
    moderator(&mut app, m, "sofia").await;
    app.get("/m/lindenfeld/moderation")
        .await
        .assert_contains("A perfectly fine issue")
        .assert_contains("It is offensive or hateful (3)")
        .assert_contains("Restore");
    app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &[("action", "publish")]).await;
    app.new_browser();
    assert_eq!(app.get(&format!("/m/lindenfeld/issues/{id}")).await.status, StatusCode::OK, "public again after review");
    assert_eq!(app.count("SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL").await, 0);
    let bad = app.post(&format!("/m/lindenfeld/issues/{id}/report"), &[("reason", "because")]).await;
    assert!(bad.url.contains("/login") || bad.status == StatusCode::BAD_REQUEST);
}

async fn a_resident_cannot_moderate_by_direct_request(app: TestApp) {
    let (m, theme) = town(&app).await;
    app.register("amina", "a long sentence").await;
    let id = issue(&app, m, theme, "amina", "Evening language classes", "submitted").await;
    for (path, fields) in [
        (format!("/m/lindenfeld/moderation/issues/{id}"), vec![("action", "publish")]),
        (
            format!("/m/lindenfeld/moderation/issues/{id}/redact"),
            vec![("title", "Changed title"), ("body", "A changed description, long enough.")],
        ),
        ("/m/lindenfeld/moderation/comments/1/redact".to_string(), vec![("body", "A changed comment.")]),
        ("/m/lindenfeld/moderation/answers/1/redact".to_string(), vec![("body", "A changed answer, long enough.")]),
    ] {
        assert_eq!(app.post(&path, &fields).await.status, StatusCode::FORBIDDEN, "{path}");
        if path.ends_with("/redact") {
            assert_eq!(app.get(&path).await.status, StatusCode::FORBIDDEN, "{path}");
        }
    }
    let status: String = sqlx::query_scalar("SELECT status FROM issues").fetch_one(&app.state.db).await.expect("status");
    assert_eq!(status, "submitted");
    let user = chorus::db::users::by_id(&app.state.db, app.user_id("amina").await).await.expect("query").expect("user");
    let town = chorus::db::municipalities::by_id(&app.state.db, m).await.expect("query").expect("town");
    let refused = chorus::services::moderation::decide(&app.state, &user, &town, id, chorus::services::moderation::Decision::Publish).await;
    assert!(matches!(refused, Err(chorus::error::AppError::Forbidden)));
}
