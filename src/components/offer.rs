//! "Your offer": the offer questions of co-sell (O-01..O-13) and the co-sell rule set.

use super::contacts::SalesContacts;
use super::country_list::CountryList;
use super::fields::{Choice, NumberField, TextField, YesNo};
use super::organisation::{number_error, SectionProps};
use super::setter;
use crate::ui_text::{offer_type, solution_type, t, technical_validation, Ui};
use eligibility_rules::groups::co_sell_relevance;
use eligibility_rules::{
    i18n, CoSellRuleset, OfferType, SolutionType, Storefront, TechnicalValidation,
};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The offer questions.
#[component]
pub fn OfferQuestions(props: &SectionProps) -> Html {
    let form = &props.form;
    let locale = form.locale;
    let o = &form.offer;
    let q = |path: &str| AttrValue::from(i18n::question(locale, path));
    let relevance = co_sell_relevance(o.offer_type, form.ruleset);
    let offer_types: Vec<_> = OfferType::ALL
        .iter()
        .map(|v| (v.as_str(), offer_type(locale, *v)))
        .collect();
    let solution_types: Vec<_> = SolutionType::ALL
        .iter()
        .map(|v| (v.as_str(), solution_type(locale, *v)))
        .collect();
    let validations: Vec<_> = TechnicalValidation::ALL
        .iter()
        .map(|v| (v.as_str(), technical_validation(locale, *v)))
        .collect();
    let rulesets = vec![
        (
            CoSellRuleset::R2021_02_24.as_str(),
            t(locale, Ui::RulesetDefault),
        ),
        (
            CoSellRuleset::R2021_07_13.as_str(),
            t(locale, Ui::RulesetLater),
        ),
    ];
    html! {
        <section class="card" aria-labelledby="offer-title">
            <h2 id="offer-title">{ t(locale, Ui::YourOffer) }</h2>
            <TextField id="offer-name" label={format!("{} ({})", q("offer.name"), t(locale, Ui::Optional))}
                text={o.name.clone().unwrap_or_default()}
                oninput={setter(form, |f, v: String| f.offer.name = (!v.trim().is_empty()).then_some(v))} />
            <Choice id="offer-offerType" label={q("offer.offerType")} options={offer_types} value={o.offer_type.map(OfferType::as_str)} {locale}
                help={AttrValue::from(t(locale, Ui::Hidden))}
                onchange={setter(form, |f, v: Option<String>| f.offer.offer_type = v.and_then(|v| OfferType::from_str_opt(&v)))} />
            <div class="question">
                <label for="rulesets-coSell">{ q("rulesets.coSell") }</label>
                <select id="rulesets-coSell" onchange={setter(form, |f, value: String| {
                    f.ruleset = CoSellRuleset::from_str_opt(&value).unwrap_or(CoSellRuleset::R2021_02_24);
                }).reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlSelectElement>().value())}>
                    { for rulesets.into_iter().map(|(value, label)| html! {
                        <option value={value} selected={form.ruleset.as_str() == value}>{ label }</option>
                    }) }
                </select>
            </div>
            <Choice id="offer-solutionType" label={q("offer.solutionType")} options={solution_types} value={o.solution_type.map(SolutionType::as_str)} {locale}
                onchange={setter(form, |f, v: Option<String>| f.offer.solution_type = v.and_then(|v| SolutionType::from_str_opt(&v)))} />
            <LiveIn form={form.clone()} />
            <YesNo id="offer-coSellTabComplete" label={q("offer.coSellTabComplete")} value={o.co_sell_tab_complete} {locale}
                onchange={setter(form, |f, v| f.offer.co_sell_tab_complete = v)} />
            <YesNo id="offer-onePager" label={q("offer.onePager")} value={o.one_pager} {locale}
                onchange={setter(form, |f, v| f.offer.one_pager = v)} />
            <YesNo id="offer-pitchDeck" label={q("offer.pitchDeck")} value={o.pitch_deck} {locale}
                onchange={setter(form, |f, v| f.offer.pitch_deck = v)} />
            <CountryList id="offer-coSellGeographies" label={q("offer.coSellGeographies")} codes={o.co_sell_geographies.clone().unwrap_or_default()} {locale}
                onchange={setter(form, |f, v: Vec<_>| f.offer.co_sell_geographies = Some(v))} />
            <SalesContacts contacts={o.sales_contacts.clone()} {locale}
                onchange={setter(form, |f, v| f.offer.sales_contacts = v)} />
            if relevance.azure_ip {
                <fieldset class="subsection">
                    <legend>{ t(locale, Ui::IpQuestions) }</legend>
                    <YesNo id="offer-transactable" label={q("offer.transactable")} value={o.transactable} {locale}
                        onchange={setter(form, |f, v| f.offer.transactable = v)} />
                    <NumberField id="offer-billedRevenueUsd" label={q("offer.billedRevenueUsd")} hint={t(locale, Ui::HintMoney)}
                        text={form.billed_text.clone()} error={form.billed().and_then(Result::err).map(|e| number_error(locale, e, false))}
                        oninput={setter(form, |f, v| f.billed_text = v)} />
                    <Choice id="offer-technicalValidation" label={q("offer.technicalValidation")} options={validations}
                        value={o.technical_validation.map(TechnicalValidation::as_str)} {locale}
                        onchange={setter(form, |f, v: Option<String>| f.offer.technical_validation = v.and_then(|v| TechnicalValidation::from_str_opt(&v)))} />
                    <NumberField id="offer-azureIpInfrastructurePercent" label={q("offer.azureIpInfrastructurePercent")} hint={t(locale, Ui::HintPercent)}
                        text={form.percent_text.clone()} error={form.percent().and_then(Result::err).map(|e| number_error(locale, e, true))}
                        oninput={setter(form, |f, v| f.percent_text = v)} />
                    <YesNo id="offer-referenceArchitectureDiagram" label={q("offer.referenceArchitectureDiagram")} value={o.reference_architecture_diagram} {locale}
                        onchange={setter(form, |f, v| f.offer.reference_architecture_diagram = v)} />
                </fieldset>
            }
        </section>
    }
}

/// O-03: where the offer is live. Nothing ticked is "not answered"; "Not live anywhere yet" is `[]`.
#[component]
fn LiveIn(props: &SectionProps) -> Html {
    let form = &props.form;
    let locale = form.locale;
    let live = form.offer.live_in.clone();
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
        .reform(move |e: Event| {
            (
                storefront,
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            )
        })
    };
    let has = |s: Storefront| live.as_ref().is_some_and(|l| l.contains(&s));
    let nowhere = live.as_ref().is_some_and(Vec::is_empty);
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
        (
            "offer-liveIn-nowhere",
            None,
            t(locale, Ui::NotLiveYet),
            nowhere,
        ),
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
