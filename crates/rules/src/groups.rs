//! Offer-type groups of RULES.md 4.2 that every co-sell rule set shares, used by the rules and by
//! the page's question relevance (the groups that differ between rule sets are in their records,
//! `rulesets`).

use crate::answers::{
    CoSellRuleset, Offer,
    OfferType::{self, *},
    SolutionType,
};

/// Types that need ISV Connect enrolment for co-sell ready (CS-08, both rule sets).
pub const ISV_CONNECT_REQUIRED: &[OfferType] =
    &[Dynamics365CustomerEngagement, Dynamics365FinanceOperations, PowerApps];

/// Types that can reach Azure IP Co-sell incentivized (IP-00, both rule sets).
pub const AZURE_IP: &[OfferType] = &[AzureApplication, AzureContainer, AzureVirtualMachine, IotEdgeModule, Saas];

/// Types that pass IP-02 by default when transactable.
pub const IP_DEFAULT_VALIDATION: &[OfferType] = &[AzureVirtualMachine, AzureApplication];

/// Offer types that make a service solution on their own (CS-07).
pub fn is_service_offer_type(offer_type: OfferType) -> bool {
    matches!(offer_type, ConsultingService | ManagedService)
}

/// Solution types that make a service solution (CS-07).
pub fn is_service_solution_type(solution_type: SolutionType) -> bool {
    matches!(solution_type, SolutionType::Service | SolutionType::ManagedService)
}

/// Which co-sell questions can matter for an offer type (`None` = not chosen yet: all can).
/// The page hides the others and leaves their answers out of `Answers`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoSellRelevance {
    /// P-08, O-09..O-13: the Azure IP incentive questions (IP-00 can be met).
    pub azure_ip: bool,
    /// P-07: ISV Connect (CS-08 or BA-02 can read it).
    pub isv_connect: bool,
    /// P-06: Gold competency (CS-07 can apply: not both types answered as non-service).
    pub gold: bool,
    /// O-11, O-12: technical validation and infrastructure share (IP-02 can read them: the
    /// IP incentive applies and the offer is not a transactable virtual machine or Azure
    /// Application, which passes IP-02 without them).
    pub ip_validation: bool,
}

/// Relevance of co-sell questions for the offer (its type, solution type and whether it is
/// transactable) under a rule set.
pub fn co_sell_relevance(offer: &Offer, ruleset: CoSellRuleset) -> CoSellRelevance {
    let gold = match (offer.offer_type, offer.solution_type) {
        (Some(t), Some(s)) => is_service_offer_type(t) || is_service_solution_type(s),
        _ => true,
    };
    let (azure_ip, isv_connect) = match offer.offer_type {
        None => (true, true),
        Some(t) => {
            (AZURE_IP.contains(&t), ISV_CONNECT_REQUIRED.contains(&t) || ruleset.rules().biz_apps_types.contains(&t))
        }
    };
    let passes_by_default =
        offer.transactable == Some(true) && offer.offer_type.is_some_and(|t| IP_DEFAULT_VALIDATION.contains(&t));
    CoSellRelevance { azure_ip, isv_connect, gold, ip_validation: azure_ip && !passes_by_default }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incentive_groups_never_overlap() {
        for rs in CoSellRuleset::ALL {
            assert!(rs.rules().biz_apps_types.iter().all(|t| !AZURE_IP.contains(t)), "{rs}");
        }
    }

    fn offer(t: Option<OfferType>, s: Option<SolutionType>) -> Offer {
        Offer { offer_type: t, solution_type: s, ..Offer::default() }
    }

    #[test]
    fn relevance_hides_ip_for_dynamics_and_isv_connect_for_azure() {
        let rs = CoSellRuleset::R2021_02_24;
        let ip = Some(SolutionType::IpApplication);
        assert_eq!(
            co_sell_relevance(&offer(Some(Dynamics365CustomerEngagement), ip), rs),
            CoSellRelevance { azure_ip: false, isv_connect: true, gold: false, ip_validation: false }
        );
        assert_eq!(
            co_sell_relevance(&offer(Some(AzureVirtualMachine), None), rs),
            CoSellRelevance { azure_ip: true, isv_connect: false, gold: true, ip_validation: true }
        );
        assert!(
            co_sell_relevance(&offer(Some(Dynamics365BusinessCentral), ip), rs).isv_connect,
            "BA-02 reads it in 2021-02-24"
        );
        assert!(
            !co_sell_relevance(&offer(Some(Dynamics365BusinessCentral), ip), CoSellRuleset::R2021_07_13).isv_connect
        );
        assert_eq!(
            co_sell_relevance(&offer(None, None), rs),
            CoSellRelevance { azure_ip: true, isv_connect: true, gold: true, ip_validation: true }
        );
        assert!(co_sell_relevance(&offer(Some(Saas), Some(SolutionType::Service)), rs).gold);
        assert!(co_sell_relevance(&offer(Some(ConsultingService), ip), rs).gold);
    }

    #[test]
    fn validation_questions_are_hidden_exactly_when_ip02_passes_without_them() {
        use crate::{evaluate, Answers, Date, Locale, Options, Outcome, Percent, RuleId, TechnicalValidation};
        let options = Options::new(Locale::En, Date::parse("2021-03-15").unwrap());
        for t in OfferType::ALL.iter().copied().map(Some).chain([None]) {
            for transactable in [Some(true), Some(false), None] {
                let base = Offer { offer_type: t, transactable, ..Offer::default() };
                let relevant = co_sell_relevance(&base, CoSellRuleset::R2021_02_24).ip_validation;
                // Irrelevant means: every answer to the two questions gives the same IP-02 outcome.
                let outcomes: std::collections::BTreeSet<String> = [None, Some(TechnicalValidation::Passed)]
                    .into_iter()
                    .flat_map(|v| [None, Percent::from_hundredths(6000)].map(move |p| (v, p)))
                    .map(|(v, p)| {
                        let o = Offer { technical_validation: v, azure_ip_infrastructure_percent: p, ..base.clone() };
                        let answers = Answers { offer: Some(o), ..Answers::default() };
                        let outcome = evaluate(&answers, &options).check(RuleId::Ip02).unwrap().outcome;
                        outcome.as_str().to_owned()
                    })
                    .collect();
                let ip02_can_change = outcomes.len() > 1;
                assert_eq!(relevant, ip02_can_change, "{t:?} transactable {transactable:?}: {outcomes:?}");
                assert!(outcomes.iter().all(|o| o != Outcome::NotApplicable.as_str()) || !relevant);
            }
        }
    }

    #[test]
    fn gold_is_relevant_exactly_when_cs07_can_apply() {
        use crate::{evaluate, Answers, Date, Locale, Options, Outcome, RuleId};
        let options = Options::new(Locale::En, Date::parse("2021-03-15").unwrap());
        for t in OfferType::ALL.iter().copied().map(Some).chain([None]) {
            for s in SolutionType::ALL.iter().copied().map(Some).chain([None]) {
                let offer = offer(t, s);
                let relevant = co_sell_relevance(&offer, CoSellRuleset::R2021_02_24).gold;
                let answers = Answers { offer: Some(offer), ..Answers::default() };
                let cs07 = evaluate(&answers, &options).check(RuleId::Cs07).unwrap().outcome;
                assert_eq!(relevant, cs07 != Outcome::NotApplicable, "{t:?} {s:?}");
            }
        }
    }
}
