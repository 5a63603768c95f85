//! Full-text search over originals and translations, the public JSON API and its OpenAPI
//! document, and the demo portal's content: on both databases.

use reqwest::StatusCode;
use serde_json::Value;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    search_finds_words_in_originals_and_translations,
    hostile_search_queries_are_only_words,
    the_api_lists_and_details_public_issues_without_personal_data,
    the_demo_portal_is_alive_in_many_languages_and_every_status,
    the_generator_fills_a_town_with_issues_and_supports,
);

async fn json(app: &TestApp, path: &str) -> (StatusCode, Value) {
    let resp = app.browser.get(app.url(path)).header("accept-language", "en").send().await.expect("GET");
    let status = resp.status();
    (status, resp.json().await.expect("JSON"))
}

async fn demo(app: &TestApp) {
    chorus::services::demo::seed(&app.state).await.expect("demo seed");
}

async fn search_finds_words_in_originals_and_translations(app: TestApp) {
    demo(&app).await;
    let en = [("accept-language", "en")];
    // The Persian issue is found by a word of its English translation, the German one by a
    // prefix of its original, the Arabic one by an Arabic word.
    app.get_with("/m/lindenfeld/issues?q=interpreters", &en).await.assert_contains("There are no interpreters in health centres");
    app.get_with("/m/lindenfeld/issues?q=Nordviertel", &en).await.assert_contains("No bus to Nordviertel after 10 pm");
    app.get_with("/m/lindenfeld/issues?q=%D8%AF%D8%B1%D9%88%D8%B3", &en).await.assert_contains("No evening German classes");
    let page = app.get_with("/m/lindenfeld/issues?q=interpreters+bus", &en).await;
    page.assert_contains("Issues matching").assert_contains("No issues");
    // Search combines with the filters, and keeps them on the next page.
    let (_, found) = json(&app, "/api/v1/municipalities/lindenfeld/issues?q=bus&status=resolved").await;
    assert_eq!(found["issues"].as_array().map(Vec::len), Some(0));
    // Hidden, rejected and waiting issues are never found.
    let (_, found) = json(&app, "/api/v1/municipalities/lindenfeld/issues?q=landlord").await;
    assert_eq!(found["issues"].as_array().map(Vec::len), Some(0));
    let (_, found) = json(&app, "/api/v1/municipalities/lindenfeld/issues?q=Xarunta").await;
    assert_eq!(found["issues"].as_array().map(Vec::len), Some(0));
}

async fn hostile_search_queries_are_only_words(app: TestApp) {
    demo(&app).await;
    for q in ["%22", "*", "NEAR(a%20b)", "bus:*", "%26%7C!", "a", "%27%20OR%201=1--", "%00", "x%22%20OR%20%22y", "%E2%80%AE", "(((", "AND"]
    {
        let page = app.get_with(&format!("/m/lindenfeld/issues?q={q}"), &[("accept-language", "en")]).await;
        assert_eq!(page.status, StatusCode::OK, "q={q}: {}", page.body);
        let (status, _) = json(&app, &format!("/api/v1/municipalities/lindenfeld/issues?q={q}")).await;
        assert_eq!(status, StatusCode::OK, "API q={q}");
    }
}

async fn the_api_lists_and_details_public_issues_without_personal_data(app: TestApp) {
    demo(&app).await;
    let (status, list) = json(&app, "/api/v1/municipalities/lindenfeld/issues").await;
    assert_eq!(status, StatusCode::OK);
    let issues = list["issues"].as_array().expect("issues");
    let statuses: Vec<&str> = issues.iter().filter_map(|i| i["status"].as_str()).collect();
    assert!(statuses.iter().all(|s| ["published", "forwarded", "answered", "resolved"].contains(s)), "{statuses:?}");
    assert!(issues.iter().all(|i| i["lang"].as_str().is_some_and(|l| !l.is_empty())), "each issue carries its original language");
    // Filters: language, status, sort by support.
    let (_, ar) = json(&app, "/api/v1/municipalities/lindenfeld/issues?lang=ar").await;
    assert!(ar["issues"].as_array().expect("issues").iter().all(|i| i["lang"] == "ar"));
    let (_, sorted) = json(&app, "/api/v1/municipalities/lindenfeld/issues?sort=supported").await;
    let counts: Vec<i64> = sorted["issues"].as_array().expect("issues").iter().filter_map(|i| i["supports"].as_i64()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    // Detail: translations, timeline, answers, comments; no authors anywhere.
    let id = issues.iter().find(|i| i["status"] == "answered").and_then(|i| i["id"].as_i64()).expect("an answered issue");
    let (_, detail) = json(&app, &format!("/api/v1/municipalities/lindenfeld/issues/{id}")).await;
    assert!(detail["translations"].as_array().is_some_and(|t| t.iter().any(|t| t["lang"] == "en" && t["source"] == "human")));
    assert!(detail["answers"][0]["translations"].as_array().is_some_and(|t| !t.is_empty()));
    assert!(detail["comments"].as_array().is_some_and(|c| !c.is_empty()));
    assert_eq!(detail["timeline"][0]["status"], "submitted");
    let text = detail.to_string();
    for name in ["amal-k", "hodan", "reza", "demo-official", "demo-moderator", "author", "username"] {
        assert!(!text.contains(name), "{name} in {text}");
    }
    // Issues that are not public do not exist for the API; errors are JSON with a message id.
    let hidden: i64 = app.count("SELECT id FROM issues WHERE status = 'hidden'").await;
    let (status, error) = json(&app, &format!("/api/v1/municipalities/lindenfeld/issues/{hidden}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error["error"]["message_id"], "error-not-found");
    let (status, _) = json(&app, "/api/v1/municipalities/nowhere/issues").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Themes in the reader's language, and the OpenAPI document.
    let (_, themes) = json(&app, "/api/v1/municipalities/lindenfeld/themes").await;
    assert!(themes["themes"].as_array().is_some_and(|t| t.iter().any(|t| t["name"] == "Learning the language")));
    assert!(themes["neighbourhoods"].as_array().is_some_and(|n| n.len() == 4));
    let (_, doc) = json(&app, "/api/openapi.json").await;
    assert_eq!(doc["openapi"], "3.1.0");
    for path in [
        "/api/v1/municipalities",
        "/api/v1/municipalities/{slug}/issues",
        "/api/v1/municipalities/{slug}/issues/{id}",
        "/api/v1/municipalities/{slug}/themes",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path}");
    }
    // Derived from the handlers' types: every shape the API sends is described.
    for schema in
        ["Municipalities", "Themes", "IssuesPage", "IssueSummary", "IssueDetail", "TranslationOut", "AnswerOut", "CommentOut", "ApiError"]
    {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
    }
    let params = doc["paths"]["/api/v1/municipalities/{slug}/issues"]["get"]["parameters"].as_array().cloned().unwrap_or_default();
    for name in ["slug", "q", "theme", "tag", "status", "lang", "neighbourhood", "sort", "after"] {
        assert!(params.iter().any(|p| p["name"] == name), "{name}");
    }
    // Every $ref points at a schema that exists.
    let text = doc.to_string();
    for piece in text.split("#/components/schemas/").skip(1) {
        let name: String = piece.chars().take_while(|c| c.is_alphanumeric()).collect();
        assert!(doc["components"]["schemas"][&name].is_object(), "{name}");
    }
}

async fn the_demo_portal_is_alive_in_many_languages_and_every_status(app: TestApp) {
    demo(&app).await;
    demo(&app).await; // twice: nothing is duplicated
    let statuses: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT status FROM issues ORDER BY status").fetch_all(&app.state.db).await.expect("statuses");
    for s in ["answered", "forwarded", "hidden", "merged", "published", "rejected", "resolved", "submitted"] {
        assert!(statuses.iter().any(|x| x == s), "{s} in {statuses:?}");
    }
    let langs: Vec<String> = sqlx::query_scalar("SELECT DISTINCT lang FROM issues").fetch_all(&app.state.db).await.expect("langs");
    assert!(langs.len() >= 5, "{langs:?}");
    assert!(
        langs.iter().filter(|l| ["ar", "fa", "ps", "ur", "ckb", "prs"].contains(&l.as_str())).count() >= 2,
        "two right-to-left: {langs:?}"
    );
    assert!(app.count("SELECT COUNT(*) FROM translations").await >= 10);
    assert!(app.count("SELECT COUNT(*) FROM supports").await >= 20);
    assert!(app.count("SELECT COUNT(*) FROM comments").await >= 3);
    assert!(app.count("SELECT COUNT(*) FROM answers").await >= 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM issues WHERE title LIKE 'Nach 22 Uhr%'").await, 1);
    // A newcomer reading in Arabic sees Arabic titles in the listing.
    let page = app.get_with("/m/lindenfeld/issues", &[("accept-language", "ar")]).await;
    page.assert_contains("لا توجد حافلة إلى نوردفيرتل");
}

async fn the_generator_fills_a_town_with_issues_and_supports(app: TestApp) {
    let plan = chorus::services::generate::Plan {
        users: 300,
        municipalities: 2,
        password: "load test password".into(),
        issues: 2_000,
        supports: 20_000,
    };
    let report = chorus::services::generate::run(&app.state, &plan).await.expect("generate");
    assert_eq!(report.issues, 2_000);
    assert!((18_000..=22_000).contains(&report.supports), "{}", report.supports);
    // Support counts match the rows, nobody supports twice, and the search index has them all.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM issues i WHERE i.supports <> (SELECT COUNT(*) FROM supports s WHERE s.issue_id = i.id)").await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM supports").await as u64, report.supports);
    let search = chorus::db::search::Search::all_words(app.state.backend, "jardin").expect("words");
    let found = search.issue_ids(&app.state.db, 5_000).await.expect("search");
    assert!((10..2_000).contains(&found.len()), "generated issues are searchable: {}", found.len());
    // Running it again adds nothing.
    let again = chorus::services::generate::run(&app.state, &plan).await.expect("generate again");
    assert_eq!((again.issues, again.supports), (0, 0));
    let (_, page) = json(&app, "/api/v1/municipalities/town-1/issues?q=jardin&sort=supported").await;
    let found = page["issues"].as_array().expect("issues");
    assert_eq!(found.len(), 50, "a full page of matches");
    assert!(page["next"].as_str().is_some_and(|n| n.contains("q=jardin") && n.contains("after=")), "{}", page["next"]);
    let (_, next) = json(&app, page["next"].as_str().expect("next")).await;
    assert!(next["issues"].as_array().is_some_and(|n| !n.is_empty() && n[0]["id"] != found[0]["id"]));
    // Many matches take the other plan (the word lists read newest first, capped); on data
    // this small both plans give the same pages, in every order, with filters and cursors.
    use chorus::db::issues::{Filter, Sort, list};
    let town = chorus::db::municipalities::by_slug(&app.state.db, "town-1").await.expect("query").expect("town").id;
    let theme = chorus::db::themes::of_municipality(&app.state.db, town).await.expect("themes")[0].id;
    let search = chorus::db::search::Search::all_words(app.state.backend, "jardin").expect("words");
    for sort in [Sort::Newest, Sort::MostSupported, Sort::RecentlyAnswered] {
        for theme in [None, Some(theme)] {
            let few = Filter { search: Some(search.clone()), theme, ..Filter::default() };
            let many = Filter { search: Some(search.clone().with_few(3)), theme, ..Filter::default() };
            let a = list(&app.state.db, app.state.backend, town, sort, &few, 20).await.expect("few");
            let b = list(&app.state.db, app.state.backend, town, sort, &many, 20).await.expect("many");
            let ids = |v: &[chorus::db::issues::Issue]| v.iter().map(|i| i.id).collect::<Vec<_>>();
            assert_eq!(ids(&a), ids(&b), "{sort:?} {theme:?}");
            assert!(!a.is_empty() || theme.is_some() || sort == Sort::RecentlyAnswered, "{sort:?}");
        }
    }
}
