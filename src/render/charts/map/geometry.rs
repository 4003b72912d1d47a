//! Plane geometry a map needs on its rings: clipping to the map's frame, dropping
//! points closer than a pixel, and the hatching that marks "no data".

use crate::render::scene::Rect;

/// A ring: its corners in order, closed implicitly.
pub type Ring = Vec<(f32, f32)>;

/// One side of the clipping window: whether a point is inside it, and where a
/// segment crosses it.
type Edge = (
    fn((f32, f32), Rect) -> bool,
    fn((f32, f32), (f32, f32), Rect) -> (f32, f32),
);

/// `ring` clipped to `rect` (Sutherland–Hodgman: exact for a convex window, and a
/// ring's holes are clipped the same way, so the even-odd fill stays right).
pub fn clip(ring: &[(f32, f32)], rect: Rect) -> Ring {
    let edges: [Edge; 4] = [
        (|p, r| p.0 >= r.x, |a, b, r| at_x(a, b, r.x)),
        (|p, r| p.0 <= r.right(), |a, b, r| at_x(a, b, r.right())),
        (|p, r| p.1 >= r.y, |a, b, r| at_y(a, b, r.y)),
        (|p, r| p.1 <= r.bottom(), |a, b, r| at_y(a, b, r.bottom())),
    ];
    let mut out: Ring = ring.to_vec();
    for (inside, cross) in edges {
        let input = std::mem::take(&mut out);
        let Some(&last) = input.last() else { break };
        let mut prev = last;
        for &p in &input {
            match (inside(p, rect), inside(prev, rect)) {
                (true, true) => out.push(p),
                (true, false) => {
                    out.push(cross(prev, p, rect));
                    out.push(p);
                }
                (false, true) => out.push(cross(prev, p, rect)),
                (false, false) => {}
            }
            prev = p;
        }
    }
    out
}

fn at_x(a: (f32, f32), b: (f32, f32), x: f32) -> (f32, f32) {
    let t = (x - a.0) / (b.0 - a.0);
    (x, a.1 + (b.1 - a.1) * t)
}

fn at_y(a: (f32, f32), b: (f32, f32), y: f32) -> (f32, f32) {
    let t = (y - a.1) / (b.1 - a.1);
    (a.0 + (b.0 - a.0) * t, y)
}

/// `ring` without the points that lie within `tolerance` of the last one kept: what
/// the output cannot show (a coastline at a poster's size keeps its detail, at a
/// feed card's it sheds what would fall inside one pixel).
pub fn thin(ring: &[(f32, f32)], tolerance: f32) -> Ring {
    let mut out: Ring = Vec::with_capacity(ring.len());
    for &p in ring {
        match out.last() {
            Some(&q) if (p.0 - q.0).abs() < tolerance && (p.1 - q.1).abs() < tolerance => {}
            _ => out.push(p),
        }
    }
    out
}

/// The bounding box of `rings`, or None when they hold no point.
pub fn bounds<'a>(rings: impl IntoIterator<Item = &'a Ring>) -> Option<Rect> {
    let mut points = rings.into_iter().flatten();
    let &(x, y) = points.next()?;
    let (mut x0, mut y0, mut x1, mut y1) = (x, y, x, y);
    for &(x, y) in points {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    Some(Rect::new(x0, y0, x1 - x0, y1 - y0))
}

/// Hatching inside `rings` (by the even-odd rule): lines rising at 45°, `gap` apart,
/// `width` thick, each returned as a thin four-cornered ring.
pub fn hatch(rings: &[Ring], gap: f32, width: f32) -> Vec<Ring> {
    // In coordinates turned by 45° (u along the lines, v across them) the lines are
    // v = k · gap; each crosses the rings' edges at points paired inside/outside.
    let s = std::f32::consts::FRAC_1_SQRT_2;
    let turn = |(x, y): (f32, f32)| ((x - y) * s, (x + y) * s);
    let back = |(u, v): (f32, f32)| ((u + v) * s, (v - u) * s);
    let turned: Vec<Ring> = rings
        .iter()
        .map(|r| r.iter().copied().map(turn).collect())
        .collect();
    let Some(b) = bounds(&turned) else {
        return Vec::new();
    };
    if gap.is_nan() || gap <= 0.0 || b.h / gap > 10_000.0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut v = (b.y / gap).ceil() * gap;
    let mut crossings: Vec<f32> = Vec::new();
    while v <= b.bottom() {
        crossings.clear();
        for ring in &turned {
            let Some(&last) = ring.last() else { continue };
            let mut prev = last;
            for &p in ring {
                if (prev.1 <= v) != (p.1 <= v) {
                    crossings.push(prev.0 + (p.0 - prev.0) * (v - prev.1) / (p.1 - prev.1));
                }
                prev = p;
            }
        }
        crossings.sort_by(f32::total_cmp);
        for pair in crossings.chunks_exact(2) {
            let half = width / 2.0;
            out.push(
                [
                    (pair[0], v - half),
                    (pair[1], v - half),
                    (pair[1], v + half),
                    (pair[0], v + half),
                ]
                .map(back)
                .to_vec(),
            );
        }
        v += gap;
    }
    out
}

/// The area a ring encloses (the shoelace formula), in its own units.
pub fn area(ring: &[(f32, f32)]) -> f32 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum::<f32>()
        .abs()
        / 2.0
}

/// The middle of the area a ring encloses (its centroid), or the mean of its points
/// when it encloses none.
pub fn middle(ring: &[(f32, f32)]) -> Option<(f32, f32)> {
    let n = ring.len();
    let (mut twice, mut cx, mut cy) = (0.0f64, 0.0f64, 0.0f64);
    for i in 0..n {
        let (a, b) = (ring[i], ring[(i + 1) % n]);
        let cross = f64::from(a.0) * f64::from(b.1) - f64::from(b.0) * f64::from(a.1);
        twice += cross;
        cx += f64::from(a.0 + b.0) * cross;
        cy += f64::from(a.1 + b.1) * cross;
    }
    if twice.abs() > f64::EPSILON {
        return Some(((cx / (3.0 * twice)) as f32, (cy / (3.0 * twice)) as f32));
    }
    if n == 0 {
        return None;
    }
    let (sx, sy) = ring.iter().fold((0.0, 0.0), |(x, y), p| (x + p.0, y + p.1));
    Some((sx / n as f32, sy / n as f32))
}

/// A dot: a circle of `radius` about `centre`, as a ring fine enough to look round at
/// any size a dot is drawn.
pub fn dot((x, y): (f32, f32), radius: f32) -> Ring {
    const SIDES: usize = 24;
    (0..SIDES)
        .map(|i| {
            let turn = std::f32::consts::TAU * i as f32 / SIDES as f32;
            (x + radius * turn.cos(), y + radius * turn.sin())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rings_middle_is_its_centroid_and_a_dot_is_round() {
        let l_shape = vec![
            (0.0, 0.0),
            (2.0, 0.0),
            (2.0, 1.0),
            (1.0, 1.0),
            (1.0, 2.0),
            (0.0, 2.0),
        ];
        // Two unit squares' and one's centres, weighted: (5/6, 5/6).
        let (x, y) = middle(&l_shape).unwrap();
        assert!(
            (x - 5.0 / 6.0).abs() < 1e-5 && (y - 5.0 / 6.0).abs() < 1e-5,
            "{x} {y}"
        );
        assert_eq!(middle(&[(1.0, 1.0), (3.0, 1.0)]), Some((2.0, 1.0)));
        assert_eq!(middle(&[]), None);
        let round = dot((10.0, 20.0), 4.0);
        let pi = area(&round) / 16.0;
        assert!((pi - std::f32::consts::PI).abs() < 0.05, "{pi}");
        let b = bounds([&round]).unwrap();
        assert!(
            (b.w - 8.0).abs() < 1e-3 && (b.x - 6.0).abs() < 1e-3,
            "{b:?}"
        );
    }

    #[test]
    fn a_ring_is_clipped_to_the_frame() {
        let square = vec![(-5.0, -5.0), (5.0, -5.0), (5.0, 5.0), (-5.0, 5.0)];
        let clipped = clip(&square, Rect::new(0.0, 0.0, 10.0, 10.0));
        assert!((area(&clipped) - 25.0).abs() < 1e-4, "{clipped:?}");
        assert!(clip(&square, Rect::new(20.0, 20.0, 5.0, 5.0)).is_empty());
        assert_eq!(clip(&square, Rect::new(-10.0, -10.0, 20.0, 20.0)), square);
    }

    #[test]
    fn thinning_keeps_the_corners_a_pixel_apart() {
        let ring = vec![
            (0.0, 0.0),
            (0.2, 0.1),
            (10.0, 0.0),
            (10.0, 0.3),
            (10.0, 10.0),
        ];
        assert_eq!(
            thin(&ring, 1.0),
            vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)]
        );
    }

    #[test]
    fn hatching_stays_inside_and_skips_holes() {
        let outer = vec![(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)];
        let hole = vec![(25.0, 25.0), (75.0, 25.0), (75.0, 75.0), (25.0, 75.0)];
        let lines = hatch(std::slice::from_ref(&outer), 10.0, 2.0);
        let covered: f32 = lines.iter().map(|l| area(l)).sum();
        // A fifth of the square (2 in every 10), give or take the corners.
        assert!((covered / 10_000.0 - 0.2).abs() < 0.02, "{covered}");
        let holed = hatch(&[outer, hole], 10.0, 2.0);
        let covered_holed: f32 = holed.iter().map(|l| area(l)).sum();
        assert!(
            (covered_holed / 7_500.0 - 0.2).abs() < 0.02,
            "{covered_holed}"
        );
        for point in holed.iter().flatten() {
            let inside_hole = point.0 > 26.5 && point.0 < 73.5 && point.1 > 26.5 && point.1 < 73.5;
            assert!(!inside_hole, "{point:?}");
            assert!(
                (-1.5..=101.5).contains(&point.0) && (-1.5..=101.5).contains(&point.1),
                "{point:?}"
            );
        }
        assert!(hatch(&[], 10.0, 2.0).is_empty());
        assert!(hatch(&[vec![(0.0, 0.0), (1e9, 0.0), (0.0, 1e9)]], 1.0, 0.5).is_empty());
    }
}
