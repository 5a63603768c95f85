//! Advisory councils through the real pages, on both databases: an admin creates a council,
//! seats are added with terms (current and former) and shown by the name people chose or by
//! the role only; a secretariat seat plans meetings with an agenda and writes minutes in two
//! languages; a dissolved council stays readable and exportable and takes nothing new; the
//! archive carries no account; erasing an account leaves its seat as the role only.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{helpers::TestApp, on_both_databases};

on_both_databases!(
    an_admin_creates_a_council_whose_page_shows_chosen_names_or_the_role_only,
    a_bad_seat_comes_back_with_the_input_kept_and_each_error_by_its_field,
    a_secretariat_seat_plans_meetings_with_an_agenda_and_minutes_in_two_languages,
    a_dissolved_council_stays_readable_and_exportable_and_takes_no_new_meetings_or_members,
    the_archive_has_no_account_ids_or_usernames_and_the_csv_lists_every_term,
    erasing_an_account_leaves_its_seat_in_the_archive_as_the_role_only,
    a_persons_seat_is_their_highest_current_one,
);

const PASSWORD: &str = "a long sentence";

/// `lindenfeld` (English and Arabic) with `city-admin` signed in; returns the municipality.
pub async fn town_with_admin(app: &TestApp) -> i64 {
    let m = app.create_municipality("lindenfeld", &["en", "ar"], "en").await;
    app.create_admin("city-admin", "admin sentence here").await;
    app.login("city-admin", "admin sentence here").await;
    m
}

/// Creates the council `board` through the form (as the signed-in admin).
pub async fn board(app: &TestApp) {
    let page = app
        .post(
            "/m/lindenfeld/councils",
            &[
                ("name", "Migrant Advisory Board"),
                ("slug", "board"),
                ("composition", "delegates"),
                ("description", "Delegates of the migrant associations advise the city."),
                ("lang", "en"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.url.ends_with("/m/lindenfeld/councils/board/manage"), "{}", page.url);
}

/// Adds a seat through the form.
pub async fn seat(app: &TestApp, role: &str, name: &str, username: &str, start: &str, end: &str) {
    let fields = [
        ("role", role),
        ("display_name", name),
        ("affiliation", "Lindenfeld"),
        ("username", username),
        ("term_start", start),
        ("term_end", end),
    ];
    let page = app.post("/m/lindenfeld/councils/board/members", &fields).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
}

/// A date `days` from today (`YYYY-MM-DD`).
pub fn day(days: i64) -> String {
    chorus::domain::council::format_date(chorus::db::now() + days * 86400)
}

/// Creates a meeting through the form and returns its id.
pub async fn meeting(app: &TestApp, days: i64, extra: &[(&str, &str)]) -> i64 {
    let date = day(days);
    let mut fields = vec![("date", date.as_str()), ("time", "18:00"), ("place", "Town hall, room 2")];
    fields.extend_from_slice(extra);
    let page = app.post("/m/lindenfeld/councils/board/meetings", &fields).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.url.rsplit('/').next().and_then(|s| s.parse().ok()).expect("redirected to the meeting")
}

async fn an_admin_creates_a_council_whose_page_shows_chosen_names_or_the_role_only(mut app: TestApp) {
    town_with_admin(&app).await;
    board(&app).await;
    seat(&app, "co_chair", "", "", &day(-30), "").await;
    seat(&app, "chair", "Amal Haddad", "", &day(-30), "").await;
    seat(&app, "member", "Olga Former", "", "2020-01-01", "2021-01-01").await;
    app.new_browser();
    let page = app.get("/m/lindenfeld/councils/board").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Migrant Advisory Board").assert_contains("Delegates of associations").assert_contains("Amal Haddad");
    let (archive, body) = (page.body.find("id=\"archive-h\"").expect("an archive section"), page.text());
    let chair = body.find("Chair</th>").expect("the chair");
    let co_chair = body.find("Co-chair</th>").expect("the co-chair");
    assert!(chair < co_chair && co_chair < archive, "chair, then co-chair, both current");
    assert!(page.body[..archive].contains("Name not shown"), "the co-chair is shown by the role only");
    assert!(page.body.find("Olga Former").expect("the former member") > archive, "the former member is in the archive");
    let list = app.get("/m/lindenfeld/councils").await;
    list.assert_contains("href=\"/m/lindenfeld/councils/board\"").assert_lacks("id=\"dissolved\"");
    app.get("/m/lindenfeld").await.assert_contains("href=\"/m/lindenfeld/councils\"");
    let audited = app.count("SELECT COUNT(*) FROM audit_log WHERE action IN ('council.create', 'council.member.add')").await;
    assert_eq!(audited, 4, "the council and its three seats are in the audit log");
}

async fn a_bad_seat_comes_back_with_the_input_kept_and_each_error_by_its_field(app: TestApp) {
    town_with_admin(&app).await;
    board(&app).await;
    let fields = [
        ("role", "member"),
        ("display_name", "Kept Name"),
        ("username", "nobody-here"),
        ("term_start", "2026-05-01"),
        ("term_end", "2026-04-01"),
    ];
    let page = app.post("/m/lindenfeld/councils/board/members", &fields).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("The term cannot end before it starts.").assert_contains("value=\"Kept Name\"");
    page.assert_contains("aria-describedby=\"term_end-hint term_end-error\"");
    let fields = [("role", "member"), ("display_name", "Kept Name"), ("username", "nobody-here"), ("term_start", "2026-05-01")];
    let page = app.post("/m/lindenfeld/councils/board/members", &fields).await;
    page.assert_contains("There is no account with this username.").assert_contains("value=\"nobody-here\"");
    let page = app.post("/m/lindenfeld/councils", &[("name", "x"), ("slug", "board"), ("composition", "junta"), ("lang", "en")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("The name needs 3 to 120 characters.").assert_contains("Choose how the council is made up.");
    let page = app
        .post("/m/lindenfeld/councils", &[("name", "Second board"), ("slug", "board"), ("composition", "elected"), ("lang", "en")])
        .await;
    page.assert_contains("Another council of this city already has this web name.").assert_contains("value=\"Second board\"");
    assert_eq!(app.count("SELECT COUNT(*) FROM council_members").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM councils").await, 1);
}

async fn a_secretariat_seat_plans_meetings_with_an_agenda_and_minutes_in_two_languages(mut app: TestApp) {
    let m = town_with_admin(&app).await;
    board(&app).await;
    let admin = chorus::db::users::by_id(&app.state.db, app.user_id("city-admin").await).await.expect("query").expect("admin");
    let town = chorus::db::municipalities::by_id(&app.state.db, m).await.expect("query").expect("town");
    let form =
        [("kind", "questionnaire"), ("opens_at", "2026-01-01T00:00"), ("closes_at", "2099-01-01T00:00"), ("title_en", "Evening classes")];
    let form = form.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let consultation = chorus::services::consultations::create(&app.state, &admin, &town, &form).await.expect("consultation");
    app.new_browser();
    app.register("sam-secretary", PASSWORD).await;
    app.new_browser();
    app.login("city-admin", "admin sentence here").await;
    seat(&app, "secretariat", "Sam", "sam-secretary", &day(-1), "").await;
    app.new_browser();
    app.login("sam-secretary", PASSWORD).await;
    let date = day(10);
    let reference = consultation.to_string();
    let fields = [
        ("date", date.as_str()),
        ("time", "18:30"),
        ("place", "Town hall, room 2"),
        ("item_kind_0", "free"),
        ("item_title_0", "Welcome and introductions"),
        ("item_kind_1", "consultation"),
        ("item_ref_1", "999"),
    ];
    let page = app.post("/m/lindenfeld/councils/board/meetings", &fields).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("There is nothing with this number in this city.").assert_contains("value=\"Welcome and introductions\"");
    let id = meeting(
        &app,
        10,
        &[
            ("item_kind_0", "free"),
            ("item_title_0", "Welcome and introductions"),
            ("item_kind_1", "consultation"),
            ("item_ref_1", &reference),
        ],
    )
    .await;
    let path = format!("/m/lindenfeld/councils/board/meetings/{id}");
    let minutes = format!("{path}/minutes");
    app.post(&minutes, &[("lang", "en"), ("body", "We agreed to ask for evening classes.")]).await;
    app.post(&minutes, &[("lang", "ar"), ("body", "اتفقنا على طلب دروس مسائية.")]).await;
    let past = meeting(&app, -20, &[("item_kind_0", "free"), ("item_title_0", "Housing")]).await;
    app.post(&format!("/m/lindenfeld/councils/board/meetings/{past}/cancel"), &[]).await;
    app.new_browser();
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains("Welcome and introductions").assert_contains(&format!("href=\"/m/lindenfeld/consultations/{consultation}\""));
    page.assert_contains("lang=\"ar\" dir=\"rtl\" id=\"minutes-ar\"").assert_contains("lang=\"en\" dir=\"ltr\" id=\"minutes-en\"");
    page.assert_contains("اتفقنا على طلب دروس مسائية.").assert_contains("We agreed to ask for evening classes.");
    let home = app.get("/m/lindenfeld").await;
    home.assert_contains(&format!("href=\"{path}\"")).assert_lacks(&format!("meetings/{past}\""));
    let council = app.get("/m/lindenfeld/councils/board").await;
    let (upcoming, past_h) = (council.body.find("id=\"upcoming\"").expect("upcoming"), council.body.find("id=\"past\"").expect("past"));
    assert!(council.body.find(&format!("meetings/{id}\"")).expect("listed") < past_h && upcoming < past_h);
    assert!(council.body.find(&format!("meetings/{past}\"")).expect("listed") > past_h, "the past meeting is under past meetings");
    council.assert_contains("Cancelled");
    let audited = app.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'meeting.%'").await;
    assert_eq!(audited, 5, "two meetings, two minutes and a cancellation are in the audit log");
}

async fn a_dissolved_council_stays_readable_and_exportable_and_takes_no_new_meetings_or_members(mut app: TestApp) {
    town_with_admin(&app).await;
    board(&app).await;
    seat(&app, "chair", "Amal Haddad", "", &day(-30), "").await;
    let id = meeting(&app, -3, &[]).await;
    app.post(&format!("/m/lindenfeld/councils/board/meetings/{id}/minutes"), &[("lang", "en"), ("body", "Last minutes.")]).await;
    let page = app.post("/m/lindenfeld/councils/board/dissolve", &[("reason", "")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Give a reason of 3 to 1,000 characters.").assert_contains("aria-describedby=\"reason-error\"");
    let page = app.post("/m/lindenfeld/councils/board/dissolve", &[("reason", "The city merged its boards.")]).await;
    assert!(page.url.ends_with("/m/lindenfeld/councils/board"), "{}", page.url);
    page.assert_contains("Dissolved on").assert_contains("The city merged its boards.");
    let archive = page.body.find("id=\"archive-h\"").expect("archive");
    assert!(page.body.find("Amal Haddad").expect("the chair") > archive, "the chair's term ended with the council");
    let refused = [
        app.post_raw("/m/lindenfeld/councils/board/meetings", &[("date", &day(5)), ("time", "18:00"), ("place", "Hall")]).await.status,
        app.post_raw("/m/lindenfeld/councils/board/members", &[("role", "member"), ("term_start", &day(0))]).await.status,
        app.get_raw("/m/lindenfeld/councils/board/meetings/new").await.status,
        app.post_raw("/m/lindenfeld/councils/board/dissolve", &[("reason", "Once more")]).await.status,
    ];
    assert_eq!(refused, [StatusCode::CONFLICT; 4]);
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM council_members").await, 1);
    app.new_browser();
    let list = app.get("/m/lindenfeld/councils").await;
    let dissolved = list.body.find("id=\"dissolved\"").expect("the archive list");
    assert!(list.body.find("href=\"/m/lindenfeld/councils/board\"").expect("listed") > dissolved, "listed among the dissolved");
    assert_eq!(app.get(&format!("/m/lindenfeld/councils/board/meetings/{id}")).await.status, StatusCode::OK);
    for export in ["archive.json", "members.csv"] {
        let page = app.get(&format!("/m/lindenfeld/councils/board/{export}")).await;
        assert_eq!(page.status, StatusCode::OK, "{export}");
        let disposition = page.headers.get("content-disposition").and_then(|v| v.to_str().ok()).unwrap_or_default();
        assert!(disposition.starts_with("attachment"), "{export}: {disposition}");
    }
    app.get("/m/lindenfeld").await.assert_lacks(&format!("meetings/{id}\""));
}

async fn the_archive_has_no_account_ids_or_usernames_and_the_csv_lists_every_term(mut app: TestApp) {
    town_with_admin(&app).await;
    app.new_browser();
    app.register("sam-secretary", PASSWORD).await;
    app.new_browser();
    app.login("city-admin", "admin sentence here").await;
    board(&app).await;
    seat(&app, "secretariat", "Sam, \"the scribe\"", "sam-secretary", &day(-1), "").await;
    seat(&app, "member", "=HYPERLINK(1)", "", "2020-01-01", "2021-01-01").await;
    let id = meeting(&app, 4, &[("item_kind_0", "free"), ("item_title_0", "Budget")]).await;
    app.post(&format!("/m/lindenfeld/councils/board/meetings/{id}/minutes"), &[("lang", "ar"), ("body", "محضر")]).await;
    app.new_browser();
    let page = app.get("/m/lindenfeld/councils/board/archive.json").await;
    page.assert_lacks("sam-secretary").assert_lacks("user_id").assert_lacks("username");
    let archive: serde_json::Value = serde_json::from_str(&page.body).expect("JSON");
    assert_eq!(archive["council"]["slug"], "board");
    assert_eq!(archive["terms"].as_array().map(Vec::len), Some(2));
    assert_eq!(archive["meetings"][0]["agenda"][0]["title"], "Budget");
    assert_eq!(archive["meetings"][0]["minutes"][0]["lang"], "ar");
    let csv = app.get("/m/lindenfeld/councils/board/members.csv").await;
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines[0], "role,display_name,affiliation,term_start,term_end");
    assert_eq!(lines[1], "member,'=HYPERLINK(1),Lindenfeld,2020-01-01,2021-01-01");
    assert_eq!(lines[2], format!("secretariat,\"Sam, \"\"the scribe\"\"\",Lindenfeld,{},", day(-1)));
    csv.assert_lacks("sam-secretary");
}

async fn erasing_an_account_leaves_its_seat_in_the_archive_as_the_role_only(mut app: TestApp) {
    town_with_admin(&app).await;
    app.new_browser();
    app.register("sam-secretary", PASSWORD).await;
    app.new_browser();
    app.login("city-admin", "admin sentence here").await;
    board(&app).await;
    seat(&app, "secretariat", "Sam Scribe", "sam-secretary", &day(-1), "").await;
    app.new_browser();
    app.login("sam-secretary", PASSWORD).await;
    let page = app.post("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    app.new_browser();
    let page = app.get("/m/lindenfeld/councils/board").await;
    page.assert_lacks("Sam Scribe").assert_contains("Secretariat").assert_contains("Name not shown");
    let left: (Option<String>, Option<i64>) =
        sqlx::query_as("SELECT display_name, user_id FROM council_members").fetch_one(&app.state.db).await.expect("the seat stays");
    assert_eq!(left, (None, None));
}

async fn a_persons_seat_is_their_highest_current_one(mut app: TestApp) {
    let m = town_with_admin(&app).await;
    board(&app).await;
    for name in ["mira", "fred"] {
        app.new_browser();
        app.register(name, PASSWORD).await;
        app.grant(name, m, Role::Resident).await;
    }
    app.new_browser();
    app.login("city-admin", "admin sentence here").await;
    seat(&app, "member", "", "mira", &day(-10), "").await;
    seat(&app, "co_chair", "", "mira", &day(-5), "").await;
    seat(&app, "chair", "", "mira", "2020-01-01", "2021-01-01").await;
    seat(&app, "chair", "", "fred", "2020-01-01", "2021-01-01").await;
    seat(&app, "chair", "", "fred", &day(3), "").await;
    let council = chorus::db::councils::by_slug(&app.state.db, m, "board").await.expect("query").expect("board");
    assert_eq!(chorus::db::councils::by_id(&app.state.db, council.id).await.expect("query"), Some(council.clone()));
    assert_eq!(chorus::db::councils::of_municipality(&app.state.db, m).await.expect("query"), vec![council.clone()]);
    let (mira, fred) = (app.user_id("mira").await, app.user_id("fred").await);
    use chorus::{domain::council::Seat, services::councils::seat as seat_of};
    assert_eq!(seat_of(&app.state, mira, council.id).await.expect("seat"), Some(Seat::CoChair));
    assert_eq!(seat_of(&app.state, fred, council.id).await.expect("seat"), None, "a former and a future chair hold no seat now");
    assert_eq!(chorus::db::councils::current_member_users(&app.state.db, council.id).await.expect("users"), vec![mira]);
}
