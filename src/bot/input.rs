//! What a person sent, reduced to what the dialogue understands.

use teloxide::types::{CallbackQuery, MediaKind, Message, MessageKind};

/// The longest text taken from a message (Telegram allows 4096; an issue's text is 5000).
pub const MAX_TEXT_CHARS: usize = 4096;

/// One thing a person sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A command (`/start issue-12`): its name, lower-cased, and what follows it.
    Command {
        /// The name without the slash (and without `@botname`).
        name: String,
        /// The rest of the line.
        arg: String,
    },
    /// A text.
    Text(String),
    /// A voice note.
    Voice {
        /// Telegram's file id.
        file_id: String,
        /// Seconds.
        duration: u32,
        /// Bytes, when Telegram says.
        size: Option<u64>,
    },
    /// A button press.
    Button {
        /// The callback query (to answer it).
        query_id: String,
        /// The button's data.
        data: String,
        /// The message the keyboard belongs to.
        message_id: Option<i32>,
    },
    /// Something else (a sticker, a photo, a location...).
    Other,
}

impl Input {
    /// Reads a message.
    pub fn of_message(msg: &Message) -> Self {
        if let Some(text) = msg.text() {
            return Self::of_text(text);
        }
        if let MessageKind::Common(common) = &msg.kind
            && let MediaKind::Voice(voice) = &common.media_kind
        {
            return Self::Voice {
                file_id: voice.voice.file.id.to_string(),
                duration: voice.voice.duration.seconds(),
                size: Some(u64::from(voice.voice.file.size)),
            };
        }
        Self::Other
    }

    /// Reads a text: a command when it starts with `/`.
    pub fn of_text(text: &str) -> Self {
        let text = text.trim();
        if let Some(rest) = text.strip_prefix('/') {
            let (head, arg) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            let name = head.split('@').next().unwrap_or_default().to_lowercase();
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Self::Command { name, arg: arg.trim().to_string() };
            }
        }
        Self::Text(text.to_string())
    }

    /// Reads a button press.
    pub fn of_callback(q: &CallbackQuery) -> Self {
        Self::Button {
            query_id: q.id.to_string(),
            data: q.data.clone().unwrap_or_default(),
            message_id: q.message.as_ref().map(|m| m.id().0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_told_from_texts() {
        assert_eq!(Input::of_text("/start from_the_portal"), Input::Command { name: "start".into(), arg: "from_the_portal".into() });
        assert_eq!(Input::of_text("/Help@chorus_bot"), Input::Command { name: "help".into(), arg: String::new() });
        assert_eq!(Input::of_text("  a street lamp is broken "), Input::Text("a street lamp is broken".into()));
        assert_eq!(Input::of_text("/ not a command"), Input::Text("/ not a command".into()));
        assert_eq!(Input::of_text("/شروع"), Input::Text("/شروع".into()));
    }
}
