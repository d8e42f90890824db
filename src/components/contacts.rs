//! Sales contacts of the Co-sell with Microsoft tab (O-08): add and remove rows, each with a
//! name, a role and regions.

use super::country_list::{country_list, CountryListProps};
use super::fields::{choice, text_field, ChoiceProps, TextFieldProps};
use crate::ui_text::{contact_role, t, Ui};
use eligibility_rules::{i18n, ContactRole, CountryCode, Locale, SalesContact};
use yew::prelude::*;

/// A callback that applies `change`, with the value it receives, to a copy of the list and hands
/// the whole list on: every control of the list works this way.
fn edit<V: 'static>(
    contacts: &[SalesContact],
    onchange: &Callback<Option<Vec<SalesContact>>>,
    change: impl Fn(&mut Vec<SalesContact>, V) + 'static,
) -> Callback<V> {
    let (contacts, onchange) = (contacts.to_vec(), onchange.clone());
    Callback::from(move |value: V| {
        let mut next = contacts.clone();
        change(&mut next, value);
        onchange.emit(Some(next));
    })
}

/// The list of sales contacts: `None` until the publisher adds the first one (not answered).
pub fn sales_contacts(
    contacts: Option<Vec<SalesContact>>,
    onchange: Callback<Option<Vec<SalesContact>>>,
    locale: Locale,
) -> Html {
    let contacts = contacts.unwrap_or_default();
    let add = edit(&contacts, &onchange, |list, _: MouseEvent| {
        list.push(SalesContact { name: None, email: None, role: ContactRole::PartnerSales, regions: Vec::new() })
    });
    let roles: Vec<(&'static str, &'static str)> =
        ContactRole::ALL.iter().map(|r| (r.as_str(), contact_role(locale, *r))).collect();
    html! {
        <fieldset class="question contacts" id="offer-salesContacts">
            <legend>{ i18n::question(locale, "offer.salesContacts") }</legend>
            <p class="help">{ t(locale, Ui::SalesContactsHelp) }</p>
            if contacts.is_empty() { <p class="empty">{ t(locale, Ui::NoContacts) }</p> }
            <ol class="contact-rows">
                { for contacts.iter().enumerate().map(|(i, contact)| {
                    let id = format!("contact-{i}");
                    let remove = edit(&contacts, &onchange, move |list, _: MouseEvent| {
                        list.remove(i);
                    });
                    let on_role = edit(&contacts, &onchange, move |list, v: Option<String>| {
                        if let (Some(c), Some(role)) = (list.get_mut(i), v.as_deref().and_then(ContactRole::from_str_opt)) {
                            c.role = role;
                        }
                    });
                    let on_regions = edit(&contacts, &onchange, move |list, regions: Vec<CountryCode>| {
                        if let Some(c) = list.get_mut(i) {
                            c.regions = regions;
                        }
                    });
                    let on_name = edit(&contacts, &onchange, move |list, v: String| {
                        if let Some(c) = list.get_mut(i) {
                            c.name = (!v.is_empty()).then_some(v);
                        }
                    });
                    let title = match contact.name.as_deref() {
                        Some(name) => format!("{} {}: {name}", t(locale, Ui::Contact), i + 1),
                        None => format!("{} {}", t(locale, Ui::Contact), i + 1),
                    };
                    html! {
                        <li class="contact" id={id.clone()}>
                            <h4>{ title.clone() }</h4>
                            { text_field(TextFieldProps {
                                id: format!("{id}-name").into(),
                                label: format!("{} ({})", t(locale, Ui::ContactName), t(locale, Ui::Optional)).into(),
                                text: contact.name.clone().unwrap_or_default().into(),
                                autocomplete: "name".into(),
                                oninput: on_name,
                            }) }
                            { choice(ChoiceProps {
                                id: format!("{id}-role").into(),
                                label: t(locale, Ui::ContactRole).into(),
                                options: roles.clone(),
                                value: Some(contact.role.as_str()),
                                onchange: on_role,
                                locale,
                                help: None,
                            }) }
                            { country_list(CountryListProps {
                                id: format!("{id}-regions").into(),
                                label: t(locale, Ui::ContactRegions).into(),
                                codes: contact.regions.clone(),
                                allow_all: true,
                                onchange: on_regions,
                                locale,
                            }) }
                            <button type="button" class="secondary" id={format!("{id}-remove")} onclick={remove}
                                aria-label={format!("{}: {title}", t(locale, Ui::RemoveContact))}>{ t(locale, Ui::RemoveContact) }</button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" id="contact-add" onclick={add}>{ t(locale, Ui::AddContact) }</button>
        </fieldset>
    }
}
