//! What the publisher has entered, and how it becomes `Answers`.
//!
//! Answers are kept typed as the engine reads them; only money and percentages keep the text
//! as typed (they are parsed in the page's language). Questions hidden for the chosen offer
//! type keep their value but are left out of `Answers`, so they do not count.

use crate::number_input::{parse_hundredths, parse_percent, parse_usd, NumberError};
use eligibility_rules::groups::co_sell_relevance;
use eligibility_rules::{i18n, Answers, CoSellRuleset, Locale, Offer, Partner, RulesetChoice, SCHEMA_VERSION};
use std::rc::Rc;
use yew::Reducible;

/// The form's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    /// Language of the page (and of number notation).
    pub locale: Locale,
    /// Co-sell rule set.
    pub ruleset: CoSellRuleset,
    /// Organisation answers (money fields are taken from the texts below).
    pub partner: Partner,
    /// Offer answers (money and percent fields are taken from the texts below).
    pub offer: Offer,
    /// P-08 as typed.
    pub acr_text: String,
    /// O-10 as typed.
    pub billed_text: String,
    /// O-12 as typed.
    pub percent_text: String,
}

impl Form {
    /// An empty form in the given language.
    pub fn new(locale: Locale) -> Form {
        Form {
            locale,
            ruleset: CoSellRuleset::R2021_02_24,
            partner: Partner::default(),
            offer: Offer::default(),
            acr_text: String::new(),
            billed_text: String::new(),
            percent_text: String::new(),
        }
    }

    /// P-08 parsed: `None` when empty, else the amount or why it is refused.
    pub fn acr(&self) -> Option<Result<eligibility_rules::Usd, NumberError>> {
        parse_usd(&self.acr_text, self.locale)
    }

    /// O-10 parsed.
    pub fn billed(&self) -> Option<Result<eligibility_rules::Usd, NumberError>> {
        parse_usd(&self.billed_text, self.locale)
    }

    /// O-12 parsed.
    pub fn percent(&self) -> Option<Result<eligibility_rules::Percent, NumberError>> {
        parse_percent(&self.percent_text, self.locale)
    }

    /// The `Answers` the engine evaluates: untouched and hidden questions left out, and
    /// money that does not parse left out too (its field shows why).
    pub fn answers(&self) -> Answers {
        let relevance = co_sell_relevance(self.offer.offer_type, self.offer.solution_type, self.ruleset);
        let mut partner = self.partner.clone();
        let mut offer = self.offer.clone();
        partner.azure_consumed_revenue_usd = self.acr().and_then(Result::ok);
        offer.billed_revenue_usd = self.billed().and_then(Result::ok);
        offer.azure_ip_infrastructure_percent = self.percent().and_then(Result::ok);
        if !relevance.azure_ip {
            partner.azure_consumed_revenue_usd = None;
            offer.transactable = None;
            offer.billed_revenue_usd = None;
            offer.technical_validation = None;
            offer.azure_ip_infrastructure_percent = None;
            offer.reference_architecture_diagram = None;
        }
        if !relevance.isv_connect {
            partner.isv_connect = None;
        }
        if !relevance.gold {
            partner.gold_competency = None;
        }
        Answers {
            schema_version: Some(SCHEMA_VERSION),
            rulesets: Some(RulesetChoice { co_sell: Some(self.ruleset), storefront: None }),
            partner: Some(partner),
            offer: Some(offer),
            ..Answers::default()
        }
    }

    /// Switches the language and rewrites typed numbers in the new notation, so `100.000`
    /// (Dutch) becomes `100,000` (English) instead of changing its meaning.
    pub fn set_locale(&mut self, locale: Locale) {
        let from = self.locale;
        for text in [&mut self.acr_text, &mut self.billed_text, &mut self.percent_text] {
            if let Some(Ok(hundredths)) = parse_hundredths(text, from) {
                *text = format_number(hundredths, locale);
            }
        }
        self.locale = locale;
    }
}

/// Hundredths as the locale writes the number, grouped, with decimals only when needed.
fn format_number(hundredths: i64, locale: Locale) -> String {
    let text = i18n::format_usd(locale, eligibility_rules::Usd::from_cents(hundredths));
    let text = text.trim_start_matches("USD ");
    let zero_cents = match locale {
        Locale::En => ".00",
        Locale::Nl => ",00",
    };
    text.strip_suffix(zero_cents).unwrap_or(text).to_owned()
}

/// One change to the form. Built by the page's event handlers.
pub struct Edit(Box<dyn FnOnce(&mut Form)>);

impl Edit {
    /// Wraps a change.
    pub fn new(change: impl FnOnce(&mut Form) + 'static) -> Edit {
        Edit(Box::new(change))
    }
}

impl Reducible for Form {
    type Action = Edit;

    fn reduce(self: Rc<Self>, action: Edit) -> Rc<Self> {
        let mut next = (*self).clone();
        (action.0)(&mut next);
        if next == *self {
            self // unchanged: Yew skips the re-render
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eligibility_rules::OfferType;

    #[test]
    fn untouched_form_answers_nothing_but_the_rule_set() {
        let answers = Form::new(Locale::En).answers();
        assert_eq!(answers.partner, Some(Partner::default()));
        assert_eq!(answers.offer, Some(Offer::default()));
        assert_eq!(answers.rewards, None);
    }

    #[test]
    fn hidden_questions_do_not_count() {
        let mut form = Form::new(Locale::Nl);
        form.acr_text = "100.000".into();
        form.offer.transactable = Some(true);
        form.partner.isv_connect = Some(eligibility_rules::IsvConnect::EnrolledPremium);
        form.offer.offer_type = Some(OfferType::Saas);
        let a = form.answers();
        assert_eq!(a.partner.as_ref().unwrap().azure_consumed_revenue_usd.map(|u| u.cents()), Some(10_000_000));
        assert_eq!(a.partner.as_ref().unwrap().isv_connect, None, "ISV Connect is hidden for SaaS");
        form.offer.offer_type = Some(OfferType::Dynamics365CustomerEngagement);
        let a = form.answers();
        assert_eq!(a.partner.as_ref().unwrap().azure_consumed_revenue_usd, None, "IP questions hidden for Dynamics");
        assert_eq!(a.offer.as_ref().unwrap().transactable, None);
        assert!(a.partner.unwrap().isv_connect.is_some());
    }

    #[test]
    fn switching_language_keeps_the_amount() {
        let mut form = Form::new(Locale::Nl);
        form.acr_text = "99.999,99".into();
        form.percent_text = "50,5".into();
        form.billed_text = "abc".into();
        form.set_locale(Locale::En);
        assert_eq!(
            (form.acr_text.as_str(), form.percent_text.as_str(), form.billed_text.as_str()),
            ("99,999.99", "50.50", "abc")
        );
        form.set_locale(Locale::Nl);
        assert_eq!(form.acr_text, "99.999,99");
    }
}
