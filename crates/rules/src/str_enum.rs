//! `str_enum!`: a closed set of kebab-case string values, as CONTRACT.md spells them.
//!
//! Each generated enum serialises as exactly those strings and deserialises as one string that
//! is then looked up (what serde's `try_from = "String"` does), through one shared function
//! ([`read`]) instead of one visitor per type, so the page's download carries the string path
//! once. An unknown value is an error that lists the allowed ones, worded as serde's own. Each
//! offers `ALL` (in contract order), `as_str()` and `from_str_opt()`, so the page, the tests and
//! the messages share one list, also through the trait [`StrEnum`] for generic code (the page's
//! question table). Exported (`eligibility_rules::str_enum!`) for the other crates' closed sets of
//! strings (the page's request to its tools module).

#[macro_export]
macro_rules! str_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* #[doc = concat!("`", $text, "` in JSON.")] $variant,)+
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        /// Read as one string, as serde's `try_from = "String"` would; the work is shared by
        /// every enum ([`crate::str_enum::read`]), so each adds only a table lookup.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const TEXTS: &[&str] = &[$($text),+];
                $crate::str_enum::read(deserializer, TEXTS).map(|i| $name::ALL[i])
            }
        }

        impl $name {
            /// Every value, in the order CONTRACT.md lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as spelled in JSON.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value spelled `text` in JSON; `None` for any other text (for form controls,
            /// whose values are these spellings).
            pub fn from_str_opt(text: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.as_str() == text)
            }
        }

        impl $crate::str_enum::StrEnum for $name {
            const ALL: &'static [$name] = $name::ALL;

            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;

            fn try_from(text: String) -> Result<$name, String> {
                $name::from_str_opt(&text).ok_or_else(|| $crate::str_enum::unknown(&text, $name::ALL.iter().map(|v| v.as_str())))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A closed set of strings made by [`str_enum!`], for code that works with any of them: every
/// value, its JSON spelling, and the value of a spelling.
pub trait StrEnum: Copy + 'static {
    /// Every value, in the order CONTRACT.md lists them.
    const ALL: &'static [Self];

    /// The value as spelled in JSON.
    fn as_str(self) -> &'static str;

    /// The value spelled `text` in JSON; `None` for any other text.
    fn from_str_opt(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == text)
    }
}

/// Reads one string and finds it in `texts`: its position, or serde's "unknown variant" error
/// naming the allowed values. Generic only over the deserializer, so all enums share it.
pub fn read<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    texts: &'static [&'static str],
) -> Result<usize, D::Error> {
    use serde::Deserialize;
    let text = String::deserialize(deserializer)?;
    texts.iter().position(|t| *t == text).ok_or_else(|| serde::de::Error::custom(unknown(&text, texts.iter().copied())))
}

/// "unknown variant `x`, expected one of `a`, `b`, `c`" (serde's wording for enums, with its
/// "expected `a`" and "expected `a` or `b`" for one and two values).
pub fn unknown<'a>(text: &str, allowed: impl Iterator<Item = &'a str>) -> String {
    let allowed: Vec<String> = allowed.map(|a| format!("`{a}`")).collect();
    let expected = match allowed.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        more => format!("one of {}", more.join(", ")),
    };
    format!("unknown variant `{text}`, expected {expected}")
}
