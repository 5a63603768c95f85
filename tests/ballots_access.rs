//! Who may do what with ballots, role by route, by direct request (buttons are not the
//! guard): only council members and admins prepare, open and publish; drafts and unpublished
//! counts exist only for them; only residents vote.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{
    ballots::{close, draft, option},
    helpers::TestApp,
    on_both_databases,
};

on_both_databases!(every_role_reaches_exactly_the_ballot_routes_it_may);

/// `(who, role)`: `None` is a signed-in person without a role here; "anonymous" signs in not.
const PEOPLE: [(&str, Option<Role>); 6] = [
    ("anonymous", None),
    ("vera-visitor", None),
    ("rana-resident", Some(Role::Resident)),
    ("mo-moderator", Some(Role::Moderator)),
    ("ola-official", Some(Role::Official)),
    ("chair-council", Some(Role::CouncilMember)),
];

async fn every_role_reaches_exactly_the_ballot_routes_it_may(mut app: TestApp) {
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
    let fresh = draft(&app, &[("method", "approval"), ("title_en", "Draft")]).await;
    let closed = draft(&app, &[("method", "approval"), ("title_en", "Closed")]).await;
    let open = draft(&app, &[("method", "approval"), ("title_en", "Open")]).await;
    for id in [fresh, closed, open] {
        option(&app, id, "One", "", "").await;
        option(&app, id, "Two", "", "").await;
    }
    for id in [closed, open] {
        app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await.assert_contains("The vote is open.");
    }
    close(&app, closed).await;
    let d = |p: &str| format!("/m/lindenfeld/ballots/{fresh}{p}");
    let c = |p: &str| format!("/m/lindenfeld/ballots/{closed}{p}");
    for (who, _) in PEOPLE {
        app.new_browser();
        if who != "anonymous" {
            app.login(who, "a long sentence").await;
        }
        let manager = who == "chair-council";
        let denied = if who == "anonymous" { StatusCode::SEE_OTHER } else { StatusCode::FORBIDDEN };
        let hidden = if manager { StatusCode::OK } else { StatusCode::NOT_FOUND };
        let gets = [
            ("/m/lindenfeld/ballots/new".to_string(), if manager { StatusCode::OK } else { denied }),
            (d("/manage"), if manager { StatusCode::OK } else { denied }),
            (d(""), hidden),
            (c("/results"), hidden),
            (c("/papers.csv"), StatusCode::NOT_FOUND),
            (format!("/m/lindenfeld/ballots/{open}"), StatusCode::OK),
        ];
        for (path, want) in &gets {
            assert_eq!(app.get_raw(path).await.status, *want, "{who} GET {path}");
        }
        let posts: [(String, Vec<(&str, &str)>); 5] = [
            (
                d("/settings"),
                vec![("method", "approval"), ("title_en", "Changed"), ("opens_at", "2026-12-01T00:00"), ("closes_at", "2030-01-01T00:00")],
            ),
            (d("/options"), vec![("title_en", "Three")]),
            (d("/open"), vec![]),
            (c("/publish"), vec![]),
            (d("/delete"), vec![]),
        ];
        for (path, fields) in &posts {
            if manager {
                continue;
            }
            assert_eq!(app.post_raw(path, fields).await.status, denied, "{who} POST {path}");
        }
        let voted = app.post_raw(&format!("/m/lindenfeld/ballots/{open}/vote"), &[("pick", "0")]).await.status;
        let want = match who {
            "anonymous" => StatusCode::SEE_OTHER,
            "rana-resident" => StatusCode::OK,
            _ => StatusCode::CONFLICT,
        };
        assert_eq!(voted, want, "{who} votes");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_options").await, 6, "nobody else added an option");
    assert_eq!(app.count("SELECT COUNT(*) FROM ballots WHERE status = 'draft'").await, 1, "the draft is still a draft");
    assert_eq!(app.count("SELECT COUNT(*) FROM ballots WHERE status = 'closed'").await, 1, "nobody else published");
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_papers").await, 1, "only the resident voted");
}
