//! Priority votes through the real pages, on both databases: a council prepares a ballot in
//! every language, residents vote and get a receipt, the ballot closes by itself and is
//! counted, the council publishes, voters are told and anyone can check the result.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{
    helpers::{Page, TestApp},
    on_both_databases, on_both_databases_with,
};

on_both_databases!(
    a_council_prepares_an_approval_vote_in_two_languages_and_residents_vote_once,
    a_budget_vote_from_a_pabulib_file_shows_both_rules_side_by_side,
    a_ranked_vote_explains_schulze_and_instant_run_off,
    a_bad_vote_comes_back_with_the_choice_kept_and_a_message,
    a_voter_may_change_their_vote_only_where_allowed_and_only_with_the_receipt,
    only_residents_vote_and_verified_only_ballots_ask_for_verification,
    two_servers_take_one_vote_per_person_and_close_a_ballot_once,
    published_ballots_are_in_the_api_with_their_papers,
    an_issue_page_shows_the_vote_it_is_an_option_in,
);

on_both_databases_with!([("CHORUS_BALLOT_CLOSE_INTERVAL_MS", "100")]; a_ballot_closes_at_its_closing_time_without_anyone_acting);

/// `lindenfeld` in English and Arabic, with a council member `chair` signed in.
pub async fn town(app: &mut TestApp) -> i64 {
    let m = app.create_municipality("lindenfeld", &["en", "ar"], "en").await;
    app.register("chair", "a long sentence").await;
    app.grant("chair", m, Role::CouncilMember).await;
    m
}

/// Signs in a new resident in a new browser.
pub async fn resident(app: &mut TestApp, m: i64, name: &str) {
    app.new_browser();
    app.register(name, "a long sentence").await;
    app.grant(name, m, Role::Resident).await;
}

/// Signs in as the council member again.
pub async fn as_chair(app: &mut TestApp) {
    app.new_browser();
    app.login("chair", "a long sentence").await;
}

fn time(offset_hours: i64) -> String {
    chorus::domain::ballot::format_datetime(chorus::db::now() + offset_hours * 3600)
}

/// Creates a draft through the form and returns its id.
pub async fn draft(app: &TestApp, fields: &[(&str, &str)]) -> i64 {
    let opens = time(-1);
    let closes = time(48);
    let mut all = vec![("opens_at", opens.as_str()), ("closes_at", closes.as_str())];
    all.extend_from_slice(fields);
    let page = app.post("/m/lindenfeld/ballots", &all).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.url.rsplit('/').nth(1).and_then(|s| s.parse().ok()).expect("redirected to the manage page")
}

/// Adds an option with labels in both languages.
pub async fn option(app: &TestApp, id: i64, en: &str, ar: &str, cost: &str) {
    let page = app.post(&format!("/m/lindenfeld/ballots/{id}/options"), &[("title_en", en), ("title_ar", ar), ("cost", cost)]).await;
    page.assert_contains("The option was added.");
}

/// Casts a vote and returns the receipt code shown.
pub async fn vote(app: &TestApp, id: i64, fields: &[(&str, &str)]) -> String {
    let page = app.post(&format!("/m/lindenfeld/ballots/{id}/vote"), fields).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_contains("id=\"receipt-code\"");
    receipt_of(&page)
}

fn receipt_of(page: &Page) -> String {
    let at = page.body.find("id=\"receipt-code\"").expect("a receipt");
    let rest = &page.body[at..];
    let start = rest.find("<bdi dir=\"ltr\">").expect("code") + "<bdi dir=\"ltr\">".len();
    rest[start..start + rest[start..].find('<').expect("end")].to_string()
}

/// Moves the closing time into the past and runs the closer once.
pub async fn close(app: &TestApp, id: i64) {
    sqlx::query("UPDATE ballots SET closes_at = $1 WHERE id = $2")
        .bind(chorus::db::now() - 1)
        .bind(id)
        .execute(&app.state.db)
        .await
        .expect("due");
    chorus::services::ballots::count::close_due(&app.state).await.expect("close");
}

async fn a_council_prepares_an_approval_vote_in_two_languages_and_residents_vote_once(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = draft(&app, &[("method", "approval"), ("title_en", "What first in 2027?"), ("min_picks", "1"), ("max_picks", "2")]).await;
    option(&app, id, "Evening language classes", "دروس لغة مسائية", "").await;
    option(&app, id, "A night bus to the north", "حافلة ليلية إلى الشمال", "").await;
    let only_en = app.post(&format!("/m/lindenfeld/ballots/{id}/options"), &[("title_en", "More benches")]).await;
    only_en.assert_contains("The option was added.");
    // The Arabic title and one label are missing: opening is refused and the page says what.
    let refused = app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("Some texts are missing").assert_contains("العربية").assert_contains("labels of options");
    let settings = [
        ("method", "approval"),
        ("title_en", "What first in 2027?"),
        ("title_ar", "ماذا أولاً في 2027؟"),
        ("min_picks", "1"),
        ("max_picks", "2"),
    ];
    let opens = time(-1);
    let closes = time(48);
    let mut all = vec![("opens_at", opens.as_str()), ("closes_at", closes.as_str())];
    all.extend_from_slice(&settings);
    app.post(&format!("/m/lindenfeld/ballots/{id}/settings"), &all).await.assert_contains("Saved.");
    let option_id: i64 = sqlx::query_scalar("SELECT id FROM ballot_options WHERE ballot_id = $1 AND position = 2")
        .bind(id)
        .fetch_one(&app.state.db)
        .await
        .expect("option");
    app.post(&format!("/m/lindenfeld/ballots/{id}/options/{option_id}"), &[("title_en", "More benches"), ("title_ar", "مزيد من المقاعد")])
        .await
        .assert_contains("Saved.");
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await.assert_contains("The vote is open.");
    // Residents vote, in English and in Arabic.
    resident(&mut app, m, "amina").await;
    let page = app.get(&format!("/m/lindenfeld/ballots/{id}")).await;
    page.assert_contains("Evening language classes").assert_contains("Pick at least 1 and at most 2.");
    let amina = vote(&app, id, &[("pick", "0"), ("pick", "1")]).await;
    assert_eq!(amina.len(), 23, "{amina}");
    let again = app.post(&format!("/m/lindenfeld/ballots/{id}/vote"), &[("pick", "2")]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    again.assert_contains("You have already voted");
    app.get(&format!("/m/lindenfeld/ballots/{id}")).await.assert_contains("You have voted");
    resident(&mut app, m, "karim").await;
    app.post("/language", &[("lang", "ar"), ("back", "/")]).await;
    let ar = app.get(&format!("/m/lindenfeld/ballots/{id}")).await;
    ar.assert_contains("دروس لغة مسائية").assert_contains("dir=\"rtl\"");
    vote(&app, id, &[("pick", "0")]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_roll").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_papers").await, 2);
    // Closed and counted: the council sees the count, the public not yet.
    close(&app, id).await;
    app.new_browser();
    assert_eq!(app.get(&format!("/m/lindenfeld/ballots/{id}/results")).await.status, StatusCode::NOT_FOUND);
    as_chair(&mut app).await;
    app.get(&format!("/m/lindenfeld/ballots/{id}/results")).await.assert_contains("Only the council sees this page");
    app.post(&format!("/m/lindenfeld/ballots/{id}/publish"), &[]).await.assert_contains("2 people voted");
    // Everyone sees the winner, the list of papers and can check a receipt.
    app.new_browser();
    let results = app.get(&format!("/m/lindenfeld/ballots/{id}/results")).await;
    results.assert_contains("Evening language classes").assert_contains("<svg").assert_contains("Ties are broken the same way every time");
    let csv = app.get(&format!("/m/lindenfeld/ballots/{id}/papers.csv")).await;
    assert!(csv.body.starts_with("receipt_hash,ballot\n"), "{}", csv.body);
    assert_eq!(csv.body.lines().count(), 3);
    let hash = chorus::domain::vote::receipt_hash(id, &amina);
    assert!(csv.body.contains(&format!("{hash},\"1,2\"")), "{}", csv.body);
    let check = app.post(&format!("/m/lindenfeld/ballots/{id}/receipt"), &[("receipt", &amina.to_lowercase())]).await;
    check.assert_contains("Your vote is in the published list").assert_contains("A night bus to the north").assert_contains(&hash);
    let wrong = app.post(&format!("/m/lindenfeld/ballots/{id}/receipt"), &[("receipt", "AAAAA-BBBBB-CCCCC-DDDDD")]).await;
    assert_eq!(wrong.status, StatusCode::NOT_FOUND);
    // Voters are told, in their language.
    app.login("karim", "a long sentence").await;
    app.get("/account/notifications").await.assert_contains(&format!("/m/lindenfeld/ballots/{id}")).assert_contains("ماذا أولاً");
}

async fn a_budget_vote_from_a_pabulib_file_shows_both_rules_side_by_side(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = draft(
        &app,
        &[("method", "budget"), ("title_en", "Youth budget"), ("title_ar", "ميزانية الشباب"), ("binding_rule", "equal-shares")],
    )
    .await;
    let broken =
        app.post_file(&format!("/m/lindenfeld/ballots/{id}/import"), "file", "bad.pb", b"META\nkey;value\nbudget;x\n".to_vec()).await;
    assert_eq!(broken.status, StatusCode::UNPROCESSABLE_ENTITY);
    broken.assert_contains("This is not a valid pabulib file: line");
    let file = std::fs::read("tests/data/pabulib/Netherlands_Assen_2024.pb").expect("the Assen file");
    app.post_file(&format!("/m/lindenfeld/ballots/{id}/import"), "file", "assen.pb", file)
        .await
        .assert_contains("The projects were imported");
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_options").await, 14);
    assert_eq!(app.count("SELECT budget FROM ballots").await, 100_000);
    // The file is Dutch: names went in under English (the default); Arabic labels are missing.
    let refused = app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await;
    refused.assert_contains("labels of options");
    sqlx::query(
        "INSERT INTO ballot_option_texts (option_id, lang, title) SELECT option_id, 'ar', title FROM ballot_option_texts WHERE lang = 'en'",
    )
    .execute(&app.state.db)
    .await
    .expect("labels");
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await.assert_contains("The vote is open.");
    let codes: Vec<String> =
        sqlx::query_scalar("SELECT code FROM ballot_options ORDER BY position").fetch_all(&app.state.db).await.expect("codes");
    let pos = |code: &str| codes.iter().position(|c| c == code).expect("project").to_string();
    for (name, picks) in
        [("voter-one", vec!["3", "9"]), ("voter-two", vec!["3", "2"]), ("voter-three", vec!["9", "13"]), ("voter-four", vec!["3", "14"])]
    {
        resident(&mut app, m, name).await;
        let fields: Vec<(String, String)> = picks.iter().map(|c| ("pick".to_string(), pos(c))).collect();
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        vote(&app, id, &fields).await;
    }
    close(&app, id).await;
    as_chair(&mut app).await;
    app.post(&format!("/m/lindenfeld/ballots/{id}/publish"), &[]).await;
    let page = app.get(&format!("/m/lindenfeld/ballots/{id}/results")).await;
    page.assert_contains("The two budget rules side by side")
        .assert_contains("Greedy (most votes first)")
        .assert_contains("Method of Equal Shares (decides)")
        .assert_contains("PopUp Podium")
        .assert_contains("Completion");
    let export = app.get(&format!("/m/lindenfeld/ballots/{id}/export")).await;
    assert!(export.body.starts_with("META"), "{}", export.body);
    let parsed = chorus::voting::pabulib::PbFile::parse(&export.body).expect("the export parses");
    assert_eq!(parsed.votes.len(), 4);
}

async fn a_ranked_vote_explains_schulze_and_instant_run_off(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = draft(&app, &[("method", "ranked"), ("title_en", "Order"), ("title_ar", "ترتيب")]).await;
    for (en, ar) in [("Classes", "دروس"), ("Bus", "حافلة"), ("Benches", "مقاعد")] {
        option(&app, id, en, ar, "").await;
    }
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await.assert_contains("The vote is open.");
    let ballots: [&[(&str, &str)]; 3] =
        [&[("rank_0", "1"), ("rank_1", "2"), ("rank_2", "3")], &[("rank_1", "1"), ("rank_0", "2")], &[("rank_0", "1"), ("rank_2", "1")]];
    for (i, b) in ballots.iter().enumerate() {
        resident(&mut app, m, &format!("ranker{i}")).await;
        vote(&app, id, b).await;
    }
    close(&app, id).await;
    as_chair(&mut app).await;
    app.post(&format!("/m/lindenfeld/ballots/{id}/publish"), &[]).await;
    let page = app.get(&format!("/m/lindenfeld/ballots/{id}/results")).await;
    page.assert_contains("Ranked (Schulze method)")
        .assert_contains("Voters preferring the row to the column")
        .assert_contains("Strength of the strongest path")
        .assert_contains("Instant run-off")
        .assert_contains("Ballots no longer counting");
    let csv = app.get(&format!("/m/lindenfeld/ballots/{id}/papers.csv")).await;
    assert!(csv.body.contains(",1=3\n") && csv.body.contains(",2>1\n"), "{}", csv.body);
    let export = app.get(&format!("/m/lindenfeld/ballots/{id}/export")).await;
    assert!(export.body.contains("# DATA TYPE: toi"), "{}", export.body);
}

async fn a_bad_vote_comes_back_with_the_choice_kept_and_a_message(mut app: TestApp) {
    let m = town(&mut app).await;
    let id =
        draft(&app, &[("method", "points"), ("title_en", "Dots"), ("title_ar", "نقاط"), ("points_total", "5"), ("points_per_option", "3")])
            .await;
    option(&app, id, "Classes", "دروس", "").await;
    option(&app, id, "Bus", "حافلة", "").await;
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await;
    resident(&mut app, m, "amina").await;
    let page = app.post(&format!("/m/lindenfeld/ballots/{id}/vote"), &[("points_0", "3"), ("points_1", "3")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("You gave more points than you have.");
    assert_eq!(page.input_value("points_0").as_deref(), Some("3"));
    let page = app.post(&format!("/m/lindenfeld/ballots/{id}/vote"), &[("points_0", "4")]).await;
    page.assert_contains("That is more points than one option may get.").assert_contains("aria-describedby=\"rules-hint points_0-error\"");
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_roll").await, 0, "nothing is recorded for a refused vote");
    vote(&app, id, &[("points_0", "3"), ("points_1", "2")]).await;
    // A bad settings form comes back with everything typed.
    as_chair(&mut app).await;
    let page = app
        .post("/m/lindenfeld/ballots", &[("method", "points"), ("title_en", "Another"), ("opens_at", "tomorrow"), ("points_total", "0")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Enter a date and time like").assert_contains("Enter how many points");
    assert_eq!(page.input_value("title_en").as_deref(), Some("Another"));
}

async fn a_voter_may_change_their_vote_only_where_allowed_and_only_with_the_receipt(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = draft(&app, &[("method", "approval"), ("title_en", "Change"), ("title_ar", "تغيير"), ("allow_recast", "on")]).await;
    option(&app, id, "Classes", "دروس", "").await;
    option(&app, id, "Bus", "حافلة", "").await;
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await;
    resident(&mut app, m, "amina").await;
    let first = vote(&app, id, &[("pick", "0")]).await;
    app.get(&format!("/m/lindenfeld/ballots/{id}")).await.assert_contains("To change your vote, enter your receipt code");
    let wrong = app.post(&format!("/m/lindenfeld/ballots/{id}/recast"), &[("receipt", "AAAAA-BBBBB-CCCCC-DDDDD"), ("pick", "1")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_contains("This receipt code does not match your vote.");
    let page = app.post(&format!("/m/lindenfeld/ballots/{id}/recast"), &[("receipt", &first), ("pick", "1")]).await;
    page.assert_contains("Your vote is counted");
    let second = receipt_of(&page);
    assert_ne!(first, second);
    let choices: Vec<String> = sqlx::query_scalar("SELECT choice FROM ballot_papers").fetch_all(&app.state.db).await.expect("papers");
    assert_eq!(choices, vec!["1".to_string()], "the old paper is replaced");
    // Someone else's receipt does not let another voter replace that paper.
    resident(&mut app, m, "karim").await;
    vote(&app, id, &[("pick", "0")]).await;
    let stolen = app.post(&format!("/m/lindenfeld/ballots/{id}/recast"), &[("receipt", &second), ("pick", "0")]).await;
    assert_eq!(stolen.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_papers").await, 2);
    // Where the council did not allow it, there is no second chance.
    as_chair(&mut app).await;
    let fixed = draft(&app, &[("method", "approval"), ("title_en", "Fixed"), ("title_ar", "ثابت")]).await;
    option(&app, fixed, "Classes", "دروس", "").await;
    option(&app, fixed, "Bus", "حافلة", "").await;
    app.post(&format!("/m/lindenfeld/ballots/{fixed}/open"), &[]).await;
    resident(&mut app, m, "sara").await;
    let receipt = vote(&app, fixed, &[("pick", "0")]).await;
    let refused = app.post(&format!("/m/lindenfeld/ballots/{fixed}/recast"), &[("receipt", &receipt), ("pick", "1")]).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
}

async fn only_residents_vote_and_verified_only_ballots_ask_for_verification(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = draft(&app, &[("method", "approval"), ("title_en", "Verified"), ("title_ar", "موثق"), ("verified_only", "on")]).await;
    option(&app, id, "Classes", "دروس", "").await;
    option(&app, id, "Bus", "حافلة", "").await;
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await;
    app.new_browser();
    app.register("visitor", "a long sentence").await;
    let page = app.post(&format!("/m/lindenfeld/ballots/{id}/vote"), &[("pick", "0")]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    page.assert_contains("Only residents of this municipality can vote");
    resident(&mut app, m, "amina").await;
    app.get(&format!("/m/lindenfeld/ballots/{id}")).await.assert_contains("Only residents verified by an association");
    let page = app.post(&format!("/m/lindenfeld/ballots/{id}/vote"), &[("pick", "0")]).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    sqlx::query("UPDATE roles SET verified_at = 1 WHERE role = 'resident'").execute(&app.state.db).await.expect("verify");
    vote(&app, id, &[("pick", "0")]).await;
    // Residents and moderators cannot prepare, open or publish votes; the core refuses too.
    let page = app.get("/m/lindenfeld/ballots/new").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(app.post(&format!("/m/lindenfeld/ballots/{id}/publish"), &[]).await.status, StatusCode::FORBIDDEN);
    let user = chorus::db::users::by_id(&app.state.db, app.user_id("amina").await).await.expect("query").expect("user");
    let town = chorus::db::municipalities::by_slug(&app.state.db, "lindenfeld").await.expect("query").expect("town");
    let refused = chorus::services::ballots::open(&app.state, &user, &town, id).await;
    assert!(matches!(refused, Err(chorus::error::AppError::Forbidden)));
}

async fn two_servers_take_one_vote_per_person_and_close_a_ballot_once(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = draft(&app, &[("method", "approval"), ("title_en", "Race"), ("title_ar", "سباق")]).await;
    option(&app, id, "Classes", "دروس", "").await;
    option(&app, id, "Bus", "حافلة", "").await;
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await;
    resident(&mut app, m, "amina").await;
    let mut other = app.another_server(&[]).await;
    other.use_jar(app.jar.clone());
    let token = app.csrf_token().await;
    let path = format!("/m/lindenfeld/ballots/{id}/vote");
    let mut sends = Vec::new();
    for i in 0..12 {
        let server = if i % 2 == 0 { &app } else { &other };
        let form = vec![("csrf_token".to_string(), token.clone()), ("pick".to_string(), (i % 2).to_string())];
        sends.push(server.raw.post(server.url(&path)).form(&form).send());
    }
    let answers = futures_join(sends).await;
    let ok = answers.iter().filter(|s| **s == StatusCode::OK).count();
    assert_eq!(ok, 1, "exactly one vote is taken: {answers:?}");
    assert!(answers.iter().all(|s| *s == StatusCode::OK || *s == StatusCode::CONFLICT), "{answers:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_roll").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_papers").await, 1);
    sqlx::query("UPDATE ballots SET closes_at = $1").bind(chorus::db::now() - 1).execute(&app.state.db).await.expect("due");
    let (a, b) =
        tokio::join!(chorus::services::ballots::count::close_due(&app.state), chorus::services::ballots::count::close_due(&other.state));
    assert_eq!(a.expect("closer") + b.expect("closer"), 1, "one server closes it");
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log WHERE action = 'ballot.close'").await, 1);
    assert_eq!(app.count("SELECT voters FROM ballots").await, 1);
}

async fn futures_join(sends: Vec<impl std::future::Future<Output = reqwest::Result<reqwest::Response>>>) -> Vec<StatusCode> {
    let handles: Vec<_> =
        sends.into_iter().map(|f| async move { f.await.map(|r| r.status()).unwrap_or(StatusCode::BAD_GATEWAY) }).collect();
    let mut out = Vec::new();
    let joined = futures_util::future::join_all(handles).await;
    out.extend(joined);
    out
}

async fn a_ballot_closes_at_its_closing_time_without_anyone_acting(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = draft(&app, &[("method", "approval"), ("title_en", "Soon"), ("title_ar", "قريبا")]).await;
    option(&app, id, "Classes", "دروس", "").await;
    option(&app, id, "Bus", "حافلة", "").await;
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await;
    resident(&mut app, m, "amina").await;
    vote(&app, id, &[("pick", "1")]).await;
    sqlx::query("UPDATE ballots SET closes_at = $1").bind(chorus::db::now() - 1).execute(&app.state.db).await.expect("due");
    for _ in 0..100 {
        if app.count("SELECT COUNT(*) FROM ballots WHERE status = 'closed'").await == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM ballots WHERE status = 'closed' AND results IS NOT NULL").await, 1);
    let page = app.post(&format!("/m/lindenfeld/ballots/{id}/vote"), &[("pick", "0")]).await;
    assert_eq!(page.status, StatusCode::CONFLICT, "a closed ballot takes no vote");
}

async fn published_ballots_are_in_the_api_with_their_papers(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = draft(&app, &[("method", "approval"), ("title_en", "API"), ("title_ar", "واجهة")]).await;
    option(&app, id, "Classes", "دروس", "").await;
    option(&app, id, "Bus", "حافلة", "").await;
    let before = app.get(&format!("/api/v1/municipalities/lindenfeld/ballots/{id}")).await;
    assert_eq!(before.status, StatusCode::NOT_FOUND, "drafts are not public");
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await;
    resident(&mut app, m, "amina").await;
    let receipt = vote(&app, id, &[("pick", "1")]).await;
    let open: serde_json::Value =
        serde_json::from_str(&app.get(&format!("/api/v1/municipalities/lindenfeld/ballots/{id}")).await.body).expect("json");
    assert_eq!(open["status"], "open");
    assert!(open["results"].is_null());
    assert_eq!(app.get(&format!("/api/v1/municipalities/lindenfeld/ballots/{id}/papers")).await.status, StatusCode::NOT_FOUND);
    close(&app, id).await;
    as_chair(&mut app).await;
    app.post(&format!("/m/lindenfeld/ballots/{id}/publish"), &[]).await;
    let list: serde_json::Value = serde_json::from_str(&app.get("/api/v1/municipalities/lindenfeld/ballots").await.body).expect("json");
    assert_eq!(list["ballots"][0]["status"], "published");
    let detail: serde_json::Value =
        serde_json::from_str(&app.get(&format!("/api/v1/municipalities/lindenfeld/ballots/{id}")).await.body).expect("json");
    assert_eq!(detail["results"]["outcomes"][0]["rule"], "approval");
    assert_eq!(detail["options"][1]["labels"].as_array().map(Vec::len), Some(2));
    let papers: serde_json::Value =
        serde_json::from_str(&app.get(&format!("/api/v1/municipalities/lindenfeld/ballots/{id}/papers")).await.body).expect("json");
    assert_eq!(papers["papers"][0]["receipt_hash"], chorus::domain::vote::receipt_hash(id, &receipt));
    assert_eq!(papers["papers"][0]["ballot"], "2");
    let doc = app.get("/api/openapi.json").await.body;
    assert!(
        doc.contains("/api/v1/municipalities/{slug}/ballots/{id}/papers") && doc.contains("BallotDetail"),
        "the OpenAPI document grows"
    );
}

async fn an_issue_page_shows_the_vote_it_is_an_option_in(mut app: TestApp) {
    let m = town(&mut app).await;
    let theme = chorus::db::themes::of_municipality(&app.state.db, m).await.expect("themes")[0].id;
    let issue = chorus::db::issues::NewIssue {
        municipality_id: m,
        author_id: app.user_id("chair").await,
        anonymous: false,
        title: "Evening language classes",
        body: "All language classes are in the morning, when parents work.",
        lang: "en",
        theme_id: theme,
        tag_ids: &[],
        neighbourhood_id: None,
        status: "published",
    };
    let issue = chorus::db::issues::insert(&mut app.state.db.acquire().await.expect("connection"), &issue).await.expect("issue");
    let id = draft(&app, &[("method", "approval"), ("title_en", "Issues"), ("title_ar", "قضايا")]).await;
    let page =
        app.post(&format!("/m/lindenfeld/ballots/{id}/options"), &[("issue", &issue.to_string()), ("title_ar", "دروس مسائية")]).await;
    page.assert_contains("The option was added.").assert_contains(&format!("/m/lindenfeld/issues/{issue}"));
    option(&app, id, "Bus", "حافلة", "").await;
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await.assert_contains("The vote is open.");
    app.new_browser();
    app.get(&format!("/m/lindenfeld/issues/{issue}"))
        .await
        .assert_contains("Votes on this issue")
        .assert_contains(&format!("/m/lindenfeld/ballots/{id}"));
    app.get(&format!("/m/lindenfeld/ballots/{id}")).await.assert_contains(&format!("This option stands for issue #{issue}"));
}
