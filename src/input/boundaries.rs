//! Boundaries read from a TopoJSON file: the world's countries (world-atlas, Natural
//! Earth) and, later, a campaigner's own counties. Each area comes out as rings of
//! longitude/latitude in degrees, with its id and its properties as text, whatever
//! the file's encoding (quantized or not, arcs shared and reversed).
//!
//! A file is untrusted: an arc index out of range, a position that is not degrees, a
//! number that is not finite or a file past [`LIMITS`] (in points stored or written
//! out) is an error with a message id, never a panic; geometry other than polygons,
//! and rings of fewer than three points, are skipped.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::model::error::UserError;

/// How much a boundaries file may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Points in all arcs together.
    pub points: usize,
    /// Areas (features).
    pub areas: usize,
}

/// The limits of a file read in the browser: Natural Earth's 1:50m countries hold
/// about 80,000 points.
pub const LIMITS: Limits = Limits {
    points: 2_000_000,
    areas: 5_000,
};

/// Why a boundaries file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoundariesError {
    /// Not JSON, or not a TopoJSON topology.
    NotTopology,
    /// An arc index or a number that the file itself contradicts.
    Broken,
    /// More points or areas than [`LIMITS`].
    TooLarge,
}

impl UserError for BoundariesError {
    fn message_id(&self) -> &'static str {
        match self {
            BoundariesError::NotTopology => "map-file-unreadable",
            BoundariesError::Broken => "map-data-broken",
            BoundariesError::TooLarge => "map-data-too-large",
        }
    }
}

/// One area: a country, a county.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    /// Its id in the file (world-atlas: the ISO 3166-1 numeric code, "404").
    pub id: Option<String>,
    /// Its properties that are text or numbers, as text ("name" → "Kenya").
    pub properties: BTreeMap<String, String>,
    /// Its rings (outer rings and holes alike), each closed implicitly, in degrees
    /// (longitude, latitude).
    pub rings: Vec<Vec<(f64, f64)>>,
}

#[derive(Deserialize)]
struct Topology {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    transform: Option<Transform>,
    objects: BTreeMap<String, Geometry>,
    arcs: Vec<Vec<Vec<f64>>>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
#[serde(tag = "type")]
// The variants are named as TopoJSON's `type` names them.
#[allow(clippy::enum_variant_names)]
enum Geometry {
    Polygon {
        arcs: Vec<Vec<i64>>,
        #[serde(default)]
        id: Option<Value>,
        #[serde(default)]
        properties: Option<BTreeMap<String, Value>>,
    },
    MultiPolygon {
        arcs: Vec<Vec<Vec<i64>>>,
        #[serde(default)]
        id: Option<Value>,
        #[serde(default)]
        properties: Option<BTreeMap<String, Value>>,
    },
    GeometryCollection {
        geometries: Vec<Geometry>,
    },
    #[serde(other)]
    Other,
}

/// Reads a TopoJSON topology: every polygon and multipolygon of the object named
/// `object` (of every object, in their names' order, when `None`), nested collections
/// flattened.
pub fn from_topojson(
    text: &str,
    object: Option<&str>,
    limits: Limits,
) -> Result<Vec<Area>, BoundariesError> {
    // A file of more points than the limit cannot be one of fewer (each point takes a
    // few bytes at least): refused before it is parsed.
    if text.len() / 4 > limits.points.saturating_mul(4) {
        return Err(BoundariesError::TooLarge);
    }
    let topology: Topology =
        serde_json::from_str(text).map_err(|_| BoundariesError::NotTopology)?;
    if topology.kind != "Topology" {
        return Err(BoundariesError::NotTopology);
    }
    let points: usize = topology.arcs.iter().map(Vec::len).sum();
    if points > limits.points {
        return Err(BoundariesError::TooLarge);
    }
    let arcs = decode_arcs(&topology)?;
    let mut areas = Vec::new();
    let mut written = 0usize;
    let mut stack: Vec<&Geometry> = topology
        .objects
        .iter()
        .rev()
        .filter(|(name, _)| object.is_none_or(|o| o == name.as_str()))
        .map(|(_, g)| g)
        .collect();
    while let Some(geometry) = stack.pop() {
        let (polygons, id, properties) = match geometry {
            Geometry::GeometryCollection { geometries } => {
                stack.extend(geometries.iter().rev());
                continue;
            }
            Geometry::Other => continue,
            Geometry::Polygon {
                arcs,
                id,
                properties,
            } => (std::slice::from_ref(arcs), id, properties),
            Geometry::MultiPolygon {
                arcs,
                id,
                properties,
            } => (arcs.as_slice(), id, properties),
        };
        if areas.len() >= limits.areas {
            return Err(BoundariesError::TooLarge);
        }
        let mut rings = Vec::new();
        for ring in polygons.iter().flatten() {
            let ring = stitch(&arcs, ring)?;
            // Arcs are shared: a ring may name one arc many times, so the points
            // written out are counted too.
            written = written.saturating_add(ring.len());
            if written > limits.points.saturating_mul(2) {
                return Err(BoundariesError::TooLarge);
            }
            if ring.len() >= 3 {
                rings.push(ring);
            }
        }
        areas.push(Area {
            id: id.as_ref().and_then(scalar),
            properties: properties
                .iter()
                .flatten()
                .filter_map(|(k, v)| scalar(v).map(|v| (k.clone(), v)))
                .collect(),
            rings,
        });
    }
    Ok(areas)
}

/// A property or id as text, if it is a string or a number.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Every arc's points in degrees: delta-decoded and scaled when the topology is
/// quantized.
fn decode_arcs(topology: &Topology) -> Result<Vec<Vec<(f64, f64)>>, BoundariesError> {
    let position = |p: &[f64]| match p {
        [x, y, ..] if x.is_finite() && y.is_finite() => Ok((*x, *y)),
        _ => Err(BoundariesError::Broken),
    };
    topology
        .arcs
        .iter()
        .map(|arc| {
            let mut out = Vec::with_capacity(arc.len());
            match &topology.transform {
                Some(Transform { scale, translate }) => {
                    let (mut x, mut y) = (0.0, 0.0);
                    for p in arc {
                        let (dx, dy) = position(p)?;
                        x += dx;
                        y += dy;
                        out.push((x * scale[0] + translate[0], y * scale[1] + translate[1]));
                    }
                }
                None => {
                    for p in arc {
                        out.push(position(p)?);
                    }
                }
            }
            // Degrees: a longitude past one turn either way, or a latitude past a pole,
            // is not (a file in metres, say).
            if out
                .iter()
                .any(|(x, y)| !(x.abs() <= 540.0 && y.abs() <= 90.0 + 1e-6))
            {
                return Err(BoundariesError::Broken);
            }
            Ok(out)
        })
        .collect()
}

/// One ring from its arcs: an arc given as `!i` (negative) runs backwards, and each
/// arc after the first starts where the one before it ended (that point is kept once).
fn stitch(arcs: &[Vec<(f64, f64)>], indices: &[i64]) -> Result<Vec<(f64, f64)>, BoundariesError> {
    let mut ring: Vec<(f64, f64)> = Vec::new();
    for &index in indices {
        let (at, reversed) = if index < 0 {
            (!index, true)
        } else {
            (index, false)
        };
        let arc = usize::try_from(at)
            .ok()
            .and_then(|at| arcs.get(at))
            .ok_or(BoundariesError::Broken)?;
        let skip = usize::from(!ring.is_empty());
        if reversed {
            ring.extend(arc.iter().rev().skip(skip));
        } else {
            ring.extend(arc.iter().skip(skip));
        }
    }
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    Ok(ring)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A square of two arcs (the second reversed) and a triangle, quantized.
    const SMALL: &str = r#"{
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
        "objects": {"places": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "404", "properties": {"name": "Square", "n": 3}, "arcs": [[0, -2]]},
            {"type": "MultiPolygon", "id": 7, "arcs": [[[2]]]},
            {"type": "Point", "coordinates": [0, 0]},
            {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "arcs": [[2]]}]}
        ]}},
        "arcs": [
            [[0, 0], [2, 0], [0, 2]],
            [[0, 0], [0, 2], [2, 0]],
            [[4, 4], [2, 0], [-1, 2], [-1, -2]]
        ]
    }"#;

    #[test]
    fn arcs_are_decoded_stitched_and_reversed() {
        let areas = from_topojson(SMALL, None, LIMITS).expect("reads");
        assert_eq!(
            areas.len(),
            3,
            "the point is skipped, the nested polygon kept"
        );
        let square = &areas[0];
        assert_eq!(square.id.as_deref(), Some("404"));
        assert_eq!(
            square.properties.get("name").map(String::as_str),
            Some("Square")
        );
        assert_eq!(square.properties.get("n").map(String::as_str), Some("3"));
        assert_eq!(
            square.rings,
            vec![vec![(10.0, 20.0), (11.0, 20.0), (11.0, 21.0), (10.0, 21.0)]]
        );
        assert_eq!(areas[1].id.as_deref(), Some("7"));
        assert_eq!(
            areas[1].rings,
            vec![vec![(12.0, 22.0), (13.0, 22.0), (12.5, 23.0)]]
        );
        assert_eq!(areas[2].id, None);
    }

    #[test]
    fn broken_and_hostile_files_are_errors() {
        let bad_index = SMALL.replace("[[0, -2]]", "[[0, 9]]");
        assert_eq!(
            from_topojson(&bad_index, None, LIMITS),
            Err(BoundariesError::Broken)
        );
        let huge_index = SMALL.replace("[[0, -2]]", "[[-9223372036854775808]]");
        assert_eq!(
            from_topojson(&huge_index, None, LIMITS),
            Err(BoundariesError::Broken)
        );
        assert_eq!(
            from_topojson("not json", None, LIMITS),
            Err(BoundariesError::NotTopology)
        );
        assert_eq!(
            from_topojson(
                r#"{"type": "FeatureCollection", "features": []}"#,
                None,
                LIMITS
            ),
            Err(BoundariesError::NotTopology)
        );
        let few = Limits {
            points: 5,
            areas: 10,
        };
        assert_eq!(
            from_topojson(SMALL, None, few),
            Err(BoundariesError::TooLarge)
        );
        let one = Limits {
            points: 100,
            areas: 1,
        };
        assert_eq!(
            from_topojson(SMALL, None, one),
            Err(BoundariesError::TooLarge)
        );
        let reused = SMALL.replace("[[0, -2]]", &format!("[[{}]]", vec!["0"; 2000].join(",")));
        let few_written = Limits {
            points: 1000,
            areas: 10,
        };
        assert_eq!(
            from_topojson(&reused, None, few_written),
            Err(BoundariesError::TooLarge)
        );
        let metres = SMALL.replace("\"translate\": [10, 20]", "\"translate\": [4000000, 20]");
        assert_eq!(
            from_topojson(&metres, None, LIMITS),
            Err(BoundariesError::Broken)
        );
        let short = SMALL.replace("[[4, 4], [2, 0]", "[[4], [2, 0]");
        assert_eq!(
            from_topojson(&short, None, LIMITS),
            Err(BoundariesError::Broken)
        );
        let deep = format!(
            r#"{{"type":"Topology","arcs":[],"objects":{{"a":{}{}}}}}"#,
            r#"{"type":"GeometryCollection","geometries":["#.repeat(200),
            "]}".repeat(200)
        );
        assert_eq!(
            from_topojson(&deep, None, LIMITS),
            Err(BoundariesError::NotTopology)
        );
    }

    #[test]
    fn the_worlds_countries_are_read() {
        let text = std::fs::read_to_string("public/maps/world-110m.json").expect("file");
        let areas = from_topojson(&text, Some("countries"), LIMITS).expect("reads");
        assert_eq!(areas.len(), 177);
        assert_eq!(from_topojson(&text, Some("land"), LIMITS), Ok(Vec::new()));
        let kenya = areas
            .iter()
            .find(|a| a.id.as_deref() == Some("404"))
            .expect("Kenya");
        assert_eq!(kenya.rings.len(), 1);
        for &(lon, lat) in kenya.rings.iter().flatten() {
            assert!(
                (33.0..42.5).contains(&lon) && (-5.0..5.7).contains(&lat),
                "{lon} {lat}"
            );
        }
    }
}
