//! Municipalities and roles, administered through the web UI.

use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    an_admin_creates_and_edits_a_municipality,
    municipality_form_errors_are_shown_next_to_the_fields_and_input_is_kept,
    an_admin_grants_and_revokes_roles_and_it_is_audited,
    the_last_admin_cannot_step_down,
    demo_data_is_seeded_once,
);

fn municipality_form<'a>(name: &'a str, slug: &'a str, default: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("slug", slug),
        ("languages", "de"),
        ("languages", "ar"),
        ("languages", "uk"),
        ("default_language", default),
        ("moderation_mode", "pre"),
        ("deleted_account_content", "anonymize"),
    ]
}

async fn an_admin_creates_and_edits_a_municipality(app: TestApp) {
    app.create_admin("city-admin", "admin sentence here").await;
    app.login("city-admin", "admin sentence here").await;
    let page = app.post("/admin/municipalities", &municipality_form("Lindenfeld", "lindenfeld", "de")).await;
    assert!(page.url.ends_with("/admin"), "{}", page.url);
    page.assert_contains("Lindenfeld");
    let m = chorus::db::municipalities::by_slug(&app.state.db, "lindenfeld").await.expect("query").expect("created");
    assert_eq!(m.languages, vec!["de", "ar", "uk"]);
    let edit = app.get(&format!("/admin/municipalities/{}", m.id)).await;
    assert_eq!(edit.input_value("name").as_deref(), Some("Lindenfeld"));
    let mut form = municipality_form("Lindenfeld an der Au", "lindenfeld", "uk");
    form.push(("moderation_mode", "post"));
    form.retain(|(k, v)| !(*k == "moderation_mode" && *v == "pre"));
    app.post(&format!("/admin/municipalities/{}", m.id), &form).await;
    let m = chorus::db::municipalities::by_id(&app.state.db, m.id).await.expect("query").expect("exists");
    assert_eq!((m.name.as_str(), m.default_language.as_str(), m.moderation_mode.as_str()), ("Lindenfeld an der Au", "uk", "post"));
    app.get("/").await.assert_contains("Lindenfeld an der Au");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'municipality.%'").await, 2);
}

async fn municipality_form_errors_are_shown_next_to_the_fields_and_input_is_kept(app: TestApp) {
    app.create_admin("city-admin", "admin sentence here").await;
    app.login("city-admin", "admin sentence here").await;
    app.post("/admin/municipalities", &municipality_form("Lindenfeld", "lindenfeld", "de")).await;
    let page = app.post("/admin/municipalities", &[("name", "Neustadt"), ("slug", "Neu Stadt!"), ("default_language", "fr")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Use 2 to 40 lower-case letters").assert_contains("Choose at least one language.");
    page.assert_contains("id=\"slug-error\"").assert_contains("aria-describedby=\"slug-hint slug-error\"");
    assert_eq!(page.input_value("name").as_deref(), Some("Neustadt"));
    assert_eq!(page.input_value("slug").as_deref(), Some("Neu Stadt!"));
    let taken = app.post("/admin/municipalities", &municipality_form("Other", "lindenfeld", "de")).await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    taken.assert_contains("Another city already uses this web address name.");
    assert_eq!(app.count("SELECT COUNT(*) FROM municipalities").await, 1);
}

async fn an_admin_grants_and_revokes_roles_and_it_is_audited(mut app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["de"], "de").await;
    app.register("sofia", "a long sentence").await;
    let sofia = app.user_id("sofia").await;
    assert_eq!(app.get("/m/lindenfeld/team").await.status, StatusCode::FORBIDDEN);
    let sofias_browser = app.jar.clone();
    app.new_browser();
    app.create_admin("city-admin", "admin sentence here").await;
    app.login("city-admin", "admin sentence here").await;
    let search = app.get("/admin/users?q=SOF").await;
    search.assert_contains(&format!("/admin/users/{sofia}"));
    let mid = m.to_string();
    app.post(&format!("/admin/users/{sofia}/roles"), &[("municipality_id", &mid), ("role", "moderator")])
        .await
        .assert_contains("Moderator");
    let roles = chorus::db::roles::in_municipality(&app.state.db, sofia, m).await.expect("roles");
    assert_eq!(roles, vec![chorus::domain::role::Role::Moderator]);
    // Sofia's own browser now sees the team page.
    let sofia_client = reqwest::Client::builder().cookie_provider(sofias_browser).build().expect("client");
    let team = sofia_client.get(app.url("/m/lindenfeld/team")).send().await.expect("GET");
    assert_eq!(team.status(), StatusCode::OK);
    app.post(&format!("/admin/users/{sofia}/roles"), &[("municipality_id", &mid), ("role", "moderator"), ("revoke", "1")]).await;
    assert!(chorus::db::roles::in_municipality(&app.state.db, sofia, m).await.expect("roles").is_empty());
    let team = sofia_client.get(app.url("/m/lindenfeld/team")).send().await.expect("GET");
    assert_eq!(team.status(), StatusCode::FORBIDDEN, "revoking takes effect at once");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('role.grant', 'role.revoke') AND detail = 'moderator'").await, 2);
    let bogus = app.post(&format!("/admin/users/{sofia}/roles"), &[("municipality_id", &mid), ("role", "emperor")]).await;
    assert_eq!(bogus.status, StatusCode::BAD_REQUEST);
}

async fn the_last_admin_cannot_step_down(app: TestApp) {
    app.create_admin("city-admin", "admin sentence here").await;
    app.login("city-admin", "admin sentence here").await;
    let me = app.user_id("city-admin").await;
    let page = app.post(&format!("/admin/users/{me}/admin"), &[("admin", "false")]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    page.assert_contains("This is the last administrator account.");
    let page = app.post("/account/delete", &[("password", "admin sentence here")]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE is_admin = 1").await, 1);
}

async fn demo_data_is_seeded_once(app: TestApp) {
    let first = chorus::services::demo::seed(&app.state).await.expect("seed");
    assert_eq!(first.len(), 6, "one account per role and an admin");
    let second = chorus::services::demo::seed(&app.state).await.expect("seed again");
    assert!(second.is_empty());
    assert_eq!(app.count("SELECT COUNT(*) FROM municipalities").await, 2);
    // One account per role, the eight pseudonymous residents who raised, support and comment
    // on the demo issues, the 84 voters of the Assen budget vote and the 60 respondents of the
    // closed questionnaire (random passwords nobody knows: they cannot sign in).
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 14 + 84 + 60);
    assert_eq!(app.count("SELECT COUNT(*) FROM ballots WHERE status = 'open'").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM ballots WHERE status = 'published'").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_papers").await, app.count("SELECT COUNT(*) FROM ballot_roll").await);
    assert_eq!(app.count("SELECT COUNT(*) FROM consultations WHERE status = 'open'").await, 2);
    assert!(
        app.count("SELECT COUNT(*) FROM consultations WHERE kind = 'statements' AND results LIKE '%centre%'").await == 1,
        "the round's map has groups"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM consultations WHERE status = 'published' AND respondents = 60").await, 1);
    let moderator = first.iter().find(|a| a.username == "demo-moderator").expect("moderator");
    let page = app.login("demo-moderator", &moderator.password).await;
    assert!(page.url.ends_with("/account/password"), "the one-time password must be replaced first");
    let home = reqwest::Client::new().get(app.url("/")).send().await.expect("GET").text().await.expect("body");
    assert!(home.contains("/m/lindenfeld") && home.contains("/m/porto-sereno"), "{home}");
}
