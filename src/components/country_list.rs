//! A list of countries chosen by name: a picker with an Add button, and the chosen countries
//! as a list with a Remove button each. Used for co-sell countries and contact regions.

use crate::countries;
use crate::ui_text::{t, Ui};
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
}

/// The chosen code in the picker of the list `id`, read when Add is pressed.
fn picked(picker_id: &str) -> Option<CountryCode> {
    let select = crate::element_by_id(picker_id)?.dyn_into::<HtmlSelectElement>().ok()?;
    CountryCode::parse(&select.value()).ok()
}

/// Countries chosen by name.
pub fn country_list(props: CountryListProps) -> Html {
    let locale = props.locale;
    let options = countries::sorted_by_name(locale);
    let picker_id = format!("{}-picker", props.id);
    let add = {
        let (picker_id, codes, onchange) = (picker_id.clone(), props.codes.clone(), props.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(code) = picked(&picker_id).filter(|c| !codes.contains(c)) {
                let mut next = codes.clone();
                next.push(code);
                onchange.emit(next);
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
                        let remove = {
                            let (codes, onchange, code) = (props.codes.clone(), props.onchange.clone(), code.clone());
                            Callback::from(move |_: MouseEvent| onchange.emit(codes.iter().filter(|c| **c != code).cloned().collect()))
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
                <select id={picker_id} name={props.name.clone()}>
                    // Explicitly selected: Yew inserts options from the last, which would otherwise stay chosen.
                    <option value="" selected=true>{ t(locale, Ui::PickCountry) }</option>
                    if props.allow_all { <option value="OOO">{ t(locale, Ui::AllCountries) }</option> }
                    { for options.iter().map(|(code, name)| html! { <option value={*code}>{ name.clone() }</option> }) }
                </select>
                <button type="button" id={format!("{}-add", props.id)} onclick={add}>{ t(locale, Ui::Add) }</button>
            </div>
        </fieldset>
    }
}
