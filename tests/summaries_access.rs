//! Who may do what with council summaries, role by route, by direct request (buttons are not
//! the guard): moderators, the council's secretariat and admins write; every current member
//! of the council (and the municipality's council members) reads drafts and comments; only
//! the chair approves; the chair or the secretariat forwards. A draft does not exist for
//! anyone else, and a former chair is anyone else.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{
    helpers::TestApp,
    on_both_databases,
    summaries::{as_, council, recommendation, summary},
};

on_both_databases!(every_role_reaches_exactly_the_summary_routes_it_may);

/// A form as posted.
type Form<'a> = Vec<(&'a str, &'a str)>;

const WRITERS: [&str; 3] = ["mo-moderator", "secretary", "city-admin"];
const REVIEWERS: [&str; 6] = ["mo-moderator", "secretary", "city-admin", "chair", "member", "chair-council"];

async fn every_role_reaches_exactly_the_summary_routes_it_may(mut app: TestApp) {
    let m = council(&mut app).await;
    for (name, role) in [
        ("tara-translator", Role::Translator),
        ("mo-moderator", Role::Moderator),
        ("ola-official", Role::Official),
        ("chair-council", Role::CouncilMember),
    ] {
        app.new_browser();
        app.register(name, "a long sentence").await;
        app.grant(name, m, role).await;
    }
    app.create_admin("city-admin", "a long sentence").await;
    as_(&mut app, "secretary").await;
    let (d, r, a) = (summary(&app, "Draft").await, summary(&app, "In review").await, summary(&app, "Approved").await);
    for id in [d, r, a] {
        recommendation(&app, id, "A point", "1").await;
    }
    for id in [r, a] {
        app.post(&format!("/m/lindenfeld/summaries/{id}/submit"), &[]).await.assert_contains("In review");
    }
    as_(&mut app, "chair").await;
    app.post(&format!("/m/lindenfeld/summaries/{a}/approve"), &[]).await.assert_contains("Approved");
    let people = [
        "anonymous",
        "resident",
        "former",
        "tara-translator",
        "ola-official",
        "chair-council",
        "member",
        "mo-moderator",
        "secretary",
        "chair",
        "city-admin",
    ];
    let path = |id: i64, p: &str| format!("/m/lindenfeld/summaries/{id}{p}");
    for who in people {
        app.new_browser();
        if who != "anonymous" {
            app.login(who, "a long sentence").await;
        }
        let (write, review) = (WRITERS.contains(&who), REVIEWERS.contains(&who));
        // Signed out: to the login page. Not a reviewer: the draft does not exist. A reviewer
        // who may not take this step: forbidden.
        let refused = |allowed_here: bool| match (who, review) {
            _ if allowed_here => StatusCode::OK,
            ("anonymous", _) => StatusCode::SEE_OTHER,
            (_, false) => StatusCode::NOT_FOUND,
            (_, true) => StatusCode::FORBIDDEN,
        };
        let shown = if review { StatusCode::OK } else { StatusCode::NOT_FOUND };
        let new_form = match who {
            "anonymous" => StatusCode::SEE_OTHER,
            _ if write => StatusCode::OK,
            _ => StatusCode::FORBIDDEN,
        };
        let gets = [
            ("/m/lindenfeld/summaries/new".to_string(), new_form),
            (path(d, ""), shown),
            (path(d, "/data.csv"), shown),
            (path(d, "/data.json"), shown),
            (path(d, "/edit"), refused(write)),
        ];
        for (p, want) in &gets {
            assert_eq!(app.get_raw(p).await.status, *want, "{who} GET {p}");
        }
        let posts: Vec<(String, Form, bool)> = vec![
            (
                path(d, "/edit"),
                vec![("council", "board"), ("title", "Changed"), ("lang", "en"), ("from", "2026-01-01"), ("to", "2026-02-01")],
                write,
            ),
            (path(d, "/recommendations"), vec![("title", "Another"), ("body", "Another point to make here."), ("lang", "en")], write),
            (path(d, "/refresh"), vec![], write),
            (path(d, "/submit"), vec![], write),
            (path(d, "/delete"), vec![], write),
            (path(r, "/comments"), vec![("body", "A comment")], review),
            (path(r, "/approve"), vec![], who == "chair"),
            (path(a, "/forward"), vec![], matches!(who, "chair" | "secretary")),
            (path(a, "/reopen"), vec![], who == "chair"),
        ];
        for (p, fields, allowed) in &posts {
            if *allowed {
                continue;
            }
            assert_eq!(app.post_raw(p, fields).await.status, refused(false), "{who} POST {p}");
        }
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM summaries").await, 3, "nobody deleted or created one");
    assert_eq!(app.count("SELECT COUNT(*) FROM recommendations").await, 3, "nobody else added a point");
    assert_eq!(app.count("SELECT COUNT(*) FROM summaries WHERE status = 'draft' AND title = 'Draft'").await, 1, "the draft is unchanged");
    assert_eq!(app.count("SELECT COUNT(*) FROM summaries WHERE status = 'approved'").await, 1, "nobody else forwarded or reopened");
    assert_eq!(app.count("SELECT COUNT(*) FROM summary_comments").await, 0, "nobody else commented");
}
