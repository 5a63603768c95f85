//! Who may run a council, role by route, by direct request (links are not the guard): global
//! admins create and dissolve councils; admins and a council's current chair, co-chair or
//! secretariat manage its seats and meetings; a municipal role (even "council member") or a
//! seat that has ended gives no say; anonymous visitors are sent to sign in.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{
    councils::{board, day, meeting, seat, town_with_admin},
    helpers::TestApp,
    on_both_databases,
};

on_both_databases!(every_person_reaches_exactly_the_council_routes_they_may);

const PASSWORD: &str = "a long sentence";

/// A POST to try: path, fields, and the answer expected.
type Attempt<'a> = (String, Vec<(&'a str, &'a str)>, StatusCode);

/// `(who, municipal role)`; the seats are added below.
const PEOPLE: [(&str, Option<Role>); 9] = [
    ("anonymous", None),
    ("rana-resident", Some(Role::Resident)),
    ("tara-translator", Some(Role::Translator)),
    ("mo-moderator", Some(Role::Moderator)),
    ("cem-council", Some(Role::CouncilMember)),
    ("ola-official", Some(Role::Official)),
    ("sam-secretary", Some(Role::Resident)),
    ("fay-former-chair", Some(Role::Resident)),
    ("city-admin", None),
];

async fn every_person_reaches_exactly_the_council_routes_they_may(mut app: TestApp) {
    let m = town_with_admin(&app).await;
    for (name, role) in PEOPLE.iter().skip(1).filter(|(n, _)| *n != "city-admin") {
        app.new_browser();
        app.register(name, PASSWORD).await;
        if let Some(r) = role {
            app.grant(name, m, *r).await;
        }
    }
    app.new_browser();
    app.login("city-admin", "admin sentence here").await;
    board(&app).await;
    seat(&app, "secretariat", "", "sam-secretary", &day(-1), "").await;
    seat(&app, "chair", "", "fay-former-chair", "2020-01-01", "2021-01-01").await;
    seat(&app, "member", "", "cem-council", &day(-1), "").await;
    let id = meeting(&app, 7, &[]).await;
    let member: i64 = app.count("SELECT MIN(id) FROM council_members").await;
    let c = |p: &str| format!("/m/lindenfeld/councils/board{p}");
    let x = |p: &str| format!("/m/lindenfeld/councils/board/meetings/{id}{p}");
    let long_name = "x".repeat(200);
    for (who, _) in PEOPLE {
        app.new_browser();
        let password = if who == "city-admin" { "admin sentence here" } else { PASSWORD };
        if who != "anonymous" {
            app.login(who, password).await;
        }
        let admin = who == "city-admin";
        let manager = admin || who == "sam-secretary";
        let denied = if who == "anonymous" { StatusCode::SEE_OTHER } else { StatusCode::FORBIDDEN };
        let may = |yes: bool| if yes { StatusCode::OK } else { denied };
        let gets = [
            ("/m/lindenfeld/councils/new".to_string(), may(admin)),
            (c("/manage"), may(manager)),
            (c("/members"), may(manager)),
            (c("/meetings/new"), may(manager)),
            (x("/edit"), may(manager)),
            (x("/minutes"), may(manager)),
            (c("/dissolve"), may(admin)),
            (c(""), StatusCode::OK),
            (x(""), StatusCode::OK),
            (c("/archive.json"), StatusCode::OK),
            (c("/members.csv"), StatusCode::OK),
            ("/m/lindenfeld/councils".to_string(), StatusCode::OK),
        ];
        for (path, want) in &gets {
            assert_eq!(app.get_raw(path).await.status, *want, "{who} GET {path}");
        }
        // Invalid input: a person who may act gets the form back (422), anyone else is
        // refused before the input is looked at, and nothing changes either way.
        let invalid = |yes: bool| if yes { StatusCode::UNPROCESSABLE_ENTITY } else { denied };
        let posts: [Attempt; 8] = [
            ("/m/lindenfeld/councils".to_string(), vec![("name", "x")], invalid(admin)),
            (c("/members"), vec![("role", "boss")], invalid(manager)),
            (format!("{}/{member}", c("/members")), vec![("display_name", long_name.as_str())], invalid(manager)),
            (format!("{}/{member}/end", c("/members")), vec![("term_end", "soon")], invalid(manager)),
            (c("/meetings"), vec![("date", "never")], invalid(manager)),
            (x("/edit"), vec![("date", "never")], invalid(manager)),
            (x("/minutes"), vec![("lang", "xx-nowhere")], invalid(manager)),
            (c("/dissolve"), vec![("reason", "")], invalid(admin)),
        ];
        for (path, fields, want) in &posts {
            assert_eq!(app.post_raw(path, fields).await.status, *want, "{who} POST {path}");
        }
        if !manager {
            assert_eq!(app.post_raw(&x("/cancel"), &[]).await.status, denied, "{who} cancels");
        }
    }
    app.new_browser();
    app.login("sam-secretary", PASSWORD).await;
    assert_eq!(app.post_raw(&x("/cancel"), &[]).await.status, StatusCode::SEE_OTHER, "the secretariat cancels");
    assert_eq!(app.count("SELECT COUNT(*) FROM councils WHERE dissolved_at IS NULL").await, 1, "nobody dissolved it");
    assert_eq!(app.count("SELECT COUNT(*) FROM councils").await, 1, "nobody created another");
    assert_eq!(app.count("SELECT COUNT(*) FROM council_members").await, 3, "nobody added a seat");
    assert_eq!(app.count("SELECT COUNT(*) FROM council_members WHERE term_end IS NULL").await, 2, "nobody ended a term");
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 1, "nobody added a meeting");
    assert_eq!(app.count("SELECT COUNT(*) FROM meeting_minutes").await, 0, "nobody wrote minutes");
}
