//! Partner presets from the page address: `?embed=1&lang=fr&goal=2&format=story&
//! place=Dakar&logo=logos/ngo.png&lock=goal,lang`.
//!
//! Reading never fails: an unknown or malformed value is skipped (and listed in
//! [`Preset::ignored`]), so a typo in a partner's link still opens the editor.

use crate::model::document::{ChartKind, Document, Scope};
use crate::model::format::Format;
use crate::model::goal::Goal;
use crate::model::i18n::Lang;

/// The longest place name a preset may set, in characters.
pub const MAX_PLACE: usize = 200;

/// A field a partner can lock, so that the embedded editor shows it but does not let
/// it change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The Goal.
    Goal,
    /// The graphic's language (and the interface's).
    Lang,
    /// The format.
    Format,
    /// The chart kind.
    Chart,
    /// The audience and place.
    Place,
    /// The partner logo.
    Logo,
}

impl Field {
    /// Every lockable field.
    pub const ALL: [Field; 6] = [
        Field::Goal,
        Field::Lang,
        Field::Format,
        Field::Chart,
        Field::Place,
        Field::Logo,
    ];

    /// The name used in `lock=`.
    pub fn slug(self) -> &'static str {
        match self {
            Field::Goal => "goal",
            Field::Lang => "lang",
            Field::Format => "format",
            Field::Chart => "chart",
            Field::Place => "place",
            Field::Logo => "logo",
        }
    }

    fn from_slug(slug: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.slug() == slug)
    }
}

/// Where a preset logo comes from. Only the app's own site or the link itself: the
/// Content-Security-Policy forbids other origins, and so does this type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogoSource {
    /// A path on the app's own origin, e.g. `partners/ngo.png`.
    SameSite(String),
    /// A `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL.
    Data(String),
}

/// What a partner set in the address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preset {
    /// Compact editor for an iframe.
    pub embed: bool,
    /// The language of the interface and of the graphic.
    pub lang: Option<Lang>,
    /// The Goal.
    pub goal: Option<Goal>,
    /// The format.
    pub format: Option<Format>,
    /// The chart kind.
    pub chart: Option<ChartKind>,
    /// The audience's scope.
    pub scope: Option<Scope>,
    /// The place's name.
    pub place: Option<String>,
    /// The partner's logo.
    pub logo: Option<LogoSource>,
    /// Fields the user may not change.
    pub locked: Vec<Field>,
    /// Parameters that were present but not understood, as `name`.
    pub ignored: Vec<String>,
    /// `debug=1`: shows a button that panics on purpose, to test the crash screen.
    pub debug: bool,
}

impl Preset {
    /// Reads the query part of an address (with or without the leading `?`).
    pub fn from_query(query: &str) -> Preset {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut preset = Preset::default();
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            if !preset.read(&name, value.trim()) {
                preset.ignored.push(name.into_owned());
            }
        }
        preset
    }

    /// Applies one parameter; false when it is unknown or its value is not valid.
    fn read(&mut self, name: &str, value: &str) -> bool {
        match name {
            "embed" => {
                self.embed = matches!(value, "1" | "true" | "yes");
                true
            }
            "debug" => {
                self.debug = value == "1";
                true
            }
            "lang" => set(&mut self.lang, Lang::from_tag(value)),
            "goal" => set(
                &mut self.goal,
                value.parse().ok().and_then(|n| Goal::from_number(n).ok()),
            ),
            "format" => set(&mut self.format, format_named(value)),
            "chart" => set(&mut self.chart, ChartKind::from_slug(value)),
            "scope" => set(
                &mut self.scope,
                Scope::ALL.into_iter().find(|s| s.slug() == value),
            ),
            "place" => set(
                &mut self.place,
                (value.chars().count() <= MAX_PLACE).then(|| value.to_owned()),
            ),
            "logo" => set(&mut self.logo, logo_source(value)),
            "lock" => {
                let fields: Vec<Field> = value
                    .split(',')
                    .filter_map(|s| Field::from_slug(s.trim()))
                    .collect();
                let all_known = fields.len() == value.split(',').count();
                self.locked.extend(fields);
                all_known
            }
            _ => false,
        }
    }

    /// Whether the partner locked `field`.
    pub fn is_locked(&self, field: Field) -> bool {
        self.locked.contains(&field)
    }

    /// Whether the preset changes the document at all.
    pub fn sets_document(&self) -> bool {
        self.lang.is_some()
            || self.goal.is_some()
            || self.format.is_some()
            || self.chart.is_some()
            || self.scope.is_some()
            || self.place.is_some()
    }

    /// Sets the document's fields that the preset names (the logo is fetched and
    /// decoded by the browser glue, then set like an uploaded one).
    pub fn apply(&self, doc: &mut Document) {
        if let Some(lang) = self.lang {
            doc.language = lang;
        }
        if let Some(goal) = self.goal {
            doc.goal = goal;
        }
        if let Some(format) = self.format {
            doc.format = format;
        }
        if let Some(chart) = self.chart {
            doc.chart = chart;
        }
        if let Some(scope) = self.scope {
            doc.audience.scope = scope;
        }
        if let Some(place) = &self.place {
            doc.audience.place = place.clone();
            if self.scope.is_none() && doc.audience.scope == Scope::International {
                doc.audience.scope = Scope::National;
            }
        }
    }
}

/// A format by its slug ("story-1080x1920") or by the slug's name part ("story",
/// "poster-a4"; "x" is the 1600×900 X format, the first of its name).
fn format_named(value: &str) -> Option<Format> {
    Format::from_slug(value).or_else(|| {
        Format::ALL.into_iter().find(|f| {
            f.slug()
                .rsplit_once('-')
                .is_some_and(|(name, _)| name == value)
        })
    })
}

impl Preset {
    /// The query that reads back as this preset (`embed=1&lang=fr&goal=2…`). The logo
    /// is left out when it is a data URL: partners host theirs and pass its path.
    pub fn to_query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if self.embed {
            query.append_pair("embed", "1");
        }
        if let Some(lang) = self.lang {
            query.append_pair("lang", lang.code());
        }
        if let Some(goal) = self.goal {
            query.append_pair("goal", &goal.number().to_string());
        }
        if let Some(format) = self.format {
            query.append_pair("format", format.slug());
        }
        if let Some(chart) = self.chart {
            query.append_pair("chart", &chart.slug());
        }
        if let Some(scope) = self.scope {
            query.append_pair("scope", scope.slug());
        }
        if let Some(place) = &self.place {
            query.append_pair("place", place);
        }
        if let Some(LogoSource::SameSite(path)) = &self.logo {
            query.append_pair("logo", path);
        }
        if !self.locked.is_empty() {
            let lock: Vec<&str> = self.locked.iter().map(|f| f.slug()).collect();
            query.append_pair("lock", &lock.join(","));
        }
        query.finish()
    }

    /// The preset that embeds `doc` as it is now: its Goal, chart, format, language and
    /// audience.
    pub fn embedding(doc: &Document) -> Preset {
        let place = doc.audience.place.trim();
        Preset {
            embed: true,
            lang: Some(doc.language),
            goal: Some(doc.goal),
            format: Some(doc.format),
            chart: Some(doc.chart),
            scope: Some(doc.audience.scope),
            place: (!place.is_empty()).then(|| place.to_owned()),
            ..Preset::default()
        }
    }
}

/// The HTML a partner pastes into a page to embed the editor at `app` (the app's
/// address without query or fragment) with `preset`: the iframe, allowed to write to
/// the clipboard (the Copy buttons) and to share (Share…), sandboxed to what the editor
/// uses (its scripts and own storage, downloads, the delete confirmation), and
/// `embed.js` from the app's own
/// site, which sets the iframe's height from the editor's `lnb-studio:height`
/// messages so it never scrolls. No inline script or style: a partner page with a
/// strict Content-Security-Policy only allows the app's origin. Everything
/// interpolated is escaped for HTML.
pub fn embed_snippet(app: &str, preset: &Preset, title: &str) -> String {
    let src = format!("{app}?{}", preset.to_query());
    let base = app.rsplit_once('/').map_or(app, |(dir, _)| dir);
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" allow=\"clipboard-write; web-share\" sandbox=\"allow-scripts allow-same-origin allow-downloads allow-modals\" width=\"100%\" height=\"1200\" frameborder=\"0\" loading=\"lazy\"></iframe>\n\
         <script src=\"{script}\" async></script>",
        src = escape_html(&src),
        title = escape_html(title),
        script = escape_html(&format!("{base}/embed.js")),
    )
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn set<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let ok = value.is_some();
    if ok {
        *slot = value;
    }
    ok
}

/// A logo address the app may load: a relative same-site path (no scheme, no `//`,
/// no `..`), or a PNG/JPEG data URL.
fn logo_source(value: &str) -> Option<LogoSource> {
    let lower = value.to_ascii_lowercase();
    if lower.starts_with("data:image/png;base64,") || lower.starts_with("data:image/jpeg;base64,") {
        return Some(LogoSource::Data(value.to_owned()));
    }
    let relative = !value.is_empty()
        && !value.contains(':')
        && !value.starts_with("//")
        && !value.starts_with('\\')
        && !value.split(['/', '\\']).any(|part| part == "..")
        && value.chars().all(|c| !c.is_control() && !c.is_whitespace());
    relative.then(|| LogoSource::SameSite(value.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_partner_link() {
        let preset = Preset::from_query(
            "?embed=1&lang=fr-SN&goal=2&format=story&place=R%C3%A9gion+de+Dakar&lock=goal,lang&logo=partners/ngo.png",
        );
        assert!(preset.embed);
        assert_eq!(preset.lang, Some(Lang::Fr));
        assert_eq!(preset.goal, Some(Goal::ZeroHunger));
        assert_eq!(preset.format, Some(Format::Story));
        assert_eq!(preset.place.as_deref(), Some("Région de Dakar"));
        assert_eq!(preset.locked, vec![Field::Goal, Field::Lang]);
        assert_eq!(
            preset.logo,
            Some(LogoSource::SameSite("partners/ngo.png".into()))
        );
        assert!(preset.ignored.is_empty(), "{:?}", preset.ignored);
    }

    #[test]
    fn skips_what_it_does_not_understand() {
        let preset = Preset::from_query("goal=18&lang=de&format=a0&lock=everything&x=1&embed=0");
        assert_eq!(
            preset,
            Preset {
                ignored: ["goal", "lang", "format", "lock", "x"]
                    .map(String::from)
                    .to_vec(),
                ..Preset::default()
            }
        );
    }

    #[test]
    fn logos_come_only_from_the_site_itself_or_the_link() {
        for refused in [
            "https://evil.example/x.png",
            "//evil.example/x.png",
            "../../etc/passwd",
            "javascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "a b.png",
            "",
        ] {
            assert_eq!(logo_source(refused), None, "{refused}");
        }
        assert!(matches!(
            logo_source("data:image/png;base64,iVBOR"),
            Some(LogoSource::Data(_))
        ));
    }

    #[test]
    fn a_preset_reads_back_as_itself() {
        let preset = Preset::from_query(
            "embed=1&lang=sw&goal=3&format=story-1080x1920&chart=bars&scope=regional&place=Kisumu+%26+Siaya&logo=a/b.png&lock=goal,logo",
        );
        assert_eq!(Preset::from_query(&preset.to_query()), preset);
    }

    #[test]
    fn the_embed_snippet_escapes_what_it_interpolates() {
        let tr = crate::model::i18n::Translator::new(Lang::Fr);
        let mut doc = crate::render::charts::example(Goal::ZeroHunger, ChartKind::Gap, &tr);
        doc.audience.place = "\"><script>alert(1)</script>".into();
        let snippet = embed_snippet(
            "https://lnb.example/studio/",
            &Preset::embedding(&doc),
            "LNB \"Studio\"",
        );
        assert!(!snippet.contains("<script>alert"), "{snippet}");
        assert!(
            snippet.contains("title=\"LNB &quot;Studio&quot;\""),
            "{snippet}"
        );
        assert!(
            snippet.contains("<script src=\"https://lnb.example/studio/embed.js\" async>"),
            "{snippet}"
        );
        assert!(
            snippet.contains("allow=\"clipboard-write; web-share\""),
            "{snippet}"
        );
        assert!(
            snippet.contains(
                "sandbox=\"allow-scripts allow-same-origin allow-downloads allow-modals\""
            ),
            "{snippet}"
        );
        assert!(!snippet.contains("style="), "no inline style: {snippet}");
        assert_eq!(snippet.matches("<script").count(), 1, "one external script");
        assert!(!snippet.contains("<script>"), "no inline script: {snippet}");
        let src = snippet
            .split("src=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or_default();
        let query = src.replace("&amp;", "&");
        let back = Preset::from_query(query.split_once('?').map_or("", |(_, q)| q));
        assert_eq!(
            (back.goal, back.lang, back.chart),
            (Some(Goal::ZeroHunger), Some(Lang::Fr), Some(ChartKind::Gap))
        );
        assert_eq!(back.place.as_deref(), Some("\"><script>alert(1)</script>"));
    }

    #[test]
    fn a_place_sets_a_national_audience_unless_the_scope_is_given() {
        let tr = crate::model::i18n::Translator::new(Lang::En);
        let mut doc = crate::render::charts::example(Goal::NoPoverty, ChartKind::BigNumber, &tr);
        Preset::from_query("place=Turkana%20County&scope=regional&goal=5").apply(&mut doc);
        assert_eq!(doc.audience.scope, Scope::Regional);
        assert_eq!(doc.audience.place, "Turkana County");
        assert_eq!(doc.goal, Goal::GenderEquality);
        let mut doc = crate::render::charts::example(Goal::NoPoverty, ChartKind::BigNumber, &tr);
        Preset::from_query("place=Lima").apply(&mut doc);
        assert_eq!(doc.audience.scope, Scope::National);
    }
}
