//! Draws the question table of [`crate::questions`]: one renderer for every kind of control, and
//! the two sections "Your organisation" and "Your offer".

use super::contacts::sales_contacts;
use super::country_list::{country_list, CountryListProps};
use super::fields::{choice, number_field, radios, text_field, yes_no, Control};
use super::send;
use crate::form::{Action, Form};
use crate::number_input::NumberError;
use crate::questions::{self, Kind, Question, AZURE_IP, OFFER, ORGANISATION};
use crate::ui_text::{t, Ui};
use eligibility_rules::{i18n, CoSellStatus, Field, Locale, Storefront};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The message for a refused number.
fn number_error(locale: Locale, error: NumberError, percent: bool) -> &'static str {
    let key = match error {
        NumberError::NotANumber => Ui::ErrNotANumber,
        NumberError::Negative => Ui::ErrNegative,
        NumberError::TooPrecise => Ui::ErrTooPrecise,
        NumberError::OutOfRange if percent => Ui::ErrPercentRange,
        NumberError::OutOfRange => Ui::ErrMoneyRange,
    };
    t(locale, key)
}

/// The id, `name` and label of the control of `field`.
fn control(field: Field, locale: Locale) -> Control {
    let path = field.path();
    Control { id: path.replace('.', "-").into(), name: path.into(), label: i18n::question(locale, field).into() }
}

/// Draws one question.
fn render(form: &UseReducerHandle<Form>, question: &Question) -> Html {
    let locale = form.locale;
    let field = question.field;
    let control = control(field, locale);
    match &question.kind {
        Kind::YesNo(get, _) => yes_no(control, get(form), send(form, move |v| Action::YesNo(field, v)), locale),
        Kind::Choice(options, get, _) => {
            let help = (field == Field::OfferOfferType).then(|| AttrValue::from(t(locale, Ui::Hidden)));
            choice(control, options(locale), get(form), send(form, move |v| Action::Choose(field, v)), locale, help)
        }
        Kind::Required(options, get, _) => {
            radios(control, options(locale), get(form), send(form, move |v| Action::Choose(field, v)))
        }
        Kind::Number { get, error, percent, .. } => {
            let hint = t(locale, if *percent { Ui::HintPercent } else { Ui::HintMoney });
            let error = error(form).map(|e| number_error(locale, e, *percent));
            number_field(control, hint, get(form), error, send(form, move |v| Action::Type(field, v)))
        }
        Kind::Text(get, _) => {
            let label = format!("{} ({})", control.label, t(locale, Ui::Optional)).into();
            text_field(
                Control { label, ..control },
                get(form).unwrap_or_default(),
                "off",
                send(form, move |v| Action::Type(field, v)),
            )
        }
        Kind::LiveIn => live_in(form),
        Kind::Geographies => country_list(CountryListProps {
            id: control.id,
            name: control.name,
            label: control.label,
            codes: form.offer.co_sell_geographies.clone().unwrap_or_default(),
            allow_all: false,
            onchange: send(form, Action::Geographies),
            locale,
        }),
        Kind::Contacts => sales_contacts(form),
    }
}

/// Draws the questions of a list that are shown for the current answers.
fn render_all(form: &UseReducerHandle<Form>, list: &[Question]) -> Html {
    let relevance = questions::relevance(form);
    // A hidden question leaves an empty placeholder, so the others keep their places: Yew then
    // patches them in place, and the control in focus stays in focus.
    list.iter().map(|q| if q.is_shown(form, relevance) { render(form, q) } else { Html::default() }).collect()
}

/// O-03: where the offer is live. Nothing ticked is "not answered"; "Not live anywhere yet" is `[]`.
fn live_in(form: &UseReducerHandle<Form>) -> Html {
    let locale = form.locale;
    let live = form.offer.live_in.as_deref();
    let has = |s: Storefront| live.is_some_and(|l| l.contains(&s));
    let boxes = [
        (
            Some(Storefront::AzureMarketplace),
            i18n::storefront_name(Storefront::AzureMarketplace),
            has(Storefront::AzureMarketplace),
        ),
        (Some(Storefront::AppSource), i18n::storefront_name(Storefront::AppSource), has(Storefront::AppSource)),
        (None, t(locale, Ui::NotLiveYet), live.is_some_and(<[_]>::is_empty)),
    ];
    html! {
        <fieldset class="question" id="offer-liveIn">
            <legend>{ i18n::question(locale, Field::OfferLiveIn) }</legend>
            <div class="choices">
                { for boxes.into_iter().map(|(storefront, label, checked)| {
                    let value = storefront.map_or("nowhere", |s| s.as_str());
                    let id = format!("offer-liveIn-{value}");
                    let onchange = send(form, move |e: Event| {
                        Action::LiveIn(storefront, e.target_unchecked_into::<HtmlInputElement>().checked())
                    });
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input type="checkbox" id={id} name={Field::OfferLiveIn.path()}
                                value={storefront.map_or("", |s| s.as_str())} {checked} {onchange} />
                            <span>{ label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// "Your organisation".
pub fn organisation(form: &UseReducerHandle<Form>) -> Html {
    html! {
        <section class="card" aria-labelledby="org-title">
            <h2 id="org-title">{ t(form.locale, Ui::YourOrganisation) }</h2>
            { render_all(form, ORGANISATION) }
        </section>
    }
}

/// "Your offer", with the Azure IP questions in their own group (named as the rule set names the
/// status) when they can matter.
pub fn offer_questions(form: &UseReducerHandle<Form>) -> Html {
    let locale = form.locale;
    let ip = questions::relevance(form).azure_ip;
    let legend = i18n::co_sell_status_name(locale, CoSellStatus::AzureIpCoSellIncentivized, form.ruleset);
    html! {
        <section class="card" aria-labelledby="offer-title">
            <h2 id="offer-title">{ t(locale, Ui::YourOffer) }</h2>
            { render_all(form, OFFER) }
            if ip {
                <fieldset class="subsection" id="azure-ip-questions">
                    <legend>{ legend }</legend>
                    { render_all(form, AZURE_IP) }
                </fieldset>
            }
        </section>
    }
}
