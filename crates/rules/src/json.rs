//! Reading `Answers` from a JSON value, key by key, so every error names its JSON path
//! (`offer.salesContacts[1].role`) and says what is allowed.
//!
//! Hand-written instead of serde's derived `Deserialize` plus path tracking: the page carries
//! it in its WebAssembly, and this is a fraction of the size with clearer messages. It also
//! refuses an array where an object belongs, which serde would read as a positional struct.

use crate::parse::ParseError;
use serde_json::{Map, Value};

/// Where a value sits in the document: a chain of keys and indexes held on the stack, turned
/// into text (`partner.hasMpnId`, `[2].asOf`) only when there is an error.
#[derive(Clone, Copy)]
pub struct JsonPath<'a> {
    parent: Option<&'a JsonPath<'a>>,
    segment: Segment<'a>,
}

#[derive(Clone, Copy)]
enum Segment<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

impl<'a> JsonPath<'a> {
    /// The document itself.
    pub const ROOT: JsonPath<'static> = JsonPath { parent: None, segment: Segment::Root };

    /// The value under `key` of this object.
    pub fn key(&'a self, key: &'a str) -> JsonPath<'a> {
        JsonPath { parent: Some(self), segment: Segment::Key(key) }
    }

    /// The item at `index` of this array.
    pub fn index(&'a self, index: usize) -> JsonPath<'a> {
        JsonPath { parent: Some(self), segment: Segment::Index(index) }
    }

    /// An error at this path.
    pub fn error(&self, message: impl Into<String>) -> ParseError {
        let mut segments = Vec::new();
        let mut at = Some(self);
        while let Some(path) = at {
            segments.push(path.segment);
            at = path.parent;
        }
        let mut text = String::new();
        for segment in segments.iter().rev() {
            match segment {
                Segment::Root => {}
                Segment::Key(key) if text.is_empty() => text.push_str(key),
                Segment::Key(key) => {
                    text.push('.');
                    text.push_str(key);
                }
                Segment::Index(i) => {
                    text.push('[');
                    text.push_str(&i.to_string());
                    text.push(']');
                }
            }
        }
        ParseError { path: text, message: message.into() }
    }

    /// "expected X, found a string" at this path.
    pub fn expected(&self, what: &str, found: &Value) -> ParseError {
        self.error(format!("expected {what}, found {}", kind(found)))
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A value that can be read from JSON at a path.
pub trait FromJson: Sized {
    /// Reads `value`; errors name `path`.
    fn from_json(value: &Value, path: &JsonPath) -> Result<Self, ParseError>;
}

/// The object at `path`, or an error saying what was found instead.
pub fn object<'v>(value: &'v Value, path: &JsonPath) -> Result<&'v Map<String, Value>, ParseError> {
    value.as_object().ok_or_else(|| path.expected("an object", value))
}

/// The error for a key the contract does not have.
pub fn unknown_key(path: &JsonPath, key: &str, known: &[&str]) -> ParseError {
    path.key(key).error(format!("unknown field `{key}`, expected one of {}", quoted_list(known)))
}

/// `` `a`, `b`, `c` ``.
pub fn quoted_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    quoted.join(", ")
}

/// `null` is "not answered".
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value, path: &JsonPath) -> Result<Self, ParseError> {
        match value {
            Value::Null => Ok(None),
            other => T::from_json(other, path).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value, path: &JsonPath) -> Result<Self, ParseError> {
        let items = value.as_array().ok_or_else(|| path.expected("an array", value))?;
        items.iter().enumerate().map(|(i, item)| T::from_json(item, &path.index(i))).collect()
    }
}

impl FromJson for bool {
    fn from_json(value: &Value, path: &JsonPath) -> Result<Self, ParseError> {
        value.as_bool().ok_or_else(|| path.expected("true, false or null", value))
    }
}

impl FromJson for String {
    fn from_json(value: &Value, path: &JsonPath) -> Result<Self, ParseError> {
        value.as_str().map(str::to_owned).ok_or_else(|| path.expected("a string", value))
    }
}

impl FromJson for u32 {
    fn from_json(value: &Value, path: &JsonPath) -> Result<Self, ParseError> {
        value.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or_else(|| path.expected("a whole number", value))
    }
}

/// A number, for money and percentages.
pub fn number(value: &Value, path: &JsonPath, what: &str) -> Result<f64, ParseError> {
    value.as_f64().ok_or_else(|| path.expected(what, value))
}

/// A string, for dates, codes and enum values.
pub fn string<'v>(value: &'v Value, path: &JsonPath, what: &str) -> Result<&'v str, ParseError> {
    value.as_str().ok_or_else(|| path.expected(what, value))
}

/// Implements [`FromJson`] for a struct whose fields are all optional (`Option<…>`), keyed by
/// their camelCase names; any other key is refused. The struct must implement `Default`.
#[macro_export]
macro_rules! json_object {
    ($type:ident { $($field:ident: $key:literal),+ $(,)? }) => {
        impl $crate::json::FromJson for $type {
            fn from_json(value: &serde_json::Value, path: &$crate::json::JsonPath) -> Result<Self, $crate::parse::ParseError> {
                const KEYS: &[&str] = &[$($key),+];
                let mut out = Self::default();
                for (key, item) in $crate::json::object(value, path)? {
                    match key.as_str() {
                        $($key => out.$field = $crate::json::FromJson::from_json(item, &path.key($key))?,)+
                        _ => return Err($crate::json::unknown_key(path, key, KEYS)),
                    }
                }
                Ok(out)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_like_javascript() {
        let root = JsonPath::ROOT;
        let offer = root.key("offer");
        let contacts = offer.key("salesContacts");
        let first = contacts.index(1);
        assert_eq!(first.key("role").error("x").path, "offer.salesContacts[1].role");
        assert_eq!(root.index(3).key("asOf").error("x").path, "[3].asOf");
        assert_eq!(root.error("x").path, "");
    }

    #[test]
    fn options_vectors_and_scalars() {
        let at = JsonPath::ROOT;
        assert_eq!(Option::<bool>::from_json(&Value::Null, &at).unwrap(), None);
        assert_eq!(Vec::<bool>::from_json(&serde_json::json!([true, false]), &at).unwrap(), vec![true, false]);
        let e = Vec::<bool>::from_json(&serde_json::json!([true, "no"]), &at).unwrap_err();
        assert_eq!((e.path.as_str(), e.message.as_str()), ("[1]", "expected true, false or null, found a string"));
        assert!(u32::from_json(&serde_json::json!(-1), &at).is_err());
        assert_eq!(String::from_json(&serde_json::json!("é"), &at).unwrap(), "é");
    }
}
