//! The JavaScript API's TypeScript types (`api.d.ts`, in the generated declarations
//! `eligibility-web.d.ts`). The page exports `evaluate(answers, options)` and
//! `shareLink(answers, options)` (`src/main.rs`) as `window.wasmBindings`; the tools module, loaded
//! on their first call, answers them (`crates/tools`, `api.rs`).

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("api.d.ts");

#[cfg(test)]
mod tests {
    use eligibility_rules::{Field, OfferType};

    const TYPES: &str = include_str!("api.d.ts");

    #[test]
    fn typescript_declarations_name_every_field_and_value() {
        for field in Field::ALL {
            let key = field.path().rsplit('.').next().unwrap_or_default();
            assert!(TYPES.contains(&format!("  {key}?: ")), "api.d.ts lacks {}", field.path());
        }
        for t in OfferType::ALL {
            assert!(TYPES.contains(&format!("\"{t}\"")), "api.d.ts lacks offer type {t}");
        }
        assert!(TYPES.contains("export interface Answers") && TYPES.contains("export interface Report"));
    }
}
