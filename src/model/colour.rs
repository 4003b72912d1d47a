//! The one colour type: an opaque sRGB colour and the WCAG contrast between two. A
//! leaf: the Goals' colours, the logo's check and the scene all use it.

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgb {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
}

impl Rgb {
    /// White.
    pub const WHITE: Rgb = Rgb::new(255, 255, 255);

    /// A colour from its channels.
    pub const fn new(r: u8, g: u8, b: u8) -> Rgb {
        Rgb { r, g, b }
    }

    /// A colour from `0xRRGGBB`.
    pub const fn from_hex(hex: u32) -> Rgb {
        Rgb::new((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
    }

    /// Relative luminance (WCAG 2.x), 0 for black to 1 for white.
    pub fn luminance(self) -> f32 {
        let channel = |c: u8| {
            let c = f32::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// The WCAG contrast ratio between two colours, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f32 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// The colour as a black-and-white copier keeps it: its luminance, as a grey (so
    /// a contrast in grey is the contrast in colour, within rounding).
    pub fn grey(self) -> Rgb {
        let l = self.luminance();
        let v = if l <= 0.003_130_8 {
            l * 12.92
        } else {
            1.055 * l.powf(1.0 / 2.4) - 0.055
        };
        let v = (v * 255.0).round() as u8;
        Rgb::new(v, v, v)
    }

    /// `#rrggbb`, for CSS and SVG.
    pub fn to_css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// The ink for large text on `ground`: white where it reaches the large-text contrast
/// of 3:1, else the near-black the editor writes in.
pub fn large_text_ink(ground: Rgb) -> Rgb {
    if Rgb::WHITE.contrast(ground) >= 3.0 {
        Rgb::WHITE
    } else {
        Rgb::from_hex(0x1B1F24)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_ratios_match_wcag() {
        assert!((Rgb::WHITE.contrast(Rgb::new(0, 0, 0)) - 21.0).abs() < 0.01);
        assert!((Rgb::WHITE.contrast(Rgb::WHITE) - 1.0).abs() < 0.01);
        // Goal 2's yellow is too light for white text; Goal 4's red is fine.
        assert!(Rgb::WHITE.contrast(Rgb::from_hex(0xDDA63A)) < 3.0);
        assert!(Rgb::WHITE.contrast(Rgb::from_hex(0xC5192D)) > 4.5);
    }

    #[test]
    fn large_text_ink_is_white_only_where_white_reaches_three_to_one() {
        assert_eq!(large_text_ink(Rgb::from_hex(0xC5192D)), Rgb::WHITE);
        let on_yellow = large_text_ink(Rgb::from_hex(0xDDA63A));
        assert_ne!(on_yellow, Rgb::WHITE);
        assert!(on_yellow.contrast(Rgb::from_hex(0xDDA63A)) >= 3.0);
    }
}
