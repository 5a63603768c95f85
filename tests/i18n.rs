//! Language negotiation, right-to-left pages and the language switcher.

use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    the_browser_language_chooses_the_page_language,
    arabic_and_persian_pages_are_right_to_left,
    the_switcher_remembers_the_choice_and_returns_to_the_same_page,
    a_signed_in_persons_setting_wins_over_everything_else,
    a_municipality_default_applies_when_nothing_else_decides,
    every_page_offers_each_language_by_its_own_name,
);

async fn the_browser_language_chooses_the_page_language(app: TestApp) {
    let page = app.get_with("/", &[("accept-language", "xx, de-AT;q=0.9, en;q=0.5")]).await;
    page.assert_contains("<html lang=\"de\" dir=\"ltr\">");
    let missing = app.get_with("/nowhere", &[("accept-language", "fr")]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    missing.assert_contains("<html lang=\"fr\"");
}

async fn arabic_and_persian_pages_are_right_to_left(app: TestApp) {
    for (tag, name) in [("ar", "العربية"), ("fa", "فارسی")] {
        let page = app.get_with("/register", &[("accept-language", tag)]).await;
        page.assert_contains(&format!("<html lang=\"{tag}\" dir=\"rtl\">")).assert_contains(name);
        // Other languages in the switcher keep their own direction.
        page.assert_contains("lang=\"en\" dir=\"ltr\"");
    }
}

async fn the_switcher_remembers_the_choice_and_returns_to_the_same_page(app: TestApp) {
    app.get("/login?next=/account").await;
    let page = app.post("/language", &[("lang", "ar"), ("back", "/login?next=/account")]).await;
    assert!(page.url.ends_with("/login?next=/account"), "{}", page.url);
    page.assert_contains("<html lang=\"ar\" dir=\"rtl\">");
    app.get_with("/", &[("accept-language", "de")]).await.assert_contains("<html lang=\"ar\"");
    let escape = app.post_raw("/language", &[("lang", "de"), ("back", "https://evil.example/")]).await;
    assert_eq!(escape.headers["location"], "/", "no open redirect");
}

async fn a_signed_in_persons_setting_wins_over_everything_else(app: TestApp) {
    app.post(
        "/register",
        &[("username", "olena"), ("password", "a long sentence"), ("password_confirm", "a long sentence"), ("language", "uk")],
    )
    .await;
    app.get_with("/account", &[("accept-language", "de")]).await.assert_contains("<html lang=\"uk\"");
    app.post("/account/language", &[("lang", "fa")]).await.assert_contains("<html lang=\"fa\" dir=\"rtl\">");
    app.post("/language", &[("lang", "tr"), ("back", "/account")]).await.assert_contains("<html lang=\"tr\"");
    let stored: Option<String> = sqlx::query_scalar("SELECT preferred_language FROM users").fetch_one(&app.state.db).await.expect("query");
    assert_eq!(stored.as_deref(), Some("tr"), "the switcher also saves the setting");
}

async fn a_municipality_default_applies_when_nothing_else_decides(app: TestApp) {
    app.create_municipality("porto-sereno", &["it", "en", "ar"], "it").await;
    app.get("/m/porto-sereno").await.assert_contains("<html lang=\"it\"");
    app.get_with("/m/porto-sereno", &[("accept-language", "ar, en;q=0.5")]).await.assert_contains("<html lang=\"ar\" dir=\"rtl\"");
    // A browser language the municipality does not offer falls back to its default.
    app.get_with("/m/porto-sereno", &[("accept-language", "pl")]).await.assert_contains("<html lang=\"it\"");
    app.get_with("/", &[("accept-language", "pl")]).await.assert_contains("<html lang=\"pl\"");
}

async fn every_page_offers_each_language_by_its_own_name(app: TestApp) {
    let names = [
        "English",
        "Deutsch",
        "Français",
        "Italiano",
        "Español",
        "Ελληνικά",
        "Polski",
        "Slovenščina",
        "العربية",
        "فارسی",
        "Українська",
        "Русский",
        "Türkçe",
        "Soomaali",
    ];
    for path in ["/", "/login", "/register", "/recover", "/reset", "/missing"] {
        let page = app.get(path).await;
        for name in names {
            page.assert_contains(&format!(">{name}</button>"));
        }
        page.assert_contains("aria-current=\"true\">English</button>");
    }
}
