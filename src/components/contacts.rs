//! Sales contacts of the Co-sell with Microsoft tab (O-08): rows with a name, a role and
//! regions, each keyed so that removing one row leaves the others (and the focus) in place.
//! With no rows, a box says "No sales contacts yet", which answers the question with `[]`;
//! otherwise an empty list is "not answered".

use super::country_list::{country_list, CountryListProps};
use super::fields::{choice, text_field, Control};
use super::send;
use crate::focus_after_render;
use crate::form::{Action, Form};
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::{i18n, ContactRole, Field};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// "Add a sales contact": adds a row and moves focus to its name field.
fn add(form: &UseReducerHandle<Form>) -> Callback<MouseEvent> {
    let form = form.clone();
    Callback::from(move |_: MouseEvent| {
        let key = form.next_contact_key();
        form.dispatch(Action::AddContact);
        focus_after_render(format!("contact-{key}-name"));
    })
}

/// "Remove this contact" on row `index`: removes it and moves focus to a neighbour (the next
/// row, else the previous one, else the Add button), never to another Remove button.
fn remove(form: &UseReducerHandle<Form>, index: usize) -> Callback<MouseEvent> {
    let form = form.clone();
    Callback::from(move |_: MouseEvent| {
        let rows = &form.contacts;
        let Some(row) = rows.get(index) else { return };
        let neighbour = rows.get(index + 1).or_else(|| index.checked_sub(1).and_then(|i| rows.get(i)));
        let target = neighbour.map_or_else(|| "contact-add".to_owned(), |n| format!("contact-{}-name", n.key));
        form.dispatch(Action::RemoveContact(row.key));
        focus_after_render(target);
    })
}

/// The list of sales contacts.
pub fn sales_contacts(form: &UseReducerHandle<Form>) -> Html {
    let locale = form.locale;
    let path = Field::OfferSalesContacts.path();
    let roles: Vec<(&'static str, &'static str)> =
        ContactRole::ALL.iter().map(|r| (r.as_str(), i18n::label(locale, *r))).collect();
    let none_yet = send(form, |e: Event| Action::NoContacts(e.target_unchecked_into::<HtmlInputElement>().checked()));
    html! {
        <fieldset class="question contacts" id="offer-salesContacts">
            <legend>{ i18n::question(locale, Field::OfferSalesContacts, form.ruleset) }</legend>
            <p class="help">{ i18n::hint(locale, Field::OfferSalesContacts, form.ruleset) }</p>
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
                    let regions_id = format!("{id}-regions");
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
                                    help: None,
                                },
                                row.contact.name.as_deref().unwrap_or_default(),
                                ("text", "name"),
                                None,
                                send(form, move |v| Action::ContactName(key, v)),
                                Callback::noop(),
                            ) }
                            { choice(
                                Control {
                                    id: format!("{id}-role").into(),
                                    name: format!("{at}.role").into(),
                                    label: t(locale, Ui::ContactRole).into(),
                                    help: None,
                                },
                                roles.clone(),
                                Some(row.contact.role.as_str()),
                                on_role,
                                locale,
                            ) }
                            { country_list(CountryListProps {
                                id: regions_id.clone().into(),
                                name: format!("{at}.regions").into(),
                                label: t(locale, Ui::ContactRegions).into(),
                                codes: row.contact.regions.clone(),
                                allow_all: true,
                                onchange: send(form, move |v| Action::ContactRegions(key, v)),
                                locale,
                                nothing_picked: form.nothing_picked.as_deref() == Some(regions_id.as_str()),
                                on_nothing_picked: {
                                    let list = regions_id.clone();
                                    send(form, move |on: bool| Action::NothingPicked(on.then(|| list.clone())))
                                },
                                full: form.pickers_used,
                                on_first_use: send(form, |()| Action::UsePickers),
                            }) }
                            <button type="button" class="secondary" id={format!("{id}-remove")} onclick={remove(form, i)}
                                aria-label={format!("{}: {title}", t(locale, Ui::RemoveContact))}>{ t(locale, Ui::RemoveContact) }</button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" id="contact-add" onclick={add(form)}>{ t(locale, Ui::AddContact) }</button>
        </fieldset>
    }
}
