//! "You said, we did" from memory: a page of forwarded points with their answers, progress
//! and sources, in the reader's language, kept per server until anything it shows changes
//! (see `services::cache`). A page not in memory takes three queries: the content version,
//! the points (with the translations of their texts and answers), and their progress
//! (with its translations) and sources together.

use std::sync::Arc;

use super::super::cache::{Cache, ContentVersion};
use crate::{
    db::{
        self, Db,
        said_did::{Details, Filter, PublicPoint},
    },
    error::Result,
};

/// Points per page.
pub const PAGE: i64 = 50;
/// The last page anyone may ask for (so the cache's keys stay bounded).
pub const LAST_PAGE: i64 = 1000;

/// One cached page.
#[derive(Debug)]
pub struct Page {
    /// The points, in order.
    pub points: Vec<PublicPoint>,
    /// Their progress and sources.
    pub details: Details,
    /// Whether another page follows.
    pub more: bool,
}

impl Page {
    /// The progress reports of a point, oldest first.
    pub fn progress_of(&self, point_id: i64) -> impl Iterator<Item = &(db::official::Progress, Option<db::translations::Translation>)> {
        self.details.progress.iter().filter(move |(p, _)| p.point_id == point_id)
    }

    /// The sources of a point.
    pub fn sources_of(&self, point_id: i64) -> impl Iterator<Item = &db::said_did::Source> {
        self.details.sources.iter().filter(move |s| s.point_id == point_id)
    }
}

/// The cache of one server.
pub struct Pages(Cache<Page>);

impl Pages {
    /// An empty cache following `version`.
    pub fn new(version: Arc<ContentVersion>) -> Self {
        // A page of 50 points with their answers and progress is some 100 KB: at most about
        // 50 MB for every language, filter and page people ask for at once.
        Self(Cache::new(version, 512))
    }

    /// Page `page` (from 1) of a municipality's points narrowed by `filter`, in `lang`.
    pub async fn get(&self, db: &Db, municipality_id: i64, filter: Filter, lang: &str, page: i64) -> Result<Arc<Page>> {
        let page = page.clamp(1, LAST_PAGE);
        let key = format!("{municipality_id}|{filter:?}|{lang}|{page}");
        self.0
            .get(db, key, || async move {
                let now = db::now();
                let mut points = db::said_did::page(db, municipality_id, filter, lang, now, PAGE + 1, (page - 1) * PAGE).await?;
                let more = points.len() as i64 > PAGE;
                points.truncate(PAGE as usize);
                let ids: Vec<(i64, i64)> = points.iter().map(|p| (p.point.point_id, p.point.recommendation_id)).collect();
                let details = db::said_did::details(db, &ids, lang).await?;
                Ok(Page { points, details, more })
            })
            .await
    }
}
