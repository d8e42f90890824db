//! The co-sell questions as data: each has its JSON path (which gives its id and its question
//! text from the engine's catalogue), its kind of control, how to read and change it in the
//! form, and when it is shown. One renderer draws them all.

use super::contacts::sales_contacts;
use super::country_list::{country_list, CountryListProps};
use super::fields::{
    choice, number_field, text_field, yes_no, ChoiceProps, NumberFieldProps, TextFieldProps, YesNoProps,
};
use super::setter;
use crate::form::Form;
use crate::number_input::NumberError;
use crate::ui_text::{self, t, Ui};
use eligibility_rules::groups::{co_sell_relevance, CoSellRelevance};
use eligibility_rules::*;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The kind of control and how it reads and writes the form.
pub enum Kind {
    /// Yes / No / Not sure.
    YesNo(fn(&Form) -> Option<bool>, fn(&mut Form, Option<bool>)),
    /// One value of a list; the list comes with its labels in the page language.
    Choice(
        fn(Locale) -> Vec<(&'static str, &'static str)>,
        fn(&Form) -> Option<&'static str>,
        fn(&mut Form, Option<String>),
    ),
    /// Money or percent typed in the page's notation.
    Number {
        get: fn(&Form) -> String,
        set: fn(&mut Form, String),
        error: fn(&Form) -> Option<NumberError>,
        percent: bool,
    },
    /// Optional free text.
    Text(fn(&Form) -> Option<String>, fn(&mut Form, Option<String>)),
    /// O-03, storefront check boxes.
    LiveIn,
    /// O-07, countries by name.
    Geographies,
    /// O-08, sales contact rows.
    Contacts,
}

/// When a question is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Always,
    /// Only once the publisher says they have an MPN ID.
    WithMpnId,
    /// Only where ISV Connect can matter for the offer type (CS-08, BA-02).
    IsvConnect,
    /// Only where the Azure IP incentive can apply (IP-00).
    AzureIp,
    /// Only where a service solution is possible (CS-07).
    Gold,
}

/// One question of the form.
pub struct Question {
    /// JSON path in `Answers`, e.g. `partner.hasMpnId`.
    pub path: &'static str,
    pub kind: Kind,
    pub shown: Shown,
}

const fn q(path: &'static str, kind: Kind, shown: Shown) -> Question {
    Question { path, kind, shown }
}

fn some_text(v: Option<String>) -> Option<String> {
    v.filter(|s| !s.trim().is_empty())
}

/// "Your organisation".
pub const ORGANISATION: &[Question] = &[
    q("partner.hasMpnId", Kind::YesNo(|f| f.partner.has_mpn_id, |f, v| f.partner.has_mpn_id = v), Shown::Always),
    q(
        "partner.mpnId",
        Kind::Text(|f| f.partner.mpn_id.clone(), |f, v| f.partner.mpn_id = some_text(v)),
        Shown::WithMpnId,
    ),
    q(
        "partner.marketplaceAccountActive",
        Kind::YesNo(|f| f.partner.marketplace_account_active, |f, v| f.partner.marketplace_account_active = v),
        Shown::Always,
    ),
    q(
        "partner.businessProfileComplete",
        Kind::YesNo(|f| f.partner.business_profile_complete, |f, v| f.partner.business_profile_complete = v),
        Shown::Always,
    ),
    q(
        "partner.goldCompetency",
        Kind::YesNo(|f| f.partner.gold_competency, |f, v| f.partner.gold_competency = v),
        Shown::Gold,
    ),
    q(
        "partner.isvConnect",
        Kind::Choice(
            |l| IsvConnect::ALL.iter().map(|v| (v.as_str(), ui_text::isv_connect(l, *v))).collect(),
            |f| f.partner.isv_connect.map(IsvConnect::as_str),
            |f, v| f.partner.isv_connect = v.and_then(|v| IsvConnect::from_str_opt(&v)),
        ),
        Shown::IsvConnect,
    ),
    q(
        "partner.azureConsumedRevenueUsd",
        Kind::Number {
            get: |f| f.acr_text.clone(),
            set: |f, v| f.acr_text = v,
            error: |f| f.acr().and_then(Result::err),
            percent: false,
        },
        Shown::AzureIp,
    ),
];

/// "Your offer" (the Azure IP questions follow in their own group).
pub const OFFER: &[Question] = &[
    q("offer.name", Kind::Text(|f| f.offer.name.clone(), |f, v| f.offer.name = some_text(v)), Shown::Always),
    q(
        "offer.offerType",
        Kind::Choice(
            |l| OfferType::ALL.iter().map(|v| (v.as_str(), ui_text::offer_type(l, *v))).collect(),
            |f| f.offer.offer_type.map(OfferType::as_str),
            |f, v| f.offer.offer_type = v.and_then(|v| OfferType::from_str_opt(&v)),
        ),
        Shown::Always,
    ),
    q(
        "rulesets.coSell",
        Kind::Choice(
            |l| vec![("2021-02-24", t(l, Ui::RulesetDefault)), ("2021-07-13", t(l, Ui::RulesetLater))],
            |f| Some(f.ruleset.as_str()),
            |f, v| f.ruleset = v.and_then(|v| CoSellRuleset::from_str_opt(&v)).unwrap_or(CoSellRuleset::R2021_02_24),
        ),
        Shown::Always,
    ),
    q(
        "offer.solutionType",
        Kind::Choice(
            |l| SolutionType::ALL.iter().map(|v| (v.as_str(), ui_text::solution_type(l, *v))).collect(),
            |f| f.offer.solution_type.map(SolutionType::as_str),
            |f, v| f.offer.solution_type = v.and_then(|v| SolutionType::from_str_opt(&v)),
        ),
        Shown::Always,
    ),
    q("offer.liveIn", Kind::LiveIn, Shown::Always),
    q(
        "offer.coSellTabComplete",
        Kind::YesNo(|f| f.offer.co_sell_tab_complete, |f, v| f.offer.co_sell_tab_complete = v),
        Shown::Always,
    ),
    q("offer.onePager", Kind::YesNo(|f| f.offer.one_pager, |f, v| f.offer.one_pager = v), Shown::Always),
    q("offer.pitchDeck", Kind::YesNo(|f| f.offer.pitch_deck, |f, v| f.offer.pitch_deck = v), Shown::Always),
    q("offer.coSellGeographies", Kind::Geographies, Shown::Always),
    q("offer.salesContacts", Kind::Contacts, Shown::Always),
];

/// The Azure IP incentive questions.
pub const AZURE_IP: &[Question] = &[
    q("offer.transactable", Kind::YesNo(|f| f.offer.transactable, |f, v| f.offer.transactable = v), Shown::AzureIp),
    q(
        "offer.billedRevenueUsd",
        Kind::Number {
            get: |f| f.billed_text.clone(),
            set: |f, v| f.billed_text = v,
            error: |f| f.billed().and_then(Result::err),
            percent: false,
        },
        Shown::AzureIp,
    ),
    q(
        "offer.technicalValidation",
        Kind::Choice(
            |l| TechnicalValidation::ALL.iter().map(|v| (v.as_str(), ui_text::technical_validation(l, *v))).collect(),
            |f| f.offer.technical_validation.map(TechnicalValidation::as_str),
            |f, v| f.offer.technical_validation = v.and_then(|v| TechnicalValidation::from_str_opt(&v)),
        ),
        Shown::AzureIp,
    ),
    q(
        "offer.azureIpInfrastructurePercent",
        Kind::Number {
            get: |f| f.percent_text.clone(),
            set: |f, v| f.percent_text = v,
            error: |f| f.percent().and_then(Result::err),
            percent: true,
        },
        Shown::AzureIp,
    ),
    q(
        "offer.referenceArchitectureDiagram",
        Kind::YesNo(|f| f.offer.reference_architecture_diagram, |f, v| f.offer.reference_architecture_diagram = v),
        Shown::AzureIp,
    ),
];

fn is_shown(shown: Shown, form: &Form, relevance: CoSellRelevance) -> bool {
    match shown {
        Shown::Always => true,
        Shown::WithMpnId => form.partner.has_mpn_id == Some(true),
        Shown::IsvConnect => relevance.isv_connect,
        Shown::AzureIp => relevance.azure_ip,
        Shown::Gold => relevance.gold,
    }
}

/// The message for a refused number.
fn number_error(locale: Locale, error: NumberError, percent: bool) -> AttrValue {
    let key = match error {
        NumberError::NotANumber => Ui::ErrNotANumber,
        NumberError::Negative => Ui::ErrNegative,
        NumberError::TooPrecise => Ui::ErrTooPrecise,
        NumberError::OutOfRange if percent => Ui::ErrPercentRange,
        NumberError::OutOfRange => Ui::ErrMoneyRange,
    };
    t(locale, key).into()
}

/// Draws one question.
fn render(form: &UseReducerHandle<Form>, question: &Question) -> Html {
    let locale = form.locale;
    let id = question.path.replace('.', "-");
    let label = AttrValue::from(i18n::question(locale, question.path));
    let optional = || AttrValue::from(format!("{label} ({})", t(locale, Ui::Optional)));
    match &question.kind {
        Kind::YesNo(get, set) => {
            yes_no(YesNoProps { id: id.into(), label, value: get(form), onchange: setter(form, *set), locale })
        }
        Kind::Choice(options, get, set) => {
            let help = (question.path == "offer.offerType").then(|| AttrValue::from(t(locale, Ui::Hidden)));
            choice(ChoiceProps {
                id: id.into(),
                label,
                options: options(locale),
                value: get(form),
                onchange: setter(form, *set),
                locale,
                help,
            })
        }
        Kind::Number { get, set, error, percent } => {
            let hint = t(locale, if *percent { Ui::HintPercent } else { Ui::HintMoney });
            let error = error(form).map(|e| number_error(locale, e, *percent));
            number_field(NumberFieldProps {
                id: id.into(),
                label,
                hint: hint.into(),
                text: get(form).into(),
                error,
                oninput: setter(form, *set),
            })
        }
        Kind::Text(get, set) => text_field(TextFieldProps {
            id: id.into(),
            label: optional(),
            text: get(form).unwrap_or_default().into(),
            oninput: setter(form, *set).reform(Some),
            autocomplete: "off".into(),
        }),
        Kind::LiveIn => live_in(form),
        Kind::Geographies => country_list(CountryListProps {
            id: id.into(),
            label,
            codes: form.offer.co_sell_geographies.clone().unwrap_or_default(),
            allow_all: false,
            onchange: setter(form, |f, v: Vec<_>| f.offer.co_sell_geographies = Some(v)),
            locale,
        }),
        Kind::Contacts => {
            sales_contacts(form.offer.sales_contacts.clone(), setter(form, |f, v| f.offer.sales_contacts = v), locale)
        }
    }
}

/// Draws the questions of a list that are shown for the current answers.
pub fn render_all(form: &UseReducerHandle<Form>, questions: &[Question]) -> Html {
    let relevance = co_sell_relevance(form.offer.offer_type, form.offer.solution_type, form.ruleset);
    // A hidden question leaves an empty placeholder, so the others keep their places: Yew then
    // patches them in place, and the control in focus stays in focus.
    questions
        .iter()
        .map(|q| if is_shown(q.shown, form, relevance) { render(form, q) } else { Html::default() })
        .collect()
}

/// O-03: where the offer is live. Nothing ticked is "not answered"; "Not live anywhere yet" is `[]`.
fn live_in(form: &UseReducerHandle<Form>) -> Html {
    let locale = form.locale;
    let live = form.offer.live_in.as_deref();
    let toggle = |storefront: Option<Storefront>| {
        setter(form, |f, (storefront, on): (Option<Storefront>, bool)| {
            let mut list = f.offer.live_in.clone().unwrap_or_default();
            list.retain(|x| Some(*x) != storefront);
            f.offer.live_in = match (storefront, on) {
                (None, true) => Some(Vec::new()),
                (None, false) => None,
                (Some(s), true) => Some([list, vec![s]].concat()),
                (Some(_), false) => (!list.is_empty()).then_some(list),
            };
        })
        .reform(move |e: Event| (storefront, e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let has = |s: Storefront| live.is_some_and(|l| l.contains(&s));
    let boxes = [
        (
            "offer-liveIn-azure-marketplace",
            Some(Storefront::AzureMarketplace),
            i18n::storefront_name(Storefront::AzureMarketplace),
            has(Storefront::AzureMarketplace),
        ),
        (
            "offer-liveIn-appsource",
            Some(Storefront::AppSource),
            i18n::storefront_name(Storefront::AppSource),
            has(Storefront::AppSource),
        ),
        ("offer-liveIn-nowhere", None, t(locale, Ui::NotLiveYet), live.is_some_and(<[_]>::is_empty)),
    ];
    html! {
        <fieldset class="question" id="offer-liveIn">
            <legend>{ i18n::question(locale, "offer.liveIn") }</legend>
            <div class="choices">
                { for boxes.into_iter().map(|(id, storefront, label, checked)| html! {
                    <label class="choice" for={id}>
                        <input type="checkbox" id={id} {checked} onchange={toggle(storefront)} />
                        <span>{ label }</span>
                    </label>
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

/// "Your offer", with the Azure IP questions in their own group when they can matter.
pub fn offer_questions(form: &UseReducerHandle<Form>) -> Html {
    let locale = form.locale;
    let ip = co_sell_relevance(form.offer.offer_type, form.offer.solution_type, form.ruleset).azure_ip;
    html! {
        <section class="card" aria-labelledby="offer-title">
            <h2 id="offer-title">{ t(locale, Ui::YourOffer) }</h2>
            { render_all(form, OFFER) }
            if ip {
                <fieldset class="subsection">
                    <legend>{ t(locale, Ui::IpQuestions) }</legend>
                    { render_all(form, AZURE_IP) }
                </fieldset>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_has_text_in_both_languages_and_a_contract_path() {
        for question in ORGANISATION.iter().chain(OFFER).chain(AZURE_IP) {
            assert!(FIELDS.contains(&question.path), "{} is not an input field of RULES.md", question.path);
            for locale in Locale::ALL {
                assert_ne!(i18n::question(*locale, question.path), i18n::MISSING, "{}", question.path);
            }
        }
    }

    #[test]
    fn getters_and_setters_touch_their_own_field() {
        let mut form = Form::new(Locale::En);
        for question in ORGANISATION.iter().chain(OFFER).chain(AZURE_IP) {
            if let Kind::YesNo(get, set) = question.kind {
                set(&mut form, Some(false));
                assert_eq!(get(&form), Some(false), "{}", question.path);
                set(&mut form, None);
                assert_eq!(get(&form), None, "{}", question.path);
            }
        }
        let answers_path = |form: &Form| serde_json::to_value(form.answers()).unwrap();
        let before = answers_path(&form);
        for question in ORGANISATION.iter().chain(OFFER).chain(AZURE_IP) {
            if let Kind::YesNo(_, set) = question.kind {
                let mut changed = form.clone();
                set(&mut changed, Some(true));
                let after = answers_path(&changed);
                let pointer = format!("/{}", question.path.replace('.', "/"));
                assert_eq!(after.pointer(&pointer), Some(&serde_json::Value::Bool(true)), "{}", question.path);
                assert_eq!(before.pointer(&pointer), None);
            }
        }
    }
}
