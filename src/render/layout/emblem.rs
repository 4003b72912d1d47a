//! An emblem per Goal, drawn by this project (not the UN icons), in one style: solid
//! shapes in the Goal's ink, cut-outs in its paper, filling a square. A family for No
//! Poverty, a steaming bowl for Zero Hunger, a heart with a pulse for Good Health, an
//! open book for Quality Education, an equals sign in a circle for Gender Equality, a
//! drop with a wave for Clean Water, a sun for Clean Energy, rising bars for Decent
//! Work, a gear for Industry, a balance for Reduced Inequalities, a skyline for
//! Sustainable Cities, a looping arrow for Responsible Consumption, a thermometer for
//! Climate Action, a fish over waves for Life Below Water, a tree for Life on Land, a
//! gavel for Peace and Justice, three linked rings for Partnerships.

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
        Goal::CleanWater => drop(s, at, ink, paper),
        Goal::CleanEnergy => sun(s, at, ink),
        Goal::DecentWork => rising_bars(s, at, ink),
        Goal::Industry => gear(s, at, ink, paper),
        Goal::ReducedInequalities => balance(s, at, ink),
        Goal::SustainableCities => skyline(s, at, ink, paper),
        Goal::ResponsibleConsumption => loop_arrow(s, at, ink),
        Goal::ClimateAction => thermometer(s, at, ink, paper),
        Goal::LifeBelowWater => fish(s, at, ink, paper),
        Goal::LifeOnLand => tree(s, at, ink),
        Goal::Peace => gavel(s, at, ink),
        Goal::Partnerships => rings(s, at, ink),
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

/// Points at `(x, y)` of the unit square, as a polygon.
fn shape(at: &impl Fn(f32, f32) -> (f32, f32), points: &[(f32, f32)], fill: Rgb) -> Item {
    Item::Polygon {
        points: points.iter().map(|&(x, y)| at(x, y)).collect(),
        fill,
    }
}

/// A rectangle from `(x0, y0)` to `(x1, y1)` of the unit square.
fn block(
    at: &impl Fn(f32, f32) -> (f32, f32),
    (x0, y0): (f32, f32),
    (x1, y1): (f32, f32),
    fill: Rgb,
) -> Item {
    let (ax, ay) = at(x0, y0);
    let (bx, by) = at(x1, y1);
    Item::Rect {
        rect: Rect::new(ax, ay, bx - ax, by - ay),
        fill,
    }
}

/// A zigzag wave across the unit square at height `y`.
fn wave(
    s: f32,
    at: &impl Fn(f32, f32) -> (f32, f32),
    (x0, x1): (f32, f32),
    y: f32,
    fill: Rgb,
) -> Vec<Item> {
    let steps = 4;
    let step = (x1 - x0) / steps as f32;
    (0..steps)
        .map(|i| {
            let (xa, xb) = (x0 + step * i as f32, x0 + step * (i + 1) as f32);
            let (ya, yb) = if i % 2 == 0 {
                (y, y - 0.05)
            } else {
                (y - 0.05, y)
            };
            line(at(xa, ya), at(xb, yb), 0.045 * s, fill)
        })
        .collect()
}

fn drop(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb, paper: Rgb) -> Vec<Item> {
    // A point at the top, a round bottom.
    let (cx, cy, r) = (0.5, 0.64, 0.32);
    let mut points = vec![(0.5, 0.03)];
    let (from, to) = (-0.2f32, std::f32::consts::PI + 0.2);
    points.extend((0..=28).map(|i| {
        let a = to - (to - from) * i as f32 / 28.0;
        (cx + r * a.cos(), cy + r * a.sin())
    }));
    let mut items = vec![shape(&at, &points, ink)];
    items.extend(wave(s, &at, (0.3, 0.7), 0.72, paper));
    items
}

fn sun(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb) -> Vec<Item> {
    let (cx, cy) = at(0.5, 0.5);
    let mut items = vec![disc(cx, cy, 0.22 * s, ink)];
    items.extend((0..8).map(|i| {
        let a = i as f32 * std::f32::consts::TAU / 8.0;
        let (c, n) = (a.cos(), a.sin());
        line(
            at(0.5 + 0.3 * c, 0.5 + 0.3 * n),
            at(0.5 + 0.45 * c, 0.5 + 0.45 * n),
            0.07 * s,
            ink,
        )
    }));
    items
}

fn rising_bars(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb) -> Vec<Item> {
    let mut items: Vec<Item> = [(0.06, 0.66), (0.38, 0.48), (0.7, 0.3)]
        .into_iter()
        .map(|(x, top)| block(&at, (x, top), (x + 0.24, 0.97), ink))
        .collect();
    items.push(line(at(0.08, 0.5), at(0.72, 0.1), 0.06 * s, ink));
    items.push(shape(&at, &[(0.95, 0.03), (0.66, 0.03), (0.84, 0.26)], ink));
    items
}

fn gear(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb, paper: Rgb) -> Vec<Item> {
    let teeth = 8;
    let points: Vec<(f32, f32)> = (0..teeth * 4)
        .map(|k| {
            let tooth = (k / 4) as f32 * std::f32::consts::TAU / teeth as f32;
            let (da, r) = match k % 4 {
                0 => (-0.3, 0.36),
                1 => (-0.16, 0.47),
                2 => (0.16, 0.47),
                _ => (0.3, 0.36),
            };
            let a = tooth + da;
            (0.5 + r * a.cos(), 0.5 + r * a.sin())
        })
        .collect();
    let (cx, cy) = at(0.5, 0.5);
    vec![shape(&at, &points, ink), disc(cx, cy, 0.14 * s, paper)]
}

fn balance(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb) -> Vec<Item> {
    let mut items = vec![
        block(&at, (0.46, 0.14), (0.54, 0.88), ink),
        block(&at, (0.24, 0.88), (0.76, 0.97), ink),
        block(&at, (0.06, 0.16), (0.94, 0.23), ink),
    ];
    for x in [0.2, 0.8] {
        items.push(line(at(x, 0.2), at(x - 0.14, 0.56), 0.035 * s, ink));
        items.push(line(at(x, 0.2), at(x + 0.14, 0.56), 0.035 * s, ink));
        let pan: Vec<(f32, f32)> = (0..=16)
            .map(|i| {
                let a = std::f32::consts::PI * i as f32 / 16.0;
                (x + 0.17 * a.cos(), 0.56 + 0.13 * a.sin())
            })
            .collect();
        items.push(shape(&at, &pan, ink));
    }
    items
}

fn skyline(_s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb, paper: Rgb) -> Vec<Item> {
    let buildings = [
        (0.03, 0.46, 0.25),
        (0.29, 0.1, 0.52),
        (0.56, 0.3, 0.75),
        (0.79, 0.56, 0.97),
    ];
    let mut items: Vec<Item> = buildings
        .iter()
        .map(|&(x0, top, x1)| block(&at, (x0, top), (x1, 0.97), ink))
        .collect();
    for row in 0..5 {
        let y = 0.18 + 0.14 * row as f32;
        for x in [0.34, 0.43] {
            items.push(block(&at, (x, y), (x + 0.05, y + 0.07), paper));
        }
    }
    items
}

fn loop_arrow(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb) -> Vec<Item> {
    let (cx, cy) = at(0.5, 0.52);
    let tau = std::f32::consts::TAU;
    // Clockwise from 12 o'clock, leaving a gap for the arrowhead.
    let (start, sweep) = (0.12 * tau, 0.78 * tau);
    let mut items = ring(cx, cy, 0.42 * s, 0.3 * s, start, sweep, ink);
    // The head at the ring's end, pointing on round the circle.
    let end = start + sweep - std::f32::consts::FRAC_PI_2;
    let along = end + 0.32;
    let point = |r: f32, a: f32| (0.5 + r * a.cos(), 0.52 + r * a.sin());
    items.push(shape(
        &at,
        &[point(0.48, end), point(0.36, along), point(0.24, end)],
        ink,
    ));
    items
}

fn thermometer(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb, paper: Rgb) -> Vec<Item> {
    let (bx, by) = at(0.42, 0.76);
    let (tx, ty) = at(0.42, 0.14);
    let mut items = vec![
        disc(bx, by, 0.2 * s, ink),
        disc(tx, ty, 0.1 * s, ink),
        block(&at, (0.32, 0.14), (0.52, 0.7), ink),
        // The empty part of the tube, above the rising level.
        block(&at, (0.39, 0.12), (0.45, 0.42), paper),
    ];
    for (i, y) in [0.16, 0.28, 0.4, 0.52].into_iter().enumerate() {
        let length = if i % 2 == 0 { 0.3 } else { 0.2 };
        items.push(block(&at, (0.6, y), (0.6 + length, y + 0.05), ink));
    }
    items
}

fn fish(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb, paper: Rgb) -> Vec<Item> {
    let body: Vec<(f32, f32)> = (0..32)
        .map(|i| {
            let a = i as f32 / 32.0 * std::f32::consts::TAU;
            (0.42 + 0.34 * a.cos(), 0.4 + 0.2 * a.sin())
        })
        .collect();
    let (ex, ey) = at(0.22, 0.36);
    let mut items = vec![
        shape(&at, &body, ink),
        shape(&at, &[(0.7, 0.4), (0.96, 0.2), (0.96, 0.6)], ink),
        disc(ex, ey, 0.04 * s, paper),
    ];
    items.extend(wave(s, &at, (0.08, 0.92), 0.8, ink));
    items.extend(wave(s, &at, (0.08, 0.92), 0.95, ink));
    items
}

fn tree(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb) -> Vec<Item> {
    let mut items = vec![
        block(&at, (0.44, 0.5), (0.56, 0.92), ink),
        block(&at, (0.06, 0.9), (0.94, 0.97), ink),
    ];
    for (x, y, r) in [(0.5, 0.27, 0.24), (0.29, 0.44, 0.18), (0.71, 0.44, 0.18)] {
        let (cx, cy) = at(x, y);
        items.push(disc(cx, cy, r * s, ink));
    }
    items
}

fn gavel(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb) -> Vec<Item> {
    vec![
        // The head, across the handle's end.
        line(at(0.16, 0.4), at(0.46, 0.1), 0.2 * s, ink),
        line(at(0.31, 0.25), at(0.84, 0.78), 0.08 * s, ink),
        block(&at, (0.46, 0.86), (0.96, 0.97), ink),
    ]
}

fn rings(s: f32, at: impl Fn(f32, f32) -> (f32, f32), ink: Rgb) -> Vec<Item> {
    [(0.3, 0.34), (0.7, 0.34), (0.5, 0.68)]
        .into_iter()
        .flat_map(|(x, y)| {
            let (cx, cy) = at(x, y);
            ring(cx, cy, 0.26 * s, 0.19 * s, 0.0, std::f32::consts::TAU, ink)
        })
        .collect()
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
                    Item::Text(_) | Item::Logo { .. } | Item::Area { .. } => {
                        panic!("emblems are shapes only")
                    }
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
