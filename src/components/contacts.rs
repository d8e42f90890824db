//! Sales contacts of the Co-sell with Microsoft tab (O-08): add and remove rows, each with a
//! name, a role and regions.

use super::country_list::{country_list, CountryListProps};
use super::fields::{choice, text_field, ChoiceProps, TextFieldProps};
use crate::ui_text::{contact_role, t, Ui};
use eligibility_rules::{i18n, ContactRole, Locale, SalesContact};
use yew::prelude::*;

/// The list of sales contacts: `None` until the publisher adds the first one (not answered).
pub fn sales_contacts(
    contacts: Option<Vec<SalesContact>>,
    onchange: Callback<Option<Vec<SalesContact>>>,
    locale: Locale,
) -> Html {
    let contacts = contacts.unwrap_or_default();
    let update = |index: usize, change: fn(&mut SalesContact, String)| {
        let (contacts, onchange) = (contacts.clone(), onchange.clone());
        Callback::from(move |value: String| {
            let mut next = contacts.clone();
            if let Some(c) = next.get_mut(index) {
                change(c, value);
            }
            onchange.emit(Some(next));
        })
    };
    let add = {
        let (contacts, onchange) = (contacts.clone(), onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let mut next = contacts.clone();
            next.push(SalesContact { name: None, email: None, role: ContactRole::PartnerSales, regions: Vec::new() });
            onchange.emit(Some(next));
        })
    };
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
                    let remove = {
                        let (contacts, onchange) = (contacts.clone(), onchange.clone());
                        Callback::from(move |_: MouseEvent| {
                            let mut next = contacts.clone();
                            next.remove(i);
                            onchange.emit(Some(next));
                        })
                    };
                    let on_role = update(i, |c, v| {
                        if let Some(role) = ContactRole::from_str_opt(&v) {
                            c.role = role;
                        }
                    }).reform(|v: Option<String>| v.unwrap_or_default());
                    let on_regions = {
                        let (contacts, onchange) = (contacts.clone(), onchange.clone());
                        Callback::from(move |regions| {
                            let mut next = contacts.clone();
                            if let Some(c) = next.get_mut(i) {
                                c.regions = regions;
                            }
                            onchange.emit(Some(next));
                        })
                    };
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
                                oninput: update(i, |c, v| c.name = (!v.is_empty()).then_some(v)),
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
