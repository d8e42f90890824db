//! Rule ids of RULES.md, their programs, and the documents and sections they cite (RULES.md
//! appendix; which section each rule cites under a rule set is in `rulesets`).

use crate::date::Date;
use crate::report::RulesetsUsed;
use crate::str_enum;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

str_enum! {
    /// Every rule id of RULES.md, in the order of its rule index. Ids are stable.
    RuleId {
        Cs00 = "CS-00", Cs01 = "CS-01", Cs02 = "CS-02", Cs03 = "CS-03", Cs04 = "CS-04",
        Cs04a = "CS-04a", Cs04b = "CS-04b", Cs05 = "CS-05", Cs06 = "CS-06", Cs07 = "CS-07", Cs08 = "CS-08",
        Ip00 = "IP-00", IpPre = "IP-PRE", Ip01 = "IP-01", Ip01a = "IP-01a", Ip02 = "IP-02", Ip03 = "IP-03",
        Ip04 = "IP-04",
        Ba00 = "BA-00", Ba01 = "BA-01", Ba02 = "BA-02", Ba03 = "BA-03", Ba04 = "BA-04",
        Mr01 = "MR-01", Mr02 = "MR-02", Mr03 = "MR-03", Mr04 = "MR-04", Mr05 = "MR-05",
        Mr05a = "MR-05a", Mr05b = "MR-05b", Mr05c = "MR-05c", Mr06 = "MR-06", Mr07 = "MR-07",
        Mr08 = "MR-08", Mr09 = "MR-09",
        Ap01 = "AP-01", Ap02 = "AP-02", Ap03 = "AP-03", Ap04 = "AP-04", Ap05 = "AP-05", Ap06 = "AP-06",
        Ap07 = "AP-07", Ap08 = "AP-08", Ap09 = "AP-09", Ap10 = "AP-10", Ap11 = "AP-11", Ap12 = "AP-12",
        Sf01 = "SF-01", Sf02 = "SF-02", Sf03 = "SF-03", Sf04 = "SF-04", Sf05 = "SF-05",
        Ls01 = "LS-01", Ls02 = "LS-02",
    }
}

str_enum! {
    /// The report section a rule belongs to.
    Program { CoSell = "coSell", Rewards = "rewards", Apss = "apss", Storefront = "storefront", LeadSharing = "leadSharing" }
}

str_enum! {
    /// A source document: a seed (RULES.md 1.1), spelled as its file name in `../shared/seeds/`,
    /// or a newer dated page (RULES.md 12.1), spelled as its path in the repository named there.
    Document {
        /// D-STORE: AppSource vs Azure Marketplace, 2018-06-05.
        Store = "000_f6934da277d40712.txt",
        /// D-APSS: Azure Partner Shared Services, 2020-11-11.
        Apss = "001_f570da9bcc678317.txt",
        /// D-REWARDS: Marketplace Rewards, 2020-07-14.
        Rewards = "002_8df09a8b1c8abb37.txt",
        /// D-COSELL: co-sell requirements, 2021-02-24.
        CoSell = "003_50bb911558b9183f.txt",
        /// D-LEADS: lead sharing, 2018-06-05.
        Leads = "004_b59eb82b1400f610.txt",
        /// D-COSELL-2023: co-sell requirements, Partner Center, 2023-08-24.
        CoSell2023 = "co-sell-requirements.md",
        /// D-REWARDS-2023: ISV Success and Marketplace Rewards, 2023-08-01.
        Rewards2023 = "marketplace/marketplace-rewards.md",
        /// D-APSS-2023: Azure Partner Shared Services, 2023-01-11.
        Apss2023 = "shared-services.md",
    }
}

impl Document {
    /// The English page: as published then (docs.microsoft.com) for a seed, today's public page
    /// (learn.microsoft.com) for a newer one (RULES.md 12.1).
    pub const fn url(self) -> &'static str {
        match self {
            Document::Store => "https://docs.microsoft.com/azure/marketplace/comparing-appsource-azure-marketplace",
            Document::Apss => "https://docs.microsoft.com/partner-center/shared-services",
            Document::Rewards => {
                "https://docs.microsoft.com/azure/marketplace/partner-center-portal/marketplace-rewards"
            }
            Document::CoSell => "https://docs.microsoft.com/azure/marketplace/co-sell-requirements",
            Document::Leads => "https://docs.microsoft.com/azure/marketplace/enable-lead-sharing",
            Document::CoSell2023 => "https://learn.microsoft.com/partner-center/referrals/co-sell-requirements",
            Document::Rewards2023 => {
                "https://learn.microsoft.com/partner-center/marketplace-offers/marketplace-rewards"
            }
            Document::Apss2023 => "https://learn.microsoft.com/partner-center/shared-services",
        }
    }
}

str_enum! {
    /// A section of a source document, spelled as its anchor (a seed's `<a name="…">`, a newer
    /// page's heading anchor).
    Section {
        CoSellRequirements = "co-sell-requirements",
        CoSellReady = "requirements-for-co-sell-ready-status",
        CoSellTab = "complete-the-co-sell-with-microsoft-tab",
        PublishLive = "publish-your-offer-live",
        AzureIp = "requirements-for-ip-co-sell-incentivized-status",
        BizApps = "requirements-for-biz-apps-isv-connect-premium-incentive-status",
        MarketplaceRewards = "marketplace-rewards",
        TechnicalBenefits = "technical-benefits",
        ApssOwnUse = "add-azure-partner-shared-services-so-partners-can-buy-azure-subscriptions-for-their-own-use",
        ApssTenant = "create-the-shared-services-tenant",
        ApssOffer = "about-the-azure--internalshared-services-offer",
        ApssConsumption = "accessing-azure-partner-shared-services-consumption-details",
        ApssPricing = "azure-partner-shared-services-pricing",
        ApssMarketplace = "marketplace-offers-and-azure-partner-shared-services",
        StorefrontDifferences = "understanding-the-differences-between-storefronts",
        EnableLeadSharing = "enable-lead-sharing",
        CoSellSolutionsPage = "complete-the-co-sell--solutions-page",
        AzureIpEligible = "requirements-for-azure-ip-co-sell-eligible-status",
        BusinessApplicationsEligible = "requirements-for-business-applications-co-sell-eligible-status",
        MarketplaceBenefits = "your-commercial-marketplace-benefits",
    }
}

/// Where a rule comes from: seed document, section anchor, rule-set date and public English page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Seed file name, e.g. `003_50bb911558b9183f.txt`, or a newer page's path.
    pub document: Document,
    /// Section anchor inside the document.
    pub section: Section,
    /// Date of the rule set used.
    pub date: Date,
    /// The English page as published then, without the section anchor.
    pub url: Cow<'static, str>,
}

impl Program {
    /// The seed document of the program (RULES.md 1.1); newer pages are in `rulesets`.
    pub const fn document(self) -> Document {
        match self {
            Program::CoSell => Document::CoSell,
            Program::Rewards => Document::Rewards,
            Program::Apss => Document::Apss,
            Program::Storefront => Document::Store,
            Program::LeadSharing => Document::Leads,
        }
    }
}

impl Document {
    /// The dates of the versions of the page that rule sets follow, oldest first (a date two
    /// rule sets share, once).
    pub fn versions(self) -> Vec<Date> {
        Program::ALL
            .iter()
            .flat_map(|p| crate::rulesets::pages(*p))
            .filter(|page| page.document == self)
            .map(|page| page.date)
            .collect()
    }
}

impl RuleId {
    /// The program whose `checks` hold this rule.
    pub const fn program(self) -> Program {
        match self.as_str().as_bytes()[0] {
            b'C' | b'I' | b'B' => Program::CoSell,
            b'M' => Program::Rewards,
            b'A' => Program::Apss,
            b'S' => Program::Storefront,
            _ => Program::LeadSharing,
        }
    }

    /// The rule's source under the rule sets used (RULES.md appendix): the page of its
    /// program's rule set, the section it cites there, the rule set's date.
    pub fn source(self, rulesets: &RulesetsUsed) -> Source {
        rulesets.page(self.program()).source(self)
    }

    /// The rules of one program, in report order.
    pub fn of_program(program: Program) -> impl Iterator<Item = RuleId> {
        RuleId::ALL.iter().copied().filter(move |r| r.program() == program)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{ApssRuleset, RewardsRuleset};
    use crate::answers::{CoSellRuleset, StorefrontRuleset};
    use crate::report::LeadSharingRuleset;

    /// The rule ids of RULES.md's rule index table, in order (`AP-01 … AP-12` is a range), with
    /// IP-04 after IP-03: the index keeps the ids before RULES.md 12 and names IP-04 under it.
    fn rule_index_of_rules_md() -> Vec<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/RULES.md");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let table = text.split("Rule index").nth(1).expect("RULES.md has a rule index");
        let table = table.split("\n---").next().unwrap_or_default();
        let mut ids = Vec::new();
        for row in table.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| Program")) {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            for item in cells[2].split(", ") {
                match item.split_once(" … ") {
                    Some((first, last)) => {
                        let (prefix, from) = first.split_at(3);
                        let to: u32 = last[3..].parse().expect("a numbered range");
                        let from: u32 = from.parse().expect("a numbered range");
                        ids.extend((from..=to).map(|n| format!("{prefix}{n:02}")));
                    }
                    None => ids.push(item.to_owned()),
                }
            }
        }
        assert!(
            table.contains("adds a 54th rule, **IP-04**") && table.contains("listed after IP-03"),
            "the note on IP-04"
        );
        let at = ids.iter().position(|id| id == "IP-03").expect("IP-03 in the index") + 1;
        ids.insert(at, "IP-04".to_owned());
        ids
    }

    /// The rule sets used with `co_sell` and every other program's seed.
    fn used(co_sell: CoSellRuleset) -> RulesetsUsed {
        RulesetsUsed {
            co_sell,
            rewards: RewardsRuleset::R2020_07_14,
            apss: ApssRuleset::R2020_11_11,
            storefront: StorefrontRuleset::R2018_06_05,
            lead_sharing: LeadSharingRuleset::R2018_06_05,
        }
    }

    #[test]
    fn every_source_is_one_of_its_programs_dated_pages() {
        for rule in RuleId::ALL {
            for ruleset in CoSellRuleset::ALL {
                let source = rule.source(&used(*ruleset));
                let pages = crate::rulesets::pages(rule.program());
                assert!(
                    pages.iter().any(|p| (p.document, p.date) == (source.document, source.date)),
                    "{rule} {ruleset}"
                );
                assert!(source.document.versions().contains(&source.date), "{rule} {ruleset}");
            }
        }
        let versions: Vec<String> = Document::CoSell.versions().iter().map(|d| d.to_string()).collect();
        assert_eq!(versions, ["2021-02-24", "2021-07-13"]);
        let versions: Vec<String> = Document::CoSell2023.versions().iter().map(|d| d.to_string()).collect();
        assert_eq!(versions, ["2023-08-24"]);
        let versions: Vec<String> = Document::Store.versions().iter().map(|d| d.to_string()).collect();
        assert_eq!(versions, ["2018-06-05"]);
    }

    #[test]
    fn rule_ids_are_exactly_those_of_the_rule_index_and_each_belongs_to_one_program() {
        let ours: Vec<&str> = RuleId::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(ours, rule_index_of_rules_md());
        let per_program: usize = Program::ALL.iter().map(|p| RuleId::of_program(*p).count()).sum();
        assert_eq!(per_program, RuleId::ALL.len());
        assert!(Program::ALL.iter().all(|p| RuleId::of_program(*p).next().is_some()));
    }

    #[test]
    fn a_newer_page_s_rules_cite_the_document_and_sections_of_rules_md_12() {
        // The newer pages are not among the seeds: RULES.md 12.1 and its appendix are the evidence.
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/RULES.md");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let appendix = text.split("## Appendix").nth(1).expect("RULES.md has an appendix");
        let rulesets = used(CoSellRuleset::R2023_08_24);
        for rule in RuleId::of_program(Program::CoSell) {
            let source = rule.source(&rulesets);
            assert_eq!(source.document, Document::CoSell2023, "{rule}");
            assert_eq!(source.date.to_string(), "2023-08-24", "{rule}");
            assert!(
                appendix.contains(&format!("`{}`", source.section)),
                "{rule}: {} not in the appendix",
                source.section
            );
            assert!(text.contains(&format!("`{}`", source.document)) && text.contains(&*source.url), "{rule}");
        }
        assert_eq!(RuleId::Ip04.source(&rulesets).section, Section::AzureIpEligible);
        assert_eq!(RuleId::Cs04.source(&rulesets).section, Section::CoSellSolutionsPage);
        assert_eq!(RuleId::Cs00.source(&rulesets).section, Section::CoSellReady);
    }

    #[test]
    fn sources_point_at_anchors_that_exist_in_the_seeds() {
        // The seed texts are the evidence: every section anchor must be an <a name> in its seed.
        let seeds_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
        for rule in RuleId::ALL {
            let source = rule.source(&used(CoSellRuleset::R2021_02_24));
            let text = std::fs::read_to_string(seeds_dir.join(source.document.as_str()))
                .unwrap_or_else(|e| panic!("{rule}: cannot read seed {}: {e}", source.document));
            assert!(
                text.contains(&format!("<a name=\"{}\"", source.section)),
                "{rule}: anchor {} not in {}",
                source.section,
                source.document
            );
            assert!(source.url.starts_with("https://docs.microsoft.com/"), "{rule}");
        }
        assert_eq!(RuleId::Cs07.source(&used(CoSellRuleset::R2021_07_13)).date.to_string(), "2021-07-13");
        assert_eq!(RuleId::Mr07.source(&used(CoSellRuleset::R2021_07_13)).date.to_string(), "2020-07-14");
    }
}
