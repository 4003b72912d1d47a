//! Countries named in a map's table: a label as a campaigner types it ("Côte
//! d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "CIV", "Tanzanie") is matched to one
//! ISO 3166-1 country in any of the six languages, and a label that names none gets
//! the nearest names as offers.
//!
//! The names are data (`public/maps/countries.json`, made by
//! `tools/make-countries.mjs` from the i18n-iso-countries package), read by
//! [`Gazetteer::from_json`]; only a handful of abbreviations ([`ABBREVIATIONS`]) are
//! this module's own. Labels are compared folded ([`fold`]): case, accents, Arabic
//! letter forms, punctuation and spacing do not count.

use std::collections::HashMap;

use serde::Deserialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::model::error::UserError;
use crate::model::i18n::Lang;

/// Abbreviations campaigners write that are neither a name in the package nor an
/// ISO code, each with the country's alpha-2 code.
pub const ABBREVIATIONS: [(&str, &str); 8] = [
    ("DRC", "CD"),
    ("RDC", "CD"),
    ("RD Congo", "CD"),
    ("UK", "GB"),
    ("USA", "US"),
    ("UAE", "AE"),
    ("EAU", "AE"),
    ("RCA", "CF"),
];

/// One country: its codes and its names in each language (the package's name
/// first, then its variants).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 ("CI").
    pub alpha2: String,
    /// ISO 3166-1 alpha-3 ("CIV").
    pub alpha3: String,
    /// ISO 3166-1 numeric ("384"), as boundary files key countries.
    pub numeric: String,
    names: Names,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
struct Names {
    en: Vec<String>,
    es: Vec<String>,
    fr: Vec<String>,
    sw: Vec<String>,
    pt: Vec<String>,
    ar: Vec<String>,
}

impl Country {
    /// Its names in `lang`, the usual one first.
    pub fn names(&self, lang: Lang) -> &[String] {
        let n = &self.names;
        match lang {
            Lang::En => &n.en,
            Lang::Es => &n.es,
            Lang::Fr => &n.fr,
            Lang::Sw => &n.sw,
            Lang::Pt => &n.pt,
            Lang::Ar => &n.ar,
        }
    }

    /// Its usual name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        self.names(lang)
            .first()
            .map_or(self.alpha2.as_str(), String::as_str)
    }
}

#[derive(Deserialize)]
struct File {
    countries: Vec<Country>,
}

/// The countries file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountriesError;

impl UserError for CountriesError {
    fn message_id(&self) -> &'static str {
        "map-data-unreadable"
    }
}

/// How sure a match is: lower is surer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The usual name in the label's language.
    Usual,
    /// An ISO code, an abbreviation, the usual name in another language or a variant
    /// in the label's own.
    Known,
    /// A variant in another language.
    Variant,
    /// The last words of a longer name in the label's language ("Tanzanie" of
    /// "République unie de Tanzanie").
    Short,
}

/// What a table's label names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<'a> {
    /// One country.
    Country(&'a Country),
    /// Nothing for sure: the nearest countries, best first (several equally good
    /// ones when the label is ambiguous, as "Congo" is in English).
    Offers(Vec<&'a Country>),
}

/// Every country with its folded names, codes and abbreviations.
pub struct Gazetteer {
    countries: Vec<Country>,
    /// Folded name → (country index, language the name is in, rank).
    exact: HashMap<String, Vec<(usize, Option<Lang>, Rank)>>,
}

/// How many offers a label gets at most.
pub const OFFERS: usize = 3;

impl Gazetteer {
    /// Reads `public/maps/countries.json`.
    pub fn from_json(text: &str) -> Result<Gazetteer, CountriesError> {
        let file: File = serde_json::from_str(text).map_err(|_| CountriesError)?;
        Ok(Gazetteer::index(file.countries))
    }

    /// The gazetteer of `countries`: each name, code and abbreviation folded once.
    fn index(countries: Vec<Country>) -> Gazetteer {
        let mut exact: HashMap<String, Vec<(usize, Option<Lang>, Rank)>> = HashMap::new();
        let mut add = |key: String, entry| {
            if !key.is_empty() {
                exact.entry(key).or_default().push(entry);
            }
        };
        for (i, c) in countries.iter().enumerate() {
            for lang in Lang::ALL {
                for (n, name) in c.names(lang).iter().enumerate() {
                    let rank = if n == 0 { Rank::Usual } else { Rank::Variant };
                    add(fold(name), (i, Some(lang), rank));
                }
            }
            add(fold(&c.alpha2), (i, None, Rank::Known));
            add(fold(&c.alpha3), (i, None, Rank::Known));
        }
        for (short, alpha2) in ABBREVIATIONS {
            if let Some(i) = countries.iter().position(|c| c.alpha2 == alpha2) {
                add(fold(short), (i, None, Rank::Known));
            }
        }
        Gazetteer { countries, exact }
    }

    /// A gazetteer of a campaigner's own areas: each `(id, name)` one place, its
    /// name the same in every language (counties are named as their file names
    /// them), matched folded as country names are, with offers by the same distance.
    pub fn of_areas(areas: impl IntoIterator<Item = (String, String)>) -> Gazetteer {
        let countries = areas
            .into_iter()
            .map(|(id, name)| Country {
                alpha2: String::new(),
                alpha3: String::new(),
                numeric: id,
                names: Names {
                    en: vec![name.clone()],
                    es: vec![name.clone()],
                    fr: vec![name.clone()],
                    sw: vec![name.clone()],
                    pt: vec![name.clone()],
                    ar: vec![name],
                },
            })
            .collect();
        Gazetteer::index(countries)
    }

    /// Every country.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with alpha-2 code `alpha2`.
    pub fn by_alpha2(&self, alpha2: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.alpha2 == alpha2)
    }

    /// What `label`, from a table in `lang`, names.
    pub fn find(&self, label: &str, lang: Lang) -> Found<'_> {
        let key = fold(label);
        match self.surest(&key, lang).as_slice() {
            [(i, _)] => Found::Country(&self.countries[*i]),
            [] => Found::Offers(self.nearest(&key)),
            several => Found::Offers(several.iter().map(|(i, _)| &self.countries[*i]).collect()),
        }
    }

    /// The one country `label` names, without working out offers when it names none
    /// (what a map's layout asks on every redraw).
    pub fn lookup(&self, label: &str, lang: Lang) -> Option<&Country> {
        match self.surest(&fold(label), lang).as_slice() {
            [(i, _)] => self.countries.get(*i),
            _ => None,
        }
    }

    /// The surest matches of folded `key`: one country, several equally sure, or none.
    fn surest(&self, key: &str, lang: Lang) -> Vec<(usize, Rank)> {
        let mut best: Vec<(usize, Rank)> = Vec::new();
        for &(i, name_lang, rank) in self.exact.get(key).into_iter().flatten() {
            let rank = match (rank, name_lang == Some(lang)) {
                (Rank::Usual, false) | (Rank::Variant, true) => Rank::Known,
                _ => rank,
            };
            consider(&mut best, i, rank);
        }
        if best.is_empty() && !key.is_empty() {
            // The index holds every name folded already: no name is folded again.
            let tail = format!(" {key}");
            for (name, entries) in &self.exact {
                if name.ends_with(&tail) {
                    for &(i, name_lang, _) in entries {
                        if name_lang == Some(lang) {
                            consider(&mut best, i, Rank::Short);
                        }
                    }
                }
            }
            // In the countries' order, whatever order the index keeps its names in.
            best.sort_unstable_by_key(|&(i, _)| i);
        }
        best
    }

    /// The countries whose names are fewest edits from folded `key`, best first, at
    /// most [`OFFERS`], none further than a third of the label's letters.
    fn nearest(&self, key: &str) -> Vec<&Country> {
        let letters = key.chars().filter(|c| *c != ' ').count();
        let limit = (letters / 3).max(1);
        let mut scored: Vec<(usize, usize)> = Vec::new();
        for (name, entries) in &self.exact {
            let d = edit_distance(key, name);
            if d > limit {
                continue;
            }
            for &(i, _, _) in entries {
                match scored.iter_mut().find(|s| s.0 == i) {
                    Some(s) => s.1 = s.1.min(d),
                    None => scored.push((i, d)),
                }
            }
        }
        scored.sort_by_key(|&(i, d)| (d, self.countries[i].alpha2.clone()));
        scored
            .into_iter()
            .take(OFFERS)
            .map(|(i, _)| &self.countries[i])
            .collect()
    }
}

/// Keeps country `i` found at `rank` if no surer match is known (several equally sure
/// ones are kept together: the label is ambiguous).
fn consider(best: &mut Vec<(usize, Rank)>, i: usize, rank: Rank) {
    match best.first().map(|b| b.1) {
        Some(r) if rank > r => {}
        Some(r) if rank == r => {
            if !best.iter().any(|b| b.0 == i) {
                best.push((i, rank));
            }
        }
        _ => *best = vec![(i, rank)],
    }
}

/// `text` as labels are compared: decomposed, accents and harakat dropped, lower
/// case, Arabic letter forms made one (alef with hamza or madda → alef, alef maqsura
/// → ya, ta marbuta → ha, tatweel dropped), every run of anything but letters and
/// digits one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text
        .nfd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{640}')
    {
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            _ => c,
        };
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

/// Levenshtein distance between `a` and `b`, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests;
