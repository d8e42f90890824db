//! Rule ids of RULES.md, their programs, and their sources (RULES.md appendix).

use crate::report::Source;
use crate::str_enum::str_enum;

str_enum! {
    /// Every rule id of RULES.md, in the order of its rule index. Ids are stable.
    RuleId {
        Cs00 = "CS-00", Cs01 = "CS-01", Cs02 = "CS-02", Cs03 = "CS-03", Cs04 = "CS-04",
        Cs04a = "CS-04a", Cs04b = "CS-04b", Cs05 = "CS-05", Cs06 = "CS-06", Cs07 = "CS-07", Cs08 = "CS-08",
        Ip00 = "IP-00", IpPre = "IP-PRE", Ip01 = "IP-01", Ip01a = "IP-01a", Ip02 = "IP-02", Ip03 = "IP-03",
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

/// Seed documents (RULES.md 1.1).
pub mod seeds {
    /// D-STORE: AppSource vs Azure Marketplace, 2018-06-05.
    pub const STORE: &str = "000_f6934da277d40712.txt";
    /// D-APSS: Azure Partner Shared Services, 2020-11-11.
    pub const APSS: &str = "001_f570da9bcc678317.txt";
    /// D-REWARDS: Marketplace Rewards, 2020-07-14.
    pub const REWARDS: &str = "002_8df09a8b1c8abb37.txt";
    /// D-COSELL: co-sell requirements, 2021-02-24.
    pub const COSELL: &str = "003_50bb911558b9183f.txt";
    /// D-LEADS: lead sharing, 2018-06-05.
    pub const LEADS: &str = "004_b59eb82b1400f610.txt";
}

/// Fixed rule-set dates (RULES.md 2.7).
pub const REWARDS_RULESET: &str = "2020-07-14";
/// APSS rule set.
pub const APSS_RULESET: &str = "2020-11-11";
/// Storefront source date (both storefront rule sets keep the page date).
pub const STOREFRONT_DATE: &str = "2018-06-05";
/// Lead-sharing rule set.
pub const LEAD_SHARING_RULESET: &str = "2018-06-05";

const URL_COSELL: &str = "https://docs.microsoft.com/azure/marketplace/co-sell-requirements";
const URL_REWARDS: &str = "https://docs.microsoft.com/azure/marketplace/partner-center-portal/marketplace-rewards";
const URL_APSS: &str = "https://docs.microsoft.com/partner-center/shared-services";
const URL_STORE: &str = "https://docs.microsoft.com/azure/marketplace/comparing-appsource-azure-marketplace";
const URL_LEADS: &str = "https://docs.microsoft.com/azure/marketplace/enable-lead-sharing";

const CS_READY: &str = "requirements-for-co-sell-ready-status";
const CS_TAB: &str = "complete-the-co-sell-with-microsoft-tab";
const CS_IP: &str = "requirements-for-ip-co-sell-incentivized-status";
const CS_BA: &str = "requirements-for-biz-apps-isv-connect-premium-incentive-status";
const AP_TITLE: &str = "add-azure-partner-shared-services-so-partners-can-buy-azure-subscriptions-for-their-own-use";
const AP_OFFER: &str = "about-the-azure--internalshared-services-offer";
const AP_MARKET: &str = "marketplace-offers-and-azure-partner-shared-services";
const SF_DIFF: &str = "understanding-the-differences-between-storefronts";

impl RuleId {
    /// The program whose `checks` hold this rule.
    pub fn program(self) -> Program {
        match self.as_str().as_bytes()[0] {
            b'C' | b'I' | b'B' => Program::CoSell,
            b'M' => Program::Rewards,
            b'A' => Program::Apss,
            b'S' => Program::Storefront,
            _ => Program::LeadSharing,
        }
    }

    /// The rule's source (RULES.md appendix). `co_sell_date` is the co-sell rule set used;
    /// other programs have fixed dates.
    pub fn source(self, co_sell_date: &'static str) -> Source {
        use RuleId::*;
        let (document, section, date, url) = match self {
            Cs00 => (seeds::COSELL, "co-sell-requirements", co_sell_date, URL_COSELL),
            Cs04 | Cs04a | Cs04b => (seeds::COSELL, CS_TAB, co_sell_date, URL_COSELL),
            Cs05 => (seeds::COSELL, "publish-your-offer-live", co_sell_date, URL_COSELL),
            Cs01 | Cs02 | Cs03 | Cs06 | Cs07 | Cs08 => (seeds::COSELL, CS_READY, co_sell_date, URL_COSELL),
            Ip00 | IpPre | Ip01 | Ip01a | Ip02 | Ip03 => (seeds::COSELL, CS_IP, co_sell_date, URL_COSELL),
            Ba00 | Ba01 | Ba02 | Ba03 | Ba04 => (seeds::COSELL, CS_BA, co_sell_date, URL_COSELL),
            Mr07 | Mr08 | Mr09 => (seeds::REWARDS, "technical-benefits", REWARDS_RULESET, URL_REWARDS),
            Mr01 | Mr02 | Mr03 | Mr04 | Mr05 | Mr05a | Mr05b | Mr05c | Mr06 => {
                (seeds::REWARDS, "marketplace-rewards", REWARDS_RULESET, URL_REWARDS)
            }
            Ap01 | Ap02 => (seeds::APSS, AP_TITLE, APSS_RULESET, URL_APSS),
            Ap03 => (seeds::APSS, "create-the-shared-services-tenant", APSS_RULESET, URL_APSS),
            Ap04 | Ap05 | Ap06 | Ap07 | Ap12 => (seeds::APSS, AP_OFFER, APSS_RULESET, URL_APSS),
            Ap08 | Ap09 => (seeds::APSS, AP_MARKET, APSS_RULESET, URL_APSS),
            Ap10 => {
                (seeds::APSS, "accessing-azure-partner-shared-services-consumption-details", APSS_RULESET, URL_APSS)
            }
            Ap11 => (seeds::APSS, "azure-partner-shared-services-pricing", APSS_RULESET, URL_APSS),
            Sf01 | Sf02 | Sf03 | Sf04 | Sf05 => (seeds::STORE, SF_DIFF, STOREFRONT_DATE, URL_STORE),
            Ls01 | Ls02 => (seeds::LEADS, "enable-lead-sharing", LEAD_SHARING_RULESET, URL_LEADS),
        };
        Source { document, section, date, url }
    }

    /// The rules of one program, in report order.
    pub fn of_program(program: Program) -> impl Iterator<Item = RuleId> {
        RuleId::ALL.iter().copied().filter(move |r| r.program() == program)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_53_rules_in_five_programs() {
        assert_eq!(RuleId::ALL.len(), 53);
        let counts: Vec<usize> = Program::ALL.iter().map(|p| RuleId::of_program(*p).count()).collect();
        assert_eq!(counts, [22, 12, 12, 5, 2]);
    }

    #[test]
    fn sources_point_at_anchors_that_exist_in_the_seeds() {
        // The seed texts are the evidence: every section anchor must be an <a name> in its seed.
        let seeds_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
        for rule in RuleId::ALL {
            let source = rule.source("2021-02-24");
            let text = std::fs::read_to_string(seeds_dir.join(source.document))
                .unwrap_or_else(|e| panic!("{rule}: cannot read seed {}: {e}", source.document));
            assert!(
                text.contains(&format!("<a name=\"{}\"", source.section)),
                "{rule}: anchor {} not in {}",
                source.section,
                source.document
            );
            assert!(source.url.starts_with("https://docs.microsoft.com/"), "{rule}");
        }
        assert_eq!(RuleId::Cs07.source("2021-07-13").date, "2021-07-13");
        assert_eq!(RuleId::Mr07.source("2021-07-13").date, "2020-07-14");
    }
}
