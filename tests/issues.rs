//! Raising issues in any language, reading them, and supporting them.

use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    a_resident_raises_an_issue_confirms_its_language_and_it_waits_for_a_moderator,
    under_post_moderation_an_issue_is_public_at_once,
    issue_form_errors_are_shown_next_to_the_fields_and_the_text_is_kept,
    a_language_no_detector_knows_can_be_chosen_by_hand,
    the_public_never_sees_who_raised_an_anonymous_issue,
    a_resident_supports_an_issue_once_and_can_withdraw,
    similar_issues_are_suggested_before_sending,
    the_listing_filters_sorts_and_pages,
    deleting_an_account_keeps_or_removes_issues_as_the_municipality_decided,
);

/// A visitor whose browser asks for English (municipalities here default to German).
const EN: &[(&str, &str)] = &[("accept-language", "en")];

/// Ids of a municipality's first category and first tag.
async fn first_theme_and_tag(app: &TestApp, m: i64) -> (String, String) {
    let themes = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes");
    let cat = themes.iter().find(|t| t.is_category()).expect("a category").id.to_string();
    let tag = themes.iter().find(|t| !t.is_category()).expect("a tag").id.to_string();
    (cat, tag)
}

/// Raises an issue through both form steps, confirming `lang`.
async fn raise(
    app: &TestApp,
    slug: &str,
    theme: &str,
    title: &str,
    body: &str,
    lang: &str,
    extra: &[(&str, &str)],
) -> crate::helpers::Page {
    let mut fields = vec![("title", title), ("body", body), ("theme", theme)];
    fields.extend_from_slice(extra);
    let step1 = app.post(&format!("/m/{slug}/issues"), &fields).await;
    assert_eq!(step1.status, StatusCode::OK, "{}", step1.body);
    fields.extend_from_slice(&[("confirmed", "1"), ("lang", lang)]);
    app.post(&format!("/m/{slug}/issues"), &fields).await
}

async fn a_resident_raises_an_issue_confirms_its_language_and_it_waits_for_a_moderator(mut app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["de", "en"], "de").await;
    let (theme, tag) = first_theme_and_tag(&app, m).await;
    app.register("amina", "a long sentence").await;
    let form = app.get("/m/lindenfeld/issues/new").await;
    form.assert_contains("<optgroup").assert_contains("name=\"tags\"");
    let title = "No evening language classes for working mothers";
    let body = "The only German courses in the north of the city are in the morning, when we are at work.";
    let fields = [("title", title), ("body", body), ("theme", theme.as_str()), ("tags", tag.as_str())];
    let step1 = app.post("/m/lindenfeld/issues", &fields).await;
    assert_eq!(step1.status, StatusCode::OK);
    step1.assert_contains("We think you wrote in English").assert_contains("name=\"confirmed\" value=\"1\"");
    assert_eq!(app.count("SELECT COUNT(*) FROM issues").await, 0, "nothing is stored before the author confirms");
    let mut confirmed = fields.to_vec();
    confirmed.extend_from_slice(&[("confirmed", "1"), ("lang", "en")]);
    let page = app.post("/m/lindenfeld/issues", &confirmed).await;
    assert!(page.url.contains("/m/lindenfeld/issues/"), "{}", page.url);
    page.assert_contains("A moderator will check your issue soon").assert_contains("Waiting for a moderator").assert_contains(title);
    page.assert_contains("lang=\"en\" dir=\"ltr\"");
    let path = page.url.split(&app.url("")).nth(1).unwrap_or_default().split('?').next().unwrap_or_default().to_string();
    assert_eq!(app.count("SELECT COUNT(*) FROM issue_tags").await, 1);
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM roles WHERE municipality_id = {m} AND role = 'resident'")).await,
        1,
        "the author joined"
    );
    app.new_browser();
    assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND, "not public before a moderator publishes it");
    app.get_with("/m/lindenfeld/issues", EN).await.assert_lacks(title).assert_contains("No issues match.");
}

async fn under_post_moderation_an_issue_is_public_at_once(mut app: TestApp) {
    app.create_municipality("porto", &["it", "en"], "it").await;
    let m = chorus::db::municipalities::by_slug(&app.state.db, "porto").await.expect("query").expect("exists");
    let input = chorus::domain::municipality::MunicipalityInput {
        name: m.name.clone(),
        slug: m.slug.clone(),
        languages: m.languages.clone(),
        default_language: m.default_language.clone(),
        moderation_mode: chorus::domain::municipality::ModerationMode::Post,
        deleted_account_content: m.deleted_account_content,
    };
    chorus::db::municipalities::update(&app.state.db, m.id, &input).await.expect("update");
    let (theme, _) = first_theme_and_tag(&app, m.id).await;
    app.register("giulia", "a long sentence").await;
    let page = raise(
        &app,
        "porto",
        &theme,
        "Autobus notturni per la periferia",
        "Dopo le 22 non ci sono autobus per tornare a casa dal lavoro.",
        "it",
        &[],
    )
    .await;
    page.assert_contains("Your issue is published.");
    app.new_browser();
    let list = app.get_with("/m/porto/issues", &[("accept-language", "en")]).await;
    list.assert_contains("Autobus notturni per la periferia").assert_contains("lang=\"it\"");
}

async fn issue_form_errors_are_shown_next_to_the_fields_and_the_text_is_kept(app: TestApp) {
    app.create_municipality("lindenfeld", &["de", "en"], "de").await;
    app.register("amina", "a long sentence").await;
    let page = app.post("/m/lindenfeld/issues", &[("title", "Bus"), ("body", "Too short"), ("theme", "999999"), ("tags", "x")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("The title needs at least 5 characters.").assert_contains("Please write at least 20 characters.");
    page.assert_contains("id=\"title-error\"")
        .assert_contains("id=\"body-error\"")
        .assert_contains("aria-describedby=\"body-hint body-error\"");
    assert_eq!(page.input_value("title").as_deref(), Some("Bus"));
    page.assert_contains(">Too short</textarea>");
    let unknown_theme = app
        .post(
            "/m/lindenfeld/issues",
            &[("title", "Night buses please"), ("body", "There is no bus after ten in the evening."), ("theme", "999999")],
        )
        .await;
    assert_eq!(unknown_theme.status, StatusCode::UNPROCESSABLE_ENTITY);
    unknown_theme.assert_contains("Please choose a topic from the list.");
    assert_eq!(app.count("SELECT COUNT(*) FROM issues").await, 0);
}

async fn a_language_no_detector_knows_can_be_chosen_by_hand(app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["de", "en", "so"], "de").await;
    let (theme, _) = first_theme_and_tag(&app, m).await;
    app.register("hodan", "a long sentence").await;
    let title = "Caruurta ma helaan meel ay ku ciyaaraan";
    let body = "Xaafadda waqooyi ma laha beer carruureed, carruurtuna waxay ku ciyaaraan waddada.";
    let step1 = app.post("/m/lindenfeld/issues", &[("title", title), ("body", body), ("theme", theme.as_str())]).await;
    step1
        .assert_contains("Please choose the language you wrote in.")
        .assert_contains(">Soomaali</option>")
        .assert_contains(">ትግርኛ</option>");
    let page = raise(&app, "lindenfeld", &theme, title, body, "so", &[]).await;
    page.assert_contains("lang=\"so\"").assert_contains("Written in Soomaali");
    let wrong = app
        .post(
            "/m/lindenfeld/issues",
            &[("title", title), ("body", body), ("theme", theme.as_str()), ("confirmed", "1"), ("lang", "klingon")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_contains("name=\"confirmed\" value=\"1\"");
}

async fn the_public_never_sees_who_raised_an_anonymous_issue(mut app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["de", "en"], "de").await;
    sqlx::query("UPDATE municipalities SET moderation_mode = 'post'").execute(&app.state.db).await.expect("post");
    let (theme, _) = first_theme_and_tag(&app, m).await;
    app.register("hidden_author", "a long sentence").await;
    let page = raise(
        &app,
        "lindenfeld",
        &theme,
        "Police checks at the station",
        "People are stopped every morning only because of how they look.",
        "en",
        &[("anonymous", "1")],
    )
    .await;
    page.assert_contains("hidden_author").assert_contains("shown as anonymous to the public");
    let path = page.url.split(&app.url("")).nth(1).unwrap_or_default().split('?').next().unwrap_or_default().to_string();
    app.new_browser();
    let public = app.get_with(&path, EN).await;
    assert_eq!(public.status, StatusCode::OK);
    public.assert_contains("Raised anonymously").assert_lacks("hidden_author");
    app.get("/m/lindenfeld/issues").await.assert_lacks("hidden_author");
}

async fn a_resident_supports_an_issue_once_and_can_withdraw(mut app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["de", "en"], "de").await;
    sqlx::query("UPDATE municipalities SET moderation_mode = 'post'").execute(&app.state.db).await.expect("post");
    let (theme, _) = first_theme_and_tag(&app, m).await;
    app.register("amina", "a long sentence").await;
    let page = raise(
        &app,
        "lindenfeld",
        &theme,
        "Longer opening hours at the library",
        "The library closes at five, before most of us finish work.",
        "en",
        &[],
    )
    .await;
    let path = page.url.split(&app.url("")).nth(1).unwrap_or_default().split('?').next().unwrap_or_default().to_string();
    app.new_browser();
    app.get_with(&path, EN).await.assert_contains("0 supporters").assert_contains("Sign in to support this issue");
    app.register("olena", "a long sentence").await;
    let supported = app.post(&format!("{path}/support"), &[("support", "1")]).await;
    supported.assert_contains("1 supporter").assert_contains("You support this issue.");
    app.post(&format!("{path}/support"), &[("support", "1")]).await.assert_contains("1 supporter");
    app.post(&format!("{path}/support"), &[("support", "0")]).await.assert_contains("0 supporters");
    assert_eq!(app.count("SELECT COUNT(*) FROM supports").await, 0);
    assert_eq!(app.count("SELECT supports FROM issues").await, 0);
}

async fn similar_issues_are_suggested_before_sending(app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["de", "en"], "de").await;
    sqlx::query("UPDATE municipalities SET moderation_mode = 'post'").execute(&app.state.db).await.expect("post");
    let (theme, _) = first_theme_and_tag(&app, m).await;
    app.register("amina", "a long sentence").await;
    raise(
        &app,
        "lindenfeld",
        &theme,
        "Night buses to the northern estates",
        "After ten there is no bus to the northern estates at all.",
        "en",
        &[],
    )
    .await;
    let step1 = app
        .post(
            "/m/lindenfeld/issues",
            &[
                ("title", "More night buses please"),
                ("body", "Nurses and cleaners cannot get home after late shifts."),
                ("theme", theme.as_str()),
            ],
        )
        .await;
    step1.assert_contains("Similar issues").assert_contains("Night buses to the northern estates");
}

async fn the_listing_filters_sorts_and_pages(app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["de", "en"], "de").await;
    sqlx::query("UPDATE municipalities SET moderation_mode = 'post'").execute(&app.state.db).await.expect("post");
    let themes = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes");
    let (a, b) = (themes[0].id, themes[1].id);
    app.register("amina", "a long sentence").await;
    let author = app.user_id("amina").await;
    for n in 0..25 {
        let title = format!("Issue number {n:02} about the city");
        let new = chorus::db::issues::NewIssue {
            municipality_id: m,
            author_id: author,
            anonymous: false,
            title: &title,
            body: "A description that is long enough to pass.",
            lang: if n % 5 == 0 { "ar" } else { "en" },
            theme_id: if n % 2 == 0 { a } else { b },
            tag_ids: &[],
            neighbourhood_id: None,
            status: "published",
        };
        let mut conn = app.state.db.acquire().await.expect("conn");
        let id = chorus::db::issues::insert(&mut conn, &new).await.expect("insert");
        sqlx::query("UPDATE issues SET supports = $1, published_at = $2 WHERE id = $3")
            .bind(n * 3 % 7)
            .bind(1_000 + n)
            .bind(id)
            .execute(&app.state.db)
            .await
            .expect("update");
    }
    let first = app.get("/m/lindenfeld/issues").await;
    first.assert_contains("Issue number 24").assert_contains("Issue number 05").assert_lacks("Issue number 04");
    let next = first
        .body
        .split("href=\"/m/lindenfeld/issues?")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("a next-page link")
        .replace("&amp;", "&");
    let second = app.get(&format!("/m/lindenfeld/issues?{next}")).await;
    second
        .assert_contains("Issue number 04")
        .assert_contains("Issue number 00")
        .assert_lacks("Issue number 05")
        .assert_lacks("Show more issues");
    let by_theme = app.get(&format!("/m/lindenfeld/issues?theme={a}")).await;
    by_theme.assert_contains("Issue number 24").assert_lacks("Issue number 23");
    let arabic = app.get("/m/lindenfeld/issues?lang=ar").await;
    assert_eq!(arabic.body.matches("<li>\n<a href=\"/m/lindenfeld/issues/").count(), 5);
    let supported = app.get("/m/lindenfeld/issues?sort=supported").await;
    let top = supported.body.find("supporters").unwrap_or_default();
    assert!(supported.body[..top].contains(">6 supporters") || supported.body[top - 20..top + 10].contains('6'), "most supported first");
    let garbage = app.get("/m/lindenfeld/issues?theme=x&tag=%00&status=hidden&lang=zz&sort=evil&after=1.2.3").await;
    assert_eq!(garbage.status, StatusCode::OK);
}

async fn deleting_an_account_keeps_or_removes_issues_as_the_municipality_decided(app: TestApp) {
    let keep = app.create_municipality("keeps", &["en"], "en").await;
    let remove = app.create_municipality("removes", &["en"], "en").await;
    sqlx::query("UPDATE municipalities SET moderation_mode = 'post'").execute(&app.state.db).await.expect("post");
    sqlx::query("UPDATE municipalities SET deleted_account_content = 'remove' WHERE slug = 'removes'")
        .execute(&app.state.db)
        .await
        .expect("policy");
    app.register("amina", "a long sentence").await;
    let (t1, _) = first_theme_and_tag(&app, keep).await;
    let (t2, _) = first_theme_and_tag(&app, remove).await;
    raise(&app, "keeps", &t1, "An issue that stays anonymous", "It should stay visible without my name.", "en", &[]).await;
    raise(&app, "removes", &t2, "An issue that goes away", "It should disappear with my account.", "en", &[]).await;
    let export: serde_json::Value = app.browser.get(app.url("/account/export")).send().await.expect("export").json().await.expect("json");
    assert_eq!(export["issues"].as_array().map(Vec::len), Some(2), "the export lists the person's issues");
    app.post("/account/delete", &[("password", "a long sentence")]).await;
    let titles: Vec<String> = sqlx::query_scalar("SELECT title FROM issues").fetch_all(&app.state.db).await.expect("titles");
    assert_eq!(titles, vec!["An issue that stays anonymous"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM issues WHERE author_id IS NOT NULL OR anonymous = 0").await, 0);
    app.get("/m/keeps/issues").await.assert_contains("An issue that stays anonymous").assert_lacks("amina");
}
