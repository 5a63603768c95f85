//! Registering, signing in and out, getting back in, exporting and deleting one's data.

use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    a_new_resident_registers_and_sees_a_recovery_code_once,
    registration_with_bad_input_shows_every_field_error_and_keeps_the_input,
    a_taken_username_is_refused_whatever_its_case,
    a_resident_signs_in_and_out,
    a_wrong_password_and_an_unknown_user_get_the_same_answer,
    repeated_wrong_passwords_pause_the_account,
    signing_in_and_out_cycles_the_session_id,
    changing_the_password_signs_out_other_devices,
    a_recovery_code_lets_a_person_back_in_once,
    an_admin_issued_reset_code_works_once,
    a_one_time_password_must_be_replaced_before_anything_else,
    a_person_downloads_everything_stored_about_them,
    deleting_an_account_removes_personal_data_and_signs_out,
);

async fn a_new_resident_registers_and_sees_a_recovery_code_once(app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["de", "en"], "de").await;
    let page = app
        .post(
            "/register",
            &[
                ("username", "amina_k"),
                ("password", "a long sentence"),
                ("password_confirm", "a long sentence"),
                ("municipality", "lindenfeld"),
                ("language", "en"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let code = page.text_of("recovery-code").expect("recovery code shown");
    assert_eq!(code.len(), 23, "{code}");
    // It was in the answer to the POST only: no page shows it again.
    assert_eq!(app.get("/account/recovery-code").await.status, StatusCode::NOT_FOUND);
    let again = app.get("/account").await;
    again.assert_lacks(&code).assert_contains("amina_k").assert_contains("/m/lindenfeld");
    let roles = app.count(&format!("SELECT COUNT(*) FROM roles WHERE municipality_id = {m} AND role = 'resident'")).await;
    assert_eq!(roles, 1, "joined the chosen municipality as a resident");
    let stored: String = sqlx::query_scalar("SELECT password_hash FROM users").fetch_one(&app.state.db).await.expect("hash");
    assert!(stored.starts_with("$argon2id$"), "passwords are stored as argon2id hashes");
}

async fn registration_with_bad_input_shows_every_field_error_and_keeps_the_input(app: TestApp) {
    let page = app
        .post(
            "/register",
            &[
                ("username", "a b"),
                ("password", "short"),
                ("password_confirm", "short"),
                ("email", "not-an-email"),
                ("language", "xx"),
                ("municipality", "atlantis"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in [
        "Use only letters, digits",
        "The password needs at least 8 characters.",
        "This does not look like an email address",
        "Please choose a language from the list.",
        "Please choose a city from the list.",
    ] {
        page.assert_contains(message);
    }
    page.assert_contains("aria-describedby=\"username-hint username-error\"").assert_contains("id=\"username-error\"");
    assert_eq!(page.input_value("username").as_deref(), Some("a b"), "the username is kept");
    assert_eq!(page.input_value("email").as_deref(), Some("not-an-email"), "the email is kept");
    assert_eq!(page.input_value("password").as_deref(), Some(""), "passwords are never echoed");
    let mismatch =
        app.post("/register", &[("username", "amina"), ("password", "long enough 1"), ("password_confirm", "long enough 2")]).await;
    mismatch.assert_contains("The two passwords are not the same.");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0, "nothing was stored");
}

async fn a_taken_username_is_refused_whatever_its_case(app: TestApp) {
    app.register("Olena", "a long sentence").await;
    app.logout().await;
    let page =
        app.post("/register", &[("username", "OLENA"), ("password", "another sentence"), ("password_confirm", "another sentence")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("This username is already taken.");
}

async fn a_resident_signs_in_and_out(app: TestApp) {
    app.register("amina", "a long sentence").await;
    app.logout().await;
    app.get("/account").await.assert_contains("<h1>Sign in</h1>");
    let page = app.login("amina", "a long sentence").await;
    assert!(page.url.ends_with("/account"), "{}", page.url);
    page.assert_contains("amina");
    let out = app.logout().await;
    out.assert_contains("You are signed out.");
    assert!(app.get("/account").await.url.contains("/login?next=%2Faccount"));
}

async fn a_wrong_password_and_an_unknown_user_get_the_same_answer(app: TestApp) {
    app.register("amina", "a long sentence").await;
    app.logout().await;
    let wrong = app.login("amina", "not the password").await;
    let unknown = app.login("nobody-here", "not the password").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(unknown.status, wrong.status);
    wrong.assert_contains("Signing in did not work.");
    unknown.assert_contains("Signing in did not work.");
    assert_eq!(wrong.input_value("username").as_deref(), Some("amina"), "the username is kept");
}

async fn repeated_wrong_passwords_pause_the_account(mut app: TestApp) {
    app.register("amina", "a long sentence").await;
    app.logout().await;
    for _ in 0..5 {
        app.login("amina", "wrong password").await;
    }
    // From a device that never signed in to this account, the right password now waits, and
    // the answer is the same as for a wrong one (and for a name that does not exist).
    let paused = app.login("amina", "a long sentence").await;
    paused.assert_contains("Signing in did not work.");
    assert!(!paused.url.ends_with("/account"));
    let unknown = app.login("no-such-person", "a long sentence").await;
    assert_eq!(unknown.text().replace("no-such-person", "amina"), paused.text().replace("no-such-person", "amina"));
    app.new_browser();
    assert!(!app.login("amina", "a long sentence").await.url.ends_with("/account"));
}

async fn signing_in_and_out_cycles_the_session_id(app: TestApp) {
    app.register("amina", "a long sentence").await;
    let first = app.cookie("chorus_session").expect("a session after registration");
    app.logout().await;
    assert_eq!(app.cookie("chorus_session"), None, "signing out removes the session cookie");
    app.login("amina", "a long sentence").await;
    let second = app.cookie("chorus_session").expect("a session after login");
    assert_ne!(first, second, "a new session id at login");
    // An old session id is worth nothing.
    let stale =
        reqwest::Client::new().get(app.url("/account")).header("cookie", format!("chorus_session={first}")).send().await.expect("GET");
    assert!(stale.url().path().starts_with("/login"), "{}", stale.url());
    app.login("amina", "a long sentence").await;
    assert_ne!(app.cookie("chorus_session"), Some(second), "signing in again cycles the id again");
}

async fn changing_the_password_signs_out_other_devices(mut app: TestApp) {
    app.register("amina", "a long sentence").await;
    let phone = app.cookie("chorus_session").expect("session");
    app.new_browser();
    app.login("amina", "a long sentence").await;
    let wrong = app.post("/account/password", &[("current_password", "nope"), ("password", "x"), ("password_confirm", "y")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_contains("This password is not correct.").assert_contains("The password needs at least 8 characters.");
    let done = app
        .post(
            "/account/password",
            &[("current_password", "a long sentence"), ("password", "a newer sentence"), ("password_confirm", "a newer sentence")],
        )
        .await;
    done.assert_contains("Your password has been changed.");
    assert!(app.get("/account").await.url.ends_with("/account"), "this device stays signed in");
    let other =
        reqwest::Client::new().get(app.url("/account")).header("cookie", format!("chorus_session={phone}")).send().await.expect("GET");
    assert!(other.url().path().starts_with("/login"), "the other device is signed out");
    app.logout().await;
    assert!(app.login("amina", "a newer sentence").await.url.ends_with("/account"));
}

async fn a_recovery_code_lets_a_person_back_in_once(mut app: TestApp) {
    let code = app.register("amina", "a long sentence").await;
    app.new_browser();
    let sloppy = code.to_lowercase().replace('-', " ");
    let form = [("username", "amina"), ("code", sloppy.as_str()), ("password", "my new sentence"), ("password_confirm", "my new sentence")];
    let page = app.post("/recover", &form).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let new_code = page.text_of("recovery-code").expect("a fresh code is shown");
    assert_ne!(new_code, code);
    app.new_browser();
    let reused = app.post("/recover", &form).await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    reused.assert_contains("This code is not valid");
    assert!(app.login("amina", "my new sentence").await.url.ends_with("/account"));
}

async fn an_admin_issued_reset_code_works_once(mut app: TestApp) {
    app.register("amina", "a long sentence").await;
    let amina = app.user_id("amina").await;
    app.new_browser();
    app.create_admin("city-admin", "admin sentence here").await;
    app.login("city-admin", "admin sentence here").await;
    let page = app.post(&format!("/admin/users/{amina}/reset-code"), &[]).await;
    let code = page.text_of("reset-code").expect("the code is shown to the admin");
    assert!(app.get(&format!("/admin/users/{amina}")).await.text_of("reset-code").is_none(), "shown once");
    app.new_browser();
    let form = [("username", "amina"), ("code", code.as_str()), ("password", "reset sentence"), ("password_confirm", "reset sentence")];
    assert_eq!(app.post("/reset", &form).await.status, StatusCode::OK);
    app.new_browser();
    assert_eq!(app.post("/reset", &form).await.status, StatusCode::UNPROCESSABLE_ENTITY, "a reset code works once");
    assert!(app.login("amina", "reset sentence").await.url.ends_with("/account"));
    let audited =
        app.count(&format!("SELECT COUNT(*) FROM audit_log WHERE action = 'account.reset-code' AND subject_user_id = {amina}")).await;
    assert_eq!(audited, 1);
}

async fn a_one_time_password_must_be_replaced_before_anything_else(app: TestApp) {
    let one_time = chorus::services::demo::create_admin(&app.state, "new-admin").await.expect("create").expect("created");
    let page = app.login("new-admin", &one_time.password).await;
    assert!(page.url.ends_with("/account/password"), "{}", page.url);
    page.assert_contains("You signed in with a one-time password.");
    assert!(app.get("/admin").await.url.ends_with("/account/password"), "other pages wait");
    app.post(
        "/account/password",
        &[("current_password", one_time.password.as_str()), ("password", "my own sentence"), ("password_confirm", "my own sentence")],
    )
    .await
    .assert_contains("Your password has been changed.");
    assert_eq!(app.get("/admin").await.status, StatusCode::OK);
}

async fn a_person_downloads_everything_stored_about_them(app: TestApp) {
    app.create_municipality("lindenfeld", &["en"], "en").await;
    app.post(
        "/register",
        &[
            ("username", "amina"),
            ("password", "a long sentence"),
            ("password_confirm", "a long sentence"),
            ("email", "amina@example.org"),
            ("municipality", "lindenfeld"),
        ],
    )
    .await;
    let resp = app.browser.get(app.url("/account/export")).send().await.expect("export");
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp.headers()["content-disposition"].to_str().unwrap_or_default().contains("attachment"));
    let data: serde_json::Value = resp.json().await.expect("json");
    assert_eq!(data["account"]["username"], "amina");
    assert_eq!(data["account"]["email"], "amina@example.org");
    assert_eq!(data["roles"][0]["municipality_slug"], "lindenfeld");
    assert_eq!(data["roles"][0]["role"], "resident");
    let text = data.to_string();
    assert!(!text.contains("argon2") && !text.contains("password_hash"), "no secrets in the export");
}

async fn deleting_an_account_removes_personal_data_and_signs_out(app: TestApp) {
    app.create_municipality("lindenfeld", &["en"], "en").await;
    app.post(
        "/register",
        &[
            ("username", "amina"),
            ("password", "a long sentence"),
            ("password_confirm", "a long sentence"),
            ("email", "amina@example.org"),
            ("municipality", "lindenfeld"),
        ],
    )
    .await;
    let wrong = app.post("/account/delete", &[("password", "not it")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_contains("This password is not correct.");
    let done = app.post("/account/delete", &[("password", "a long sentence")]).await;
    done.assert_contains("Your account and your personal data have been deleted.");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM roles").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE subject_user_id IS NOT NULL OR actor_id IS NOT NULL").await, 0);
    assert!(app.get("/account").await.url.contains("/login"));
    assert_eq!(app.login("amina", "a long sentence").await.status, StatusCode::UNPROCESSABLE_ENTITY);
}
