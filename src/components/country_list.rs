//! A list of countries chosen by name: a picker with an Add button, and the chosen countries
//! as a list with a Remove button each. Used for co-sell countries and contact regions.

use crate::focus_after_render;
use eligibility_browser::countries;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::{CountryCode, Locale};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Arguments of [`country_list`].
pub struct CountryListProps {
    /// Id base.
    pub id: AttrValue,
    /// The JSON path of the list in `Answers` (the picker's `name`).
    pub name: AttrValue,
    /// Heading of the list (the question).
    pub label: AttrValue,
    /// Chosen codes.
    pub codes: Vec<CountryCode>,
    /// Offer "All countries and regions (OOO)" as a choice.
    pub allow_all: bool,
    /// Called with the new list.
    pub onchange: Callback<Vec<CountryCode>>,
    /// Page language.
    pub locale: Locale,
    /// Add was pressed with no country chosen: say so next to the picker.
    pub nothing_picked: bool,
    /// Called with `true` when Add is pressed with no country chosen, `false` once one is.
    pub on_nothing_picked: Callback<bool>,
    /// List every country in the picker (once a picker has been used).
    pub full: bool,
    /// Called when the picker gets focus or a pointer while it is not full yet.
    pub on_first_use: Callback<()>,
}

/// The chosen code in the picker of the list `id`, read when Add is pressed.
fn picked(picker_id: &str) -> Option<CountryCode> {
    let select = crate::element_by_id(picker_id)?.dyn_into::<HtmlSelectElement>().ok()?;
    CountryCode::parse(&select.value()).ok()
}

/// Countries chosen by name; when Add is pressed with no country chosen, it says so next to the
/// picker.
pub fn country_list(props: CountryListProps) -> Html {
    let locale = props.locale;
    // Until a picker is used, it holds only its placeholder: the names are built on first use.
    let options = props.full.then(|| countries::sorted_by_name(locale));
    let first_use = (!props.full).then(|| props.on_first_use.clone());
    let on_focus = first_use.clone().map(|cb| cb.reform(|_: FocusEvent| ()));
    let on_pointer = first_use.map(|cb| cb.reform(|_: PointerEvent| ()));
    let picker_id = format!("{}-picker", props.id);
    let hint_id = format!("{}-hint", props.id);
    let nothing_picked = props.nothing_picked;
    let add = {
        let (picker_id, codes, onchange, flag) =
            (picker_id.clone(), props.codes.clone(), props.onchange.clone(), props.on_nothing_picked.clone());
        Callback::from(move |_: MouseEvent| match picked(&picker_id) {
            None => {
                flag.emit(true);
                focus_after_render(picker_id.clone());
            }
            Some(code) => {
                flag.emit(false);
                if !codes.contains(&code) {
                    onchange.emit([codes.clone(), vec![code]].concat());
                }
            }
        })
    };
    html! {
        <fieldset class="question country-list" id={props.id.clone()}>
            <legend>{ props.label.clone() }</legend>
            if props.codes.is_empty() {
                <p class="empty">{ t(locale, Ui::NoCountries) }</p>
            } else {
                <ul class="chips">
                    { for props.codes.iter().map(|code| {
                        let name = countries::name(code.as_str(), locale);
                        // After a removal, focus goes to the picker, so a second Enter removes nothing more.
                        let remove = {
                            let (codes, onchange, code, picker) = (props.codes.clone(), props.onchange.clone(), code.clone(), picker_id.clone());
                            Callback::from(move |_: MouseEvent| {
                                onchange.emit(codes.iter().filter(|c| **c != code).cloned().collect());
                                focus_after_render(picker.clone());
                            })
                        };
                        html! {
                            <li class="chip" data-code={code.as_str().to_owned()}>
                                <span>{ name.clone() }</span>
                                <button type="button" class="chip-remove" onclick={remove}
                                    aria-label={format!("{} {name}", t(locale, Ui::Remove))}>{ "×" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <div class="add-row">
                <label for={picker_id.clone()}>{ t(locale, Ui::ChooseCountry) }</label>
                <select id={picker_id.clone()} name={props.name.clone()} onchange={props.on_nothing_picked.reform(|_: Event| false)}
                    onfocus={on_focus} onpointerdown={on_pointer} aria-describedby={nothing_picked.then(|| hint_id.clone())}>
                    // Explicitly selected: Yew inserts options from the last, which would otherwise stay chosen.
                    <option value="" selected=true>{ t(locale, Ui::PickCountry) }</option>
                    if props.allow_all { <option value="OOO">{ t(locale, Ui::AllCountries) }</option> }
                    { for options.iter().flat_map(|list| list.iter()).map(|(code, name)| html! { <option value={*code}>{ name.clone() }</option> }) }
                </select>
                <button type="button" id={format!("{}-add", props.id)} onclick={add}>{ t(locale, Ui::Add) }</button>
            </div>
            // Always present, so screen readers announce the text when it appears.
            <p class="error" id={hint_id} role="status">
                if nothing_picked { <span aria-hidden="true">{ "⚠ " }</span>{ t(locale, Ui::ChooseCountryFirst) } }
            </p>
        </fieldset>
    }
}
