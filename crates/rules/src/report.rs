//! The `Report` output of CONTRACT.md. Serialises with camelCase keys and kebab-case values.

use crate::answers::{ApssUse, CoSellRuleset, Storefront, StorefrontRuleset};
use crate::date::Date;
use crate::rules::RuleId;
use crate::str_enum::str_enum;
use serde::Serialize;

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

/// Where a rule comes from: seed file, section anchor, rule-set date and public English page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Seed file name, e.g. `003_50bb911558b9183f.txt`.
    pub document: &'static str,
    /// Section anchor inside the seed.
    pub section: &'static str,
    /// Date of the rule set used, `YYYY-MM-DD`.
    pub date: &'static str,
    /// The English page as published then (docs.microsoft.com).
    pub url: &'static str,
}

/// One evaluated rule.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
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
}

/// The rule sets each program was evaluated with.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesetsUsed {
    /// `2021-02-24` or `2021-07-13`.
    pub co_sell: CoSellRuleset,
    /// Always `2020-07-14`.
    pub rewards: &'static str,
    /// Always `2020-11-11`.
    pub apss: &'static str,
    /// `2018-06-05` or `2018-06-05-later`.
    pub storefront: StorefrontRuleset,
    /// Always `2018-06-05`.
    pub lead_sharing: &'static str,
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
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CoSellReport {
    /// The status reached.
    pub status: CoSellStatus,
    /// All co-sell checks in RULES.md order.
    pub checks: Vec<Check>,
}

str_enum! {
    /// `rewards.status` (RULES.md 5.2).
    RewardsStatus { NotEligible = "not-eligible", PublishOfferFirst = "publish-offer-first", Eligible = "eligible" }
}

str_enum! {
    /// `rewards.track`.
    RewardsTrack { ContactMe = "contact-me", FreeTrial = "free-trial", Transact = "transact", NotDefined = "not-defined" }
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
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RewardsReport {
    /// Pre-screen result.
    pub status: RewardsStatus,
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApssUseVerdict {
    /// The use as answered.
    #[serde(rename = "use")]
    pub use_: ApssUse,
    /// Allowed on APSS with the chosen tenant.
    pub allowed: bool,
}

/// Azure Partner Shared Services.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ApssReport {
    /// Availability for this partner.
    pub status: ApssStatus,
    /// Marketplace item support.
    pub marketplace: ApssMarketplace,
    /// One entry per distinct answered use, in answered order.
    pub uses: Vec<ApssUseVerdict>,
    /// AP-01..AP-12.
    pub checks: Vec<Check>,
}

/// Storefront advisor.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StorefrontReport {
    /// The storefronts that together serve every stated need, sorted, no repeats.
    pub storefronts: Vec<Storefront>,
    /// SF-01..SF-05.
    pub checks: Vec<Check>,
}

/// What lead sharing looks like in one storefront (RULES.md 8.1); fixed data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LeadSharingEntry {
    /// The storefront.
    pub storefront: Storefront,
    /// `business-customers` or `all-customers`.
    pub audience: &'static str,
    /// `nurture` or `in-demand-generation`.
    pub campaign: &'static str,
    /// Kinds of listing.
    pub listing_kinds: [&'static str; 2],
    /// Where leads go.
    pub lead_destinations: [&'static str; 2],
}

/// Lead sharing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LeadSharingReport {
    /// One entry per storefront the offer is live in (both when unknown or none).
    pub storefronts: Vec<LeadSharingEntry>,
    /// LS-01, LS-02.
    pub checks: Vec<Check>,
}

/// The whole report: one section per program.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
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

impl Report {
    /// Every check of every program, in report order.
    pub fn all_checks(&self) -> impl Iterator<Item = &Check> {
        self.co_sell
            .checks
            .iter()
            .chain(&self.rewards.checks)
            .chain(&self.apss.checks)
            .chain(&self.storefront.checks)
            .chain(&self.lead_sharing.checks)
    }

    /// The check of one rule (every report has every rule).
    pub fn check(&self, rule: RuleId) -> Option<&Check> {
        self.all_checks().find(|c| c.rule == rule)
    }
}
