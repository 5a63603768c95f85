//! Priority votes from Telegram. `/votes` (and the menu) lists the open ballots of the chat's
//! municipality; a ballot shows its text and the picking its method asks for — approval and
//! budget toggle options, points are given with − and +, ranked options are pressed in order —
//! in one message that changes as the person picks; then a confirmation, and the vote is cast
//! through `services::ballots::cast` with the very pairs the portal's form posts. Who may vote,
//! what a valid choice is and the one-vote rule are the portal's; a choice is checked by the
//! same `Choice::parse` as it grows, so a refusal reads as on the portal.
//!
//! Secrecy: the selection lives in the dialogue state only while it is being made, and goes when
//! the vote is cast, refused or abandoned. Nothing about it is logged.

use super::Turn;
use crate::{
    bot::{
        dialogue::State,
        reply::{Button, Keyboard},
    },
    db::{self, municipalities::Municipality},
    domain::{
        ballot::{BallotOption, Method},
        vote::Choice,
    },
    error::{AppError, FieldErrors, Result},
    services::{
        self,
        ballots::{
            BallotView,
            cast::{self, Receipt},
        },
    },
};

/// The longest description shown (a Telegram message holds 4096 characters).
const DESCRIPTION_CHARS: usize = 1500;
/// The longest label on a button.
const LABEL_CHARS: usize = 48;

/// A selection being made.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Picked options (approval, budget), or options in order of preference (ranked).
    pub picks: Vec<u32>,
    /// Points per option position (points).
    pub points: Vec<u64>,
}

impl Selection {
    /// The pairs the portal's vote form posts for this selection (`templates/ballots/show.html`):
    /// `pick=<option>` repeated, or `rank_<option>=<rank>`, or `points_<option>=<points>`, with
    /// an empty value for an option left out.
    pub fn form(&self, method: Method, options: &[u32]) -> Vec<(String, String)> {
        let blank = |n: u64| if n == 0 { String::new() } else { n.to_string() };
        match method {
            Method::Approval | Method::Budget => self.picks.iter().map(|p| ("pick".to_string(), p.to_string())).collect(),
            Method::Ranked => options
                .iter()
                .map(|p| (format!("rank_{p}"), blank(self.picks.iter().position(|x| x == p).map_or(0, |r| r as u64 + 1))))
                .collect(),
            Method::Points => options.iter().map(|p| (format!("points_{p}"), blank(self.points_of(*p)))).collect(),
        }
    }

    fn points_of(&self, position: u32) -> u64 {
        self.points.get(position as usize).copied().unwrap_or(0)
    }

    fn step(self, ballot: i64, confirming: bool) -> State {
        State::Vote { ballot, picks: self.picks, points: self.points, confirming }
    }
}

fn positions(v: &BallotView) -> Vec<u32> {
    v.options.iter().map(|o| o.option.position).collect()
}

/// The selection checked by the ballot's rules, as `cast` will check it.
fn check(v: &BallotView, s: &Selection) -> std::result::Result<Choice, FieldErrors> {
    let options: Vec<BallotOption> = v.options.iter().map(|o| o.option.clone()).collect();
    Choice::parse(&s.form(v.ballot.method, &positions(v)), &cast::rules(&v.ballot, &options))
}

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        return label.to_string();
    }
    label.chars().take(LABEL_CHARS - 1).chain(std::iter::once('…')).collect()
}

/// `/votes`: the ballots of the chat's municipality that take votes now. An unfinished
/// selection is dropped.
pub async fn list(t: &mut Turn, message_id: Option<i32>) -> Result<()> {
    let Some(m) = super::issue::municipality(t).await? else { return super::start::ask_municipality(t).await };
    let now = db::now();
    let ballots = services::ballots::list(&t.state, false, &m, t.tr.lang()).await?;
    let keyboard: Keyboard = ballots
        .iter()
        .filter(|l| cast::takes_votes(&l.ballot, now))
        .take(20)
        .map(|l| vec![Button::data(short(&l.title), format!("ballot:{}", l.ballot.id))])
        .collect();
    t.step = State::Idle;
    let id = if keyboard.is_empty() { "bot-votes-none" } else { "bot-votes-intro" };
    let text = t.tr.t1(id, "municipality", &m.name);
    t.replace(message_id, text, keyboard);
    Ok(())
}

/// The ballot `id` of the chat's municipality when it takes votes now; otherwise the selection
/// is dropped and the person told, on the message pressed.
async fn load(t: &mut Turn, id: i64, message_id: Option<i32>) -> Result<Option<(Municipality, BallotView)>> {
    let Some(m) = super::issue::municipality(t).await? else {
        super::start::ask_municipality(t).await?;
        return Ok(None);
    };
    match services::ballots::view(&t.state, Some(&t.user), &m, id, t.tr.lang()).await {
        Ok(v) if cast::takes_votes(&v.ballot, db::now()) => Ok(Some((m, v))),
        Ok(_) | Err(AppError::NotFound) => {
            t.step = State::Idle;
            t.toast("ballot-not-open");
            t.replace(message_id, t.tr.t("ballot-not-open"), Vec::new());
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// A ballot from the list: its text, and the picking when the person may vote.
pub async fn open(t: &mut Turn, id: Option<i64>, message_id: Option<i32>) -> Result<()> {
    let Some(id) = id else { return super::expired(t) };
    let Some((m, v)) = load(t, id, message_id).await? else { return Ok(()) };
    let refusal = services::eligibility::check(&t.state, &t.user, m.id, v.ballot.verified_only).await?.err().map(|r| r.message_id());
    let voted = refusal.is_none() && cast::has_voted(&t.state, &t.user, id).await?;
    let mut text = intro(t, &v);
    if let Some(refusal) = refusal.or((voted && !v.ballot.allow_recast).then_some("ballot-voted")) {
        // Nothing to pick: the options as a list, and why.
        t.step = State::Idle;
        for o in &v.options {
            text.push_str("\n• ");
            text.push_str(&o.title);
        }
        text.push_str("\n\n");
        text.push_str(&t.tr.t(refusal));
        t.replace(message_id, text, Vec::new());
        return Ok(());
    }
    if voted {
        text.push_str("\n\n");
        text.push_str(&t.tr.t("ballot-voted-recast"));
    }
    let s = Selection::default();
    text.push_str("\n\n");
    text.push_str(&status(t, &v, &s));
    let keyboard = keyboard(t, &v, &s);
    t.step = s.step(id, false);
    t.replace(message_id, text, keyboard);
    Ok(())
}

/// The title, the description and the ballot's rule.
fn intro(t: &Turn, v: &BallotView) -> String {
    let (tr, b) = (t.tr, &v.ballot);
    let mut text = v.text.title.clone();
    if !v.text.description.is_empty() {
        text.push_str("\n\n");
        text.extend(v.text.description.chars().take(DESCRIPTION_CHARS));
    }
    text.push_str("\n\n");
    match b.method {
        Method::Approval if b.max_picks == 0 => text.push_str(&tr.t1("ballot-pick-rule-min", "min", b.min_picks)),
        Method::Approval => text.push_str(&tr.t2("ballot-pick-rule", "min", b.min_picks, "max", b.max_picks)),
        Method::Budget => {
            text.push_str(&tr.t1("ballot-budget-rule", "budget", b.budget));
            if b.within_budget {
                text.push(' ');
                text.push_str(&tr.t("ballot-budget-within"));
            }
        }
        Method::Ranked => text.push_str(&tr.t("bot-vote-rank-rule")),
        Method::Points => text.push_str(&tr.t2("ballot-points-rule", "total", b.points_total, "max", b.points_per_option)),
    }
    text
}

/// The selection so far: a running total where the method has one, then what is chosen.
fn status(t: &Turn, v: &BallotView, s: &Selection) -> String {
    let (tr, b) = (t.tr, &v.ballot);
    let option = |p: &u32| v.options.iter().find(|o| o.option.position == *p);
    let title = |p: &u32| option(p).map_or_else(String::new, |o| o.title.clone());
    let mut text = match b.method {
        Method::Approval => tr.t1("bot-vote-picked", "count", s.picks.len()),
        Method::Budget => {
            let spent: u64 = s.picks.iter().filter_map(option).map(|o| o.option.cost).sum();
            tr.t2("bot-vote-budget-left", "left", b.budget.saturating_sub(spent), "budget", b.budget)
        }
        Method::Points => {
            let given: u64 = s.points.iter().sum();
            tr.t2("bot-vote-points-left", "left", b.points_total.saturating_sub(given), "total", b.points_total)
        }
        Method::Ranked => tr.t("bot-vote-order"),
    };
    let chosen: Vec<String> = match b.method {
        Method::Approval => s.picks.iter().map(|p| format!("✓ {}", title(p))).collect(),
        Method::Budget => s.picks.iter().map(|p| format!("✓ {} · {}", title(p), option(p).map_or(0, |o| o.option.cost))).collect(),
        Method::Ranked => s.picks.iter().enumerate().map(|(i, p)| format!("{}. {}", i + 1, title(p))).collect(),
        Method::Points => {
            positions(v).iter().filter(|p| s.points_of(**p) > 0).map(|p| format!("{}: {}", title(p), s.points_of(*p))).collect()
        }
    };
    if chosen.is_empty() {
        text.push('\n');
        text.push_str(&tr.t("bot-vote-nothing"));
    }
    for line in chosen {
        text.push('\n');
        text.push_str(&line);
    }
    text
}

/// The picking keyboard: one row per option showing whether (or how) it is chosen, then
/// continue and cancel. Button data is `vote:<ballot>:<action><option>`.
fn keyboard(t: &Turn, v: &BallotView, s: &Selection) -> Keyboard {
    let id = v.ballot.id;
    let data = |action: &str, p: u32| format!("vote:{id}:{action}{p}");
    let mut rows: Keyboard = Vec::new();
    for o in &v.options {
        let (p, label) = (o.option.position, short(&o.title));
        rows.push(match v.ballot.method {
            Method::Approval => {
                let mark = if s.picks.contains(&p) { "✅" } else { "▫️" };
                vec![Button::data(format!("{mark} {label}"), data("p", p))]
            }
            Method::Budget => {
                let mark = if s.picks.contains(&p) { "✅" } else { "▫️" };
                vec![Button::data(format!("{mark} {label} · {}", o.option.cost), data("p", p))]
            }
            Method::Ranked => match s.picks.iter().position(|x| *x == p) {
                Some(r) => vec![Button::data(format!("{}. {label}", r + 1), data("p", p))],
                None => vec![Button::data(label, data("p", p))],
            },
            Method::Points => vec![
                Button::data("➖", data("r", p)),
                Button::data(format!("{label}: {}", s.points_of(p)), data("a", p)),
                Button::data("➕", data("a", p)),
            ],
        });
    }
    if v.ballot.method == Method::Ranked && !s.picks.is_empty() {
        rows.push(vec![Button::data(t.tr.t("bot-vote-undo"), format!("vote:{id}:u"))]);
    }
    rows.push(vec![
        Button::data(t.tr.t("bot-vote-continue"), format!("vote:{id}:ok")),
        Button::data(t.tr.t("bot-cancel"), format!("vote:{id}:x")),
    ]);
    rows
}

/// Shows the picking screen for `s`, which becomes the step.
fn picking(t: &mut Turn, v: &BallotView, s: Selection, message_id: Option<i32>) {
    let text = format!("{}\n\n{}", intro(t, v), status(t, v, &s));
    let keyboard = keyboard(t, v, &s);
    t.step = s.step(v.ballot.id, false);
    t.replace(message_id, text, keyboard);
}

/// The selection after pressing `action` on option `p`, or `None` when the button does not
/// belong to this ballot's method.
fn apply(method: Method, mut s: Selection, action: &str) -> Option<Selection> {
    if action == "u" && method == Method::Ranked {
        s.picks.pop();
        return Some(s);
    }
    let p: u32 = action.get(1..)?.parse().ok()?;
    match (action.as_bytes().first().copied()?, method) {
        (b'p', Method::Approval | Method::Budget) => {
            match s.picks.iter().position(|x| *x == p) {
                Some(i) => {
                    s.picks.remove(i);
                }
                None => s.picks.push(p),
            }
            s.picks.sort_unstable();
        }
        (b'p', Method::Ranked) if !s.picks.contains(&p) => s.picks.push(p),
        (b'p', Method::Ranked) => {}
        (b'a' | b'r', Method::Points) => {
            let i = p as usize;
            if s.points.len() <= i {
                s.points.resize(i + 1, 0);
            }
            s.points[i] = if action.starts_with('a') { s.points[i].saturating_add(1) } else { s.points[i].saturating_sub(1) };
        }
        _ => return None,
    }
    Some(s)
}

/// A button of the picking or the confirmation screen (`vote:<ballot>:<action>`); one from
/// another ballot's keyboard changes nothing.
pub async fn press(t: &mut Turn, value: &str, ballot: i64, s: Selection, confirming: bool, message_id: Option<i32>) -> Result<()> {
    let Some((id, action)) = value.split_once(':') else { return super::expired(t) };
    if id.parse::<i64>().ok() != Some(ballot) {
        return super::expired(t);
    }
    let Some((m, v)) = load(t, ballot, message_id).await? else { return Ok(()) };
    match (action, confirming) {
        ("x", _) => {
            t.step = State::Idle;
            t.replace(message_id, t.tr.t("bot-vote-cancelled"), Vec::new());
            t.menu("bot-menu-intro");
        }
        ("back", true) => picking(t, &v, s, message_id),
        ("ok", false) => match check(&v, &s) {
            Ok(_) => confirmation(t, &v, s, message_id),
            Err(errors) => t.toast(errors.iter().next().map_or("bot-error", |(_, id)| id)),
        },
        ("cast", true) => return cast_vote(t, &m, &v, s, message_id).await,
        (action, false) => {
            let positions = positions(&v);
            let known = action.get(1..).and_then(|p| p.parse::<u32>().ok()).is_none_or(|p| positions.contains(&p));
            let Some(next) = apply(v.ballot.method, s, action).filter(|_| known) else { return super::expired(t) };
            // Too few is where everyone starts; any other objection refuses this press.
            let refused = check(&v, &next).err().and_then(|e| e.iter().map(|(_, id)| id).find(|id| *id != "vote-too-few-picks"));
            match refused {
                Some(id) => t.toast(id),
                None => picking(t, &v, next, message_id),
            }
        }
        _ => return super::expired(t),
    }
    Ok(())
}

/// The confirmation screen: the choice, then cast, change or cancel.
fn confirmation(t: &mut Turn, v: &BallotView, s: Selection, message_id: Option<i32>) {
    let (tr, id) = (t.tr, v.ballot.id);
    let text = format!("{}\n\n{}\n{}", tr.t("bot-vote-confirm"), v.text.title, status(t, v, &s));
    let keyboard = vec![
        vec![Button::data(tr.t("bot-vote-cast"), format!("vote:{id}:cast"))],
        vec![Button::data(tr.t("bot-vote-change"), format!("vote:{id}:back")), Button::data(tr.t("bot-cancel"), format!("vote:{id}:x"))],
    ];
    t.step = s.step(id, true);
    t.replace(message_id, text, keyboard);
}

/// Casts the vote; where the person has voted and the ballot allows a change, asks for the
/// earlier receipt first, as the portal does.
async fn cast_vote(t: &mut Turn, m: &Municipality, v: &BallotView, s: Selection, message_id: Option<i32>) -> Result<()> {
    if v.ballot.allow_recast && cast::has_voted(&t.state, &t.user, v.ballot.id).await? {
        t.step = State::VoteReceipt { ballot: v.ballot.id, picks: s.picks, points: s.points };
        t.replace(message_id, t.tr.t("bot-vote-ask-receipt"), Vec::new());
        return Ok(());
    }
    let result = cast::cast(&t.state, &t.user, m, v.ballot.id, &s.form(v.ballot.method, &positions(v))).await;
    done(t, v, s, result, message_id)
}

/// The receipt code of the paper to replace, typed in.
pub async fn recast(t: &mut Turn, ballot: i64, s: Selection, code: String) -> Result<()> {
    let Some((m, v)) = load(t, ballot, None).await? else { return Ok(()) };
    let code: String = code.chars().take(64).collect();
    let result = cast::recast(&t.state, &t.user, &m, ballot, &code, &s.form(v.ballot.method, &positions(&v))).await;
    if let Err(AppError::Validation(errors)) = &result
        && let Some(id) = errors.get("receipt")
    {
        // Still waiting for the code: another try, or /cancel.
        t.say(t.tr.t(id), Vec::new());
        return Ok(());
    }
    done(t, &v, s, result, None)
}

/// After `cast` or `recast`: the receipt, once; the selection is gone from the dialogue either
/// way, except that a refused choice goes back to the picking.
fn done(t: &mut Turn, v: &BallotView, s: Selection, result: Result<Receipt>, message_id: Option<i32>) -> Result<()> {
    let tr = t.tr;
    match result {
        Ok(receipt) => {
            t.step = State::Idle;
            let text = [
                tr.t("ballot-receipt-thanks"),
                v.text.title.clone(),
                tr.t1("bot-vote-receipt", "code", &receipt.code),
                tr.t("bot-vote-receipt-explained"),
                tr.t1("bot-vote-receipt-hash", "hash", &receipt.hash),
            ]
            .join("\n\n");
            t.replace(message_id, text, Vec::new());
            Ok(())
        }
        Err(AppError::Validation(errors)) => {
            let why: Vec<String> = errors.iter().map(|(_, id)| tr.t(id)).collect();
            picking(t, v, s, message_id);
            t.say(why.join("\n"), Vec::new());
            Ok(())
        }
        Err(AppError::Conflict(id)) => {
            t.step = State::Idle;
            t.replace(message_id, tr.t(id), Vec::new());
            Ok(())
        }
        Err(e) => Err(e),
    }
}
