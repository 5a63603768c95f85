//! `FakeTelegram`: a Telegram Bot API server on 127.0.0.1:0 for the bot's tests. It answers in
//! the wire format of teloxide-core 0.13, queues updates for long polling, records every call,
//! serves file downloads and injects faults per chat.
//!
//! ```ignore
//! let fake = FakeTelegram::start().await;
//! let bot = fake.bot(); // or Bot::new(FakeTelegram::TOKEN).set_api_url(fake.api_url().parse()?)
//! fake.push(fake_telegram::text(42, "/start", Some("de")));
//! let reply = fake.wait_for(42, |s| s.text.contains("Willkommen"), Duration::from_secs(5)).await;
//! fake.push(fake_telegram::callback(42, &reply.buttons[0].1, reply.message_id));
//! ```

use std::{
    collections::{HashMap, HashSet, VecDeque},
    net::SocketAddr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicI64, Ordering},
    },
    time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

use axum::{
    Json, Router,
    extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request, State},
    http::{StatusCode, header::CONTENT_TYPE},
    response::{IntoResponse, Response},
    routing::{any, get},
};
use serde_json::{Value, json};
use tokio::sync::Notify;
use tower::ServiceExt as _;

/// One request the fake received, failed attempts included, so tests can count retries.
#[derive(Clone, Debug)]
pub struct Call {
    /// The Bot API method as documented (`sendMessage`, though teloxide sends `SendMessage`),
    /// or `downloadFile` for a `GET /file/...`.
    pub method: String,
    /// The token from the path (`/bot<token>/...`); any token is accepted.
    pub token: String,
    /// The JSON body; for multipart, the text fields (JSON objects and arrays parsed).
    pub body: Value,
    pub at: Instant,
    /// Whether the fake answered with an error (an injected fault, a block, a bad request).
    pub failed: bool,
}

/// What a chat visibly received: a sendMessage, editMessageText or sendDocument that succeeded.
#[derive(Clone, Debug)]
pub struct Sent {
    pub method: String,
    pub message_id: i64,
    /// The text, or a document's caption.
    pub text: String,
    /// `(text, callback_data or url)` of every inline keyboard button, row after row.
    pub buttons: Vec<(String, String)>,
    /// The bytes of a sendDocument's uploaded file.
    pub document: Option<Vec<u8>>,
    pub at: Instant,
}

/// A failure to inject with [`FakeTelegram::fail_next`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// 429 with `parameters.retry_after`: teloxide's `RequestError::RetryAfter`.
    RetryAfter(u32),
    /// 403 "Forbidden: bot was blocked by the user": `RequestError::Api(ApiError::BotBlocked)`.
    Blocked,
    /// The connection is closed without an answer: `RequestError::Network`. Not a real 502,
    /// because on any 5xx teloxide sleeps 10 s before it even reads the body.
    ServerError,
}

/// The fake server; it stops accepting connections when dropped. Methods it does not know
/// (sendChatAction, answerCallbackQuery, deleteMessage, ...) are recorded and answered `true`.
pub struct FakeTelegram {
    shared: Arc<Shared>,
    addr: SocketAddr,
    server: tokio::task::AbortHandle,
}

#[derive(Default)]
struct Shared {
    inner: Mutex<Inner>,
    /// Woken on every push, for long polling.
    updates: Notify,
    /// Woken on every recorded call, for `wait_for` and `wait_calls`.
    calls: Notify,
}

#[derive(Default)]
struct Inner {
    /// `(update_id, update, delivered)`, in push order.
    queue: Vec<(i64, Value, bool)>,
    last_update_id: i64,
    calls: Vec<Call>,
    sent: Vec<(i64, Sent)>,
    /// The current text and buttons of each bot message, by `(chat, message_id)`.
    messages: HashMap<(i64, i64), (String, Buttons)>,
    last_message_id: HashMap<i64, i64>,
    faults: HashMap<i64, VecDeque<Fault>>,
    blocked: HashSet<i64>,
    files: HashMap<String, Vec<u8>>,
    /// setMyCommands' commands by language_code ("" for the default).
    commands: HashMap<String, Value>,
    webhook: String,
}

/// Marks a response whose connection is to be dropped instead (see [`Fault::ServerError`]).
#[derive(Clone)]
struct DropConnection;

/// An error answer: Telegram's error envelope, or no answer at all.
enum Failure {
    Telegram(Value),
    Dropped,
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        match self {
            Failure::Telegram(body) => {
                let status = body["error_code"].as_u64().and_then(|code| StatusCode::from_u16(code as u16).ok());
                (status.unwrap_or(StatusCode::BAD_REQUEST), Json(body)).into_response()
            }
            Failure::Dropped => {
                let mut response = StatusCode::BAD_GATEWAY.into_response();
                response.extensions_mut().insert(DropConnection);
                response
            }
        }
    }
}

/// `(text, callback_data or url)` per button.
type Buttons = Vec<(String, String)>;

impl FakeTelegram {
    /// A token of the usual `<bot id>:<secret>` shape; the bot's user id is its first part.
    pub const TOKEN: &str = "123456:TEST-token";

    /// Starts the server on 127.0.0.1 on a free port.
    pub async fn start() -> Self {
        let shared = Arc::new(Shared::default());
        let router = Router::new()
            .route("/{bot}/{method}", any(method))
            .route("/file/{bot}/{*path}", get(file))
            .layer(DefaultBodyLimit::disable())
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind the fake Telegram");
        let addr = listener.local_addr().expect("local address");
        // Serving with hyper directly rather than axum::serve, so a handler can drop the connection.
        let server = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let router = router.clone();
                let service = hyper::service::service_fn(move |req| {
                    let router = router.clone();
                    async move {
                        let response = router.oneshot(req).await.unwrap_or_else(|never| match never {});
                        match response.extensions().get::<DropConnection>() {
                            Some(_) => Err(std::io::Error::other("injected fault: connection dropped")),
                            None => Ok(response),
                        }
                    }
                });
                let connection = hyper::server::conn::http1::Builder::new().serve_connection(hyper_util::rt::TokioIo::new(stream), service);
                // Its error is an injected drop or a client that went away: nothing to report.
                tokio::spawn(async move { drop(connection.await) });
            }
        });
        Self { shared, addr, server: server.abort_handle() }
    }

    /// The base URL for `Bot::set_api_url`, such as `http://127.0.0.1:PORT`.
    pub fn api_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A teloxide bot with [`Self::TOKEN`] that talks to this fake.
    pub fn bot(&self) -> teloxide::Bot {
        teloxide::Bot::new(Self::TOKEN).set_api_url(self.api_url().parse().expect("api url"))
    }

    /// The username getMe answers with.
    pub fn bot_username() -> &'static str {
        "chorus_test_bot"
    }

    /// Queues an update for getUpdates, numbering it after the last one unless it has an
    /// `update_id` (to redeliver: an undelivered update is served even below the offset).
    pub fn push(&self, update: Value) {
        let mut inner = self.lock();
        let (id, update) = inner.number(update);
        inner.queue.push((id, update, false));
        drop(inner);
        self.shared.updates.notify_waiters();
    }

    /// POSTs an update to a webhook as Telegram does, numbering it like [`Self::push`];
    /// returns the HTTP status.
    pub async fn deliver(&self, webhook_url: &str, secret: Option<&str>, update: Value) -> u16 {
        let (_, update) = self.lock().number(update);
        let mut request = reqwest::Client::new().post(webhook_url).json(&update);
        if let Some(secret) = secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        request.send().await.expect("deliver the update to the webhook").status().as_u16()
    }

    /// Registers a file that getFile describes and `GET /file/bot<token>/<path>` serves.
    pub fn add_file(&self, file_id: &str, bytes: Vec<u8>) {
        self.lock().files.insert(file_id.to_owned(), bytes);
    }

    /// Makes the next `n` sendMessage/editMessageText/sendDocument calls to `chat` fail.
    pub fn fail_next(&self, chat: i64, n: usize, fault: Fault) {
        self.lock().faults.entry(chat).or_default().extend(std::iter::repeat_n(fault, n));
    }

    /// Makes every later call about `chat` answer 403 "bot was blocked by the user".
    pub fn block(&self, chat: i64) {
        self.lock().blocked.insert(chat);
    }

    /// Every call so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// What `chat` received so far, in order (an edit is an entry of its own).
    pub fn sent(&self, chat: i64) -> Vec<Sent> {
        self.lock().sent.iter().filter(|(c, _)| *c == chat).map(|(_, s)| s.clone()).collect()
    }

    /// The first thing `chat` received (so far or within `timeout`) that matches `pred`; panics
    /// listing what the chat did receive if nothing does.
    pub async fn wait_for(&self, chat: i64, pred: impl Fn(&Sent) -> bool, timeout: Duration) -> Sent {
        let found = self.wait(timeout, || self.sent(chat).into_iter().find(|s| pred(s))).await;
        found.unwrap_or_else(|| {
            let inner = self.lock();
            let mut report: Vec<String> = inner.sent.iter().filter(|(c, _)| *c == chat).map(|(_, s)| format!("{s:?}")).collect();
            let failed = inner.calls.iter().filter(|c| c.failed && chat_of(&c.body) == Some(chat)).count();
            report.push(format!("({failed} failed calls for this chat)"));
            panic!("chat {chat} received nothing matching within {timeout:?}; it received:\n  {}", report.join("\n  "))
        })
    }

    /// The calls of `method` once there are at least `n` of them; panics after `timeout`.
    pub async fn wait_calls(&self, method: &str, n: usize, timeout: Duration) -> Vec<Call> {
        let of_method = || self.calls().into_iter().filter(|c| c.method == method).collect::<Vec<_>>();
        match self.wait(timeout, || Some(of_method()).filter(|calls| calls.len() >= n)).await {
            Some(calls) => calls,
            None => {
                let methods: Vec<String> = self.calls().into_iter().map(|c| c.method).collect();
                panic!("{} of {n} {method} calls within {timeout:?}; all calls: {methods:?}", of_method().len())
            }
        }
    }

    /// Polls `check` after each recorded call until it answers or `timeout` passes.
    async fn wait<T>(&self, timeout: Duration, check: impl Fn() -> Option<T>) -> Option<T> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Registered before checking, so a call recorded in between still wakes us.
            let notified = self.shared.calls.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if let Some(found) = check() {
                return Some(found);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return None;
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.shared.inner.lock().unwrap()
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl Inner {
    fn number(&mut self, mut update: Value) -> (i64, Value) {
        let id = update["update_id"].as_i64().unwrap_or(self.last_update_id + 1);
        self.last_update_id = self.last_update_id.max(id);
        update["update_id"] = id.into();
        (id, update)
    }

    /// The result for a method, or the error response; records what a chat receives.
    fn answer(&mut self, method: &str, body: &Value, document: Option<(String, Vec<u8>)>) -> Result<Value, Failure> {
        let chat = chat_of(body);
        if chat.is_some_and(|chat| self.blocked.contains(&chat)) {
            return Err(fault(Fault::Blocked));
        }
        let chat = chat.unwrap_or_default();
        let sends = matches!(method, "sendMessage" | "editMessageText" | "sendDocument");
        if sends && let Some(next) = self.faults.get_mut(&chat).and_then(VecDeque::pop_front) {
            return Err(fault(next));
        }
        Ok(match method {
            "getMe" => {
                let mut me = bot_user();
                for flag in ["can_join_groups", "can_read_all_group_messages", "supports_inline_queries", "has_main_web_app"] {
                    me[flag] = false.into();
                }
                me
            }
            "sendMessage" | "editMessageText" | "sendDocument" => return self.send(method, chat, body, document),
            "editMessageReplyMarkup" => {
                let id = body["message_id"].as_i64().unwrap_or_default();
                let markup = inline_keyboard(body);
                let entry = self.messages.entry((chat, id)).or_default();
                entry.1 = buttons(markup.as_ref());
                message(chat, id, bot_user(), json!({"text": entry.0, "reply_markup": markup, "edit_date": now()}))
            }
            "getFile" => {
                let id = body["file_id"].as_str().unwrap_or_default();
                let Some(bytes) = self.files.get(id) else { return Err(error(400, "Bad Request: invalid file id", None)) };
                json!({"file_id": id, "file_unique_id": format!("u-{id}"), "file_size": bytes.len(), "file_path": format!("voice/{id}.oga")})
            }
            // Keyed by language_code only; the scope is recorded in the call but not told apart.
            "setMyCommands" => {
                self.commands.insert(language(body), body["commands"].clone());
                json!(true)
            }
            "getMyCommands" => self.commands.get(&language(body)).cloned().unwrap_or(json!([])),
            "deleteMyCommands" => {
                self.commands.remove(&language(body));
                json!(true)
            }
            "setWebhook" => {
                self.webhook = body["url"].as_str().unwrap_or_default().to_owned();
                json!(true)
            }
            "deleteWebhook" => {
                self.webhook.clear();
                json!(true)
            }
            // teloxide's polling asks this first and deletes a webhook if there is a URL.
            "getWebhookInfo" => json!({"url": self.webhook, "has_custom_certificate": false, "pending_update_count": self.queue.len()}),
            // answerCallbackQuery, deleteMessage, sendChatAction and the rest.
            _ => json!(true),
        })
    }

    fn send(&mut self, method: &str, chat: i64, body: &Value, document: Option<(String, Vec<u8>)>) -> Result<Value, Failure> {
        let text = body[if method == "sendDocument" { "caption" } else { "text" }].as_str().unwrap_or_default().to_owned();
        // Telegram's limits, counted in UTF-16 code units as Telegram does.
        if method != "sendDocument" && text.trim().is_empty() {
            return Err(error(400, "Bad Request: message text is empty", None));
        }
        let (max, what) = if method == "sendDocument" { (1024, "message caption") } else { (4096, "message") };
        if text.encode_utf16().count() > max {
            return Err(error(400, &format!("Bad Request: {what} is too long"), None));
        }
        let markup = inline_keyboard(body);
        let buttons = buttons(markup.as_ref());
        let mut content = json!({"reply_markup": markup});
        let message_id = if method == "editMessageText" {
            let id = body["message_id"].as_i64().unwrap_or_default();
            if self.messages.get(&(chat, id)) == Some(&(text.clone(), buttons.clone())) {
                let description = "Bad Request: message is not modified: specified new message content and reply markup are \
                                   exactly the same as a current content and reply markup of the message";
                return Err(error(400, description, None));
            }
            content["edit_date"] = now().into();
            id
        } else {
            let last = self.last_message_id.entry(chat).or_default();
            *last += 1;
            *last
        };
        if method == "sendDocument" {
            let file_id = format!("document-{chat}-{message_id}");
            let (name, size) = document.as_ref().map_or((None, 0), |(name, bytes)| (Some(name.as_str()), bytes.len()));
            content["document"] = json!({"file_id": file_id, "file_unique_id": file_id, "file_name": name, "file_size": size});
            content["caption"] = (!text.is_empty()).then(|| text.clone()).into();
        } else {
            content["text"] = text.clone().into();
        }
        self.messages.insert((chat, message_id), (text.clone(), buttons.clone()));
        let document = document.map(|(_, bytes)| bytes);
        self.sent.push((chat, Sent { method: method.to_owned(), message_id, text, buttons, document, at: Instant::now() }));
        Ok(message(chat, message_id, bot_user(), content))
    }
}

/// `POST /bot<token>/<method>`.
async fn method(State(shared): State<Arc<Shared>>, Path((bot, name)): Path<(String, String)>, request: Request) -> Response {
    let (body, document) = read_body(request).await;
    let token = bot.strip_prefix("bot").unwrap_or(&bot).to_owned();
    // teloxide sends `GetMe`, `SendMessage` (its payload type names; Telegram ignores the case):
    // recorded as Telegram documents them, `getMe`, `sendMessage`.
    let name: String = name.char_indices().map(|(i, c)| if i == 0 { c.to_ascii_lowercase() } else { c }).collect();
    let call = Call { method: name.clone(), token, body: body.clone(), at: Instant::now(), failed: false };
    let answer = if name == "getUpdates" {
        record(&shared, call);
        get_updates(&shared, &body).await
    } else {
        let mut inner = shared.inner.lock().unwrap();
        let answer = inner.answer(&name, &body, document);
        inner.calls.push(Call { failed: answer.is_err(), ..call });
        drop(inner);
        shared.calls.notify_waiters();
        answer
    };
    match answer {
        Ok(result) => Json(json!({"ok": true, "result": result})).into_response(),
        Err(failure) => failure.into_response(),
    }
}

/// getUpdates with Telegram's semantics: `offset` confirms (drops) the delivered updates below
/// it, a negative one keeps only the last `-offset`; waits up to `timeout` seconds for one.
async fn get_updates(shared: &Shared, body: &Value) -> Result<Value, Failure> {
    let offset = body["offset"].as_i64().unwrap_or_default();
    let limit = body["limit"].as_u64().unwrap_or(100).clamp(1, 100) as usize;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(body["timeout"].as_u64().unwrap_or_default());
    {
        let queue = &mut shared.inner.lock().unwrap().queue;
        if offset < 0 {
            let forgotten = queue.len().saturating_sub(offset.unsigned_abs() as usize);
            queue.drain(..forgotten);
        } else {
            queue.retain(|(id, _, delivered)| !*delivered || *id >= offset);
        }
    }
    loop {
        let notified = shared.updates.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        let batch: Vec<Value> = {
            let mut inner = shared.inner.lock().unwrap();
            let batch = inner.queue.iter_mut().take(limit).map(|(_, update, delivered)| {
                *delivered = true;
                update.clone()
            });
            batch.collect()
        };
        if !batch.is_empty() || tokio::time::timeout_at(deadline, notified).await.is_err() {
            return Ok(batch.into());
        }
    }
}

/// `GET /file/bot<token>/<file_path>`. teloxide sends the path as one segment (`voice%2F…`).
async fn file(State(shared): State<Arc<Shared>>, Path((bot, path)): Path<(String, String)>) -> Response {
    let token = bot.strip_prefix("bot").unwrap_or(&bot).to_owned();
    let id = path.strip_prefix("voice/").and_then(|p| p.strip_suffix(".oga")).unwrap_or_default();
    let bytes = shared.inner.lock().unwrap().files.get(id).cloned();
    let call = Call { method: "downloadFile".into(), token, body: json!({"file_path": path}), at: Instant::now(), failed: bytes.is_none() };
    record(&shared, call);
    bytes.map_or_else(|| StatusCode::NOT_FOUND.into_response(), IntoResponse::into_response)
}

fn record(shared: &Shared, call: Call) {
    shared.inner.lock().unwrap().calls.push(call);
    shared.calls.notify_waiters();
}

/// The JSON body, or a multipart body's text fields plus the `(file name, bytes)` of the file
/// its `document` field points at (teloxide sends `"document": "attach://<part name>"`).
async fn read_body(request: Request) -> (Value, Option<(String, Vec<u8>)>) {
    let content_type = request.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    if !content_type.starts_with("multipart/") {
        let bytes = axum::body::to_bytes(request.into_body(), usize::MAX).await.unwrap_or_default();
        return (serde_json::from_slice(&bytes).unwrap_or(json!({})), None);
    }
    let mut form = Multipart::from_request(request, &()).await.expect("a multipart body");
    let (mut fields, mut files) = (serde_json::Map::new(), HashMap::new());
    while let Some(field) = form.next_field().await.expect("a multipart field") {
        let name = field.name().unwrap_or_default().to_owned();
        match field.file_name().map(str::to_owned) {
            Some(file_name) => {
                files.insert(name, (file_name, field.bytes().await.expect("file part").to_vec()));
            }
            None => {
                // Structured fields (reply_markup) travel as JSON text.
                let text = field.text().await.expect("text part");
                let value = serde_json::from_str(&text).ok().filter(|v: &Value| v.is_object() || v.is_array());
                fields.insert(name, value.unwrap_or(Value::String(text)));
            }
        }
    }
    let attached = fields.get("document").and_then(Value::as_str).and_then(|d| d.strip_prefix("attach://"));
    let document = attached.and_then(|part| files.remove(part));
    (Value::Object(fields), document)
}

fn fault(fault: Fault) -> Failure {
    match fault {
        Fault::RetryAfter(secs) => error(429, &format!("Too Many Requests: retry after {secs}"), Some(json!({"retry_after": secs}))),
        Fault::Blocked => error(403, "Forbidden: bot was blocked by the user", None),
        Fault::ServerError => Failure::Dropped,
    }
}

/// Telegram's error envelope; teloxide matches the description, not the code.
fn error(code: u16, description: &str, parameters: Option<Value>) -> Failure {
    let mut body = json!({"ok": false, "error_code": code, "description": description});
    if let Some(parameters) = parameters {
        body["parameters"] = parameters;
    }
    Failure::Telegram(body)
}

/// `chat_id` as a number or numeric string (multipart sends every field as text).
fn chat_of(body: &Value) -> Option<i64> {
    body["chat_id"].as_i64().or_else(|| body["chat_id"].as_str()?.parse().ok())
}

fn language(body: &Value) -> String {
    body["language_code"].as_str().unwrap_or_default().to_owned()
}

/// The reply_markup to echo: Telegram's Message (and teloxide's) only carries inline keyboards.
fn inline_keyboard(body: &Value) -> Option<Value> {
    body.get("reply_markup").filter(|markup| markup.get("inline_keyboard").is_some()).cloned()
}

fn buttons(markup: Option<&Value>) -> Buttons {
    let rows = markup.and_then(|m| m["inline_keyboard"].as_array()).into_iter().flatten();
    let button = |b: &Value| {
        let target = b["callback_data"].as_str().or(b["url"].as_str()).unwrap_or_default();
        (b["text"].as_str().unwrap_or_default().to_owned(), target.to_owned())
    };
    rows.filter_map(Value::as_array).flatten().map(button).collect()
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs()
}

/// Message ids (and callback query ids) of the users' side, far from the bot's per-chat ones.
fn next_user_message_id() -> i64 {
    static NEXT: AtomicI64 = AtomicI64::new(1_000_000);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

fn bot_user() -> Value {
    let id: i64 = FakeTelegram::TOKEN.split(':').next().and_then(|id| id.parse().ok()).expect("numeric bot id");
    json!({"id": id, "is_bot": true, "first_name": "Chorus", "username": FakeTelegram::bot_username()})
}

fn user(chat: i64, lang: Option<&str>) -> Value {
    let mut user = json!({"id": chat, "is_bot": false, "first_name": "Test"});
    if let Some(lang) = lang {
        user["language_code"] = lang.into();
    }
    user
}

/// A message in the private chat `chat`; `content` (text, voice, ...) is merged in and its nulls
/// dropped, since teloxide rejects e.g. `"reply_markup": null`. The date must not be 0: teloxide
/// reads a message dated 0 as inaccessible.
fn message(chat: i64, message_id: i64, from: Value, content: Value) -> Value {
    let mut message =
        json!({"message_id": message_id, "from": from, "date": now(), "chat": {"id": chat, "type": "private", "first_name": "Test"}});
    for (key, value) in content.as_object().into_iter().flatten().filter(|(_, v)| !v.is_null()) {
        message[key] = value.clone();
    }
    message
}

fn user_message(chat: i64, lang: Option<&str>, content: Value) -> Value {
    json!({"message": message(chat, next_user_message_id(), user(chat, lang), content)})
}

/// A text message from user `chat` in its private chat; a leading `/command` gets its entity.
pub fn text(chat: i64, text: &str, lang: Option<&str>) -> Value {
    let mut content = json!({"text": text});
    if text.starts_with('/') {
        let length = text.split_whitespace().next().unwrap_or_default().encode_utf16().count();
        content["entities"] = json!([{"type": "bot_command", "offset": 0, "length": length}]);
    }
    user_message(chat, lang, content)
}

/// A press on an inline button with `data` under the bot's message `message_id` in `chat`.
pub fn callback(chat: i64, data: &str, message_id: i64) -> Value {
    let query = json!({
        "id": format!("cbq-{}", next_user_message_id()),
        "from": user(chat, None),
        "message": message(chat, message_id, bot_user(), json!({"text": "(a message with buttons)"})),
        "chat_instance": format!("instance-{chat}"),
        "data": data,
    });
    json!({"callback_query": query})
}

/// A voice message; register its bytes with [`FakeTelegram::add_file`] for getFile to work.
pub fn voice(chat: i64, file_id: &str, duration: u32, file_size: u64) -> Value {
    let voice = json!({"file_id": file_id, "file_unique_id": format!("u-{file_id}"), "duration": duration, "mime_type": "audio/ogg", "file_size": file_size});
    user_message(chat, None, json!({"voice": voice}))
}

/// A sticker message.
pub fn sticker(chat: i64) -> Value {
    let sticker = json!({"file_id": "sticker", "file_unique_id": "u-sticker", "type": "regular", "width": 512, "height": 512,
                         "is_animated": false, "is_video": false, "emoji": "👍", "file_size": 1000});
    user_message(chat, None, json!({"sticker": sticker}))
}

/// A photo message, in two sizes as Telegram sends them.
pub fn photo(chat: i64) -> Value {
    let size = |side: u32| json!({"file_id": format!("photo-{side}"), "file_unique_id": format!("u-photo-{side}"), "width": side, "height": side, "file_size": side * 10});
    user_message(chat, None, json!({"photo": [size(90), size(1280)]}))
}

/// The user's edit of their message `message_id` to `text`.
pub fn edited_text(chat: i64, message_id: i64, text: &str) -> Value {
    json!({"edited_message": message(chat, message_id, user(chat, None), json!({"text": text, "edit_date": now()}))})
}

/// `update` with an explicit `update_id`, for example to deliver a duplicate.
pub fn with_id(mut update: Value, id: i64) -> Value {
    update["update_id"] = id.into();
    update
}

#[cfg(test)]
mod tests {
    use super::*;
    use teloxide::{
        ApiError, RequestError,
        net::Download,
        prelude::*,
        types::{FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, UpdateKind},
    };

    const WAIT: Duration = Duration::from_secs(5);

    #[tokio::test]
    async fn teloxide_sends_and_edits_and_the_fake_records_it() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        let started = Instant::now();
        assert_eq!(bot.get_me().await.unwrap().username(), FakeTelegram::bot_username());
        let keyboard = InlineKeyboardMarkup::new([[
            InlineKeyboardButton::callback("Yes", "vote:1"),
            InlineKeyboardButton::url("Site", "https://example.org/".parse().unwrap()),
        ]]);
        let message = bot.send_message(ChatId(42), "Vote?").reply_markup(keyboard).await.unwrap();
        assert_eq!((message.id.0, message.text()), (1, Some("Vote?")));
        assert_eq!(message.reply_markup().unwrap().inline_keyboard[0][0].text, "Yes");
        let sent = fake.wait_for(42, |s| s.text == "Vote?", WAIT).await;
        assert!(sent.at >= started);
        assert_eq!(sent.buttons, [("Yes".into(), "vote:1".into()), ("Site".into(), "https://example.org/".into())]);

        let edited = bot.edit_message_text(ChatId(42), message.id, "Voted").await.unwrap();
        assert_eq!(edited.text(), Some("Voted"));
        let same = bot.edit_message_text(ChatId(42), message.id, "Voted").await;
        assert!(matches!(same, Err(RequestError::Api(ApiError::MessageNotModified))), "{same:?}");
        assert_eq!(
            fake.sent(42).iter().map(|s| (s.method.as_str(), s.message_id)).collect::<Vec<_>>(),
            [("sendMessage", 1), ("editMessageText", 1)]
        );

        let export =
            bot.send_document(ChatId(42), InputFile::memory(&b"{\"a\":1}"[..]).file_name("export.json")).caption("Export").await.unwrap();
        assert_eq!(export.document().unwrap().file_name.as_deref(), Some("export.json"));
        let sent = fake.wait_for(42, |s| s.method == "sendDocument", WAIT).await;
        assert_eq!((sent.text.as_str(), sent.document.as_deref()), ("Export", Some(&b"{\"a\":1}"[..])));
    }

    #[tokio::test]
    async fn teloxide_parses_the_pushed_updates_and_long_polls() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        for update in [
            text(7, "/start", Some("de")),
            callback(7, "vote:2", 5),
            voice(7, "v1", 3, 2048),
            sticker(7),
            photo(7),
            edited_text(7, 9, "fixed"),
        ] {
            fake.push(update);
        }
        let updates = bot.get_updates().await.unwrap();
        assert!(updates.iter().all(|u| !matches!(u.kind, UpdateKind::Error(_))), "{updates:?}");
        assert_eq!(updates.iter().map(|u| u.id.0).collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6]);
        let UpdateKind::Message(m) = &updates[0].kind else { panic!("{:?}", updates[0]) };
        assert_eq!((m.text(), m.chat.id, m.from.as_ref().unwrap().language_code.as_deref()), (Some("/start"), ChatId(7), Some("de")));
        let UpdateKind::CallbackQuery(q) = &updates[1].kind else { panic!("{:?}", updates[1]) };
        assert_eq!((q.data.as_deref(), q.message.as_ref().unwrap().id().0), (Some("vote:2"), 5));
        let UpdateKind::Message(m) = &updates[2].kind else { panic!("{:?}", updates[2]) };
        assert_eq!(m.voice().unwrap().file.id.0, "v1");
        assert!(matches!(&updates[5].kind, UpdateKind::EditedMessage(m) if m.text() == Some("fixed")));

        // Confirming with the offset drops them; an undelivered duplicate id is still served.
        fake.push(with_id(text(7, "again", None), 3));
        let updates = bot.get_updates().offset(7).await.unwrap();
        assert_eq!(updates.iter().map(|u| u.id.0).collect::<Vec<_>>(), [3]);
        let started = Instant::now();
        let empty = bot.get_updates().offset(7).timeout(1).await.unwrap();
        assert!(empty.is_empty() && started.elapsed() >= Duration::from_millis(900));

        let waiting = tokio::spawn(async move { bot.get_updates().offset(7).timeout(5).await });
        tokio::time::sleep(Duration::from_millis(100)).await;
        let started = Instant::now();
        fake.push(text(7, "late", None));
        let updates = waiting.await.unwrap().unwrap();
        assert_eq!((updates.len(), updates[0].id.0), (1, 7));
        assert!(started.elapsed() < Duration::from_secs(1), "long polling answered late");
    }

    #[tokio::test]
    async fn injected_faults_reach_teloxide_as_its_errors() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        fake.fail_next(5, 1, Fault::RetryAfter(1));
        fake.fail_next(5, 1, Fault::Blocked);
        fake.fail_next(5, 1, Fault::ServerError);
        let retry = bot.send_message(ChatId(5), "a").await;
        assert!(matches!(retry, Err(RequestError::RetryAfter(s)) if s.seconds() == 1), "{retry:?}");
        let blocked = bot.send_message(ChatId(5), "a").await;
        assert!(matches!(blocked, Err(RequestError::Api(ApiError::BotBlocked))), "{blocked:?}");
        let dropped = bot.send_message(ChatId(5), "a").await;
        assert!(matches!(dropped, Err(RequestError::Network(_))), "{dropped:?}");
        bot.send_message(ChatId(5), "a").await.unwrap();
        let calls = fake.wait_calls("sendMessage", 4, WAIT).await;
        assert_eq!(calls.iter().map(|c| c.failed).collect::<Vec<_>>(), [true, true, true, false]);
        assert_eq!(calls[0].token, FakeTelegram::TOKEN);
        assert!(calls[3].at >= calls[0].at);

        fake.block(5);
        for _ in 0..2 {
            assert!(matches!(bot.send_message(ChatId(5), "a").await, Err(RequestError::Api(ApiError::BotBlocked))));
        }
        assert_eq!(fake.sent(5).len(), 1);
    }

    #[tokio::test]
    async fn files_download_and_webhook_delivery() {
        let fake = FakeTelegram::start().await;
        let bot = fake.bot();
        fake.add_file("v1", b"OggS voice".to_vec());
        let file = bot.get_file(FileId("v1".into())).await.unwrap();
        assert_eq!((file.path.as_str(), file.meta.size), ("voice/v1.oga", 10));
        let mut bytes = Vec::new();
        bot.download_file(&file.path, &mut bytes).await.unwrap();
        assert_eq!(bytes, b"OggS voice");
        assert!(matches!(bot.get_file(FileId("nope".into())).await, Err(RequestError::Api(ApiError::FileIdInvalid))));

        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let hook = Router::new().route(
            "/hook",
            axum::routing::post(move |headers: axum::http::HeaderMap, Json(update): Json<Value>| {
                let tx = tx.clone();
                async move {
                    tx.send((headers.get("x-telegram-bot-api-secret-token").map(|v| v.to_str().unwrap().to_owned()), update)).unwrap();
                    StatusCode::OK
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, hook).await });
        assert_eq!(fake.deliver(&url, Some("s3cret"), text(3, "hi", None)).await, 200);
        let (secret, update) = rx.recv().await.unwrap();
        assert_eq!((secret.as_deref(), update["update_id"].as_i64()), (Some("s3cret"), Some(1)));
        // From text: teloxide's Update needs borrowed keys and reads a serde_json::Value as an error.
        let update: teloxide::types::Update = serde_json::from_str(&update.to_string()).unwrap();
        assert!(matches!(update.kind, UpdateKind::Message(m) if m.text() == Some("hi")));
    }
}
