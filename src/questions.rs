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
use eligibility_rules::i18n::{self, Label};
use eligibility_rules::relevance::{co_sell_relevance, CoSellRelevance};
use eligibility_rules::str_enum::StrEnum;
use eligibility_rules::{
    ApssRuleset, ApssUse, Audience, Billing, Cloud, CoSellRuleset, Date, Field, InProduct, IsvConnect, ListingType,
    Locale, MarketplaceItem, OfferOwner, OfferType, PartnerCenterRole, PartnerType, RewardsRuleset, SolutionType,
    Storefront, StorefrontRuleset, TargetTenant, TechnicalValidation,
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
    /// Only where IP-02 reads the technical validation (not for a transactable VM or Azure
    /// Application under the 2021 rule sets).
    IpValidation,
    /// Only where IP-02 reads the infrastructure share (the 2021 rule sets).
    IpShare,
    /// Only where IP-03 asks for a diagram (every Azure IP type before 2023, SaaS since).
    Diagram,
    /// Only where a service solution is possible and the rule set asks for a Gold competency (CS-07).
    Gold,
    /// Only where the rule set asks consulting service offers for a Solutions Partner designation
    /// (CS-07, 2023-08-24).
    SolutionsPartner,
    /// Only for a BYOL or free marketplace item on APSS (AP-08, AP-09 read whether it is deployed).
    DatedItem,
    /// As `DatedItem`, under the APSS rule sets that read the purchase date (the seed's).
    PurchaseDate,
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

/// The choices of a closed set of values, labelled by the engine's catalogue (an [`Options`]).
fn options<T: StrEnum + Label>(locale: Locale) -> Vec<(&'static str, &'static str)> {
    T::ALL.iter().map(|v| (v.as_str(), i18n::label(locale, *v))).collect()
}

/// A list of values as spelled in JSON.
fn spelled<T: StrEnum>(list: &Option<Vec<T>>) -> Option<Vec<&'static str>> {
    list.as_ref().map(|l| l.iter().map(|v| v.as_str()).collect())
}

/// A list of spellings as values (unknown spellings are dropped).
fn parsed<T: StrEnum>(list: Option<Vec<&str>>) -> Option<Vec<T>> {
    list.map(|l| l.into_iter().filter_map(T::from_str_opt).collect())
}

// One constructor per kind of question, each taking the form's field it reads and writes (a path
// such as `offer.offer_type`): the table below says what is asked, these say how. They are macros
// because the table is a constant of plain functions, one pair per field.

/// Yes / No / Not sure on an `Option<bool>` field.
macro_rules! yes_no {
    ($($f:ident).+) => {
        Kind::YesNo(|f| f.$($f).+, |f, v| f.$($f).+ = v)
    };
}

/// One value of the closed set `$t`, or "Not sure", on an `Option<$t>` field.
macro_rules! choice {
    ($t:ty: $($f:ident).+) => {
        Kind::Choice(options::<$t>, |f| f.$($f).+.map(<$t>::as_str), |f, v| f.$($f).+ = v.and_then(<$t>::from_str_opt))
    };
}

/// One value of the closed set `$t`, always answered, on a `$t` field (an unknown spelling
/// leaves it as it is).
macro_rules! required {
    ($t:ty: $($f:ident).+) => {
        Kind::Required(options::<$t>, |f| f.$($f).+.as_str(), |f, v| {
            if let Some(value) = v.and_then(<$t>::from_str_opt) {
                f.$($f).+ = value;
            }
        })
    };
}

/// Values of the closed set `$t` ticked, and the box `$none` for `[]`, on an `Option<Vec<$t>>`.
macro_rules! multi {
    ($t:ty: $($f:ident).+, $none:expr) => {
        Kind::Multi {
            options: options::<$t>,
            none: $none,
            get: |f| spelled(&f.$($f).+),
            set: |f, v| f.$($f).+ = parsed::<$t>(v),
        }
    };
}

/// Free text on an `Option<String>` field (blank is "not answered"); `$optional` for the label,
/// `$input` the input's `type` and `autocomplete`.
macro_rules! text {
    ($($f:ident).+, $optional:expr, $input:expr) => {
        Kind::Text { get: |f| f.$($f).+.as_deref(), set: |f, v| f.$($f).+ = some_text(v), optional: $optional, input: $input }
    };
}

/// A date on an `Option<Date>` field.
macro_rules! date {
    ($($f:ident).+) => {
        Kind::Date(|f| f.$($f).+, |f, v| f.$($f).+ = v)
    };
}

/// An amount (or a percentage, `$percent`) kept as typed in the form's `$text` field, read by
/// its method `$read`.
macro_rules! number {
    ($text:ident, $read:ident, $percent:expr) => {
        Kind::Number {
            get: |f| &f.$text,
            set: |f, v| f.$text = v,
            error: |f| f.$read().and_then(Result::err),
            percent: $percent,
        }
    };
}

const TEXT: (&str, &str) = ("text", "off");

/// Every question, in CONTRACT.md order.
#[rustfmt::skip]
pub const QUESTIONS: &[Question] = &[
    q(Field::AsOf, date!(as_of), Shown::Always),
    q(Field::RulesetsCoSell, required!(CoSellRuleset: ruleset), Shown::Always),
    q(Field::RulesetsRewards, required!(RewardsRuleset: rewards_ruleset), Shown::Always),
    q(Field::RulesetsApss, required!(ApssRuleset: apss_ruleset), Shown::Always),
    q(Field::RulesetsStorefront, required!(StorefrontRuleset: storefront_ruleset), Shown::Always),
    q(Field::PartnerHasMpnId, yes_no!(partner.has_mpn_id), Shown::Always),
    q(Field::PartnerMpnId, text!(partner.mpn_id, true, TEXT), Shown::WithMpnId),
    q(Field::PartnerMarketplaceAccountActive, yes_no!(partner.marketplace_account_active), Shown::Always),
    q(Field::PartnerBusinessProfileComplete, yes_no!(partner.business_profile_complete), Shown::Always),
    q(Field::PartnerPartnerTypes, multi!(PartnerType: partner.partner_types, Ui::NoneOfThese), Shown::Always),
    q(Field::PartnerGoldCompetency, yes_no!(partner.gold_competency), Shown::Gold),
    q(
        Field::PartnerSolutionsPartnerDesignation,
        yes_no!(partner.solutions_partner_designation),
        Shown::SolutionsPartner,
    ),
    q(Field::PartnerIsvConnect, choice!(IsvConnect: partner.isv_connect), Shown::IsvConnect),
    q(Field::PartnerAzureConsumedRevenueUsd, number!(acr_text, acr, false), Shown::AzureIp),
    q(Field::PartnerCspPartner, yes_no!(partner.csp_partner), Shown::Always),
    q(Field::PartnerPartnerCenterRole, choice!(PartnerCenterRole: partner.partner_center_role), Shown::Always),
    q(Field::OfferName, text!(offer.name, true, TEXT), Shown::Always),
    q(Field::OfferOfferType, choice!(OfferType: offer.offer_type), Shown::Always),
    q(Field::OfferSolutionType, choice!(SolutionType: offer.solution_type), Shown::Always),
    q(
        Field::OfferLiveIn,
        // Storefronts by name (not translated), AppSource first as the page lists them.
        Kind::Multi {
            options: |_| Storefront::ALL.iter().rev().map(|s| (s.as_str(), i18n::storefront_name(*s))).collect(),
            none: Ui::NotLiveYet,
            get: |f| spelled(&f.offer.live_in),
            set: |f, v| f.offer.live_in = parsed(v),
        },
        Shown::Always,
    ),
    q(Field::OfferCoSellTabComplete, yes_no!(offer.co_sell_tab_complete), Shown::Always),
    q(Field::OfferOnePager, yes_no!(offer.one_pager), Shown::Always),
    q(Field::OfferPitchDeck, yes_no!(offer.pitch_deck), Shown::Always),
    q(Field::OfferCoSellGeographies, Kind::Geographies, Shown::Always),
    q(Field::OfferSalesContacts, Kind::Contacts, Shown::Always),
    q(Field::OfferTransactable, yes_no!(offer.transactable), Shown::AzureIp),
    q(Field::OfferBilledRevenueUsd, number!(billed_text, billed, false), Shown::AzureIp),
    q(Field::OfferTechnicalValidation, choice!(TechnicalValidation: offer.technical_validation), Shown::IpValidation),
    q(Field::OfferAzureIpInfrastructurePercent, number!(percent_text, percent, true), Shown::IpShare),
    q(Field::OfferReferenceArchitectureDiagram, yes_no!(offer.reference_architecture_diagram), Shown::Diagram),
    q(Field::OfferListingType, choice!(ListingType: offer.listing_type), Shown::Always),
    q(Field::OfferLiveSince, date!(offer.live_since), Shown::Always),
    q(Field::OfferRewardsMessageReceived, yes_no!(offer.rewards_message_received), Shown::Always),
    q(Field::OfferOfferOwner, choice!(OfferOwner: offer.offer_owner), Shown::Always),
    q(Field::RewardsMarketingContactAssigned, yes_no!(rewards.marketing_contact_assigned), Shown::Always),
    q(Field::RewardsContactIsPartnerCenterUser, yes_no!(rewards.contact_is_partner_center_user), Shown::Always),
    q(Field::RewardsContactEmail, text!(rewards.contact_email, false, ("email", "off")), Shown::Always),
    q(Field::RewardsCompanyAccountEmail, text!(rewards.company_account_email, false, ("email", "off")), Shown::Always),
    q(Field::RewardsContactPhone, text!(rewards.contact_phone, false, ("tel", "off")), Shown::Always),
    q(Field::RewardsContactLanguage, text!(rewards.contact_language, false, TEXT), Shown::Always),
    q(Field::RewardsBenefit, text!(rewards.benefit, true, TEXT), Shown::Always),
    q(Field::RewardsActivatedOn, date!(rewards.activated_on), Shown::Always),
    q(Field::ApssSharedServicesTenant, yes_no!(apss.shared_services_tenant), Shown::Always),
    q(Field::ApssTargetTenant, choice!(TargetTenant: apss.target_tenant), Shown::Always),
    q(Field::ApssUses, multi!(ApssUse: apss.uses, Ui::NoneOfThese), Shown::Always),
    q(Field::ApssMarketplaceItem, choice!(MarketplaceItem: apss.marketplace_item), Shown::Always),
    q(Field::ApssPurchasedOn, date!(apss.purchased_on), Shown::PurchaseDate),
    q(Field::ApssExistingDeployment, yes_no!(apss.existing_deployment), Shown::DatedItem),
    q(Field::StorefrontAudience, choice!(Audience: storefront.audience), Shown::Always),
    q(Field::StorefrontClouds, multi!(Cloud: storefront.clouds, Ui::NoneOfThese), Shown::Always),
    q(Field::StorefrontInProduct, multi!(InProduct: storefront.in_product, Ui::NoneOfThese), Shown::Always),
    q(Field::StorefrontBilling, choice!(Billing: storefront.billing), Shown::Always),
    q(Field::StorefrontLinkPartners, yes_no!(storefront.link_partners), Shown::Always),
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
            Field::PartnerSolutionsPartnerDesignation,
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
pub const ADVANCED: &[Field] =
    &[Field::AsOf, Field::RulesetsCoSell, Field::RulesetsRewards, Field::RulesetsApss, Field::RulesetsStorefront];

/// Whether the APSS marketplace item is BYOL or a free service (AP-08 and AP-09 read more of it).
fn byol_or_free(form: &Form) -> bool {
    matches!(form.apss.marketplace_item, Some(MarketplaceItem::Byol | MarketplaceItem::FreeService))
}

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
            Shown::IpShare => relevance.ip_share,
            Shown::Diagram => relevance.diagram,
            Shown::Gold => relevance.gold,
            Shown::SolutionsPartner => relevance.solutions_partner,
            Shown::DatedItem => byol_or_free(form),
            Shown::PurchaseDate => byol_or_free(form) && form.apss_ruleset.rules().marketplace_cutoff.is_some(),
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
