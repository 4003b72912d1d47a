//! Areas — the world's countries, or a campaigner's own counties — projected once
//! when their boundaries arrive, and the choropleth drawn from them: the table's rows matched to countries, the frame
//! around the data's countries, one colour per quantile step, outlines in the
//! ground's colour, "no data" hatched, and the legend under the map.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::classes::{read_breaks, Classes};
use super::geometry::{self, bounds, clip, dot, hatch, thin, Ring};
use super::projection::equal_earth;
use super::{Atlas, Detail, Unplaced};
use crate::input::boundaries::{self, Area, BoundariesError};
use crate::input::countries::{Found, Gazetteer};
use crate::model::document::Scope;
use crate::model::i18n::Lang;
use crate::render::charts::rows_note;
use crate::render::layout::fit::{Align, VAlign};
use crate::render::layout::shapes::mix;
use crate::render::layout::Ctx;
use crate::render::scene::{Item, Outline, Rect, Rgb, Role};
use crate::render::text::Face;

/// Antarctica's ISO numeric code: left out of a world map's frame unless the table
/// names it.
const ANTARCTICA: &str = "010";

/// The audience's country as drawn: its rings, its hatching, its fill and value.
type Highlighted = (Vec<Ring>, Vec<Ring>, Rgb, Option<f64>);

/// Labels whose offers are kept before the store starts again.
const OFFERS_KEPT: usize = 512;

/// One area of the boundaries, projected (y down).
struct Shape {
    /// Its ISO numeric code, if the source gives one.
    numeric: Option<String>,
    rings: Vec<Ring>,
    bounds: Rect,
    /// The bounds of its largest ring: what a map frames it by (Russia's and Fiji's
    /// islands lie on both sides of the antimeridian, France's include Guiana).
    main: Rect,
    /// The middle of its largest ring, or where it lies when the boundaries give it
    /// as a point: where its dot is drawn when it is too small to see.
    middle: (f32, f32),
}

/// The bounds of a ring, on the side of the antimeridian that holds most of its
/// points when it runs along it (Natural Earth cuts rings there: Russia's mainland
/// reaches both edges of the world).
fn mainland(ring: &Ring) -> Option<Rect> {
    let all = geometry::bounds([ring])?;
    if all.w < 3.0 {
        return Some(all);
    }
    let east = ring.iter().filter(|p| p.0 >= 0.0).count();
    let keep_east = east * 2 >= ring.len();
    let side: Ring = ring
        .iter()
        .copied()
        .filter(|p| (p.0 >= 0.0) == keep_east)
        .collect();
    geometry::bounds([&side])
}

/// The meridian in the middle of `areas` (the mean of their first points' directions,
/// so areas on both sides of the antimeridian have it between them).
fn middle_meridian(areas: &[Area]) -> f64 {
    let (sin, cos) = areas
        .iter()
        .filter_map(|a| a.rings.first()?.first())
        .map(|p| p.0.to_radians())
        .fold((0.0, 0.0), |(s, c), lon| (s + lon.sin(), c + lon.cos()));
    if sin == 0.0 && cos == 0.0 {
        0.0
    } else {
        sin.atan2(cos).to_degrees()
    }
}

/// Areas, with the names they are matched by: the world's countries
/// ([`AreaAtlas::from_json`]) or a campaigner's own ([`AreaAtlas::own`]).
pub struct AreaAtlas {
    gazetteer: Arc<Gazetteer>,
    shapes: Vec<Shape>,
    /// Shape by ISO numeric code.
    by_numeric: HashMap<String, usize>,
    /// The offers made for a label in a language, kept.
    offered: Mutex<HashMap<(String, Lang), Vec<String>>>,
    /// The properties that could name a campaigner's own areas, best first.
    properties: Vec<String>,
    /// Whether these are a campaigner's own areas: the map then frames them as
    /// closely as they lie (a county file fills the map), where a world map never
    /// shows less than [`MapRules::least_frame`](crate::render::layout::design::MapRules).
    own: bool,
}

/// What a table says about the map's countries.
struct Matched {
    /// Shape → its value (None: named, without a value), the first row naming it.
    values: HashMap<usize, Option<f64>>,
    /// Rows that name no country, or one these boundaries leave out (Tuvalu).
    missing: usize,
}

impl AreaAtlas {
    /// The atlas of `areas` (keyed by ISO numeric code).
    pub fn new(gazetteer: Arc<Gazetteer>, areas: Vec<Area>) -> AreaAtlas {
        AreaAtlas::about(gazetteer, areas, None)
    }

    /// A campaigner's own areas (GeoJSON as [`boundaries::import`] keeps it), each
    /// named by its value of `property`, projected about their own middle meridian
    /// (islands across the antimeridian stay together).
    pub fn own(text: &str, property: &str) -> Result<AreaAtlas, BoundariesError> {
        let areas = boundaries::from_geojson(text, boundaries::LIMITS)?;
        let id = |i: usize| format!("#{i}");
        let names = areas
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.properties.get(property).map(|n| (id(i), n.clone())));
        let gazetteer = Arc::new(Gazetteer::of_areas(names));
        let areas: Vec<Area> = areas
            .into_iter()
            .enumerate()
            .map(|(i, a)| Area {
                id: Some(id(i)),
                ..a
            })
            .collect();
        let centre = middle_meridian(&areas);
        let properties = boundaries::naming_properties(&areas, &[]);
        Ok(AreaAtlas {
            properties,
            own: true,
            ..AreaAtlas::about(gazetteer, areas, Some(centre))
        })
    }

    /// The atlas of `areas` projected about meridian `centre`, each area moved by
    /// whole turns to lie within half a turn of it (None: as they are, about 0°, as
    /// world-atlas cuts its countries at the antimeridian).
    fn about(gazetteer: Arc<Gazetteer>, areas: Vec<Area>, centre: Option<f64>) -> AreaAtlas {
        let shapes: Vec<Shape> = areas
            .into_iter()
            .filter_map(|area| {
                let first = area
                    .rings
                    .first()
                    .and_then(|r| r.first())
                    .map_or(0.0, |p| p.0);
                let turn = centre.map_or(0.0, |c| 360.0 * ((c - first) / 360.0).round() - c);
                let project = |&(lon, lat): &(f64, f64)| {
                    let (x, y) = equal_earth(lon + turn, lat);
                    (x as f32, -y as f32)
                };
                let rings: Vec<Ring> = area
                    .rings
                    .iter()
                    .map(|ring| ring.iter().map(project).collect())
                    .collect();
                let largest = rings
                    .iter()
                    .max_by(|a, b| geometry::area(a).total_cmp(&geometry::area(b)));
                let middle = area
                    .dot
                    .as_ref()
                    .map(project)
                    .or_else(|| largest.and_then(|r| geometry::middle(r)))?;
                // A point's bounds: a speck about it, so frames and overlaps hold it.
                let speck = Rect::new(middle.0 - 1e-4, middle.1 - 1e-4, 2e-4, 2e-4);
                let bounds = bounds(&rings).unwrap_or(speck);
                let main = largest.and_then(mainland).unwrap_or(bounds);
                Some(Shape {
                    numeric: area.id,
                    rings,
                    bounds,
                    main,
                    middle,
                })
            })
            .collect();
        let by_numeric = shapes
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.numeric.clone().map(|n| (n, i)))
            .collect();
        AreaAtlas {
            gazetteer,
            shapes,
            by_numeric,
            offered: Mutex::default(),
            properties: Vec::new(),
            own: false,
        }
    }

    /// Reads world-atlas's countries (`public/maps/world-*.json`).
    pub fn from_json(gazetteer: Arc<Gazetteer>, text: &str) -> Result<AreaAtlas, BoundariesError> {
        let areas = boundaries::from_topojson(text, Some("countries"), boundaries::LIMITS)?;
        Ok(AreaAtlas::new(gazetteer, areas))
    }

    /// The shipped boundaries, read from `public/maps` once per process (tests,
    /// gallery, native exports).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn bundled(detail: Detail) -> Arc<AreaAtlas> {
        use std::sync::OnceLock;
        static ATLASES: [OnceLock<Arc<AreaAtlas>>; 2] = [OnceLock::new(), OnceLock::new()];
        static GAZETTEER: OnceLock<Arc<Gazetteer>> = OnceLock::new();
        let read = |name: &str| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("public/maps")
                .join(name);
            std::fs::read_to_string(path).expect("the shipped map data is readable")
        };
        let gazetteer = GAZETTEER.get_or_init(|| {
            Arc::new(Gazetteer::from_json(&read("countries.json")).expect("countries.json parses"))
        });
        let slot = &ATLASES[Detail::ALL.iter().position(|&d| d == detail).unwrap_or(0)];
        slot.get_or_init(|| {
            let file = detail.url().trim_start_matches("maps/");
            Arc::new(
                AreaAtlas::from_json(gazetteer.clone(), &read(file))
                    .expect("the shipped boundaries parse"),
            )
        })
        .clone()
    }

    /// The audience's own country, when a national or regional design names one:
    /// the map shows it in its region, outlined and named.
    fn place(&self, ctx: &Ctx) -> Option<usize> {
        let audience = &ctx.doc.audience;
        if audience.scope == Scope::International || audience.place.trim().is_empty() {
            return None;
        }
        self.gazetteer
            .lookup(&audience.place, ctx.doc.language)
            .and_then(|c| self.by_numeric.get(&c.numeric))
            .copied()
    }

    fn matched(&self, ctx: &Ctx) -> Matched {
        let mut matched = Matched {
            values: HashMap::new(),
            missing: 0,
        };
        for row in &ctx.doc.rows {
            let label = row.label.trim();
            if label.is_empty() {
                continue;
            }
            let shape = self
                .gazetteer
                .lookup(label, ctx.doc.language)
                .and_then(|c| self.by_numeric.get(&c.numeric));
            match shape {
                Some(&i) => {
                    matched
                        .values
                        .entry(i)
                        .or_insert(row.value.filter(|v| v.is_finite()));
                }
                None => matched.missing += 1,
            }
        }
        matched
    }

    /// The region the data covers, padded, in projected units: the whole world
    /// (Antarctica aside) when the table names no country.
    fn frame(
        &self,
        matched: &Matched,
        place: Option<usize>,
        rules: &crate::render::layout::design::MapRules,
    ) -> Rect {
        // The audience's country with its neighbours around it.
        let around = place.map(|i| {
            let b = self.shapes[i].main;
            let pad = rules.locator_pad * b.w.max(b.h);
            Rect::new(b.x - pad, b.y - pad, b.w + 2.0 * pad, b.h + 2.0 * pad)
        });
        let named = matched
            .values
            .keys()
            .map(|&i| self.shapes[i].main)
            .reduce(|a, b| a.union(&b));
        let named = match (named, around) {
            (Some(n), Some(a)) => Some(n.union(&a)),
            (n, a) => n.or(a),
        };
        let world = || {
            self.shapes
                .iter()
                .filter(|s| s.numeric.as_deref() != Some(ANTARCTICA))
                .map(|s| s.bounds)
                .reduce(|a, b| a.union(&b))
                .unwrap_or(Rect::new(-2.7, -1.3, 5.4, 2.6))
        };
        let data = named.unwrap_or_else(world);
        let pad = rules.pad * data.w.max(data.h);
        let least = if self.own { 1e-6 } else { rules.least_frame };
        let (w, h) = (
            (data.w + 2.0 * pad).max(least),
            (data.h + 2.0 * pad).max(least),
        );
        let centre = (data.x + data.w / 2.0, data.y + data.h / 2.0);
        Rect::new(centre.0 - w / 2.0, centre.1 - h / 2.0, w, h)
    }

    /// The legend's height under the map.
    fn legend_h(ctx: &Ctx, note: bool) -> f32 {
        let label = ctx.block_h(ctx.ty().chart_label, Face::Roboto, 1);
        let gap = ctx.px(ctx.space().label_gap);
        let note_h = if note {
            gap + ctx.block_h(ctx.ty().chart_note, Face::Roboto, 1)
        } else {
            0.0
        };
        ctx.px(ctx.space().gutter) + ctx.px(ctx.map.swatch) + gap + label + note_h
    }

    /// Pixels per projected unit when `frame` is fitted into `map`.
    fn scale(frame: Rect, map: Rect) -> f32 {
        (map.w / frame.w).min(map.h / frame.h).max(0.0)
    }
}

impl Atlas for AreaAtlas {
    fn unplaced(&self, rows: &[crate::model::document::Row], lang: Lang) -> Vec<Unplaced> {
        let mut offered = self.offered.lock().unwrap_or_else(|e| e.into_inner());
        // Labels typed letter by letter each get offers: kept, up to a bound.
        if offered.len() > OFFERS_KEPT {
            offered.clear();
        }
        rows.iter()
            .enumerate()
            .filter(|(_, row)| !row.label.trim().is_empty())
            .filter(|(_, row)| self.gazetteer.lookup(&row.label, lang).is_none())
            .map(|(i, row)| {
                // Offers cost an edit distance to every name: each label's once.
                let key = (row.label.clone(), lang);
                let offers = offered
                    .entry(key)
                    .or_insert_with(|| match self.gazetteer.find(&row.label, lang) {
                        Found::Offers(countries) => {
                            countries.iter().map(|c| c.name(lang).to_owned()).collect()
                        }
                        Found::Country(c) => vec![c.name(lang).to_owned()],
                    })
                    .clone();
                Unplaced {
                    row: i,
                    label: row.label.clone(),
                    offers,
                }
            })
            .collect()
    }

    fn areas(&self) -> (usize, Vec<String>) {
        (self.shapes.len(), self.properties.clone())
    }

    fn unnamed(&self, rows: &[crate::model::document::Row], lang: Lang) -> Vec<String> {
        let named: std::collections::HashSet<&str> = rows
            .iter()
            .filter_map(|row| self.gazetteer.lookup(&row.label, lang))
            .map(|c| c.numeric.as_str())
            .collect();
        self.gazetteer
            .countries()
            .iter()
            .filter(|c| {
                self.by_numeric.contains_key(&c.numeric) && !named.contains(c.numeric.as_str())
            })
            .map(|c| c.name(lang).to_owned())
            .collect()
    }

    fn detail_for(&self, ctx: &Ctx, area: Rect) -> Detail {
        let matched = self.matched(ctx);
        let frame = self.frame(&matched, self.place(ctx), &ctx.map);
        let map_h = area.h - AreaAtlas::legend_h(ctx, matched.missing > 0);
        let map = Rect::new(area.x, area.y, area.w, map_h.max(0.0));
        if AreaAtlas::scale(frame, map) >= ctx.map.fine_from {
            Detail::Fine
        } else {
            Detail::Coarse
        }
    }

    fn layout(&self, ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
        let rules = ctx.map;
        let matched = self.matched(ctx);
        let legend_h = AreaAtlas::legend_h(ctx, matched.missing > 0);
        let map = Rect::new(area.x, area.y, area.w, (area.h - legend_h).max(0.0));
        let own_place = self.place(ctx);
        let data_frame = self.frame(&matched, own_place, &rules);
        let scale = AreaAtlas::scale(data_frame, map);
        if scale <= 0.0 {
            return;
        }
        // The frame widened to the map's shape, centred on the data.
        let (fw, fh) = (map.w / scale, map.h / scale);
        let frame = Rect::new(
            data_frame.x + (data_frame.w - fw) / 2.0,
            data_frame.y + (data_frame.h - fh) / 2.0,
            fw,
            fh,
        );
        // What each shape in the frame shows. A country named without a value, or
        // one inside the data's region the table leaves out, has no data: hatched,
        // never coloured as a value.
        let named_region = matched
            .values
            .keys()
            .map(|&i| self.shapes[i].main)
            .reduce(|a, b| a.union(&b));
        let shown: Vec<(usize, Option<f64>, bool)> = self
            .shapes
            .iter()
            .enumerate()
            .filter(|(_, shape)| shape.bounds.overlaps(&frame))
            .map(|(i, shape)| match matched.values.get(&i) {
                Some(&value) => (i, value, value.is_none()),
                None => (
                    i,
                    None,
                    named_region.is_some_and(|r| r.contains(&shape.main, 0.0)),
                ),
            })
            .collect();
        let no_data = shown.iter().any(|s| s.2);
        let valued: Vec<f64> = matched.values.values().flatten().copied().collect();
        let legend = Rect::new(area.x, map.bottom(), area.w, legend_h);
        let key = Key::fitted(ctx, &valued, legend, no_data);
        let colours = MapColours::of(ctx, key.classes.as_ref().map_or(0, Classes::len));
        // An Arabic graphic is mirrored as a whole after layout: its map is drawn
        // mirrored here so that it ends up the right way round.
        let rtl = ctx.doc.language.is_rtl();
        let place = |(x, y): (f32, f32)| {
            let px = (x - frame.x) * scale;
            let px = if rtl { map.w - px } else { px };
            (map.x + px, map.y + (y - frame.y) * scale)
        };
        let outline = Some(Outline {
            colour: ctx.palette.ground,
            width: ctx.px(rules.outline),
        });
        let (gap, hatch_w) = (ctx.px(rules.hatch_gap), ctx.px(rules.hatch_w));
        let mut highlighted: Option<Highlighted> = None;
        let dot_r = ctx.px(rules.dot);
        for (i, value, hatched) in shown {
            let shape = &self.shapes[i];
            // A country the table names (or the audience's) is never too small to
            // see: when its largest piece is less than a dot across, it is drawn as
            // the dot (an archipelago's bounds are wide, its islands specks).
            let named = matched.values.contains_key(&i) || own_place == Some(i);
            let tiny = shape.main.w.max(shape.main.h) * scale < 2.0 * dot_r;
            let rings: Vec<Ring> = if named && tiny {
                vec![clip(&dot(place(shape.middle), dot_r), map)]
            } else {
                shape
                    .rings
                    .iter()
                    .map(|ring| {
                        clip(
                            &thin(&ring.iter().copied().map(place).collect::<Ring>(), 0.5),
                            map,
                        )
                    })
                    .collect()
            };
            let rings: Vec<Ring> = rings.into_iter().filter(|ring| ring.len() >= 3).collect();
            if rings.is_empty() {
                continue;
            }
            let own = own_place == Some(i);
            let fill = match (value, &key.classes) {
                (Some(v), Some(c)) => colours.steps[c.of(v)],
                // The audience's country without a value of its own stands out in the
                // ink unless it is hatched as "no data".
                _ if own && !hatched => ctx.palette.ink,
                _ => colours.land,
            };
            let lines = if hatched {
                hatch(&rings, gap, hatch_w)
            } else {
                Vec::new()
            };
            let kept = own.then(|| (rings.clone(), lines.clone()));
            items.push(Item::Area {
                rings,
                fill,
                outline,
            });
            if !lines.is_empty() {
                items.push(Item::Area {
                    rings: lines,
                    fill: colours.hatch,
                    outline: None,
                });
            }
            if let Some((rings, lines)) = kept {
                highlighted = Some((rings, lines, fill, value));
            }
        }
        // The audience's country last, so its outline in the ink is over its
        // neighbours', and its name (and value) beside it on a plate of the ground.
        if let Some((rings, lines, fill, value)) = highlighted {
            let bounds = bounds(&rings).unwrap_or_default();
            items.push(Item::Area {
                rings,
                fill,
                outline: Some(Outline {
                    colour: ctx.palette.ink,
                    width: ctx.px(rules.highlight),
                }),
            });
            // Its "no data" hatching again, over the fill just repainted.
            if !lines.is_empty() {
                items.push(Item::Area {
                    rings: lines,
                    fill: colours.hatch,
                    outline: None,
                });
            }
            locator_label(ctx, map, bounds, value, items);
        }
        key.layout(ctx, legend, &colours, matched.missing, items);
    }
}

/// A map's colours, from the graphic's ground towards its ink: the land around the
/// data and under the hatching, the hatching, and one colour per step, each apart
/// from the one before by the map's step contrast where the ground allows.
pub struct MapColours {
    /// Countries without a value, and those around the data's region.
    pub land: Rgb,
    /// The hatching over a country without a value.
    pub hatch: Rgb,
    /// The steps, lightest (nearest the ground) first; the last is the ink.
    pub steps: Vec<Rgb>,
}

impl MapColours {
    /// The colours of a map of `steps` steps on `ctx`'s palette.
    pub fn of(ctx: &Ctx, steps: usize) -> MapColours {
        let rules = ctx.map;
        let (ground, ink) = (ctx.palette.ground, ctx.palette.ink);
        // The least move from `from` (0–1 towards the ink) apart from `other`.
        let apart = |from: f32, other: Rgb| {
            (0..=100)
                .map(|i| from + (1.0 - from) * i as f32 / 100.0)
                .find(|&t| mix(ground, ink, t).contrast(other) >= rules.step_contrast)
                .unwrap_or(1.0)
        };
        let land_t = apart(rules.land, ground);
        let land = mix(ground, ink, land_t);
        let hatch = mix(ground, ink, apart(rules.hatch.max(land_t), land));
        let lightest = apart(rules.lightest.max(land_t), land);
        let steps = (0..steps)
            .map(|k| {
                let t = if steps <= 1 {
                    1.0
                } else {
                    lightest + (1.0 - lightest) * k as f32 / (steps - 1) as f32
                };
                mix(ground, ink, t)
            })
            .collect();
        MapColours { land, hatch, steps }
    }
}

/// The legend's steps: as many as the table's values and the legend's width allow
/// (each step as wide as its edge's label at the floor size), and whether it shows
/// "no data".
struct Key {
    classes: Option<Classes>,
    no_data: bool,
    step_w: f32,
}

impl Key {
    fn fitted(ctx: &Ctx, values: &[f64], legend: Rect, no_data: bool) -> Key {
        let gap = ctx.px(ctx.space().label_gap);
        let floor = ctx.px(ctx.ty().chart_label.min);
        let room = legend.w
            - if no_data {
                Key::no_data_w(ctx) + 2.0 * gap
            } else {
                0.0
            };
        // The campaigner's own steps, as many as typed, each as wide as the legend
        // allows.
        let own = read_breaks(&ctx.doc.breaks, ctx.doc.language).unwrap_or_default();
        if !own.is_empty() {
            let classes = Classes::at(values, &own);
            let steps = classes.as_ref().map_or(1, Classes::len);
            return Key {
                classes,
                no_data,
                step_w: (room / steps as f32).max(0.0),
            };
        }
        let mut steps = ctx.map.classes.max(1);
        loop {
            let classes = Classes::quantiles(values, steps);
            let Some(c) = &classes else {
                return Key {
                    classes,
                    no_data,
                    step_w: 0.0,
                };
            };
            let step_w = (room / c.len() as f32)
                .min(ctx.px(ctx.map.legend_step))
                .max(0.0);
            let fits = edge_labels(ctx, c)
                .iter()
                .all(|(_, text)| ctx.measure.width(Face::Roboto, floor, text) + gap <= step_w);
            if fits || steps == 1 {
                return Key {
                    classes,
                    no_data,
                    step_w,
                };
            }
            steps = (c.len() - 1).max(1);
        }
    }

    /// The width of the "no data" swatch and its label.
    fn no_data_w(ctx: &Ctx) -> f32 {
        let text = ctx.tr.text("map-legend-no-data");
        ctx.px(ctx.map.swatch)
            + ctx.px(ctx.space().label_gap)
            + ctx
                .measure
                .width(Face::Roboto, ctx.px(ctx.ty().chart_label.max), &text)
    }

    /// The legend: one swatch per step with the values at their edges, a hatched
    /// swatch for "no data" when a country has none, and a note of the rows not on
    /// the map.
    fn layout(
        &self,
        ctx: &Ctx,
        legend: Rect,
        colours: &MapColours,
        missing: usize,
        items: &mut Vec<Item>,
    ) {
        let rules = ctx.map;
        let gap = ctx.px(ctx.space().label_gap);
        let swatch_h = ctx.px(rules.swatch);
        let top = legend.y + ctx.px(ctx.space().gutter);
        let label_h = ctx.block_h(ctx.ty().chart_label, Face::Roboto, 1);
        let label = ctx.spec(ctx.ty().chart_label, Face::Roboto, Role::ChartLabel, 1);
        let no_data_text = ctx.tr.text("map-legend-no-data");
        let step_w = self.step_w;
        let mut x = legend.x;
        if let Some(classes) = &self.classes {
            let steps = classes.len();
            for k in 0..steps {
                items.push(Item::Area {
                    rings: vec![corners(Rect::new(
                        x + k as f32 * step_w,
                        top,
                        step_w,
                        swatch_h,
                    ))],
                    fill: colours.steps[k],
                    outline: None,
                });
            }
            let label_top = top + swatch_h + gap;
            for (i, text) in edge_labels(ctx, classes) {
                // Centred on its edge between two steps (a lone step's under it).
                let centre = x + i.max(1) as f32 * step_w - if i == 0 { step_w / 2.0 } else { 0.0 };
                // A gap's width narrower than a step, so neighbouring labels never touch.
                let width = (step_w - gap).max(0.0);
                let area = Rect::new(centre - width / 2.0, label_top, width, label_h);
                let align = Align::Centre;
                ctx.text(items, &text, &label, area, align, VAlign::Top);
            }
            x += steps as f32 * step_w + 2.0 * gap;
        }
        if self.no_data {
            let square = Rect::new(x, top, swatch_h, swatch_h);
            let ring = corners(square);
            items.push(Item::Area {
                rings: vec![ring.clone()],
                fill: colours.land,
                outline: None,
            });
            items.push(Item::Area {
                rings: hatch(&[ring], ctx.px(rules.hatch_gap), ctx.px(rules.hatch_w)),
                fill: colours.hatch,
                outline: None,
            });
            let text_x = square.right() + gap;
            let area = Rect::new(
                text_x,
                top,
                (legend.right() - text_x).max(0.0),
                swatch_h.max(label_h),
            );
            ctx.text(
                items,
                &no_data_text,
                &label,
                area,
                Align::Start,
                VAlign::Middle,
            );
        }
        if missing > 0 {
            let note_h = ctx.block_h(ctx.ty().chart_note, Face::Roboto, 1);
            let area = Rect::new(legend.x, legend.bottom() - note_h, legend.w, note_h);
            rows_note(ctx, "map-unmatched", missing, area, Align::Start, items);
        }
    }
}

/// The legend's labels, by the edge they stand at (1 between the first two steps):
/// the thresholds, as a stepped legend writes them (the first step is what lies
/// below the first, the last what lies above the last); one step alone is labelled
/// under its middle (edge 0) with its smallest value.
fn edge_labels(ctx: &Ctx, classes: &Classes) -> Vec<(usize, String)> {
    if classes.len() == 1 {
        return vec![(0, legend_value(ctx, classes.min))];
    }
    let mut labels: Vec<(usize, String)> = Vec::new();
    for (i, &threshold) in classes.thresholds.iter().enumerate() {
        let text = legend_value(ctx, threshold);
        if labels.last().is_none_or(|(_, before)| *before != text) {
            labels.push((i + 1, text));
        }
    }
    labels
}

/// The audience's place named beside its country (right of it, or left where the
/// map ends), with its value when the table gives one, on a plate of the ground so
/// it reads over any country.
fn locator_label(ctx: &Ctx, map: Rect, country: Rect, value: Option<f64>, items: &mut Vec<Item>) {
    let name = ctx.doc.audience.place.trim();
    let text = match value {
        Some(v) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("place", name);
            args.set("value", ctx.value(v));
            ctx.tr.text_with("map-place-value", &args)
        }
        None => name.to_owned(),
    };
    let size = ctx.ty().chart_value;
    let spec = ctx.spec(size, Face::RobotoBold, Role::ChartLabel, 1);
    let h = ctx.block_h(size, Face::RobotoBold, 1);
    let pad = ctx.px(ctx.space().label_gap);
    let w = ctx.measure.width(Face::RobotoBold, ctx.px(size.max), &text) + 2.0 * pad;
    let w = w.min(map.w);
    let right = country.right() + pad;
    let x = if right + w <= map.right() {
        right
    } else {
        (country.x - pad - w).max(map.x)
    };
    let y = (country.y + country.h / 2.0 - h / 2.0 - pad)
        .clamp(map.y, (map.bottom() - h - 2.0 * pad).max(map.y));
    let plate = Rect::new(x, y, w, h + 2.0 * pad);
    ctx.rect(items, plate, ctx.palette.ground);
    let inner = Rect::new(x + pad, y + pad, w - 2.0 * pad, h);
    ctx.text(items, &text, &spec, inner, Align::Start, VAlign::Middle);
}

/// A rectangle's corners as a ring.
fn corners(r: Rect) -> Ring {
    vec![
        (r.x, r.y),
        (r.right(), r.y),
        (r.right(), r.bottom()),
        (r.x, r.bottom()),
    ]
}

/// A step's edge as the legend writes it: the value in the table's unit, as the
/// table gives it (each threshold is one of the table's values, so a reader finds it
/// there, and a value just below it is never shown as equal to it).
fn legend_value(ctx: &Ctx, value: f64) -> String {
    ctx.value(value)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::input::countries::tests::AFRICA_FR;
    use crate::model::document::Row;

    #[test]
    fn a_country_across_the_antimeridian_is_framed_by_its_mainland() {
        let atlas = AreaAtlas::bundled(Detail::Coarse);
        let rules = crate::render::layout::design::STANDARD.map;
        for numeric in ["643", "242", "250"] {
            let i = atlas.by_numeric[numeric];
            let matched = Matched {
                values: HashMap::from([(i, Some(1.0))]),
                missing: 0,
            };
            let frame = atlas.frame(&matched, None, &rules);
            // Russia, Fiji and France each have land on both sides of the map (the
            // antimeridian, Guiana); the frame holds their mainland, not the world.
            assert!(frame.w < 3.5, "{numeric}: {frame:?}");
        }
    }

    #[test]
    fn misspelled_rows_are_listed_with_offers_that_fix_them() {
        let atlas = AreaAtlas::bundled(Detail::Coarse);
        let tr = crate::model::i18n::Translator::new(Lang::Fr);
        let goal = crate::model::goal::Goal::NoPoverty;
        let mut doc =
            crate::render::charts::example(goal, crate::model::document::ChartKind::Map, &tr);
        doc.rows = AFRICA_FR
            .iter()
            .enumerate()
            .map(|(i, (label, _))| Row::new((*label).to_owned(), Some(i as f64)))
            .collect();
        let unplaced = atlas.unplaced(&doc.rows, doc.language);
        let labels: Vec<&str> = unplaced.iter().map(|u| u.label.as_str()).collect();
        assert_eq!(labels, vec!["Cote dIvoire", "Mozambque", "Zimbawe"]);
        for u in &unplaced {
            doc.rows[u.row].label = u.offers[0].clone();
        }
        assert_eq!(
            atlas.unplaced(&doc.rows, doc.language),
            Vec::new(),
            "the first offers place every row"
        );
        assert_eq!(
            doc.rows[13].label, "Côte-d'Ivoire",
            "the package's French name"
        );
    }
}
