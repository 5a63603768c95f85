//! Comments, edits on request, what the city does (forward, answer, resolve), the referral
//! directory and the taxonomy admin: through the real pages, on both databases.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    comments_wait_for_a_moderator_and_the_author_is_told,
    a_bad_comment_comes_back_with_its_text_and_a_message,
    enough_reports_hide_a_comment,
    a_moderator_asks_the_author_to_edit_and_the_new_version_returns_to_the_queue,
    officials_answer_and_followers_are_told_at_each_step,
    a_bad_answer_comes_back_with_everything_typed,
    only_officials_answer_and_only_staff_forward,
    the_help_directory_is_open_to_all_and_managed_by_admins,
    admins_edit_topics_tags_and_neighbourhoods,
);

#[tokio::test]
async fn a_flood_of_posts_is_paused_and_the_text_kept_on_sqlite() {
    flood(crate::helpers::Db::Sqlite).await;
}

#[tokio::test]
async fn a_flood_of_posts_is_paused_and_the_text_kept_on_postgres() {
    flood(crate::helpers::Db::Postgres).await;
}

/// With two posts an hour allowed, an issue and a comment go through and the next comment
/// comes back with its text and the reason; another account is not affected.
async fn flood(db: crate::helpers::Db) {
    let Some(mut app) = TestApp::spawn_with(db, &[("CHORUS_POSTS_PER_ACCOUNT_PER_HOUR", "2")]).await else { return };
    let (m, theme) = town(&app).await;
    sqlx::query("UPDATE municipalities SET moderation_mode = 'post'").execute(&app.state.db).await.expect("post");
    person(&mut app, m, "amina", None).await;
    let theme = theme.to_string();
    let issue = [
        ("title", "Evening language classes"),
        ("body", "All language classes are in the morning, when parents work."),
        ("theme", theme.as_str()),
        ("lang", "en"),
        ("confirmed", "1"),
    ];
    app.post("/m/lindenfeld/issues", &issue).await.assert_contains("Your issue is published");
    let id = app.count("SELECT id FROM issues").await;
    app.post(&format!("/m/lindenfeld/issues/{id}/comments"), &[("body", "First comment of mine.")])
        .await
        .assert_contains("Your comment is published");
    let page = app.post(&format!("/m/lindenfeld/issues/{id}/comments"), &[("body", "Third post within the hour.")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("You have posted a lot in the last hour").assert_contains("Third post within the hour.");
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 1);
    person(&mut app, m, "karim", None).await;
    app.post(&format!("/m/lindenfeld/issues/{id}/comments"), &[("body", "Someone else may post.")])
        .await
        .assert_contains("Your comment is published");
}

/// Lindenfeld (pre-moderation, English and German) with its first category id.
async fn town(app: &TestApp) -> (i64, i64) {
    let m = app.create_municipality("lindenfeld", &["en", "de"], "en").await;
    let theme = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[0].id;
    (m, theme)
}

/// A published issue by `author`, stored through the core.
async fn published(app: &TestApp, m: i64, theme: i64, author: &str, title: &str) -> i64 {
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
        status: "published",
    };
    let mut conn = app.state.db.acquire().await.expect("connection");
    chorus::db::issues::insert(&mut conn, &new).await.expect("issue")
}

/// Registers `name` in a fresh browser, with `role` in `m`.
async fn person(app: &mut TestApp, m: i64, name: &str, role: Option<Role>) {
    app.new_browser();
    app.register(name, "a long sentence").await;
    if let Some(role) = role {
        app.grant(name, m, role).await;
    }
}

async fn comments_wait_for_a_moderator_and_the_author_is_told(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let id = published(&app, m, theme, "amina", "Evening language classes").await;
    person(&mut app, m, "oksana", None).await;
    let oksana = app.jar.clone();
    let page = app
        .post(
            &format!("/m/lindenfeld/issues/{id}/comments"),
            &[("body", "Bitte auch samstags, viele arbeiten in Schichten."), ("lang", "")],
        )
        .await;
    page.assert_contains("A moderator will check your comment soon").assert_contains("Bitte auch samstags");
    assert_eq!(app.count("SELECT COUNT(*) FROM comments WHERE lang = 'de' AND status = 'submitted'").await, 1, "language detected");
    app.new_browser();
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_lacks("Bitte auch samstags");
    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    let queue = app.get("/m/lindenfeld/moderation").await;
    queue.assert_contains("Comments").assert_contains("Bitte auch samstags");
    let cid = app.count("SELECT id FROM comments").await;
    let done = app.post(&format!("/m/lindenfeld/moderation/comments/{cid}"), &[("action", "publish")]).await;
    done.assert_contains("Nothing is waiting.");
    app.new_browser();
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_contains("Bitte auch samstags").assert_contains("oksana");
    app.use_jar(oksana);
    app.get("/account/notifications").await.assert_contains("Your comment was published").assert_contains("Evening language classes");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'issue.comment-publish'").await, 1);
}

async fn a_bad_comment_comes_back_with_its_text_and_a_message(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let id = published(&app, m, theme, "amina", "Evening language classes").await;
    let long = "Sehr lange. ".repeat(200);
    let page = app.post(&format!("/m/lindenfeld/issues/{id}/comments"), &[("body", &long), ("lang", "xx")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("The comment can have at most 2000 characters.").assert_contains("Sehr lange. Sehr lange.");
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 0);
    let hidden = published(&app, m, theme, "amina", "Another one").await;
    sqlx::query("UPDATE issues SET status = 'hidden' WHERE id = $1").bind(hidden).execute(&app.state.db).await.expect("hide");
    let page = app.post(&format!("/m/lindenfeld/issues/{hidden}/comments"), &[("body", "Hello there")]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND, "no comments on issues that are not public");
}

async fn enough_reports_hide_a_comment(mut app: TestApp) {
    let app_db = app.state.db.clone();
    let (m, theme) = town(&app).await;
    sqlx::query("UPDATE municipalities SET moderation_mode = 'post' WHERE id = $1").bind(m).execute(&app_db).await.expect("post");
    person(&mut app, m, "amina", None).await;
    let id = published(&app, m, theme, "amina", "Evening language classes").await;
    let page = app.post(&format!("/m/lindenfeld/issues/{id}/comments"), &[("body", "Spam spam buy now at example dot com")]).await;
    page.assert_contains("Your comment is published");
    let cid = app.count("SELECT id FROM comments").await;
    for n in 0..3 {
        person(&mut app, m, &format!("reader{n}"), None).await;
        app.establish(&format!("reader{n}")).await;
        let page = app.post(&format!("/m/lindenfeld/comments/{cid}/report"), &[("reason", "report-spam")]).await;
        page.assert_contains("A moderator will look at this comment");
    }
    app.new_browser();
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_lacks("Spam spam");
    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    app.get("/m/lindenfeld/moderation").await.assert_contains("Spam spam").assert_contains("It is advertising or spam (3)");
    let bad = app.post(&format!("/m/lindenfeld/moderation/comments/{cid}"), &[("action", "reject"), ("reason", "")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains("Please choose a reason.");
    app.post(&format!("/m/lindenfeld/moderation/comments/{cid}"), &[("action", "reject"), ("reason", "reason-offensive")]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM comments WHERE status = 'rejected' AND reason = 'reason-offensive'").await, 1);
}

async fn a_moderator_asks_the_author_to_edit_and_the_new_version_returns_to_the_queue(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let amina = app.jar.clone();
    let id = published(&app, m, theme, "amina", "Evening classes at Lindenweg 4").await;
    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    let sofia = app.jar.clone();
    let form = [("action", "ask-edit"), ("reason", "reason-personal-data"), ("note", "Please leave out the street address.")];
    app.post(&format!("/m/lindenfeld/moderation/issues/{id}"), &form).await.assert_lacks("Evening classes at Lindenweg 4");
    app.new_browser();
    assert_eq!(app.get(&format!("/m/lindenfeld/issues/{id}")).await.status, StatusCode::NOT_FOUND, "out of public view");
    assert_eq!(app.get(&format!("/m/lindenfeld/issues/{id}/edit")).await.status, StatusCode::OK, "sign-in page for visitors");
    person(&mut app, m, "karim", None).await;
    assert_eq!(app.get(&format!("/m/lindenfeld/issues/{id}/edit")).await.status, StatusCode::NOT_FOUND, "only the author edits");
    app.use_jar(amina);
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_contains("asked you to change this issue");
    let form = app.get(&format!("/m/lindenfeld/issues/{id}/edit")).await;
    form.assert_contains("Please leave out the street address.").assert_contains("It contains personal data");
    assert_eq!(form.input_value("title").as_deref(), Some("Evening classes at Lindenweg 4"));
    let theme_s = theme.to_string();
    let bad = app
        .post(&format!("/m/lindenfeld/issues/{id}/edit"), &[("title", "Ev"), ("body", "Short"), ("theme", &theme_s), ("lang", "en")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(bad.input_value("title").as_deref(), Some("Ev"));
    let fields = [
        ("title", "Evening classes in the north"),
        ("body", "Evening language classes with childcare are missing."),
        ("theme", &theme_s),
        ("lang", "en"),
    ];
    app.post(&format!("/m/lindenfeld/issues/{id}/edit"), &fields).await.assert_contains("Your changes go to the moderators");
    app.use_jar(sofia);
    app.get("/m/lindenfeld/moderation").await.assert_contains("Evening classes in the north");
    let events: Vec<String> = sqlx::query_scalar("SELECT status FROM issue_events WHERE issue_id = $1 ORDER BY id")
        .bind(id)
        .fetch_all(&app.state.db)
        .await
        .expect("events");
    assert_eq!(events, ["submitted", "published", "edit-requested", "edited"]);
    // The search index forgot the old text and knows the new one.
    let search = |q: &str| chorus::db::search::Search::all_words(app.state.backend, q).expect("words");
    assert!(search("Lindenweg").issue_ids(&app.state.db, 10).await.expect("search").is_empty());
    assert_eq!(search("childcare north").issue_ids(&app.state.db, 10).await.expect("search"), vec![id]);
}

async fn officials_answer_and_followers_are_told_at_each_step(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let amina = app.jar.clone();
    let id = published(&app, m, theme, "amina", "Evening language classes").await;
    person(&mut app, m, "karim", None).await;
    let karim = app.jar.clone();
    app.post(&format!("/m/lindenfeld/issues/{id}/support"), &[("support", "1")]).await;
    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    app.post(&format!("/m/lindenfeld/issues/{id}/status"), &[("action", "forward")]).await.assert_contains("Sent to the council");
    person(&mut app, m, "olga", Some(Role::Official)).await;
    let olga = app.jar.clone();
    let answer = [
        ("body", "Die Volkshochschule bietet ab März zwei Abendkurse mit Kinderbetreuung an."),
        ("lang", ""),
        ("department", "Amt für Integration"),
        ("expected_on", "2027-03-01"),
    ];
    let page = app.post(&format!("/m/lindenfeld/issues/{id}/answers"), &answer).await;
    page.assert_contains("The answer is published").assert_contains("Amt für Integration").assert_contains("2027-03-01");
    page.assert_contains("Answered by the city").assert_lacks(">olga<");
    app.post(&format!("/m/lindenfeld/issues/{id}/status"), &[("action", "resolve")]).await.assert_contains("Resolved");
    for jar in [amina, karim] {
        app.use_jar(jar);
        let news = app.get("/account/notifications").await;
        news.assert_contains("Sent to the council").assert_contains("Answered by the city").assert_contains("Resolved");
    }
    let json: serde_json::Value = app
        .browser
        .get(app.url(&format!("/api/v1/municipalities/lindenfeld/issues/{id}")))
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("json");
    assert_eq!(json["status"], "resolved");
    assert_eq!(json["answers"][0]["lang"], "de");
    assert_eq!(json["answers"][0]["department"], "Amt für Integration");
    let steps: Vec<&str> = json["timeline"].as_array().expect("timeline").iter().filter_map(|e| e["status"].as_str()).collect();
    assert_eq!(steps, ["submitted", "published", "forwarded", "answered", "resolved"]);
    // The recently-answered sort lists it.
    app.get("/m/lindenfeld/issues?sort=answered").await.assert_contains("Evening language classes");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('issue.forward', 'issue.answer', 'issue.resolve')").await, 3);
    // A further answer adds to a resolved issue without reopening it.
    app.use_jar(olga);
    let more = [("body", "Die Kurse beginnen am 3. März um 18 Uhr."), ("lang", "de")];
    app.post(&format!("/m/lindenfeld/issues/{id}/answers"), &more).await.assert_contains("Die Kurse beginnen am 3. März");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM issues WHERE id = {id} AND status = 'resolved'")).await, 1);
}

async fn a_bad_answer_comes_back_with_everything_typed(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let id = published(&app, m, theme, "amina", "Evening language classes").await;
    person(&mut app, m, "olga", Some(Role::Official)).await;
    let answer = [("body", "Soon"), ("department", "Integration office"), ("expected_on", "2027-02-30"), ("resolved", "1")];
    let page = app.post(&format!("/m/lindenfeld/issues/{id}/answers"), &answer).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("The answer must have at least 10 characters.").assert_contains("Give a real date");
    assert_eq!(page.input_value("department").as_deref(), Some("Integration office"));
    assert_eq!(page.input_value("expected_on").as_deref(), Some("2027-02-30"));
    assert_eq!(app.count("SELECT COUNT(*) FROM answers").await, 0);
}

async fn only_officials_answer_and_only_staff_forward(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    let id = published(&app, m, theme, "amina", "Evening language classes").await;
    app.get(&format!("/m/lindenfeld/issues/{id}")).await.assert_lacks("Publish the answer").assert_lacks("Send to the council");
    let page = app.post(&format!("/m/lindenfeld/issues/{id}/answers"), &[("body", "I answer for the city, trust me.")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(app.post(&format!("/m/lindenfeld/issues/{id}/status"), &[("action", "forward")]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.post(&format!("/m/lindenfeld/issues/{id}/status"), &[("action", "resolve")]).await.status, StatusCode::FORBIDDEN);
    person(&mut app, m, "sofia", Some(Role::Moderator)).await;
    assert_eq!(app.post(&format!("/m/lindenfeld/issues/{id}/status"), &[("action", "resolve")]).await.status, StatusCode::FORBIDDEN);
    // Officials of another town have no say here.
    let other = app.create_municipality("porto", &["it"], "it").await;
    person(&mut app, other, "marco", Some(Role::Official)).await;
    let page = app.post(&format!("/m/lindenfeld/issues/{id}/answers"), &[("body", "Wrong town, wrong official.")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT COUNT(*) FROM answers").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM issues WHERE status = 'published'").await, 1);
}

async fn the_help_directory_is_open_to_all_and_managed_by_admins(mut app: TestApp) {
    let (m, _) = town(&app).await;
    app.new_browser();
    app.get_with("/m/lindenfeld/help", &[("accept-language", "en")]).await.assert_contains("has not listed any help services yet");
    app.get_with("/m/lindenfeld/issues/new", &[("accept-language", "en")]).await.assert_contains("Sign in");
    person(&mut app, m, "amina", None).await;
    app.get("/m/lindenfeld/issues/new").await.assert_contains("I need help with my own situation").assert_contains("/m/lindenfeld/help");
    let service = [("name", "Migration advice"), ("contact", "Marktplatz 3"), ("languages", "ar")];
    assert_eq!(app.post(&format!("/admin/municipalities/{m}/services"), &service).await.status, StatusCode::FORBIDDEN);
    app.new_browser();
    app.create_admin("ada", "a long admin sentence").await;
    app.login("ada", "a long admin sentence").await;
    let bad = app.post(&format!("/admin/municipalities/{m}/services"), &[("name", "M"), ("contact", "Marktplatz 3")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains("Choose at least one language").assert_contains("Give a name of 2 to 120 characters");
    assert_eq!(bad.input_value("name").as_deref(), Some("M"));
    let service = [
        ("name", "Migration advice"),
        ("description", "Residence permits and letters from offices."),
        ("languages", "ar"),
        ("languages", "ti"),
        ("contact", "Marktplatz 3, Mon–Thu 9–13"),
    ];
    app.post(&format!("/admin/municipalities/{m}/services"), &service).await.assert_contains("Migration advice");
    app.new_browser();
    let help = app.get_with("/m/lindenfeld/help", &[("accept-language", "ar")]).await;
    help.assert_contains("Migration advice").assert_contains("Marktplatz 3, Mon–Thu 9–13").assert_contains("ትግርኛ");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'municipality.service'").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM issues").await, 0, "asking for help publishes nothing");
}

async fn admins_edit_topics_tags_and_neighbourhoods(mut app: TestApp) {
    let (m, theme) = town(&app).await;
    person(&mut app, m, "amina", None).await;
    assert_eq!(app.get(&format!("/admin/municipalities/{m}/taxonomy")).await.status, StatusCode::FORBIDDEN);
    let _used = published(&app, m, theme, "amina", "Evening language classes").await;
    app.new_browser();
    app.create_admin("ada", "a long admin sentence").await;
    app.login("ada", "a long admin sentence").await;
    let path = format!("/admin/municipalities/{m}/taxonomy");
    app.get(&path).await.assert_contains("Work and starting a business");
    let page = app.post(&path, &[("action", "add-category"), ("dimension", "cultural"), ("label", "Sport clubs")]).await;
    page.assert_contains("Sport clubs");
    app.post(&path, &[("action", "add-tag"), ("tag_label", "LGBTQI+ people")]).await.assert_contains("LGBTQI+ people");
    app.post(&path, &[("action", "add-neighbourhood"), ("neighbourhood", "Nordviertel")]).await.assert_contains("Nordviertel");
    let dup = app.post(&path, &[("action", "add-neighbourhood"), ("neighbourhood", "Nordviertel")]).await;
    assert_eq!(dup.status, StatusCode::UNPROCESSABLE_ENTITY);
    dup.assert_contains("This name is already used.");
    let id = theme.to_string();
    let key = format!("label-{theme}");
    let page = app.post(&path, &[("action", "rename"), ("id", &id), (&key, "Jobs")]).await;
    page.assert_contains("Jobs");
    let used = app.post(&path, &[("action", "remove"), ("id", &id)]).await;
    assert_eq!(used.status, StatusCode::UNPROCESSABLE_ENTITY);
    used.assert_contains("Issues use this category");
    // Residents see the new choices when they raise an issue.
    app.new_browser();
    app.login("amina", "a long sentence").await;
    let form = app.get("/m/lindenfeld/issues/new").await;
    form.assert_contains("Sport clubs").assert_contains("LGBTQI+ people").assert_contains("Nordviertel").assert_contains(">Jobs<");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'municipality.taxonomy'").await, 4);
}
