//! What the ballot file formats share: the error that names a line, the error of an export,
//! and reading whole numbers the way published files write them.

/// A file that cannot be read: the 1-based line and what is wrong there.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct FormatError {
    /// The line, counting from 1 (the last line for something missing at the end).
    pub line: usize,
    /// What is wrong, for a person to read.
    pub message: String,
}

impl FormatError {
    /// An error on `line` saying `message`.
    pub fn new(line: usize, message: impl Into<String>) -> Self {
        FormatError { line, message: message.into() }
    }
}

/// A profile that a format cannot express (ties in a strict format, an id with a separator in
/// it, an option number out of range): what stops the export.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("cannot export: {0}")]
pub struct ExportError(pub String);

/// Reads a whole non-negative number. Published files sometimes write whole amounts with a
/// decimal part of zeros (`"12000.0"`, or `"12000,00"` with a decimal comma, which pabutools
/// accepts too), so those are read as the whole number; any other fraction is refused, since
/// costs and points are whole numbers here.
pub(crate) fn whole_number(text: &str) -> Option<u64> {
    let text = text.trim();
    let (whole, fraction) = match text.find(['.', ',']) {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, ""),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || !fraction.bytes().all(|b| b == b'0') {
        return None;
    }
    whole.parse().ok()
}

/// Converts an option's position to the `u32` that [`crate::voting::Ballots`] uses, refusing
/// (rather than wrapping) past `u32::MAX`.
pub(crate) fn option_index(i: usize, line: usize) -> Result<u32, FormatError> {
    u32::try_from(i).map_err(|_| FormatError::new(line, "more options than this program can count"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_may_carry_a_zero_fraction_but_no_other() {
        assert_eq!(whole_number("122600000"), Some(122_600_000));
        assert_eq!(whole_number(" 7200 "), Some(7200));
        assert_eq!(whole_number("12000.0"), Some(12000));
        assert_eq!(whole_number("12000,00"), Some(12000));
        for bad in ["", "-3", "1.5", "1e6", "12 000", ".0", "abc", "99999999999999999999999"] {
            assert_eq!(whole_number(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_format_error_reads_as_its_line_and_its_reason() {
        assert_eq!(FormatError::new(7, "bad cost \"x\"").to_string(), "line 7: bad cost \"x\"");
    }
}
