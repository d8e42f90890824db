//! "Your organisation": the partner questions of co-sell (P-01..P-08).

use super::fields::{Choice, NumberField, TextField, YesNo};
use super::setter;
use crate::form::Form;
use crate::number_input::NumberError;
use crate::ui_text::{isv_connect, t, Ui};
use eligibility_rules::groups::co_sell_relevance;
use eligibility_rules::{i18n, IsvConnect, Locale};
use yew::prelude::*;

/// The message for a refused number.
pub fn number_error(locale: Locale, error: NumberError, percent: bool) -> AttrValue {
    let key = match error {
        NumberError::NotANumber => Ui::ErrNotANumber,
        NumberError::Negative => Ui::ErrNegative,
        NumberError::TooPrecise => Ui::ErrTooPrecise,
        NumberError::OutOfRange if percent => Ui::ErrPercentRange,
        NumberError::OutOfRange => Ui::ErrMoneyRange,
    };
    t(locale, key).into()
}

/// Props of [`Organisation`].
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    /// The form.
    pub form: UseReducerHandle<Form>,
}

/// The organisation questions.
#[component]
pub fn Organisation(props: &SectionProps) -> Html {
    let form = &props.form;
    let locale = form.locale;
    let p = &form.partner;
    let q = |path: &str| AttrValue::from(i18n::question(locale, path));
    let relevance = co_sell_relevance(form.offer.offer_type, form.ruleset);
    let isv_options: Vec<(&'static str, &'static str)> = IsvConnect::ALL
        .iter()
        .map(|v| (v.as_str(), isv_connect(locale, *v)))
        .collect();
    html! {
        <section class="card" aria-labelledby="org-title">
            <h2 id="org-title">{ t(locale, Ui::YourOrganisation) }</h2>
            <YesNo id="partner-hasMpnId" label={q("partner.hasMpnId")} value={p.has_mpn_id} {locale}
                onchange={setter(form, |f, v| f.partner.has_mpn_id = v)} />
            if p.has_mpn_id == Some(true) {
                <TextField id="partner-mpnId" label={format!("{} ({})", q("partner.mpnId"), t(locale, Ui::Optional))}
                    text={p.mpn_id.clone().unwrap_or_default()}
                    oninput={setter(form, |f, v: String| f.partner.mpn_id = (!v.trim().is_empty()).then_some(v))} />
            }
            <YesNo id="partner-marketplaceAccountActive" label={q("partner.marketplaceAccountActive")} value={p.marketplace_account_active} {locale}
                onchange={setter(form, |f, v| f.partner.marketplace_account_active = v)} />
            <YesNo id="partner-businessProfileComplete" label={q("partner.businessProfileComplete")} value={p.business_profile_complete} {locale}
                onchange={setter(form, |f, v| f.partner.business_profile_complete = v)} />
            <YesNo id="partner-goldCompetency" label={q("partner.goldCompetency")} value={p.gold_competency} {locale}
                onchange={setter(form, |f, v| f.partner.gold_competency = v)} />
            if relevance.isv_connect {
                <Choice id="partner-isvConnect" label={q("partner.isvConnect")} options={isv_options}
                    value={p.isv_connect.map(IsvConnect::as_str)} {locale}
                    onchange={setter(form, |f, v: Option<String>| f.partner.isv_connect = v.and_then(|v| IsvConnect::from_str_opt(&v)))} />
            }
            if relevance.azure_ip {
                <NumberField id="partner-azureConsumedRevenueUsd" label={q("partner.azureConsumedRevenueUsd")}
                    hint={t(locale, Ui::HintMoney)} text={form.acr_text.clone()}
                    error={form.acr().and_then(Result::err).map(|e| number_error(locale, e, false))}
                    oninput={setter(form, |f, v| f.acr_text = v)} />
            }
        </section>
    }
}
