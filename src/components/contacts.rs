//! Sales contacts of the Co-sell with Microsoft tab (O-08): rows with a name, a role and
//! regions, each keyed so that removing one row leaves the others (and the focus) in place.
//! With no rows, a box says "No sales contacts yet", which answers the question with `[]`;
//! otherwise an empty list is "not answered".

use super::country_list::{country_list, CountryListProps};
use super::fields::{choice, text_field, Control};
use super::send;
use crate::form::{Action, Form};
use crate::ui_text::{t, Ui};
use eligibility_rules::{i18n, ContactRole, Field};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The list of sales contacts.
pub fn sales_contacts(form: &UseReducerHandle<Form>) -> Html {
    let locale = form.locale;
    let path = Field::OfferSalesContacts.path();
    let roles: Vec<(&'static str, &'static str)> =
        ContactRole::ALL.iter().map(|r| (r.as_str(), i18n::label(locale, *r))).collect();
    let none_yet = send(form, |e: Event| Action::NoContacts(e.target_unchecked_into::<HtmlInputElement>().checked()));
    html! {
        <fieldset class="question contacts" id="offer-salesContacts">
            <legend>{ i18n::question(locale, Field::OfferSalesContacts) }</legend>
            <p class="help">{ t(locale, Ui::SalesContactsHelp) }</p>
            if form.contacts.is_empty() {
                <div class="choices">
                    <label class="choice" for="offer-salesContacts-none">
                        <input type="checkbox" id="offer-salesContacts-none" name={path} value="" checked={form.no_contacts} onchange={none_yet} />
                        <span>{ t(locale, Ui::NoContacts) }</span>
                    </label>
                </div>
            }
            <ol class="contact-rows">
                { for form.contacts.iter().enumerate().map(|(i, row)| {
                    let key = row.key;
                    let id = format!("contact-{key}");
                    let at = format!("{path}[{i}]");
                    let title = match row.contact.name.as_deref() {
                        Some(name) => format!("{} {}: {name}", t(locale, Ui::Contact), i + 1),
                        None => format!("{} {}", t(locale, Ui::Contact), i + 1),
                    };
                    let on_role = send(form, move |v: Option<String>| {
                        Action::ContactRole(key, v.as_deref().and_then(ContactRole::from_str_opt).unwrap_or(ContactRole::PartnerSales))
                    });
                    html! {
                        <li class="contact" id={id.clone()} key={key}>
                            <h4>{ title.clone() }</h4>
                            { text_field(
                                Control {
                                    id: format!("{id}-name").into(),
                                    name: format!("{at}.name").into(),
                                    label: format!("{} ({})", t(locale, Ui::ContactName), t(locale, Ui::Optional)).into(),
                                },
                                row.contact.name.as_deref().unwrap_or_default(),
                                ("text", "name"),
                                send(form, move |v| Action::ContactName(key, v)),
                            ) }
                            { choice(
                                Control { id: format!("{id}-role").into(), name: format!("{at}.role").into(), label: t(locale, Ui::ContactRole).into() },
                                roles.clone(),
                                Some(row.contact.role.as_str()),
                                on_role,
                                locale,
                                None,
                            ) }
                            { country_list(CountryListProps {
                                id: format!("{id}-regions").into(),
                                name: format!("{at}.regions").into(),
                                label: t(locale, Ui::ContactRegions).into(),
                                codes: row.contact.regions.clone(),
                                allow_all: true,
                                onchange: send(form, move |v| Action::ContactRegions(key, v)),
                                locale,
                            }) }
                            <button type="button" class="secondary" id={format!("{id}-remove")} onclick={send(form, move |_: MouseEvent| Action::RemoveContact(key))}
                                aria-label={format!("{}: {title}", t(locale, Ui::RemoveContact))}>{ t(locale, Ui::RemoveContact) }</button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" id="contact-add" onclick={send(form, |_: MouseEvent| Action::AddContact)}>{ t(locale, Ui::AddContact) }</button>
        </fieldset>
    }
}
