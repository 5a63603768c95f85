//! What officials, the council and the public read after forwarding: the dashboard and its
//! CSV, "You said, we did" (filters, pages, right to left, validators), the JSON API and its
//! OpenAPI document, and the summary news in a Telegram chat.

use reqwest::StatusCode;

use crate::{
    bot::{Person, chat_user, t},
    fake_telegram::FakeTelegram,
    helpers::TestApp,
    official::{Rec, answer, exec, forwarded, in_days, issue, scalar, sign_in_as, town},
    on_both_databases,
};

on_both_databases!(
    the_dashboard_counts_a_known_fixture_and_exports_safe_csv,
    the_public_page_filters_pages_and_mirrors_for_arabic,
    the_api_lists_recommendations_and_the_document_describes_them,
);

with_bot!(the_bot_tells_a_contributor_in_their_chat_and_the_news_can_be_turned_off);

async fn the_dashboard_counts_a_known_fixture_and_exports_safe_csv(mut app: TestApp) {
    let (m, theme) = town(&mut app).await;
    let recs: &[Rec<'_>] =
        &[("Night buses", Some(theme), &[]), ("=HYPERLINK(\"x\")", Some(theme), &[]), ("Letters", None, &[]), ("Sports", None, &[])];
    let (_, points) = forwarded(&app, m, 10, recs).await;
    sign_in_as(&mut app, "ola-official").await;
    assert_eq!(answer(&app, points[0], "accepted", &in_days(5)).await, StatusCode::SEE_OTHER);
    assert_eq!(answer(&app, points[1], "rejected", "").await, StatusCode::SEE_OTHER);
    assert_eq!(answer(&app, points[2], "study", &in_days(5)).await, StatusCode::SEE_OTHER);
    app.post_raw(&format!("/m/lindenfeld/official/points/{}/progress", points[0]), &[("state", "done"), ("body", "Done.")]).await;
    // Answered 2, 4 and 6 days after forwarding; the third is overdue.
    let forwarded_at = scalar(&app, "SELECT forwarded_at FROM summaries").await;
    for (p, days) in points.iter().zip([2, 4, 6]) {
        exec(&app, &format!("UPDATE official_responses SET created_at = {} WHERE point_id = {p}", forwarded_at + days * 86_400)).await;
    }
    exec(
        &app,
        &format!(
            "UPDATE official_responses SET deadline = deadline - 10 * 86400, department = 'Schools, youth' WHERE point_id = {}",
            points[2]
        ),
    )
    .await;
    let page = app.get("/m/lindenfeld/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text_of("figure-forwarded").as_deref(), Some("4"));
    assert_eq!(page.text_of("figure-answered").as_deref(), Some("3"));
    assert!(page.text().contains("75 %"), "response rate 3 of 4");
    assert_eq!(page.text_of("figure-median-days").map(|t| t.replace(['\u{2068}', '\u{2069}'], "")).as_deref(), Some("4.0 days"));
    assert_eq!(page.text_of("figure-implemented").map(|t| t.replace(['\u{2068}', '\u{2069}'], "")).as_deref(), Some("33 %"), "done 1 of 3");
    assert_eq!(page.text_of("figure-overdue").as_deref(), Some("1"));
    page.assert_contains("<svg class=\"chart\" role=\"img\"").assert_contains("<title>Answered recommendations by theme</title>");
    page.assert_contains("id=\"by-theme\"").assert_contains("id=\"by-department\"").assert_contains("Schools, youth");
    assert!(!page.body.contains("style="), "no inline style: the CSP forbids it");
    let csv = app.get("/m/lindenfeld/dashboard.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.headers["content-type"].to_str().unwrap_or_default().starts_with("text/csv"));
    let lines: Vec<&str> = csv.body.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 5, "a header and a line per point");
    assert!(lines[0].starts_with("point,summary,number,title"));
    assert!(csv.body.contains("\"'=HYPERLINK(\"\"x\"\")\""), "a formula is defused and quoted: {}", csv.body);
    assert!(csv.body.contains("\"Schools, youth\""), "a comma is quoted");
    assert!(csv.body.contains(",study,\"Schools, youth\",") && csv.body.contains(",yes,"), "{}", csv.body);
}

async fn the_public_page_filters_pages_and_mirrors_for_arabic(mut app: TestApp) {
    let (m, theme) = town(&mut app).await;
    let other_theme = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[1].id;
    let mut recs: Vec<(String, Option<i64>)> = vec![("Night buses".into(), Some(theme)), ("Advice desk".into(), Some(other_theme))];
    recs.extend((0..53).map(|i| (format!("Point number {i:02}"), None)));
    let recs: Vec<Rec<'_>> = recs.iter().map(|(t, th)| (t.as_str(), *th, &[][..])).collect();
    let (_, points) = forwarded(&app, m, 1, &recs).await;
    sign_in_as(&mut app, "ola-official").await;
    assert_eq!(answer(&app, points[0], "accepted", &in_days(5)).await, StatusCode::SEE_OTHER);
    assert_eq!(answer(&app, points[1], "rejected", "").await, StatusCode::SEE_OTHER);
    app.new_browser();
    let first = app.get("/m/lindenfeld/said-did").await;
    assert_eq!(first.body.matches("class=\"point\"").count(), 50, "50 a page");
    first.assert_contains("rel=\"next\"").assert_contains("page=2");
    let second = app.get("/m/lindenfeld/said-did?page=2").await;
    assert_eq!(second.body.matches("class=\"point\"").count(), 5);
    second.assert_contains("rel=\"prev\"").assert_lacks("rel=\"next\"");
    let accepted = app.get("/m/lindenfeld/said-did?status=accepted").await;
    accepted.assert_contains("Night buses").assert_lacks("Advice desk").assert_lacks("Point number");
    assert!(accepted.body.contains("<option value=\"accepted\" selected>"), "the form keeps the filter");
    app.get("/m/lindenfeld/said-did?status=rejected").await.assert_contains("Advice desk").assert_lacks("Night buses");
    let unanswered = app.get("/m/lindenfeld/said-did?status=not_answered").await;
    unanswered.assert_lacks("Night buses").assert_lacks("Advice desk").assert_contains("Point number 00");
    app.get(&format!("/m/lindenfeld/said-did?theme={other_theme}")).await.assert_contains("Advice desk").assert_lacks("Night buses");
    app.get("/m/lindenfeld/said-did?status=done").await.assert_contains("No recommendations match this filter.");
    for nonsense in ["?status=%00", "?theme=abc&page=-4", "?page=99999999999999999999", "?status=overdue&status=done"] {
        assert_eq!(app.get(&format!("/m/lindenfeld/said-did{nonsense}")).await.status, StatusCode::OK, "{nonsense}");
    }
    let arabic = app.get_with("/m/lindenfeld/said-did", &[("accept-language", "ar")]).await;
    arabic.assert_contains("dir=\"rtl\"").assert_contains("قلتم، فعلنا");
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    arabic.assert_contains("lang=\"en\" dir=\"ltr\"");
    // Anonymous pages carry a validator; a second visit is a 304.
    let etag = first.headers.get("etag").and_then(|v| v.to_str().ok()).map(str::to_string).expect("an ETag");
    assert!(app.get_with("/m/lindenfeld/said-did", &[("if-none-match", etag.as_str())]).await.body.is_empty());
    assert_eq!(app.get("/m/nowhere/said-did").await.status, StatusCode::NOT_FOUND);
}

async fn the_api_lists_recommendations_and_the_document_describes_them(mut app: TestApp) {
    let (m, theme) = town(&mut app).await;
    let raised = issue(&app, m, theme, app.user_id("ola-official").await, "Evening buses").await;
    let (summary, points) = forwarded(&app, m, 1, &[("Night buses", Some(theme), &[("issue", raised)]), ("Advice desk", None, &[])]).await;
    sign_in_as(&mut app, "ola-official").await;
    let path = format!("/m/lindenfeld/official/points/{}/answer", points[0]);
    let deadline = in_days(9);
    let fields = [
        ("decision", "accepted"),
        ("reason", "A night bus."),
        ("department", "Transport"),
        ("owner_role", "Head of transport"),
        ("owner", "ola-official"),
        ("deadline", deadline.as_str()),
    ];
    assert_eq!(app.post_raw(&path, &fields).await.status, StatusCode::SEE_OTHER);
    app.post_raw(&format!("/m/lindenfeld/official/points/{}/progress", points[0]), &[("state", "in_progress"), ("body", "Planning.")])
        .await;
    app.new_browser();
    let get = |path: String| {
        let client = app.raw.clone();
        let url = app.url(&path);
        async move {
            let r = client.get(url).send().await.expect("GET");
            let status = r.status();
            let text = r.text().await.expect("body");
            (status, serde_json::from_str::<serde_json::Value>(&text).unwrap_or(serde_json::Value::Null), text)
        }
    };
    let (status, list, text) = get("/api/v1/municipalities/lindenfeld/recommendations".into()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!text.contains("ola-official"), "no person is named");
    let items = list["recommendations"].as_array().expect("a list");
    assert_eq!(items.len(), 2);
    let night = items.iter().find(|r| r["point_id"] == points[0]).expect("the answered point");
    assert_eq!(night["summary_id"], summary);
    assert_eq!(night["answer"]["decision"], "accepted");
    assert_eq!(night["answer"]["owner_role"], "Head of transport");
    assert_eq!(night["answer"]["deadline"], deadline);
    assert_eq!(night["answer"]["state"], "in_progress");
    assert_eq!(night["progress"][0]["body"], "Planning.");
    assert_eq!(night["sources"][0]["kind"], "issue");
    assert_eq!(night["sources"][0]["id"], raised);
    let (_, filtered, _) = get("/api/v1/municipalities/lindenfeld/recommendations?status=not_answered".into()).await;
    assert_eq!(filtered["recommendations"].as_array().map(Vec::len), Some(1));
    let (status, one, _) = get(format!("/api/v1/municipalities/lindenfeld/recommendations/{}", points[0])).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(one["title"], "Night buses");
    let (status, missing, _) = get("/api/v1/municipalities/lindenfeld/recommendations/999999".into()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(missing["error"]["message_id"], "error-not-found");
    let (_, doc, _) = get("/api/openapi.json".into()).await;
    for path in ["/api/v1/municipalities/{slug}/recommendations", "/api/v1/municipalities/{slug}/recommendations/{point_id}"] {
        assert!(doc["paths"][path]["get"].is_object(), "{path}");
    }
    for schema in ["RecommendationsPage", "RecommendationOut", "RecommendationAnswerOut", "ProgressOut", "SourceOut"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
    }
    let params = doc["paths"]["/api/v1/municipalities/{slug}/recommendations"]["get"]["parameters"].as_array().cloned().unwrap_or_default();
    for name in ["slug", "theme", "status", "page"] {
        assert!(params.iter().any(|p| p["name"] == name), "{name}");
    }
}

async fn the_bot_tells_a_contributor_in_their_chat_and_the_news_can_be_turned_off(mut app: TestApp, fake: FakeTelegram) {
    let (m, theme) = town(&mut app).await;
    let anna = Person::new(&fake, 7001, "de");
    anna.start("lindenfeld").await;
    let user = chat_user(&app, 7001).await;
    let raised = issue(&app, m, theme, user, "Evening buses").await;
    let (_, points) =
        forwarded(&app, m, 1, &[("Night buses", None, &[("issue", raised)]), ("Advice desk", None, &[("issue", raised)])]).await;
    sign_in_as(&mut app, "ola-official").await;
    let before = fake.sent(7001).len();
    assert_eq!(answer(&app, points[0], "accepted", &in_days(10)).await, StatusCode::SEE_OTHER);
    let tr = chorus::i18n::catalog().tr("de");
    let sent = anna.expect_after(before, &tr.t1("bot-notice-summary-answered", "title", "Night buses")).await;
    assert!(
        sent.buttons.iter().any(|(_, url)| url.ends_with(&format!("/m/lindenfeld/said-did#point-{}", points[0]))),
        "a button opens the point on the portal: {:?}",
        sent.buttons
    );
    // Council news can be turned off in the bot like any other kind.
    let settings = anna.say("/settings", &t("de", "bot-settings-intro")).await;
    anna.press_in(&settings, "mute:summary", &t("de", "bot-settings-intro")).await;
    assert_eq!(answer(&app, points[1], "rejected", "").await, StatusCode::SEE_OTHER);
    for _ in 0..200 {
        if app.count("SELECT COUNT(*) FROM notifications WHERE delivered_at IS NULL").await == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE delivered_at IS NULL").await, 0, "skipped, not left waiting");
    assert!(!fake.sent(7001).iter().any(|s| s.text.contains("Advice desk")), "turned off: not sent");
}
