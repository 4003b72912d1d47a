//! Figures in human terms, worked out and written per language.

use super::*;
use crate::model::i18n::Lang;

fn tr(lang: Lang) -> Translator {
    Translator::new(lang)
}

#[test]
fn figures_are_read_as_each_language_writes_them() {
    let cases = [
        (Lang::En, "712 million", Some(Reading::Count(712e6))),
        (Lang::En, "2.2 billion", Some(Reading::Count(2.2e9))),
        (Lang::En, "458,000", Some(Reading::Count(458_000.0))),
        (Lang::En, "37.7%", Some(Reading::Share(37.7))),
        (Lang::En, "1 in 5", None),
        (Lang::En, "3.3–3.6 billion", None),
        (Lang::En, "lots", None),
        (Lang::En, "120%", None),
        (Lang::Es, "2200 millones", Some(Reading::Count(2.2e9))),
        (Lang::Es, "37,7 %", Some(Reading::Share(37.7))),
        (Lang::Fr, "1,1 milliard", Some(Reading::Count(1.1e9))),
        (Lang::Fr, "458\u{202f}000", Some(Reading::Count(458_000.0))),
        (Lang::Pt, "685 milhões", Some(Reading::Count(685e6))),
        (Lang::Sw, "Milioni 712", Some(Reading::Count(712e6))),
        (Lang::Sw, "Bilioni 2.6", Some(Reading::Count(2.6e9))),
        (Lang::Ar, "712 مليون", Some(Reading::Count(712e6))),
        (Lang::Ar, "2.2 مليار", Some(Reading::Count(2.2e9))),
    ];
    for (lang, figure, expected) in cases {
        let read = read_figure(figure, &tr(lang));
        match (read, expected) {
            (Some(Reading::Count(a)), Some(Reading::Count(b)))
            | (Some(Reading::Share(a)), Some(Reading::Share(b))) => {
                assert!(
                    (a - b).abs() < 1e-6 * b,
                    "{lang:?} {figure}: {a} against {b}"
                )
            }
            (read, expected) => assert_eq!(read, expected, "{lang:?} {figure}"),
        }
    }
}

#[test]
fn a_share_becomes_about_one_in_n_with_its_rounding_stated() {
    let offers = offers("37.7%", None, &tr(Lang::En), &tr(Lang::En));
    assert_eq!(offers.len(), 1);
    assert_eq!(offers[0].figure, "1 in 3");
    assert_eq!(
        offers[0].arithmetic,
        "100 ÷ 37.7% = 2.7, so about 1 in 3. A pictogram of ten people would highlight 4."
    );
    // Over two in three there is no "1 in N" to say.
    assert!(offers_for("80%").is_empty());
}

fn offers_for(figure: &str) -> Vec<Offer> {
    offers(figure, None, &tr(Lang::En), &tr(Lang::En))
}

#[test]
fn a_count_becomes_a_share_of_the_world_or_of_a_given_population_and_a_rate() {
    let world = offers_for("712 million");
    let figures: Vec<&str> = world.iter().map(|o| o.figure.as_str()).collect();
    // 712 million ÷ 8.2 billion = 8.68 %, 1 in 11.5 → 12; ÷ 365 and ÷ 8,760.
    assert_eq!(
        figures,
        ["8.7%", "1 in 12", "1,950,685 a day", "81,279 an hour"]
    );
    assert_eq!(
        world[0].arithmetic,
        "712 million ÷ 8.2 billion people in the world (UN, 2024) = 8.7%."
    );
    assert_eq!(
        world[1].arithmetic,
        "8.2 billion ÷ 712 million = 11.5, so about 1 in 12 people."
    );
    assert!(
        world[2].arithmetic.contains("÷ 365 days"),
        "{}",
        world[2].arithmetic
    );
    let kenya = offers("1.2 million", Some(56e6), &tr(Lang::En), &tr(Lang::En));
    assert_eq!(kenya[0].figure, "2.1%");
    assert_eq!(kenya[1].figure, "1 in 47");
    assert!(kenya[0].arithmetic.ends_with("of the population you gave."));
    // A population smaller than the count is not one it is a share of: the world's
    // is used (and a share under 0.1 % is not offered as a percentage).
    let too_small = offers("1.2 million", Some(1000.0), &tr(Lang::En), &tr(Lang::En));
    assert_eq!(too_small[0].figure, "1 in 6,833");
    assert!(too_small[0]
        .arithmetic
        .starts_with("8.2 billion ÷ 1.2 million"));
    // Under one an hour, no hourly rate; under 1 in a million, no "1 in N".
    let few: Vec<String> = offers_for("1,000").into_iter().map(|o| o.figure).collect();
    assert_eq!(few, ["2.7 a day"]);
}

#[test]
fn offers_are_written_in_each_language_with_arabic_plural_forms() {
    let fr = offers("458\u{202f}000", None, &tr(Lang::Fr), &tr(Lang::Fr));
    assert!(
        fr.iter()
            .any(|o| o.figure == "1\u{a0}255 par jour" || o.figure == "1\u{202f}255 par jour"),
        "{fr:?}"
    );
    let sw = offers("Milioni 712", None, &tr(Lang::Sw), &tr(Lang::Sw));
    assert_eq!(sw[1].figure, "1 kati ya 12");
    let es = offers("37,7 %", None, &tr(Lang::Es), &tr(Lang::Es));
    assert_eq!(es[0].figure, "1 de cada 3");
    // Arabic: 1 in 12 people takes the singular accusative (CLDR "many"), 1 in 3
    // the plural ("few"), 1 in 2 the dual.
    let ar = |figure: &str| offers(figure, None, &tr(Lang::Ar), &tr(Lang::Ar));
    assert!(
        ar("712 مليون")[1].arithmetic.contains("12 شخصًا"),
        "{:?}",
        ar("712 مليون")
    );
    assert!(
        ar("2.7 مليار")[1].arithmetic.contains("3 أشخاص"),
        "{:?}",
        ar("2.7 مليار")
    );
    assert!(
        ar("4.1 مليار")[1].arithmetic.contains("شخصين"),
        "{:?}",
        ar("4.1 مليار")
    );
}
