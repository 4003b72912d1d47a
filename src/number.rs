//! Numbers as a language writes and reads them: grouping, decimal mark and where the
//! percent sign goes (CLDR conventions), with no more decimals than the value needs.

use crate::document::Unit;
use crate::i18n::Lang;

/// How a language writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// Between groups of three digits.
    pub group: &'static str,
    /// Between the whole part and the fraction.
    pub decimal: &'static str,
    /// Between the number and "%" ("" in English, a no-break space in French).
    pub percent_gap: &'static str,
}

impl NumberStyle {
    /// The CLDR style of `lang`.
    pub fn of(lang: Lang) -> NumberStyle {
        match lang {
            Lang::En => NumberStyle {
                group: ",",
                decimal: ".",
                percent_gap: "",
            },
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
    out.push_str(&group(whole, style.group));
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

/// Why typed text is not a value. The editor keeps the text and shows the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number in this language ("abc", "1e308", "NaN").
    NotANumber,
    /// A number beyond [`crate::validate::LARGEST`].
    TooLarge,
}

impl NumberError {
    /// The Fluent id of the message.
    pub fn message_id(self) -> &'static str {
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
    let trimmed = text.trim().trim_end_matches('%').trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let mut plain = String::with_capacity(trimmed.len());
    for (i, c) in trimmed.chars().enumerate() {
        match c {
            '0'..='9' => plain.push(c),
            '-' | '−' | '+' if i == 0 => plain.push(if c == '+' { '+' } else { '-' }),
            c if style.decimal.starts_with(c) => plain.push('.'),
            c if style.group.starts_with(c) || c.is_whitespace() => {}
            _ => return Err(NumberError::NotANumber),
        }
    }
    let value: f64 = plain.parse().map_err(|_| NumberError::NotANumber)?;
    if value.abs() > crate::validate::LARGEST {
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
    fn refuses_what_is_not_a_number_without_guessing() {
        for text in ["abc", "1e308", "NaN", "inf", "12..3", "1-2", "٣٤", "🙂"] {
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
