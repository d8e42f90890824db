//! The record of the answers, shown only when the page is printed (or saved as PDF): every
//! question that counts and is answered, with its answer in words, and the evaluation date.

use crate::form::Form;
use crate::questions::{self, Kind, Question};
use eligibility_browser::countries;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::{i18n, Date, Locale};
use yew::prelude::*;

/// The label of the option spelled `value`.
fn option_label(options: Vec<(&'static str, &'static str)>, value: &str) -> Option<String> {
    options.into_iter().find(|(json, _)| *json == value).map(|(_, label)| label.to_owned())
}

/// The answer to `question` in words; `None` when it is not answered.
pub fn answer_text(form: &Form, question: &Question, locale: Locale) -> Option<String> {
    // `countries::name` also names OOO ("all countries and regions").
    let names = |codes: &[eligibility_rules::CountryCode]| -> String {
        let names: Vec<String> = codes.iter().map(|c| countries::name(c.as_str(), locale)).collect();
        i18n::join_and(locale, &names.iter().map(String::as_str).collect::<Vec<_>>())
    };
    match &question.kind {
        Kind::YesNo(get, _) => get(form).map(|yes| t(locale, if yes { Ui::Yes } else { Ui::No }).to_owned()),
        Kind::Choice(options, get, _) => get(form).and_then(|v| option_label(options(locale), v)),
        Kind::Required(options, get, _) => option_label(options(locale), get(form)),
        Kind::Multi { options, none, get, .. } => get(form).map(|list| {
            let all = options(locale);
            let labels: Vec<&str> = all.iter().filter(|(json, _)| list.contains(json)).map(|(_, l)| *l).collect();
            if labels.is_empty() {
                t(locale, *none).to_owned()
            } else {
                i18n::join_and(locale, &labels)
            }
        }),
        Kind::Number { get, error, .. } => {
            let text = get(form).trim();
            (!text.is_empty() && error(form).is_none()).then(|| text.to_owned())
        }
        Kind::Text { get, .. } => get(form).map(str::to_owned),
        Kind::Date(get, _) => get(form).map(|d: Date| i18n::format_date(locale, d)),
        Kind::Geographies => form.offer.co_sell_geographies.as_deref().map(names),
        Kind::Contacts => form.sales_contacts().map(|list| {
            if list.is_empty() {
                return t(locale, Ui::NoContacts).to_owned();
            }
            let rows: Vec<String> = list
                .iter()
                .map(|c| {
                    let who = c.name.as_deref().unwrap_or(t(locale, Ui::Contact));
                    format!("{who} ({}): {}", i18n::label(locale, c.role), names(&c.regions))
                })
                .collect();
            rows.join("; ")
        }),
    }
}

/// The print-only record of the answers, with the date the report was evaluated for.
pub fn record(form: &Form, as_of: Date) -> Html {
    let locale = form.locale;
    let relevance = questions::relevance(form);
    let answered: Vec<(&str, String)> = questions::all()
        .filter(|q| q.is_shown(form, relevance))
        .filter_map(|q| answer_text(form, q, locale).map(|a| (i18n::question(locale, q.field, form.ruleset), a)))
        .collect();
    html! {
        <section class="record print-only" aria-labelledby="record-title">
            <h2 id="record-title">{ t(locale, Ui::PrintRecord) }</h2>
            <p>{ t(locale, Ui::CheckedOn) }{ " " }{ i18n::format_date(locale, as_of) }</p>
            if answered.is_empty() {
                <p>{ t(locale, Ui::NothingAnswered) }</p>
            } else {
                <dl>{ for answered.into_iter().map(|(q, a)| html! { <><dt>{ q }</dt><dd>{ a }</dd></> }) }</dl>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::Action;
    use eligibility_rules::Field;
    use yew::Reducible;

    fn answer(form: &Form, field: Field) -> Option<String> {
        answer_text(form, questions::of(field).unwrap(), form.locale)
    }

    #[test]
    fn answers_read_as_words_in_the_page_language() {
        let mut form = std::rc::Rc::new(Form::new(Locale::Nl));
        for action in [
            Action::YesNo(Field::PartnerHasMpnId, Some(true)),
            Action::Choose(Field::OfferOfferType, Some("saas".into())),
            Action::Tick(Field::ApssUses, Some("dev-test".into()), true),
            Action::Tick(Field::ApssUses, Some("reserved-instances".into()), true),
            Action::Tick(Field::StorefrontClouds, None, true),
            Action::Date(Field::OfferLiveSince, Date::parse("2021-03-01").ok()),
            Action::Type(Field::OfferBilledRevenueUsd, "100.000".into()),
        ] {
            form = form.reduce(action);
        }
        assert_eq!(answer(&form, Field::PartnerHasMpnId).as_deref(), Some("Ja"));
        assert_eq!(answer(&form, Field::OfferOfferType).as_deref(), Some("SaaS"));
        assert_eq!(
            answer(&form, Field::ApssUses).as_deref(),
            Some("Ontwikkelen en testen en Azure Reserved Instances kopen")
        );
        assert_eq!(answer(&form, Field::StorefrontClouds).as_deref(), Some("Geen van deze"));
        assert_eq!(answer(&form, Field::OfferLiveSince).as_deref(), Some("1 maart 2021"));
        assert_eq!(answer(&form, Field::OfferBilledRevenueUsd).as_deref(), Some("100.000"));
        assert_eq!(answer(&form, Field::RulesetsCoSell).as_deref(), Some("Eisen van 24 februari 2021 (standaard)"));
        assert_eq!(answer(&form, Field::PartnerGoldCompetency), None, "not answered");
        assert_eq!(answer(&form, Field::OfferSalesContacts), None, "not answered");
    }
}
