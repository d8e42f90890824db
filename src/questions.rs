//! The questions the page asks, as data: each names its [`Field`] (which gives its JSON path, its
//! control's `name`, and its question text from the engine's catalogue), its kind of control, how
//! the form reads and changes it, and when it is shown. Every field of `Answers` has exactly one
//! question; each part of the page lists the groups of questions it shows ([`groups`]), so a
//! question that several programs read is one answer wherever it appears.
//!
//! `Form::answers()` follows this table: a question that is not shown contributes nothing.

use crate::form::Form;
use crate::number_input::NumberError;
use eligibility_browser::route::Route;
use eligibility_browser::ui_text::Ui;
use eligibility_rules::groups::{co_sell_relevance, CoSellRelevance};
use eligibility_rules::i18n::{self, Label};
use eligibility_rules::{
    ApssUse, Audience, Billing, Cloud, CoSellRuleset, Date, Field, InProduct, IsvConnect, ListingType, Locale,
    MarketplaceItem, OfferOwner, OfferType, PartnerCenterRole, PartnerType, SolutionType, Storefront,
    StorefrontRuleset, TargetTenant, TechnicalValidation,
};

/// The choices of a question: `(value as spelled in JSON, label)`.
pub type Options = fn(Locale) -> Vec<(&'static str, &'static str)>;

/// The kind of control and how it reads and writes the form.
pub enum Kind {
    /// Yes / No / Not sure.
    YesNo(fn(&Form) -> Option<bool>, fn(&mut Form, Option<bool>)),
    /// One value of a list, with "Not sure" as the empty choice.
    Choice(Options, fn(&Form) -> Option<&'static str>, fn(&mut Form, Option<&str>)),
    /// One of a few values, always answered (radio buttons, no "Not sure").
    Required(Options, fn(&Form) -> &'static str, fn(&mut Form, Option<&str>)),
    /// Several values (check boxes) and a box that answers "none of these" (`[]`); nothing
    /// ticked is "not answered".
    Multi {
        /// The values.
        options: Options,
        /// The label of the box that means `[]`.
        none: Ui,
        /// The values ticked, as spelled in JSON; `None` when not answered.
        get: fn(&Form) -> Option<Vec<&'static str>>,
        /// Sets the list from spellings (unknown spellings are dropped).
        set: fn(&mut Form, Option<Vec<&str>>),
    },
    /// Money or percent typed in the page's notation.
    Number {
        /// The text as typed.
        get: fn(&Form) -> &str,
        /// Keeps the text as typed.
        set: fn(&mut Form, String),
        /// Why the text is refused, if it is.
        error: fn(&Form) -> Option<NumberError>,
        /// A percentage (else US dollars).
        percent: bool,
    },
    /// Free text; blank is "not answered".
    Text {
        /// The text.
        get: fn(&Form) -> Option<&str>,
        /// Sets the text.
        set: fn(&mut Form, String),
        /// Display only: the label says "optional".
        optional: bool,
        /// The input's `type` (`text`, `email`, `tel`) and `autocomplete` hint.
        input: (&'static str, &'static str),
    },
    /// A calendar date (`<input type="date">`).
    Date(fn(&Form) -> Option<Date>, fn(&mut Form, Option<Date>)),
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
    /// Only for a BYOL or free marketplace item on APSS (AP-08, AP-09 read its date).
    DatedItem,
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

/// A list of enum values as spelled in JSON.
fn spelled<T: Copy>(list: &Option<Vec<T>>, spell: fn(T) -> &'static str) -> Option<Vec<&'static str>> {
    list.as_ref().map(|l| l.iter().map(|v| spell(*v)).collect())
}

/// A list of spellings as enum values.
fn parsed<T>(list: Option<Vec<&str>>, parse: fn(&str) -> Option<T>) -> Option<Vec<T>> {
    list.map(|l| l.into_iter().filter_map(parse).collect())
}

const TEXT: (&str, &str) = ("text", "off");

/// Every question, in CONTRACT.md order.
pub const QUESTIONS: &[Question] = &[
    q(Field::AsOf, Kind::Date(|f| f.as_of, |f, v| f.as_of = v), Shown::Always),
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
        Field::RulesetsStorefront,
        Kind::Required(
            |l| options(StorefrontRuleset::ALL, StorefrontRuleset::as_str, l),
            |f| f.storefront_ruleset.as_str(),
            |f, v| {
                if let Some(r) = v.and_then(StorefrontRuleset::from_str_opt) {
                    f.storefront_ruleset = r;
                }
            },
        ),
        Shown::Always,
    ),
    q(Field::PartnerHasMpnId, Kind::YesNo(|f| f.partner.has_mpn_id, |f, v| f.partner.has_mpn_id = v), Shown::Always),
    q(
        Field::PartnerMpnId,
        Kind::Text {
            get: |f| f.partner.mpn_id.as_deref(),
            set: |f, v| f.partner.mpn_id = some_text(v),
            optional: true,
            input: TEXT,
        },
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
        Field::PartnerPartnerTypes,
        Kind::Multi {
            options: |l| options(PartnerType::ALL, PartnerType::as_str, l),
            none: Ui::NoneOfThese,
            get: |f| spelled(&f.partner.partner_types, PartnerType::as_str),
            set: |f, v| f.partner.partner_types = parsed(v, PartnerType::from_str_opt),
        },
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
    q(
        Field::PartnerCspPartner,
        Kind::YesNo(|f| f.partner.csp_partner, |f, v| f.partner.csp_partner = v),
        Shown::Always,
    ),
    q(
        Field::PartnerPartnerCenterRole,
        Kind::Choice(
            |l| options(PartnerCenterRole::ALL, PartnerCenterRole::as_str, l),
            |f| f.partner.partner_center_role.map(PartnerCenterRole::as_str),
            |f, v| f.partner.partner_center_role = v.and_then(PartnerCenterRole::from_str_opt),
        ),
        Shown::Always,
    ),
    q(
        Field::OfferName,
        Kind::Text {
            get: |f| f.offer.name.as_deref(),
            set: |f, v| f.offer.name = some_text(v),
            optional: true,
            input: TEXT,
        },
        Shown::Always,
    ),
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
        Field::OfferSolutionType,
        Kind::Choice(
            |l| options(SolutionType::ALL, SolutionType::as_str, l),
            |f| f.offer.solution_type.map(SolutionType::as_str),
            |f, v| f.offer.solution_type = v.and_then(SolutionType::from_str_opt),
        ),
        Shown::Always,
    ),
    q(
        Field::OfferLiveIn,
        Kind::Multi {
            options: |_| Storefront::ALL.iter().rev().map(|s| (s.as_str(), i18n::storefront_name(*s))).collect(),
            none: Ui::NotLiveYet,
            get: |f| spelled(&f.offer.live_in, Storefront::as_str),
            set: |f, v| f.offer.live_in = parsed(v, Storefront::from_str_opt),
        },
        Shown::Always,
    ),
    q(
        Field::OfferCoSellTabComplete,
        Kind::YesNo(|f| f.offer.co_sell_tab_complete, |f, v| f.offer.co_sell_tab_complete = v),
        Shown::Always,
    ),
    q(Field::OfferOnePager, Kind::YesNo(|f| f.offer.one_pager, |f, v| f.offer.one_pager = v), Shown::Always),
    q(Field::OfferPitchDeck, Kind::YesNo(|f| f.offer.pitch_deck, |f, v| f.offer.pitch_deck = v), Shown::Always),
    q(Field::OfferCoSellGeographies, Kind::Geographies, Shown::Always),
    q(Field::OfferSalesContacts, Kind::Contacts, Shown::Always),
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
    q(
        Field::OfferListingType,
        Kind::Choice(
            |l| options(ListingType::ALL, ListingType::as_str, l),
            |f| f.offer.listing_type.map(ListingType::as_str),
            |f, v| f.offer.listing_type = v.and_then(ListingType::from_str_opt),
        ),
        Shown::Always,
    ),
    q(Field::OfferLiveSince, Kind::Date(|f| f.offer.live_since, |f, v| f.offer.live_since = v), Shown::Always),
    q(
        Field::OfferRewardsMessageReceived,
        Kind::YesNo(|f| f.offer.rewards_message_received, |f, v| f.offer.rewards_message_received = v),
        Shown::Always,
    ),
    q(
        Field::OfferOfferOwner,
        Kind::Choice(
            |l| options(OfferOwner::ALL, OfferOwner::as_str, l),
            |f| f.offer.offer_owner.map(OfferOwner::as_str),
            |f, v| f.offer.offer_owner = v.and_then(OfferOwner::from_str_opt),
        ),
        Shown::Always,
    ),
    q(
        Field::RewardsMarketingContactAssigned,
        Kind::YesNo(|f| f.rewards.marketing_contact_assigned, |f, v| f.rewards.marketing_contact_assigned = v),
        Shown::Always,
    ),
    q(
        Field::RewardsContactIsPartnerCenterUser,
        Kind::YesNo(|f| f.rewards.contact_is_partner_center_user, |f, v| f.rewards.contact_is_partner_center_user = v),
        Shown::Always,
    ),
    q(
        Field::RewardsContactEmail,
        Kind::Text {
            get: |f| f.rewards.contact_email.as_deref(),
            set: |f, v| f.rewards.contact_email = some_text(v),
            optional: false,
            input: ("email", "off"),
        },
        Shown::Always,
    ),
    q(
        Field::RewardsCompanyAccountEmail,
        Kind::Text {
            get: |f| f.rewards.company_account_email.as_deref(),
            set: |f, v| f.rewards.company_account_email = some_text(v),
            optional: false,
            input: ("email", "off"),
        },
        Shown::Always,
    ),
    q(
        Field::RewardsContactPhone,
        Kind::Text {
            get: |f| f.rewards.contact_phone.as_deref(),
            set: |f, v| f.rewards.contact_phone = some_text(v),
            optional: false,
            input: ("tel", "off"),
        },
        Shown::Always,
    ),
    q(
        Field::RewardsContactLanguage,
        Kind::Text {
            get: |f| f.rewards.contact_language.as_deref(),
            set: |f, v| f.rewards.contact_language = some_text(v),
            optional: false,
            input: TEXT,
        },
        Shown::Always,
    ),
    q(
        Field::RewardsBenefit,
        Kind::Text {
            get: |f| f.rewards.benefit.as_deref(),
            set: |f, v| f.rewards.benefit = some_text(v),
            optional: true,
            input: TEXT,
        },
        Shown::Always,
    ),
    q(
        Field::RewardsActivatedOn,
        Kind::Date(|f| f.rewards.activated_on, |f, v| f.rewards.activated_on = v),
        Shown::Always,
    ),
    q(
        Field::ApssSharedServicesTenant,
        Kind::YesNo(|f| f.apss.shared_services_tenant, |f, v| f.apss.shared_services_tenant = v),
        Shown::Always,
    ),
    q(
        Field::ApssTargetTenant,
        Kind::Choice(
            |l| options(TargetTenant::ALL, TargetTenant::as_str, l),
            |f| f.apss.target_tenant.map(TargetTenant::as_str),
            |f, v| f.apss.target_tenant = v.and_then(TargetTenant::from_str_opt),
        ),
        Shown::Always,
    ),
    q(
        Field::ApssUses,
        Kind::Multi {
            options: |l| options(ApssUse::ALL, ApssUse::as_str, l),
            none: Ui::NoneOfThese,
            get: |f| spelled(&f.apss.uses, ApssUse::as_str),
            set: |f, v| f.apss.uses = parsed(v, ApssUse::from_str_opt),
        },
        Shown::Always,
    ),
    q(
        Field::ApssMarketplaceItem,
        Kind::Choice(
            |l| options(MarketplaceItem::ALL, MarketplaceItem::as_str, l),
            |f| f.apss.marketplace_item.map(MarketplaceItem::as_str),
            |f, v| f.apss.marketplace_item = v.and_then(MarketplaceItem::from_str_opt),
        ),
        Shown::Always,
    ),
    q(Field::ApssPurchasedOn, Kind::Date(|f| f.apss.purchased_on, |f, v| f.apss.purchased_on = v), Shown::DatedItem),
    q(
        Field::ApssExistingDeployment,
        Kind::YesNo(|f| f.apss.existing_deployment, |f, v| f.apss.existing_deployment = v),
        Shown::DatedItem,
    ),
    q(
        Field::StorefrontAudience,
        Kind::Choice(
            |l| options(Audience::ALL, Audience::as_str, l),
            |f| f.storefront.audience.map(Audience::as_str),
            |f, v| f.storefront.audience = v.and_then(Audience::from_str_opt),
        ),
        Shown::Always,
    ),
    q(
        Field::StorefrontClouds,
        Kind::Multi {
            options: |l| options(Cloud::ALL, Cloud::as_str, l),
            none: Ui::NoneOfThese,
            get: |f| spelled(&f.storefront.clouds, Cloud::as_str),
            set: |f, v| f.storefront.clouds = parsed(v, Cloud::from_str_opt),
        },
        Shown::Always,
    ),
    q(
        Field::StorefrontInProduct,
        Kind::Multi {
            options: |l| options(InProduct::ALL, InProduct::as_str, l),
            none: Ui::NoneOfThese,
            get: |f| spelled(&f.storefront.in_product, InProduct::as_str),
            set: |f, v| f.storefront.in_product = parsed(v, InProduct::from_str_opt),
        },
        Shown::Always,
    ),
    q(
        Field::StorefrontBilling,
        Kind::Choice(
            |l| options(Billing::ALL, Billing::as_str, l),
            |f| f.storefront.billing.map(Billing::as_str),
            |f, v| f.storefront.billing = v.and_then(Billing::from_str_opt),
        ),
        Shown::Always,
    ),
    q(
        Field::StorefrontLinkPartners,
        Kind::YesNo(|f| f.storefront.link_partners, |f, v| f.storefront.link_partners = v),
        Shown::Always,
    ),
];

/// Every question.
pub fn all() -> impl Iterator<Item = &'static Question> {
    QUESTIONS.iter()
}

/// The question that sets `field`.
pub fn of(field: Field) -> Option<&'static Question> {
    all().find(|q| q.field == field)
}

/// A titled group of questions on a part of the page.
pub struct Group {
    /// Element id of the group.
    pub id: &'static str,
    /// Its heading; `None` for the Azure IP group, named as the rule set names the status.
    pub title: Option<Ui>,
    /// Its questions, in page order.
    pub fields: &'static [Field],
}

const fn group(id: &'static str, title: Ui, fields: &'static [Field]) -> Group {
    Group { id, title: Some(title), fields }
}

/// The groups of the co-sell part.
const CO_SELL: &[Group] = &[
    group(
        "org",
        Ui::YourOrganisation,
        &[
            Field::PartnerHasMpnId,
            Field::PartnerMpnId,
            Field::PartnerMarketplaceAccountActive,
            Field::PartnerBusinessProfileComplete,
            Field::PartnerGoldCompetency,
            Field::PartnerIsvConnect,
            Field::PartnerAzureConsumedRevenueUsd,
        ],
    ),
    group(
        "offer",
        Ui::YourOffer,
        &[
            Field::OfferName,
            Field::OfferOfferType,
            Field::OfferSolutionType,
            Field::OfferLiveIn,
            Field::OfferCoSellTabComplete,
            Field::OfferOnePager,
            Field::OfferPitchDeck,
            Field::OfferCoSellGeographies,
            Field::OfferSalesContacts,
        ],
    ),
    Group {
        id: "azure-ip-questions",
        title: None,
        fields: &[
            Field::OfferTransactable,
            Field::OfferBilledRevenueUsd,
            Field::OfferTechnicalValidation,
            Field::OfferAzureIpInfrastructurePercent,
            Field::OfferReferenceArchitectureDiagram,
        ],
    },
];

/// The overview asks the answers most programs share.
const OVERVIEW: &[Group] = &[group(
    "basics",
    Ui::Basics,
    &[Field::OfferName, Field::OfferOfferType, Field::OfferLiveIn, Field::PartnerHasMpnId, Field::PartnerPartnerTypes],
)];

/// The groups of the Marketplace Rewards part.
const REWARDS: &[Group] = &[
    group("rewards-offer", Ui::YourOffer, &[Field::PartnerHasMpnId, Field::OfferLiveIn, Field::OfferListingType]),
    group(
        "rewards-activation",
        Ui::BenefitActivation,
        &[
            Field::RewardsMarketingContactAssigned,
            Field::RewardsContactIsPartnerCenterUser,
            Field::RewardsContactEmail,
            Field::RewardsCompanyAccountEmail,
            Field::RewardsContactPhone,
            Field::RewardsContactLanguage,
            Field::RewardsBenefit,
            Field::RewardsActivatedOn,
        ],
    ),
    group(
        "rewards-go-live",
        Ui::GoLiveFollowUp,
        &[Field::OfferLiveSince, Field::OfferRewardsMessageReceived, Field::OfferOfferOwner],
    ),
];

/// The groups of the APSS part.
const APSS: &[Group] = &[
    group("apss-partner", Ui::YourOrganisation, &[Field::PartnerCspPartner, Field::PartnerPartnerCenterRole]),
    group("apss-use", Ui::TenantAndUse, &[Field::ApssSharedServicesTenant, Field::ApssTargetTenant, Field::ApssUses]),
    group(
        "apss-marketplace",
        Ui::MarketplaceItem,
        &[Field::ApssMarketplaceItem, Field::ApssPurchasedOn, Field::ApssExistingDeployment],
    ),
];

/// The groups of the storefront part.
const STOREFRONT: &[Group] = &[group(
    "storefront-needs",
    Ui::YourNeeds,
    &[
        Field::StorefrontAudience,
        Field::StorefrontClouds,
        Field::StorefrontInProduct,
        Field::StorefrontBilling,
        Field::StorefrontLinkPartners,
    ],
)];

/// The groups of the lead-sharing part.
const LEAD_SHARING: &[Group] = &[group("leads-offer", Ui::YourOffer, &[Field::OfferName, Field::OfferLiveIn])];

/// The groups of each part.
pub fn groups(route: Route) -> &'static [Group] {
    match route {
        Route::Overview => OVERVIEW,
        Route::CoSell => CO_SELL,
        Route::Rewards => REWARDS,
        Route::Apss => APSS,
        Route::Storefront => STOREFRONT,
        Route::LeadSharing => LEAD_SHARING,
    }
}

/// The questions under "Advanced" on every part: the evaluation date and the rule sets.
pub const ADVANCED: &[Field] = &[Field::AsOf, Field::RulesetsCoSell, Field::RulesetsStorefront];

/// Which co-sell questions can matter for the form's current answers.
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
            Shown::DatedItem => {
                matches!(form.apss.marketplace_item, Some(MarketplaceItem::Byol | MarketplaceItem::FreeService))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_field_has_exactly_one_question_and_a_place_on_the_page() {
        let asked: Vec<Field> = all().map(|q| q.field).collect();
        assert_eq!(asked, Field::ALL, "one question per field, in contract order");
        let placed: BTreeSet<Field> = Route::PARTS
            .iter()
            .flat_map(|r| groups(*r))
            .flat_map(|g| g.fields.iter().copied())
            .chain(ADVANCED.iter().copied())
            .collect();
        let missing: Vec<&str> = Field::ALL.iter().filter(|f| !placed.contains(f)).map(|f| f.path()).collect();
        assert!(missing.is_empty(), "not on any part: {missing:?}");
    }

    #[test]
    fn a_part_shows_each_question_once() {
        for route in Route::PARTS {
            let fields: Vec<Field> = groups(route).iter().flat_map(|g| g.fields.iter().copied()).collect();
            let unique: BTreeSet<Field> = fields.iter().copied().collect();
            assert_eq!(unique.len(), fields.len(), "{route:?}");
            assert!(fields.iter().all(|f| !ADVANCED.contains(f)), "{route:?}");
        }
    }
}
