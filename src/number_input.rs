//! Reading money and percentages as people type them, in English or Dutch notation.
//!
//! CONTRACT.md leaves locale formats to the page: `$100.000` in Dutch is one hundred thousand.
//! English uses `,` for thousands and `.` for decimals; Dutch the other way round. Amounts are
//! read straight into whole hundredths (cents, or hundredths of a percent): no floating point.

use eligibility_rules::{i18n, Locale, Percent, Usd};

/// Why a typed amount was not accepted; the page shows it next to the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Not a number in the locale's notation.
    NotANumber,
    /// Below zero.
    Negative,
    /// More than two decimals.
    TooPrecise,
    /// Outside the allowed range (percent above 100, absurd money).
    OutOfRange,
}

/// Parses a decimal number in the locale's notation into hundredths (`12.5` is `1250`);
/// `None` for empty input (not answered). Accepts `USD`, `$`, `%` and spaces around or inside;
/// thousands separators must group by three.
pub fn parse_hundredths(text: &str, locale: Locale) -> Option<Result<i64, NumberError>> {
    let cleaned: String = text
        .trim()
        .trim_start_matches("USD")
        .trim_end_matches("USD")
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '$' | '%'))
        .collect();
    if cleaned.is_empty() {
        return None;
    }
    let (group, decimal) = match locale {
        Locale::En => (',', '.'),
        Locale::Nl => ('.', ','),
    };
    let (negative, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let (whole, frac) = match body.split_once(decimal) {
        Some((w, f)) => (w, f),
        None => (body, ""),
    };
    let groups: Vec<&str> = whole.split(group).collect();
    let grouping_ok = groups.len() == 1
        || (!groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let frac_ok = frac.is_empty() && !body.contains(decimal) || digits(frac);
    if !grouping_ok || !groups.iter().all(|g| digits(g)) || !frac_ok {
        return Some(Err(NumberError::NotANumber));
    }
    if negative {
        return Some(Err(NumberError::Negative));
    }
    if frac.len() > 2 {
        return Some(Err(NumberError::TooPrecise));
    }
    let whole: String = groups.concat();
    let value = whole
        .parse::<i64>()
        .ok()
        .and_then(|w| w.checked_mul(100))
        .and_then(|w| w.checked_add(format!("{frac:0<2}").parse::<i64>().ok()?));
    Some(value.ok_or(NumberError::OutOfRange))
}

/// Hundredths as the locale writes the number, grouped, with decimals only when needed
/// (`10000000` is `100,000` in English and `100.000` in Dutch).
pub fn format_number(hundredths: i64, locale: Locale) -> String {
    let text = i18n::format_usd(locale, Usd::from_cents(hundredths));
    let text = text.trim_start_matches("USD ");
    let zero_cents = match locale {
        Locale::En => ".00",
        Locale::Nl => ",00",
    };
    text.strip_suffix(zero_cents).unwrap_or(text).to_owned()
}

/// When `text` is refused in `locale` but reads as a number in the other language's notation
/// (`100.000` typed on the English page), that number written in `locale` (`100,000`), to ask
/// "Did you mean …?". For a percentage (`percent`) only a guess from 0 to 100: `62.555` on the
/// Dutch page is not 62,555 %. `None` otherwise.
pub fn other_notation(text: &str, locale: Locale, percent: bool) -> Option<String> {
    let other = match locale {
        Locale::En => Locale::Nl,
        Locale::Nl => Locale::En,
    };
    match (parse_hundredths(text, locale)?, parse_hundredths(text, other)?) {
        (Err(NumberError::NotANumber | NumberError::TooPrecise), Ok(value)) if !percent || value <= 10_000 => {
            Some(format_number(value, locale))
        }
        _ => None,
    }
}

/// A money field: `None` when empty, else the amount or why it is refused.
pub fn parse_usd(text: &str, locale: Locale) -> Option<Result<Usd, NumberError>> {
    parse_hundredths(text, locale).map(|r| r.and_then(|c| Usd::from_cents_checked(c).ok_or(NumberError::OutOfRange)))
}

/// A percentage field (0..=100, two decimals at most).
pub fn parse_percent(text: &str, locale: Locale) -> Option<Result<Percent, NumberError>> {
    parse_hundredths(text, locale).map(|r| {
        r.and_then(|h| u16::try_from(h).ok().and_then(Percent::from_hundredths).ok_or(NumberError::OutOfRange))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Locale::{En, Nl};

    fn cents(text: &str, locale: Locale) -> Option<Result<i64, NumberError>> {
        parse_usd(text, locale).map(|r| r.map(|u| u.cents()))
    }

    #[test]
    fn dutch_and_english_notation_give_the_same_amount() {
        assert_eq!(cents("$100.000 USD", Nl), Some(Ok(10_000_000)));
        assert_eq!(cents("100,000", En), Some(Ok(10_000_000)));
        assert_eq!(cents("99.999,99", Nl), Some(Ok(9_999_999)));
        assert_eq!(cents("99,999.99", En), Some(Ok(9_999_999)));
        assert_eq!(cents("99999.99", En), Some(Ok(9_999_999)));
        assert_eq!(cents("0.5", En), Some(Ok(50)));
        assert_eq!(cents("1 000 000", Nl), Some(Ok(100_000_000)));
        assert_eq!(cents("  ", En), None);
    }

    #[test]
    fn ambiguous_or_bad_input_is_refused_not_guessed() {
        assert_eq!(cents("99999.99", Nl), Some(Err(NumberError::NotANumber)), "a Dutch '.' groups thousands");
        assert_eq!(cents("1,00,000", En), Some(Err(NumberError::NotANumber)));
        assert_eq!(cents("12abc", En), Some(Err(NumberError::NotANumber)));
        assert_eq!(cents("-5", En), Some(Err(NumberError::Negative)));
        assert_eq!(cents("1.005", En), Some(Err(NumberError::TooPrecise)));
        assert_eq!(cents("1,", Nl), Some(Err(NumberError::NotANumber)));
        assert_eq!(cents(".5", En), Some(Err(NumberError::NotANumber)));
        assert_eq!(cents("99999999999999999999", En), Some(Err(NumberError::OutOfRange)));
        assert_eq!(cents("10000000000001", En), Some(Err(NumberError::OutOfRange)));
    }

    #[test]
    fn the_other_languages_notation_is_offered_as_a_guess() {
        assert_eq!(other_notation("100.000", En, false).as_deref(), Some("100,000"));
        assert_eq!(other_notation("99.999,99", En, false).as_deref(), Some("99,999.99"));
        assert_eq!(other_notation("99999.99", Nl, false).as_deref(), Some("99.999,99"));
        assert_eq!(other_notation("100,000", Nl, false).as_deref(), Some("100.000"));
        assert_eq!(other_notation("100,000", En, false), None, "valid as typed: no guess");
        assert_eq!(other_notation("12abc", En, false), None, "no notation makes it a number");
        assert_eq!(other_notation("-5", En, false), None);
        assert_eq!(other_notation("", En, false), None);
        // A percentage is guessed only within 0 to 100.
        assert_eq!(other_notation("62.555", En, true), None, "62,555 is no percentage");
        assert_eq!(other_notation("62,555", Nl, true), None);
        assert_eq!(other_notation("62,5", En, true).as_deref(), Some("62.50"));
        assert_eq!(other_notation("62.555", En, false).as_deref(), Some("62,555"), "as an amount it is");
        assert_eq!(format_number(5001, Nl), "50,01");
        assert_eq!(format_number(10_000_000, En), "100,000");
    }

    #[test]
    fn percentages_use_the_locale_decimal_sign() {
        assert_eq!(parse_percent("50,01", Nl).unwrap().unwrap().hundredths(), 5001);
        assert_eq!(parse_percent("50.01 %", En).unwrap().unwrap().hundredths(), 5001);
        assert_eq!(parse_percent("100,5", Nl), Some(Err(NumberError::OutOfRange)));
        assert_eq!(parse_percent("33.333", En), Some(Err(NumberError::TooPrecise)));
    }
}
