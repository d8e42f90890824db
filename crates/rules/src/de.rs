//! Small serde helpers for the contract types: objects read as maps, and visitors that say in
//! words what a number or text field expects.

use serde::de::{self, value::MapAccessDeserializer, Deserialize, Deserializer, MapAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// A `T` that must be a JSON object, read with every key it has.
///
/// Why not plain derive: a derived struct also accepts an array (serde_json fills the fields by
/// position, so `{"partner":[true]}` would set `hasMpnId`), and serde-wasm-bindgen reads a
/// struct by looking up only its declared keys, so an unknown key would pass unseen. Reading the
/// value as a map with `deserialize_any` refuses arrays and lets `deny_unknown_fields` see every
/// key, in both deserializers.
pub(crate) struct Object<T>(pub T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map))
            }
        }
        deserializer.deserialize_any(ObjectVisitor(PhantomData)).map(Object)
    }
}

/// `deserialize_with` for an optional object (`null` or absent is `None`).
pub(crate) fn object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    Ok(Option::<Object<T>>::deserialize(d)?.map(|Object(t)| t))
}

/// `deserialize_with` for an optional array of objects.
pub(crate) fn objects<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<Vec<T>>, D::Error> {
    Ok(Option::<Vec<Object<T>>>::deserialize(d)?.map(|list| list.into_iter().map(|Object(t)| t).collect()))
}

/// Reads any JSON number as `f64`; the text says what the number is (for error messages).
pub(crate) struct Number(pub &'static str);

impl Visitor<'_> for Number {
    type Value = f64;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
        Ok(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }
}

/// Reads a JSON string; the text says what the string is (for error messages).
pub(crate) struct Text(pub &'static str);

impl Visitor<'_> for Text {
    type Value = String;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }
}

/// `schemaVersion`: a whole number, also when written with a zero fraction (`1.0` is the number
/// 1 in JSON); `null` or absent is `None`.
pub(crate) fn whole_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    struct Whole;
    impl<'de> Visitor<'de> for Whole {
        type Value = Option<u32>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a whole number")
        }
        fn visit_none<E: de::Error>(self) -> Result<Option<u32>, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Option<u32>, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<u32>, D::Error> {
            let v = d.deserialize_f64(Number("a whole number"))?;
            if v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&v) {
                Ok(Some(v as u32))
            } else {
                // (No number in the message: formatting a float would add kilobytes to the wasm.)
                Err(de::Error::custom("the schema version is a whole number (1)"))
            }
        }
    }
    d.deserialize_option(Whole)
}
