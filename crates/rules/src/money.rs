//! Money in integer US cents and percentages in hundredths of a percent (RULES.md 2.4).

use crate::de::Number;
use serde::{de::Error, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// The largest amount accepted, in USD: far above any real revenue, low enough that cents fit
/// an `i64` exactly and the JSON number keeps its cents.
pub const MAX_USD: f64 = 1e13;

/// An amount of US dollars held as whole cents (`100000` USD is `Usd::from_cents(10_000_000)`).
///
/// In JSON it is a number in dollars (`99999.99`), never negative, at most two decimals.
/// Comparisons are on cents, so "at least USD 100,000" is exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Usd(i64);

impl Usd {
    /// An amount from whole cents.
    pub const fn from_cents(cents: i64) -> Usd {
        Usd(cents)
    }

    /// The amount in cents.
    pub const fn cents(self) -> i64 {
        self.0
    }

    /// Converts a JSON dollar amount; errors name what is wrong (negative, too many decimals,
    /// not finite, too large). Messages carry no number: the JSON path already says where.
    pub fn from_dollars(value: f64) -> Result<Usd, String> {
        if !value.is_finite() {
            return Err("money must be a finite number of US dollars".into());
        }
        if value < 0.0 {
            return Err("money must not be negative".into());
        }
        if value > MAX_USD {
            return Err("money must be at most 10,000,000,000,000 US dollars".into());
        }
        let cents = to_hundredths(value).ok_or("money has at most two decimals (whole cents)")?;
        Ok(Usd(cents))
    }

    /// An amount from whole cents, refused above [`MAX_USD`] (for the page's own parser).
    pub fn from_cents_checked(cents: i64) -> Option<Usd> {
        (0..=MAX_CENTS).contains(&cents).then_some(Usd(cents))
    }
}

/// [`MAX_USD`] in cents.
pub const MAX_CENTS: i64 = 1_000_000_000_000_000;

/// The non-negative `value` in hundredths, exactly, when it has at most two decimals; `None`
/// when it has more. Decimals are counted in the number's shortest round-trip form (Rust's `f64`
/// `Display`, never an exponent), the digits a person or a JSON file wrote: `99999.99` has two,
/// `99999.999` three, and `100.000` in JSON is the number 100. The same rule at every size, so no
/// amount is ever rounded into meeting a threshold.
///
/// Computed without formatting the number (float formatting would add kilobytes to both wasm
/// modules): `value` has at most two decimals in that form exactly when it is the double
/// nearest to `c / 100` for the whole number `c` nearest to `value * 100`. For every value up to
/// [`MAX_USD`] (`c` below 2^53) the product's error stays far below a half, so `c` is exact; the
/// test `the_rule_is_the_shortest_forms_decimals` checks it against `Display`.
pub(crate) fn to_hundredths(value: f64) -> Option<i64> {
    /// 2^53: every whole number up to it is exact in an `f64`.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    let hundredths = (value * 100.0).round();
    (hundredths.abs() <= EXACT && hundredths / 100.0 == value).then_some(hundredths as i64)
}

/// Writes hundredths as a JSON number: whole numbers as integers (`100000`, not `100000.0`), as
/// people write them, others with their decimals (`99999.99`).
fn serialize_hundredths<S: Serializer>(hundredths: i64, serializer: S) -> Result<S::Ok, S::Error> {
    match u64::try_from(hundredths) {
        Ok(whole) if whole % 100 == 0 => serializer.serialize_u64(whole / 100),
        _ => serializer.serialize_f64(hundredths as f64 / 100.0),
    }
}

impl Serialize for Usd {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_hundredths(self.0, serializer)
    }
}

/// A JSON number of US dollars, checked by [`Usd::from_dollars`].
impl<'de> Deserialize<'de> for Usd {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let dollars = deserializer.deserialize_f64(Number("an amount in US dollars (a number)"))?;
        Usd::from_dollars(dollars).map_err(D::Error::custom)
    }
}

/// A percentage 0..=100 with at most two decimals, held in hundredths (50.01 % is `5001`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Percent(u16);

impl Percent {
    /// A percentage from hundredths of a percent; `None` above 100 %.
    pub const fn from_hundredths(hundredths: u16) -> Option<Percent> {
        if hundredths <= 10_000 {
            Some(Percent(hundredths))
        } else {
            None
        }
    }

    /// The percentage in hundredths (0..=10000).
    pub const fn hundredths(self) -> u16 {
        self.0
    }

    /// Converts a JSON percentage; errors say the allowed range and precision.
    pub fn from_number(value: f64) -> Result<Percent, String> {
        if !value.is_finite() || !(0.0..=100.0).contains(&value) {
            return Err("percentage must be between 0 and 100".into());
        }
        let hundredths = to_hundredths(value).ok_or("percentage has at most two decimals")?;
        Ok(Percent(hundredths as u16))
    }
}

impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_hundredths(i64::from(self.0), serializer)
    }
}

/// A JSON number from 0 to 100, checked by [`Percent::from_number`].
impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = deserializer.deserialize_f64(Number("a percentage (a number)"))?;
        Percent::from_number(value).map_err(D::Error::custom)
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (whole, frac) = (self.0 / 100, self.0 % 100);
        if frac == 0 {
            write!(f, "{whole}")
        } else {
            write!(f, "{whole}.{frac:02}")
        }
    }
}

/// A figure of a gap (RULES.md 11.2): an amount of US dollars or a percentage, never negative,
/// with at most two decimals, held in hundredths (USD 12,500 is `Figure::from_hundredths(1_250_000)`,
/// 0.01 % is `1`). Which of the two it is follows from the gap's field. In JSON a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Figure(i64);

impl Figure {
    /// A figure from hundredths (cents, or hundredths of a percent).
    pub const fn from_hundredths(hundredths: i64) -> Figure {
        Figure(hundredths)
    }

    /// The figure in hundredths.
    pub const fn hundredths(self) -> i64 {
        self.0
    }
}

impl From<Usd> for Figure {
    fn from(amount: Usd) -> Figure {
        Figure(amount.0)
    }
}

impl From<Percent> for Figure {
    fn from(share: Percent) -> Figure {
        Figure(i64::from(share.0))
    }
}

impl Serialize for Figure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serialize_hundredths(self.0, serializer)
    }
}

/// A JSON number with the checks of money (not negative, two decimals, at most [`MAX_USD`]).
impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = deserializer.deserialize_f64(Number("a number"))?;
        Usd::from_dollars(value).map(Figure::from).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_become_exact_cents() {
        assert_eq!(Usd::from_dollars(99_999.99).unwrap().cents(), 9_999_999);
        assert_eq!(Usd::from_dollars(100_000.0).unwrap().cents(), 10_000_000);
        assert_eq!(Usd::from_dollars(0.3).unwrap().cents(), 30);
        assert_eq!(Usd::from_dollars(0.0).unwrap().cents(), 0);
        assert_eq!(Usd::from_dollars(-0.0).unwrap().cents(), 0);
        assert_eq!(Usd::from_dollars(12_345_678.9).unwrap().cents(), 1_234_567_890);
        assert_eq!(Usd::from_dollars(MAX_USD).unwrap().cents(), 1_000_000_000_000_000);
    }

    #[test]
    fn the_rule_is_the_shortest_forms_decimals() {
        // Every value with up to four decimals below 1,000, and a spread of large ones.
        let decimals = |v: f64| v.to_string().split_once('.').map_or(0, |(_, d)| d.len());
        let small = (0..10_000_000).map(|i| f64::from(i) / 10_000.0);
        let large = (0..2_000_000u32).map(|i| f64::from(i) * 4_999_999.999 + f64::from(i % 1000) / 100.0);
        for value in small.chain(large).filter(|v| *v <= MAX_USD) {
            assert_eq!(to_hundredths(value).is_some(), decimals(value) <= 2, "{value}");
        }
    }

    #[test]
    fn bad_money_is_refused_with_a_reason() {
        assert!(Usd::from_dollars(-0.01).unwrap_err().contains("negative"));
        assert!(Usd::from_dollars(1.005).unwrap_err().contains("two decimals"));
        // The same rule at every size: nothing is rounded into meeting "at least USD 100,000".
        for more in [99_999.999, 99_999.995, 99_999.999_9, 4_999.995, 5_000.001, 12_345_678.905, 0.001, 0.1 + 0.2] {
            assert!(Usd::from_dollars(more).unwrap_err().contains("two decimals"), "{more}");
        }
        assert!(Usd::from_dollars(f64::NAN).unwrap_err().contains("finite"));
        assert!(Usd::from_dollars(f64::INFINITY).is_err());
        assert!(Usd::from_dollars(1e14).unwrap_err().contains("at most"));
    }

    #[test]
    fn percentages_are_hundredths_within_0_to_100() {
        assert_eq!(Percent::from_number(50.01).unwrap().hundredths(), 5001);
        assert_eq!(Percent::from_number(100.0).unwrap().hundredths(), 10_000);
        assert_eq!(Percent::from_number(0.07).unwrap().hundredths(), 7);
        assert!(Percent::from_number(100.01).unwrap_err().contains("between 0 and 100"));
        assert!(Percent::from_number(-1.0).is_err());
        assert!(Percent::from_number(50.001).unwrap_err().contains("two decimals"));
        assert!(Percent::from_number(49.999).unwrap_err().contains("two decimals"));
        assert_eq!(Percent::from_number(50.5).unwrap().to_string(), "50.50");
        assert_eq!(Percent::from_number(60.0).unwrap().to_string(), "60");
        assert_eq!(Percent::from_hundredths(10_001), None);
    }

    #[test]
    fn serde_reads_dollars_and_percentages_with_their_checks() {
        let usd = |v: serde_json::Value| serde_json::from_value::<Usd>(v).map_err(|e| e.to_string());
        assert_eq!(usd(serde_json::json!(100000)).unwrap().cents(), 10_000_000);
        assert_eq!(usd(serde_json::json!(99999.99)).unwrap().cents(), 9_999_999);
        // JSON `100.000` is the number 100.
        assert_eq!(serde_json::from_str::<Usd>("100.000").unwrap().cents(), 10_000);
        assert!(serde_json::from_str::<Usd>("99999.999").unwrap_err().to_string().contains("two decimals"));
        assert_eq!(usd(serde_json::json!(-1)).unwrap_err(), "money must not be negative");
        assert!(usd(serde_json::json!("100")).unwrap_err().contains("expected an amount in US dollars"));
        let pct = |v: serde_json::Value| serde_json::from_value::<Percent>(v).map_err(|e| e.to_string());
        assert_eq!(pct(serde_json::json!(50.01)).unwrap().hundredths(), 5001);
        assert_eq!(pct(serde_json::json!(101)).unwrap_err(), "percentage must be between 0 and 100");
        assert!(pct(serde_json::json!(true)).unwrap_err().contains("expected a percentage"));
        assert_eq!(serde_json::to_string(&Usd::from_cents(9_999_999)).unwrap(), "99999.99");
    }
}
