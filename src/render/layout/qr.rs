//! A poster's call-to-action link as a QR code: encoded by `qrcodegen` in the module
//! loaded on demand with the full shaper (so only a poster with a link loads it; see
//! [`TextMeasure::qr`]), drawn as black runs of modules on a white plate that is its
//! quiet zone, so it scans on any ground and stays vector in SVG and PDF. Until the
//! encoder arrives, the preview shows the plate alone, at the size the code will take.

use super::design::{QrRules, PX_PER_MM};
use crate::model::document::Document;
use crate::model::link::link_in;
use crate::render::scene::{Item, Rect, Rgb};
use crate::render::text::TextMeasure;

/// The link a poster draws as a QR code: its call to action's, on print formats.
pub fn poster_link(doc: &Document) -> Option<String> {
    if doc.format.is_print() {
        link_in(&doc.call_to_action)
    } else {
        None
    }
}

/// The side in modules of `link`'s code: the encoder's, or while it loads the
/// smallest version whose byte capacity at error correction M holds the link.
fn modules(link: &str, code: Option<&(Vec<bool>, usize)>) -> usize {
    const CAPACITY_M: [usize; 10] = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213];
    code.map_or_else(
        || {
            let version = CAPACITY_M
                .iter()
                .position(|&c| link.len() <= c)
                .unwrap_or(9)
                + 1;
            17 + 4 * version
        },
        |(_, n)| *n,
    )
}

/// A link's code as layout places it: encoded once (None while the encoder loads) and
/// its side in modules.
pub struct Code {
    modules: Option<Vec<bool>>,
    n: usize,
}

impl Code {
    /// `link` encoded by the encoder `measure` offers, or sized for when it arrives.
    pub fn of(link: &str, measure: &dyn TextMeasure) -> Code {
        let code = measure.qr(link);
        let n = modules(link, code.as_ref());
        Code {
            modules: code.map(|(modules, _)| modules),
            n,
        }
    }

    /// The side in pixels of the plate the code takes with its quiet zone.
    pub fn side(&self, rules: &QrRules) -> f32 {
        (self.n + 2 * usize::from(rules.quiet)) as f32 * rules.module_mm * PX_PER_MM
    }

    /// The code on its white plate, the plate's top-left corner at `at`; left for
    /// right if `mirrored` (for a layout that is mirrored afterwards).
    pub fn draw(&self, at: (f32, f32), rules: &QrRules, mirrored: bool, items: &mut Vec<Item>) {
        let n = self.n;
        let module = rules.module_mm * PX_PER_MM;
        let quiet = f32::from(rules.quiet) * module;
        let plate = self.side(rules);
        items.push(Item::Rect {
            rect: Rect::new(at.0, at.1, plate, plate),
            fill: Rgb::WHITE,
        });
        let Some(modules) = &self.modules else {
            return;
        };
        // One rectangle per run of dark modules in a row.
        for (y, row) in modules.chunks(n).enumerate() {
            let row: Vec<bool> = if mirrored {
                row.iter().rev().copied().collect()
            } else {
                row.to_vec()
            };
            let mut x = 0;
            while x < n {
                if !row[x] {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < n && row[x] {
                    x += 1;
                }
                items.push(Item::Rect {
                    rect: Rect::new(
                        at.0 + quiet + start as f32 * module,
                        at.1 + quiet + y as f32 * module,
                        (x - start) as f32 * module,
                        module,
                    ),
                    fill: Rgb::new(0, 0, 0),
                });
            }
        }
    }
}
