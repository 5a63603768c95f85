//! Regression tests for the outside security review (issue 8), account side: one-time
//! passwords, slow clients, lockouts that strangers cannot use, throttled password checks,
//! the posting pace under concurrency, look-alike names, CSRF bound to the session, weak
//! passwords and sessions on shared computers.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use crate::{helpers::TestApp, on_both_databases, on_both_databases_with};

on_both_databases!(
    a_one_time_password_opens_the_password_page_and_nothing_else,
    strangers_guessing_cannot_keep_the_owner_out_and_learn_nothing,
    a_borrowed_session_gets_few_password_guesses,
    look_alike_and_case_folded_names_are_refused_and_old_accounts_keep_working,
    the_csrf_token_is_bound_to_the_browser_and_the_session,
    common_passwords_are_refused_with_a_clear_message,
    keep_me_signed_in_is_a_choice_and_sessions_are_short_otherwise,
);

on_both_databases_with!([("CHORUS_ONE_TIME_PASSWORD_HOURS", "24")]; an_expired_one_time_password_no_longer_works);
on_both_databases_with!([("CHORUS_POSTS_PER_ACCOUNT_PER_HOUR", "20")]; parallel_posts_cannot_pass_the_posting_pace);
on_both_databases_with!(
    [("CHORUS_HEADER_TIMEOUT_SECONDS", "1"), ("CHORUS_REQUEST_TIMEOUT_SECONDS", "2"), ("CHORUS_MAX_CONNECTIONS", "3")];
    slow_clients_are_disconnected_and_connections_capped
);

async fn a_one_time_password_opens_the_password_page_and_nothing_else(app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["en"], "en").await;
    app.register("amina", "a long sentence").await;
    app.logout().await;
    let amina = app.user_id("amina").await;
    let one_time = chorus::services::demo::create_admin(&app.state, "city-admin").await.expect("admin").expect("new");
    app.login("city-admin", &one_time.password).await;
    let attempts: Vec<(String, Vec<(&str, &str)>)> = vec![
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
        (format!("/admin/users/{amina}/admin"), vec![("admin", "true")]),
        (format!("/admin/users/{amina}/reset-code"), vec![]),
        (format!("/admin/users/{amina}/roles"), vec![("municipality_id", "1"), ("role", "moderator")]),
        ("/account/language".into(), vec![("lang", "de")]),
    ];
    for (path, fields) in attempts {
        let page = app.post_raw(&path, &fields).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(page.headers.get("location").and_then(|v| v.to_str().ok()), Some("/account/password"), "{path}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM municipalities").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_admin = 1").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE reset_code_hash IS NOT NULL").await, 0);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM roles WHERE municipality_id = {m} AND role = 'moderator'")).await, 0);
    assert!(app.get("/admin").await.url.ends_with("/account/password"));
    // Changing the password (and signing out) still works.
    let changed = app
        .post(
            "/account/password",
            &[("current_password", &one_time.password), ("password", "my own sentence"), ("password_confirm", "my own sentence")],
        )
        .await;
    changed.assert_contains("id=\"main\"");
    assert_eq!(app.get("/admin").await.status, StatusCode::OK);
}

async fn an_expired_one_time_password_no_longer_works(app: TestApp) {
    let one_time = chorus::services::demo::create_admin(&app.state, "city-admin").await.expect("admin").expect("new");
    let expires: i64 = sqlx::query_scalar("SELECT password_expires_at FROM users").fetch_one(&app.state.db).await.expect("expiry");
    let in_a_day = chorus::db::now() + 24 * 3600;
    assert!((in_a_day - 5..=in_a_day + 5).contains(&expires), "a printed password works for 24 hours");
    sqlx::query("UPDATE users SET password_expires_at = $1").bind(chorus::db::now() - 1).execute(&app.state.db).await.expect("age");
    let page = app.login("city-admin", &one_time.password).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("This one-time password has expired.");
    assert!(app.get("/account").await.url.contains("/login"), "not signed in");
}

async fn strangers_guessing_cannot_keep_the_owner_out_and_learn_nothing(mut app: TestApp) {
    app.register("amina", "a long sentence").await;
    app.logout().await;
    app.login("amina", "a long sentence").await;
    app.logout().await;
    let owner = app.jar.clone();
    app.new_browser();
    for _ in 0..6 {
        app.login("amina", "a wrong guess").await;
    }
    let stranger = app.login("amina", "another wrong guess").await;
    let unknown = app.login("nobody-at-all", "another wrong guess").await;
    assert_eq!(stranger.status, unknown.status);
    assert_eq!(
        stranger.text().replace("amina", "NAME"),
        unknown.text().replace("nobody-at-all", "NAME"),
        "a paused account and an unknown name read the same"
    );
    let (failures, until): (i64, Option<i64>) =
        sqlx::query_as("SELECT failed_logins, locked_until FROM users").fetch_one(&app.state.db).await.expect("counters");
    assert!(failures >= 5, "{failures}");
    let pause = until.expect("paused for unknown devices") - chorus::db::now();
    assert!((14 * 60..=15 * 60).contains(&pause), "paused for CHORUS_LOCKOUT_MINUTES: {pause}s");
    // Guesses during the pause are refused without a look; after it, each failure doubles it.
    sqlx::query("UPDATE users SET locked_until = $1").bind(chorus::db::now() - 1).execute(&app.state.db).await.expect("wait");
    app.login("amina", "yet another guess").await;
    let until: i64 = sqlx::query_scalar("SELECT locked_until FROM users").fetch_one(&app.state.db).await.expect("until");
    let pause = until - chorus::db::now();
    assert!((29 * 60..=30 * 60).contains(&pause), "the pause grows with further failures: {pause}s");
    // The owner, on the device they signed in from before, is not kept out.
    app.use_jar(owner);
    let page = app.login("amina", "a long sentence").await;
    assert!(page.url.ends_with("/account"), "{}", page.url);
    assert_eq!(app.count("SELECT failed_logins FROM users").await, 0, "a success clears the count");
}

async fn a_borrowed_session_gets_few_password_guesses(mut app: TestApp) {
    app.register("amina", "a long sentence").await;
    for n in 0..4 {
        let page = app
            .post(
                "/account/password",
                &[("current_password", &format!("guess {n}")), ("password", "a new sentence"), ("password_confirm", "a new sentence")],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
        page.assert_contains("This password is not correct.");
    }
    assert_eq!(app.count("SELECT failed_logins FROM users").await, 4, "every wrong guess counts towards the account");
    let last = app.post("/account/delete", &[("password", "guess 5")]).await;
    assert!(last.url.contains("/login"), "after five wrong passwords the session ends: {}", last.url);
    last.assert_contains("You were signed out because the current password was typed wrongly too many times.");
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1, "nothing was deleted");
    assert!(app.get("/account").await.url.contains("/login"));
    // A flood in parallel from one session: only a few hashes wait, the rest are refused.
    app.new_browser();
    app.register("karim", "a long sentence").await;
    let token = app.csrf_token().await;
    let sends = (0..12).map(|n| {
        let form = [
            ("csrf_token", token.clone()),
            ("current_password", format!("flood {n}")),
            ("password", "x".repeat(10)),
            ("password_confirm", "x".repeat(10)),
        ];
        app.raw.post(app.url("/account/password")).form(&form).send()
    });
    let answers = futures_all(sends).await;
    let refused = answers.iter().filter(|r| r.as_ref().is_ok_and(|r| r.status() == StatusCode::TOO_MANY_REQUESTS)).count();
    assert!(refused >= 1, "some of the parallel guesses are refused with 429");
}

/// Runs futures at once and collects their results in order.
async fn futures_all<F: Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let handles: Vec<_> = futures.map(Box::pin).collect();
    let mut out = Vec::new();
    let mut pending: Vec<_> = handles.into_iter().map(Some).collect();
    let mut results: Vec<Option<F::Output>> = (0..pending.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut waiting = false;
        for (slot, result) in pending.iter_mut().zip(results.iter_mut()) {
            if let Some(f) = slot {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => {
                        *result = Some(v);
                        *slot = None;
                    }
                    std::task::Poll::Pending => waiting = true,
                }
            }
        }
        if waiting { std::task::Poll::Pending } else { std::task::Poll::Ready(()) }
    })
    .await;
    out.extend(results.into_iter().flatten());
    out
}

async fn parallel_posts_cannot_pass_the_posting_pace(app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["en"], "en").await;
    sqlx::query("UPDATE municipalities SET moderation_mode = 'post'").execute(&app.state.db).await.expect("post");
    app.register("amina", "a long sentence").await;
    let theme = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[0].id;
    let new = chorus::db::issues::NewIssue {
        municipality_id: m,
        author_id: app.user_id("amina").await,
        anonymous: false,
        title: "Night buses",
        body: "No bus to the north after ten at night.",
        lang: "en",
        theme_id: theme,
        tag_ids: &[],
        neighbourhood_id: None,
        status: "published",
    };
    let id = chorus::db::issues::insert(&mut app.state.db.acquire().await.expect("conn"), &new).await.expect("issue");
    let token = app.csrf_token().await;
    let sends = (0..40).map(|n| {
        let form = [("csrf_token", token.clone()), ("body", format!("Parallel comment number {n}."))];
        app.raw.post(app.url(&format!("/m/lindenfeld/issues/{id}/comments"))).form(&form).send()
    });
    let answers = futures_all(sends).await;
    assert!(answers.iter().all(|r| r.as_ref().is_ok_and(|r| !r.status().is_server_error())), "no 5xx under contention");
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 20, "40 parallel comments, a limit of 20");
}

async fn slow_clients_are_disconnected_and_connections_capped(app: TestApp) {
    // A request head sent one byte at a time is cut off after the header timeout.
    let started = Instant::now();
    let mut slow = tokio::net::TcpStream::connect(app.addr).await.expect("connect");
    let head = b"GET / HTTP/1.1\r\nHost: x\r\nUser-Agent: slowloris\r\n";
    let mut closed = false;
    for byte in head.iter().cycle().take(200) {
        if slow.write_all(&[*byte]).await.is_err() {
            closed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        if started.elapsed() > Duration::from_secs(8) {
            break;
        }
    }
    let mut rest = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(3), slow.read_to_end(&mut rest)).await;
    assert!(closed || matches!(read, Ok(Ok(_))), "the server closed the slow head");
    assert!(started.elapsed() < Duration::from_secs(6), "closed after about the header timeout: {:?}", started.elapsed());
    // A form body sent slowly to the login page is cut off by the request timeout.
    let started = Instant::now();
    let mut slow = tokio::net::TcpStream::connect(app.addr).await.expect("connect");
    slow.write_all(b"POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 400\r\n\r\n")
        .await
        .expect("head");
    let mut answer = Vec::new();
    let mut buf = [0u8; 1024];
    loop {
        if slow.write_all(b"u").await.is_err() {
            break;
        }
        match tokio::time::timeout(Duration::from_millis(200), slow.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => answer.extend_from_slice(&buf[..n]),
            Err(_) => {}
        }
        if started.elapsed() > Duration::from_secs(8) {
            break;
        }
    }
    assert!(started.elapsed() < Duration::from_secs(6), "the slow body was cut off: {:?}", started.elapsed());
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.is_empty() || answer.starts_with("HTTP/1.1 408"), "{answer}");
    // Connections beyond the cap wait until one closes (here: idle ones time out).
    let idle: Vec<_> = futures_all((0..3).map(|_| tokio::net::TcpStream::connect(app.addr))).await;
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = Instant::now();
    let page = app.get("/healthz").await;
    assert_eq!(page.status, StatusCode::OK, "served once a place is free");
    assert!(started.elapsed() >= Duration::from_millis(500), "waited for a free place: {:?}", started.elapsed());
    drop(idle);
}

async fn look_alike_and_case_folded_names_are_refused_and_old_accounts_keep_working(mut app: TestApp) {
    for name in ["demo-admin", "σοφιας", "straße", "İnci"] {
        app.new_browser();
        app.register(name, "a long sentence").await;
    }
    let cases = [
        ("demo-\u{0430}dmin", "Please use letters from one alphabet only"),
        ("\u{0410}dmin", "Please use letters from one alphabet only"),
        ("demo-admin\u{3164}", "Use only letters, digits"),
        ("demo-adm\u{0131}n", "looks too much like an existing one"),
        ("ΣΟΦΙΑΣ", "already taken"),
        ("STRASSE", "already taken"),
        ("inci", "already taken"),
        ("ADMlN", "reserved"),
    ];
    for (name, message) in cases {
        app.new_browser();
        let page =
            app.post("/register", &[("username", name), ("password", "a long sentence"), ("password_confirm", "a long sentence")]).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{name:?} was accepted");
        page.assert_contains(message);
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 4);
    // An account made before full case folding keeps its old key and signs in as before.
    let hash = chorus::services::passwords::Hasher::new().expect("hasher").hash("an old sentence").await.expect("hash");
    sqlx::query("INSERT INTO users (username, username_key, password_hash, created_at) VALUES ('ΓΙΩΡΓΟΣ', $1, $2, 0)")
        .bind(chorus::domain::username::legacy_key_of("ΓΙΩΡΓΟΣ"))
        .bind(&hash)
        .execute(&app.state.db)
        .await
        .expect("legacy account");
    chorus::services::accounts::backfill_skeletons(&app.state.db).await.expect("backfill");
    app.new_browser();
    assert!(app.login("ΓΙΩΡΓΟΣ", "an old sentence").await.url.ends_with("/account"), "the old account still signs in");
    app.new_browser();
    let page =
        app.post("/register", &[("username", "γιωργος"), ("password", "a long sentence"), ("password_confirm", "a long sentence")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "its look-alikes are refused once its skeleton is known");
}

async fn the_csrf_token_is_bound_to_the_browser_and_the_session(app: TestApp) {
    app.register("amina", "a long sentence").await;
    app.logout().await;
    // A token from another browser does not work here, even with a matching cookie value.
    let mine = app.csrf_token().await;
    let nonce = app.cookie("chorus_csrf").expect("nonce");
    let forged = app.post_without_token("/login", &[("csrf_token", &nonce), ("username", "amina"), ("password", "a long sentence")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "the cookie value itself is not a token");
    let before_login = mine.clone();
    app.login("amina", "a long sentence").await;
    let stale = app.post_without_token("/account/language", &[("csrf_token", &before_login), ("lang", "de")]).await;
    assert_eq!(stale.status, StatusCode::FORBIDDEN, "a token from before sign-in no longer works");
    let signed_in = app.csrf_token().await;
    let ok = app.post_without_token("/account/language", &[("csrf_token", &signed_in), ("lang", "de")]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    app.logout().await;
    let after = app.post_without_token("/language", &[("csrf_token", &signed_in), ("lang", "en"), ("back", "/")]).await;
    assert_eq!(after.status, StatusCode::FORBIDDEN, "a token from before sign-out no longer works");
    let token = app.csrf_token().await;
    for (site, expected) in [
        ("same-site", StatusCode::FORBIDDEN),
        ("cross-site", StatusCode::FORBIDDEN),
        ("same-origin", StatusCode::SEE_OTHER),
        ("none", StatusCode::SEE_OTHER),
    ] {
        let r = app
            .raw
            .post(app.url("/language"))
            .header("sec-fetch-site", site)
            .form(&[("csrf_token", token.as_str()), ("lang", "en"), ("back", "/")])
            .send()
            .await
            .expect("POST");
        assert_eq!(r.status(), expected, "Sec-Fetch-Site: {site}");
    }
    // The forms of a page carry the token that works for this browser.
    let page = app.get("/login").await;
    assert_eq!(page.input_value("csrf_token"), Some(token));
}

async fn common_passwords_are_refused_with_a_clear_message(app: TestApp) {
    for weak in ["12345678", "password", "aaaaaaaa", "iloveyou", "Password1", "qwertyuiop"] {
        let page = app.post("/register", &[("username", "amina"), ("password", weak), ("password_confirm", weak)]).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{weak}");
        page.assert_contains("This password is too common and easy to guess.");
        assert_eq!(page.input_value("username").as_deref(), Some("amina"), "the name is kept");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
    app.register("amina", "Mein Fahrrad ist blau").await;
    let weak = app
        .post(
            "/account/password",
            &[("current_password", "Mein Fahrrad ist blau"), ("password", "11111111"), ("password_confirm", "11111111")],
        )
        .await;
    weak.assert_contains("This password is too common");
}

async fn keep_me_signed_in_is_a_choice_and_sessions_are_short_otherwise(mut app: TestApp) {
    app.register("amina", "a long sentence").await;
    app.logout().await;
    assert_eq!(app.state.config.session_idle_hours, 4, "the default suits shared computers");
    let max_age = |page: &crate::helpers::Page| -> Option<i64> {
        page.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("chorus_session="))
            .and_then(|c| c.split(';').find_map(|p| p.trim().strip_prefix("Max-Age=").and_then(|v| v.parse().ok())))
    };
    let token = app.csrf_token().await;
    let short = app.post_without_token("/login", &[("csrf_token", &token), ("username", "amina"), ("password", "a long sentence")]).await;
    assert!(max_age(&short).is_some_and(|a| a <= 4 * 3600), "{:?}", short.headers);
    app.logout().await;
    app.new_browser();
    let token = app.csrf_token().await;
    let long = app
        .post_without_token("/login", &[("csrf_token", &token), ("username", "amina"), ("password", "a long sentence"), ("remember", "1")])
        .await;
    assert!(max_age(&long).is_some_and(|a| a >= 29 * 86400), "{:?}", long.headers);
    app.get("/login").await.assert_contains("Keep me signed in on this device");
}
