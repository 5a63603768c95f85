//! The directory: data that every page reads and that rarely changes — municipalities with
//! their languages and settings, the theme taxonomy, neighbourhoods and the help directory —
//! served from memory.
//!
//! Correct with several servers: triggers bump `directory_version` on every write to those
//! tables (from any code path, server or tool). Each server reloads the whole directory (four
//! small queries) when the version it last loaded is not the current one. It learns the
//! current version from a background check every `CHORUS_DIRECTORY_REFRESH_MS` (default
//! 1000), so a write on one server is seen on the others within about that time; the server
//! that writes reloads at once ([`Directory::invalidate`]). With the setting 0, every read
//! checks the version first (one cheap query), which tests use.

use std::{
    collections::HashMap,
    sync::{
        Arc, RwLock,
        atomic::{AtomicI64, Ordering},
    },
    time::Duration,
};

use crate::{
    db::{self, Db, municipalities::Municipality, referrals::Service, themes::Theme},
    error::Result,
};

/// One loaded version of the directory.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// The `directory_version` it was loaded at.
    pub version: i64,
    /// Municipalities, by name.
    pub municipalities: Vec<Municipality>,
    themes: HashMap<i64, Vec<Theme>>,
    neighbourhoods: HashMap<i64, Vec<(i64, String)>>,
    services: HashMap<i64, Vec<Service>>,
}

impl Snapshot {
    async fn load(db: &Db) -> sqlx::Result<Self> {
        // The version first: a write during the load makes the next check reload again.
        let version = db::municipalities::directory_version(db).await?;
        let mut themes: HashMap<i64, Vec<Theme>> = HashMap::new();
        for (m, t) in db::themes::all(db).await? {
            themes.entry(m).or_default().push(t);
        }
        let mut neighbourhoods: HashMap<i64, Vec<(i64, String)>> = HashMap::new();
        for (m, id, name) in db::themes::all_neighbourhoods(db).await? {
            neighbourhoods.entry(m).or_default().push((id, name));
        }
        let mut services: HashMap<i64, Vec<Service>> = HashMap::new();
        for (m, s) in db::referrals::all(db).await? {
            services.entry(m).or_default().push(s);
        }
        Ok(Self { version, municipalities: db::municipalities::list(db).await?, themes, neighbourhoods, services })
    }

    /// The municipality with this web name.
    pub fn municipality(&self, slug: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.slug == slug)
    }

    /// The municipality with this id.
    pub fn municipality_by_id(&self, id: i64) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.id == id)
    }

    /// Every theme of a municipality, categories first, in taxonomy order.
    pub fn themes(&self, municipality_id: i64) -> &[Theme] {
        self.themes.get(&municipality_id).map_or(&[], Vec::as_slice)
    }

    /// `(id, name)` of a municipality's neighbourhoods, by name.
    pub fn neighbourhoods(&self, municipality_id: i64) -> &[(i64, String)] {
        self.neighbourhoods.get(&municipality_id).map_or(&[], Vec::as_slice)
    }

    /// A municipality's help directory, by name.
    pub fn services(&self, municipality_id: i64) -> &[Service] {
        self.services.get(&municipality_id).map_or(&[], Vec::as_slice)
    }
}

/// The in-memory directory of one server.
pub struct Directory {
    current: RwLock<Arc<Snapshot>>,
    /// The newest version this server knows of (`-1`: reload on the next read).
    newest: AtomicI64,
    reload: tokio::sync::Mutex<()>,
    refresh: Duration,
}

impl Directory {
    /// An empty directory that loads on first use; `refresh` is the background check's period
    /// (zero: check on every read).
    pub fn new(refresh: Duration) -> Self {
        Self {
            current: RwLock::new(Arc::new(Snapshot { version: -1, ..Snapshot::default() })),
            newest: AtomicI64::new(-1),
            reload: tokio::sync::Mutex::new(()),
            refresh,
        }
    }

    fn loaded(&self) -> Arc<Snapshot> {
        self.current.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    /// The directory as it is now (reloaded first when it changed).
    pub async fn get(&self, db: &Db) -> Result<Arc<Snapshot>> {
        if self.refresh.is_zero() {
            self.newest.store(db::municipalities::directory_version(db).await?, Ordering::Relaxed);
        }
        let snapshot = self.loaded();
        let newest = self.newest.load(Ordering::Relaxed);
        if snapshot.version >= 0 && snapshot.version == newest {
            return Ok(snapshot);
        }
        // One reload at a time; readers that waited use its result.
        let _one = self.reload.lock().await;
        let snapshot = self.loaded();
        if snapshot.version >= 0 && snapshot.version == self.newest.load(Ordering::Relaxed) {
            return Ok(snapshot);
        }
        let fresh = Arc::new(Snapshot::load(db).await?);
        // Keep `newest` if it moved on meanwhile; else this load is the newest.
        let _ = self.newest.compare_exchange(newest, fresh.version, Ordering::Relaxed, Ordering::Relaxed);
        *self.current.write().unwrap_or_else(std::sync::PoisonError::into_inner) = fresh.clone();
        Ok(fresh)
    }

    /// Makes the next read reload (this server just wrote).
    pub fn invalidate(&self) {
        self.newest.store(-1, Ordering::Relaxed);
    }

    /// Checks the version now and then, until the returned task is aborted.
    pub fn watch(self: &Arc<Self>, db: Db) -> Option<tokio::task::JoinHandle<()>> {
        let this = self.clone();
        super::cache::every(self.refresh, move || {
            let (this, db) = (this.clone(), db.clone());
            async move {
                match db::municipalities::directory_version(&db).await {
                    // Keep a pending reload (`-1`) for the next read.
                    Ok(v) if this.newest.load(Ordering::Relaxed) != -1 => this.newest.store(v, Ordering::Relaxed),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "could not check the directory version"),
                }
            }
        })
    }
}
