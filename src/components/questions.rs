//! Draws the question table of [`crate::questions`]: one renderer for every kind of control, the
//! groups of the part shown, and "Advanced" (evaluation date and rule sets).

use super::contacts::sales_contacts;
use super::country_list::{country_list, CountryListProps};
use super::fields::{check_boxes, choice, date_field, number_field, radios, text_field, yes_no, Control};
use super::send;
use crate::form::{Action, Form};
use crate::number_input::{other_notation, NumberError};
use crate::questions::{self, Group, Kind, Question, ADVANCED};
use eligibility_browser::route::Route;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::{email, i18n, CoSellRuleset, CoSellStatus, Date, Field, Locale};
use yew::prelude::*;

/// The message for a refused number, with a guess in the other notation when there is one.
fn number_error(locale: Locale, error: NumberError, percent: bool, text: &str) -> String {
    let key = match error {
        NumberError::NotANumber if percent => Ui::ErrNotAPercent,
        NumberError::NotANumber => Ui::ErrNotANumber,
        // A negative percentage is outside 0 to 100, and is no amount.
        NumberError::Negative | NumberError::OutOfRange if percent => Ui::ErrPercentRange,
        NumberError::Negative => Ui::ErrNegative,
        NumberError::TooPrecise => Ui::ErrTooPrecise,
        NumberError::OutOfRange => Ui::ErrMoneyRange,
    };
    match other_notation(text, locale, percent) {
        Some(guess) => format!("{} {}", t(locale, key), i18n::fill(t(locale, Ui::DidYouMean), &[("value", &guess)])),
        None => t(locale, key).to_owned(),
    }
}

/// The id, `name`, label and hint of the control of `field`. The offer type also says that
/// questions it makes irrelevant are hidden.
fn control(field: Field, locale: Locale, co_sell: CoSellRuleset) -> Control {
    let path = field.path();
    let hint = i18n::hint(locale, field, co_sell);
    let help = match field {
        Field::OfferOfferType => format!("{hint} {}", t(locale, Ui::Hidden)).into(),
        _ => hint.into(),
    };
    Control {
        id: path.replace('.', "-").into(),
        name: path.into(),
        label: i18n::question(locale, field, co_sell).into(),
        help: Some(help),
    }
}

/// Draws one question.
fn render(form: &UseReducerHandle<Form>, question: &Question) -> Html {
    let locale = form.locale;
    let field = question.field;
    let control = control(field, locale, form.ruleset);
    match &question.kind {
        Kind::YesNo(get, _) => yes_no(control, get(form), send(form, move |v| Action::YesNo(field, v)), locale),
        Kind::Choice(options, get, _) => {
            choice(control, options(locale), get(form), send(form, move |v| Action::Choose(field, v)), locale)
        }
        Kind::Required(options, get, _) => {
            radios(control, options(locale), get(form), send(form, move |v| Action::Choose(field, v)))
        }
        Kind::Multi { options, none, get, .. } => check_boxes(
            control,
            options(locale),
            get(form).as_deref(),
            t(locale, *none),
            send(form, move |(value, on)| Action::Tick(field, value, on)),
        ),
        Kind::Number { get, error, percent, .. } => {
            let hint = t(locale, if *percent { Ui::HintPercent } else { Ui::HintMoney });
            let shown = error(form).filter(|_| form.shows_error(field));
            let error = shown.map(|e| number_error(locale, e, *percent, get(form)));
            number_field(
                control,
                hint,
                get(form),
                error.as_deref(),
                send(form, move |v| Action::Type(field, v)),
                send(form, move |()| Action::Leave(field)),
            )
        }
        Kind::Text { get, optional, input, .. } => {
            let label = match optional {
                true => format!("{} ({})", control.label, t(locale, Ui::Optional)).into(),
                false => control.label.clone(),
            };
            // An e-mail address that is not one is said at the field once it is left, as amounts are.
            let text = get(form).unwrap_or_default();
            let wrong =
                input.0 == "email" && form.shows_error(field) && !text.trim().is_empty() && !email::is_valid(text);
            text_field(
                Control { label, ..control },
                text,
                *input,
                wrong.then(|| t(locale, Ui::ErrEmail)),
                send(form, move |v| Action::Type(field, v)),
                send(form, move |()| Action::Leave(field)),
            )
        }
        Kind::Date(get, _) => date_field(
            control,
            get(form).map(|d| d.to_string()),
            send(form, move |v: String| Action::Date(field, Date::parse(&v).ok())),
        ),
        Kind::Geographies => country_list(CountryListProps {
            id: control.id,
            name: control.name,
            label: control.label,
            codes: form.offer.co_sell_geographies.clone().unwrap_or_default(),
            allow_all: false,
            onchange: send(form, Action::Geographies),
            locale,
            nothing_picked: form.nothing_picked.as_deref() == Some("offer-coSellGeographies"),
            on_nothing_picked: send(form, |on: bool| {
                Action::NothingPicked(on.then(|| "offer-coSellGeographies".to_owned()))
            }),
            full: form.pickers_used,
            on_first_use: send(form, |()| Action::UsePickers),
        }),
        Kind::Contacts => sales_contacts(form),
    }
}

/// Draws the questions of `fields` that are shown for the current answers.
fn render_all(form: &UseReducerHandle<Form>, fields: &[Field]) -> Html {
    let relevance = questions::relevance(form);
    // A hidden question leaves an empty placeholder, so the others keep their places: Yew then
    // patches them in place, and the control in focus stays in focus.
    fields
        .iter()
        .filter_map(|f| questions::of(*f))
        .map(|q| if q.is_shown(form, relevance) { render(form, q) } else { Html::default() })
        .collect()
}

/// One group as a card; the Azure IP group only where the incentive can apply, named as the rule
/// set names the status.
fn render_group(form: &UseReducerHandle<Form>, group: &Group) -> Html {
    let locale = form.locale;
    let title_id = format!("{}-title", group.id);
    let title = match group.title {
        Some(ui) => t(locale, ui),
        None if questions::relevance(form).azure_ip => {
            i18n::co_sell_status_name(locale, CoSellStatus::AzureIpCoSellIncentivized, form.ruleset)
        }
        None => return Html::default(),
    };
    html! {
        <section class="card" id={group.id} aria-labelledby={title_id.clone()}>
            <h2 id={title_id}>{ title }</h2>
            if group.id == "basics" { <p class="help">{ t(locale, Ui::BasicsHelp) }</p> }
            { render_all(form, group.fields) }
        </section>
    }
}

/// The questions of a part, then "Advanced".
pub fn part_questions(form: &UseReducerHandle<Form>, route: Route) -> Html {
    let locale = form.locale;
    html! {
        <>
            { for questions::groups(route).iter().map(|g| render_group(form, g)) }
            <details class="card advanced" id="advanced">
                <summary><h2>{ t(locale, Ui::Advanced) }</h2></summary>
                { render_all(form, ADVANCED) }
            </details>
        </>
    }
}
