//! What the publisher has entered, how it changes ([`Action`], reduced as in Yew's
//! `function_todomvc` example), and how it becomes `Answers`.
//!
//! Answers are kept typed as the engine reads them; only money and percentages keep the text
//! as typed (they are parsed in the page's language). `answers()` follows the question table:
//! a question that is not shown keeps its value in the form but contributes nothing.
//!
//! This module and the question table (`crate::questions`) are one unit on purpose, and depend
//! on each other: the table is the form's schema (for each `Answers` field, its control and the
//! form field it reads and writes), and the form is the table's model. `Form::apply` changes a
//! field through the table's setter, and `answers()` asks the table which questions are shown.
//! Splitting them would mean a second list of the fields, which the table exists to avoid.

use crate::number_input::{format_number, parse_hundredths, parse_percent, parse_usd, NumberError};
use crate::questions::{self, Kind};
use eligibility_rules::{
    Answers, Apss, ApssRuleset, CoSellRuleset, ContactRole, CountryCode, Date, Field, Locale, Offer, Partner, Percent,
    Rewards, RewardsRuleset, RulesetChoice, SalesContact, StorefrontNeeds, StorefrontRuleset, Usd, SCHEMA_VERSION,
};
use std::rc::Rc;
use yew::Reducible;

/// One sales-contact row, with a key that stays the same while rows around it come and go.
#[derive(Clone, Debug, PartialEq)]
pub struct ContactRow {
    /// Stable key (the row's element ids and Yew key).
    pub key: u32,
    /// The contact as entered.
    pub contact: SalesContact,
}

/// The form's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    /// Language of the page (and of number notation).
    pub locale: Locale,
    /// Co-sell rule set (always chosen; the default is the seed's).
    pub ruleset: CoSellRuleset,
    /// Marketplace Rewards rule set (always chosen; the default is the seed's).
    pub rewards_ruleset: RewardsRuleset,
    /// APSS rule set (always chosen; the default is the seed's).
    pub apss_ruleset: ApssRuleset,
    /// Storefront rule set (always chosen; the default is the seed's).
    pub storefront_ruleset: StorefrontRuleset,
    /// Evaluation date; `None` is today on this device.
    pub as_of: Option<Date>,
    /// Organisation answers (money is taken from the text below).
    pub partner: Partner,
    /// Offer answers (money, percent and contacts are taken from the fields below).
    pub offer: Offer,
    /// Marketplace Rewards activation answers.
    pub rewards: Rewards,
    /// APSS answers.
    pub apss: Apss,
    /// Storefront needs.
    pub storefront: StorefrontNeeds,
    /// P-08 as typed.
    pub acr_text: String,
    /// O-10 as typed.
    pub billed_text: String,
    /// O-12 as typed.
    pub percent_text: String,
    /// Number and e-mail fields the user has left since last typing in them: their errors are shown (a
    /// half-typed amount is not an error yet).
    pub left: Vec<Field>,
    /// O-08 rows.
    pub contacts: Vec<ContactRow>,
    /// "No sales contacts yet" ticked: O-08 is answered with an empty list.
    pub no_contacts: bool,
    /// The country list (by element id) whose Add button was pressed with no country chosen.
    pub nothing_picked: Option<String>,
    /// A country picker has been used: the pickers list every country from now on (building
    /// the 249 names in the page's language is left out of the page's start-up).
    pub pickers_used: bool,
    /// The answers before the last "Start again" or the last answers brought in (a share link,
    /// a record, a batch row), and why they went: the page offers "Undo" until the next answer.
    pub previous: Option<(Rc<Form>, Replaced)>,
    next_key: u32,
}

/// Why the answers were replaced as a whole (the Undo notice says which).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replaced {
    /// "Start again" was confirmed.
    Cleared,
    /// A share link's answers were opened.
    Link,
    /// A decision record's answers were opened.
    Record,
    /// An offer of a batch check was opened.
    Batch,
}

/// One change to the form, dispatched by the page's controls.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch the page language (typed numbers are rewritten in the new notation).
    SetLocale(Locale),
    /// Answer a yes/no question; `None` is "Not sure".
    YesNo(Field, Option<bool>),
    /// Choose a value (as spelled in JSON); `None` is the empty choice.
    Choose(Field, Option<String>),
    /// Type into a text or number field.
    Type(Field, String),
    /// Leave a number or e-mail field (its error, if any, is shown from now on).
    Leave(Field),
    /// Set or clear a date.
    Date(Field, Option<Date>),
    /// Tick (`true`) or untick a value of a list question; `None` is its "none of these" box.
    Tick(Field, Option<String>, bool),
    /// The co-sell countries (O-07).
    Geographies(Vec<CountryCode>),
    /// Add a sales contact row.
    AddContact,
    /// Remove the row with this key.
    RemoveContact(u32),
    /// The name of a row.
    ContactName(u32, String),
    /// The role of a row.
    ContactRole(u32, ContactRole),
    /// The regions of a row.
    ContactRegions(u32, Vec<CountryCode>),
    /// Tick or untick "No sales contacts yet".
    NoContacts(bool),
    /// Add was pressed in the country list with this id with no country chosen (`None` clears it).
    NothingPicked(Option<String>),
    /// A country picker got focus or a pointer: fill the pickers.
    UsePickers,
    /// Clear every answer (the language stays); "Undo" brings them back.
    StartOver,
    /// Replace every answer with these (a share link, a record); "Undo" brings the old ones back.
    Load(Rc<Answers>, Replaced),
    /// Bring back the answers before the last `StartOver` or `Load`.
    Undo,
}

impl Form {
    /// An empty form in the given language.
    pub fn new(locale: Locale) -> Form {
        Form {
            locale,
            ruleset: CoSellRuleset::R2021_02_24,
            rewards_ruleset: RewardsRuleset::R2020_07_14,
            apss_ruleset: ApssRuleset::R2020_11_11,
            storefront_ruleset: StorefrontRuleset::R2018_06_05,
            as_of: None,
            partner: Partner::default(),
            offer: Offer::default(),
            rewards: Rewards::default(),
            apss: Apss::default(),
            storefront: StorefrontNeeds::default(),
            acr_text: String::new(),
            billed_text: String::new(),
            percent_text: String::new(),
            left: Vec::new(),
            contacts: Vec::new(),
            no_contacts: false,
            nothing_picked: None,
            pickers_used: false,
            previous: None,
            next_key: 0,
        }
    }

    /// The form that gives `answers` (the inverse of [`Form::answers`] for every answer the page
    /// shows): money and percentages are written in the page's notation, contacts become rows.
    pub fn from_answers(answers: &Answers, locale: Locale) -> Form {
        let mut form = Form::new(locale);
        let chosen = answers.rulesets.clone().unwrap_or_default();
        form.ruleset = chosen.co_sell.unwrap_or(form.ruleset);
        form.rewards_ruleset = chosen.rewards.unwrap_or(form.rewards_ruleset);
        form.apss_ruleset = chosen.apss.unwrap_or(form.apss_ruleset);
        form.storefront_ruleset = chosen.storefront.unwrap_or(form.storefront_ruleset);
        form.as_of = answers.as_of;
        let mut partner = answers.partner.clone().unwrap_or_default();
        let mut offer = answers.offer.clone().unwrap_or_default();
        let text = |hundredths: Option<i64>| hundredths.map(|h| format_number(h, locale)).unwrap_or_default();
        form.acr_text = text(partner.azure_consumed_revenue_usd.take().map(Usd::cents));
        form.billed_text = text(offer.billed_revenue_usd.take().map(Usd::cents));
        form.percent_text = text(offer.azure_ip_infrastructure_percent.take().map(|p| i64::from(p.hundredths())));
        let contacts = offer.sales_contacts.take();
        form.no_contacts = contacts.as_ref().is_some_and(Vec::is_empty);
        for contact in contacts.unwrap_or_default() {
            form.contacts.push(ContactRow { key: form.next_key, contact });
            form.next_key += 1;
        }
        form.partner = partner;
        form.offer = offer;
        form.rewards = answers.rewards.clone().unwrap_or_default();
        form.apss = answers.apss.clone().unwrap_or_default();
        form.storefront = answers.storefront.clone().unwrap_or_default();
        form
    }

    /// Replaces the whole form, keeping the old one for "Undo" (and the pickers as they are).
    fn replace(&mut self, next: Form, why: Replaced) {
        let pickers_used = self.pickers_used;
        let old = std::mem::replace(self, next);
        self.pickers_used = pickers_used;
        self.previous = Some((Rc::new(Form { previous: None, ..old }), why));
    }

    /// P-08 parsed: `None` when empty, else the amount or why it is refused.
    pub fn acr(&self) -> Option<Result<Usd, NumberError>> {
        parse_usd(&self.acr_text, self.locale)
    }

    /// O-10 parsed.
    pub fn billed(&self) -> Option<Result<Usd, NumberError>> {
        parse_usd(&self.billed_text, self.locale)
    }

    /// O-12 parsed.
    pub fn percent(&self) -> Option<Result<Percent, NumberError>> {
        parse_percent(&self.percent_text, self.locale)
    }

    /// The key the next added contact row will get.
    pub fn next_contact_key(&self) -> u32 {
        self.next_key
    }

    /// O-08 as answered: the rows, `[]` when "No sales contacts yet" is ticked, else not answered.
    pub fn sales_contacts(&self) -> Option<Vec<SalesContact>> {
        if self.contacts.is_empty() {
            self.no_contacts.then(Vec::new)
        } else {
            Some(self.contacts.iter().map(|row| row.contact.clone()).collect())
        }
    }

    /// Whether `answers` (as [`Form::answers`] writes them) say anything of the visitor's own: an
    /// answer, an evaluation date or a rule set other than the default. The empty form is saved
    /// too, and is not the visitor's own (a share link then opens without asking).
    pub fn answered(answers: &Answers) -> bool {
        // Answers saved before the Rewards and APSS rule sets could be chosen name neither: they
        // had the seeds, the form's defaults (RULES.md 12.2).
        let blank = Form::new(Locale::En).rulesets();
        eligibility_exchange::link::as_made(answers.clone())
            != Answers { schema_version: Some(SCHEMA_VERSION), rulesets: Some(blank), ..Answers::default() }
    }

    /// Every program's rule set as chosen (each always has one).
    fn rulesets(&self) -> RulesetChoice {
        RulesetChoice {
            co_sell: Some(self.ruleset),
            rewards: Some(self.rewards_ruleset),
            apss: Some(self.apss_ruleset),
            storefront: Some(self.storefront_ruleset),
        }
    }

    /// The `Answers` the engine evaluates: every question the page shows, and nothing else.
    /// Money that does not parse is left out too (its field shows why).
    pub fn answers(&self) -> Answers {
        let mut partner = self.partner.clone();
        let mut offer = self.offer.clone();
        partner.azure_consumed_revenue_usd = self.acr().and_then(Result::ok);
        offer.billed_revenue_usd = self.billed().and_then(Result::ok);
        offer.azure_ip_infrastructure_percent = self.percent().and_then(Result::ok);
        offer.sales_contacts = self.sales_contacts();
        let mut answers = Answers {
            schema_version: Some(SCHEMA_VERSION),
            as_of: self.as_of,
            rulesets: Some(self.rulesets()),
            partner: Some(partner),
            offer: Some(offer),
            rewards: Some(self.rewards.clone()),
            apss: Some(self.apss.clone()),
            storefront: Some(self.storefront.clone()),
        };
        let relevance = questions::relevance(self);
        for question in questions::all().filter(|q| !q.is_shown(self, relevance)) {
            question.field.clear(&mut answers);
        }
        // A section with nothing answered is left out, as a person would write the JSON.
        answers.partner = answers.partner.filter(|s| *s != Partner::default());
        answers.offer = answers.offer.filter(|s| *s != Offer::default());
        answers.rewards = answers.rewards.filter(|s| *s != Rewards::default());
        answers.apss = answers.apss.filter(|s| *s != Apss::default());
        answers.storefront = answers.storefront.filter(|s| *s != StorefrontNeeds::default());
        answers
    }

    /// Whether the error of number or e-mail field `field` is shown (the user has left it).
    pub fn shows_error(&self, field: Field) -> bool {
        self.left.contains(&field)
    }

    /// Switches the language and rewrites typed numbers in the new notation, so `100.000`
    /// (Dutch) becomes `100,000` (English) instead of changing its meaning.
    fn set_locale(&mut self, locale: Locale) {
        let from = self.locale;
        for text in [&mut self.acr_text, &mut self.billed_text, &mut self.percent_text] {
            if let Some(Ok(hundredths)) = parse_hundredths(text, from) {
                *text = format_number(hundredths, locale);
            }
        }
        self.locale = locale;
    }

    fn contact(&mut self, key: u32) -> Option<&mut SalesContact> {
        self.contacts.iter_mut().find(|row| row.key == key).map(|row| &mut row.contact)
    }

    /// Applies one action.
    fn apply(&mut self, action: Action) {
        let kind = |field: Field| questions::of(field).map(|q| &q.kind);
        match action {
            Action::SetLocale(locale) => self.set_locale(locale),
            Action::YesNo(field, value) => {
                if let Some(Kind::YesNo(_, set)) = kind(field) {
                    set(self, value);
                }
            }
            Action::Choose(field, value) => {
                if let Some(Kind::Choice(_, _, set) | Kind::Required(_, _, set)) = kind(field) {
                    set(self, value.as_deref());
                }
            }
            Action::Type(field, text) => {
                if let Some(Kind::Number { set, .. } | Kind::Text { set, .. }) = kind(field) {
                    set(self, text);
                    self.left.retain(|f| *f != field);
                }
            }
            Action::Leave(field) => {
                if !self.left.contains(&field) {
                    self.left.push(field);
                }
            }
            Action::Date(field, date) => {
                if let Some(Kind::Date(_, set)) = kind(field) {
                    set(self, date);
                }
            }
            Action::Tick(field, value, on) => {
                if let Some(Kind::Multi { get, set, .. }) = kind(field) {
                    let mut list: Vec<&str> = get(self).unwrap_or_default();
                    list.retain(|x| Some(*x) != value.as_deref());
                    let next = match (value.as_deref(), on) {
                        (None, true) => Some(Vec::new()),
                        (None, false) => None,
                        (Some(v), true) => Some([list, vec![v]].concat()),
                        (Some(_), false) => (!list.is_empty()).then_some(list),
                    };
                    set(self, next);
                }
            }
            Action::Geographies(codes) => self.offer.co_sell_geographies = Some(codes),
            Action::AddContact => {
                let contact =
                    SalesContact { name: None, email: None, role: ContactRole::PartnerSales, regions: Vec::new() };
                self.contacts.push(ContactRow { key: self.next_key, contact });
                self.next_key += 1;
                self.no_contacts = false;
            }
            Action::RemoveContact(key) => self.contacts.retain(|row| row.key != key),
            Action::ContactName(key, name) => {
                if let Some(c) = self.contact(key) {
                    c.name = (!name.trim().is_empty()).then_some(name);
                }
            }
            Action::ContactRole(key, role) => {
                if let Some(c) = self.contact(key) {
                    c.role = role;
                }
            }
            Action::ContactRegions(key, regions) => {
                if let Some(c) = self.contact(key) {
                    c.regions = regions;
                }
            }
            Action::NoContacts(on) => self.no_contacts = on && self.contacts.is_empty(),
            Action::NothingPicked(list) => self.nothing_picked = list,
            Action::UsePickers => self.pickers_used = true,
            Action::StartOver => self.replace(Form::new(self.locale), Replaced::Cleared),
            Action::Load(answers, why) => self.replace(Form::from_answers(&answers, self.locale), why),
            Action::Undo => {
                if let Some((old, _)) = self.previous.take() {
                    let (locale, pickers_used) = (self.locale, self.pickers_used);
                    *self = (*old).clone();
                    self.set_locale(locale);
                    self.pickers_used = pickers_used;
                }
            }
        }
    }
}

impl Reducible for Form {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // Undo is offered until the next answer.
        let answers_change = !matches!(
            action,
            Action::SetLocale(_) | Action::Leave(_) | Action::NothingPicked(_) | Action::UsePickers | Action::Undo
        );
        if answers_change {
            next.previous = None;
        }
        next.apply(action);
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
    use eligibility_rules::{IsvConnect, OfferType};

    fn apply(form: &mut Form, actions: impl IntoIterator<Item = Action>) {
        for action in actions {
            form.apply(action);
        }
    }

    fn json(form: &Form) -> serde_json::Value {
        serde_json::to_value(form.answers()).unwrap()
    }

    fn pointer(field: Field) -> String {
        format!("/{}", field.path().replace('.', "/"))
    }

    #[test]
    fn only_an_answer_a_date_or_another_rule_set_makes_the_answers_the_visitors_own() {
        assert!(!Form::answered(&Form::new(Locale::Nl).answers()));
        let mut form = Form::new(Locale::En);
        form.apply(Action::YesNo(Field::PartnerHasMpnId, Some(false)));
        assert!(Form::answered(&form.answers()));
        let mut other = Form::new(Locale::En);
        other.ruleset = CoSellRuleset::R2021_07_13;
        assert!(Form::answered(&other.answers()));
        let mut dated = Form::new(Locale::En);
        dated.as_of = Date::parse("2021-03-15").ok();
        assert!(Form::answered(&dated.answers()));
        let mut rewards = Form::new(Locale::En);
        rewards.rewards_ruleset = RewardsRuleset::R2023_08_01;
        assert!(Form::answered(&rewards.answers()));
        // An empty form saved before the Rewards and APSS rule sets existed is not the visitor's own.
        let older = r#"{"schemaVersion":1,"rulesets":{"coSell":"2021-02-24","storefront":"2018-06-05"}}"#;
        assert!(!Form::answered(&eligibility_rules::answers_from_json(older).unwrap()));
    }

    #[test]
    fn untouched_form_answers_nothing_but_the_rule_sets() {
        let answers = Form::new(Locale::En).answers();
        assert_eq!(
            serde_json::to_string(&Form::new(Locale::Nl).answers()).unwrap(),
            r#"{"schemaVersion":1,"rulesets":{"coSell":"2021-02-24","rewards":"2020-07-14","apss":"2020-11-11","storefront":"2018-06-05"}}"#
        );
        assert_eq!((answers.partner, answers.offer, answers.rewards, answers.as_of), (None, None, None, None));
    }

    #[test]
    fn list_questions_tell_not_answered_from_none_of_these() {
        let mut form = Form::new(Locale::En);
        let uses = |form: &Form| json(form).pointer("/apss/uses").cloned();
        form.apply(Action::Tick(Field::ApssUses, Some("dev-test".into()), true));
        form.apply(Action::Tick(Field::ApssUses, Some("reserved-instances".into()), true));
        assert_eq!(uses(&form), Some(serde_json::json!(["dev-test", "reserved-instances"])));
        form.apply(Action::Tick(Field::ApssUses, None, true));
        assert_eq!(uses(&form), Some(serde_json::json!([])), "'none of these' is an empty list");
        form.apply(Action::Tick(Field::ApssUses, Some("dev-test".into()), true));
        form.apply(Action::Tick(Field::ApssUses, Some("dev-test".into()), false));
        assert_eq!(uses(&form), None, "unticking the last value: not answered again");
        form.apply(Action::Tick(Field::ApssUses, Some("bogus".into()), true));
        assert_eq!(uses(&form), Some(serde_json::json!([])), "an unknown spelling is dropped");
    }

    #[test]
    fn dates_and_errors_shown_only_after_leaving_a_number_field() {
        let mut form = Form::new(Locale::En);
        let day = Date::parse("2021-03-01").ok();
        form.apply(Action::Date(Field::OfferLiveSince, day));
        form.apply(Action::Date(Field::AsOf, day));
        assert_eq!(json(&form).pointer("/offer/liveSince"), Some(&serde_json::json!("2021-03-01")));
        assert_eq!(json(&form).pointer("/asOf"), Some(&serde_json::json!("2021-03-01")));
        form.apply(Action::Type(Field::OfferBilledRevenueUsd, "100,0".into()));
        assert!(!form.shows_error(Field::OfferBilledRevenueUsd), "still typing");
        form.apply(Action::Leave(Field::OfferBilledRevenueUsd));
        assert!(form.shows_error(Field::OfferBilledRevenueUsd));
        form.apply(Action::Type(Field::OfferBilledRevenueUsd, "100,00".into()));
        assert!(!form.shows_error(Field::OfferBilledRevenueUsd), "typing again hides it until the next leave");
    }

    #[test]
    fn hidden_questions_do_not_count() {
        let mut form = Form::new(Locale::Nl);
        apply(
            &mut form,
            [
                Action::Type(Field::PartnerAzureConsumedRevenueUsd, "100.000".into()),
                Action::YesNo(Field::OfferTransactable, Some(true)),
                Action::Choose(Field::PartnerIsvConnect, Some("enrolled-premium".into())),
                Action::Choose(Field::OfferOfferType, Some("saas".into())),
                Action::Type(Field::PartnerMpnId, "1234567".into()),
            ],
        );
        let a = form.answers();
        assert_eq!(a.partner.as_ref().unwrap().azure_consumed_revenue_usd.map(|u| u.cents()), Some(10_000_000));
        assert_eq!(a.partner.as_ref().unwrap().isv_connect, None, "ISV Connect is hidden for SaaS");
        assert_eq!(a.partner.as_ref().unwrap().mpn_id, None, "the MPN ID is asked only after 'I have one'");
        form.apply(Action::YesNo(Field::PartnerHasMpnId, Some(true)));
        assert_eq!(form.answers().partner.unwrap().mpn_id.as_deref(), Some("1234567"));
        form.apply(Action::Choose(Field::OfferOfferType, Some("dynamics-365-customer-engagement".into())));
        let a = form.answers();
        assert_eq!(a.partner.as_ref().unwrap().azure_consumed_revenue_usd, None, "IP questions hidden for Dynamics");
        assert_eq!(a.offer.as_ref().unwrap().transactable, None);
        assert_eq!(a.partner.unwrap().isv_connect, Some(IsvConnect::EnrolledPremium));
    }

    #[test]
    fn every_question_not_shown_is_left_out_and_every_shown_one_is_sent() {
        // Answer everything, then walk offer types and answers that hide and show questions.
        let mut form = Form::new(Locale::En);
        for question in questions::all() {
            let action = match &question.kind {
                Kind::YesNo(..) => Action::YesNo(question.field, Some(true)),
                Kind::Choice(options, ..) | Kind::Required(options, ..) => {
                    Action::Choose(question.field, options(Locale::En).last().map(|(v, _)| (*v).to_owned()))
                }
                Kind::Number { .. } => Action::Type(question.field, "60".into()),
                Kind::Text { .. } => Action::Type(question.field, "x".into()),
                Kind::Date(..) => Action::Date(question.field, Date::parse("2021-01-01").ok()),
                Kind::Multi { options, .. } => {
                    Action::Tick(question.field, options(Locale::En).first().map(|(v, _)| (*v).to_owned()), true)
                }
                Kind::Geographies => Action::Geographies(vec![CountryCode::parse("NL").unwrap()]),
                Kind::Contacts => Action::AddContact,
            };
            form.apply(action);
        }
        for offer_type in OfferType::ALL.iter().map(|t| Some(t.as_str().to_owned())).chain([None]) {
            for transactable in [Some(true), Some(false), None] {
                for has_mpn_id in [Some(true), Some(false)] {
                    apply(
                        &mut form,
                        [
                            Action::Choose(Field::OfferOfferType, offer_type.clone()),
                            Action::YesNo(Field::OfferTransactable, transactable),
                            Action::YesNo(Field::PartnerHasMpnId, has_mpn_id),
                        ],
                    );
                    let relevance = questions::relevance(&form);
                    let sent = json(&form);
                    for question in questions::all() {
                        let present = sent.pointer(&pointer(question.field)).is_some();
                        let shown = question.is_shown(&form, relevance);
                        let unanswered = matches!(question.field, Field::OfferTransactable | Field::OfferOfferType)
                            || (question.field == Field::PartnerHasMpnId && has_mpn_id.is_none());
                        assert!(
                            present == shown || (!present && unanswered),
                            "{} {offer_type:?}",
                            question.field.path()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn contact_rows_keep_their_keys_and_an_empty_list_is_answered_only_on_purpose() {
        let mut form = Form::new(Locale::En);
        apply(&mut form, [Action::AddContact, Action::AddContact, Action::AddContact]);
        form.apply(Action::ContactName(1, "B".into()));
        form.apply(Action::RemoveContact(0));
        let keys: Vec<u32> = form.contacts.iter().map(|r| r.key).collect();
        assert_eq!(keys, [1, 2]);
        assert_eq!(form.contacts[0].contact.name.as_deref(), Some("B"));
        form.apply(Action::AddContact);
        assert_eq!(form.contacts.last().unwrap().key, 3, "a removed key is never reused");
        apply(&mut form, [1, 2, 3].map(Action::RemoveContact));
        let contacts = |form: &Form| form.answers().offer.and_then(|o| o.sales_contacts);
        assert_eq!(contacts(&form), None, "removing every row: not answered again");
        form.apply(Action::NoContacts(true));
        assert_eq!(contacts(&form), Some(vec![]));
        form.apply(Action::AddContact);
        assert!(!form.no_contacts && form.answers().offer.unwrap().sales_contacts.unwrap().len() == 1);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let form = Rc::new(Form::new(Locale::En));
        let same = form.clone().reduce(Action::YesNo(Field::PartnerHasMpnId, None));
        assert!(Rc::ptr_eq(&form, &same));
        let changed = form.clone().reduce(Action::YesNo(Field::PartnerHasMpnId, Some(true)));
        assert!(!Rc::ptr_eq(&form, &changed));
        let ruleset = changed.reduce(Action::Choose(Field::RulesetsCoSell, None));
        assert_eq!(ruleset.ruleset, CoSellRuleset::R2021_02_24, "the rule set has no empty choice");
    }

    #[test]
    fn switching_language_keeps_the_amount() {
        let mut form = Form::new(Locale::Nl);
        form.acr_text = "99.999,99".into();
        form.percent_text = "50,5".into();
        form.billed_text = "abc".into();
        form.apply(Action::SetLocale(Locale::En));
        assert_eq!(
            (form.acr_text.as_str(), form.percent_text.as_str(), form.billed_text.as_str()),
            ("99,999.99", "50.50", "abc")
        );
        form.apply(Action::SetLocale(Locale::Nl));
        assert_eq!(form.acr_text, "99.999,99");
    }

    #[test]
    fn answers_put_in_the_form_come_back_out_for_every_shared_case() {
        for case in spec_cases::all().unwrap() {
            let given = eligibility_rules::read_answers(&case.answers).unwrap();
            for locale in [Locale::En, Locale::Nl] {
                let shown = Form::from_answers(&given, locale).answers();
                // What the page shows of them goes round unchanged (money in either notation).
                assert_eq!(Form::from_answers(&shown, locale).answers(), shown, "{} ({locale:?})", case.file);
                // and nothing is invented: every answer the page sends was given.
                let (given_json, shown_json) =
                    (serde_json::to_value(&given).unwrap(), serde_json::to_value(&shown).unwrap());
                for (section, fields) in shown_json.as_object().unwrap() {
                    if let Some(fields) = fields.as_object().filter(|_| section != "rulesets") {
                        for (key, value) in fields {
                            assert_eq!(&given_json[section][key], value, "{}: {section}.{key}", case.file);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn start_over_and_load_can_be_undone_until_the_next_answer() {
        let mut form = Form::new(Locale::En);
        apply(
            &mut form,
            [
                Action::YesNo(Field::PartnerHasMpnId, Some(true)),
                Action::Type(Field::PartnerAzureConsumedRevenueUsd, "87,500".into()),
            ],
        );
        let before = form.answers();
        let reduce = |form: Form, action: Action| (*Rc::new(form).reduce(action)).clone();
        let cleared = reduce(form, Action::StartOver);
        assert_eq!(cleared.answers(), Form::new(Locale::En).answers());
        assert_eq!(cleared.previous.as_ref().map(|(_, why)| *why), Some(Replaced::Cleared));
        // Undo after switching language: the old answers, in the new notation.
        let dutch = reduce(cleared.clone(), Action::SetLocale(Locale::Nl));
        let undone = reduce(dutch, Action::Undo);
        assert_eq!(undone.answers(), before);
        assert_eq!(undone.acr_text, "87.500");
        assert!(undone.previous.is_none());
        // Any answer ends the offer to undo.
        let answered = reduce(cleared, Action::YesNo(Field::PartnerHasMpnId, Some(false)));
        assert!(answered.previous.is_none());
        let loaded = reduce(answered, Action::Load(Rc::new(before.clone()), Replaced::Record));
        assert_eq!(loaded.answers(), before);
        assert_eq!(loaded.previous.as_ref().map(|(_, why)| *why), Some(Replaced::Record));
    }
}
