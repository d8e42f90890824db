//! The countries a publisher can pick, by ISO 3166-1 alpha-2 code. Names come from the
//! browser (`Intl.DisplayNames`) in the page's language, so no name table is shipped.

use eligibility_rules::Locale;
use std::cell::RefCell;
use std::rc::Rc;

/// All codes, in alphabetical order of the code (the engine's list, which answers are checked against).
pub fn codes() -> impl Iterator<Item = &'static str> {
    eligibility_rules::country_codes()
}

/// The country's name in the page's language, or the code itself when the browser has none.
pub fn name(code: &str, locale: Locale) -> String {
    if code == "OOO" {
        return crate::ui_text::t(locale, crate::ui_text::Ui::AllCountries).to_owned();
    }
    display_name(code, locale).unwrap_or_else(|| code.to_owned())
}

#[cfg(target_arch = "wasm32")]
fn display_name(code: &str, locale: Locale) -> Option<String> {
    use js_sys::{Array, Intl::DisplayNames, Object, Reflect};
    use wasm_bindgen::JsValue;
    thread_local! {
        static NAMERS: std::cell::RefCell<Vec<(Locale, DisplayNames)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    NAMERS.with(|namers| {
        let mut namers = namers.borrow_mut();
        if !namers.iter().any(|(l, _)| *l == locale) {
            let options = Object::new();
            Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
            let locales = Array::of1(&JsValue::from_str(locale.as_str()));
            namers.push((locale, DisplayNames::new(&locales, &options)));
        }
        let (_, namer) = namers.iter().find(|(l, _)| *l == locale)?;
        namer.of(code).map(String::from)
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn display_name(_code: &str, _locale: Locale) -> Option<String> {
    None
}

/// `names` in alphabetical order as the page's language sorts them: the browser's
/// `Array.prototype.sort` with an `Intl.Collator` ("Åland" with the A's).
#[cfg(target_arch = "wasm32")]
fn sort_names(names: Vec<String>, locale: Locale) -> Vec<String> {
    use js_sys::{Array, Function, Intl::Collator, Object, Reflect};
    let array: Array = names.iter().map(|n| wasm_bindgen::JsValue::from_str(n)).collect();
    let collator = Collator::new(&Array::of1(&locale.as_str().into()), &Object::new());
    let sort =
        Reflect::get(&array, &"sort".into()).ok().and_then(|f| wasm_bindgen::JsCast::dyn_into::<Function>(f).ok());
    match sort.map(|sort| sort.call1(&array, &collator.compare())) {
        Some(Ok(_)) => array.iter().filter_map(|n| n.as_string()).collect(),
        _ => names,
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn sort_names(mut names: Vec<String>, _locale: Locale) -> Vec<String> {
    names.sort();
    names
}

/// `(code, name)` of every country, shared between the lists of a page.
pub type Named = Rc<Vec<(&'static str, String)>>;

/// Codes with their names, sorted by name in the page's language (for the picker). Computed
/// once per language and kept, since every country list on the page shows it.
pub fn sorted_by_name(locale: Locale) -> Named {
    thread_local! {
        static SORTED: RefCell<Vec<(Locale, Named)>> = const { RefCell::new(Vec::new()) };
    }
    SORTED.with(|cache| {
        if let Some((_, list)) = cache.borrow().iter().find(|(l, _)| *l == locale) {
            return list.clone();
        }
        let named: Vec<(&'static str, String)> = codes().map(|c| (c, name(c, locale))).collect();
        // Names are distinct, so each sorted name finds its own code.
        let sorted = sort_names(named.iter().map(|(_, n)| n.clone()).collect(), locale);
        let list: Vec<(&'static str, String)> =
            sorted.into_iter().filter_map(|n| named.iter().find(|(_, m)| *m == n).map(|(c, _)| (*c, n))).collect();
        let list = Rc::new(list);
        cache.borrow_mut().push((locale, list.clone()));
        list
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_upper_case_pairs() {
        let all: Vec<&str> = codes().collect();
        assert_eq!(all.len(), 249);
        assert!(all.windows(2).all(|w| w[0] < w[1]), "sorted and unique");
        assert!(all.iter().all(|c| eligibility_rules::CountryCode::parse(c).is_ok()));
        assert!(all.contains(&"NL") && all.contains(&"US"));
    }
}
