//! Who may do what with consultations, role by route, by direct request (buttons are not the
//! guard): only council members and admins prepare, open, close and publish; drafts and
//! unpublished results exist only for them; translators may write missing languages; free-text
//! answers are for the council and moderators; only residents answer.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{
    consultations::{draft, question},
    helpers::TestApp,
    on_both_databases,
};

on_both_databases!(every_role_reaches_exactly_the_consultation_routes_it_may);

/// `(who, role)`: `None` is a signed-in person without a role here; "anonymous" signs in not.
const PEOPLE: [(&str, Option<Role>); 7] = [
    ("anonymous", None),
    ("vera-visitor", None),
    ("rana-resident", Some(Role::Resident)),
    ("tara-translator", Some(Role::Translator)),
    ("mo-moderator", Some(Role::Moderator)),
    ("ola-official", Some(Role::Official)),
    ("chair-council", Some(Role::CouncilMember)),
];

async fn every_role_reaches_exactly_the_consultation_routes_it_may(mut app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["en"], "en").await;
    for (name, role) in PEOPLE.iter().skip(1) {
        app.new_browser();
        app.register(name, "a long sentence").await;
        if let Some(r) = role {
            app.grant(name, m, *r).await;
        }
    }
    app.new_browser();
    app.login("chair-council", "a long sentence").await;
    let fields = [("kind", "text"), ("prompt_en", "Anything else?")];
    let (fresh, closed, open) = (
        draft(&app, &[("title_en", "Draft")]).await,
        draft(&app, &[("title_en", "Closed")]).await,
        draft(&app, &[("title_en", "Open")]).await,
    );
    let mut q = 0;
    for id in [fresh, closed, open] {
        q = question(&app, id, &fields).await;
    }
    for id in [closed, open] {
        app.post(&format!("/m/lindenfeld/consultations/{id}/open"), &[]).await.assert_contains("The consultation is open.");
    }
    app.post(&format!("/m/lindenfeld/consultations/{closed}/close"), &[]).await.assert_contains("closed and counted");
    let d = |p: &str| format!("/m/lindenfeld/consultations/{fresh}{p}");
    let c = |p: &str| format!("/m/lindenfeld/consultations/{closed}{p}");
    let o = |p: &str| format!("/m/lindenfeld/consultations/{open}{p}");
    for (who, _) in PEOPLE {
        app.new_browser();
        if who != "anonymous" {
            app.login(who, "a long sentence").await;
        }
        let manager = who == "chair-council";
        let denied = if who == "anonymous" { StatusCode::SEE_OTHER } else { StatusCode::FORBIDDEN };
        let hidden = if manager { StatusCode::OK } else { StatusCode::NOT_FOUND };
        let allowed = |yes: bool| if yes { StatusCode::OK } else { denied };
        let gets = [
            ("/m/lindenfeld/consultations/new".to_string(), allowed(manager)),
            (d("/manage"), allowed(manager)),
            (d(""), hidden),
            (c("/results"), hidden),
            (c("/results.csv"), hidden),
            (o(""), StatusCode::OK),
            (o("/texts"), allowed(manager || who == "mo-moderator")),
            (d("/translate/en"), allowed(manager || who == "tara-translator")),
        ];
        for (path, want) in &gets {
            assert_eq!(app.get_raw(path).await.status, *want, "{who} GET {path}");
        }
        let posts: [(String, Vec<(&str, &str)>); 7] = [
            (d("/settings"), vec![("title_en", "Changed"), ("opens_at", "2026-12-01T00:00"), ("closes_at", "2030-01-01T00:00")]),
            (d("/questions"), vec![("kind", "text"), ("prompt_en", "Another?")]),
            (format!("{}/{q}", d("/questions")), vec![("kind", "text"), ("prompt_en", "Changed?")]),
            (d("/open"), vec![]),
            (o("/close"), vec![]),
            (c("/publish"), vec![]),
            (d("/delete"), vec![]),
        ];
        for (path, fields) in &posts {
            if manager {
                continue;
            }
            assert_eq!(app.post_raw(path, fields).await.status, denied, "{who} POST {path}");
        }
        let answered = app.post_raw(&o("/answer"), &[(&format!("q{}", q), "Hello")]).await.status;
        let want = match who {
            "anonymous" => StatusCode::SEE_OTHER,
            "rana-resident" => StatusCode::OK,
            _ => StatusCode::CONFLICT,
        };
        assert_eq!(answered, want, "{who} answers");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM questions").await, 3, "nobody else added a question");
    assert_eq!(app.count("SELECT COUNT(*) FROM consultations WHERE status = 'draft'").await, 1, "the draft is still a draft");
    assert_eq!(app.count("SELECT COUNT(*) FROM consultations WHERE status = 'closed'").await, 1, "nobody else published");
    assert_eq!(app.count("SELECT COUNT(*) FROM consultations WHERE status = 'open'").await, 1, "nobody else closed");
    assert_eq!(app.count("SELECT COUNT(*) FROM responses").await, 1, "only the resident answered");
}

on_both_databases!(every_role_reaches_exactly_the_statement_round_routes_it_may);

async fn every_role_reaches_exactly_the_statement_round_routes_it_may(mut app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["en"], "en").await;
    for (name, role) in PEOPLE.iter().skip(1) {
        app.new_browser();
        app.register(name, "a long sentence").await;
        if let Some(r) = role {
            app.grant(name, m, *r).await;
        }
    }
    app.new_browser();
    app.login("chair-council", "a long sentence").await;
    let (opens, closes) = (
        chorus::domain::ballot::format_datetime(chorus::db::now() - 3600),
        chorus::domain::ballot::format_datetime(chorus::db::now() + 86400),
    );
    let page = app
        .post(
            "/m/lindenfeld/consultations",
            &[("kind", "statements"), ("opens_at", &opens), ("closes_at", &closes), ("title_en", "Round"), ("open_statements", "on")],
        )
        .await;
    let id: i64 = page.url.rsplit('/').nth(1).and_then(|s| s.parse().ok()).expect("manage page");
    for body in ["Letters in my language", "Offices open in the evening"] {
        app.post(&format!("/m/lindenfeld/consultations/{id}/statements"), &[("body", body), ("from", "manage")]).await;
    }
    app.post(&format!("/m/lindenfeld/consultations/{id}/open"), &[]).await.assert_contains("The consultation is open.");
    let first: i64 = sqlx::query_scalar("SELECT MIN(id) FROM statements").fetch_one(&app.state.db).await.expect("statement");
    let r = |p: &str| format!("/m/lindenfeld/consultations/{id}{p}");
    for (who, _) in PEOPLE {
        app.new_browser();
        if who != "anonymous" {
            app.login(who, "a long sentence").await;
        }
        let denied = if who == "anonymous" { StatusCode::SEE_OTHER } else { StatusCode::FORBIDDEN };
        let moderates = matches!(who, "chair-council" | "mo-moderator");
        assert_eq!(app.get_raw(&r("")).await.status, StatusCode::OK, "{who} reads the round");
        assert_eq!(app.get_raw(&r("/results")).await.status, StatusCode::OK, "{who} reads the map");
        assert_eq!(app.get_raw(&r("/statements")).await.status, if moderates { StatusCode::OK } else { denied }, "{who} lists statements");
        let reacted = app.post_raw(&r("/react"), &[("statement", &first.to_string()), ("vote", "agree")]).await.status;
        let want = match who {
            "anonymous" => StatusCode::SEE_OTHER,
            "rana-resident" => StatusCode::SEE_OTHER,
            _ => StatusCode::CONFLICT,
        };
        assert_eq!(reacted, want, "{who} reacts");
        let added = app.post_raw(&r("/statements"), &[("body", "A statement of mine")]).await.status;
        let want = match who {
            "anonymous" => StatusCode::SEE_OTHER,
            "rana-resident" | "chair-council" => StatusCode::SEE_OTHER,
            _ => StatusCode::CONFLICT,
        };
        assert_eq!(added, want, "{who} adds a statement");
        let moderated = app.post_raw(&format!("{}/{first}/moderate", r("/statements")), &[("action", "publish")]).await.status;
        assert_eq!(moderated, if moderates { StatusCode::SEE_OTHER } else { denied }, "{who} moderates");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM reactions").await, 1, "only the resident reacted");
    assert_eq!(app.count("SELECT COUNT(*) FROM statements").await, 4, "the council's two, the resident's and the chair's");
}
