//! The `Report` output of CONTRACT.md. Serialises with camelCase keys and kebab-case values.

use crate::answers::{ApssRuleset, ApssUse, CoSellRuleset, RewardsRuleset, Storefront, StorefrontRuleset};
use crate::date::Date;
use crate::fields::Field;
use crate::money::Figure;
use crate::rules::{Program, RuleId, Source};
use crate::str_enum;
use serde::{Deserialize, Serialize};

str_enum! {
    /// Language of messages and next steps.
    Locale { En = "en", Nl = "nl" }
}

str_enum! {
    /// The outcome of one check (RULES.md 2.3). `NotApplicable` and `Info` never block a status;
    /// `Unknown` counts as not fulfilled.
    Outcome { Met = "met", NotMet = "not-met", Unknown = "unknown", NotApplicable = "not-applicable", Info = "info" }
}

impl Outcome {
    /// Whether a status may count this check as fulfilled (RULES.md 2.3).
    pub fn fulfils(self) -> bool {
        matches!(self, Outcome::Met | Outcome::NotApplicable | Outcome::Info)
    }
}

/// One evaluated rule. Two checks are equal when their JSON is (the `question` hint aside).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Check {
    /// Rule id from RULES.md (`CS-04a`).
    pub rule: RuleId,
    /// The outcome.
    pub outcome: Outcome,
    /// One short sentence saying what was found, in the report's locale.
    pub message: String,
    /// What to do; `None` (JSON `null`) when nothing is to be done.
    pub next_step: Option<String>,
    /// The rule's source.
    pub source: Source,
    /// For an `unknown` outcome, the question whose answer would settle it. Not in the JSON
    /// contract (a report read from JSON has `None`); the page links open steps to it.
    #[serde(skip)]
    pub question: Option<Field>,
}

str_enum! {
    /// `gaps[].comparison`: how the answer must compare with `required` (RULES.md 11.2).
    Comparison { AtLeast = ">=", Above = ">" }
}

/// How far an answered number is from its threshold (RULES.md 11.2): listed only when the field
/// is answered and falls short. Figures are US dollars or percent, with two decimals at most.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gap {
    /// The answer's JSON path (`partner.azureConsumedRevenueUsd`).
    pub field: Field,
    /// The answered value.
    pub current: Figure,
    /// The threshold (USD 100,000 or 50 %).
    pub required: Figure,
    /// `>=` or `>`.
    pub comparison: Comparison,
    /// The least increase, at two decimals, that satisfies the comparison (`0.01` above the
    /// threshold for `>`).
    pub gap: Figure,
}

/// A check that stands between the answers and the next status (RULES.md 11.1). Equal when
/// their JSON is (the `question` hint aside).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    /// The check's rule id.
    pub rule: RuleId,
    /// `not-met` or `unknown`, never another outcome.
    pub outcome: Outcome,
    /// The check's next step, the same text as in `checks`.
    pub next_step: Option<String>,
    /// The numeric shortfalls of IP-01 and IP-02; `[]` for every other step.
    pub gaps: Vec<Gap>,
    /// For an `unknown` step, the question to answer (see [`Check::question`]; not in JSON).
    #[serde(skip)]
    pub question: Option<Field>,
}

// Equality follows the JSON document, so a report read back from a file equals the report it
// was written from although the `question` hints (not in JSON) are gone.
impl PartialEq for Check {
    fn eq(&self, other: &Check) -> bool {
        (self.rule, self.outcome, &self.message, &self.next_step, &self.source)
            == (other.rule, other.outcome, &other.message, &other.next_step, &other.source)
    }
}

impl PartialEq for Step {
    fn eq(&self, other: &Step) -> bool {
        (self.rule, self.outcome, &self.next_step, &self.gaps)
            == (other.rule, other.outcome, &other.next_step, &other.gaps)
    }
}

/// `nextStatus` of co-sell, Rewards and APSS (RULES.md 11): the next status up the program's
/// ladder and every check in its way, in RULES.md order. `S` is the program's status type.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextStatus<S> {
    /// The status the steps lead to.
    pub status: S,
    /// What stands in the way, in RULES.md order.
    pub steps: Vec<Step>,
}

/// The rule sets each program was evaluated with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RulesetsUsed {
    /// `2021-02-24` or `2021-07-13`.
    pub co_sell: CoSellRuleset,
    /// `2020-07-14` or `2023-08-01`.
    pub rewards: RewardsRuleset,
    /// `2020-11-11` or `2023-01-11`.
    pub apss: ApssRuleset,
    /// `2018-06-05` or `2018-06-05-later`.
    pub storefront: StorefrontRuleset,
    /// Always `2018-06-05`.
    pub lead_sharing: LeadSharingRuleset,
}

str_enum! {
    /// The one lead-sharing rule set (RULES.md 2.7).
    LeadSharingRuleset { R2018_06_05 = "2018-06-05" }
}

str_enum! {
    /// `coSell.status` (RULES.md 4.1). Rule set 2021-07-13 renames the last two in messages only.
    CoSellStatus {
        NotCoSellReady = "not-co-sell-ready",
        CoSellReady = "co-sell-ready",
        AzureIpCoSellIncentivized = "azure-ip-co-sell-incentivized",
        BizAppsIsvConnectPremiumIncentive = "biz-apps-isv-connect-premium-incentive",
    }
}

/// Co-sell: status and checks CS-00..BA-04.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CoSellReport {
    /// The status reached.
    pub status: CoSellStatus,
    /// The next status and its steps; `None` (JSON `null`) at the best status within reach.
    pub next_status: Option<NextStatus<CoSellStatus>>,
    /// All co-sell checks in RULES.md order.
    pub checks: Vec<Check>,
}

/// One rung of the co-sell ladder ([`CoSellReport::ladder`], in `programs/next_status.rs` with
/// the rest of RULES.md 11: this module holds data types and calls into no evaluation).
#[derive(Clone, Debug, PartialEq)]
pub struct Rung<'a> {
    /// The status of this rung.
    pub status: CoSellStatus,
    /// Whether the report reaches it.
    pub reached: bool,
    /// Its checks that are `not-met` or `unknown`, in RULES.md order.
    pub open: Vec<&'a Check>,
}

str_enum! {
    /// `rewards.status` (RULES.md 5.2).
    RewardsStatus { NotEligible = "not-eligible", PublishOfferFirst = "publish-offer-first", Eligible = "eligible" }
}

str_enum! {
    /// `rewards.track`.
    RewardsTrack {
        ContactMe = "contact-me",
        FreeTrial = "free-trial",
        Transact = "transact",
        /// Rule set 2023-08-01 only.
        Consulting = "consulting",
        NotDefined = "not-defined",
    }
}

str_enum! {
    /// `rewards.activation`.
    Activation { Blocked = "blocked", Ready = "ready", Activated = "activated", Unknown = "unknown" }
}

str_enum! {
    /// `rewards.goLiveFollowUp`.
    GoLiveFollowUp { NotNeeded = "not-needed", Wait = "wait", ContactOfferOwner = "contact-offer-owner", OpenSupportTicket = "open-support-ticket", Unknown = "unknown" }
}

/// Marketplace Rewards.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RewardsReport {
    /// Pre-screen result.
    pub status: RewardsStatus,
    /// `eligible` and its steps (MR-01, MR-02); `None` when eligible.
    pub next_status: Option<NextStatus<RewardsStatus>>,
    /// Benefit track by listing type.
    pub track: RewardsTrack,
    /// Benefit activation state.
    pub activation: Activation,
    /// What to do when the Rewards team has not been in touch after go-live.
    pub go_live_follow_up: GoLiveFollowUp,
    /// MR-01..MR-09 in RULES.md order.
    pub checks: Vec<Check>,
}

str_enum! {
    /// `apss.status`.
    ApssStatus { Available = "available", NotAvailable = "not-available", Unknown = "unknown" }
}

str_enum! {
    /// `apss.marketplace` (RULES.md 6.1; cut-off 2019-03-01, that day not supported).
    ApssMarketplace { Supported = "supported", NotSupported = "not-supported", ExistingDeploymentUnaffected = "existing-deployment-unaffected", NotApplicable = "not-applicable", Unknown = "unknown" }
}

/// One planned APSS use and whether it is allowed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApssUseVerdict {
    /// The use as answered.
    #[serde(rename = "use")]
    pub use_: ApssUse,
    /// Allowed on APSS with the chosen tenant.
    pub allowed: bool,
}

/// Azure Partner Shared Services.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ApssReport {
    /// Availability for this partner.
    pub status: ApssStatus,
    /// `available` and its steps (AP-01, AP-02); `None` when available.
    pub next_status: Option<NextStatus<ApssStatus>>,
    /// Marketplace item support.
    pub marketplace: ApssMarketplace,
    /// One entry per distinct answered use, in answered order.
    pub uses: Vec<ApssUseVerdict>,
    /// AP-01..AP-12.
    pub checks: Vec<Check>,
}

/// Storefront advisor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StorefrontReport {
    /// The storefronts that together serve every stated need, sorted, no repeats.
    pub storefronts: Vec<Storefront>,
    /// SF-01..SF-05.
    pub checks: Vec<Check>,
}

str_enum! {
    /// `leadSharing.storefronts[].audience` (RULES.md 8.1).
    LeadAudience { BusinessCustomers = "business-customers", AllCustomers = "all-customers" }
}

str_enum! {
    /// `leadSharing.storefronts[].campaign`.
    Campaign { Nurture = "nurture", InDemandGeneration = "in-demand-generation" }
}

str_enum! {
    /// `leadSharing.storefronts[].listingKinds[]`.
    ListingKind { App = "app", ConsultingServices = "consulting-services", Offer = "offer", Technology = "technology" }
}

str_enum! {
    /// `leadSharing.storefronts[].leadDestinations[]`.
    LeadDestination { YourCrm = "your-crm", MicrosoftFieldSellerCrm = "microsoft-field-seller-crm", AzureMarketplace = "azure-marketplace" }
}

/// What lead sharing looks like in one storefront (RULES.md 8.1); fixed data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LeadSharingEntry {
    /// The storefront.
    pub storefront: Storefront,
    /// Who the storefront's leads come from.
    pub audience: LeadAudience,
    /// The campaign the leads feed.
    pub campaign: Campaign,
    /// Kinds of listing.
    pub listing_kinds: [ListingKind; 2],
    /// Where leads go.
    pub lead_destinations: [LeadDestination; 2],
}

/// Lead sharing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeadSharingReport {
    /// One entry per storefront the offer is live in (both when unknown or none).
    pub storefronts: Vec<LeadSharingEntry>,
    /// LS-01, LS-02.
    pub checks: Vec<Check>,
}

/// The whole report: one section per program.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Report {
    /// Always 1.
    pub schema_version: u32,
    /// The evaluation date used.
    pub as_of: Date,
    /// Language of messages.
    pub locale: Locale,
    /// Rule sets used.
    pub rulesets: RulesetsUsed,
    /// Co-sell.
    pub co_sell: CoSellReport,
    /// Marketplace Rewards.
    pub rewards: RewardsReport,
    /// APSS.
    pub apss: ApssReport,
    /// Storefront choice.
    pub storefront: StorefrontReport,
    /// Lead sharing.
    pub lead_sharing: LeadSharingReport,
}

impl Check {
    /// The co-sell status this check counts towards (RULES.md 4: CS- rules for co-sell ready,
    /// IP- for the Azure IP incentive, BA- for the Business Applications incentive); `None` for
    /// the other programs' checks.
    pub fn counts_towards(&self) -> Option<CoSellStatus> {
        use RuleId::*;
        match self.rule {
            Cs00 | Cs01 | Cs02 | Cs03 | Cs04 | Cs04a | Cs04b | Cs05 | Cs06 | Cs07 | Cs08 => {
                Some(CoSellStatus::CoSellReady)
            }
            Ip00 | IpPre | Ip01 | Ip01a | Ip02 | Ip03 | Ip04 => Some(CoSellStatus::AzureIpCoSellIncentivized),
            Ba00 | Ba01 | Ba02 | Ba03 | Ba04 => Some(CoSellStatus::BizAppsIsvConnectPremiumIncentive),
            Mr01 | Mr02 | Mr03 | Mr04 | Mr05 | Mr05a | Mr05b | Mr05c | Mr06 | Mr07 | Mr08 | Mr09 | Ap01 | Ap02
            | Ap03 | Ap04 | Ap05 | Ap06 | Ap07 | Ap08 | Ap09 | Ap10 | Ap11 | Ap12 | Sf01 | Sf02 | Sf03 | Sf04
            | Sf05 | Ls01 | Ls02 => None,
        }
    }
}

/// One entry of "Confirm these in Partner Center" (RULES.md 11.3): a step whose outcome is
/// `unknown`, so answering one question could open up the next status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ToConfirm {
    /// `coSell`, `rewards` or `apss`.
    pub program: Program,
    /// The status it could open up, as that program's `status` spells it.
    pub status: String,
    /// The step's rule id.
    pub rule: RuleId,
    /// The question to answer, by its JSON path (`null` in a report read back from JSON, which
    /// does not carry it).
    pub question: Option<Field>,
}

impl Report {
    /// "Confirm these": every `unknown` step of every `nextStatus`, ordered by program (co-sell,
    /// Rewards, APSS) and rule (RULES.md 11.3).
    pub fn to_confirm(&self) -> Vec<ToConfirm> {
        fn open<S: Copy + std::fmt::Display>(program: Program, next: &Option<NextStatus<S>>) -> Vec<ToConfirm> {
            next.iter()
                .flat_map(|n| n.steps.iter().map(move |s| (n.status, s)))
                .filter(|(_, s)| s.outcome == Outcome::Unknown)
                .map(|(status, s)| ToConfirm {
                    program,
                    status: status.to_string(),
                    rule: s.rule,
                    question: s.question,
                })
                .collect()
        }
        let mut list = open(Program::CoSell, &self.co_sell.next_status);
        list.extend(open(Program::Rewards, &self.rewards.next_status));
        list.extend(open(Program::Apss, &self.apss.next_status));
        list
    }

    /// The checks of one program, in RULES.md order.
    pub fn checks(&self, program: Program) -> &[Check] {
        match program {
            Program::CoSell => &self.co_sell.checks,
            Program::Rewards => &self.rewards.checks,
            Program::Apss => &self.apss.checks,
            Program::Storefront => &self.storefront.checks,
            Program::LeadSharing => &self.lead_sharing.checks,
        }
    }

    /// The status of one program as its `status` is spelled in JSON (`co-sell-ready`,
    /// `eligible`, `available`); `None` for the storefront advisor and lead sharing, which have
    /// no status.
    pub fn status(&self, program: Program) -> Option<&'static str> {
        match program {
            Program::CoSell => Some(self.co_sell.status.as_str()),
            Program::Rewards => Some(self.rewards.status.as_str()),
            Program::Apss => Some(self.apss.status.as_str()),
            Program::Storefront | Program::LeadSharing => None,
        }
    }

    /// Every check of every program, in report order.
    pub fn all_checks(&self) -> impl Iterator<Item = &Check> {
        Program::ALL.iter().flat_map(move |p| self.checks(*p))
    }

    /// The check of one rule (every report has every rule).
    pub fn check(&self, rule: RuleId) -> Option<&Check> {
        self.all_checks().find(|c| c.rule == rule)
    }
}

/// How many checks still wait for an answer, when they alone keep a status from being settled:
/// `Some(n)` when none of `checks` (the ones the status depends on) is `not-met` and `n > 0` are
/// `unknown`; `None` when one of them fails or all are answered.
fn open_checks<'a>(checks: impl Iterator<Item = &'a Check>) -> Option<usize> {
    let mut open = 0;
    for check in checks {
        match check.outcome {
            Outcome::NotMet => return None,
            Outcome::Unknown => open += 1,
            _ => {}
        }
    }
    (open > 0).then_some(open)
}

impl CoSellReport {
    /// `Some(n)` when the status is "not co-sell ready" only because `n` co-sell ready checks
    /// are not answered yet and none of them fails (RULES.md 4.6): the page then says "not
    /// determined yet" instead of "not co-sell ready". `None` otherwise.
    pub fn undetermined(&self) -> Option<usize> {
        if self.status != CoSellStatus::NotCoSellReady {
            return None;
        }
        open_checks(self.checks.iter().filter(|c| c.counts_towards() == Some(CoSellStatus::CoSellReady)))
    }
}

impl RewardsReport {
    /// `Some(n)` when the status is below "eligible" only because `n` of MR-01 and MR-02 are not
    /// answered yet and neither fails (RULES.md 5.2). `None` otherwise.
    pub fn undetermined(&self) -> Option<usize> {
        if self.status == RewardsStatus::Eligible {
            return None;
        }
        open_checks(self.checks.iter().filter(|c| matches!(c.rule, RuleId::Mr01 | RuleId::Mr02)))
    }
}

impl ApssReport {
    /// `Some(n)` when availability is `unknown` because `n` of AP-01 and AP-02 are not answered
    /// yet and neither fails (RULES.md 6.1). `None` otherwise.
    pub fn undetermined(&self) -> Option<usize> {
        if self.status != ApssStatus::Unknown {
            return None;
        }
        open_checks(self.checks.iter().filter(|c| matches!(c.rule, RuleId::Ap01 | RuleId::Ap02)))
    }

    /// The check whose message says why a planned use is allowed or not (RULES.md 6.1): AP-04
    /// when the offer would go on a customer's or another partner's tenant; otherwise AP-05 for
    /// other services on the tenant, AP-07 for Reserved Instances, AP-06 (own use) for the rest.
    pub fn reason(&self, verdict: &ApssUseVerdict) -> Option<&Check> {
        let find = |rule: RuleId| self.checks.iter().find(|c| c.rule == rule);
        if find(RuleId::Ap04).is_some_and(|c| c.outcome == Outcome::NotMet) {
            return find(RuleId::Ap04);
        }
        find(match verdict.use_ {
            ApssUse::Office365OrDynamicsLicences | ApssUse::OtherServicesOnTenant => RuleId::Ap05,
            ApssUse::ReservedInstances => RuleId::Ap07,
            ApssUse::DevTest
            | ApssUse::InternalWorkloads
            | ApssUse::SharedServicesOrMultitenantApps
            | ApssUse::OwnDevelopment
            | ApssUse::ResaleToCustomers => RuleId::Ap06,
        })
    }
}
