//! Numbers as a language writes and reads them: grouping, decimal mark and where the
//! percent sign goes (CLDR conventions), with no more decimals than the value needs.

use crate::model::document::Unit;
use crate::model::i18n::Lang;

/// Values beyond this are refused: no campaign figure is that large, and the digits
/// would no longer fit any box.
pub const LARGEST: f64 = 1e15;

/// How a language writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// Between groups of three digits.
    pub group: &'static str,
    /// Between the whole part and the fraction.
    pub decimal: &'static str,
    /// Between the number and "%" ("" in English, a no-break space in French).
    pub percent_gap: &'static str,
    /// The fewest digits a whole part needs before it is grouped: 2 in Spanish, where
    /// "1234" stays whole but "12.345" is grouped (CLDR's minimum grouping digits).
    pub min_grouping: usize,
}

/// U+202F NARROW NO-BREAK SPACE, CLDR's French group separator.
const NARROW_NBSP: &str = "\u{202f}";
/// U+00A0 NO-BREAK SPACE.
const NBSP: &str = "\u{a0}";

impl NumberStyle {
    /// The CLDR style of `lang` (as `Intl.NumberFormat` writes it; Arabic with the
    /// Latin digits CLDR now defaults to).
    pub fn of(lang: Lang) -> NumberStyle {
        let (group, decimal, percent_gap, min_grouping) = match lang {
            Lang::En | Lang::Sw | Lang::Ar => (",", ".", "", 1),
            Lang::Es => (".", ",", NBSP, 2),
            Lang::Fr => (NARROW_NBSP, ",", NBSP, 1),
            Lang::Pt => (".", ",", "", 1),
        };
        NumberStyle {
            group,
            decimal,
            percent_gap,
            min_grouping,
        }
    }
}

/// The number of decimals a value is shown with: none from 100 up, at most one below,
/// and none when the value is whole.
fn decimals(value: f64) -> usize {
    let rounded = (value * 10.0).round() / 10.0;
    if value.abs() >= 100.0 || rounded.fract() == 0.0 {
        0
    } else {
        1
    }
}

/// `value` written in `lang`, with a percent sign for [`Unit::Percent`]. Non-finite
/// values never reach here (they are "no data"), but would be written as "–".
pub fn format_value(value: f64, unit: Unit, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_owned();
    }
    let style = NumberStyle::of(lang);
    if value.abs() >= 1e15 {
        // Beyond any campaign figure (validation refuses it): short, not 300 digits.
        let short = format!("{value:.1e}")
            .replace('.', style.decimal)
            .replace('-', "−");
        return if unit == Unit::Percent {
            format!("{short}{}%", style.percent_gap)
        } else {
            short
        };
    }
    let places = decimals(value);
    // Half away from zero (1234.5 → 1235), as readers expect; `{:.0}` alone would
    // round half to even.
    let factor = 10f64.powi(places as i32);
    let plain = format!("{:.*}", places, (value.abs() * factor).round() / factor);
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut out = String::new();
    if value < 0.0 && plain.chars().any(|c| c != '0' && c != '.') {
        out.push('−');
    }
    if whole.len() >= 3 + style.min_grouping {
        out.push_str(&group(whole, style.group));
    } else {
        out.push_str(whole);
    }
    if !fraction.is_empty() {
        out.push_str(style.decimal);
        out.push_str(fraction);
    }
    if unit == Unit::Percent {
        out.push_str(style.percent_gap);
        out.push('%');
    }
    out
}

/// Inserts `separator` between groups of three digits.
fn group(digits: &str, separator: &str) -> String {
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3 * separator.len());
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// The ASCII digit of an Arabic-Indic (U+0660…) or Eastern Arabic-Indic (U+06F0…)
/// digit, which Arabic and Persian keyboards type.
fn arabic_digit(c: char) -> Option<char> {
    let zero = match c {
        '\u{660}'..='\u{669}' => 0x660,
        '\u{6f0}'..='\u{6f9}' => 0x6f0,
        _ => return None,
    };
    char::from_digit(c as u32 - zero, 10)
}

/// Why typed text is not a value. The editor keeps the text and shows the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number in this language ("abc", "1e308", "NaN").
    NotANumber,
    /// A number beyond [`LARGEST`].
    TooLarge,
}

impl crate::model::error::UserError for NumberError {
    fn message_id(&self) -> &'static str {
        match self {
            NumberError::NotANumber => "value-not-a-number",
            NumberError::TooLarge => "value-too-large",
        }
    }
}

/// Reads a value typed in `lang`: group separators, spaces and a percent sign are
/// allowed; an empty cell is "no data" (`Ok(None)`). Exponents, "NaN" and "inf" are
/// not numbers a campaigner types, so they are refused rather than guessed at.
pub fn parse_number(text: &str, lang: Lang) -> Result<Option<f64>, NumberError> {
    let style = NumberStyle::of(lang);
    read_number(
        text,
        |c| style.decimal.starts_with(c),
        |c| style.group.starts_with(c) || c.is_whitespace(),
    )
}

/// The one number reader behind typed cells and imported tables: ASCII and
/// Arabic-Indic digits, a leading sign, a decimal mark for which `decimal` holds (or
/// the Arabic decimal separator ٫), group separators for which `group` holds (or the
/// Arabic thousands separator ٬), and a trailing percent sign (% or the Arabic ٪).
/// Empty text is "no data".
pub fn read_number(
    text: &str,
    decimal: impl Fn(char) -> bool,
    group: impl Fn(char) -> bool,
) -> Result<Option<f64>, NumberError> {
    let trimmed = text.trim().trim_end_matches(['%', '\u{66a}']).trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let mut plain = String::with_capacity(trimmed.len());
    for (i, c) in trimmed.chars().enumerate() {
        match c {
            '0'..='9' => plain.push(c),
            c if arabic_digit(c).is_some() => plain.extend(arabic_digit(c)),
            '\u{66b}' => plain.push('.'),
            '\u{66c}' => {}
            '-' | '−' | '+' if i == 0 => plain.push(if c == '+' { '+' } else { '-' }),
            c if decimal(c) => plain.push('.'),
            c if group(c) => {}
            _ => return Err(NumberError::NotANumber),
        }
    }
    let value = crate::model::decimal::to_f64(&plain).ok_or(NumberError::NotANumber)?;
    if !value.is_finite() || value.abs() > LARGEST {
        return Err(NumberError::TooLarge);
    }
    Ok(Some(if value == 0.0 { 0.0 } else { value }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_groups_thousands_and_keeps_one_decimal_at_most() {
        assert_eq!(format_value(1234.5, Unit::Number, Lang::En), "1,235");
        assert_eq!(format_value(12.34, Unit::Number, Lang::En), "12.3");
        assert_eq!(format_value(12.0, Unit::Number, Lang::En), "12");
        assert_eq!(
            format_value(1_000_000.0, Unit::Number, Lang::En),
            "1,000,000"
        );
        assert_eq!(format_value(0.04, Unit::Number, Lang::En), "0");
    }

    #[test]
    fn percent_and_negative_values() {
        assert_eq!(format_value(45.0, Unit::Percent, Lang::En), "45%");
        assert_eq!(format_value(-3.5, Unit::Percent, Lang::En), "−3.5%");
        assert_eq!(format_value(-0.0, Unit::Number, Lang::En), "0");
    }

    #[test]
    fn very_large_values_stay_readable() {
        assert_eq!(
            format_value(999_999_999_999_999.0, Unit::Number, Lang::En),
            "999,999,999,999,999"
        );
        assert_eq!(format_value(1e308, Unit::Number, Lang::En), "1.0e308");
        assert_eq!(format_value(f64::NAN, Unit::Number, Lang::En), "–");
    }

    #[test]
    fn reads_what_a_campaigner_types() {
        assert_eq!(parse_number("1,234.5", Lang::En), Ok(Some(1234.5)));
        assert_eq!(parse_number(" 45 % ", Lang::En), Ok(Some(45.0)));
        assert_eq!(parse_number("−3", Lang::En), Ok(Some(-3.0)));
        assert_eq!(parse_number("-0", Lang::En), Ok(Some(0.0)));
        assert_eq!(parse_number("", Lang::En), Ok(None));
    }

    #[test]
    fn each_language_writes_numbers_its_own_way() {
        let cases = [
            (Lang::Es, 1234.5, Unit::Number, "1235"),
            (Lang::Es, 12345.0, Unit::Number, "12.345"),
            (Lang::Es, 45.5, Unit::Percent, "45,5\u{a0}%"),
            (Lang::Fr, 1234.0, Unit::Number, "1\u{202f}234"),
            (Lang::Fr, 12.5, Unit::Percent, "12,5\u{a0}%"),
            (Lang::Pt, 1234.0, Unit::Number, "1.234"),
            (Lang::Pt, 2.5, Unit::Percent, "2,5%"),
            (Lang::Sw, 1234.0, Unit::Number, "1,234"),
            (Lang::Ar, 1234.0, Unit::Number, "1,234"),
        ];
        for (lang, value, unit, written) in cases {
            assert_eq!(format_value(value, unit, lang), written, "{lang:?}");
        }
    }

    #[test]
    fn each_language_reads_what_it_writes() {
        assert_eq!(parse_number("1 234,5", Lang::Fr), Ok(Some(1234.5)));
        assert_eq!(parse_number("1\u{202f}234,5", Lang::Fr), Ok(Some(1234.5)));
        assert_eq!(parse_number("1.234,5", Lang::Es), Ok(Some(1234.5)));
        assert_eq!(parse_number("1.234,5", Lang::Pt), Ok(Some(1234.5)));
        assert_eq!(parse_number("1,234.5", Lang::Sw), Ok(Some(1234.5)));
        assert_eq!(
            parse_number("1.234", Lang::Fr),
            Err(NumberError::NotANumber)
        );
    }

    #[test]
    fn arabic_indic_digits_are_read_in_every_language() {
        for lang in Lang::ALL {
            assert_eq!(parse_number("٣٤", lang), Ok(Some(34.0)), "{lang:?}");
            assert_eq!(parse_number("۱۲", lang), Ok(Some(12.0)), "{lang:?}");
        }
        assert_eq!(parse_number("١٬٢٣٤٫٥", Lang::Ar), Ok(Some(1234.5)));
    }

    #[test]
    fn arabic_decimal_thousands_and_percent_signs_are_read() {
        for lang in Lang::ALL {
            assert_eq!(parse_number("٣٤٫٥٪", lang), Ok(Some(34.5)), "{lang:?}");
            assert_eq!(parse_number("١٬٢٣٤", lang), Ok(Some(1234.0)), "{lang:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_number_without_guessing() {
        for text in [
            "abc",
            "1e308",
            "NaN",
            "inf",
            "12..3",
            "1-2",
            "🙂",
            "1\u{200f}2",
        ] {
            assert_eq!(
                parse_number(text, Lang::En),
                Err(NumberError::NotANumber),
                "{text}"
            );
        }
        assert_eq!(
            parse_number("9999999999999999", Lang::En),
            Err(NumberError::TooLarge)
        );
    }
}
