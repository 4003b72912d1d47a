//! vendor/fluent-bundle's patch (PATCHED.md) holds to the published crate's results:
//! number literals read as `str::parse` reads them, and plural operands equal to what
//! intl_pluralrules makes from the value's text (upstream's way, through core's float
//! parser, which the patch avoids).
#![cfg(not(target_arch = "wasm32"))]

use std::str::FromStr;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentValue};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use intl_pluralrules::operands::PluralOperands;
use proptest::prelude::*;

/// Upstream's operands: the value written out and read back by intl_pluralrules, then
/// widened to the minimum fraction digits as fluent-bundle does.
fn upstream_operands(number: &FluentNumber) -> PluralOperands {
    let mut operands = PluralOperands::try_from(number.value).expect("operands");
    if let Some(mfd) = number.options.minimum_fraction_digits {
        if mfd > operands.v {
            operands.f *= 10_u64.pow(mfd as u32 - operands.v as u32);
            operands.v = mfd;
        }
    }
    operands
}

/// The operands as comparable fields (`n` by its bits, every NaN alike: NaN is not
/// equal to itself, and reading "NaN" back gives the canonical one).
fn fields(o: PluralOperands) -> (u64, u64, usize, usize, u64, u64) {
    let n = if o.n.is_nan() {
        f64::NAN.to_bits()
    } else {
        o.n.to_bits()
    };
    (n, o.i, o.v, o.w, o.f, o.t)
}

fn number(value: f64, minimum_fraction_digits: Option<usize>) -> FluentNumber {
    let options = FluentNumberOptions {
        minimum_fraction_digits,
        ..Default::default()
    };
    FluentNumber::new(value, options)
}

#[test]
fn literals_read_as_str_parse_reads_them() {
    for text in [
        "0",
        "-0",
        "1",
        "-1",
        "1.50",
        "0.1",
        "2.675",
        "9007199254740992",
        "1.0000000000000000000001",
    ] {
        let parsed = FluentNumber::from_str(text);
        match text.len() {
            // Past 2^53 or 22 places the literal is refused (and stays text).
            23.. => assert!(parsed.is_err(), "{text}"),
            _ => {
                let parsed = parsed.expect(text);
                assert_eq!(
                    parsed.value.to_bits(),
                    text.parse::<f64>().unwrap().to_bits(),
                    "{text}"
                );
                let places = text.split_once('.').map(|(_, f)| f.len());
                assert_eq!(parsed.options.minimum_fraction_digits, places, "{text}");
            }
        }
    }
    for text in [
        "",
        "-",
        ".5",
        "5.",
        "1e3",
        "+1",
        "NaN",
        "inf",
        "1.2.3",
        "9007199254740993",
    ] {
        assert!(FluentNumber::from_str(text).is_err(), "{text}");
    }
    assert_eq!(
        FluentValue::try_number("1.0000000000000000000001"),
        FluentValue::from("1.0000000000000000000001")
    );
}

#[test]
fn operands_are_upstreams_at_the_edges() {
    for value in [
        0.0,
        -0.0,
        1.0,
        -1.0,
        1.5,
        0.1,
        2.675,
        1e-7,
        1e21,
        123456.789,
        f64::NAN,
        f64::INFINITY,
    ] {
        for mfd in [None, Some(0), Some(2), Some(5)] {
            let n = number(value, mfd);
            assert_eq!(
                fields(PluralOperands::from(&n)),
                fields(upstream_operands(&n)),
                "{value} {mfd:?}"
            );
        }
    }
}

#[test]
fn plural_variants_are_chosen_as_before() {
    // French says "1,5 design" in the singular (i = 0 or 1), English "1.5 designs".
    let resource = "n = { $n -> \n [one] one\n [few] few\n [many] many\n *[other] other\n}\n";
    for (lang, value, expected) in [
        ("en", 1.0, "one"),
        ("en", 1.5, "other"),
        ("fr", 1.5, "one"),
        ("fr", 2.0, "other"),
        ("ar", 3.0, "few"),
        ("ar", 11.0, "many"),
        ("ar", 100.0, "other"),
        ("pt", 0.0, "one"),
    ] {
        let mut bundle = FluentBundle::new(vec![lang.parse().unwrap()]);
        bundle
            .add_resource(FluentResource::try_new(resource.to_string()).unwrap())
            .unwrap();
        let mut args = FluentArgs::new();
        args.set("n", value);
        let pattern = bundle.get_message("n").unwrap().value().unwrap();
        let mut errors = vec![];
        assert_eq!(
            bundle.format_pattern(pattern, Some(&args), &mut errors),
            expected,
            "{lang} {value}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn every_short_literal_reads_as_str_parse_reads_it(whole in "-?[0-9]{1,9}", fraction in "[0-9]{0,6}") {
        let text = if fraction.is_empty() { whole.clone() } else { format!("{whole}.{fraction}") };
        let parsed = FluentNumber::from_str(&text).unwrap();
        prop_assert_eq!(parsed.value.to_bits(), text.parse::<f64>().unwrap().to_bits(), "{}", text);
    }

    #[test]
    fn every_values_operands_are_upstreams(bits: u64, mfd in proptest::option::of(0usize..8)) {
        // Any value, and the ones a campaign counts.
        for value in [f64::from_bits(bits), (bits % 1_000_000) as f64 / 100.0] {
            let n = number(value, mfd);
            prop_assert_eq!(fields(PluralOperands::from(&n)), fields(upstream_operands(&n)), "{} {:?}", value, mfd);
        }
    }
}
