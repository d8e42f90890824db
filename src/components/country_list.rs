//! A list of countries chosen by name: a picker with an Add button, and the chosen countries
//! as a list with a Remove button each. Used for co-sell countries and contact regions.

use crate::countries;
use crate::ui_text::{t, Ui};
use eligibility_rules::{CountryCode, Locale};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`CountryList`].
#[derive(Properties, PartialEq)]
pub struct CountryListProps {
    /// Id base.
    pub id: AttrValue,
    /// Heading of the list (the question).
    pub label: AttrValue,
    /// Chosen codes.
    pub codes: Vec<CountryCode>,
    /// Offer "All countries and regions (OOO)" as a choice.
    #[prop_or_default]
    pub allow_all: bool,
    /// Called with the new list.
    pub onchange: Callback<Vec<CountryCode>>,
    /// Page language.
    pub locale: Locale,
}

/// Countries chosen by name.
#[component]
pub fn CountryList(props: &CountryListProps) -> Html {
    let picker = use_node_ref();
    let locale = props.locale;
    let options = use_memo(locale, |l| countries::sorted_by_name(*l));
    let add = {
        let (picker, codes, onchange) =
            (picker.clone(), props.codes.clone(), props.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(select) = picker.cast::<HtmlSelectElement>() else {
                return;
            };
            let Ok(code) = CountryCode::parse(&select.value()) else {
                return;
            };
            if !codes.contains(&code) {
                let mut next = codes.clone();
                next.push(code);
                onchange.emit(next);
            }
        })
    };
    let picker_id = format!("{}-picker", props.id);
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
                <select id={picker_id} ref={picker}>
                    if props.allow_all { <option value="OOO">{ t(locale, Ui::AllCountries) }</option> }
                    { for options.iter().map(|(code, name)| html! { <option value={*code}>{ name.clone() }</option> }) }
                </select>
                <button type="button" id={format!("{}-add", props.id)} onclick={add}>{ t(locale, Ui::Add) }</button>
            </div>
        </fieldset>
    }
}
