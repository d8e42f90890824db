//! `str_enum!`: a closed set of kebab-case string values, as CONTRACT.md spells them.
//!
//! Each generated enum derives serde's `Serialize` (with exactly those strings) and `Deserialize`
//! through serde's `try_from = "String"`: every enum is read as one string and then matched, so
//! the page's deserializer has one string path instead of one enum visitor per type (about 2 KB
//! gzip less in the page). An unknown value is an error that lists the allowed ones, worded as
//! serde's own. Each offers `ALL` (in contract order), `as_str()` and `from_str_opt()`, so the
//! page, the tests and the messages share one list.

macro_rules! str_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(try_from = "String")]
        pub enum $name {
            $($(#[$vmeta])* #[doc = concat!("`", $text, "` in JSON.")] #[serde(rename = $text)] $variant,)+
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

pub(crate) use str_enum;

/// "unknown variant `x`, expected one of `a`, `b`, `c`" (serde's wording for enums, with its
/// "expected `a`" and "expected `a` or `b`" for one and two values).
pub(crate) fn unknown<'a>(text: &str, allowed: impl Iterator<Item = &'a str>) -> String {
    let allowed: Vec<String> = allowed.map(|a| format!("`{a}`")).collect();
    let expected = match allowed.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        more => format!("one of {}", more.join(", ")),
    };
    format!("unknown variant `{text}`, expected {expected}")
}
