//! The statement-round journey in a real browser: a council member writes the question and the
//! first statements in English and Arabic and opens the round; a resident reacts to
//! statements one at a time and adds one in Arabic (right to left); more residents react (in
//! the core, to have enough for groups); the map is recomputed in the background and a visitor
//! reads the opinion groups, the common ground and what divides them.

use std::time::Duration;

use anyhow::{Context as _, ensure};
use fantoccini::Locator;
use serde_json::json;

use crate::browser::*;
use crate::helpers::{Db, TestApp};

#[tokio::test]
async fn a_statement_round_runs_from_its_first_statements_to_the_opinion_map() {
    use chorus::domain::role::Role;
    let mut app = TestApp::spawn_with(Db::Sqlite, &[("CHORUS_BALLOT_CLOSE_INTERVAL_MS", "200")]).await.expect("app");
    let m = app.create_municipality("lindenfeld", &["en", "ar"], "en").await;
    for (name, role) in [("chair", Role::CouncilMember), ("amina", Role::Resident)] {
        app.new_browser();
        app.register(name, "a long sentence").await;
        app.grant(name, m, role).await;
    }
    let Some(browser) = Browser::start("statement-round", app.url("")).await else { return };
    let axe = axe_source();
    let (state, town) = (app.state.clone(), m);
    browser
        .run(async |b: &mut Browser| {
            // The council member writes the question in both languages and two statements.
            sign_in(b, "chair").await?;
            b.goto("/m/lindenfeld/consultations/new").await?;
            b.click("#kind-statements").await?;
            b.fill("title_en", "What would make the city's services easier to use?").await?;
            b.fill("title_ar", "ما الذي يجعل خدمات المدينة أسهل استخداماً؟").await?;
            let at = |hours: i64| chorus::domain::ballot::format_datetime(chorus::db::now() + hours * 3600);
            b.client
                .execute(
                    "document.getElementById('opens_at').value = arguments[0];
                     document.getElementById('closes_at').value = arguments[1];",
                    vec![json!(at(-1)), json!(at(48))],
                )
                .await?;
            b.step("a new statement round").await;
            send(b, "main form[action='/m/lindenfeld/consultations']").await?;
            let manage = b.path().await?;
            let id: i64 = manage.split('/').nth(4).and_then(|s| s.parse().ok()).context("the round's id")?;
            let base = format!("/m/lindenfeld/consultations/{id}");
            for statement in
                ["Letters should say clearly what I have to do", "Offices should open in the evening", "All appointments should be online"]
            {
                b.goto(&format!("{base}/statements")).await?;
                b.fill("body", statement).await?;
                send(b, &format!("main form[action='{base}/statements']")).await?;
            }
            b.step("three statements").await;
            b.goto(&format!("{base}/manage")).await?;
            send(b, &format!("main form[action='{base}/open']")).await?;
            ensure!(b.text_of_css(".notice[role=status]").await?.contains("open"), "the round is open");
            sign_out(b).await?;

            // A resident reacts in Arabic, one statement at a time, then adds her own.
            sign_in(b, "amina").await?;
            b.switch_language("ar").await?;
            b.goto(&base).await?;
            ensure!(b.lang_dir().await? == ("ar".to_string(), "rtl".to_string()), "the round page is right to left");
            for vote in ["agree", "disagree", "pass"] {
                b.client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("blockquote.statement")).await?;
                b.step(&format!("a statement, then {vote}")).await;
                let button = b.client.find(Locator::Css(&format!("form.reactions button[value='{vote}']"))).await?;
                b.submit_and_wait(button).await?;
            }
            ensure!(b.client.find(Locator::Id("all-seen")).await.is_ok(), "every statement has been seen");
            b.fill("body", "لا").await?;
            send(b, &format!("main form[action='{base}/statements']")).await?;
            let body = b.client.find(Locator::Id("body")).await?;
            ensure!(body.attr("aria-describedby").await?.unwrap_or_default().contains("body-error"), "the message is tied to the field");
            ensure!(body.prop("value").await?.unwrap_or_default() == "لا", "what she typed is kept");
            if let Some(axe) = axe.as_deref() {
                let v = axe_violations(b, axe).await?;
                ensure!(v.is_empty(), "WCAG violations on the refused statement: {v:?}");
            }
            b.client.execute("document.getElementById('body').value = ''", vec![]).await?;
            b.fill("body", "يجب أن تصلني الرسائل بلغتي").await?;
            send(b, &format!("main form[action='{base}/statements']")).await?;
            ensure!(b.text_of_css(".notice[role=status]").await?.chars().count() > 5, "she is told what happens to it");
            sign_out(b).await?;

            // Twenty-four more residents react (through the core), in two camps.
            let mt = chorus::db::municipalities::by_id(&state.db, town).await?.context("town")?;
            let ids: Vec<i64> =
                sqlx::query_scalar("SELECT id FROM statements WHERE status = 'published' ORDER BY id").fetch_all(&state.db).await?;
            let hash = state.hasher.hash("nobody signs in as these").await?;
            for i in 0..24 {
                let name = chorus::domain::username::Username::parse(&format!("camp{i}")).map_err(|e| anyhow::anyhow!(e))?;
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
                let uid = chorus::db::users::insert(&state.db, &new).await?.context("new")?;
                chorus::db::roles::grant(&state.db, uid, town, Role::Resident, None).await?;
                let user = chorus::db::users::by_id(&state.db, uid).await?.context("user")?;
                for (k, s) in ids.iter().enumerate() {
                    let vote = if k == 0 || (k == 1) == (i % 2 == 0) { "agree" } else { "disagree" };
                    chorus::services::consultations::statements::react(&state, &user, &mt, id, *s, vote).await?;
                }
            }
            // The background task redraws the map; a visitor reads it.
            let mut drawn = false;
            for _ in 0..100 {
                b.goto(&format!("{base}/results")).await?;
                if b.client.find(Locator::Css("svg ellipse")).await.is_ok() {
                    drawn = true;
                    break;
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            ensure!(drawn, "the opinion map shows groups");
            b.step("the opinion map").await;
            let common = b.text("common-ground").await?;
            ensure!(common.contains("Letters should say clearly"), "the common ground: {common}");
            let divisive = b.text("divisive").await?;
            ensure!(divisive.contains("evening") || divisive.contains("online"), "what divides: {divisive}");
            if let Some(axe) = axe.as_deref() {
                let v = axe_violations(b, axe).await?;
                ensure!(v.is_empty(), "WCAG violations on the map: {v:?}");
            }
            Ok(())
        })
        .await;
}
