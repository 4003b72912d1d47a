//! Geometry for charts and emblems: circles, ring segments, thick lines and person
//! figures, all as polygons so that painters only ever fill polygons and rectangles.

use crate::render::scene::{Item, Rect, Rgb};

/// Points on a circle; enough segments to look round at poster size.
pub fn circle(cx: f32, cy: f32, r: f32) -> Vec<(f32, f32)> {
    let n = segments(r, std::f32::consts::TAU);
    (0..n)
        .map(|i| {
            let a = i as f32 / n as f32 * std::f32::consts::TAU;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect()
}

fn segments(r: f32, sweep: f32) -> usize {
    ((r.max(1.0).sqrt() * 6.0 * sweep / std::f32::consts::TAU) as usize).clamp(12, 360)
}

/// A filled circle.
pub fn disc(cx: f32, cy: f32, r: f32, fill: Rgb) -> Item {
    Item::Polygon {
        points: circle(cx, cy, r),
        fill,
    }
}

/// A ring segment from `start` through `sweep` radians (clockwise from 12 o'clock),
/// split into pieces of at most half a turn so every polygon is simple.
pub fn ring(
    cx: f32,
    cy: f32,
    outer: f32,
    inner: f32,
    start: f32,
    sweep: f32,
    fill: Rgb,
) -> Vec<Item> {
    let sweep = sweep.clamp(0.0, std::f32::consts::TAU);
    let pieces = (sweep / std::f32::consts::PI).ceil().max(1.0) as usize;
    let step = sweep / pieces as f32;
    (0..pieces)
        .filter(|_| sweep > 0.0)
        .map(|i| {
            let from = start + step * i as f32;
            let n = segments(outer, step).max(2);
            let at = |r: f32, k: usize| {
                let a = from + step * k as f32 / n as f32 - std::f32::consts::FRAC_PI_2;
                (cx + r * a.cos(), cy + r * a.sin())
            };
            let mut points: Vec<(f32, f32)> = (0..=n).map(|k| at(outer, k)).collect();
            points.extend((0..=n).rev().map(|k| at(inner, k)));
            Item::Polygon { points, fill }
        })
        .collect()
}

/// A straight line of `width` from `a` to `b`, as a quadrilateral.
pub fn line(a: (f32, f32), b: (f32, f32), width: f32, fill: Rgb) -> Item {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
    let (nx, ny) = (-dy / len * width / 2.0, dx / len * width / 2.0);
    Item::Polygon {
        points: vec![
            (a.0 + nx, a.1 + ny),
            (b.0 + nx, b.1 + ny),
            (b.0 - nx, b.1 - ny),
            (a.0 - nx, a.1 - ny),
        ],
        fill,
    }
}

/// A person figure filling `cell` (head and shoulders over a body), as two polygons.
pub fn person(cell: Rect, fill: Rgb) -> Vec<Item> {
    let w = cell.w.min(cell.h * 0.5);
    let cx = cell.x + cell.w / 2.0;
    let head_r = w * 0.28;
    let head_cy = cell.y + head_r;
    let body_top = head_cy + head_r + w * 0.1;
    let shoulder_r = w * 0.5;
    let mut body: Vec<(f32, f32)> = (0..=16)
        .map(|i| {
            let a = std::f32::consts::PI + std::f32::consts::PI * i as f32 / 16.0;
            (
                cx + shoulder_r * a.cos(),
                body_top + shoulder_r + shoulder_r * a.sin(),
            )
        })
        .collect();
    let bottom = cell.bottom();
    body.push((cx + shoulder_r, bottom));
    body.push((cx + w * 0.06, bottom));
    body.push((cx + w * 0.06, bottom - (bottom - body_top) * 0.42));
    body.push((cx - w * 0.06, bottom - (bottom - body_top) * 0.42));
    body.push((cx - w * 0.06, bottom));
    body.push((cx - shoulder_r, bottom));
    vec![
        disc(cx, head_cy, head_r, fill),
        Item::Polygon { points: body, fill },
    ]
}

/// A colour mixed towards white by `amount` (0–1).
pub fn tint(colour: Rgb, amount: f32) -> Rgb {
    mix(colour, Rgb::WHITE, amount)
}

/// `from` mixed towards `to` by `amount` (0–1).
pub fn mix(from: Rgb, to: Rgb, amount: f32) -> Rgb {
    let amount = amount.clamp(0.0, 1.0);
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * amount).round() as u8;
    Rgb::new(mix(from.r, to.r), mix(from.g, to.g), mix(from.b, to.b))
}

/// A colour mixed towards black by `amount` (0–1).
pub fn shade(colour: Rgb, amount: f32) -> Rgb {
    mix(colour, Rgb::new(0, 0, 0), amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circle_points_lie_on_the_circle() {
        for (x, y) in circle(10.0, 20.0, 5.0) {
            let d = ((x - 10.0).powi(2) + (y - 20.0).powi(2)).sqrt();
            assert!((d - 5.0).abs() < 1e-4);
        }
    }

    #[test]
    fn a_full_ring_is_split_into_simple_halves() {
        let items = ring(0.0, 0.0, 10.0, 6.0, 0.0, std::f32::consts::TAU, Rgb::WHITE);
        assert_eq!(items.len(), 2);
        assert!(ring(0.0, 0.0, 10.0, 6.0, 0.0, 0.0, Rgb::WHITE).is_empty());
    }

    #[test]
    fn a_person_stays_in_its_cell() {
        let cell = Rect::new(10.0, 10.0, 40.0, 100.0);
        for item in person(cell, Rgb::WHITE) {
            let Item::Polygon { points, .. } = item else {
                panic!("polygon")
            };
            for (x, y) in points {
                assert!(cell.contains(&Rect::new(x, y, 0.0, 0.0), 0.01), "{x},{y}");
            }
        }
    }
}
