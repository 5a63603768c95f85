//! Data from memory, per server, for as long as what it shows is unchanged: pages of
//! listings, and the public part of issue pages.
//!
//! `content_version` moves with every write to issues, their tags, translations, comments and
//! official answers (triggers, whoever writes). An entry is good while it carries the newest
//! version this server knows *and* the pool's write generation has not moved since it was
//! checked: a write on this server moves the generation, so the next read checks the version
//! (one cheap query) at once. Writes on other servers are learnt by a background check every
//! `CHORUS_DIRECTORY_REFRESH_MS`, as for the directory (zero: check on every read). Only data
//! is kept — never a rendered page — so nothing personal (a CSRF token, a name, a person's
//! own unpublished comment) is ever served to someone else.

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicI64, Ordering},
    },
    time::Duration,
};

use crate::{db::Db, error::Result};

/// What this server knows of `content_version`.
pub struct ContentVersion {
    newest: AtomicI64,
    refresh: Duration,
}

async fn read_version(db: &Db) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT version FROM content_version WHERE id = 1").fetch_one(db).await
}

impl ContentVersion {
    /// Checked in the background every `refresh` (zero: on every read).
    pub fn new(refresh: Duration) -> Arc<Self> {
        Arc::new(Self { newest: AtomicI64::new(-1), refresh })
    }

    /// Reads the version now (and remembers it).
    async fn check(&self, db: &Db) -> sqlx::Result<i64> {
        let v = read_version(db).await?;
        self.newest.store(v, Ordering::Relaxed);
        Ok(v)
    }

    /// Checks the version now and then (writes on other servers), until the task is aborted.
    pub fn watch(self: &Arc<Self>, db: Db) -> Option<tokio::task::JoinHandle<()>> {
        let this = self.clone();
        every(self.refresh, move || {
            let (this, db) = (this.clone(), db.clone());
            async move {
                if let Err(e) = this.check(&db).await {
                    tracing::warn!(error = %e, "could not check the content version");
                }
            }
        })
    }
}

/// Runs `tick` every `period` (never when it is zero), until the returned task is aborted.
pub(crate) fn every<F, Fut>(period: Duration, mut tick: F) -> Option<tokio::task::JoinHandle<()>>
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send,
{
    if period.is_zero() {
        return None;
    }
    Some(tokio::spawn(async move {
        let mut interval = tokio::time::interval(period);
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            interval.tick().await;
            tick().await;
        }
    }))
}

struct Entry<V> {
    version: i64,
    generation: u64,
    value: Arc<V>,
}

/// A cache of values that follow `content_version`.
pub struct Cache<V> {
    entries: Mutex<HashMap<String, Entry<V>>>,
    version: Arc<ContentVersion>,
    capacity: usize,
}

impl<V> Cache<V> {
    /// An empty cache following `version`, of at most `capacity` entries (beyond, it starts
    /// afresh: memory stays bounded whatever searches people type).
    pub fn new(version: Arc<ContentVersion>, capacity: usize) -> Self {
        Self { entries: Mutex::default(), version, capacity }
    }

    /// The value for `key`: from memory while nothing it shows changed, else from `load`.
    pub async fn get<F: Future<Output = Result<V>>>(&self, db: &Db, key: String, load: impl FnOnce() -> F) -> Result<Arc<V>> {
        let generation = db.generation();
        let known = self.version.newest.load(Ordering::Relaxed);
        if !self.version.refresh.is_zero() {
            let entries = self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some(e) = entries.get(&key).filter(|e| e.version == known && e.generation == generation) {
                return Ok(e.value.clone());
            }
        }
        // The version first, then the data: data newer than its version at worst loads again.
        let newest = self.version.check(db).await?;
        {
            let mut entries = self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some(e) = entries.get_mut(&key).filter(|e| e.version == newest) {
                e.generation = generation;
                return Ok(e.value.clone());
            }
        }
        let value = Arc::new(load().await?);
        let mut entries = self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if entries.len() >= self.capacity {
            entries.clear();
        }
        entries.insert(key, Entry { version: newest, generation, value: value.clone() });
        Ok(value)
    }
}
