//! The dated rule sets (RULES.md 1.1, 2.7): for each program, one record per dated version of the
//! Microsoft page it follows, oldest first. A record says what the version is (its page, date and
//! whether it is the seed's, the section each rule cites) and, as data, what it decides: offer-type
//! groups, thresholds, status names, and which variant of a rule's logic applies where versions
//! differ. The rules read these records instead of matching on rule-set names, so the next version
//! is a new record here, plus code only for a rule whose logic is new. (The model is OpenFisca's
//! parameters: a value per date, each with its reference.)
//!
//! Reads the offer-type groups every rule set shares (`groups`); the page's question relevance
//! (`relevance`) reads these records.
//!
//! The records are constants, checked when the crate builds (the `const` assertions at the end):
//! one record per rule-set value in the value's order, dates not decreasing, and every rule of the
//! program citing exactly one section of its page.

use crate::answers::{
    ApssRuleset, CoSellRuleset,
    OfferType::{self, *},
    RewardsRuleset, RulesetChoice, StorefrontRuleset,
};
use crate::date::Date;
use crate::groups::AZURE_IP;
use crate::i18n::Msg;
use crate::report::{CoSellStatus, LeadSharingRuleset, RulesetsUsed};
use crate::rules::{
    Document, Program,
    RuleId::{self, *},
    Section, Source,
};
use std::borrow::Cow;

/// A dated version of a Microsoft page that a rule set follows, and where each rule cites it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// The source document.
    pub document: Document,
    /// The date of the version: the rule set's date, which dates its checks' sources.
    pub date: Date,
    /// Whether this is the seed's own version (RULES.md 1.1) rather than a later one.
    pub seed: bool,
    /// The section anchor each rule of the program cites (RULES.md appendix); every rule once.
    pub sections: &'static [(Section, &'static [RuleId])],
}

impl Page {
    /// The source of `rule`, one of this page's program: document, section, date and the public
    /// page's address.
    pub fn source(&self, rule: RuleId) -> Source {
        let section = self.sections.iter().find(|(_, rules)| rules.contains(&rule)).map(|(section, _)| *section);
        // Every rule of the program is in `sections` (checked when the crate builds); the first
        // section stands for a rule of another program, which no caller passes.
        let section = section.unwrap_or(self.sections[0].0);
        Source { document: self.document, section, date: self.date, url: Cow::Borrowed(self.document.url()) }
    }
}

/// CS-00: which offer types a co-sell rule set lets take co-sell status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoSellOfferTypes {
    /// The types that have the Co-sell with Microsoft tab; another type is told how its co-sell
    /// works instead (`info`), and an offer type not answered leaves CS-00 `not-applicable`.
    CoSellTab(&'static [OfferType]),
    /// Every type but these (`not-met`); the offer type not answered leaves CS-00 `unknown`.
    AllExcept(&'static [OfferType]),
}

/// BA-02 … BA-04: what ISV Connect enrolment the Business Applications incentive needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BizAppsEnrolment {
    /// The premium tier; BA-03 and BA-04 say what the Premium and Standard incentives give.
    PremiumTier,
    /// Any enrolment; BA-03 and BA-04 are `not-applicable` (the page names no tiers).
    AnyEnrolment,
}

/// CS-07: what a service offer needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceRequirement {
    /// An active Gold competency, for a service solution type or a consulting or managed service
    /// offer type (P-06).
    GoldForServiceSolutions,
    /// A Solutions Partner designation, for consulting service offers only (P-11).
    SolutionsPartnerForConsulting,
}

/// IP-02: how the technical validation requirement is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IpValidation {
    /// By default for a transactable offer of these types, or validated with more than the
    /// rule set's share of Azure infrastructure (O-11, O-12).
    DefaultOrShare(&'static [OfferType]),
    /// Only by a passed validation (O-11); no share, no default.
    PassedOnly,
}

/// The requirements of the Azure IP incentive under a co-sell rule set (IP-00 … IP-04).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AzureIpRules {
    /// IP-00: whether the solution type must be `ip-application` too.
    pub solution_type: bool,
    /// IP-01: the least Azure consumed revenue, or billed revenue of a transactable offer, in US
    /// cents ("at least").
    pub revenue_min_cents: i64,
    /// IP-01a: whether the page states the period of billed revenue (then IP-01a does not apply).
    pub billed_period_stated: bool,
    /// IP-02.
    pub validation: IpValidation,
    /// IP-02: the share of Azure infrastructure a validated offer must exceed ("more than"), in
    /// hundredths of a percent (read under [`IpValidation::DefaultOrShare`]).
    pub infrastructure_above_hundredths: u16,
    /// IP-03: the Azure IP offer types that need a reference architecture diagram.
    pub diagram_types: &'static [OfferType],
    /// IP-04: whether the offer must be transactable (a rule since 2023).
    pub transactable_required: bool,
}

/// A co-sell rule set (RULES.md 4, 12.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoSellRules {
    /// Its value in `rulesets.coSell`.
    pub ruleset: CoSellRuleset,
    /// The page it follows.
    pub page: Page,
    /// CS-00.
    pub offer_types: CoSellOfferTypes,
    /// CS-07.
    pub service: ServiceRequirement,
    /// IP-00 … IP-04: the Azure IP incentive's requirements.
    pub ip: AzureIpRules,
    /// BA-00: the offer types of the Business Applications incentive.
    pub biz_apps_types: &'static [OfferType],
    /// BA-02 … BA-04.
    pub biz_apps: BizAppsEnrolment,
    /// The name of each status, in [`CoSellStatus::ALL`] order (catalogue keys).
    pub status_names: [Msg; 4],
    /// The name of `not-co-sell-ready` for an offer that is live (CS-05 met) and not excluded
    /// (CS-00 not `not-met`), where the page names that state ("In market").
    pub in_market_name: Option<Msg>,
    /// Messages this rule set words its own way: each catalogue key of the seed's wording with the
    /// key of this rule set's (the rules name the first; [`CoSellRules::message`] gives the second).
    pub messages: &'static [(Msg, Msg)],
}

impl CoSellRules {
    /// The catalogue key of `status`'s name under this rule set.
    pub fn status_name(&self, status: CoSellStatus) -> Msg {
        // `status_names` follows `CoSellStatus::ALL`, the enum's own order.
        self.status_names[status as usize]
    }

    /// The key of `msg` as this rule set words it.
    pub fn message(&self, msg: Msg) -> Msg {
        worded(self.messages, msg)
    }
}

/// MR-03: how the benefit track is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RewardsTracks {
    /// By listing type alone: Contact Me, Free Trial, Transact; none for Get It Now.
    ListingType,
    /// List, Trial, Consulting and Transact: consulting service offers follow the Consulting
    /// track, and Get It Now by price (Transact when transactable).
    PriceAndConsulting,
}

/// A Marketplace Rewards rule set (RULES.md 5, 12.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RewardsRules {
    /// Its value in `rulesets.rewards`.
    pub ruleset: RewardsRuleset,
    /// The page it follows.
    pub page: Page,
    /// MR-03, `rewards.track`.
    pub tracks: RewardsTracks,
    /// MR-07: days after going live within which the Rewards team may still get in touch.
    pub go_live_wait_days: i64,
    /// MR-06: days after activation within which the team should contact the marketing contact.
    pub activation_contact_days: i64,
    /// MR-09: whether the page lists technical benefits.
    pub technical_benefits: bool,
    /// Messages this rule set words its own way (as [`CoSellRules::messages`]).
    pub messages: &'static [(Msg, Msg)],
}

/// An APSS rule set (RULES.md 6, 12.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApssRules {
    /// Its value in `rulesets.apss`.
    pub ruleset: ApssRuleset,
    /// The page it follows.
    pub page: Page,
    /// `apss.marketplace`: BYOL and free items bought before this day are still supported;
    /// `None` where the page supports no marketplace item any more (items deployed earlier keep
    /// running), so the purchase date is not read.
    pub marketplace_cutoff: Option<Date>,
    /// Messages this rule set words its own way (as [`CoSellRules::messages`]).
    pub messages: &'static [(Msg, Msg)],
}

/// The key of `msg` as a rule set with these worded messages words it.
fn worded(messages: &[(Msg, Msg)], msg: Msg) -> Msg {
    messages.iter().find(|(seed, _)| *seed == msg).map_or(msg, |(_, own)| *own)
}

impl RewardsRules {
    /// The key of `msg` as this rule set words it.
    pub fn message(&self, msg: Msg) -> Msg {
        worded(self.messages, msg)
    }
}

impl ApssRules {
    /// The key of `msg` as this rule set words it.
    pub fn message(&self, msg: Msg) -> Msg {
        worded(self.messages, msg)
    }
}

/// SF-04: which storefronts bill through Microsoft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorefrontBilling {
    /// Only Azure Marketplace bills through Microsoft (the seed).
    AzureMarketplaceOnly,
    /// Both storefronts sell through Microsoft; pay-as-you-go only in Azure Marketplace.
    BothPayAsYouGoInAzureMarketplace,
}

/// A storefront-choice rule set (RULES.md 7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorefrontRules {
    /// Its value in `rulesets.storefront`.
    pub ruleset: StorefrontRuleset,
    /// The page it follows.
    pub page: Page,
    /// SF-04 and the comparison's billing row.
    pub billing: StorefrontBilling,
}

/// The lead-sharing rule set (RULES.md 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeadSharingRules {
    /// Its value in the report's `rulesets.leadSharing`.
    pub ruleset: LeadSharingRuleset,
    /// The page it follows.
    pub page: Page,
}

// --- The seed pages' sections (RULES.md appendix) ------------------------------------------------

const CO_SELL_SEED_SECTIONS: &[(Section, &[RuleId])] = &[
    (Section::CoSellRequirements, &[Cs00]),
    (Section::CoSellTab, &[Cs04, Cs04a, Cs04b]),
    (Section::PublishLive, &[Cs05]),
    (Section::CoSellReady, &[Cs01, Cs02, Cs03, Cs06, Cs07, Cs08]),
    // IP-04 did not exist; it cites IP-03's section (RULES.md appendix).
    (Section::AzureIp, &[Ip00, IpPre, Ip01, Ip01a, Ip02, Ip03, Ip04]),
    (Section::BizApps, &[Ba00, Ba01, Ba02, Ba03, Ba04]),
];

/// The seed's co-sell page (D-COSELL), dated by the rule set that reads it.
const fn co_sell_seed(date: Date) -> Page {
    Page { document: Document::CoSell, date, seed: true, sections: CO_SELL_SEED_SECTIONS }
}

/// The four co-sell status names of the seed text of 2021-02-24.
const CO_SELL_NAMES_2021_02_24: [Msg; 4] = [
    Msg::StatusNotCoSellReady,
    Msg::StatusCoSellReady,
    Msg::StatusAzureIpCoSellIncentivized,
    Msg::StatusBizAppsIsvConnectPremiumIncentive,
];

/// USD 100,000 in cents (IP-01 under every co-sell rule set so far).
const USD_100_000: i64 = 10_000_000;
/// 50 % in hundredths (IP-02).
const HALF: u16 = 5_000;
/// Dynamics 365 apps on Dataverse, Dynamics 365 Operations Apps and Power Apps (BA-00 since
/// 2021-07-13; Business Central is no longer named).
const BIZ_APPS_SINCE_2021_07_13: &[OfferType] =
    &[Dynamics365CustomerEngagement, Dynamics365FinanceOperations, PowerApps];
/// The seeds' Azure IP requirements (RULES.md 4.4), the same in both 2021 rule sets: IP-02 passed
/// by default by a transactable virtual machine or Azure Application, else validated with more
/// than half of the infrastructure; a diagram for every Azure IP type; no IP-04.
const SEED_AZURE_IP: AzureIpRules = AzureIpRules {
    solution_type: false,
    revenue_min_cents: USD_100_000,
    billed_period_stated: false,
    validation: IpValidation::DefaultOrShare(&[AzureVirtualMachine, AzureApplication]),
    infrastructure_above_hundredths: HALF,
    diagram_types: AZURE_IP,
    transactable_required: false,
};

/// The co-sell page of Partner Center of 24 August 2023 (RULES.md 12.1, appendix).
const CO_SELL_2023_SECTIONS: &[(Section, &[RuleId])] = &[
    (Section::CoSellReady, &[Cs00, Cs01, Cs02, Cs03, Cs06, Cs07, Cs08]),
    (Section::CoSellSolutionsPage, &[Cs04, Cs04a, Cs04b]),
    (Section::PublishLive, &[Cs05]),
    (Section::AzureIpEligible, &[Ip00, IpPre, Ip01, Ip01a, Ip02, Ip03, Ip04]),
    (Section::BusinessApplicationsEligible, &[Ba00, Ba01, Ba02, Ba03, Ba04]),
];

/// Every co-sell rule set, oldest first, in [`CoSellRuleset::ALL`] order.
pub const CO_SELL: &[CoSellRules] = &[
    CoSellRules {
        ruleset: CoSellRuleset::R2021_02_24,
        page: co_sell_seed(Date::ymd(2021, 2, 24)),
        // Types with the Co-sell with Microsoft tab in Partner Center on 12/04/2020 (CS-00 note).
        offer_types: CoSellOfferTypes::CoSellTab(&[
            AzureApplication,
            Saas,
            Dynamics365CustomerEngagement,
            Dynamics365FinanceOperations,
            Dynamics365BusinessCentral,
            PowerApps,
        ]),
        service: ServiceRequirement::GoldForServiceSolutions,
        ip: SEED_AZURE_IP,
        biz_apps_types: &[
            Dynamics365CustomerEngagement,
            Dynamics365FinanceOperations,
            PowerApps,
            Dynamics365BusinessCentral,
        ],
        biz_apps: BizAppsEnrolment::PremiumTier,
        status_names: CO_SELL_NAMES_2021_02_24,
        in_market_name: None,
        messages: &[],
    },
    CoSellRules {
        ruleset: CoSellRuleset::R2021_07_13,
        page: co_sell_seed(Date::ymd(2021, 7, 13)),
        offer_types: CoSellOfferTypes::AllExcept(&[OfficeAddIn]),
        service: ServiceRequirement::GoldForServiceSolutions,
        ip: SEED_AZURE_IP,
        biz_apps_types: BIZ_APPS_SINCE_2021_07_13,
        biz_apps: BizAppsEnrolment::AnyEnrolment,
        status_names: [
            Msg::StatusNotCoSellReady,
            Msg::StatusCoSellReady,
            Msg::StatusAzureIpCoSellIncentivized20210713,
            Msg::StatusBizAppsIsvConnectPremiumIncentive20210713,
        ],
        in_market_name: None,
        messages: &[],
    },
    CoSellRules {
        ruleset: CoSellRuleset::R2023_08_24,
        page: Page {
            document: Document::CoSell2023,
            date: Date::ymd(2023, 8, 24),
            seed: false,
            sections: CO_SELL_2023_SECTIONS,
        },
        offer_types: CoSellOfferTypes::AllExcept(&[OfficeAddIn]),
        service: ServiceRequirement::SolutionsPartnerForConsulting,
        ip: AzureIpRules {
            solution_type: true,
            revenue_min_cents: USD_100_000,
            billed_period_stated: true,
            validation: IpValidation::PassedOnly,
            infrastructure_above_hundredths: HALF,
            // Since 2023 only SaaS offers need the diagram.
            diagram_types: &[Saas],
            transactable_required: true,
        },
        biz_apps_types: BIZ_APPS_SINCE_2021_07_13,
        biz_apps: BizAppsEnrolment::AnyEnrolment,
        status_names: [
            Msg::StatusNotCoSellReady,
            Msg::StatusCoSellReady,
            Msg::StatusAzureIpCoSellIncentivized20230824,
            Msg::StatusBizAppsIsvConnectPremiumIncentive20230824,
        ],
        in_market_name: Some(Msg::StatusInMarket20230824),
        messages: &[
            (Msg::Cs01Met, Msg::Cs01Met20230824),
            (Msg::Cs01NotMet, Msg::Cs01NotMet20230824),
            (Msg::Cs01Next, Msg::Cs01Next20230824),
            (Msg::Cs04Met, Msg::Cs04Met20230824),
            (Msg::Cs04NotMet, Msg::Cs04NotMet20230824),
            (Msg::Cs04Next, Msg::Cs04Next20230824),
            (Msg::Cs04aNext, Msg::Cs04aNext20230824),
            (Msg::Cs04bNext, Msg::Cs04bNext20230824),
            (Msg::Cs06Next, Msg::Cs06Next20230824),
            (Msg::Ip01Next, Msg::Ip01Next20230824),
            (Msg::Ip01NotMet, Msg::Ip01NotMet20230824),
            (Msg::Ba00Met, Msg::Ba00Met20230824),
            (Msg::Ba00Na20210713, Msg::Ba00Na20230824),
            (Msg::BaNa, Msg::BaNa20230824),
            (Msg::IpNa, Msg::IpNa20230824),
            // The form's questions and the ladder's names, in this page's words (RULES.md 12.6).
            (Msg::QPartnerHasMpnId, Msg::QPartnerHasMpnId20230824),
            (Msg::HintPartnerHasMpnId, Msg::HintPartnerHasMpnId20230824),
            (Msg::QPartnerMpnId, Msg::QPartnerMpnId20230824),
            (Msg::QOfferSolutionType, Msg::QOfferSolutionType20230824),
            (Msg::HintOfferSolutionType, Msg::HintOfferSolutionType20230824),
            (Msg::QOfferCoSellTabComplete, Msg::QOfferCoSellTabComplete20230824),
            (Msg::HintOfferCoSellTabComplete, Msg::HintOfferCoSellTabComplete20230824),
            (Msg::HintOfferOnePager, Msg::HintOfferOnePager20230824),
            (Msg::HintOfferPitchDeck, Msg::HintOfferPitchDeck20230824),
            (Msg::HintOfferCoSellGeographies, Msg::HintOfferCoSellGeographies20230824),
            (Msg::HintOfferSalesContacts, Msg::HintOfferSalesContacts20230824),
            (Msg::RequirementCs01, Msg::RequirementCs0120230824),
            (Msg::RequirementCs04, Msg::RequirementCs0420230824),
            (Msg::RequirementCs07, Msg::RequirementCs0720230824),
        ],
    },
];

/// Every Marketplace Rewards rule set, oldest first, in [`RewardsRuleset::ALL`] order.
pub const REWARDS: &[RewardsRules] = &[
    RewardsRules {
        ruleset: RewardsRuleset::R2020_07_14,
        page: Page {
            document: Document::Rewards,
            date: Date::ymd(2020, 7, 14),
            seed: true,
            sections: &[
                (Section::MarketplaceRewards, &[Mr01, Mr02, Mr03, Mr04, Mr05, Mr05a, Mr05b, Mr05c, Mr06]),
                (Section::TechnicalBenefits, &[Mr07, Mr08, Mr09]),
            ],
        },
        tracks: RewardsTracks::ListingType,
        // "Four weeks".
        go_live_wait_days: 28,
        activation_contact_days: 7,
        technical_benefits: true,
        messages: &[],
    },
    RewardsRules {
        ruleset: RewardsRuleset::R2023_08_01,
        page: Page {
            document: Document::Rewards2023,
            date: Date::ymd(2023, 8, 1),
            seed: false,
            sections: &[(
                Section::MarketplaceBenefits,
                &[Mr01, Mr02, Mr03, Mr04, Mr05, Mr05a, Mr05b, Mr05c, Mr06, Mr07, Mr08, Mr09],
            )],
        },
        tracks: RewardsTracks::PriceAndConsulting,
        // "Three weeks".
        go_live_wait_days: 21,
        activation_contact_days: 7,
        technical_benefits: false,
        messages: &[
            (Msg::Mr01Met, Msg::Mr01Met20230801),
            (Msg::Mr01NotMet, Msg::Mr01NotMet20230801),
            (Msg::Mr01Next, Msg::Mr01Next20230801),
            (Msg::Mr04Info, Msg::Mr04Info20230801),
            (Msg::Mr07InfoWait, Msg::Mr07InfoWait20230801),
            (Msg::Mr07InfoWaitOne, Msg::Mr07InfoWaitOne20230801),
            (Msg::Mr07InfoWaitToday, Msg::Mr07InfoWaitToday20230801),
            (Msg::Mr07NotMet, Msg::Mr07NotMet20230801),
            (Msg::Mr08Na, Msg::Mr08Na20230801),
            (Msg::Mr08Next, Msg::Mr08Next20230801),
        ],
    },
];

/// The seed's APSS sections; the page of 2023-01-11 keeps its English headings.
const APSS_SECTIONS: &[(Section, &[RuleId])] = &[
    (Section::ApssOwnUse, &[Ap01, Ap02]),
    (Section::ApssTenant, &[Ap03]),
    (Section::ApssOffer, &[Ap04, Ap05, Ap06, Ap07, Ap12]),
    (Section::ApssMarketplace, &[Ap08, Ap09]),
    (Section::ApssConsumption, &[Ap10]),
    (Section::ApssPricing, &[Ap11]),
];

/// Every APSS rule set, oldest first, in [`ApssRuleset::ALL`] order.
pub const APSS: &[ApssRules] = &[
    ApssRules {
        ruleset: ApssRuleset::R2020_11_11,
        page: Page { document: Document::Apss, date: Date::ymd(2020, 11, 11), seed: true, sections: APSS_SECTIONS },
        // That day itself is not supported.
        marketplace_cutoff: Some(Date::ymd(2019, 3, 1)),
        messages: &[],
    },
    ApssRules {
        ruleset: ApssRuleset::R2023_01_11,
        page: Page { document: Document::Apss2023, date: Date::ymd(2023, 1, 11), seed: false, sections: APSS_SECTIONS },
        marketplace_cutoff: None,
        messages: &[
            (Msg::Ap08Met, Msg::Ap08Met20230111),
            (Msg::Ap08NotMetCutoff, Msg::Ap08NotMet20230111),
            (Msg::Ap08Unknown, Msg::Ap08Unknown20230111),
            (Msg::Ap09Info, Msg::Ap09Info20230111),
            (Msg::Ap09Na, Msg::Ap09Na20230111),
            (Msg::Ap11Info, Msg::Ap11Info20230111),
        ],
    },
];

/// The storefront page (D-STORE): both storefront rule sets keep its date.
const STOREFRONT_PAGE: Page = Page {
    document: Document::Store,
    date: Date::ymd(2018, 6, 5),
    seed: true,
    sections: &[(Section::StorefrontDifferences, &[Sf01, Sf02, Sf03, Sf04, Sf05])],
};

/// Every storefront rule set, in [`StorefrontRuleset::ALL`] order.
pub const STOREFRONT: &[StorefrontRules] = &[
    StorefrontRules {
        ruleset: StorefrontRuleset::R2018_06_05,
        page: STOREFRONT_PAGE,
        billing: StorefrontBilling::AzureMarketplaceOnly,
    },
    StorefrontRules {
        ruleset: StorefrontRuleset::R2018_06_05Later,
        page: STOREFRONT_PAGE,
        billing: StorefrontBilling::BothPayAsYouGoInAzureMarketplace,
    },
];

/// The lead-sharing rule set.
pub const LEAD_SHARING: &[LeadSharingRules] = &[LeadSharingRules {
    ruleset: LeadSharingRuleset::R2018_06_05,
    page: Page {
        document: Document::Leads,
        date: Date::ymd(2018, 6, 5),
        seed: true,
        sections: &[(Section::EnableLeadSharing, &[Ls01, Ls02])],
    },
}];

// --- Looking a rule set up ------------------------------------------------------------------------

/// The position of the record in force on `as_of` among records dated `dates` (oldest first):
/// the latest dated on or before it, else the oldest (RULES.md 12.2).
fn in_force(dates: impl Iterator<Item = Date>, as_of: Date) -> usize {
    dates.enumerate().filter(|(_, date)| *date <= as_of).map(|(i, _)| i).last().unwrap_or(0)
}

impl CoSellRuleset {
    /// What this rule set is and decides.
    pub const fn rules(self) -> &'static CoSellRules {
        &CO_SELL[self as usize]
    }

    /// The rule set in force on `as_of` (RULES.md 12.2): the newest dated on or before it, else
    /// the seed's.
    pub fn in_force(as_of: Date) -> CoSellRuleset {
        CO_SELL[in_force(CO_SELL.iter().map(|r| r.page.date), as_of)].ruleset
    }

    /// The date of the rule set, which dates the co-sell checks' sources.
    pub const fn date(self) -> Date {
        self.rules().page.date
    }
}

impl RewardsRuleset {
    /// What this rule set is and decides.
    pub const fn rules(self) -> &'static RewardsRules {
        &REWARDS[self as usize]
    }

    /// The rule set in force on `as_of` (RULES.md 12.2).
    pub fn in_force(as_of: Date) -> RewardsRuleset {
        REWARDS[in_force(REWARDS.iter().map(|r| r.page.date), as_of)].ruleset
    }
}

impl ApssRuleset {
    /// What this rule set is and decides.
    pub const fn rules(self) -> &'static ApssRules {
        &APSS[self as usize]
    }

    /// The rule set in force on `as_of` (RULES.md 12.2).
    pub fn in_force(as_of: Date) -> ApssRuleset {
        APSS[in_force(APSS.iter().map(|r| r.page.date), as_of)].ruleset
    }
}

impl StorefrontRuleset {
    /// What this rule set is and decides.
    pub const fn rules(self) -> &'static StorefrontRules {
        &STOREFRONT[self as usize]
    }
}

impl LeadSharingRuleset {
    /// What this rule set is and decides.
    pub const fn rules(self) -> &'static LeadSharingRules {
        &LEAD_SHARING[self as usize]
    }
}

impl RulesetChoice {
    /// The rule sets used for these choices on `as_of` (RULES.md 12.2): each program's as chosen,
    /// else the one in force on that date; the storefront advisor's two carry one date, so its
    /// seed's; lead sharing has one.
    pub fn used_on(&self, as_of: Date) -> RulesetsUsed {
        RulesetsUsed {
            co_sell: self.co_sell.unwrap_or(CoSellRuleset::in_force(as_of)),
            rewards: self.rewards.unwrap_or(RewardsRuleset::in_force(as_of)),
            apss: self.apss.unwrap_or(ApssRuleset::in_force(as_of)),
            storefront: self.storefront.unwrap_or(StorefrontRuleset::R2018_06_05),
            lead_sharing: LeadSharingRuleset::R2018_06_05,
        }
    }
}

impl RulesetsUsed {
    /// The page that `program`'s rules followed.
    pub fn page(&self, program: Program) -> &'static Page {
        match program {
            Program::CoSell => &self.co_sell.rules().page,
            Program::Rewards => &self.rewards.rules().page,
            Program::Apss => &self.apss.rules().page,
            Program::Storefront => &self.storefront.rules().page,
            Program::LeadSharing => &self.lead_sharing.rules().page,
        }
    }
}

/// Every page of `program`'s rule sets, oldest first (a page two rule sets share, once).
pub fn pages(program: Program) -> Vec<&'static Page> {
    let all: Vec<&'static Page> = match program {
        Program::CoSell => CO_SELL.iter().map(|r| &r.page).collect(),
        Program::Rewards => REWARDS.iter().map(|r| &r.page).collect(),
        Program::Apss => APSS.iter().map(|r| &r.page).collect(),
        Program::Storefront => STOREFRONT.iter().map(|r| &r.page).collect(),
        Program::LeadSharing => LEAD_SHARING.iter().map(|r| &r.page).collect(),
    };
    let mut pages: Vec<&'static Page> = Vec::with_capacity(all.len());
    for page in all {
        if !pages.iter().any(|p| p.date == page.date && p.document == page.document) {
            pages.push(page);
        }
    }
    pages
}

// --- Checked when the crate builds ----------------------------------------------------------------

/// Whether `sections` name every rule of `program` exactly once, and no other rule.
const fn cites_each_rule_once(sections: &[(Section, &[RuleId])], program: Program) -> bool {
    let mut r = 0;
    while r < RuleId::ALL.len() {
        let rule = RuleId::ALL[r];
        let mut count = 0;
        let mut s = 0;
        while s < sections.len() {
            let mut i = 0;
            while i < sections[s].1.len() {
                if sections[s].1[i] as usize == rule as usize {
                    count += 1;
                }
                i += 1;
            }
            s += 1;
        }
        let expected = if rule.program() as usize == program as usize { 1 } else { 0 };
        if count != expected {
            return false;
        }
        r += 1;
    }
    true
}

/// Whether `date` is on or after `earlier`.
const fn not_before(date: Date, earlier: Date) -> bool {
    let (a, b) = (date.ordinal(), earlier.ordinal());
    a >= b
}

/// Checks one program's records: the record at position `i` is rule-set value `i`, dates do not
/// decrease, every page cites each of the program's rules once.
macro_rules! check_records {
    ($records:expr, $values:expr, $program:expr) => {
        const _: () = {
            let records = $records;
            assert!(records.len() == $values.len(), "one record per rule-set value");
            let mut i = 0;
            while i < records.len() {
                assert!(records[i].ruleset as usize == i, "records in the rule-set values' order");
                assert!(cites_each_rule_once(records[i].page.sections, $program), "each rule cites one section");
                if i > 0 {
                    assert!(not_before(records[i].page.date, records[i - 1].page.date), "oldest first");
                }
                i += 1;
            }
        };
    };
}

check_records!(CO_SELL, CoSellRuleset::ALL, Program::CoSell);
check_records!(REWARDS, RewardsRuleset::ALL, Program::Rewards);
check_records!(APSS, ApssRuleset::ALL, Program::Apss);
check_records!(STOREFRONT, StorefrontRuleset::ALL, Program::Storefront);
check_records!(LEAD_SHARING, LeadSharingRuleset::ALL, Program::LeadSharing);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_of_the_program_is_found_in_its_section_and_dated_by_the_page() {
        let page = &CoSellRuleset::R2021_07_13.rules().page;
        let source = page.source(Cs07);
        assert_eq!((source.section, source.date.to_string()), (Section::CoSellReady, "2021-07-13".to_owned()));
        assert_eq!(page.source(Cs04a).section, Section::CoSellTab);
        assert_eq!(source.url, Document::CoSell.url());
    }

    #[test]
    fn the_pages_of_a_program_are_its_dated_versions_oldest_first_each_once() {
        let dates = |p: Program| pages(p).iter().map(|page| page.date.to_string()).collect::<Vec<_>>();
        assert_eq!(dates(Program::CoSell), ["2021-02-24", "2021-07-13", "2023-08-24"]);
        assert_eq!(dates(Program::Storefront), ["2018-06-05"], "two rule sets, one page");
        assert_eq!(dates(Program::Rewards), ["2020-07-14", "2023-08-01"]);
        assert_eq!(dates(Program::Apss), ["2020-11-11", "2023-01-11"]);
        let seeds: Vec<bool> = pages(Program::CoSell).iter().map(|page| page.seed).collect();
        assert_eq!(seeds, [true, true, false], "the 2023 page is not the seed's");
    }

    #[test]
    fn a_rule_set_words_a_message_its_own_way_only_where_it_says_so() {
        let (seed, newest) = (CoSellRuleset::R2021_02_24.rules(), CoSellRuleset::R2023_08_24.rules());
        assert_eq!(seed.message(Msg::Cs01Met), Msg::Cs01Met);
        assert_eq!(newest.message(Msg::Cs01Met), Msg::Cs01Met20230824);
        assert_eq!(newest.message(Msg::Cs02Met), Msg::Cs02Met, "worded as the seed");
        let all = CO_SELL.iter().map(|r| r.messages).chain(REWARDS.iter().map(|r| r.messages));
        for messages in all.chain(APSS.iter().map(|r| r.messages)) {
            for (from, to) in messages {
                assert_eq!(from.placeholders(), to.placeholders(), "{:?} and {:?} fill the same places", from, to);
                assert!(messages.iter().filter(|(f, _)| f == from).count() == 1, "{from:?} once");
            }
        }
    }

    #[test]
    fn the_rule_set_in_force_is_the_newest_dated_on_or_before_the_date_else_the_seed() {
        let on = |text: &str| Date::parse(text).unwrap();
        let co_sell = |d| CoSellRuleset::in_force(on(d)).as_str();
        assert_eq!(co_sell("2019-01-01"), "2021-02-24", "before the oldest: the seed");
        assert_eq!(co_sell("2021-03-15"), "2021-02-24");
        assert_eq!(co_sell("2021-07-12"), "2021-02-24");
        assert_eq!(co_sell("2021-07-13"), "2021-07-13", "on its date");
        assert_eq!(co_sell("2021-08-01"), "2021-07-13");
        assert_eq!(co_sell("2023-08-23"), "2021-07-13");
        assert_eq!(co_sell("2023-08-24"), "2023-08-24");
        assert_eq!(co_sell("2026-12-08"), "2023-08-24");
        assert_eq!(RewardsRuleset::in_force(on("2023-07-31")).as_str(), "2020-07-14");
        assert_eq!(RewardsRuleset::in_force(on("2023-08-01")).as_str(), "2023-08-01");
        assert_eq!(ApssRuleset::in_force(on("2023-01-10")).as_str(), "2020-11-11");
        assert_eq!(ApssRuleset::in_force(on("2023-01-11")).as_str(), "2023-01-11");
    }

    #[test]
    fn status_names_follow_the_rule_set() {
        let ip = CoSellStatus::AzureIpCoSellIncentivized;
        assert_eq!(CoSellRuleset::R2021_02_24.rules().status_name(ip), Msg::StatusAzureIpCoSellIncentivized);
        assert_eq!(CoSellRuleset::R2021_07_13.rules().status_name(ip), Msg::StatusAzureIpCoSellIncentivized20210713);
        let ready = CoSellStatus::CoSellReady;
        assert!(CO_SELL.iter().all(|r| r.status_name(ready) == Msg::StatusCoSellReady));
    }
}
