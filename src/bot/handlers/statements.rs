//! Statement rounds in the bot: one statement at a time in the reader's language, agree /
//! disagree / pass, then the next; and adding a statement. Who may take part, moderation and
//! the posting pace are `services::consultations::statements`', as on the portal.

use super::{Turn, consultation::answering};
use crate::{
    bot::{
        dialogue::State,
        reply::{Button, Keyboard},
    },
    domain::{consultation::Consultation, content_language::ContentLanguage},
    error::{AppError, Result},
    services,
};

/// The reactions, as the service names them.
const VOTES: [(&str, &str); 3] = [("agree", "statement-agree"), ("disagree", "statement-disagree"), ("pass", "statement-pass")];

/// The person's next statement in round `c` (or that none is left), with `notice` above it.
pub async fn show(t: &mut Turn, c: &Consultation, message_id: Option<i32>, notice: Option<&str>) -> Result<()> {
    let turn = services::consultations::statements::turn(&t.state, &t.user, c, t.tr.lang()).await?;
    let tr = t.tr;
    let id = c.id;
    let mut lines: Vec<String> = notice.map(|n| tr.t(n)).into_iter().collect();
    lines.push(tr.t2("statements-progress", "reacted", turn.reacted, "published", turn.published));
    let mut keyboard: Keyboard = Vec::new();
    match &turn.next {
        Some(s) => {
            lines.push(s.body.clone());
            if let Some((lang, body)) = &s.original {
                lines.push(tr.t2("bot-statement-original", "language", ContentLanguage::of(lang).name(), "text", body));
            }
            let buttons: Vec<Button> =
                VOTES.iter().map(|(vote, label)| Button::data(tr.t(label), format!("r:{id}:{}:{vote}", s.id))).collect();
            keyboard.push(buttons);
        }
        None => lines.push(tr.t("statements-all-seen")),
    }
    if c.open_statements {
        keyboard.push(vec![Button::data(tr.t("statement-add"), format!("st:{id}:add"))]);
    }
    keyboard.push(vec![Button::data(tr.t("bot-statements-done"), format!("st:{id}:done"))]);
    t.step = State::Statements { consultation: id, statement: turn.next.map(|s| s.id) };
    t.replace(message_id, lines.join("\n\n"), keyboard);
    Ok(())
}

/// A reaction (`r:<round>:<statement>:<vote>`) to the statement shown; one to another
/// statement (an older keyboard) changes nothing.
pub async fn react(t: &mut Turn, value: &str, consultation: i64, shown: Option<i64>, message_id: Option<i32>) -> Result<()> {
    let mut parts = value.splitn(3, ':');
    let (Some(cid), Some(sid), Some(vote)) = (parts.next(), parts.next(), parts.next()) else { return super::expired(t) };
    let sid = sid.parse::<i64>().ok();
    if cid.parse::<i64>().ok() != Some(consultation) || sid.is_none() || sid != shown {
        return super::expired(t);
    }
    let Some(m) = super::issue::municipality(t).await? else { return super::start::ask_municipality(t).await };
    let a = answering(t, &m, consultation).await?;
    let statement = sid.unwrap_or_default();
    services::consultations::statements::react(&t.state, &t.user, &m, consultation, statement, vote).await?;
    t.toast("statement-reacted");
    show(t, &a.view.consultation, message_id, None).await
}

/// The round's other buttons (`st:<round>:add|back|done`).
pub async fn action(t: &mut Turn, value: &str, consultation: i64, message_id: Option<i32>) -> Result<()> {
    let (cid, what) = value.split_once(':').unwrap_or((value, ""));
    if cid.parse::<i64>().ok() != Some(consultation) {
        return super::expired(t);
    }
    match what {
        "done" => {
            t.replace(message_id, t.tr.t("bot-statements-thanks"), Vec::new());
            t.menu("bot-menu-intro");
            Ok(())
        }
        "add" | "back" => {
            let Some(m) = super::issue::municipality(t).await? else { return super::start::ask_municipality(t).await };
            let a = answering(t, &m, consultation).await?;
            if what == "back" {
                return show(t, &a.view.consultation, message_id, None).await;
            }
            let prompt = [t.tr.t("bot-statement-ask"), t.tr.t("statement-hint")].join("\n\n");
            t.step = State::StatementText { consultation };
            t.replace(message_id, prompt, vec![vec![Button::data(t.tr.t("bot-cancel"), format!("st:{consultation}:back"))]]);
            Ok(())
        }
        _ => super::expired(t),
    }
}

/// The text of a new statement: added through the portal's service; the person learns
/// whether it waits for a moderator. A refused one can be written again.
pub async fn text(t: &mut Turn, consultation: i64, body: String) -> Result<()> {
    let Some(m) = super::issue::municipality(t).await? else { return super::start::ask_municipality(t).await };
    let a = answering(t, &m, consultation).await?;
    match services::consultations::statements::add(&t.state, &t.user, &m, consultation, &body, t.tr.lang()).await {
        Ok((_, public)) => {
            let notice = if public { "statement-added" } else { "statement-pending" };
            show(t, &a.view.consultation, None, Some(notice)).await
        }
        Err(AppError::Validation(errors)) => {
            let text = errors.iter().map(|(_, id)| t.tr.t(id)).collect::<Vec<_>>().join("\n");
            t.say(text, vec![vec![Button::data(t.tr.t("bot-cancel"), format!("st:{consultation}:back"))]]);
            Ok(())
        }
        Err(e) => Err(e),
    }
}
