//! Questionnaires through the real pages, on both databases: a council prepares one in two
//! languages, a translator fills the missing one, residents answer (a missing required answer
//! comes back with everything kept), save and resume, change their answers; the council
//! closes and publishes; the results hide every cell of fewer than 5 people.

use chorus::domain::role::Role;
use reqwest::StatusCode;

use crate::{
    ballots::{as_chair, resident, town},
    helpers::TestApp,
    on_both_databases, on_both_databases_with,
};

on_both_databases!(
    a_council_prepares_a_questionnaire_a_translator_completes_it_and_residents_answer,
    a_missing_required_answer_comes_back_with_everything_kept_and_the_question_marked,
    published_results_hide_small_cells_and_breakdowns_that_would_reveal_them,
    only_residents_answer_and_verified_only_consultations_ask_for_verification,
    answers_are_in_the_export_and_go_with_the_account,
    free_text_answers_are_for_the_council_and_moderators_only,
    handing_in_leaves_the_read_cache_alone_and_a_changed_free_text_loses_its_translations,
);

on_both_databases_with!([("CHORUS_BALLOT_CLOSE_INTERVAL_MS", "100")]; a_questionnaire_closes_at_its_closing_time_without_anyone_acting);

fn time(offset_hours: i64) -> String {
    chorus::domain::ballot::format_datetime(chorus::db::now() + offset_hours * 3600)
}

/// Creates a draft questionnaire through the form and returns its id.
pub async fn draft(app: &TestApp, fields: &[(&str, &str)]) -> i64 {
    let (opens, closes) = (time(-1), time(48));
    let mut all = vec![("kind", "questionnaire"), ("opens_at", opens.as_str()), ("closes_at", closes.as_str())];
    all.extend_from_slice(fields);
    let page = app.post("/m/lindenfeld/consultations", &all).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.url.rsplit('/').nth(1).and_then(|s| s.parse().ok()).expect("redirected to the manage page")
}

/// Adds a question and returns its id.
pub async fn question(app: &TestApp, id: i64, fields: &[(&str, &str)]) -> i64 {
    app.post(&format!("/m/lindenfeld/consultations/{id}/questions"), fields).await.assert_contains("Question added.");
    sqlx::query_scalar("SELECT MAX(id) FROM questions WHERE consultation_id = $1")
        .bind(id)
        .fetch_one(&app.state.db)
        .await
        .expect("question")
}

/// A complete questionnaire in English and Arabic, open: `(id, [single, multiple, scale, text])`.
pub async fn open_questionnaire(app: &TestApp) -> (i64, [i64; 4]) {
    let id =
        draft(app, &[("title_en", "Draft integration plan"), ("title_ar", "مسودة خطة الاندماج"), ("ask_age", "on"), ("ask_gender", "on")])
            .await;
    let single = question(
        app,
        id,
        &[
            ("kind", "single"),
            ("required", "on"),
            ("prompt_en", "Which matters most?"),
            ("choices_en", "Language classes\nHousing\nWork"),
            ("prompt_ar", "ما الأهم؟"),
            ("choices_ar", "دروس اللغة\nالسكن\nالعمل"),
        ],
    )
    .await;
    let multiple = question(
        app,
        id,
        &[
            ("kind", "multiple"),
            ("max_picks", "2"),
            ("prompt_en", "Where do you get information?"),
            ("choices_en", "Friends\nSocial media\nCity office"),
            ("prompt_ar", "من أين تحصل على المعلومات؟"),
            ("choices_ar", "الأصدقاء\nوسائل التواصل\nمكتب المدينة"),
        ],
    )
    .await;
    let scale = question(
        app,
        id,
        &[
            ("kind", "scale"),
            ("required", "on"),
            ("prompt_en", "How easy are city services to use?"),
            ("low_en", "Very hard"),
            ("high_en", "Very easy"),
            ("prompt_ar", "ما مدى سهولة استخدام خدمات المدينة؟"),
            ("low_ar", "صعبة جداً"),
            ("high_ar", "سهلة جداً"),
        ],
    )
    .await;
    let text =
        question(app, id, &[("kind", "text"), ("prompt_en", "Anything else?"), ("prompt_ar", "هل من شيء آخر؟"), ("max_chars", "300")])
            .await;
    app.post(&format!("/m/lindenfeld/consultations/{id}/open"), &[]).await.assert_contains("The consultation is open.");
    (id, [single, multiple, scale, text])
}

/// Accounts made straight in the core (no password hashing per account): residents of `m`.
pub async fn residents(app: &TestApp, m: i64, prefix: &str, n: usize) -> Vec<chorus::db::users::User> {
    let hash = app.state.hasher.hash("not a password anyone knows").await.expect("hash");
    let mut out = Vec::new();
    for i in 0..n {
        let name = chorus::domain::username::Username::parse(&format!("{prefix}{i}")).expect("name");
        let new = chorus::db::users::NewUser {
            username: name.as_str(),
            username_key: &name.key(),
            password_hash: &hash,
            email: None,
            preferred_language: None,
            recovery_code_hash: None,
            is_admin: false,
            must_change_password: false,
            password_expires_at: None,
            username_skeleton: Some(&name.skeleton()),
        };
        let id = chorus::db::users::insert(&app.state.db, &new).await.expect("insert").expect("new");
        chorus::db::roles::grant(&app.state.db, id, m, Role::Resident, None).await.expect("grant");
        out.push(chorus::db::users::by_id(&app.state.db, id).await.expect("user").expect("user"));
    }
    out
}

/// Hands in answers for `user` through the core (what the form would post).
pub async fn answer_as(app: &TestApp, user: &chorus::db::users::User, id: i64, lang: &str, form: &[(String, String)]) {
    let m = chorus::db::municipalities::by_slug(&app.state.db, "lindenfeld").await.expect("query").expect("town");
    chorus::services::consultations::answer::respond(&app.state, user, &m, id, lang, form, chorus::domain::response::Intent::Submit)
        .await
        .expect("answers handed in");
}

/// The HTML of the table with `id`.
fn table(body: &str, id: &str) -> String {
    let at = body.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no table {id}: {body}"));
    body[at..at + body[at..].find("</table>").expect("end of table")].to_string()
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

async fn a_council_prepares_a_questionnaire_a_translator_completes_it_and_residents_answer(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = draft(&app, &[("title_en", "Draft integration plan"), ("intro_en", "Tell us what you think.")]).await;
    question(&app, id, &[("kind", "single"), ("required", "on"), ("prompt_en", "Which matters most?"), ("choices_en", "Classes\nHousing")])
        .await;
    // Arabic is missing: opening is refused and the page lists what.
    let refused = app.post(&format!("/m/lindenfeld/consultations/{id}/open"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains("Some texts are missing").assert_contains("العربية").assert_contains("questions");
    // A volunteer translator writes the Arabic texts; a wrong number of choices is refused.
    app.new_browser();
    app.register("tarjim", "a long sentence").await;
    app.grant("tarjim", m, Role::Translator).await;
    let q: i64 = sqlx::query_scalar("SELECT id FROM questions").fetch_one(&app.state.db).await.expect("q");
    app.get("/m/lindenfeld/translate")
        .await
        .assert_contains("Draft integration plan")
        .assert_contains(&format!("/consultations/{id}/translate/ar"));
    app.get(&format!("/m/lindenfeld/consultations/{id}/translate/ar"))
        .await
        .assert_contains("Which matters most?")
        .assert_contains("dir=\"rtl\"");
    let (prompt, choices) = (format!("prompt_{q}"), format!("choices_{q}"));
    let bad = app
        .post(
            &format!("/m/lindenfeld/consultations/{id}/translate/ar"),
            &[("title", "مسودة خطة الاندماج"), (&prompt, "ما الأهم؟"), (&choices, "دروس")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains("different number of choices").assert_contains("مسودة خطة الاندماج");
    app.post(
        &format!("/m/lindenfeld/consultations/{id}/translate/ar"),
        &[("title", "مسودة خطة الاندماج"), (&prompt, "ما الأهم؟"), (&choices, "دروس\nسكن")],
    )
    .await;
    // A resident may not write texts.
    resident(&mut app, m, "amina").await;
    assert_eq!(app.get(&format!("/m/lindenfeld/consultations/{id}/translate/ar")).await.status, StatusCode::FORBIDDEN);
    as_chair(&mut app).await;
    app.post(&format!("/m/lindenfeld/consultations/{id}/open"), &[]).await.assert_contains("The consultation is open.");
    app.get("/m/lindenfeld/consultations").await.assert_contains("Draft integration plan").assert_contains("Open");
    // Residents answer, in English and in Arabic (right to left).
    app.login("amina", "a long sentence").await;
    let page = app.get(&format!("/m/lindenfeld/consultations/{id}")).await;
    page.assert_contains("Tell us what you think.").assert_contains("Classes");
    let qname = format!("q{q}");
    app.post(&format!("/m/lindenfeld/consultations/{id}/answer"), &[(&qname, "1"), ("action", "submit")])
        .await
        .assert_contains("Your answers are handed in");
    app.get(&format!("/m/lindenfeld/consultations/{id}")).await.assert_contains("You handed in your answers on");
    // Changing an answer replaces it: still one response.
    app.post(&format!("/m/lindenfeld/consultations/{id}/answer"), &[(&qname, "0"), ("action", "submit")]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM responses").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM response_answers WHERE choice = '0'").await, 1);
    resident(&mut app, m, "karim").await;
    app.post("/language", &[("lang", "ar"), ("back", "/")]).await;
    let ar = app.get(&format!("/m/lindenfeld/consultations/{id}")).await;
    ar.assert_contains("مسودة خطة الاندماج").assert_contains("دروس").assert_contains("dir=\"rtl\"");
    // Saved without handing in, then resumed: the choice is still there.
    app.post(&format!("/m/lindenfeld/consultations/{id}/answer"), &[(&qname, "1"), ("action", "save")]).await;
    let resumed = app.get(&format!("/m/lindenfeld/consultations/{id}")).await;
    assert!(resumed.body.contains(&format!("name=\"{qname}\" value=\"1\" checked")), "{}", resumed.body);
    assert_eq!(app.count("SELECT COUNT(*) FROM responses WHERE submitted_at IS NULL").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM responses WHERE lang = 'ar'").await, 1);
}

async fn a_missing_required_answer_comes_back_with_everything_kept_and_the_question_marked(mut app: TestApp) {
    let m = town(&mut app).await;
    let (id, [single, multiple, scale, text]) = open_questionnaire(&app).await;
    resident(&mut app, m, "amina").await;
    let (s, mu, sc, t) = (format!("q{single}"), format!("q{multiple}"), format!("q{scale}"), format!("q{text}"));
    let page = app
        .post(
            &format!("/m/lindenfeld/consultations/{id}/answer"),
            &[(&mu, "0"), (&mu, "2"), (&t, "More evening classes, please"), ("d_age", "26-35"), ("action", "submit")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    page.assert_contains("Please answer this question.")
        .assert_contains(&format!("href=\"#{s}\""))
        .assert_contains(&format!("aria-describedby=\"{s}-error\""))
        .assert_contains(&format!("id=\"{sc}-error\""))
        .assert_contains("More evening classes, please")
        .assert_contains(&format!("name=\"{mu}\" value=\"2\" checked"))
        .assert_contains("value=\"26-35\" selected");
    assert_eq!(app.count("SELECT COUNT(*) FROM responses").await, 0, "nothing is stored from a refused form");
    let done = app
        .post(
            &format!("/m/lindenfeld/consultations/{id}/answer"),
            &[
                (&s, "2"),
                (&mu, "0"),
                (&mu, "2"),
                (&sc, "4"),
                (&t, "More evening classes, please"),
                ("d_age", "26-35"),
                ("action", "submit"),
            ],
        )
        .await;
    done.assert_contains("Your answers are handed in");
    let too_many =
        app.post(&format!("/m/lindenfeld/consultations/{id}/answer"), &[(&s, "2"), (&sc, "4"), (&mu, "0"), (&mu, "1"), (&mu, "2")]).await;
    assert_eq!(too_many.status, StatusCode::UNPROCESSABLE_ENTITY);
    too_many.assert_contains("Choose fewer options");
    assert_eq!(app.count("SELECT COUNT(*) FROM response_answers").await, 4);
}

async fn published_results_hide_small_cells_and_breakdowns_that_would_reveal_them(mut app: TestApp) {
    let m = town(&mut app).await;
    let (id, [single, _, scale, _]) = open_questionnaire(&app).await;
    let people = residents(&app, m, "resp", 13).await;
    for (i, u) in people.iter().enumerate() {
        // 9 choose classes, 4 housing; ages: 10 are 26-35, 3 are over 65 (a small group).
        let choice = if i < 9 { "0" } else { "1" };
        let age = if i < 10 { "26-35" } else { "over-65" };
        let lang = if i % 2 == 0 { "en" } else { "ar" };
        let form = pairs(&[(&format!("q{single}"), choice), (&format!("q{scale}"), "3"), ("d_age", age)]);
        answer_as(&app, u, id, lang, &form).await;
    }
    as_chair(&mut app).await;
    app.post(&format!("/m/lindenfeld/consultations/{id}/close"), &[]).await.assert_contains("closed and counted");
    // The public sees nothing until the council publishes.
    app.new_browser();
    assert_eq!(app.get(&format!("/m/lindenfeld/consultations/{id}/results")).await.status, StatusCode::NOT_FOUND);
    as_chair(&mut app).await;
    app.post(&format!("/m/lindenfeld/consultations/{id}/publish"), &[]).await.assert_contains("13 people answered.");
    app.new_browser();
    let results = app.get(&format!("/m/lindenfeld/consultations/{id}/results")).await;
    let counts = table(&results.body, &format!("q{single}-counts"));
    // 9 and 4 people: 4 is hidden, and so is the other small cell (Work, 0) — with only one
    // hidden cell, 13 − 9 would give it away.
    assert!(counts.contains("Language classes") && counts.contains('9') && counts.contains(">\u{2068}69\u{2069} %<"), "{counts}");
    assert!(!counts.contains(">4<") && counts.matches(">hidden<").count() == 2, "{counts}");
    let by_age = app.get(&format!("/m/lindenfeld/consultations/{id}/results?by=age")).await;
    let table = table(&by_age.body, &format!("q{single}-breakdown"));
    assert!(table.contains("26 to 35") && table.contains("10"), "{table}");
    assert!(!table.contains(">3<") && table.contains(">hidden<"), "the group of 3 is hidden: {table}");
    let csv = app.get(&format!("/m/lindenfeld/consultations/{id}/results.csv")).await;
    assert!(csv.body.starts_with("question,prompt,breakdown,group,choice,count,percent\n"), "{}", csv.body);
    assert!(csv.body.contains("Housing,hidden,") && csv.body.contains(",age,over-65,,hidden,"), "{}", csv.body);
    for line in csv.body.lines().skip(1) {
        let count = line.rsplit(',').nth(1).expect("count");
        assert!(count == "hidden" || count.parse::<u64>().expect("a number") >= 5, "a small cell in the CSV: {line}");
    }
    // The API shows the same protected numbers: hidden ones are null.
    let api = app.get(&format!("/api/v1/municipalities/lindenfeld/consultations/{id}")).await;
    let json: serde_json::Value = serde_json::from_str(&api.body).expect("json");
    assert_eq!(json["respondents"], 13);
    assert_eq!(json["questions"][0]["results"]["counts"], serde_json::json!([9, null, null]));
    assert!(!api.body.contains("resp1") && !api.body.contains("user_id"), "no individual answers: {}", api.body);
    // Everyone who answered is told.
    let told = app.count(&format!("SELECT COUNT(*) FROM notifications WHERE kind = 'consultation' AND subject_id = {id}")).await;
    assert_eq!(told, 13);
}

async fn only_residents_answer_and_verified_only_consultations_ask_for_verification(mut app: TestApp) {
    let m = town(&mut app).await;
    let (id, [single, _, scale, _]) = open_questionnaire(&app).await;
    app.new_browser();
    app.register("visitor", "a long sentence").await;
    let form = [(format!("q{single}"), "0".to_string()), (format!("q{scale}"), "2".to_string())];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let refused = app.post(&format!("/m/lindenfeld/consultations/{id}/answer"), &form).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    refused.assert_contains("Only residents of this municipality can answer");
    sqlx::query("UPDATE consultations SET verified_only = 1").execute(&app.state.db).await.expect("verified only");
    resident(&mut app, m, "amina").await;
    app.get(&format!("/m/lindenfeld/consultations/{id}")).await.assert_contains("Only residents verified by an association can answer");
    let refused = app.post(&format!("/m/lindenfeld/consultations/{id}/answer"), &form).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    sqlx::query("UPDATE roles SET verified_at = 1").execute(&app.state.db).await.expect("verified");
    app.post(&format!("/m/lindenfeld/consultations/{id}/answer"), &form).await.assert_contains("Your answers are handed in");
}

async fn answers_are_in_the_export_and_go_with_the_account(mut app: TestApp) {
    let m = town(&mut app).await;
    let (id, [single, _, scale, text]) = open_questionnaire(&app).await;
    resident(&mut app, m, "amina").await;
    let (s, sc, t) = (format!("q{single}"), format!("q{scale}"), format!("q{text}"));
    app.post(&format!("/m/lindenfeld/consultations/{id}/answer"), &[(&s, "1"), (&sc, "5"), (&t, "A quiet room to study")]).await;
    let export = app.get("/account/export").await;
    assert!(export.body.contains("\"consultation_responses\"") && export.body.contains("A quiet room to study"), "{}", export.body);
    sqlx::query("INSERT INTO translations (kind, content_id, lang, title, body, source, reviewed, updated_at) SELECT 'reply', id, 'ar', '', 'غرفة هادئة', 'machine', 0, 0 FROM response_answers WHERE body <> ''")
        .execute(&app.state.db)
        .await
        .expect("a translation");
    app.post("/account/delete", &[("password", "a long sentence"), ("confirm", "on")]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM responses").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM response_answers").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM translations WHERE kind = 'reply'").await, 0);
}

async fn free_text_answers_are_for_the_council_and_moderators_only(mut app: TestApp) {
    let m = town(&mut app).await;
    let (id, [single, _, scale, text]) = open_questionnaire(&app).await;
    resident(&mut app, m, "amina").await;
    let (s, sc, t) = (format!("q{single}"), format!("q{scale}"), format!("q{text}"));
    app.post(&format!("/m/lindenfeld/consultations/{id}/answer"), &[(&s, "1"), (&sc, "5"), (&t, "A quiet room to study")]).await;
    assert_eq!(app.get(&format!("/m/lindenfeld/consultations/{id}/texts")).await.status, StatusCode::FORBIDDEN);
    as_chair(&mut app).await;
    let page = app.get(&format!("/m/lindenfeld/consultations/{id}/texts")).await;
    page.assert_contains("A quiet room to study").assert_lacks("amina");
    let answer: i64 =
        sqlx::query_scalar("SELECT id FROM response_answers WHERE body <> ''").fetch_one(&app.state.db).await.expect("answer");
    let theme: i64 =
        sqlx::query_scalar("SELECT MIN(id) FROM themes WHERE municipality_id = $1").bind(m).fetch_one(&app.state.db).await.expect("theme");
    app.post(&format!("/m/lindenfeld/consultations/{id}/texts/{answer}/themes"), &[("theme", &theme.to_string())]).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM answer_themes").await, 1);
}

async fn a_questionnaire_closes_at_its_closing_time_without_anyone_acting(mut app: TestApp) {
    let m = town(&mut app).await;
    let (id, [single, _, scale, _]) = open_questionnaire(&app).await;
    let people = residents(&app, m, "resp", 6).await;
    for u in &people {
        answer_as(&app, u, id, "en", &pairs(&[(&format!("q{single}"), "0"), (&format!("q{scale}"), "3")])).await;
    }
    sqlx::query("UPDATE consultations SET closes_at = $1").bind(chorus::db::now()).execute(&app.state.db).await.expect("due");
    for _ in 0..100 {
        if app.count("SELECT COUNT(*) FROM consultations WHERE status = 'closed' AND respondents = 6").await == 1 {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the questionnaire did not close by itself");
}

async fn handing_in_leaves_the_read_cache_alone_and_a_changed_free_text_loses_its_translations(mut app: TestApp) {
    let m = town(&mut app).await;
    let (id, [single, _, scale, text]) = open_questionnaire(&app).await;
    resident(&mut app, m, "amina").await;
    let (s, sc, t) = (format!("q{single}"), format!("q{scale}"), format!("q{text}"));
    let path = format!("/m/lindenfeld/consultations/{id}/answer");
    let version = "SELECT version FROM content_version WHERE id = 1";
    let before = app.count(version).await;
    app.post(&path, &[(&s, "1"), (&sc, "5"), (&t, "A quiet room to study")]).await.assert_contains("Your answers are handed in");
    assert_eq!(app.count(version).await, before, "answers are not on any cached page");
    sqlx::query("INSERT INTO translations (kind, content_id, lang, title, body, source, reviewed, updated_at) SELECT 'reply', id, 'ar', '', 'غرفة هادئة', 'machine', 0, 0 FROM response_answers WHERE body <> ''")
        .execute(&app.state.db)
        .await
        .expect("a translation");
    let translations = "SELECT COUNT(*) FROM translations WHERE kind = 'reply'";
    app.post(&path, &[(&s, "0"), (&sc, "4"), (&t, "A quiet room to study")]).await.assert_contains("Your answers are handed in");
    assert_eq!(app.count(translations).await, 1, "the same text keeps its translation");
    app.post(&path, &[(&s, "0"), (&sc, "4"), (&t, "A quiet room to study, and a printer")]).await;
    assert_eq!(app.count(translations).await, 0, "a changed text loses it");
    app.post(&path, &[(&s, "0"), (&sc, "4"), (&t, "A quiet room to study, and a printer")]).await;
    sqlx::query("INSERT INTO translations (kind, content_id, lang, title, body, source, reviewed, updated_at) SELECT 'reply', id, 'ar', '', 'غرفة', 'machine', 0, 0 FROM response_answers WHERE body <> ''")
        .execute(&app.state.db)
        .await
        .expect("a translation");
    app.post(&path, &[(&s, "0"), (&sc, "4")]).await;
    assert_eq!(app.count(translations).await, 0, "and so does a text taken back");
}
