//! Offer-type groups of RULES.md 4.2, shared by the rules and by the page's question relevance.

use crate::answers::{
    CoSellRuleset,
    OfferType::{self, *},
};

/// Types that had the Co-sell with Microsoft tab in Partner Center on 12/04/2020 (CS-00 note).
pub const CO_SELL_TAB: &[OfferType] = &[
    AzureApplication,
    Saas,
    Dynamics365CustomerEngagement,
    Dynamics365FinanceOperations,
    Dynamics365BusinessCentral,
    PowerApps,
];

/// Types that need ISV Connect enrolment for co-sell ready (CS-08, both rule sets).
pub const ISV_CONNECT_REQUIRED: &[OfferType] =
    &[Dynamics365CustomerEngagement, Dynamics365FinanceOperations, PowerApps];

/// Types that can reach Azure IP Co-sell incentivized (IP-00, both rule sets).
pub const AZURE_IP: &[OfferType] = &[AzureApplication, AzureContainer, AzureVirtualMachine, IotEdgeModule, Saas];

/// Types that pass IP-02 by default when transactable.
pub const IP_DEFAULT_VALIDATION: &[OfferType] = &[AzureVirtualMachine, AzureApplication];

const BIZ_APPS_2021_02_24: &[OfferType] =
    &[Dynamics365CustomerEngagement, Dynamics365FinanceOperations, PowerApps, Dynamics365BusinessCentral];

/// Types that can reach the Biz Apps incentive (BA-00): Business Central only in 2021-02-24.
pub fn biz_apps(ruleset: CoSellRuleset) -> &'static [OfferType] {
    match ruleset {
        CoSellRuleset::R2021_02_24 => BIZ_APPS_2021_02_24,
        CoSellRuleset::R2021_07_13 => ISV_CONNECT_REQUIRED,
    }
}

/// Offer types that make a service solution on their own (CS-07).
pub fn is_service_offer_type(offer_type: OfferType) -> bool {
    matches!(offer_type, ConsultingService | ManagedService)
}

/// Which co-sell questions can matter for an offer type (`None` = not chosen yet: all can).
/// The page hides the others and leaves their answers out of `Answers`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoSellRelevance {
    /// P-08, O-09..O-13: the Azure IP incentive questions (IP-00 can be met).
    pub azure_ip: bool,
    /// P-07: ISV Connect (CS-08 or BA-02 can read it).
    pub isv_connect: bool,
}

/// Relevance of co-sell questions for an offer type under a rule set.
pub fn co_sell_relevance(offer_type: Option<OfferType>, ruleset: CoSellRuleset) -> CoSellRelevance {
    match offer_type {
        None => CoSellRelevance { azure_ip: true, isv_connect: true },
        Some(t) => CoSellRelevance {
            azure_ip: AZURE_IP.contains(&t),
            isv_connect: ISV_CONNECT_REQUIRED.contains(&t) || biz_apps(ruleset).contains(&t),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incentive_groups_never_overlap() {
        for rs in CoSellRuleset::ALL {
            assert!(biz_apps(*rs).iter().all(|t| !AZURE_IP.contains(t)), "{rs}");
        }
    }

    #[test]
    fn relevance_hides_ip_for_dynamics_and_isv_connect_for_azure() {
        let rs = CoSellRuleset::R2021_02_24;
        assert_eq!(
            co_sell_relevance(Some(Dynamics365CustomerEngagement), rs),
            CoSellRelevance { azure_ip: false, isv_connect: true }
        );
        assert_eq!(
            co_sell_relevance(Some(AzureVirtualMachine), rs),
            CoSellRelevance { azure_ip: true, isv_connect: false }
        );
        assert!(co_sell_relevance(Some(Dynamics365BusinessCentral), rs).isv_connect, "BA-02 reads it in 2021-02-24");
        assert!(!co_sell_relevance(Some(Dynamics365BusinessCentral), CoSellRuleset::R2021_07_13).isv_connect);
        assert_eq!(co_sell_relevance(None, rs), CoSellRelevance { azure_ip: true, isv_connect: true });
    }
}
