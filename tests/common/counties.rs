//! A county file as a campaigner might have it, for the tests of own boundaries:
//! Kenya's 47 counties as half-degree squares.

/// Kenya's 47 counties, in the order of their codes.
pub const COUNTIES: [&str; 47] = [
    "Mombasa",
    "Kwale",
    "Kilifi",
    "Tana River",
    "Lamu",
    "Taita-Taveta",
    "Garissa",
    "Wajir",
    "Mandera",
    "Marsabit",
    "Isiolo",
    "Meru",
    "Tharaka-Nithi",
    "Embu",
    "Kitui",
    "Machakos",
    "Makueni",
    "Nyandarua",
    "Nyeri",
    "Kirinyaga",
    "Murang'a",
    "Kiambu",
    "Turkana",
    "West Pokot",
    "Samburu",
    "Trans-Nzoia",
    "Uasin Gishu",
    "Elgeyo-Marakwet",
    "Nandi",
    "Baringo",
    "Laikipia",
    "Nakuru",
    "Narok",
    "Kajiado",
    "Kericho",
    "Bomet",
    "Kakamega",
    "Vihiga",
    "Bungoma",
    "Busia",
    "Siaya",
    "Kisumu",
    "Homa Bay",
    "Migori",
    "Kisii",
    "Nyamira",
    "Nairobi",
];

/// A county file as a campaigner might have it: 47 half-degree squares over Kenya,
/// seven to a row, each named (`COUNTY_NAM`) and numbered (`CODE`).
pub fn county_file() -> String {
    let features: Vec<String> = COUNTIES
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let (x, y) = (34.0 + (i % 7) as f64 * 0.5, 4.0 - (i / 7) as f64 * 0.5);
            format!(
                r#"{{"type":"Feature","properties":{{"CODE":{},"COUNTY_NAM":"{name}"}},"geometry":{{"type":"Polygon","coordinates":[[[{x},{y}],[{},{y}],[{},{}],[{x},{}],[{x},{y}]]]}}}}"#,
                i + 1,
                x + 0.5,
                x + 0.5,
                y - 0.5,
                y - 0.5
            )
        })
        .collect();
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}
