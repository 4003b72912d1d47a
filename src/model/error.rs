//! Errors a user can meet. Each says what happened in the interface language: its
//! message id names a message of `locales/<lang>/ui.ftl` (`tests/locales.rs` holds
//! every id to exist in every language), and its arguments fill it. The text an error
//! also carries (`Display`) is for the console and for developers, never shown.

use fluent_bundle::FluentArgs;

/// An error with a message for the user.
pub trait UserError {
    /// The Fluent id of the message.
    fn message_id(&self) -> &'static str;

    /// The message's arguments (none unless the message names some).
    fn args(&self) -> FluentArgs<'static> {
        FluentArgs::new()
    }
}

/// Why something in the browser failed; the text says more, for the console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebError {
    /// A font or the full shaper could not be fetched or read.
    Fonts(String),
    /// The browser could not draw (a canvas too large for its memory, no 2D context).
    Canvas(String),
    /// The browser did not take a finished file (download, share, a Blob).
    Download(String),
    /// The export worker could not start, or stopped.
    Exporter(String),
    /// The export worker could not make the file.
    Export(String),
    /// A map's boundaries could not be fetched or read.
    Map(String),
    /// A campaigner's boundaries file could not be imported: the message id of why
    /// (one of [`MAP_FILE_ERRORS`]).
    MapFile(&'static str),
}

/// Why a boundaries file may be refused, as the import worker reports it.
pub const MAP_FILE_ERRORS: [&str; 4] = [
    "map-file-unreadable",
    "map-data-broken",
    "map-data-too-large",
    "map-file-no-areas",
];

impl WebError {
    /// The error a message id names (as an export worker reports it), with `text`.
    pub fn from_message(id: &str, text: String) -> WebError {
        match id {
            "fonts-failed" => WebError::Fonts(text),
            "canvas-failed" => WebError::Canvas(text),
            "download-failed" => WebError::Download(text),
            "exporter-unavailable" => WebError::Exporter(text),
            "map-failed" => WebError::Map(text),
            _ => match MAP_FILE_ERRORS.iter().find(|&&known| known == id) {
                Some(known) => WebError::MapFile(known),
                None => WebError::Export(text),
            },
        }
    }

    /// The message when a pack failed for this reason.
    pub fn pack_message_id(&self) -> &'static str {
        match self {
            WebError::Export(_) => "pack-failed",
            other => other.message_id(),
        }
    }
}

impl UserError for WebError {
    fn message_id(&self) -> &'static str {
        match self {
            WebError::Fonts(_) => "fonts-failed",
            WebError::Canvas(_) => "canvas-failed",
            WebError::Download(_) => "download-failed",
            WebError::Exporter(_) => "exporter-unavailable",
            WebError::Export(_) => "export-failed",
            WebError::Map(_) => "map-failed",
            WebError::MapFile(id) => id,
        }
    }
}

impl std::fmt::Display for WebError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (what, why) = match self {
            WebError::Fonts(why) => ("fonts", why),
            WebError::Canvas(why) => ("canvas", why),
            WebError::Download(why) => ("download", why),
            WebError::Exporter(why) => ("export worker", why),
            WebError::Export(why) => ("export", why),
            WebError::Map(why) => ("map", why),
            WebError::MapFile(id) => return write!(f, "map file: {id}"),
        };
        write!(f, "{what}: {why}")
    }
}

impl std::error::Error for WebError {}

impl UserError for crate::model::document::LoadError {
    fn message_id(&self) -> &'static str {
        match self {
            crate::model::document::LoadError::TooNew(_) => "design-too-new",
            _ => "design-unreadable",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_workers_error_crosses_as_its_message_id() {
        for error in [
            WebError::Fonts("a".into()),
            WebError::Canvas("b".into()),
            WebError::Download("c".into()),
            WebError::Exporter("d".into()),
            WebError::Export("e".into()),
            WebError::Map("f".into()),
        ] {
            let text = error.to_string();
            let back = WebError::from_message(error.message_id(), text.clone());
            assert_eq!(back.message_id(), error.message_id(), "{text}");
        }
        assert_eq!(
            WebError::Export(String::new()).pack_message_id(),
            "pack-failed"
        );
        assert_eq!(
            WebError::Exporter(String::new()).pack_message_id(),
            "exporter-unavailable"
        );
    }
}
