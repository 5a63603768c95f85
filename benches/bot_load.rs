//! Throughput of the Telegram bot against the release binary: a minimal Bot API of our own
//! hands 10,000 updates from 1,000 chats to `chorus serve` (long polling) and times every
//! answer. Each chat goes through a whole dialogue, one update at a time as a person would:
//! /start, language, municipality, /help, /my, /new, topic, title, text, send.
//!
//! Run by `loadtest/bot.sh` (which builds the release binary and passes its path):
//! `cargo bench --bench bot_load -- BINARY [CHATS] [RATE]` (RATE updates a second, arriving
//! steadily; 0 or none: bursts of every chat at once). Prints updates/s, the p50/p99 handling
//! time (from handing an update out to the bot's answer) and the server's peak RSS.

use std::{
    collections::{HashMap, VecDeque},
    process::{Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{Json, Router, extract::Path, extract::State, routing::post};
use serde_json::{Value, json};
use tokio::sync::Notify;

#[derive(Default)]
struct Shared {
    queue: VecDeque<Value>,
    next_id: i64,
    /// update id -> when getUpdates handed it out.
    handed: HashMap<i64, Instant>,
    /// chat -> the update it waits for an answer to, and the button the last answer to it
    /// carries (`None`: any answer is the last).
    waiting: HashMap<i64, (i64, Option<&'static str>)>,
    /// Handling times.
    latencies: Vec<Duration>,
    /// chat -> last message id and its buttons' data.
    last: HashMap<i64, (i64, Vec<String>)>,
    message_ids: i64,
    answered: usize,
}

#[derive(Clone, Default)]
struct Fake {
    shared: Arc<Mutex<Shared>>,
    arrived: Arc<Notify>,
    answered: Arc<Notify>,
}

fn ok(result: Value) -> Json<Value> {
    Json(json!({"ok": true, "result": result}))
}

fn user(id: i64, bot: bool) -> Value {
    json!({"id": id, "is_bot": bot, "first_name": "Load", "username": if bot { "chorus_load_bot" } else { "" }, "language_code": "de"})
}

async fn api(State(fake): State<Fake>, Path((_token, method)): Path<(String, String)>, body: String) -> Json<Value> {
    let body: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    match method.to_ascii_lowercase().as_str() {
        "getme" => ok(json!({"id": 1, "is_bot": true, "first_name": "Chorus", "username": "chorus_load_bot", "can_join_groups": false,
                           "can_read_all_group_messages": false, "supports_inline_queries": false,
                           "can_connect_to_business": false, "has_main_web_app": false})),
        "getwebhookinfo" => ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0})),
        "getupdates" => {
            let offset = body["offset"].as_i64().unwrap_or(0);
            let deadline = Instant::now() + Duration::from_secs(body["timeout"].as_u64().unwrap_or(0).min(25));
            loop {
                let notified = fake.arrived.notified();
                {
                    let mut s = fake.shared.lock().expect("lock");
                    while s.queue.front().is_some_and(|u| u["update_id"].as_i64().unwrap_or(0) < offset) {
                        s.queue.pop_front();
                    }
                    let batch: Vec<Value> = s.queue.iter().take(100).cloned().collect();
                    if !batch.is_empty() || Instant::now() >= deadline {
                        let now = Instant::now();
                        for u in &batch {
                            let id = u["update_id"].as_i64().unwrap_or(0);
                            s.handed.entry(id).or_insert(now);
                        }
                        return ok(Value::Array(batch));
                    }
                }
                let _ = tokio::time::timeout(deadline.saturating_duration_since(Instant::now()), notified).await;
            }
        }
        "sendmessage" | "editmessagetext" => {
            let chat = body["chat_id"].as_i64().unwrap_or(0);
            let buttons: Vec<String> = body["reply_markup"]["inline_keyboard"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|row| row.as_array().cloned().unwrap_or_default())
                .filter_map(|b| b["callback_data"].as_str().map(str::to_string))
                .collect();
            let mut s = fake.shared.lock().expect("lock");
            s.message_ids += 1;
            let message_id = body["message_id"].as_i64().unwrap_or(s.message_ids);
            let last_answer = s.waiting.get(&chat).is_some_and(|(_, want)| want.is_none_or(|w| buttons.iter().any(|b| b.starts_with(w))));
            if last_answer && let Some((update, _)) = s.waiting.remove(&chat) {
                if let Some(at) = s.handed.get(&update) {
                    let took = at.elapsed();
                    s.latencies.push(took);
                }
                s.answered += 1;
                fake.answered.notify_waiters();
            }
            if !buttons.is_empty() {
                s.last.insert(chat, (message_id, buttons));
            }
            let text = body["text"].clone();
            ok(json!({"message_id": message_id, "date": 1_700_000_000, "chat": {"id": chat, "type": "private", "first_name": "Load"},
                      "from": user(1, true), "text": text}))
        }
        _ => ok(Value::Bool(true)),
    }
}

fn text(id: i64, chat: i64, text: &str) -> Value {
    json!({"update_id": id, "message": {"message_id": id, "date": 1_700_000_000, "chat": {"id": chat, "type": "private", "first_name": "Load"},
           "from": user(chat, false), "text": text}})
}

fn press(id: i64, chat: i64, message_id: i64, data: &str) -> Value {
    json!({"update_id": id, "callback_query": {"id": format!("q{id}"), "from": user(chat, false), "chat_instance": "c", "data": data,
           "message": {"message_id": message_id, "date": 1_700_000_000, "chat": {"id": chat, "type": "private", "first_name": "Load"},
                       "from": user(1, true), "text": "..."}}})
}

/// The `step`th update of a chat's dialogue, given the buttons it was last shown.
fn step(step: usize, id: i64, chat: i64, last: Option<&(i64, Vec<String>)>) -> Value {
    let button = |prefix: &str| {
        last.and_then(|(m, b)| b.iter().find(|d| d.starts_with(prefix)).map(|d| (*m, d.clone()))).unwrap_or((0, format!("{prefix}0")))
    };
    match step {
        0 => text(id, chat, "/start"),
        1 => {
            let (m, _) = button("lang:");
            press(id, chat, m, "lang:de")
        }
        2 => {
            let (m, d) = button("mun:");
            press(id, chat, m, &d)
        }
        3 => text(id, chat, "/help"),
        4 => text(id, chat, "/my"),
        5 => text(id, chat, "/new"),
        6 => {
            let (m, d) = button("theme:");
            press(id, chat, m, &d)
        }
        7 => text(id, chat, &format!("Mehr Abendkurse Deutsch {chat}")),
        8 => text(id, chat, "Viele arbeiten tagsüber und brauchen deshalb Deutschkurse am Abend in der Bibliothek."),
        _ => {
            let (m, _) = button("issue:post");
            press(id, chat, m, "issue:post")
        }
    }
}

/// The button the last answer to step `step` carries (`None`: a single answer).
fn last_answer(step: usize) -> Option<&'static str> {
    match step {
        0 => Some("lang:"),
        1 => Some("mun:"),
        2 | 9 => Some("menu:"),
        5 => Some("theme:"),
        8 => Some("issue:post"),
        _ => None,
    }
}

/// Waits until every update pushed was answered (two minutes at most).
async fn wait_all(fake: &Fake) {
    let start = Instant::now();
    loop {
        let notified = fake.answered.notified();
        if fake.shared.lock().expect("lock").waiting.is_empty() || start.elapsed() > Duration::from_secs(120) {
            return;
        }
        let _ = tokio::time::timeout(Duration::from_millis(50), notified).await;
    }
}

/// A memory figure of a process from /proc (`VmRSS:` now, `VmHWM:` the peak), in KiB.
fn rss_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status.lines().find(|l| l.starts_with(field)).and_then(|l| l.split_whitespace().nth(1)).and_then(|n| n.parse().ok()).unwrap_or(0)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let Some(binary) = args.first().cloned() else {
        eprintln!("usage: cargo bench --bench bot_load -- BINARY [CHATS] (see loadtest/bot.sh)");
        return;
    };
    let chats: i64 = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1000);
    // Updates a second (0: bursts, every chat at once).
    let rate: u32 = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(0);
    let fake = Fake::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let api_url = format!("http://{}", listener.local_addr().expect("addr"));
    let app = Router::new().route("/{token}/{method}", post(api)).with_state(fake.clone());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let mut server = Command::new(&binary)
        .args(["serve", "--demo", "--bind", "127.0.0.1:0"])
        .env("TELOXIDE_TOKEN", "1:load-test")
        .env("TELOXIDE_API_URL", &api_url)
        .env("CHORUS_LOG", "warn")
        // Each chat posts one issue; the pace limit is not what is measured here.
        .env("CHORUS_POSTS_PER_ACCOUNT_PER_HOUR", "1000")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start chorus");
    // Whatever happens below, the server does not outlive the run.
    struct Kill(u32);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = Command::new("kill").arg(self.0.to_string()).stderr(Stdio::null()).status();
        }
    }
    let _kill = Kill(server.id());
    // A probe from a chat outside the run, answered once the bot polls.
    {
        let mut sh = fake.shared.lock().expect("lock");
        sh.next_id = 1;
        sh.queue.push_back(text(0, 1, "/help"));
        sh.waiting.insert(1, (0, None));
    }
    let started = Instant::now();
    while fake.shared.lock().expect("lock").waiting.contains_key(&1) {
        assert!(started.elapsed() < Duration::from_secs(180), "the bot never answered");
        fake.arrived.notify_waiters();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    fake.shared.lock().expect("lock").latencies.clear();

    let steps = 10;
    let baseline = rss_kib(server.id(), "VmRSS:");
    let begin = Instant::now();
    if rate == 0 {
        // Bursts: every chat's next update at once, then wait for all the answers.
        for s in 0..steps {
            {
                let mut sh = fake.shared.lock().expect("lock");
                for chat in 1000..1000 + chats {
                    let id = sh.next_id;
                    sh.next_id += 1;
                    let update = step(s, id, chat, sh.last.get(&chat));
                    sh.waiting.insert(chat, (id, last_answer(s)));
                    sh.queue.push_back(update);
                }
            }
            fake.arrived.notify_waiters();
            wait_all(&fake).await;
        }
    } else {
        // A steady arrival of `rate` updates a second, each chat sending its next update once
        // the previous one was answered (as people do).
        let mut next_step: HashMap<i64, usize> = (1000..1000 + chats).map(|c| (c, 0)).collect();
        // Ticks of 10 ms (the timer's resolution makes finer ones late), rate/100 each.
        let mut every = tokio::time::interval(Duration::from_millis(10));
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
        let mut cursor = 0i64;
        let mut sent = 0;
        let mut due = 0.0;
        while sent < chats as usize * steps {
            every.tick().await;
            due += f64::from(rate) / 100.0;
            let mut sh = fake.shared.lock().expect("lock");
            while due >= 1.0 && sent < chats as usize * steps {
                due -= 1.0;
                for _ in 0..chats {
                    let chat = 1000 + cursor % chats;
                    cursor += 1;
                    let s = next_step[&chat];
                    if s < steps && !sh.waiting.contains_key(&chat) {
                        let id = sh.next_id;
                        sh.next_id += 1;
                        let update = step(s, id, chat, sh.last.get(&chat));
                        sh.waiting.insert(chat, (id, last_answer(s)));
                        sh.queue.push_back(update);
                        next_step.insert(chat, s + 1);
                        sent += 1;
                        break;
                    }
                }
            }
            drop(sh);
            fake.arrived.notify_waiters();
        }
        wait_all(&fake).await;
    }
    let total = begin.elapsed();
    let pid = server.id();
    let rss = rss_kib(pid, "VmHWM:");
    let _ = server.kill();
    let _ = server.wait();
    let s = fake.shared.lock().expect("lock");
    let mut lat = s.latencies.clone();
    lat.sort();
    let pct = |p: f64| lat.get(((lat.len() as f64 * p) as usize).min(lat.len().saturating_sub(1))).copied().unwrap_or_default();
    let updates = chats * steps as i64;
    println!(
        "bot ({}): {updates} updates from {chats} chats in {:.2} s: {:.0} updates/s, handling p50 {:.1} ms, p99 {:.1} ms ({} answered), RSS {:.1} MB before, peak {:.1} MB",
        if rate == 0 { "bursts".to_string() } else { format!("{rate} a second") },
        total.as_secs_f64(),
        updates as f64 / total.as_secs_f64(),
        pct(0.5).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0,
        lat.len(),
        baseline as f64 / 1024.0,
        rss as f64 / 1024.0,
    );
}
