//! An emblem per Goal, drawn by this project (not the UN icons): a family for No
//! Poverty, a steaming bowl for Zero Hunger, a heart with a pulse for Good Health, an
//! open book for Quality Education, an equals sign in a circle for Gender Equality.

use super::shapes::{circle, disc, line, person, ring};
use crate::model::goal::Goal;
use crate::render::scene::{Item, Rect, Rgb};

/// The emblem of `goal` filling the square `area`, in `ink` on a `paper` background.
pub fn emblem(goal: Goal, area: Rect, ink: Rgb, paper: Rgb) -> Vec<Item> {
    let s = area.w.min(area.h);
    let at = |x: f32, y: f32| (area.x + x * s, area.y + y * s);
    match goal {
        Goal::NoPoverty => family(area, s, ink),
        Goal::ZeroHunger => bowl(s, at, ink),
        Goal::GoodHealth => heart(s, at, ink, paper),
        Goal::QualityEducation => book(s, at, ink),
        Goal::GenderEquality => equality(s, at, ink),
    }
}

fn family(area: Rect, s: f32, ink: Rgb) -> Vec<Item> {
    let cells = [
        Rect::new(area.x + 0.02 * s, area.y + 0.28 * s, 0.3 * s, 0.72 * s),
        Rect::new(area.x + 0.33 * s, area.y + 0.06 * s, 0.34 * s, 0.94 * s),
        Rect::new(area.x + 0.68 * s, area.y + 0.28 * s, 0.3 * s, 0.72 * s),
    ];
    cells
        .into_iter()
        .flat_map(|cell| person(cell, ink))
        .collect()
}

fn bowl(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb) -> Vec<Item> {
    let (cx, cy) = at(0.5, 0.5);
    let r = 0.46 * s;
    let mut rim: Vec<(f32, f32)> = (0..=24)
        .map(|i| {
            let a = std::f32::consts::PI * i as f32 / 24.0;
            (cx + r * a.cos(), cy + r * 0.85 * a.sin())
        })
        .collect();
    rim.reverse();
    let mut items = vec![Item::Polygon {
        points: rim,
        fill: ink,
    }];
    let (fx, fy) = at(0.32, 0.93);
    items.push(Item::Rect {
        rect: Rect::new(fx, fy, 0.36 * s, 0.07 * s),
        fill: ink,
    });
    for x in [0.3, 0.5, 0.7] {
        items.push(line(at(x, 0.08), at(x - 0.05, 0.22), 0.06 * s, ink));
        items.push(line(at(x - 0.05, 0.22), at(x, 0.38), 0.06 * s, ink));
    }
    items
}

fn heart(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb, paper: Rgb) -> Vec<Item> {
    let (cx, cy) = at(0.5, 0.47);
    let k = s / 34.0;
    let points = (0..72)
        .map(|i| {
            let t = i as f32 / 72.0 * std::f32::consts::TAU;
            let x = 16.0 * t.sin().powi(3);
            let y =
                13.0 * t.cos() - 5.0 * (2.0 * t).cos() - 2.0 * (3.0 * t).cos() - (4.0 * t).cos();
            (cx + x * k, cy - y * k)
        })
        .collect();
    let pulse = [
        (0.14, 0.5),
        (0.34, 0.5),
        (0.42, 0.32),
        (0.52, 0.68),
        (0.6, 0.44),
        (0.66, 0.5),
        (0.86, 0.5),
    ];
    let mut items = vec![Item::Polygon { points, fill: ink }];
    items.extend(
        pulse
            .windows(2)
            .map(|w| line(at(w[0].0, w[0].1), at(w[1].0, w[1].1), 0.055 * s, paper)),
    );
    items.extend(pulse[1..pulse.len() - 1].iter().map(|&(x, y)| {
        let (px, py) = at(x, y);
        disc(px, py, 0.0275 * s, paper)
    }));
    items
}

fn book(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb) -> Vec<Item> {
    let left = vec![
        at(0.02, 0.2),
        at(0.47, 0.28),
        at(0.47, 0.92),
        at(0.02, 0.84),
    ];
    let right = vec![
        at(0.53, 0.28),
        at(0.98, 0.2),
        at(0.98, 0.84),
        at(0.53, 0.92),
    ];
    let mut items = vec![
        Item::Polygon {
            points: left,
            fill: ink,
        },
        Item::Polygon {
            points: right,
            fill: ink,
        },
    ];
    let (tx, ty) = at(0.5, 0.1);
    items.push(Item::Polygon {
        points: circle(tx, ty, 0.08 * s),
        fill: ink,
    });
    items
}

fn equality(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb) -> Vec<Item> {
    let (cx, cy) = at(0.5, 0.5);
    let mut items = ring(cx, cy, 0.48 * s, 0.38 * s, 0.0, std::f32::consts::TAU, ink);
    for y in [0.36, 0.56] {
        let (x0, y0) = at(0.27, y);
        items.push(Item::Rect {
            rect: Rect::new(x0, y0, 0.46 * s, 0.09 * s),
            fill: ink,
        });
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_emblem_stays_inside_its_square() {
        let area = Rect::new(100.0, 50.0, 120.0, 120.0);
        for goal in Goal::ALL {
            let items = emblem(goal, area, Rgb::WHITE, Rgb::new(0, 0, 0));
            assert!(items.len() >= 2, "{goal:?}");
            for item in items {
                let points = match item {
                    Item::Polygon { points, .. } => points,
                    Item::Rect { rect, .. } => {
                        vec![(rect.x, rect.y), (rect.right(), rect.bottom())]
                    }
                    Item::Text(_) | Item::Logo { .. } => panic!("emblems are shapes only"),
                };
                for (x, y) in points {
                    assert!(
                        area.contains(&Rect::new(x, y, 0.0, 0.0), 0.5),
                        "{goal:?}: {x},{y}"
                    );
                }
            }
        }
    }
}
