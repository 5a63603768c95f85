//! The query budget of the public pages: how many database round trips each may take, counted
//! in-process on the real router over the demo content. A page over its budget fails the
//! test, so a change that adds a query to a hot page is seen at once.

use axum::{body::Body, http::Request};
use chorus::web::QueryCount;
use reqwest::StatusCode;
use tower::ServiceExt as _;

use crate::{helpers::TestApp, on_both_databases_with};

on_both_databases_with!([("CHORUS_DIRECTORY_REFRESH_MS", "60000")]; every_public_page_stays_within_its_query_budget);

/// Round trips of one request (and its status), as a visitor with `cookie` would send it.
async fn round_trips(app: &TestApp, path: &str, cookie: Option<&str>) -> (StatusCode, u32) {
    let mut request = Request::get(path).header("accept-language", "en");
    if let Some(c) = cookie {
        request = request.header("cookie", c);
    }
    let response = chorus::web::router(app.state.clone()).oneshot(request.body(Body::empty()).expect("request")).await.expect("response");
    let status = StatusCode::from_u16(response.status().as_u16()).expect("status");
    (status, response.extensions().get::<QueryCount>().expect("counted").0)
}

/// (path, budget anonymous, budget signed in), the anonymous visit first. Signing in costs
/// two round trips (the session and the account); the municipality, its themes and
/// neighbourhoods and the help directory come from memory. A listing page not yet in memory
/// takes three (the content version, the issues, their translations) and then none until
/// something it shows changes; so does the public part of an issue page (the content version,
/// the issue, its timeline, tags, answers, comments and all their translations in one query,
/// and the forwarded council summaries that draw on it).
/// A municipality page reads its open and published consultations and its councils' next
/// meetings (one query each); a
/// consultation page its settings, texts and questions (three), and signed in also the
/// person's answers, residency and roles, and in a statement round the published statements,
/// their own reactions and the translations of the next one. A round's map page reads the
/// stored map, the statements and their translations.
/// Signed in, an issue page also reads the person's roles, support and count of own
/// unpublished comments (one query). A council list reads the councils (one query); a
/// council page the council, its terms and its meetings (three), and signed in also the
/// reader's seat; a meeting page the council, the meeting, its agenda and its minutes (four);
/// the archive the council, terms, meetings, agendas and minutes (five); the CSV the council
/// and its terms. "You said, we did" (and its API) reads the content version, the points with
/// their answers and translations, and their progress and sources: three, then none until
/// something it shows changes. The API never reads a session.
const BUDGETS: &[(&str, u32, u32)] = &[
    ("/", 0, 3),
    ("/m/lindenfeld", 2, 5),
    ("/m/lindenfeld/help", 0, 2),
    ("/m/lindenfeld/issues", 3, 2),
    ("/m/lindenfeld/issues/1", 9, 3),
    ("/api/v1/municipalities", 0, 0),
    ("/api/v1/municipalities/lindenfeld/themes", 0, 0),
    ("/api/v1/municipalities/lindenfeld/issues", 3, 0),
    ("/api/v1/municipalities/lindenfeld/issues/1", 6, 6),
    ("/m/lindenfeld/ballots", 1, 4),
    ("/m/lindenfeld/ballots/1", 3, 6),
    ("/m/lindenfeld/ballots/2", 3, 6),
    ("/m/lindenfeld/ballots/2/results", 4, 6),
    ("/api/v1/municipalities/lindenfeld/ballots", 1, 1),
    ("/api/v1/municipalities/lindenfeld/ballots/2", 3, 3),
    ("/api/v1/municipalities/lindenfeld/ballots/2/papers", 4, 4),
    ("/m/lindenfeld/consultations", 1, 4),
    ("/m/lindenfeld/consultations/1", 3, 8),
    ("/m/lindenfeld/consultations/2", 3, 8),
    ("/m/lindenfeld/consultations/2/results", 3, 5),
    ("/m/lindenfeld/consultations/2/results?by=age", 3, 5),
    ("/m/lindenfeld/consultations/3", 3, 11),
    ("/m/lindenfeld/consultations/3/results", 5, 7),
    ("/api/v1/municipalities/lindenfeld/consultations", 1, 1),
    ("/api/v1/municipalities/lindenfeld/consultations/2", 3, 3),
    ("/m/lindenfeld/councils", 1, 3),
    ("/m/lindenfeld/councils/advisory-board", 3, 6),
    ("/m/lindenfeld/councils/advisory-board/meetings/1", 4, 7),
    ("/m/lindenfeld/councils/advisory-board/archive.json", 5, 7),
    ("/m/lindenfeld/councils/advisory-board/members.csv", 2, 4),
    ("/m/lindenfeld/said-did", 3, 2),
    ("/m/lindenfeld/said-did?status=accepted&page=2", 3, 2),
    ("/api/v1/municipalities/lindenfeld/recommendations", 3, 3),
    // A summary's page: the summary, its council, its recommendations and their sources, its
    // versions; signed in also the reader's roles and seat (whether they may see drafts and
    // act). The list reads the public summaries; signed in also whether the reader writes
    // for a council and reviews each council's drafts.
    ("/m/lindenfeld/summaries", 1, 8),
    ("/m/lindenfeld/summaries/1", 5, 9),
    ("/api/v1/municipalities/lindenfeld/summaries", 2, 2),
    ("/api/v1/municipalities/lindenfeld/summaries/1", 5, 5),
];

async fn every_public_page_stays_within_its_query_budget(app: TestApp) {
    chorus::services::demo::seed(&app.state).await.expect("demo");
    let theme = chorus::db::themes::of_municipality(&app.state.db, 1).await.expect("themes")[0].id;
    crate::official::forwarded(&app, 1, 1, &[("Night buses", Some(theme), &[("issue", 1)]), ("Advice desk", None, &[])]).await;
    app.register("amina", "a long sentence").await;
    let cookie = format!("chorus_session={}", app.cookie("chorus_session").expect("session"));
    round_trips(&app, "/", None).await; // the directory loads once
    let mut over = Vec::new();
    for (path, anonymous, signed_in) in BUDGETS {
        let (status, n) = round_trips(&app, path, None).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let (status, m) = round_trips(&app, path, Some(&cookie)).await;
        assert_eq!(status, StatusCode::OK, "{path} signed in");
        println!("{path}: {n} anonymous, {m} signed in");
        if n > *anonymous || m > *signed_in {
            over.push(format!("{path}: {n} anonymous (budget {anonymous}), {m} signed in (budget {signed_in})"));
        }
    }
    assert!(over.is_empty(), "over budget:\n{}", over.join("\n"));
    // A listing or an issue page in memory takes no query at all, until a write changes it.
    assert_eq!(round_trips(&app, "/m/lindenfeld/issues", None).await.1, 0);
    assert_eq!(round_trips(&app, "/m/lindenfeld/issues/1", None).await.1, 0);
    assert_eq!(round_trips(&app, "/m/lindenfeld/said-did", None).await.1, 0);
    sqlx::query("UPDATE issues SET supports = supports + 1 WHERE id = 1").execute(&app.state.db).await.expect("a support");
    assert_eq!(round_trips(&app, "/m/lindenfeld/issues", None).await.1, 3, "a write on this server is seen at once");
}
