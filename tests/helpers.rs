//! `TestApp`: the real router served on 127.0.0.1:0 over a fresh database, driven over HTTP by
//! a cookie-keeping client, like a browser without JavaScript.

use std::{
    net::SocketAddr,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
};

use chorus::{config::Config, state::AppState};
use reqwest::{StatusCode, cookie::CookieStore as _, redirect::Policy};
use sqlx::Connection as _;

/// Which database a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

/// Runs each named scenario `async fn name(app: TestApp)` once on SQLite and once on
/// PostgreSQL, as `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                if let Some(app) = $crate::helpers::TestApp::spawn($crate::helpers::Db::Sqlite).await {
                    super::$name(app).await;
                }
            }
            #[tokio::test]
            async fn postgres() {
                if let Some(app) = $crate::helpers::TestApp::spawn($crate::helpers::Db::Postgres).await {
                    super::$name(app).await;
                }
            }
        }
    )*};
}

/// Like [`on_both_databases!`], with extra settings for the app: `[("NAME", "value"), …]`.
#[macro_export]
macro_rules! on_both_databases_with {
    ($settings:expr; $($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                if let Some(app) = $crate::helpers::TestApp::spawn_with($crate::helpers::Db::Sqlite, &$settings).await {
                    super::$name(app).await;
                }
            }
            #[tokio::test]
            async fn postgres() {
                if let Some(app) = $crate::helpers::TestApp::spawn_with($crate::helpers::Db::Postgres, &$settings).await {
                    super::$name(app).await;
                }
            }
        }
    )*};
}

/// A page as a browser received it.
#[derive(Debug)]
pub struct Page {
    pub status: StatusCode,
    pub url: String,
    pub body: String,
    pub headers: reqwest::header::HeaderMap,
}

impl Page {
    /// The body as a reader sees it: without the invisible bidi isolation marks Fluent puts
    /// around placeables.
    pub fn text(&self) -> String {
        self.body.replace(['\u{2068}', '\u{2069}'], "")
    }
    /// Asserts the page contains `text`, showing the page when it does not.
    #[track_caller]
    pub fn assert_contains(&self, text: &str) -> &Self {
        assert!(self.text().contains(text), "expected {text:?} on {} ({}):\n{}", self.url, self.status, self.body);
        self
    }
    /// Asserts the page does not contain `text`.
    #[track_caller]
    pub fn assert_lacks(&self, text: &str) -> &Self {
        assert!(!self.text().contains(text), "did not expect {text:?} on {} ({}):\n{}", self.url, self.status, self.body);
        self
    }
    /// The `value` of the input named `name` (first match).
    pub fn input_value(&self, name: &str) -> Option<String> {
        let at = self.body.find(&format!("name=\"{name}\""))?;
        let tag_start = self.body[..at].rfind('<')?;
        let tag_end = at + self.body[at..].find('>')?;
        let tag = &self.body[tag_start..tag_end];
        let v = tag.find("value=\"")? + 7;
        Some(tag[v..v + tag[v..].find('"')?].to_string())
    }
    /// The text of the element with `id` (up to the next `<`).
    pub fn text_of(&self, id: &str) -> Option<String> {
        let at = self.body.find(&format!("id=\"{id}\""))?;
        let start = at + self.body[at..].find('>')? + 1;
        Some(self.body[start..start + self.body[start..].find('<')?].trim().to_string())
    }
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// The running app, its clients and its database.
pub struct TestApp {
    pub addr: SocketAddr,
    pub state: AppState,
    /// Follows redirects, like a browser.
    pub browser: reqwest::Client,
    /// Does not follow redirects (to check where they go).
    pub raw: reqwest::Client,
    pub jar: Arc<reqwest::cookie::Jar>,
    _db: Arc<FreshDb>,
}

/// Drops a PostgreSQL test database when the test ends (even when it fails).
struct DbGuard(Option<(String, String)>);

impl Drop for DbGuard {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = self.0.take() {
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                rt.block_on(async {
                    if let Ok(mut c) = sqlx::PgConnection::connect(&admin_url).await {
                        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut c).await;
                    }
                });
            })
            .join();
        }
    }
}

/// The PostgreSQL server URL for tests, or `None` to skip (never in CI).
fn postgres_url() -> Option<String> {
    match std::env::var("CHORUS_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => panic!("CHORUS_TEST_POSTGRES_URL must be set in CI"),
        _ => None,
    }
}

fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let head = &base[..base.rfind('/').filter(|&i| i > "postgres://".len()).unwrap_or(base.len())];
    match query {
        Some(q) => format!("{head}/{name}?{q}"),
        None => format!("{head}/{name}"),
    }
}

/// Creates a fresh PostgreSQL database; also drops ones left by earlier, crashed runs.
async fn fresh_postgres(server: &str) -> (String, DbGuard) {
    static CLEANED: AtomicBool = AtomicBool::new(false);
    let mut admin = sqlx::PgConnection::connect(server)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to PostgreSQL at CHORUS_TEST_POSTGRES_URL: {e}"));
    let pid = std::process::id();
    if !CLEANED.swap(true, Ordering::SeqCst) {
        let names: Vec<String> = sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE 'chorus_test_%'")
            .fetch_all(&mut admin)
            .await
            .unwrap_or_default();
        // Only those of test processes that are gone: another checkout's run on the same
        // server (`chorus_test_<pid>_<n>`) keeps its databases.
        let running = |n: &str| {
            let owner = n.strip_prefix("chorus_test_").and_then(|rest| rest.split('_').next()).unwrap_or_default();
            owner == pid.to_string() || (!owner.is_empty() && std::path::Path::new(&format!("/proc/{owner}")).exists())
        };
        for n in names.iter().filter(|n| !running(n)) {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {n} WITH (FORCE)")).execute(&mut admin).await;
        }
    }
    let name = format!("chorus_test_{pid}_{}", NEXT.fetch_add(1, Ordering::SeqCst));
    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.expect("create test database");
    (with_database(server, &name), DbGuard(Some((server.to_string(), name))))
}

/// A fresh, empty database (a SQLite file or a PostgreSQL database) that lives as long as the
/// handle; `None` when PostgreSQL is not available outside CI.
pub struct FreshDb {
    pub url: String,
    _guard: DbGuard,
    _dir: Option<tempfile::TempDir>,
}

impl FreshDb {
    pub async fn new(db: Db) -> Option<Self> {
        Some(match db {
            Db::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                Self { url: format!("sqlite://{}/chorus.db", dir.path().display()), _guard: DbGuard(None), _dir: Some(dir) }
            }
            Db::Postgres => {
                let (url, guard) = fresh_postgres(&postgres_url()?).await;
                Self { url, _guard: guard, _dir: None }
            }
        })
    }
}

impl TestApp {
    /// A fresh app with the default configuration, or `None` when PostgreSQL is not available
    /// outside CI.
    pub async fn spawn(db: Db) -> Option<Self> {
        Self::spawn_with(db, &[]).await
    }

    /// A fresh app with extra settings (environment variable names and values).
    pub async fn spawn_with(db: Db, settings: &[(&str, &str)]) -> Option<Self> {
        let fresh = Arc::new(FreshDb::new(db).await?);
        Some(Self::serve(fresh, settings).await)
    }

    /// A second server on the same database (as behind a load balancer), with its own
    /// settings and its own browser.
    pub async fn another_server(&self, settings: &[(&str, &str)]) -> Self {
        Self::serve(self._db.clone(), settings).await
    }

    async fn serve(fresh: Arc<FreshDb>, settings: &[(&str, &str)]) -> Self {
        let mut env: Vec<(String, String)> = vec![
            ("DATABASE_URL".into(), fresh.url.clone()),
            ("CHORUS_DB_MAX_CONNECTIONS".into(), "4".into()),
            ("CHORUS_LOGIN_PER_CLIENT_PER_MINUTE".into(), "1000".into()),
            ("CHORUS_REGISTER_PER_CLIENT_PER_HOUR".into(), "1000".into()),
            // Tests write municipalities and themes straight to the database: check on every read.
            ("CHORUS_DIRECTORY_REFRESH_MS".into(), "0".into()),
        ];
        env.extend(settings.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        let config = Config::from_sources(None, |k| env.iter().rev().find(|(n, _)| n == k).map(|(_, v)| v.clone())).expect("test config");
        let state = AppState::connect(config).await.expect("connect test database");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        tokio::spawn(chorus::app::serve(state.clone(), listener, std::future::pending()));
        let jar = Arc::new(reqwest::cookie::Jar::default());
        let browser = reqwest::Client::builder().cookie_provider(jar.clone()).build().expect("client");
        let raw = reqwest::Client::builder().cookie_provider(jar.clone()).redirect(Policy::none()).build().expect("client");
        Self { addr, state, browser, raw, jar, _db: fresh }
    }

    /// Absolute URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// The value of a cookie the client holds.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let url = self.url("/").parse().expect("url");
        let header = self.jar.cookies(&url)?;
        header.to_str().ok()?.split(';').filter_map(|p| p.trim().split_once('=')).find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    /// Forgets all cookies (a new browser), keeping the same server.
    pub fn new_browser(&mut self) {
        self.use_jar(Arc::new(reqwest::cookie::Jar::default()));
    }

    /// Continues as the person whose cookies are in `jar` (saved earlier from `self.jar`).
    pub fn use_jar(&mut self, jar: Arc<reqwest::cookie::Jar>) {
        self.jar = jar;
        self.browser = reqwest::Client::builder().cookie_provider(self.jar.clone()).build().expect("client");
        self.raw = reqwest::Client::builder().cookie_provider(self.jar.clone()).redirect(Policy::none()).build().expect("client");
    }

    async fn page(resp: reqwest::Response) -> Page {
        let status = resp.status();
        let url = resp.url().to_string();
        let headers = resp.headers().clone();
        let body = resp.text().await.unwrap_or_default();
        Page { status, url, body, headers }
    }

    /// GET, following redirects.
    pub async fn get(&self, path: &str) -> Page {
        Self::page(self.browser.get(self.url(path)).send().await.expect("GET")).await
    }

    /// GET with extra headers, following redirects.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Page {
        let mut req = self.browser.get(self.url(path));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        Self::page(req.send().await.expect("GET")).await
    }

    /// GET without following redirects.
    pub async fn get_raw(&self, path: &str) -> Page {
        Self::page(self.raw.get(self.url(path)).send().await.expect("GET")).await
    }

    /// The CSRF token the pages of this browser carry: bound to its nonce cookie and, when
    /// signed in, its session (what the forms' hidden field holds).
    pub async fn csrf_token(&self) -> String {
        if self.cookie("chorus_csrf").is_none() {
            self.get("/").await;
        }
        let nonce = self.cookie("chorus_csrf").expect("a CSRF cookie after visiting a page");
        let session = self.cookie("chorus_session");
        chorus::web::context::csrf_token(&self.state.keys, &nonce, session.as_deref())
    }

    /// Submits a form as a browser would (with the page's CSRF token), following redirects.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf_token().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        Self::page(self.browser.post(self.url(path)).form(&all).send().await.expect("POST")).await
    }

    /// Submits a form with the CSRF token, without following redirects.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf_token().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        Self::page(self.raw.post(self.url(path)).form(&all).send().await.expect("POST")).await
    }

    /// Uploads a file in a `multipart/form-data` form (with the CSRF token), following
    /// redirects.
    pub async fn post_file(&self, path: &str, field: &str, name: &str, bytes: Vec<u8>) -> Page {
        let token = self.csrf_token().await;
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
        let form = reqwest::multipart::Form::new().text("csrf_token", token).part(field.to_string(), part);
        Self::page(self.browser.post(self.url(path)).multipart(form).send().await.expect("POST")).await
    }

    /// Submits a form exactly as given (no CSRF token added).
    pub async fn post_without_token(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        Self::page(self.raw.post(self.url(path)).form(fields).send().await.expect("POST")).await
    }

    /// Registers an account through the form and returns the recovery code shown.
    pub async fn register(&self, username: &str, password: &str) -> String {
        let page = self
            .post("/register", &[("username", username), ("password", password), ("password_confirm", password), ("language", "en")])
            .await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        page.text_of("recovery-code").expect("the recovery code is shown")
    }

    /// Signs in through the login form.
    pub async fn login(&self, username: &str, password: &str) -> Page {
        self.post("/login", &[("username", username), ("password", password)]).await
    }

    /// Signs out through the sign-out button.
    pub async fn logout(&self) -> Page {
        self.post("/logout", &[]).await
    }

    /// Creates an admin directly in the core (as `chorus create-admin` does) with `password`.
    pub async fn create_admin(&self, username: &str, password: &str) {
        let one_time = chorus::services::demo::create_admin(&self.state, username).await.expect("create admin").expect("new admin");
        self.login(username, &one_time.password).await;
        let page = self
            .post("/account/password", &[("current_password", &one_time.password), ("password", password), ("password_confirm", password)])
            .await;
        page.assert_contains("id=\"main\"");
        self.logout().await;
    }

    /// Creates a municipality through the core.
    pub async fn create_municipality(&self, slug: &str, languages: &[&str], default_language: &str) -> i64 {
        use chorus::domain::municipality::{DeletedContentPolicy, ModerationMode, MunicipalityInput};
        let input = MunicipalityInput {
            name: slug.replace('-', " "),
            slug: slug.into(),
            languages: languages.iter().map(|s| s.to_string()).collect(),
            default_language: default_language.into(),
            moderation_mode: ModerationMode::Pre,
            deleted_account_content: DeletedContentPolicy::Anonymize,
        };
        let mut conn = self.state.db.acquire().await.expect("connection");
        chorus::db::municipalities::insert(&mut conn, &input).await.expect("insert").expect("new slug")
    }

    /// The id of an account.
    pub async fn user_id(&self, username: &str) -> i64 {
        chorus::db::users::by_key(&self.state.db, &chorus::domain::username::key_of(username))
            .await
            .expect("query")
            .expect("user exists")
            .id
    }

    /// Grants a role directly in the core.
    pub async fn grant(&self, username: &str, municipality_id: i64, role: chorus::domain::role::Role) {
        let id = self.user_id(username).await;
        chorus::db::roles::grant(&self.state.db, id, municipality_id, role, None).await.expect("grant");
    }

    /// Makes an account established (old enough, with a public issue of its own), so that
    /// its reports count towards hiding a text.
    pub async fn establish(&self, username: &str) {
        let id = self.user_id(username).await;
        sqlx::query("UPDATE users SET created_at = created_at - 30 * 86400 WHERE id = $1")
            .bind(id)
            .execute(&self.state.db)
            .await
            .expect("age");
        let (m, theme): (i64, i64) = sqlx::query_as("SELECT municipality_id, id FROM themes WHERE kind = 'category' ORDER BY id LIMIT 1")
            .fetch_one(&self.state.db)
            .await
            .expect("a theme");
        let issue = chorus::db::issues::NewIssue {
            municipality_id: m,
            author_id: id,
            anonymous: false,
            title: "An earlier issue of mine",
            body: "Something I raised a while ago, published long since.",
            lang: "en",
            theme_id: theme,
            tag_ids: &[],
            neighbourhood_id: None,
            status: "published",
        };
        chorus::db::issues::insert(&mut self.state.db.acquire().await.expect("connection"), &issue).await.expect("issue");
    }

    /// Runs a scalar count query.
    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sql).fetch_one(&self.state.db).await.expect("count")
    }
}
