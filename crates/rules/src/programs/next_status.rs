//! `nextStatus` (RULES.md 11): the next rung of each program's status ladder and the checks in
//! its way, with the numeric gaps of IP-01 and IP-02. It adds no rule: it reads the outcomes the
//! programs already decided, and the answers only to measure gaps.

use super::outcome_of;
use crate::answers::Answers;
use crate::fields::Field;
use crate::money::Figure;
use crate::report::{
    ApssStatus, Check, CoSellReport, CoSellStatus, Comparison, Gap, NextStatus, Outcome, RewardsStatus, Rung, Step,
};
use crate::rules::RuleId::{self, *};
use crate::rulesets::CoSellRules;

// The co-sell report's ladder is RULES.md 11 too: it lives here, next to `nextStatus`, so the
// report's data types (`report.rs`) call into no evaluation.
impl CoSellReport {
    /// The status ladder: co-sell ready, then the incentive the offer type can reach (IP-00 met
    /// or not answered, or BA-00 met), lowest first, each with its open checks (RULES.md 11.1).
    /// Empty when the rule set excludes the offer type ([`CoSellReport::excluded`]). Not in the
    /// JSON: the page draws it; `next_status` is the rung that is next.
    pub fn ladder(&self) -> Vec<Rung<'_>> {
        co_sell_ladder(self)
    }

    /// Whether the rule set excludes the offer type from co-sell status (CS-00 `not-met`: an
    /// Office add-in under 2021-07-13): no answer can make it co-sell ready, so there is no next
    /// status (RULES.md 11.1).
    pub fn excluded(&self) -> bool {
        excluded(&self.checks)
    }

    /// What to say where the ladder ends (`next_status` is `None`): that the rule set excludes the
    /// offer type, or that the offer has the best status its (answered) type can reach.
    pub fn at_top(&self) -> crate::i18n::Msg {
        if self.excluded() {
            crate::i18n::Msg::NextExcludedType
        } else {
            crate::i18n::Msg::NextBestForType
        }
    }
}

/// The steps of co-sell ready (RULES.md 11.1, first row).
const CO_SELL_READY: &[RuleId] = &[Cs00, Cs01, Cs02, Cs03, Cs04, Cs04a, Cs04b, Cs05, Cs06, Cs07, Cs08];
/// The steps of the Azure IP incentive: IP-00 (the offer type) is one while it is not answered;
/// IP-04 only under a rule set that has it (elsewhere it does not apply, so it is never open).
const AZURE_IP: &[RuleId] = &[Ip00, Ip01, Ip02, Ip03, Ip04];
/// The steps of the Business Applications incentive.
const BIZ_APPS: &[RuleId] = &[Ba02];

/// Co-sell: co-sell ready first, then the incentive the offer type can reach, then nothing. An
/// offer type the rule set excludes (CS-00 `not-met`) has nothing to reach (RULES.md 11.1).
pub(crate) fn co_sell(
    status: CoSellStatus,
    checks: &[Check],
    answers: &Answers,
    rules: &CoSellRules,
) -> Option<NextStatus<CoSellStatus>> {
    let (next, rules_of_step) = match status {
        CoSellStatus::NotCoSellReady if excluded(checks) => return None,
        CoSellStatus::NotCoSellReady => (CoSellStatus::CoSellReady, CO_SELL_READY),
        CoSellStatus::CoSellReady => incentive(checks)?,
        _ => return None,
    };
    Some(NextStatus { status: next, steps: steps(checks, rules_of_step, Some((answers, rules))) })
}

/// Whether the rule set excludes the offer type from co-sell status (CS-00 `not-met`: an Office
/// add-in under 2021-07-13), so no answer can make it co-sell ready.
pub(crate) fn excluded(checks: &[Check]) -> bool {
    outcome_of(checks, Cs00) == Some(Outcome::NotMet)
}

/// The incentive the offer type can reach, with the rules of its steps (RULES.md 11.1, read top
/// to bottom): the Azure IP incentive when IP-00 is met or not yet answered (the offer type then
/// is its first step), else the Business Applications incentive when BA-00 is met, else none.
fn incentive(checks: &[Check]) -> Option<(CoSellStatus, &'static [RuleId])> {
    let ip00 = outcome_of(checks, Ip00);
    if matches!(ip00, Some(Outcome::Met | Outcome::Unknown)) {
        Some((CoSellStatus::AzureIpCoSellIncentivized, AZURE_IP))
    } else if outcome_of(checks, Ba00) == Some(Outcome::Met) {
        Some((CoSellStatus::BizAppsIsvConnectPremiumIncentive, BIZ_APPS))
    } else {
        None
    }
}

/// The co-sell ladder the page draws (RULES.md 11.1 read as rungs): co-sell ready, then the
/// incentive the offer type can reach, if any. Each rung says whether the status is reached and
/// lists its checks that are `not-met` or `unknown` (the steps it would take once the rung below
/// is reached), in RULES.md order. No rungs for an offer type the rule set excludes: there is
/// nothing to climb.
pub(crate) fn co_sell_ladder(report: &CoSellReport) -> Vec<Rung<'_>> {
    let checks = &report.checks;
    if excluded(checks) {
        return Vec::new();
    }
    let rung = |status, reached, rules| Rung { status, reached, open: open(checks, rules).collect() };
    let mut rungs = vec![rung(CoSellStatus::CoSellReady, report.status != CoSellStatus::NotCoSellReady, CO_SELL_READY)];
    if let Some((status, rules)) = incentive(checks) {
        rungs.push(rung(status, report.status == status, rules));
    }
    rungs
}

/// Marketplace Rewards: `eligible` until MR-01 and MR-02 are met.
pub(crate) fn rewards(status: RewardsStatus, checks: &[Check]) -> Option<NextStatus<RewardsStatus>> {
    (status != RewardsStatus::Eligible)
        .then(|| NextStatus { status: RewardsStatus::Eligible, steps: steps(checks, &[Mr01, Mr02], None) })
}

/// APSS: `available` until AP-01 and AP-02 are met.
pub(crate) fn apss(status: ApssStatus, checks: &[Check]) -> Option<NextStatus<ApssStatus>> {
    (status != ApssStatus::Available)
        .then(|| NextStatus { status: ApssStatus::Available, steps: steps(checks, &[Ap01, Ap02], None) })
}

/// The checks of `rules` that are `not-met` or `unknown`, in RULES.md order.
fn open<'a>(checks: &'a [Check], rules: &'a [RuleId]) -> impl Iterator<Item = &'a Check> {
    checks.iter().filter(|c| rules.contains(&c.rule) && matches!(c.outcome, Outcome::NotMet | Outcome::Unknown))
}

/// The steps of `rules` (their open checks) with their gaps (measured on the answers against the
/// co-sell rule set's thresholds; Rewards and APSS have no numeric thresholds).
fn steps(checks: &[Check], rules: &[RuleId], measure: Option<(&Answers, &CoSellRules)>) -> Vec<Step> {
    open(checks, rules)
        .map(|c| Step {
            rule: c.rule,
            outcome: c.outcome,
            next_step: c.next_step.clone(),
            gaps: measure.map(|(a, thresholds)| gaps(c.rule, a, thresholds)).unwrap_or_default(),
            question: c.question,
        })
        .collect()
}

/// The gaps of a step (RULES.md 11.2): each answered number below its threshold in `rules`.
fn gaps(rule: RuleId, answers: &Answers, rules: &CoSellRules) -> Vec<Gap> {
    let partner = answers.partner.as_ref();
    let offer = answers.offer.as_ref();
    let revenue = Figure::from_hundredths(rules.ip.revenue_min_cents);
    let half = Figure::from_hundredths(i64::from(rules.ip.infrastructure_above_hundredths));
    let candidates = match rule {
        Ip01 => vec![
            (
                Field::PartnerAzureConsumedRevenueUsd,
                partner.and_then(|p| p.azure_consumed_revenue_usd).map(Figure::from),
            ),
            (
                Field::OfferBilledRevenueUsd,
                // Billed revenue counts only for an offer that may be transactable.
                offer.filter(|o| o.transactable != Some(false)).and_then(|o| o.billed_revenue_usd).map(Figure::from),
            ),
        ],
        Ip02 => vec![(
            Field::OfferAzureIpInfrastructurePercent,
            offer.and_then(|o| o.azure_ip_infrastructure_percent).map(Figure::from),
        )],
        _ => Vec::new(),
    };
    let (required, comparison) = if rule == Ip02 { (half, Comparison::Above) } else { (revenue, Comparison::AtLeast) };
    candidates.into_iter().filter_map(|(field, current)| gap(field, current?, required, comparison)).collect()
}

/// The gap of one answered figure, or `None` when it already satisfies the comparison.
fn gap(field: Field, current: Figure, required: Figure, comparison: Comparison) -> Option<Gap> {
    // The least value that satisfies it, at two decimals: the threshold, or 0.01 above it.
    let least = match comparison {
        Comparison::AtLeast => required.hundredths(),
        Comparison::Above => required.hundredths() + 1,
    };
    let short = least - current.hundredths();
    (short > 0).then(|| Gap { field, current, required, comparison, gap: Figure::from_hundredths(short) })
}
