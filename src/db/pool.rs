//! The connection pool, wrapped so that every round trip to the database made for a request
//! is counted: pages have a query budget (see `tests/budget.rs`), and the request's log span
//! records how many queries it took.
//!
//! Queries inside a transaction run on its connection and are counted by [`count`] when the
//! transaction begins (one round trip for `BEGIN`), not one by one: public pages do not use
//! transactions, and the budget is about them.
//!
//! The pool also keeps a *write generation*: it moves after every statement that is not a
//! `SELECT` and after every commit, so caches on this server know, without a query, that
//! their data may have changed here (see `services::cache`).

use std::{
    cell::Cell,
    ops::{Deref, DerefMut},
    pin::Pin,
    sync::{
        Arc,
        atomic::{AtomicU64, Ordering},
    },
    task::{Context, Poll},
};

use futures_core::{Stream, future::BoxFuture, stream::BoxStream};
use sqlx::{Any, Describe, Either, Error, Execute, Executor, any::AnyQueryResult, any::AnyRow, any::AnyStatement, any::AnyTypeInfo};

tokio::task_local! {
    static QUERIES: Cell<u32>;
}

/// The pool every query runs on: an `AnyPool` that counts the queries of the current request
/// and the writes made through it.
#[derive(Clone, Debug)]
pub struct Db(sqlx::AnyPool, Arc<AtomicU64>);

impl Db {
    /// Wraps a pool.
    pub fn new(pool: sqlx::AnyPool) -> Self {
        Self(pool, Arc::default())
    }

    /// The write generation: moves after each write or commit made through this pool.
    pub fn generation(&self) -> u64 {
        self.1.load(Ordering::Acquire)
    }
}

impl Deref for Db {
    type Target = sqlx::AnyPool;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

/// Whether a statement may write (anything but a `SELECT`).
fn writes(sql: &str) -> bool {
    !sql.trim_start().get(..6).is_some_and(|w| w.eq_ignore_ascii_case("select"))
}

/// A stream that moves the write generation when it ends.
struct AfterWrite<S> {
    inner: S,
    generation: Option<Arc<AtomicU64>>,
}

impl<S: Stream + Unpin> Stream for AfterWrite<S> {
    type Item = S::Item;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let next = Pin::new(&mut self.inner).poll_next(cx);
        if let Poll::Ready(None) = next
            && let Some(g) = self.generation.take()
        {
            g.fetch_add(1, Ordering::AcqRel);
        }
        next
    }
}

impl<S> Drop for AfterWrite<S> {
    fn drop(&mut self) {
        // Dropped early (an error, or only the first row wanted): count it anyway.
        if let Some(g) = self.generation.take() {
            g.fetch_add(1, Ordering::AcqRel);
        }
    }
}

/// Counts one round trip for the current request (if the task is serving one).
fn count() {
    let _ = QUERIES.try_with(|n| n.set(n.get() + 1));
}

/// Runs `f` counting the database round trips it makes; returns its output and the count.
pub async fn counted<F: Future>(f: F) -> (F::Output, u32) {
    QUERIES
        .scope(Cell::new(0), async move {
            let out = f.await;
            (out, QUERIES.with(Cell::get))
        })
        .await
}

impl<'p> Executor<'p> for &'p Db {
    type Database = Any;

    fn fetch_many<'e, 'q: 'e, E>(self, query: E) -> BoxStream<'e, Result<Either<AnyQueryResult, AnyRow>, Error>>
    where
        'p: 'e,
        E: 'q + Execute<'q, Any>,
    {
        count();
        if writes(query.sql()) {
            return Box::pin(AfterWrite { inner: (&self.0).fetch_many(query), generation: Some(self.1.clone()) });
        }
        (&self.0).fetch_many(query)
    }

    fn fetch_optional<'e, 'q: 'e, E>(self, query: E) -> BoxFuture<'e, Result<Option<AnyRow>, Error>>
    where
        'p: 'e,
        E: 'q + Execute<'q, Any>,
    {
        count();
        if writes(query.sql()) {
            let generation = self.1.clone();
            let run = (&self.0).fetch_optional(query);
            return Box::pin(async move {
                let out = run.await;
                generation.fetch_add(1, Ordering::AcqRel);
                out
            });
        }
        (&self.0).fetch_optional(query)
    }

    fn prepare_with<'e, 'q: 'e>(self, sql: &'q str, parameters: &'e [AnyTypeInfo]) -> BoxFuture<'e, Result<AnyStatement<'q>, Error>>
    where
        'p: 'e,
    {
        count();
        (&self.0).prepare_with(sql, parameters)
    }

    fn describe<'e, 'q: 'e>(self, sql: &'q str) -> BoxFuture<'e, Result<Describe<Any>, Error>>
    where
        'p: 'e,
    {
        count();
        (&self.0).describe(sql)
    }
}

impl Db {
    /// Begins a transaction (counted as one round trip; its statements are not counted).
    pub async fn begin(&self) -> sqlx::Result<Tx> {
        count();
        Ok(Tx { inner: Some(self.0.begin().await?), generation: self.1.clone() })
    }
}

/// A transaction on [`Db`]: the connection it runs on (dereference it for queries), rolled
/// back when dropped without [`Tx::commit`].
pub struct Tx {
    inner: Option<sqlx::Transaction<'static, Any>>,
    generation: Arc<AtomicU64>,
}

impl Tx {
    /// Commits, and moves the pool's write generation.
    pub async fn commit(mut self) -> sqlx::Result<()> {
        if let Some(tx) = self.inner.take() {
            tx.commit().await?;
            self.generation.fetch_add(1, Ordering::AcqRel);
        }
        Ok(())
    }
}

impl Deref for Tx {
    type Target = sqlx::AnyConnection;

    fn deref(&self) -> &Self::Target {
        self.inner.as_deref().expect("a transaction is used only until it commits")
    }
}

impl DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.inner.as_deref_mut().expect("a transaction is used only until it commits")
    }
}
