//! `str_enum!`: a closed set of kebab-case string values, as CONTRACT.md spells them.
//!
//! Each generated enum derives serde's `Serialize` and `Deserialize` with exactly those strings
//! (an unknown value is an error that lists the allowed ones), and offers `ALL` (in contract
//! order), `as_str()` and `from_str_opt()`, so the page, the tests and the messages share one list.

macro_rules! str_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
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

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use str_enum;
