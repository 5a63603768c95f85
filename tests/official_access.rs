//! Who may do what after a summary is forwarded, role by route, by direct request (links are
//! not the guard): only the municipality's officials and admins answer and report progress;
//! officials, council members, moderators and admins read the dashboard; everyone reads
//! "You said, we did" and the API.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{
    helpers::TestApp,
    official::{PASSWORD, answer, forwarded, person},
    on_both_databases,
};

on_both_databases!(every_role_reaches_exactly_the_routes_after_forwarding_it_may);

/// `(who, role, in which municipality)`: "anonymous" signs in not; `elsewhere` holds its role
/// in another municipality.
const PEOPLE: [(&str, Option<Role>); 8] = [
    ("anonymous", None),
    ("rana-resident", Some(Role::Resident)),
    ("tariq-translator", Some(Role::Translator)),
    ("mo-moderator", Some(Role::Moderator)),
    ("chair-council", Some(Role::CouncilMember)),
    ("elsewhere-official", Some(Role::Official)),
    ("ola-official", Some(Role::Official)),
    ("city-admin", None),
];

async fn every_role_reaches_exactly_the_routes_after_forwarding_it_may(mut app: TestApp) {
    let m = app.create_municipality("lindenfeld", &["en"], "en").await;
    let other = app.create_municipality("porto-sereno", &["en"], "en").await;
    for (name, role) in PEOPLE.iter().skip(1) {
        let place = if *name == "elsewhere-official" { other } else { m };
        person(&mut app, name, role.map(|r| (place, r))).await;
    }
    sqlx::query("UPDATE users SET is_admin = 1 WHERE username = 'city-admin'").execute(&app.state.db).await.expect("admin");
    let (_, points) = forwarded(&app, m, 1, &[("Night buses", None, &[]), ("Advice desk", None, &[])]).await;
    let (fresh, answered) = (points[0], points[1]);
    app.new_browser();
    app.login("ola-official", PASSWORD).await;
    assert_eq!(
        answer(&app, answered, "accepted", &chorus::domain::official::epoch_date(chorus::db::now() + 864_000)).await,
        StatusCode::SEE_OTHER
    );
    let p = |id: i64, what: &str| format!("/m/lindenfeld/official/points/{id}/{what}");
    for (who, _) in PEOPLE {
        app.new_browser();
        if who != "anonymous" {
            app.login(who, PASSWORD).await;
        }
        let city = matches!(who, "ola-official" | "city-admin");
        let follows = city || matches!(who, "mo-moderator" | "chair-council");
        let denied = if who == "anonymous" { StatusCode::SEE_OTHER } else { StatusCode::FORBIDDEN };
        let gets = [
            ("/m/lindenfeld/official".to_string(), if city { StatusCode::OK } else { denied }),
            (p(fresh, "answer"), if city { StatusCode::OK } else { denied }),
            (p(answered, "progress"), if city { StatusCode::OK } else { denied }),
            ("/m/lindenfeld/dashboard".to_string(), if follows { StatusCode::OK } else { denied }),
            ("/m/lindenfeld/dashboard.csv".to_string(), if follows { StatusCode::OK } else { denied }),
            ("/m/lindenfeld/said-did".to_string(), StatusCode::OK),
            ("/api/v1/municipalities/lindenfeld/recommendations".to_string(), StatusCode::OK),
            (format!("/api/v1/municipalities/lindenfeld/recommendations/{answered}"), StatusCode::OK),
            (p(999_999, "answer"), if city { StatusCode::NOT_FOUND } else { denied }),
        ];
        for (path, want) in &gets {
            assert_eq!(app.get_raw(path).await.status, *want, "{who} GET {path}");
        }
        // Empty forms: a city person gets the form back with its errors, nobody else gets in.
        let posts = [(p(fresh, "answer"), StatusCode::UNPROCESSABLE_ENTITY), (p(answered, "progress"), StatusCode::UNPROCESSABLE_ENTITY)];
        for (path, allowed) in &posts {
            let want = if city { *allowed } else { denied };
            assert_eq!(app.post_raw(path, &[]).await.status, want, "{who} POST {path}");
        }
        // Other municipalities' officials cannot answer through their own municipality either.
        if who == "elsewhere-official" {
            let path = format!("/m/porto-sereno/official/points/{fresh}/answer");
            assert_eq!(app.get_raw(&path).await.status, StatusCode::NOT_FOUND, "a point of another municipality does not exist there");
        }
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM official_responses").await, 1, "nobody else answered");
    assert_eq!(app.count("SELECT COUNT(*) FROM progress_updates").await, 0, "nobody reported progress");
}
