//! Council summaries through the real pages, on both databases: the secretariat writes one
//! with recommendations linked to issues, members comment in review, the chair approves, it
//! is forwarded and frozen, its issues become "forwarded to the council" and link to it, and
//! a correction is a new version while the old one stays readable. Drafts stay out of sight
//! of the public; every bad form comes back with what was typed.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    the_secretariat_writes_a_summary_the_chair_approves_it_and_forwarding_freezes_it,
    a_correction_is_a_new_version_and_the_forwarded_one_stays_readable,
    drafts_are_out_of_sight_of_the_public_and_of_residents,
    a_bad_summary_or_recommendation_comes_back_with_what_was_typed,
    only_the_chair_approves_and_a_step_happens_once,
    the_api_serves_forwarded_summaries_only_and_describes_them,
    forwarding_tells_the_officials_and_the_report_is_a_pdf_in_three_scripts,
);

mod forwarded_recommendations_are_machine_translated_into_the_towns_languages {
    #[tokio::test]
    async fn sqlite() {
        if let Some((app, _)) = crate::translation::app_with_machine_translation(crate::helpers::Db::Sqlite).await {
            super::forwarded_recommendations_are_machine_translated_into_the_towns_languages(app).await;
        }
    }
    #[tokio::test]
    async fn postgres() {
        if let Some((app, _)) = crate::translation::app_with_machine_translation(crate::helpers::Db::Postgres).await {
            super::forwarded_recommendations_are_machine_translated_into_the_towns_languages(app).await;
        }
    }
}

async fn forwarded_recommendations_are_machine_translated_into_the_towns_languages(mut app: TestApp) {
    council(&mut app).await;
    forwarded(&mut app).await;
    for _ in 0..100 {
        if app.count("SELECT COUNT(*) FROM translations WHERE kind = 'recommendation'").await > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let title: String = sqlx::query_scalar("SELECT title FROM translations WHERE kind = 'recommendation' AND lang = 'ar'")
        .fetch_one(&app.state.db)
        .await
        .expect("an Arabic machine translation");
    assert_eq!(title, "[ar] Evening language classes");
}

/// Lindenfeld (English, Arabic) with a council: `chair` chairs it, `secretary` is its
/// secretariat, `member` a member, `former` a chair whose term ended; `resident` lives
/// there; two published issues (1 and 2). Signed in as nobody at the end.
pub async fn council(app: &mut TestApp) -> i64 {
    let m = app.create_municipality("lindenfeld", &["en", "ar"], "en").await;
    let now = chorus::db::now();
    let council: i64 = sqlx::query_scalar(
        "INSERT INTO councils (municipality_id, slug, name, composition, lang, created_at) VALUES ($1, 'board', 'Migrant Advisory Board', 'delegates', 'en', $2) RETURNING id",
    )
    .bind(m)
    .bind(now)
    .fetch_one(&app.state.db)
    .await
    .expect("council");
    for (name, seat, start, end) in [
        ("chair", "chair", now - 86_400, None),
        ("secretary", "secretariat", now - 86_400, None),
        ("member", "member", now - 86_400, None),
        ("former", "chair", now - 900 * 86_400, Some(now - 100 * 86_400)),
    ] {
        app.new_browser();
        app.register(name, "a long sentence").await;
        app.grant(name, m, Role::Resident).await;
        let user = app.user_id(name).await;
        sqlx::query("INSERT INTO council_members (council_id, user_id, role, display_name, term_start, term_end, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
            .bind(council)
            .bind(user)
            .bind(seat)
            .bind(name)
            .bind(start)
            .bind(end)
            .bind(now)
            .execute(&app.state.db)
            .await
            .expect("seat");
    }
    app.new_browser();
    app.register("resident", "a long sentence").await;
    app.grant("resident", m, Role::Resident).await;
    let themes = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes");
    let author = app.user_id("resident").await;
    let mut conn = app.state.db.acquire().await.expect("connection");
    for (title, lang) in [("No evening language classes for working mothers", "en"), ("لا توجد دروس مسائية لتعليم اللغة", "ar")]
    {
        let new = chorus::db::issues::NewIssue {
            municipality_id: m,
            author_id: author,
            anonymous: false,
            title,
            body: "All courses in the north of the city are in the morning, when we are at work.",
            lang,
            theme_id: themes[0].id,
            tag_ids: &[],
            neighbourhood_id: None,
            status: "published",
        };
        chorus::db::issues::insert(&mut conn, &new).await.expect("issue");
    }
    drop(conn);
    app.new_browser();
    m
}

/// Signs in `name` in a new browser.
pub async fn as_(app: &mut TestApp, name: &str) {
    app.new_browser();
    app.login(name, "a long sentence").await;
}

fn today() -> String {
    chorus::domain::summary::format_day(chorus::db::now())
}

/// Creates a summary through the form (signed in as a writer) and returns its id.
pub async fn summary(app: &TestApp, title: &str) -> i64 {
    let to = today();
    let page = app
        .post(
            "/m/lindenfeld/summaries",
            &[("council", "board"), ("title", title), ("lang", "en"), ("from", "2026-01-01"), ("to", to.as_str())],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.url.rsplit('/').next().and_then(|s| s.parse().ok()).expect("redirected to the summary")
}

/// Adds a recommendation drawing on `issues`.
pub async fn recommendation(app: &TestApp, id: i64, title: &str, issues: &str) {
    let page = app
        .post(
            &format!("/m/lindenfeld/summaries/{id}/recommendations"),
            &[("title", title), ("body", "Offer evening classes in the north, with childcare."), ("lang", "en"), ("issues", issues)],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_contains(title);
}

/// A summary with one recommendation on issues 1 and 2, through review and approval to the
/// city. Ends signed in as the secretary.
pub async fn forwarded(app: &mut TestApp) -> i64 {
    as_(app, "secretary").await;
    let id = summary(app, "Language classes, first half of the year").await;
    recommendation(app, id, "Evening language classes", "1, 2").await;
    app.post(&format!("/m/lindenfeld/summaries/{id}/submit"), &[]).await.assert_contains("In review");
    as_(app, "chair").await;
    app.post(&format!("/m/lindenfeld/summaries/{id}/approve"), &[]).await.assert_contains("Approved");
    as_(app, "secretary").await;
    app.post(&format!("/m/lindenfeld/summaries/{id}/forward"), &[]).await.assert_contains("Forwarded to the city");
    id
}

async fn the_secretariat_writes_a_summary_the_chair_approves_it_and_forwarding_freezes_it(mut app: TestApp) {
    council(&mut app).await;
    as_(&mut app, "secretary").await;
    app.get("/m/lindenfeld/summaries").await.assert_contains("/m/lindenfeld/summaries/new");
    let id = summary(&app, "Language classes, first half of the year").await;
    let page = app.get(&format!("/m/lindenfeld/summaries/{id}")).await;
    page.assert_contains("Draft").assert_contains("Figures").assert_contains("Send to review");
    // Nothing to review without a recommendation.
    app.post(&format!("/m/lindenfeld/summaries/{id}/submit"), &[]).await.assert_contains("Add at least one recommendation");
    recommendation(&app, id, "Evening language classes", "1, https://example.org/m/lindenfeld/issues/2").await;
    recommendation(&app, id, "A housing desk", "2").await;
    let page = app.post(&format!("/m/lindenfeld/summaries/{id}/submit"), &[]).await;
    page.assert_contains("In review").assert_contains("/m/lindenfeld/issues/1").assert_contains("issue 2");

    as_(&mut app, "member").await;
    let page = app.post(&format!("/m/lindenfeld/summaries/{id}/comments"), &[("body", "Please add the childcare point.")]).await;
    page.assert_contains("Please add the childcare point.").assert_lacks("/approve\"");
    as_(&mut app, "chair").await;
    app.get(&format!("/m/lindenfeld/summaries/{id}")).await.assert_contains("Please add the childcare point.");
    app.post(&format!("/m/lindenfeld/summaries/{id}/approve"), &[]).await.assert_contains("Approved").assert_contains("/forward\"");
    app.post(&format!("/m/lindenfeld/summaries/{id}/forward"), &[]).await.assert_contains("Forwarded to the city");

    // Frozen: no more edits or recommendations.
    assert_eq!(app.get(&format!("/m/lindenfeld/summaries/{id}/edit")).await.status, StatusCode::FORBIDDEN, "the chair does not write it");
    as_(&mut app, "secretary").await;
    let r = app
        .post(
            &format!("/m/lindenfeld/summaries/{id}/recommendations"),
            &[("title", "Late"), ("body", "A point added after forwarding."), ("lang", "en")],
        )
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(app.get(&format!("/m/lindenfeld/summaries/{id}/edit")).await.status, StatusCode::CONFLICT);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM recommendations WHERE summary_id = {id}")).await, 2);

    // Public now, with its review comments left out; its issues are with the council.
    app.new_browser();
    let public = app.get(&format!("/m/lindenfeld/summaries/{id}")).await;
    assert_eq!(public.status, StatusCode::OK);
    public.assert_contains("Evening language classes").assert_lacks("Please add the childcare point.").assert_lacks("/correct\"");
    app.get("/m/lindenfeld/summaries").await.assert_contains("Language classes, first half of the year");
    let issue = app.get("/m/lindenfeld/issues/1").await;
    issue.assert_contains("Forwarded to the advisory council in").assert_contains(&format!("/m/lindenfeld/summaries/{id}"));
    assert_eq!(app.count("SELECT COUNT(*) FROM issues WHERE status = 'forwarded'").await, 2);
    // The author was told (once per issue).
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE kind = 'issue' AND status = 'forwarded'").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'summary.forward'").await, 1);
}

async fn a_correction_is_a_new_version_and_the_forwarded_one_stays_readable(mut app: TestApp) {
    council(&mut app).await;
    let v1 = forwarded(&mut app).await;
    let page = app.post(&format!("/m/lindenfeld/summaries/{v1}/correct"), &[]).await;
    page.assert_contains("Version 2").assert_contains("Draft").assert_contains("Evening language classes");
    let v2: i64 = page.url.rsplit('/').next().and_then(|s| s.parse().ok()).expect("the new version");
    assert_ne!(v1, v2);
    // Only one correction at a time.
    app.post(&format!("/m/lindenfeld/summaries/{v1}/correct"), &[]).await.assert_contains("already being written");
    // The point keeps its identity across versions (the city's answer follows it).
    let points: Vec<(i64, i64)> =
        sqlx::query_as("SELECT summary_id, point_id FROM recommendations ORDER BY id").fetch_all(&app.state.db).await.expect("points");
    assert_eq!(points.len(), 2);
    assert_eq!(points[0].1, points[1].1);
    let rec: i64 =
        sqlx::query_scalar("SELECT id FROM recommendations WHERE summary_id = $1").bind(v2).fetch_one(&app.state.db).await.expect("rec");
    let page = app
        .post(
            &format!("/m/lindenfeld/summaries/{v2}/recommendations/{rec}"),
            &[
                ("title", "Evening language classes, with childcare"),
                ("body", "Offer evening classes in the north, with childcare."),
                ("lang", "en"),
                ("issues", "1"),
            ],
        )
        .await;
    page.assert_contains("Evening language classes, with childcare");
    app.post(&format!("/m/lindenfeld/summaries/{v2}/submit"), &[]).await;
    as_(&mut app, "chair").await;
    app.post(&format!("/m/lindenfeld/summaries/{v2}/approve"), &[]).await;
    app.post(&format!("/m/lindenfeld/summaries/{v2}/forward"), &[]).await.assert_contains("Forwarded to the city");
    app.new_browser();
    let old = app.get(&format!("/m/lindenfeld/summaries/{v1}")).await;
    old.assert_contains("A newer version of this summary corrects this one")
        .assert_contains("Evening language classes")
        .assert_lacks("Evening language classes, with childcare");
    old.assert_contains(&format!("/m/lindenfeld/summaries/{v2}"));
    app.get(&format!("/m/lindenfeld/summaries/{v2}"))
        .await
        .assert_contains("Evening language classes, with childcare")
        .assert_contains("Version 2");
}

async fn drafts_are_out_of_sight_of_the_public_and_of_residents(mut app: TestApp) {
    council(&mut app).await;
    as_(&mut app, "secretary").await;
    let id = summary(&app, "A draft nobody else should see").await;
    for who in [None, Some("resident"), Some("former")] {
        match who {
            Some(name) => as_(&mut app, name).await,
            None => app.new_browser(),
        }
        assert_eq!(app.get(&format!("/m/lindenfeld/summaries/{id}")).await.status, StatusCode::NOT_FOUND, "{who:?}");
        assert_eq!(app.get(&format!("/m/lindenfeld/summaries/{id}/data.csv")).await.status, StatusCode::NOT_FOUND, "{who:?}");
        app.get("/m/lindenfeld/summaries").await.assert_lacks("A draft nobody else should see");
    }
    // A current member reads it; the municipality's moderators too.
    as_(&mut app, "member").await;
    app.get(&format!("/m/lindenfeld/summaries/{id}")).await.assert_contains("A draft nobody else should see");
    app.get("/m/lindenfeld/summaries").await.assert_contains("A draft nobody else should see");
}

async fn a_bad_summary_or_recommendation_comes_back_with_what_was_typed(mut app: TestApp) {
    council(&mut app).await;
    as_(&mut app, "secretary").await;
    let page = app
        .post(
            "/m/lindenfeld/summaries",
            &[
                ("council", "nope"),
                ("title", "Housing \u{202e}evil"),
                ("lang", "en"),
                ("from", "2026-05-01"),
                ("to", "2026-04-01"),
                ("theme", "999999"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("The last day must come after the first.").assert_contains("value=\"2026-05-01\"");
    let page = app
        .post(
            "/m/lindenfeld/summaries",
            &[("council", "nope"), ("title", "Housing"), ("lang", "en"), ("from", "2026-01-01"), ("to", "2026-04-01"), ("theme", "999999")],
        )
        .await;
    page.assert_contains("This council does not exist")
        .assert_contains("Choose a theme of this municipality.")
        .assert_contains("value=\"Housing\"");
    assert_eq!(app.count("SELECT COUNT(*) FROM summaries").await, 0);
    let id = summary(&app, "Housing").await;
    let page = app
        .post(
            &format!("/m/lindenfeld/summaries/{id}/recommendations"),
            &[("title", "A desk"), ("body", "Open a housing desk in the town hall."), ("lang", "en"), ("issues", "1, 999")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("is not published input of this municipality");
    page.assert_contains("value=\"1, 999\"").assert_contains("Open a housing desk in the town hall.");
    let page = app
        .post(
            &format!("/m/lindenfeld/summaries/{id}/recommendations"),
            &[("title", "A desk"), ("body", "short"), ("lang", "en"), ("ballots", "x")],
        )
        .await;
    page.assert_contains("Enter numbers separated by commas.").assert_contains("Write the recommendation (at least 10 characters).");
    assert_eq!(app.count("SELECT COUNT(*) FROM recommendations").await, 0);
}

async fn only_the_chair_approves_and_a_step_happens_once(mut app: TestApp) {
    council(&mut app).await;
    as_(&mut app, "secretary").await;
    let id = summary(&app, "Housing").await;
    recommendation(&app, id, "A desk", "1").await;
    app.post(&format!("/m/lindenfeld/summaries/{id}/submit"), &[]).await;
    for name in ["secretary", "member", "former", "resident"] {
        as_(&mut app, name).await;
        let r = app.post(&format!("/m/lindenfeld/summaries/{id}/approve"), &[]).await;
        assert!(matches!(r.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND), "{name}: {}", r.status);
    }
    as_(&mut app, "chair").await;
    app.post(&format!("/m/lindenfeld/summaries/{id}/approve"), &[]).await.assert_contains("Approved");
    // Two presses of "forward" at once move it once.
    let path = format!("/m/lindenfeld/summaries/{id}/forward");
    let (a, b) = tokio::join!(app.post(&path, &[]), app.post(&path, &[]));
    let refused = [&a, &b].iter().filter(|p| p.text().contains("This step is not possible now")).count();
    assert_eq!(refused, 1, "{} / {}", a.status, b.status);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'summary.forward'").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE kind = 'issue' AND status = 'forwarded'").await, 1);
}

async fn the_api_serves_forwarded_summaries_only_and_describes_them(mut app: TestApp) {
    council(&mut app).await;
    let id = forwarded(&mut app).await;
    let draft = summary(&app, "Still a draft").await;
    let get = |path: String| {
        let client = reqwest::Client::new();
        let url = app.url(&path);
        async move {
            let r = client.get(url).send().await.expect("request");
            let status = r.status();
            (status, r.json::<serde_json::Value>().await.unwrap_or_default())
        }
    };
    let (status, list) = get("/api/v1/municipalities/lindenfeld/summaries".into()).await;
    assert_eq!(status, StatusCode::OK);
    let list = list["summaries"].as_array().cloned().unwrap_or_default();
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["status"], "forwarded");
    assert_eq!(list[0]["council"], "board");
    let (status, one) = get(format!("/api/v1/municipalities/lindenfeld/summaries/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(one["recommendations"][0]["number"], 1);
    assert_eq!(one["recommendations"][0]["sources"][0]["kind"], "issue");
    assert!(one["data"].is_object(), "{one}");
    let text = one.to_string();
    assert!(!text.contains("secretary") && !text.contains("author"), "no personal data: {text}");
    assert_eq!(get(format!("/api/v1/municipalities/lindenfeld/summaries/{draft}")).await.0, StatusCode::NOT_FOUND);
    let (_, doc) = get("/api/openapi.json".into()).await;
    for path in ["/api/v1/municipalities/{slug}/summaries", "/api/v1/municipalities/{slug}/summaries/{id}"] {
        assert!(doc["paths"][path]["get"].is_object(), "{path}");
    }
    for schema in ["Summaries", "SummaryOut", "SummaryDetail", "RecommendationOut", "SourceOut"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
    }
}

async fn forwarding_tells_the_officials_and_the_report_is_a_pdf_in_three_scripts(mut app: TestApp) {
    let m = council(&mut app).await;
    app.new_browser();
    app.register("ola-official", "a long sentence").await;
    app.grant("ola-official", m, Role::Official).await;
    as_(&mut app, "secretary").await;
    let id = summary(&app, "Language classes, first half of the year").await;
    for (title, body, lang) in [
        ("Evening language classes", "Offer evening classes in the north, with childcare.", "en"),
        ("دروس مسائية للغة", "نقترح دروسًا مسائية في الحي الشمالي مع رعاية للأطفال.", "ar"),
        ("Вечерние курсы языка", "Предлагаем вечерние курсы в северном районе.", "ru"),
        ("Μαθήματα γλώσσας το βράδυ", "Προτείνουμε βραδινά μαθήματα στη βόρεια συνοικία.", "el"),
    ] {
        let page = app
            .post(
                &format!("/m/lindenfeld/summaries/{id}/recommendations"),
                &[("title", title), ("body", body), ("lang", lang), ("issues", "1")],
            )
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    }
    app.post(&format!("/m/lindenfeld/summaries/{id}/submit"), &[]).await;
    as_(&mut app, "chair").await;
    app.post(&format!("/m/lindenfeld/summaries/{id}/approve"), &[]).await;
    app.post(&format!("/m/lindenfeld/summaries/{id}/forward"), &[]).await.assert_contains("Forwarded to the city");
    let official = app.user_id("ola-official").await;
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM notifications WHERE kind = 'summary' AND status = 'forwarded' AND user_id = {official}"))
            .await,
        1
    );
    as_(&mut app, "ola-official").await;
    app.get("/account/notifications").await.assert_contains("A council summary was forwarded to the city");

    app.new_browser();
    let r = app.browser.get(app.url(&format!("/m/lindenfeld/summaries/{id}/report.pdf"))).send().await.expect("report");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let pdf = r.bytes().await.expect("bytes");
    assert!(pdf.starts_with(b"%PDF"));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-test");
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join(format!("council-report-{}.pdf", std::process::id()));
    std::fs::write(&file, &pdf).expect("write");
    let Some(text) = crate::report_pdf::pdf_text(&file) else { return };
    let text = text.split_whitespace().collect::<String>();
    for words in ["Eveninglanguageclasses", "دروسمسائيةللغة", "Вечерниекурсыязыка", "Μαθήματαγλώσσαςτοβράδυ", "MigrantAdvisoryBoard"]
    {
        assert!(text.contains(words), "{words} in the report: {text}");
    }
    if let Some(png) = crate::report_pdf::first_page_png(&file) {
        println!("council report, page 1: {}", png.display());
    }
}
