//! Output formats: the pixel size of each social graphic or poster.

use serde::{Deserialize, Serialize};

/// A graphic's output format. Each is laid out on its own, never scaled from another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// X/Twitter landscape, 1600×900.
    XLandscape,
}

impl Format {
    /// Every format the editor offers.
    pub const ALL: [Format; 1] = [Format::XLandscape];

    /// Width and height in pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Format::XLandscape => (1600, 900),
        }
    }

    /// A short slug used in file names ("x-1600x900").
    pub fn slug(self) -> &'static str {
        match self {
            Format::XLandscape => "x-1600x900",
        }
    }
}
