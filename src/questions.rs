//! The questions the page asks, as data: each names its [`Field`] (which gives its JSON path, its
//! control's `name`, and its question text from the engine's catalogue), its kind of control, how
//! the form reads and changes it, and when it is shown. `Form::answers()` follows this table: a
//! question that is not shown contributes nothing, and a field with no question is never sent.

use crate::form::Form;
use crate::number_input::NumberError;
use eligibility_rules::groups::{co_sell_relevance, CoSellRelevance};
use eligibility_rules::i18n::{self, Label};
use eligibility_rules::{CoSellRuleset, Field, IsvConnect, Locale, OfferType, SolutionType, TechnicalValidation};

/// The choices of a single-choice question: `(value as spelled in JSON, label)`.
pub type Options = fn(Locale) -> Vec<(&'static str, &'static str)>;

/// The kind of control and how it reads and writes the form.
pub enum Kind {
    /// Yes / No / Not sure.
    YesNo(fn(&Form) -> Option<bool>, fn(&mut Form, Option<bool>)),
    /// One value of a list, with "Not sure" as the empty choice.
    Choice(Options, fn(&Form) -> Option<&'static str>, fn(&mut Form, Option<&str>)),
    /// One of a few values, always answered (radio buttons, no "Not sure").
    Required(Options, fn(&Form) -> &'static str, fn(&mut Form, Option<&str>)),
    /// Money or percent typed in the page's notation.
    Number {
        get: fn(&Form) -> &str,
        set: fn(&mut Form, String),
        error: fn(&Form) -> Option<NumberError>,
        percent: bool,
    },
    /// Optional free text.
    Text(fn(&Form) -> Option<&str>, fn(&mut Form, String)),
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
    /// Always.
    Always,
    /// Only once the publisher says they have an MPN ID.
    WithMpnId,
    /// Only where ISV Connect can matter for the offer type (CS-08, BA-02).
    IsvConnect,
    /// Only where the Azure IP incentive can apply (IP-00).
    AzureIp,
    /// Only where IP-02 reads the technical validation (not for a transactable VM or Azure Application).
    IpValidation,
    /// Only where a service solution is possible (CS-07).
    Gold,
}

/// One question of the form.
pub struct Question {
    /// The answer it sets.
    pub field: Field,
    /// Its control.
    pub kind: Kind,
    /// When it is shown.
    pub shown: Shown,
}

const fn q(field: Field, kind: Kind, shown: Shown) -> Question {
    Question { field, kind, shown }
}

/// The text as typed, `None` when blank (kept untrimmed so typing a space works).
fn some_text(v: String) -> Option<String> {
    (!v.trim().is_empty()).then_some(v)
}

/// The choices of an enum, labelled by the engine's catalogue.
fn options<T: Label>(
    all: &'static [T],
    spell: fn(T) -> &'static str,
    locale: Locale,
) -> Vec<(&'static str, &'static str)> {
    all.iter().map(|v| (spell(*v), i18n::label(locale, *v))).collect()
}

/// "Your organisation".
pub const ORGANISATION: &[Question] = &[
    q(Field::PartnerHasMpnId, Kind::YesNo(|f| f.partner.has_mpn_id, |f, v| f.partner.has_mpn_id = v), Shown::Always),
    q(
        Field::PartnerMpnId,
        Kind::Text(|f| f.partner.mpn_id.as_deref(), |f, v| f.partner.mpn_id = some_text(v)),
        Shown::WithMpnId,
    ),
    q(
        Field::PartnerMarketplaceAccountActive,
        Kind::YesNo(|f| f.partner.marketplace_account_active, |f, v| f.partner.marketplace_account_active = v),
        Shown::Always,
    ),
    q(
        Field::PartnerBusinessProfileComplete,
        Kind::YesNo(|f| f.partner.business_profile_complete, |f, v| f.partner.business_profile_complete = v),
        Shown::Always,
    ),
    q(
        Field::PartnerGoldCompetency,
        Kind::YesNo(|f| f.partner.gold_competency, |f, v| f.partner.gold_competency = v),
        Shown::Gold,
    ),
    q(
        Field::PartnerIsvConnect,
        Kind::Choice(
            |l| options(IsvConnect::ALL, IsvConnect::as_str, l),
            |f| f.partner.isv_connect.map(IsvConnect::as_str),
            |f, v| f.partner.isv_connect = v.and_then(IsvConnect::from_str_opt),
        ),
        Shown::IsvConnect,
    ),
    q(
        Field::PartnerAzureConsumedRevenueUsd,
        Kind::Number {
            get: |f| &f.acr_text,
            set: |f, v| f.acr_text = v,
            error: |f| f.acr().and_then(Result::err),
            percent: false,
        },
        Shown::AzureIp,
    ),
];

/// "Your offer" (the Azure IP questions follow in their own group).
pub const OFFER: &[Question] = &[
    q(Field::OfferName, Kind::Text(|f| f.offer.name.as_deref(), |f, v| f.offer.name = some_text(v)), Shown::Always),
    q(
        Field::OfferOfferType,
        Kind::Choice(
            |l| options(OfferType::ALL, OfferType::as_str, l),
            |f| f.offer.offer_type.map(OfferType::as_str),
            |f, v| f.offer.offer_type = v.and_then(OfferType::from_str_opt),
        ),
        Shown::Always,
    ),
    q(
        Field::RulesetsCoSell,
        Kind::Required(
            |l| options(CoSellRuleset::ALL, CoSellRuleset::as_str, l),
            |f| f.ruleset.as_str(),
            |f, v| {
                if let Some(r) = v.and_then(CoSellRuleset::from_str_opt) {
                    f.ruleset = r;
                }
            },
        ),
        Shown::Always,
    ),
    q(
        Field::OfferSolutionType,
        Kind::Choice(
            |l| options(SolutionType::ALL, SolutionType::as_str, l),
            |f| f.offer.solution_type.map(SolutionType::as_str),
            |f, v| f.offer.solution_type = v.and_then(SolutionType::from_str_opt),
        ),
        Shown::Always,
    ),
    q(Field::OfferLiveIn, Kind::LiveIn, Shown::Always),
    q(
        Field::OfferCoSellTabComplete,
        Kind::YesNo(|f| f.offer.co_sell_tab_complete, |f, v| f.offer.co_sell_tab_complete = v),
        Shown::Always,
    ),
    q(Field::OfferOnePager, Kind::YesNo(|f| f.offer.one_pager, |f, v| f.offer.one_pager = v), Shown::Always),
    q(Field::OfferPitchDeck, Kind::YesNo(|f| f.offer.pitch_deck, |f, v| f.offer.pitch_deck = v), Shown::Always),
    q(Field::OfferCoSellGeographies, Kind::Geographies, Shown::Always),
    q(Field::OfferSalesContacts, Kind::Contacts, Shown::Always),
];

/// The Azure IP incentive questions.
pub const AZURE_IP: &[Question] = &[
    q(Field::OfferTransactable, Kind::YesNo(|f| f.offer.transactable, |f, v| f.offer.transactable = v), Shown::AzureIp),
    q(
        Field::OfferBilledRevenueUsd,
        Kind::Number {
            get: |f| &f.billed_text,
            set: |f, v| f.billed_text = v,
            error: |f| f.billed().and_then(Result::err),
            percent: false,
        },
        Shown::AzureIp,
    ),
    q(
        Field::OfferTechnicalValidation,
        Kind::Choice(
            |l| options(TechnicalValidation::ALL, TechnicalValidation::as_str, l),
            |f| f.offer.technical_validation.map(TechnicalValidation::as_str),
            |f, v| f.offer.technical_validation = v.and_then(TechnicalValidation::from_str_opt),
        ),
        Shown::IpValidation,
    ),
    q(
        Field::OfferAzureIpInfrastructurePercent,
        Kind::Number {
            get: |f| &f.percent_text,
            set: |f, v| f.percent_text = v,
            error: |f| f.percent().and_then(Result::err),
            percent: true,
        },
        Shown::IpValidation,
    ),
    q(
        Field::OfferReferenceArchitectureDiagram,
        Kind::YesNo(|f| f.offer.reference_architecture_diagram, |f, v| f.offer.reference_architecture_diagram = v),
        Shown::AzureIp,
    ),
];

/// Every question of the page, in page order.
pub fn all() -> impl Iterator<Item = &'static Question> {
    ORGANISATION.iter().chain(OFFER).chain(AZURE_IP)
}

/// The question that sets `field`, if the page asks it.
pub fn of(field: Field) -> Option<&'static Question> {
    all().find(|q| q.field == field)
}

/// Which questions can matter for the form's current answers.
pub fn relevance(form: &Form) -> CoSellRelevance {
    co_sell_relevance(&form.offer, form.ruleset)
}

impl Question {
    /// Whether the question is shown (and so counts) for these answers.
    pub fn is_shown(&self, form: &Form, relevance: CoSellRelevance) -> bool {
        match self.shown {
            Shown::Always => true,
            Shown::WithMpnId => form.partner.has_mpn_id == Some(true),
            Shown::IsvConnect => relevance.isv_connect,
            Shown::AzureIp => relevance.azure_ip,
            Shown::IpValidation => relevance.ip_validation,
            Shown::Gold => relevance.gold,
        }
    }
}
