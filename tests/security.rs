//! CSRF, roles enforced by direct request, throttling, headers and hostile input.

use reqwest::StatusCode;

use crate::{
    helpers::{Db, TestApp},
    on_both_databases,
};
use chorus::domain::role::Role;

on_both_databases!(
    a_form_without_a_csrf_token_is_refused_with_a_clear_page,
    a_form_with_someone_elses_csrf_token_is_refused,
    a_resident_cannot_reach_admin_routes_by_direct_request,
    only_staff_see_a_municipality_team,
    an_anonymous_visitor_is_sent_to_sign_in,
    every_response_carries_the_safety_headers,
    the_health_check_reports_the_database,
    hostile_input_gets_a_clear_answer_and_stores_nothing,
    a_database_outage_shows_a_localized_error_page_and_fails_the_health_check,
);

async fn a_database_outage_shows_a_localized_error_page_and_fails_the_health_check(app: TestApp) {
    app.create_municipality("lindenfeld", &["de", "en"], "de").await;
    app.state.db.close().await;
    let page = app.get_with("/m/lindenfeld", &[("accept-language", "de")]).await;
    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    page.assert_contains("<html lang=\"de\"").assert_contains("Fehler 500").assert_lacks("PoolClosed").assert_lacks("sqlx");
    let health = app.get("/healthz").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
}

async fn a_form_without_a_csrf_token_is_refused_with_a_clear_page(app: TestApp) {
    app.get("/register").await;
    let page = app
        .post_without_token("/register", &[("username", "amina"), ("password", "a long sentence"), ("password_confirm", "a long sentence")])
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    page.assert_contains("This form has expired or was sent from another site.");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}

async fn a_form_with_someone_elses_csrf_token_is_refused(app: TestApp) {
    app.get("/").await;
    let forged = [("csrf_token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), ("username", "amina"), ("password", "x")];
    let page = app.post_without_token("/login", &forged).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let no_cookie = reqwest::Client::new().post(app.url("/logout")).form(&[("csrf_token", "x")]).send().await.expect("POST");
    assert_eq!(no_cookie.status(), StatusCode::FORBIDDEN);
    let cross_site = reqwest::Client::new()
        .post(app.url("/language"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("lang", "ar"), ("back", "/")])
        .send()
        .await
        .expect("POST");
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
}

async fn a_resident_cannot_reach_admin_routes_by_direct_request(app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["en"], "en").await;
    app.register("amina", "a long sentence").await;
    let amina = app.user_id("amina").await;
    for path in
        ["/admin", "/admin/users", "/admin/municipalities/new", &format!("/admin/municipalities/{m}"), &format!("/admin/users/{amina}")]
    {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}");
        page.assert_contains("Your account does not have permission to see this page.");
    }
    let posts: Vec<(String, Vec<(&str, &str)>)> = vec![
        (
            "/admin/municipalities".into(),
            vec![
                ("name", "Evil"),
                ("slug", "evil"),
                ("languages", "en"),
                ("default_language", "en"),
                ("moderation_mode", "pre"),
                ("deleted_account_content", "remove"),
            ],
        ),
        (format!("/admin/users/{amina}/roles"), vec![("municipality_id", "1"), ("role", "moderator")]),
        (format!("/admin/users/{amina}/admin"), vec![("admin", "true")]),
        (format!("/admin/users/{amina}/reset-code"), vec![]),
    ];
    for (path, fields) in &posts {
        assert_eq!(app.post(path, fields).await.status, StatusCode::FORBIDDEN, "{path}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM municipalities").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM roles WHERE role <> 'resident'").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_admin = 1").await, 0);
    // The core refuses too, whatever the front end.
    let user = chorus::db::users::by_id(&app.state.db, amina).await.expect("query").expect("user");
    let refused = chorus::services::admin::set_role(&app.state, &user, amina, m, Role::Moderator, true).await;
    assert!(matches!(refused, Err(chorus::error::AppError::Forbidden)));
}

async fn only_staff_see_a_municipality_team(mut app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["en"], "en").await;
    app.register("amina", "a long sentence").await;
    app.grant("amina", m, Role::Resident).await;
    assert_eq!(app.get("/m/lindenfeld/team").await.status, StatusCode::FORBIDDEN);
    app.get("/m/lindenfeld").await.assert_lacks("/m/lindenfeld/team");
    app.new_browser();
    app.register("sofia", "a long sentence").await;
    app.grant("sofia", m, Role::Moderator).await;
    let page = app.get("/m/lindenfeld/team").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("sofia").assert_contains("Moderator").assert_lacks(">amina<");
}

async fn an_anonymous_visitor_is_sent_to_sign_in(app: TestApp) {
    for path in ["/account", "/account/export", "/account/password", "/admin", "/m/x/team"] {
        let page = app.get_raw(path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        let to = page.headers["location"].to_str().unwrap_or_default().to_string();
        assert!(to.starts_with("/login?next="), "{path} -> {to}");
    }
    let page = app.get("/account").await;
    assert_eq!(page.input_value("next").as_deref(), Some("/account"));
}

async fn every_response_carries_the_safety_headers(app: TestApp) {
    for path in ["/", "/login", "/does-not-exist"] {
        let page = app.get(path).await;
        let h = &page.headers;
        let csp = h["content-security-policy"].to_str().unwrap_or_default();
        assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline") && !csp.contains("script-src"), "{csp}");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["referrer-policy"], "same-origin");
    }
    let fresh = reqwest::Client::new().get(app.url("/login")).send().await.expect("GET");
    let cookie = fresh.headers()["set-cookie"].to_str().unwrap_or_default().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    let registered =
        app.post_raw("/register", &[("username", "amina"), ("password", "a long sentence"), ("password_confirm", "a long sentence")]).await;
    let session =
        registered.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).find(|c| c.starts_with("chorus_session="));
    let session = session.expect("a session cookie after registration");
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Lax") && !session.contains("Secure"), "{session}");
}

async fn the_health_check_reports_the_database(app: TestApp) {
    let page = app.get("/healthz").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.body, r#"{"status":"ok"}"#);
}

async fn hostile_input_gets_a_clear_answer_and_stores_nothing(app: TestApp) {
    let long = "x".repeat(10_000);
    let hostile =
        [long.as_str(), "<script>alert(1)</script>", "'; DROP TABLE users; --", "amina\0null", "\u{202e}evil", "../../etc/passwd"];
    for bad in hostile {
        let page = app
            .post(
                "/register",
                &[
                    ("username", bad),
                    ("password", bad),
                    ("password_confirm", bad),
                    ("email", bad),
                    ("language", bad),
                    ("municipality", bad),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", &bad[..bad.len().min(40)]);
        page.assert_lacks("<script>alert(1)</script>");
        let login = app.post("/login", &[("username", bad), ("password", bad)]).await;
        assert_eq!(login.status, StatusCode::UNPROCESSABLE_ENTITY);
        let lang = app.post("/language", &[("lang", bad), ("back", bad)]).await;
        assert_eq!(lang.status, StatusCode::BAD_REQUEST);
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE 1 = 1").await, 0, "the users table is still there");

    let token = app.cookie("chorus_csrf").expect("csrf");
    let huge = format!("csrf_token={token}&username={}", "a".repeat(200_000));
    let resp = app
        .raw
        .post(app.url("/register"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(huge)
        .send()
        .await
        .expect("POST");
    assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);

    let invalid_utf8 = [b"csrf_token=".as_slice(), token.as_bytes(), b"&username=\xff\xfe&password=x".as_slice()].concat();
    let resp = app
        .raw
        .post(app.url("/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(invalid_utf8)
        .send()
        .await
        .expect("POST");
    assert!(resp.status().is_client_error(), "{}", resp.status());

    let wrong_type = app.raw.post(app.url("/login")).header("x-csrf-token", token.as_str()).body("{}").send().await.expect("POST");
    assert!(wrong_type.status().is_client_error());
    let text = wrong_type.text().await.unwrap_or_default();
    assert!(text.contains("<html"), "a localized page, not a bare error: {text}");

    for path in ["/m/%00", "/m/'%20OR%201=1", "/admin/users/notanumber", "/m/x/../../etc", "/account/%ff"] {
        let page = app.get_raw(path).await;
        let to_login = page.headers.get("location").is_some_and(|l| l.to_str().unwrap_or_default().starts_with("/login"));
        assert!(page.status.is_client_error() || to_login, "{path}: {}", page.status);
    }
}

#[tokio::test]
async fn logins_are_throttled_per_client() {
    let app = TestApp::spawn_with(Db::Sqlite, &[("CHORUS_LOGIN_PER_CLIENT_PER_MINUTE", "3")]).await.expect("sqlite app");
    for _ in 0..3 {
        assert_eq!(app.login("amina", "whatever it is").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let page = app.login("amina", "whatever it is").await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    page.assert_contains("Too many attempts.");
}
