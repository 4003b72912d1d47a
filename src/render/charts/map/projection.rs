//! Equal Earth (Šavrič, Patterson and Jenny, 2018): an equal-area projection of the
//! whole world, so a country's share of the map is its share of the land. Longitude
//! and latitude in degrees become x east and y north on a sphere of radius 1
//! (x within ±2.707, y within ±1.318), as d3-geo's `geoEqualEarth` at scale 1.

const A1: f64 = 1.340_264;
const A2: f64 = -0.081_106;
const A3: f64 = 0.000_893;
const A4: f64 = 0.003_796;

/// `(longitude, latitude)` in degrees, projected.
pub fn equal_earth(lon: f64, lat: f64) -> (f64, f64) {
    let m = 3f64.sqrt() / 2.0;
    let (lambda, phi) = (lon.to_radians(), lat.clamp(-90.0, 90.0).to_radians());
    let theta = (m * phi.sin()).asin();
    let (t2, t6) = (theta * theta, theta.powi(6));
    let x = lambda * theta.cos() / (m * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_d3_geo() {
        // d3.geoEqualEarth().scale(1).translate([0, 0]) gives y down: these are its
        // values with y negated (d3-geo 3.1.2).
        let near = |(x, y): (f64, f64), (ex, ey): (f64, f64)| {
            (x - ex).abs() < 1e-6 && (y - ey).abs() < 1e-6
        };
        assert_eq!(equal_earth(0.0, 0.0), (0.0, 0.0));
        assert!(
            near(equal_earth(180.0, 0.0), (2.706_629_98, 0.0)),
            "{:?}",
            equal_earth(180.0, 0.0)
        );
        assert!(
            near(equal_earth(0.0, 90.0), (0.0, 1.317_362_76)),
            "{:?}",
            equal_earth(0.0, 90.0)
        );
        assert!(
            near(equal_earth(36.8, -1.3), (0.553_287_43, -0.026_334_33)),
            "{:?}",
            equal_earth(36.8, -1.3)
        );
    }

    #[test]
    fn equal_areas_are_equal() {
        // Two 10° × 10° cells, at the equator and at 60°N, have the areas of their
        // spherical cells in proportion.
        let area = |lat: f64| {
            let [a, b, c, d] = [
                (0.0, lat),
                (10.0, lat),
                (10.0, lat + 10.0),
                (0.0, lat + 10.0),
            ]
            .map(|(lon, lat)| equal_earth(lon, lat));
            // Shoelace over the quadrilateral (its sides are near straight).
            0.5 * ((a.0 * b.1 - b.0 * a.1)
                + (b.0 * c.1 - c.0 * b.1)
                + (c.0 * d.1 - d.0 * c.1)
                + (d.0 * a.1 - a.0 * d.1))
        };
        let sphere = |lat: f64| (lat + 10.0).to_radians().sin() - lat.to_radians().sin();
        let ratio = area(60.0) / area(0.0);
        assert!((ratio - sphere(60.0) / sphere(0.0)).abs() < 0.01, "{ratio}");
    }
}
