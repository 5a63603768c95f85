//! What the bot answers, before it is sent: texts with inline keyboards, edits of an earlier
//! message, a short notice on a button, a document. Handlers produce these; [`super::send`]
//! sends them.

/// One button of an inline keyboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Button {
    /// What it says.
    pub text: String,
    /// What it does.
    pub action: Action,
}

/// What a button does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Sends this data back (at most 64 bytes).
    Data(String),
    /// Opens this address.
    Url(String),
}

impl Button {
    /// A button that sends `data` back.
    pub fn data(text: impl Into<String>, data: impl Into<String>) -> Self {
        Self { text: text.into(), action: Action::Data(data.into()) }
    }
    /// A button that opens `url`.
    pub fn url(text: impl Into<String>, url: impl Into<String>) -> Self {
        Self { text: text.into(), action: Action::Url(url.into()) }
    }
}

/// Rows of buttons.
pub type Keyboard = Vec<Vec<Button>>;

/// One thing to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Out {
    /// A new message.
    Text {
        /// Plain text (no markup: people's words are never parsed).
        text: String,
        /// Buttons under it.
        keyboard: Keyboard,
    },
    /// Replaces the text and buttons of one of the bot's messages (a keyboard that changes as
    /// a person picks).
    Edit {
        /// The message.
        message_id: i32,
        /// Its new text.
        text: String,
        /// Its new buttons.
        keyboard: Keyboard,
    },
    /// Answers a button press (stops its spinner), with a short notice or none.
    Toast {
        /// The callback query.
        query_id: String,
        /// The notice.
        text: Option<String>,
    },
    /// A file.
    Document {
        /// Its name.
        file_name: String,
        /// Its content.
        bytes: Vec<u8>,
        /// A line under it.
        caption: String,
    },
}

/// Buttons laid out `per_row` to a row.
pub fn rows(buttons: Vec<Button>, per_row: usize) -> Keyboard {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    for b in buttons {
        row.push(b);
        if row.len() == per_row.max(1) {
            rows.push(std::mem::take(&mut row));
        }
    }
    if !row.is_empty() {
        rows.push(row);
    }
    rows
}

/// Telegram's longest message, in UTF-16 code units.
pub const MAX_MESSAGE_UNITS: usize = 4096;

/// `text` cut to at most `units` UTF-16 code units (Telegram's measure), with an ellipsis
/// when something was cut.
pub fn fit(text: &str, units: usize) -> String {
    if text.encode_utf16().count() <= units {
        return text.to_string();
    }
    let mut used = 1;
    let mut out = String::new();
    for c in text.chars() {
        used += c.len_utf16();
        if used > units {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_to_what_telegram_takes() {
        assert_eq!(fit("kurz", 10), "kurz");
        let emoji = "🙂".repeat(3000);
        let cut = fit(&emoji, MAX_MESSAGE_UNITS);
        assert!(cut.encode_utf16().count() <= MAX_MESSAGE_UNITS && cut.ends_with('…'));
        assert_eq!(fit("abcdef", 4), "abc…");
    }
}
