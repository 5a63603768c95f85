//! The connection pool, wrapped so that every round trip to the database made for a request
//! is counted: pages have a query budget (see `tests/budget.rs`), and the request's log span
//! records how many queries it took.
//!
//! Queries inside a transaction run on its connection and are counted by [`count`] when the
//! transaction begins (one round trip for `BEGIN`), not one by one: public pages do not use
//! transactions, and the budget is about them.

use std::{cell::Cell, ops::Deref};

use futures_core::{future::BoxFuture, stream::BoxStream};
use sqlx::{Any, Describe, Either, Error, Execute, Executor, any::AnyQueryResult, any::AnyRow, any::AnyStatement, any::AnyTypeInfo};

tokio::task_local! {
    static QUERIES: Cell<u32>;
}

/// The pool every query runs on: an `AnyPool` that counts the queries of the current request.
#[derive(Clone, Debug)]
pub struct Db(sqlx::AnyPool);

impl Db {
    /// Wraps a pool.
    pub fn new(pool: sqlx::AnyPool) -> Self {
        Self(pool)
    }
}

impl Deref for Db {
    type Target = sqlx::AnyPool;

    fn deref(&self) -> &Self::Target {
        &self.0
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
        (&self.0).fetch_many(query)
    }

    fn fetch_optional<'e, 'q: 'e, E>(self, query: E) -> BoxFuture<'e, Result<Option<AnyRow>, Error>>
    where
        'p: 'e,
        E: 'q + Execute<'q, Any>,
    {
        count();
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
    pub async fn begin(&self) -> sqlx::Result<sqlx::Transaction<'static, Any>> {
        count();
        self.0.begin().await
    }
}
