//! Boundaries read from a TopoJSON or GeoJSON file: the world's countries
//! (world-atlas, Natural Earth) and a campaigner's own counties or districts. Each
//! area comes out as rings of longitude/latitude in degrees, with its id and its
//! properties as text, whatever the file's encoding (TopoJSON quantized or not, arcs
//! shared and reversed; GeoJSON features, bare geometries and nested collections).
//!
//! A file is untrusted: an arc index out of range, a position that is not degrees, a
//! number that is not finite, nesting past [`DEEPEST`] or a file past its [`Limits`]
//! (in points stored or written out) is an error with a message id, never a panic;
//! geometry other than polygons, and rings of fewer than three points, are skipped.
//! Winding is not read (maps are filled even-odd), so rings wound either way, and
//! rings that cross themselves, draw as their outlines say.
//!
//! [`import`] makes a campaigner's file into what a design keeps: the areas thinned
//! to what the largest export can show, written out again as a compact GeoJSON, with
//! the properties that could name the areas, best first.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::de::{self, Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;
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

/// The limits of a campaigner's own file as it is read, before it is thinned: a
/// county file exported at full detail from a national mapping agency.
pub const OWN_LIMITS: Limits = Limits {
    points: 20_000_000,
    areas: 20_000,
};

/// The largest file [`import`] reads, in bytes.
pub const MOST_BYTES: usize = 256 * 1024 * 1024;

/// How deep GeoJSON collections and features may nest.
pub const DEEPEST: usize = 32;

/// How finely an imported file is kept: its extent over this. An A3 poster at 300
/// DPI is under 5,000 pixels long, so a point closer than this to the one before
/// falls inside half a pixel of the largest export.
pub const KEPT_STEPS: f64 = 10_000.0;

/// Why a boundaries file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoundariesError {
    /// Not JSON, or neither a TopoJSON topology nor GeoJSON.
    NotTopology,
    /// An arc index or a number that the file itself contradicts.
    Broken,
    /// More points or areas than its [`Limits`].
    TooLarge,
    /// A map file without one polygon in it.
    NoAreas,
}

impl UserError for BoundariesError {
    fn message_id(&self) -> &'static str {
        match self {
            BoundariesError::NotTopology => "map-file-unreadable",
            BoundariesError::Broken => "map-data-broken",
            BoundariesError::TooLarge => "map-data-too-large",
            BoundariesError::NoAreas => "map-file-no-areas",
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
    /// Where an area too small for the boundaries' scale lies, when it is given as a
    /// point instead of rings (`tools/make-world.mjs` gives 1:110m the 61 countries it
    /// leaves out so): a map draws it as a dot.
    pub dot: Option<(f64, f64)>,
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
    Point {
        coordinates: Vec<f64>,
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

/// Reads a TopoJSON topology: every polygon, multipolygon and point of the object
/// named `object` (of every object, in their names' order, when `None`), nested
/// collections flattened.
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
        if areas.len() >= limits.areas {
            return Err(BoundariesError::TooLarge);
        }
        // A point is an area without rings, drawn as a dot.
        let (polygons, dot, id, properties) = match geometry {
            Geometry::GeometryCollection { geometries } => {
                stack.extend(geometries.iter().rev());
                continue;
            }
            Geometry::Other => continue,
            Geometry::Point {
                coordinates,
                id,
                properties,
            } => (
                &[][..],
                Some(decode_point(&topology, coordinates)?),
                id,
                properties,
            ),
            Geometry::Polygon {
                arcs,
                id,
                properties,
            } => (std::slice::from_ref(arcs), None, id, properties),
            Geometry::MultiPolygon {
                arcs,
                id,
                properties,
            } => (arcs.as_slice(), None, id, properties),
        };
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
            properties: scalars(properties.as_ref()),
            rings,
            dot,
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

/// A TopoJSON position's first two numbers.
fn position(p: &[f64]) -> Result<(f64, f64), BoundariesError> {
    match p {
        [x, y, ..] if x.is_finite() && y.is_finite() => Ok((*x, *y)),
        _ => Err(BoundariesError::Broken),
    }
}

/// Degrees: a longitude past one turn and a half either way, or a latitude past a
/// pole, is not (a file in metres, say).
fn in_degrees(points: &[(f64, f64)]) -> Result<(), BoundariesError> {
    if points
        .iter()
        .any(|(x, y)| !(x.abs() <= 540.0 && y.abs() <= 90.0 + 1e-6))
    {
        return Err(BoundariesError::Broken);
    }
    Ok(())
}

impl Transform {
    /// A quantized position in degrees.
    fn degrees(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (
            x * self.scale[0] + self.translate[0],
            y * self.scale[1] + self.translate[1],
        )
    }
}

/// A point geometry's position in degrees (a quantized topology's points are
/// quantized, not delta-encoded).
fn decode_point(topology: &Topology, p: &[f64]) -> Result<(f64, f64), BoundariesError> {
    let at = position(p)?;
    let at = topology.transform.as_ref().map_or(at, |t| t.degrees(at));
    in_degrees(&[at])?;
    Ok(at)
}

/// Every arc's points in degrees: delta-decoded and scaled when the topology is
/// quantized.
fn decode_arcs(topology: &Topology) -> Result<Vec<Vec<(f64, f64)>>, BoundariesError> {
    topology
        .arcs
        .iter()
        .map(|arc| {
            let mut out = Vec::with_capacity(arc.len());
            match &topology.transform {
                Some(transform) => {
                    let (mut x, mut y) = (0.0, 0.0);
                    for p in arc {
                        let (dx, dy) = position(p)?;
                        x += dx;
                        y += dy;
                        out.push(transform.degrees((x, y)));
                    }
                }
                None => {
                    for p in arc {
                        out.push(position(p)?);
                    }
                }
            }
            in_degrees(&out)?;
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

/// Any GeoJSON object, its members read only as far as its type needs: the
/// geometries' coordinates stay raw until they are read, one feature at a time, so a
/// large file is never held as a tree of values.
#[derive(Deserialize)]
struct GeoObject<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(borrow, default)]
    features: Option<Vec<&'a RawValue>>,
    #[serde(borrow, default)]
    geometry: Option<&'a RawValue>,
    #[serde(borrow, default)]
    geometries: Option<Vec<&'a RawValue>>,
    #[serde(borrow, default)]
    coordinates: Option<&'a RawValue>,
    #[serde(default)]
    properties: Option<BTreeMap<String, Value>>,
    #[serde(default)]
    id: Option<Value>,
}

/// A position: longitude and latitude (an altitude after them is skipped).
struct Position(f64, f64);

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Position, D::Error> {
        struct Two;
        impl<'de> Visitor<'de> for Two {
            type Value = Position;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a position of two numbers or more")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Position, A::Error> {
                let x: f64 = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let y: f64 = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Position(x, y))
            }
        }
        deserializer.deserialize_seq(Two)
    }
}

/// The properties of a feature that are text or numbers, as text.
fn scalars(properties: Option<&BTreeMap<String, Value>>) -> BTreeMap<String, String> {
    properties
        .into_iter()
        .flatten()
        .filter_map(|(k, v)| scalar(v).map(|v| (k.clone(), v)))
        .collect()
}

/// One ring in degrees, its longitudes made continuous (a ring across the
/// antimeridian runs on past 180° rather than jumping back to −180°).
fn degrees_ring(positions: Vec<Position>) -> Result<Vec<(f64, f64)>, BoundariesError> {
    let mut ring: Vec<(f64, f64)> = Vec::with_capacity(positions.len());
    for Position(x, y) in positions {
        if !(x.is_finite() && y.is_finite() && x.abs() <= 540.0 && y.abs() <= 90.0 + 1e-6) {
            return Err(BoundariesError::Broken);
        }
        let x = match ring.last() {
            Some(&(last, _)) => x + 360.0 * ((last - x) / 360.0).round(),
            None => x,
        };
        ring.push((x, y));
    }
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    Ok(ring)
}

/// Reads GeoJSON: a FeatureCollection, a Feature or a bare geometry; every Polygon
/// and MultiPolygon, in the file's order, with its feature's id and properties
/// (collections nested up to [`DEEPEST`] flattened, other geometry skipped).
pub fn from_geojson(text: &str, limits: Limits) -> Result<Vec<Area>, BoundariesError> {
    fn parse(raw: &str) -> Result<GeoObject<'_>, serde_json::Error> {
        serde_json::from_str(raw)
    }
    let top = parse(text).map_err(|_| BoundariesError::NotTopology)?;
    if !matches!(
        top.kind.as_str(),
        "FeatureCollection"
            | "Feature"
            | "GeometryCollection"
            | "Polygon"
            | "MultiPolygon"
            | "Point"
            | "MultiPoint"
            | "LineString"
            | "MultiLineString"
    ) {
        return Err(BoundariesError::NotTopology);
    }
    let mut areas: Vec<Area> = Vec::new();
    let mut points = 0usize;
    // (object, depth, the id and properties of the feature it is in).
    type Owner = (Option<String>, BTreeMap<String, String>);
    let mut stack: Vec<(GeoObject, usize, std::rc::Rc<Owner>)> =
        vec![(top, 0, std::rc::Rc::new((None, BTreeMap::new())))];
    while let Some((object, depth, owner)) = stack.pop() {
        if depth > DEEPEST {
            return Err(BoundariesError::Broken);
        }
        match object.kind.as_str() {
            "FeatureCollection" => {
                let features = object.features.unwrap_or_default();
                if features.len() > limits.areas {
                    return Err(BoundariesError::TooLarge);
                }
                let raws = features.iter().rev().map(|r| r.get()).collect();
                for child in children(raws)? {
                    stack.push((child, depth + 1, owner.clone()));
                }
            }
            "Feature" => {
                let own = std::rc::Rc::new((
                    object.id.as_ref().and_then(scalar),
                    scalars(object.properties.as_ref()),
                ));
                if let Some(raw) = object.geometry.filter(|g| g.get() != "null") {
                    for child in children(vec![raw.get()])? {
                        stack.push((child, depth + 1, own.clone()));
                    }
                }
            }
            "GeometryCollection" => {
                let raws = object
                    .geometries
                    .iter()
                    .flatten()
                    .rev()
                    .map(|r| r.get())
                    .collect();
                for child in children(raws)? {
                    stack.push((child, depth + 1, owner.clone()));
                }
            }
            kind @ ("Polygon" | "MultiPolygon") => {
                let raw = object.coordinates.map_or("[]", RawValue::get);
                let polygons: Vec<Vec<Vec<Position>>> = if kind == "Polygon" {
                    vec![serde_json::from_str(raw).map_err(|_| BoundariesError::Broken)?]
                } else {
                    serde_json::from_str(raw).map_err(|_| BoundariesError::Broken)?
                };
                if areas.len() >= limits.areas {
                    return Err(BoundariesError::TooLarge);
                }
                let mut rings = Vec::new();
                for ring in polygons.into_iter().flatten() {
                    points = points.saturating_add(ring.len());
                    if points > limits.points {
                        return Err(BoundariesError::TooLarge);
                    }
                    let ring = degrees_ring(ring)?;
                    if ring.len() >= 3 {
                        rings.push(ring);
                    }
                }
                // A multipolygon's islands on both sides of the antimeridian are kept
                // beside its first ring.
                if let Some(&(reference, _)) = rings.first().and_then(|r| r.first()) {
                    for ring in rings.iter_mut().skip(1) {
                        let turn = 360.0 * ((reference - ring[0].0) / 360.0).round();
                        ring.iter_mut().for_each(|p| p.0 += turn);
                    }
                }
                // A ring made continuous that winds past a turn and a half either way
                // goes round the world more than a boundary can.
                if rings.iter().flatten().any(|p| p.0.abs() > 540.0) {
                    return Err(BoundariesError::Broken);
                }
                areas.push(Area {
                    id: owner.0.clone(),
                    properties: owner.1.clone(),
                    rings,
                    dot: None,
                });
            }
            _ => {}
        }
    }
    Ok(areas)
}

/// The objects inside a collection or feature, in the order to take them off a stack.
fn children(raws: Vec<&str>) -> Result<Vec<GeoObject<'_>>, BoundariesError> {
    raws.into_iter()
        .map(|raw| serde_json::from_str(raw).map_err(|_| BoundariesError::Broken))
        .collect()
}

/// A campaigner's boundaries as a design keeps them.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The areas, thinned, as GeoJSON (read again by [`from_geojson`]).
    pub text: String,
    /// The properties that could name the areas, best first.
    pub properties: Vec<String>,
    /// How many areas there are.
    pub areas: usize,
    /// The points kept, and the points the file had.
    pub points: (usize, usize),
}

impl Imported {
    /// What a design keeps of these boundaries, imported from a file named `file`:
    /// named by the best property.
    pub fn keep(&self, file: &str) -> crate::model::document::OwnBoundaries {
        crate::model::document::OwnBoundaries {
            key: crate::input::storage::content_key(&self.text),
            file: file.to_owned(),
            property: self.properties.first().cloned().unwrap_or_default(),
        }
    }
}

/// Reads a campaigner's TopoJSON or GeoJSON file (at most [`MOST_BYTES`], within
/// [`OWN_LIMITS`]), thins it to [`KEPT_STEPS`] of its extent and writes it out
/// compactly; `labels` (the table's) rank the properties that could name its areas.
pub fn import(bytes: &[u8], labels: &[String]) -> Result<Imported, BoundariesError> {
    if bytes.len() > MOST_BYTES {
        return Err(BoundariesError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| BoundariesError::NotTopology)?;
    #[derive(Deserialize)]
    struct Kind {
        #[serde(rename = "type")]
        kind: String,
    }
    // Only the type is read here: its other members are skipped, not kept.
    let kind = serde_json::from_str::<Kind>(text).map_err(|_| BoundariesError::NotTopology)?;
    let areas = if kind.kind == "Topology" {
        from_topojson(text, None, OWN_LIMITS)?
    } else {
        from_geojson(text, OWN_LIMITS)?
    };
    let read: usize = areas.iter().flat_map(|a| &a.rings).map(Vec::len).sum();
    let areas: Vec<Area> = areas.into_iter().filter(|a| !a.rings.is_empty()).collect();
    let extent = extent(&areas).ok_or(BoundariesError::NoAreas)?;
    let tolerance = extent / KEPT_STEPS;
    let areas: Vec<Area> = areas
        .into_iter()
        .map(|area| Area {
            rings: area
                .rings
                .iter()
                .map(|ring| thin(ring, tolerance))
                .filter(|ring| ring.len() >= 3)
                .collect(),
            ..area
        })
        .filter(|a| !a.rings.is_empty())
        .collect();
    let kept: usize = areas.iter().flat_map(|a| &a.rings).map(Vec::len).sum();
    if kept > LIMITS.points || areas.len() > LIMITS.areas {
        return Err(BoundariesError::TooLarge);
    }
    Ok(Imported {
        text: to_geojson(&areas),
        properties: naming_properties(&areas, labels),
        areas: areas.len(),
        points: (kept, read),
    })
}

/// The larger side of the box around every area, in degrees.
fn extent(areas: &[Area]) -> Option<f64> {
    let mut points = areas.iter().flat_map(|a| &a.rings).flatten();
    let &(x, y) = points.next()?;
    let (mut x0, mut y0, mut x1, mut y1) = (x, y, x, y);
    for &(x, y) in points {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    Some((x1 - x0).max(y1 - y0).max(1e-9))
}

/// `ring` without the points within `tolerance` of the last one kept.
fn thin(ring: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(ring.len() / 2);
    for &p in ring {
        match out.last() {
            Some(&q) if (p.0 - q.0).abs() < tolerance && (p.1 - q.1).abs() < tolerance => {}
            _ => out.push(p),
        }
    }
    out
}

/// Areas as a compact GeoJSON FeatureCollection: each a Feature of its text
/// properties and one MultiPolygon holding each ring as a polygon of its own (the
/// map fills even-odd, so outer rings and holes need no order), positions to a
/// millionth of a degree.
pub fn to_geojson(areas: &[Area]) -> String {
    let mut out = String::from(r#"{"type":"FeatureCollection","features":["#);
    for (i, area) in areas.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(r#"{"type":"Feature","#);
        if let Some(id) = &area.id {
            // A string always serialises.
            out.push_str(r#""id":"#);
            out.push_str(&serde_json::to_string(id).unwrap_or_default());
            out.push(',');
        }
        out.push_str(r#""properties":"#);
        out.push_str(&serde_json::to_string(&area.properties).unwrap_or_else(|_| "{}".into()));
        out.push_str(r#","geometry":{"type":"MultiPolygon","coordinates":["#);
        for (r, ring) in area.rings.iter().enumerate() {
            out.push_str(if r > 0 { ",[[" } else { "[[" });
            for (p, (x, y)) in ring.iter().enumerate() {
                let round = |v: f64| (v * 1e6).round() / 1e6;
                // Writing into a String cannot fail.
                let _ = write!(
                    out,
                    "{}[{},{}]",
                    if p > 0 { "," } else { "" },
                    round(*x),
                    round(*y)
                );
            }
            out.push_str("]]");
        }
        out.push_str("]}}");
    }
    out.push_str("]}");
    out
}

/// The properties that could name `areas`, best first: those that match most of
/// `labels` (compared folded), then those with most distinct values, then those
/// called a name. A property no area has is not offered.
pub fn naming_properties(areas: &[Area], labels: &[String]) -> Vec<String> {
    use crate::input::countries::fold;
    let labels: BTreeSet<String> = labels
        .iter()
        .map(|l| fold(l))
        .filter(|l| !l.is_empty())
        .collect();
    let keys: BTreeSet<&String> = areas.iter().flat_map(|a| a.properties.keys()).collect();
    let mut ranked: Vec<(usize, usize, bool, &String)> = keys
        .into_iter()
        .map(|key| {
            let values: BTreeSet<String> = areas
                .iter()
                .filter_map(|a| a.properties.get(key))
                .map(|v| fold(v))
                .filter(|v| !v.is_empty())
                .collect();
            let matches = values.intersection(&labels).count();
            let lower = key.to_lowercase();
            let named = ["nam", "nom", "jina"].iter().any(|n| lower.contains(n));
            (matches, values.len(), named, key)
        })
        .filter(|r| r.1 > 0)
        .collect();
    ranked.sort_by(|a, b| (b.0, b.1, b.2).cmp(&(a.0, a.1, a.2)).then(a.3.cmp(b.3)));
    ranked.into_iter().map(|r| r.3.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A square of two arcs (the second reversed), a triangle and a point, quantized.
    const SMALL: &str = r#"{
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
        "objects": {"places": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "404", "properties": {"name": "Square", "n": 3}, "arcs": [[0, -2]]},
            {"type": "MultiPolygon", "id": 7, "arcs": [[[2]]]},
            {"type": "Point", "id": "480", "coordinates": [4, 2]},
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
        assert_eq!(areas.len(), 4, "the point and the nested polygon are kept");
        // A quantized point is scaled, not delta-decoded: (4, 2) → (12, 21).
        assert_eq!(areas[2].id.as_deref(), Some("480"));
        assert_eq!(areas[2].dot, Some((12.0, 21.0)));
        assert!(areas[2].rings.is_empty());
        assert!(areas.iter().filter(|a| a.dot.is_some()).count() == 1);
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
        assert_eq!(areas[3].id, None);
        assert_eq!(areas[3].rings, areas[1].rings);
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
        // 177 countries drawn at 1:110m, and the 61 it leaves out as points.
        assert_eq!(areas.iter().filter(|a| !a.rings.is_empty()).count(), 177);
        let dots: Vec<&Area> = areas.iter().filter(|a| a.dot.is_some()).collect();
        assert_eq!(dots.len(), 61);
        let mauritius = dots
            .iter()
            .find(|a| a.id.as_deref() == Some("480"))
            .and_then(|a| a.dot)
            .expect("Mauritius");
        assert!(
            (57.3..57.9).contains(&mauritius.0) && (-20.6..-19.9).contains(&mauritius.1),
            "{mauritius:?}"
        );
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

    /// Two features (a polygon with a hole and altitudes; a multipolygon inside a
    /// nested collection), a null geometry, a point and a line.
    const GEO: &str = r#"{"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": 1, "properties": {"name": "Nairobi", "code": 47, "extra": {"a": 1}},
         "geometry": {"coordinates": [[[36, -1, 1700], [37, -1, 1700], [37, -2, 1700], [36, -2, 1700], [36, -1, 1700]],
                                      [[36.2, -1.2], [36.4, -1.2], [36.4, -1.4]]], "type": "Polygon"}},
        {"type": "Feature", "properties": {"name": "Mombasa"},
         "geometry": {"type": "GeometryCollection", "geometries": [
            {"type": "GeometryCollection", "geometries": [
                {"type": "MultiPolygon", "coordinates": [[[[39, -4], [40, -4], [40, -5]]], [[[41, -4], [42, -4], [42, -5]]]]},
                {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}]}]}},
        {"type": "Feature", "properties": {"name": "Nowhere"}, "geometry": null},
        {"type": "Feature", "properties": null, "geometry": {"type": "Point", "coordinates": [1, 2]}}
    ]}"#;

    #[test]
    fn geojson_features_and_nested_collections_are_read() {
        let areas = from_geojson(GEO, LIMITS).expect("reads");
        assert_eq!(
            areas.len(),
            2,
            "the point, the line and the null geometry are skipped"
        );
        let nairobi = &areas[0];
        assert_eq!(nairobi.id.as_deref(), Some("1"));
        assert_eq!(
            nairobi.properties.get("name").map(String::as_str),
            Some("Nairobi")
        );
        assert_eq!(
            nairobi.properties.get("code").map(String::as_str),
            Some("47")
        );
        assert!(
            !nairobi.properties.contains_key("extra"),
            "an object is not a name"
        );
        assert_eq!(
            nairobi.rings,
            vec![
                vec![(36.0, -1.0), (37.0, -1.0), (37.0, -2.0), (36.0, -2.0)],
                vec![(36.2, -1.2), (36.4, -1.2), (36.4, -1.4)],
            ],
            "the closing point is dropped, altitudes are skipped, the hole is kept"
        );
        let mombasa = &areas[1];
        assert_eq!(
            mombasa.properties.get("name").map(String::as_str),
            Some("Mombasa")
        );
        assert_eq!(mombasa.rings.len(), 2, "both of the multipolygon's islands");
        let bare = r#"{"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1]]]}"#;
        assert_eq!(
            from_geojson(bare, LIMITS).expect("reads")[0].rings[0].len(),
            3
        );
    }

    #[test]
    fn rings_across_the_antimeridian_stay_together() {
        let fiji = r#"{"type": "MultiPolygon", "coordinates": [
            [[[179, -17], [-179, -17], [-179, -18], [179, -18]]],
            [[[-179.5, -16], [-178.5, -16], [-178.5, -16.5]]]]}"#;
        let areas = from_geojson(fiji, LIMITS).expect("reads");
        let xs: Vec<f64> = areas[0].rings.iter().flatten().map(|p| p.0).collect();
        assert_eq!(xs, vec![179.0, 181.0, 181.0, 179.0, 180.5, 181.5, 181.5]);
    }

    #[test]
    fn hostile_geojson_is_an_error_never_a_panic() {
        let error = |text: &str| from_geojson(text, LIMITS).err();
        assert_eq!(error("not json"), Some(BoundariesError::NotTopology));
        assert_eq!(
            error(r#"{"type": "Banana"}"#),
            Some(BoundariesError::NotTopology)
        );
        assert_eq!(error("[1, 2, 3]"), Some(BoundariesError::NotTopology));
        let polygon =
            |coordinates: &str| format!(r#"{{"type": "Polygon", "coordinates": {coordinates}}}"#);
        for broken in [
            "[[[0], [1, 0], [1, 1]]]",
            "[[[0, 0], [1, \"x\"], [1, 1]]]",
            "[[[4000000, 0], [1, 0], [1, 1]]]",
            "[[[0, 95], [1, 0], [1, 1]]]",
            "[[[0, 1e400], [1, 0], [1, 1]]]",
            // Made continuous, it goes round the world twice: 0, 170, 340, 510, 680.
            "[[[0, 0], [170, 0], [-20, 1], [150, 1], [-40, 2]]]",
            "{\"a\": 1}",
        ] {
            assert!(error(&polygon(broken)).is_some(), "{broken}");
        }
        let deep = format!(
            r#"{}{{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1]]]}}{}"#,
            r#"{"type":"GeometryCollection","geometries":["#.repeat(DEEPEST + 2),
            "]}".repeat(DEEPEST + 2)
        );
        assert!(error(&deep).is_some(), "nested past DEEPEST");
        let few = Limits {
            points: 6,
            areas: 10,
        };
        assert_eq!(
            from_geojson(GEO, few).err(),
            Some(BoundariesError::TooLarge)
        );
        let one = Limits {
            points: 100,
            areas: 1,
        };
        assert_eq!(
            from_geojson(GEO, one).err(),
            Some(BoundariesError::TooLarge)
        );
        assert_eq!(
            import(br#"{"type": "FeatureCollection", "features": []}"#, &[]).err(),
            Some(BoundariesError::NoAreas)
        );
        assert_eq!(
            import(&[0xff, 0xfe, 0x00], &[]).err(),
            Some(BoundariesError::NotTopology)
        );
    }

    #[test]
    fn an_import_is_thinned_kept_as_geojson_and_names_its_areas_best_first() {
        // A 10° square county beside a round one of 20,000 points, 1° across: the
        // round one keeps what 1/10,000 of the extent shows.
        let circle: Vec<String> = (0..20_000)
            .map(|i| {
                let a = i as f64 / 20_000.0 * std::f64::consts::TAU;
                format!("[{},{}]", 20.0 + 0.5 * a.cos(), 0.5 * a.sin())
            })
            .collect();
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[
            {{"type":"Feature","properties":{{"ID":1,"COUNTY":"Turkana","kind":"county"}},
              "geometry":{{"type":"Polygon","coordinates":[[[10,0],[20,0],[20,10],[10,10]]]}}}},
            {{"type":"Feature","properties":{{"ID":2,"COUNTY":"Kisumu","kind":"county"}},
              "geometry":{{"type":"Polygon","coordinates":[[{}]]}}}}]}}"#,
            circle.join(",")
        );
        let labels = vec!["turkana".to_owned(), "KISUMU ".to_owned()];
        let imported = import(text.as_bytes(), &labels).expect("imports");
        assert_eq!(imported.areas, 2);
        assert_eq!(imported.points.1, 20_004);
        assert!(
            (1_000..4_000).contains(&imported.points.0),
            "a circle 1° across, kept to 0.001°: {:?}",
            imported.points
        );
        assert_eq!(
            imported.properties,
            vec!["COUNTY", "ID", "kind"],
            "matches, then distinct values"
        );
        let again = from_geojson(&imported.text, LIMITS).expect("the kept text reads again");
        assert_eq!(again.len(), 2);
        assert_eq!(
            again[1].properties.get("COUNTY").map(String::as_str),
            Some("Kisumu")
        );
        assert_eq!(
            again[0].rings,
            vec![vec![(10.0, 0.0), (20.0, 0.0), (20.0, 10.0), (10.0, 10.0)]]
        );
        // With no table to go by, the property of most distinct values, names first.
        assert_eq!(
            import(text.as_bytes(), &[]).expect("imports").properties[0],
            "COUNTY"
        );
        let topo = import(SMALL.as_bytes(), &[]).expect("TopoJSON imports too");
        assert_eq!(topo.areas, 3);
    }

    // Native only: proptest is not a wasm32 dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        /// Any file made from a good one by cutting it short or changing one byte is
        /// read or refused with a message, never a panic; whatever is read is degrees.
        #[test]
        fn a_damaged_file_is_read_or_refused(cut in 0usize..1200, at in 0usize..1200, byte in 0u8..=255) {
            for good in [GEO, SMALL] {
                let mut bytes = good.as_bytes().to_vec();
                let at = at % bytes.len();
                bytes[at] = byte;
                bytes.truncate(cut.max(1).min(bytes.len()));
                if let Ok(imported) = import(&bytes, &[]) {
                    let areas = from_geojson(&imported.text, LIMITS).expect("kept text reads");
                    for &(x, y) in areas.iter().flat_map(|a| &a.rings).flatten() {
                        proptest::prop_assert!(x.abs() <= 900.0 && y.abs() <= 90.0 + 1e-6);
                    }
                }
            }
        }
    }
}
