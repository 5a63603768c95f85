//! Dialogue state in Chorus's own database (table `bot_dialogues`, through our migrations),
//! as a teloxide [`Storage`]: a restart, or another server behind the same database, picks a
//! conversation up where it was.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use teloxide::{dispatching::dialogue::Storage, types::ChatId};

use super::dialogue::State;
use crate::db::{self, Db};

/// The dialogue storage over the pool.
pub struct DbStorage {
    db: Db,
}

impl DbStorage {
    /// A storage over `db`.
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

/// Why a dialogue could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The database failed.
    #[error("dialogue storage: {0}")]
    Db(#[from] sqlx::Error),
    /// There was no dialogue to remove.
    #[error("no dialogue for this chat")]
    Missing,
}

impl Storage<State> for DbStorage {
    type Error = StorageError;

    fn remove_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move { if db::bot::remove_dialogue(&self.db, chat_id.0).await? { Ok(()) } else { Err(StorageError::Missing) } })
    }

    fn update_dialogue(self: Arc<Self>, chat_id: ChatId, dialogue: State) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move { Ok(db::bot::set_dialogue(&self.db, chat_id.0, &dialogue.to_json()).await?) })
    }

    fn get_dialogue(self: Arc<Self>, chat_id: ChatId) -> BoxFuture<'static, Result<Option<State>, Self::Error>> {
        // A state this version cannot read (written by an older one) starts over.
        Box::pin(async move { Ok(db::bot::dialogue(&self.db, chat_id.0).await?.map(|json| State::from_json(&json).unwrap_or_default())) })
    }
}
