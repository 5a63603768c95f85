//! Statement rounds through the real pages, on both databases: the council writes the first
//! statements and opens the round; residents react one statement at a time and add their own
//! (moderated); the map is recomputed in the background and shows the opinion groups, the
//! common ground and what divides them.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{
    ballots::{as_chair, resident, town},
    consultations::residents,
    helpers::TestApp,
    on_both_databases, on_both_databases_with,
};

on_both_databases!(
    residents_react_one_statement_at_a_time_and_add_their_own,
    the_map_shows_the_planted_groups_their_statements_and_the_common_ground,
    only_moderators_and_the_council_moderate_statements,
);

on_both_databases_with!([("CHORUS_BALLOT_CLOSE_INTERVAL_MS", "100")]; the_map_follows_the_reactions_in_the_background);

fn time(offset_hours: i64) -> String {
    chorus::domain::ballot::format_datetime(chorus::db::now() + offset_hours * 3600)
}

/// A statement round with the council's `statements`, open: its id.
async fn round(app: &TestApp, statements: &[&str]) -> i64 {
    let (opens, closes) = (time(-1), time(48));
    let fields = [
        ("kind", "statements"),
        ("opens_at", opens.as_str()),
        ("closes_at", closes.as_str()),
        ("title_en", "What would make the city's services easier to use?"),
        ("title_ar", "ما الذي يجعل خدمات المدينة أسهل استخداماً؟"),
        ("open_statements", "on"),
    ];
    let page = app.post("/m/lindenfeld/consultations", &fields).await;
    let id: i64 = page.url.rsplit('/').nth(1).and_then(|s| s.parse().ok()).expect("the manage page");
    let refused = app.post(&format!("/m/lindenfeld/consultations/{id}/open"), &[]).await;
    refused.assert_contains("Write at least two statements");
    for s in statements {
        app.post(&format!("/m/lindenfeld/consultations/{id}/statements"), &[("body", s), ("from", "manage")])
            .await
            .assert_contains("The statement was added.");
    }
    app.post(&format!("/m/lindenfeld/consultations/{id}/open"), &[]).await.assert_contains("The consultation is open.");
    id
}

async fn statement_ids(app: &TestApp, id: i64) -> Vec<i64> {
    sqlx::query_scalar("SELECT id FROM statements WHERE consultation_id = $1 ORDER BY id")
        .bind(id)
        .fetch_all(&app.state.db)
        .await
        .expect("ids")
}

async fn residents_react_one_statement_at_a_time_and_add_their_own(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = round(&app, &["Letters should come in my language", "Offices should open in the evening"]).await;
    resident(&mut app, m, "amina").await;
    let page = app.get(&format!("/m/lindenfeld/consultations/{id}")).await;
    page.assert_contains("You reacted to").assert_contains("value=\"agree\"");
    let first = statement_ids(&app, id).await;
    // Each reaction brings the next statement; after both, none is left.
    let shown = |body: &str| {
        first.iter().copied().find(|s| body.contains(&format!("name=\"statement\" value=\"{s}\""))).expect("a statement to react to")
    };
    let one = shown(&page.body);
    app.post(&format!("/m/lindenfeld/consultations/{id}/react"), &[("statement", &one.to_string()), ("vote", "agree")])
        .await
        .assert_contains("Here is the next one");
    let page = app.get(&format!("/m/lindenfeld/consultations/{id}")).await;
    let two = shown(&page.body);
    assert_ne!(one, two);
    app.post(&format!("/m/lindenfeld/consultations/{id}/react"), &[("statement", &two.to_string()), ("vote", "pass")]).await;
    app.get(&format!("/m/lindenfeld/consultations/{id}")).await.assert_contains("You have reacted to every statement");
    // Changing a reaction replaces it.
    app.post(&format!("/m/lindenfeld/consultations/{id}/react"), &[("statement", &one.to_string()), ("vote", "disagree")]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM reactions").await, 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM reactions WHERE vote = -1").await, 1);
    let bad = app.post(&format!("/m/lindenfeld/consultations/{id}/react"), &[("statement", &one.to_string()), ("vote", "love")]).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    // Her own statement: too short comes back with the text; a good one waits for a moderator
    // (this town moderates before publishing).
    let short = app.post(&format!("/m/lindenfeld/consultations/{id}/statements"), &[("body", "No")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    short.assert_contains("at least 5 characters").assert_contains(">No</textarea>");
    app.post(&format!("/m/lindenfeld/consultations/{id}/statements"), &[("body", "Forms should have pictures")])
        .await
        .assert_contains("A moderator will look at your statement");
    assert_eq!(app.count("SELECT COUNT(*) FROM statements WHERE status = 'pending'").await, 1);
    // A new statement, once published, is the next one she sees (new statements come first).
    as_chair(&mut app).await;
    let pending: i64 =
        sqlx::query_scalar("SELECT id FROM statements WHERE status = 'pending'").fetch_one(&app.state.db).await.expect("pending");
    app.get(&format!("/m/lindenfeld/consultations/{id}/statements"))
        .await
        .assert_contains("Forms should have pictures")
        .assert_contains("waiting for a moderator");
    app.post(&format!("/m/lindenfeld/consultations/{id}/statements/{pending}/moderate"), &[("action", "publish")]).await;
    app.login("amina", "a long sentence").await;
    app.get(&format!("/m/lindenfeld/consultations/{id}")).await.assert_contains("Forms should have pictures");
    // Her reactions and statement are in her export.
    let export = app.get("/account/export").await;
    assert!(export.body.contains("\"statement_reactions\"") && export.body.contains("Forms should have pictures"), "{}", export.body);
}

/// Plants two camps of residents who agree on `common` and disagree on each other's.
async fn plant(app: &TestApp, m: i64, id: i64, ids: &[i64]) {
    let town = chorus::db::municipalities::by_slug(&app.state.db, "lindenfeld").await.expect("query").expect("town");
    let people = residents(app, m, "camp", 24).await;
    for (i, p) in people.iter().enumerate() {
        let camp_a = i % 2 == 0;
        for (k, s) in ids.iter().enumerate() {
            let vote = match k {
                0 | 1 => "agree",
                2 | 3 if camp_a => "agree",
                2 | 3 => "disagree",
                _ if camp_a => "disagree",
                _ => "agree",
            };
            chorus::services::consultations::statements::react(&app.state, p, &town, id, *s, vote).await.expect("react");
        }
    }
}

async fn the_map_shows_the_planted_groups_their_statements_and_the_common_ground(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = round(
        &app,
        &[
            "Letters should come in my language",
            "Staff should be friendly",
            "Offices should open in the evening",
            "More appointments online",
            "Keep the counters as they are",
            "No more online forms",
        ],
    )
    .await;
    let ids = statement_ids(&app, id).await;
    plant(&app, m, id, &ids).await;
    // Nothing is computed on the page request: the background task does it.
    app.new_browser();
    app.get(&format!("/m/lindenfeld/consultations/{id}/results")).await.assert_contains("appear once enough people have reacted");
    chorus::services::consultations::map::analyse_due(&app.state).await.expect("analyse");
    let page = app.get(&format!("/m/lindenfeld/consultations/{id}/results")).await;
    page.assert_contains("24 people reacted").assert_contains("<svg").assert_contains("<ellipse").assert_contains("Group 2");
    page.assert_lacks("Group 3").assert_contains("(12 people)");
    let common = &page.body[page.body.find("id=\"common-ground\"").expect("common ground")..];
    let common = &common[..common.find("</ul>").expect("end")];
    assert!(common.contains("Letters should come in my language") && common.contains("Staff should be friendly"), "{common}");
    assert!(!common.contains("evening") && !common.contains("counters"), "{common}");
    let divisive = &page.body[page.body.find("id=\"divisive\"").expect("divisive")..];
    assert!(divisive.contains("Offices should open in the evening") || divisive.contains("No more online forms"), "{divisive}");
    // The API has the same map and the statements.
    let api = app.get(&format!("/api/v1/municipalities/lindenfeld/consultations/{id}")).await;
    let json: serde_json::Value = serde_json::from_str(&api.body).expect("json");
    assert_eq!(json["statements"].as_array().map(Vec::len), Some(6));
    assert_eq!(json["opinion_map"]["groups"].as_array().map(Vec::len), Some(2));
    // Stored: groups and statements only, no participant.
    let stored: String =
        sqlx::query_scalar("SELECT results FROM consultations WHERE id = $1").bind(id).fetch_one(&app.state.db).await.expect("map");
    let ids_of_people: Vec<i64> =
        sqlx::query_scalar("SELECT DISTINCT user_id FROM reactions").fetch_all(&app.state.db).await.expect("people");
    assert!(!stored.contains("members") && !stored.contains("user"), "{stored}");
    let _ = ids_of_people;
}

async fn only_moderators_and_the_council_moderate_statements(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = round(&app, &["Letters should come in my language", "Offices should open in the evening"]).await;
    resident(&mut app, m, "amina").await;
    app.post(&format!("/m/lindenfeld/consultations/{id}/statements"), &[("body", "Forms should have pictures")]).await;
    let pending: i64 =
        sqlx::query_scalar("SELECT id FROM statements WHERE status = 'pending'").fetch_one(&app.state.db).await.expect("pending");
    let moderate = format!("/m/lindenfeld/consultations/{id}/statements/{pending}/moderate");
    assert_eq!(app.get_raw(&format!("/m/lindenfeld/consultations/{id}/statements")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.post_raw(&moderate, &[("action", "publish")]).await.status, StatusCode::FORBIDDEN);
    app.new_browser();
    app.register("mo-moderator", "a long sentence").await;
    app.grant("mo-moderator", m, Role::Moderator).await;
    let no_reason = app.post_raw(&moderate, &[("action", "reject")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.post(&moderate, &[("action", "reject"), ("reason", "reason-personal-data")]).await.assert_contains("rejected");
    assert_eq!(app.count("SELECT COUNT(*) FROM statements WHERE status = 'rejected'").await, 1);
}

async fn the_map_follows_the_reactions_in_the_background(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = round(
        &app,
        &[
            "Letters should come in my language",
            "Staff should be friendly",
            "Offices should open in the evening",
            "More appointments online",
            "Keep the counters as they are",
            "No more online forms",
        ],
    )
    .await;
    let ids = statement_ids(&app, id).await;
    plant(&app, m, id, &ids).await;
    for _ in 0..100 {
        if app.count(&format!("SELECT COUNT(*) FROM consultations WHERE id = {id} AND analysed_reactions = 144")).await == 1 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the map was not recomputed in the background");
}
