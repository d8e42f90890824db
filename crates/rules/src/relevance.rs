//! Which co-sell questions can matter for an offer under a rule set (RULES.md 4.2, 12.6): the page
//! asks only those and leaves the answers of the others out of `Answers`. Reads the offer-type
//! groups (`groups`) and the rule set's record (`rulesets`).

use crate::answers::{CoSellRuleset, Offer, OfferType, SolutionType};
use crate::groups::{is_service_offer_type, is_service_solution_type, AZURE_IP, ISV_CONNECT_REQUIRED};
use crate::rulesets::{IpValidation, ServiceRequirement};

/// Which co-sell questions can matter for an offer type (`None` = not chosen yet: all can).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoSellRelevance {
    /// P-08, O-09, O-10: the Azure IP incentive questions (IP-00 can be met: an Azure IP offer
    /// type and, since 2023, an IP solution type, or either not answered yet).
    pub azure_ip: bool,
    /// P-07: ISV Connect (CS-08 or BA-02 can read it).
    pub isv_connect: bool,
    /// P-06: Gold competency (CS-07 reads it under the 2021 rule sets and can apply: not both
    /// types answered as non-service).
    pub gold: bool,
    /// P-11: Solutions Partner designation (CS-07 reads it under 2023-08-24 for a consulting
    /// service offer, or while the offer type is not answered).
    pub solutions_partner: bool,
    /// O-11: technical validation (IP-02 can read it: the IP incentive applies and the offer does
    /// not pass IP-02 by default as a transactable virtual machine or Azure Application).
    pub ip_validation: bool,
    /// O-12: infrastructure share (as O-11, under the rule sets whose IP-02 reads a share).
    pub ip_share: bool,
    /// O-13: reference architecture diagram (IP-03 applies to the offer type, or it is not answered).
    pub diagram: bool,
}

/// Relevance of co-sell questions for the offer (its type, solution type and whether it is
/// transactable) under a rule set.
pub fn co_sell_relevance(offer: &Offer, ruleset: CoSellRuleset) -> CoSellRelevance {
    let rules = ruleset.rules();
    let gold = rules.service == ServiceRequirement::GoldForServiceSolutions
        && match (offer.offer_type, offer.solution_type) {
            (Some(t), Some(s)) => is_service_offer_type(t) || is_service_solution_type(s),
            _ => true,
        };
    let solutions_partner = rules.service == ServiceRequirement::SolutionsPartnerForConsulting
        && matches!(offer.offer_type, None | Some(OfferType::ConsultingService));
    let (ip_type, isv_connect) = match offer.offer_type {
        None => (true, true),
        Some(t) => (AZURE_IP.contains(&t), ISV_CONNECT_REQUIRED.contains(&t) || rules.biz_apps_types.contains(&t)),
    };
    // Since 2023 the solution type must be IP too (IP-00).
    let ip_solution =
        !rules.ip.solution_type || matches!(offer.solution_type, None | Some(SolutionType::IpApplication));
    let azure_ip = ip_type && ip_solution;
    let (passes_by_default, reads_share) = match rules.ip.validation {
        IpValidation::DefaultOrShare(types) => {
            (offer.transactable == Some(true) && offer.offer_type.is_some_and(|t| types.contains(&t)), true)
        }
        IpValidation::PassedOnly => (false, false),
    };
    let ip_validation = azure_ip && !passes_by_default;
    let diagram = azure_ip && offer.offer_type.is_none_or(|t| rules.ip.diagram_types.contains(&t));
    CoSellRelevance {
        azure_ip,
        isv_connect,
        gold,
        solutions_partner,
        ip_validation,
        ip_share: ip_validation && reads_share,
        diagram,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::OfferType::*;

    #[test]
    fn incentive_groups_never_overlap() {
        for rs in CoSellRuleset::ALL {
            assert!(rs.rules().biz_apps_types.iter().all(|t| !AZURE_IP.contains(t)), "{rs}");
        }
    }

    /// Every question relevant (`true`) or none.
    fn all(relevant: bool) -> CoSellRelevance {
        CoSellRelevance {
            azure_ip: relevant,
            isv_connect: relevant,
            gold: relevant,
            solutions_partner: relevant,
            ip_validation: relevant,
            ip_share: relevant,
            diagram: relevant,
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
            CoSellRelevance { azure_ip: false, isv_connect: true, gold: false, ip_validation: false, ..all(false) }
        );
        assert_eq!(
            co_sell_relevance(&offer(Some(AzureVirtualMachine), None), rs),
            CoSellRelevance {
                azure_ip: true,
                isv_connect: false,
                gold: true,
                ip_validation: true,
                ip_share: true,
                diagram: true,
                solutions_partner: false
            }
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
            CoSellRelevance { solutions_partner: false, ..all(true) }
        );
        assert!(co_sell_relevance(&offer(Some(Saas), Some(SolutionType::Service)), rs).gold);
        assert!(co_sell_relevance(&offer(Some(ConsultingService), ip), rs).gold);
    }

    /// The outcomes `rule` takes when the answers are `base` with each of `variants` applied.
    fn outcomes(
        ruleset: CoSellRuleset,
        base: &crate::Answers,
        rule: crate::RuleId,
        variants: &[&dyn Fn(&mut crate::Answers)],
    ) -> std::collections::BTreeSet<&'static str> {
        use crate::{evaluate, Date, Locale, Options, RulesetChoice};
        let options = Options::new(Locale::En, Date::parse("2024-03-01").unwrap());
        variants
            .iter()
            .map(|vary| {
                let mut answers = base.clone();
                answers.rulesets = Some(RulesetChoice { co_sell: Some(ruleset), ..RulesetChoice::default() });
                vary(&mut answers);
                evaluate(&answers, &options).check(rule).unwrap().outcome.as_str()
            })
            .collect()
    }

    fn o(a: &mut crate::Answers) -> &mut Offer {
        a.offer.as_mut().unwrap()
    }

    fn p(a: &mut crate::Answers) -> &mut crate::Partner {
        a.partner.as_mut().unwrap()
    }

    #[test]
    fn each_question_is_shown_exactly_when_an_answer_to_it_can_change_its_check() {
        use crate::{Answers, Partner, Percent, RuleId, TechnicalValidation};
        for ruleset in CoSellRuleset::ALL.iter().copied() {
            for t in OfferType::ALL.iter().copied().map(Some).chain([None]) {
                for s in [None, Some(SolutionType::IpApplication), Some(SolutionType::Service)] {
                    for transactable in [Some(true), Some(false), None] {
                        let offer = Offer { offer_type: t, solution_type: s, transactable, ..Offer::default() };
                        let relevance = co_sell_relevance(&offer, ruleset);
                        let base =
                            Answers { offer: Some(offer), partner: Some(Partner::default()), ..Answers::default() };
                        let at = format!("{ruleset} {t:?} {s:?} transactable {transactable:?}");
                        // O-11 (with or without a share answered) changes IP-02.
                        let validation: [&dyn Fn(&mut Answers); 4] = [
                            &|_| {},
                            &|a| o(a).technical_validation = Some(TechnicalValidation::Passed),
                            &|a| o(a).azure_ip_infrastructure_percent = Percent::from_hundredths(6000),
                            &|a| {
                                o(a).technical_validation = Some(TechnicalValidation::Passed);
                                o(a).azure_ip_infrastructure_percent = Percent::from_hundredths(6000);
                            },
                        ];
                        let changes = outcomes(ruleset, &base, RuleId::Ip02, &validation).len() > 1;
                        assert_eq!(relevance.ip_validation, changes, "O-11, {at}");
                        // O-12 changes IP-02 once the validation is passed.
                        let share: [&dyn Fn(&mut Answers); 2] =
                            [&|a| o(a).technical_validation = Some(TechnicalValidation::Passed), &|a| {
                                o(a).technical_validation = Some(TechnicalValidation::Passed);
                                o(a).azure_ip_infrastructure_percent = Percent::from_hundredths(6000);
                            }];
                        let changes = outcomes(ruleset, &base, RuleId::Ip02, &share).len() > 1;
                        assert_eq!(relevance.ip_share, changes, "O-12, {at}");
                        // O-13 changes IP-03.
                        let diagram: [&dyn Fn(&mut Answers); 3] =
                            [&|_| {}, &|a| o(a).reference_architecture_diagram = Some(true), &|a| {
                                o(a).reference_architecture_diagram = Some(false)
                            }];
                        let changes = outcomes(ruleset, &base, RuleId::Ip03, &diagram).len() > 1;
                        assert_eq!(relevance.diagram, changes, "O-13, {at}");
                        // P-06 and P-11 change CS-07.
                        let gold: [&dyn Fn(&mut Answers); 3] =
                            [&|_| {}, &|a| p(a).gold_competency = Some(true), &|a| p(a).gold_competency = Some(false)];
                        assert_eq!(
                            relevance.gold,
                            outcomes(ruleset, &base, RuleId::Cs07, &gold).len() > 1,
                            "P-06, {at}"
                        );
                        let designation: [&dyn Fn(&mut Answers); 3] =
                            [&|_| {}, &|a| p(a).solutions_partner_designation = Some(true), &|a| {
                                p(a).solutions_partner_designation = Some(false)
                            }];
                        let changes = outcomes(ruleset, &base, RuleId::Cs07, &designation).len() > 1;
                        assert_eq!(relevance.solutions_partner, changes, "P-11, {at}");
                    }
                }
            }
        }
    }
}
