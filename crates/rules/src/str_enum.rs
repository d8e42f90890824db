//! `str_enum!`: a closed set of kebab-case string values, as CONTRACT.md spells them.
//!
//! Each generated enum serialises to exactly those strings and reads them from JSON (an unknown
//! value is an error that lists the allowed ones), and offers `ALL` (in contract order) and
//! `as_str()`, so the page, the tests and the messages share one list.

macro_rules! str_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
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

            /// Parses the JSON spelling; `None` for any other text.
            pub fn from_str_opt(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl $crate::json::FromJson for $name {
            fn from_json(value: &serde_json::Value, path: &$crate::json::JsonPath) -> Result<Self, $crate::parse::ParseError> {
                let text = $crate::json::string(value, path, "a string")?;
                $name::from_str_opt(text).ok_or_else(|| {
                    let allowed: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                    path.error(format!("unknown value `{text}`, expected one of {}", $crate::json::quoted_list(&allowed)))
                })
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
