//! Offer-type groups of RULES.md 4.2 that every co-sell rule set shares, used by the rules and by
//! the page's question relevance (the groups that differ between rule sets are in their records,
//! `rulesets`).

use crate::answers::{
    OfferType::{self, *},
    SolutionType,
};

/// Types that need ISV Connect enrolment for co-sell ready (CS-08, every rule set).
pub const ISV_CONNECT_REQUIRED: &[OfferType] =
    &[Dynamics365CustomerEngagement, Dynamics365FinanceOperations, PowerApps];

/// Types that can reach the Azure IP incentive (IP-00, every rule set).
pub const AZURE_IP: &[OfferType] = &[AzureApplication, AzureContainer, AzureVirtualMachine, IotEdgeModule, Saas];

/// Offer types that make a service solution on their own (CS-07).
pub fn is_service_offer_type(offer_type: OfferType) -> bool {
    matches!(offer_type, ConsultingService | ManagedService)
}

/// Solution types that make a service solution (CS-07).
pub fn is_service_solution_type(solution_type: SolutionType) -> bool {
    matches!(solution_type, SolutionType::Service | SolutionType::ManagedService)
}
