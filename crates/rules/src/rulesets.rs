//! The dated rule sets (RULES.md 1.1, 2.7): for each program, one record per dated version of the
//! Microsoft page it follows, oldest first. A record says what the version is (its page, date and
//! whether it is the seed's, the section each rule cites) and, as data, what it decides: offer-type
//! groups, thresholds, status names, and which variant of a rule's logic applies where versions
//! differ. The rules read these records instead of matching on rule-set names, so the next version
//! is a new record here, plus code only for a rule whose logic is new. (The model is OpenFisca's
//! parameters: a value per date, each with its reference.)
//!
//! The records are constants, checked when the crate builds (the `const` assertions at the end):
//! one record per rule-set value in the value's order, dates not decreasing, and every rule of the
//! program citing exactly one section of its page.

use crate::answers::{
    CoSellRuleset,
    OfferType::{self, *},
    StorefrontRuleset,
};
use crate::date::Date;
use crate::i18n::Msg;
use crate::report::{ApssRuleset, CoSellStatus, LeadSharingRuleset, RewardsRuleset, RulesetsUsed};
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

/// A co-sell rule set (RULES.md 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoSellRules {
    /// Its value in `rulesets.coSell`.
    pub ruleset: CoSellRuleset,
    /// The page it follows.
    pub page: Page,
    /// CS-00.
    pub offer_types: CoSellOfferTypes,
    /// BA-00: the offer types of the Business Applications incentive.
    pub biz_apps_types: &'static [OfferType],
    /// BA-02 … BA-04.
    pub biz_apps: BizAppsEnrolment,
    /// IP-01: the least Azure consumed revenue, or billed revenue of a transactable offer, in US
    /// cents ("at least").
    pub ip_revenue_min_cents: i64,
    /// IP-02: the share of Azure infrastructure a validated offer must exceed ("more than"), in
    /// hundredths of a percent.
    pub ip_infrastructure_above_hundredths: u16,
    /// The name of each status, in [`CoSellStatus::ALL`] order (catalogue keys).
    pub status_names: [Msg; 4],
}

impl CoSellRules {
    /// The catalogue key of `status`'s name under this rule set.
    pub fn status_name(&self, status: CoSellStatus) -> Msg {
        let index = CoSellStatus::ALL.iter().position(|s| *s == status).unwrap_or_default();
        self.status_names[index]
    }
}

/// A Marketplace Rewards rule set (RULES.md 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RewardsRules {
    /// Its value in the report's `rulesets.rewards`.
    pub ruleset: RewardsRuleset,
    /// The page it follows.
    pub page: Page,
    /// MR-07: days after going live within which the Rewards team may still get in touch.
    pub go_live_wait_days: i64,
    /// MR-06: days after activation within which the team should contact the marketing contact.
    pub activation_contact_days: i64,
}

/// An APSS rule set (RULES.md 6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApssRules {
    /// Its value in the report's `rulesets.apss`.
    pub ruleset: ApssRuleset,
    /// The page it follows.
    pub page: Page,
    /// `apss.marketplace`: BYOL and free items bought before this day are still supported.
    pub marketplace_cutoff: Date,
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
    (Section::AzureIp, &[Ip00, IpPre, Ip01, Ip01a, Ip02, Ip03]),
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
        biz_apps_types: &[
            Dynamics365CustomerEngagement,
            Dynamics365FinanceOperations,
            PowerApps,
            Dynamics365BusinessCentral,
        ],
        biz_apps: BizAppsEnrolment::PremiumTier,
        ip_revenue_min_cents: USD_100_000,
        ip_infrastructure_above_hundredths: HALF,
        status_names: CO_SELL_NAMES_2021_02_24,
    },
    CoSellRules {
        ruleset: CoSellRuleset::R2021_07_13,
        page: co_sell_seed(Date::ymd(2021, 7, 13)),
        offer_types: CoSellOfferTypes::AllExcept(&[OfficeAddIn]),
        // Business Central is no longer named.
        biz_apps_types: &[Dynamics365CustomerEngagement, Dynamics365FinanceOperations, PowerApps],
        biz_apps: BizAppsEnrolment::AnyEnrolment,
        ip_revenue_min_cents: USD_100_000,
        ip_infrastructure_above_hundredths: HALF,
        status_names: [
            Msg::StatusNotCoSellReady,
            Msg::StatusCoSellReady,
            Msg::StatusAzureIpCoSellIncentivized20210713,
            Msg::StatusBizAppsIsvConnectPremiumIncentive20210713,
        ],
    },
];

/// Every Marketplace Rewards rule set, oldest first, in [`RewardsRuleset::ALL`] order.
pub const REWARDS: &[RewardsRules] = &[RewardsRules {
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
    // "Four weeks".
    go_live_wait_days: 28,
    activation_contact_days: 7,
}];

/// Every APSS rule set, oldest first, in [`ApssRuleset::ALL`] order.
pub const APSS: &[ApssRules] = &[ApssRules {
    ruleset: ApssRuleset::R2020_11_11,
    page: Page {
        document: Document::Apss,
        date: Date::ymd(2020, 11, 11),
        seed: true,
        sections: &[
            (Section::ApssOwnUse, &[Ap01, Ap02]),
            (Section::ApssTenant, &[Ap03]),
            (Section::ApssOffer, &[Ap04, Ap05, Ap06, Ap07, Ap12]),
            (Section::ApssMarketplace, &[Ap08, Ap09]),
            (Section::ApssConsumption, &[Ap10]),
            (Section::ApssPricing, &[Ap11]),
        ],
    },
    // That day itself is not supported.
    marketplace_cutoff: Date::ymd(2019, 3, 1),
}];

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

impl CoSellRuleset {
    /// What this rule set is and decides.
    pub const fn rules(self) -> &'static CoSellRules {
        &CO_SELL[self as usize]
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
}

impl ApssRuleset {
    /// What this rule set is and decides.
    pub const fn rules(self) -> &'static ApssRules {
        &APSS[self as usize]
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
        assert_eq!(dates(Program::CoSell), ["2021-02-24", "2021-07-13"]);
        assert_eq!(dates(Program::Storefront), ["2018-06-05"], "two rule sets, one page");
        assert_eq!(dates(Program::Rewards), ["2020-07-14"]);
        assert!(Program::ALL.iter().all(|p| pages(*p).iter().all(|page| page.seed)), "only seed pages so far");
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
