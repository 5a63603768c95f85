//! Listings from memory: a page of issues and their translations into the reader's language,
//! kept per server until what listings show changes (see `services::cache`).

use std::sync::Arc;

use super::cache::{Cache, ContentVersion};
use crate::{
    db::{
        self, Backend, Db,
        issues::{Filter, Issue, Sort},
        translations::{Kind, Translation},
    },
    error::Result,
};

/// One cached page of a listing.
#[derive(Debug)]
pub struct Listed {
    /// The issues, in order (one more than a page, to know whether another follows).
    pub issues: Vec<Issue>,
    /// Their translations into the reader's language.
    pub translations: Vec<Translation>,
}

/// The listing cache of one server.
pub struct Listings(Cache<Listed>);

impl Listings {
    /// An empty cache following `version`.
    pub fn new(version: Arc<ContentVersion>) -> Self {
        // A page of 51 issues is some 50 KB: at most about 13 MB.
        Self(Cache::new(version, 256))
    }

    /// A page of a municipality's listing, with translations into `lang` (`None`: none).
    #[expect(clippy::too_many_arguments, reason = "the listing's own parameters, passed through")]
    pub async fn page(
        &self,
        db: &Db,
        backend: Backend,
        municipality_id: i64,
        sort: Sort,
        filter: &Filter,
        lang: Option<&str>,
        limit: i64,
    ) -> Result<Arc<Listed>> {
        let key = format!("{municipality_id}|{sort:?}|{filter:?}|{lang:?}|{limit}");
        self.0
            .get(db, key, || async move {
                let issues = db::issues::list(db, backend, municipality_id, sort, filter, limit).await?;
                let translations = match lang {
                    Some(lang) => {
                        let ids: Vec<i64> = issues.iter().filter(|i| i.lang != lang).map(|i| i.id).collect();
                        db::translations::for_many(db, Kind::Issue, &ids, lang).await?
                    }
                    None => Vec::new(),
                };
                Ok(Listed { issues, translations })
            })
            .await
    }
}
