//! The secret ballot, proven on both databases: for papers cast by known test voters, no
//! column, ordering, system column or timestamp in any table (the audit log and the
//! notifications included) narrows down which paper is whose beyond the published list.

use crate::{
    ballots::{as_chair, close, draft, option, resident, town, vote},
    helpers::TestApp,
    on_both_databases,
};

on_both_databases!(the_database_holds_nothing_that_links_a_voter_to_their_paper);

async fn tables(app: &TestApp) -> Vec<(String, Vec<String>)> {
    let sqlite = app.state.backend == chorus::db::Backend::Sqlite;
    let names: Vec<String> = if sqlite {
        sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
        )
        .fetch_all(&app.state.db)
        .await
        .expect("tables")
    } else {
        sqlx::query_scalar("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations' ORDER BY 1")
            .fetch_all(&app.state.db)
            .await
            .expect("tables")
    };
    let mut out = Vec::new();
    for t in names {
        let cols: Vec<String> = if sqlite {
            sqlx::query_scalar("SELECT name FROM pragma_table_info($1)").bind(&t).fetch_all(&app.state.db).await.expect("columns")
        } else {
            sqlx::query_scalar("SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1")
                .bind(&t)
                .fetch_all(&app.state.db)
                .await
                .expect("columns")
        };
        out.push((t, cols));
    }
    out
}

/// Tables (and columns) in which `needle` occurs anywhere.
async fn where_is(app: &TestApp, all: &[(String, Vec<String>)], needle: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (t, cols) in all {
        for c in cols {
            let sql = format!("SELECT COUNT(*) FROM \"{t}\" WHERE CAST(\"{c}\" AS TEXT) LIKE $1");
            let n: i64 = sqlx::query_scalar(&sql).bind(format!("%{needle}%")).fetch_one(&app.state.db).await.unwrap_or(0);
            if n > 0 {
                found.push(format!("{t}.{c}"));
            }
        }
    }
    found
}

async fn the_database_holds_nothing_that_links_a_voter_to_their_paper(mut app: TestApp) {
    let m = town(&mut app).await;
    let id = draft(&app, &[("method", "approval"), ("title_en", "Secret"), ("title_ar", "سري"), ("min_picks", "1")]).await;
    for (en, ar) in [("A", "أ"), ("B", "ب"), ("C", "ج"), ("D", "د")] {
        option(&app, id, en, ar, "").await;
    }
    app.post(&format!("/m/lindenfeld/ballots/{id}/open"), &[]).await.assert_contains("The vote is open.");
    // Eight voters, eight different papers: the test knows whose is whose.
    let mut cast = Vec::new();
    for i in 1u32..=8 {
        let name = format!("voter{i}");
        resident(&mut app, m, &name).await;
        let picks: Vec<String> = (0..4).filter(|b| i & (1 << b) != 0).map(|b: u32| b.to_string()).collect();
        let fields: Vec<(&str, &str)> = picks.iter().map(|p| ("pick", p.as_str())).collect();
        let code = vote(&app, id, &fields).await;
        let hash = chorus::domain::vote::receipt_hash(id, &code);
        cast.push((app.user_id(&name).await, code, hash));
    }
    close(&app, id).await;
    as_chair(&mut app).await;
    app.post(&format!("/m/lindenfeld/ballots/{id}/publish"), &[]).await.assert_contains("8 people voted");
    let all = tables(&app).await;
    let cols = |t: &str| {
        let mut c = all.iter().find(|(n, _)| n == t).map(|(_, c)| c.clone()).unwrap_or_default();
        c.sort();
        c
    };
    // A paper holds its ballot, its receipt hash and the choice; the roll who voted. Nothing else:
    // no voter, no time, no row id.
    assert_eq!(cols("ballot_papers"), ["ballot_id", "choice", "receipt_hash"]);
    assert_eq!(cols("ballot_roll"), ["ballot_id", "recast_hash", "user_id"]);
    for (user, code, hash) in &cast {
        // The receipt code is stored nowhere; its hash only on the paper.
        assert!(where_is(&app, &all, &chorus::domain::codes::normalize(code)).await.is_empty(), "the code is stored");
        assert_eq!(where_is(&app, &all, hash).await, ["ballot_papers.receipt_hash"]);
        // Nothing the voter did is in the audit log.
        let audited: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor_id = $1")
            .bind(user)
            .fetch_one(&app.state.db)
            .await
            .expect("audit");
        assert_eq!(audited, 0);
    }
    // Every voter's notification was written at once, alike.
    let shapes: Vec<(String, i64)> = sqlx::query_as("SELECT DISTINCT status, created_at FROM notifications WHERE kind = 'ballot'")
        .fetch_all(&app.state.db)
        .await
        .expect("n");
    assert_eq!(shapes.len(), 1, "{shapes:?}");
    // Order: the papers' order is the order of their random receipt hashes, not of casting.
    let cast_order: Vec<String> = cast.iter().map(|(_, _, h)| h.clone()).collect();
    let mut sorted = cast_order.clone();
    sorted.sort();
    if app.state.backend == chorus::db::Backend::Sqlite {
        let stored: Vec<String> =
            sqlx::query_scalar("SELECT receipt_hash FROM ballot_papers").fetch_all(&app.state.db).await.expect("papers");
        assert_eq!(stored, sorted, "a WITHOUT ROWID table lies in key order");
        assert!(sqlx::query("SELECT rowid FROM ballot_papers").fetch_all(&app.state.db).await.is_err(), "papers have no row id");
    } else {
        let physical: Vec<String> =
            sqlx::query_scalar("SELECT receipt_hash FROM ballot_papers ORDER BY ctid").fetch_all(&app.state.db).await.expect("papers");
        assert_ne!(physical, cast_order, "rows do not lie in the order of casting");
        let xmins: Vec<String> =
            sqlx::query_scalar("SELECT DISTINCT xmin::text FROM ballot_papers").fetch_all(&app.state.db).await.expect("xmin");
        assert_eq!(xmins.len(), 1, "all papers were written by the closing transaction");
        let roll: Vec<String> = sqlx::query_scalar("SELECT xmin::text FROM ballot_roll").fetch_all(&app.state.db).await.expect("xmin");
        assert!(!roll.contains(&xmins[0]), "no roll entry shares its transaction with the papers");
    }
}
