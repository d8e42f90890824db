//! Each program's status in words, with a tone and an icon (never colour alone), read off the
//! engine's `Report` for the overview, the navigation and the result panels. A status held back
//! only by open questions reads "Not determined yet: N answers to confirm" in a neutral tone:
//! red is for something that actually fails.

use crate::ui_text::{t, Ui};
use eligibility_rules::{i18n, ApssStatus, CoSellStatus, Locale, Program, Report, RewardsStatus};

/// How a status reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// An incentive reached: the best status.
    Best,
    /// Reached or available.
    Good,
    /// Not settled yet: answers to confirm.
    Open,
    /// Something fails.
    Bad,
    /// Advice, no status.
    Info,
}

impl Tone {
    /// The icon shown with the words.
    pub fn icon(self) -> &'static str {
        match self {
            Tone::Best => "★",
            Tone::Good => "✓",
            Tone::Open => "?",
            Tone::Bad => "✗",
            Tone::Info => "i",
        }
    }

    /// The status in one word, for the phone's status bar ("Blocked", "Open").
    pub fn word(self, locale: Locale) -> &'static str {
        t(
            locale,
            match self {
                Tone::Best => Ui::ToneBest,
                Tone::Good => Ui::ToneGood,
                Tone::Open => Ui::ToneOpen,
                Tone::Bad => Ui::ToneBad,
                Tone::Info => Ui::ToneInfo,
            },
        )
    }

    /// The CSS modifier.
    pub fn class(self) -> &'static str {
        match self {
            Tone::Best => "best",
            Tone::Good => "good",
            Tone::Open => "open",
            Tone::Bad => "bad",
            Tone::Info => "info",
        }
    }
}

/// One program's status for display.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// The program.
    pub program: Program,
    /// The status value of the `Report` (`data-status`); `None` for the advisors.
    pub status: Option<&'static str>,
    /// The status in words.
    pub text: String,
    /// How it reads.
    pub tone: Tone,
}

/// "Not determined yet: N answers to confirm".
fn not_determined(locale: Locale, open: usize) -> String {
    match open {
        1 => t(locale, Ui::NotDeterminedOne).to_owned(),
        n => i18n::fill(t(locale, Ui::NotDeterminedMany), &[("n", &n.to_string())]),
    }
}

/// Every program's summary, in report order.
pub fn summaries(report: &Report, locale: Locale) -> [Summary; 5] {
    let co_sell = &report.co_sell;
    let (text, tone) = match (co_sell.undetermined(), co_sell.status) {
        (Some(open), _) => (not_determined(locale, open), Tone::Open),
        // As the rule set names it ("In market" for a live offer under 2023-08-24).
        (None, status) => (
            i18n::co_sell_reached_name(locale, report).to_owned(),
            match status {
                CoSellStatus::NotCoSellReady => Tone::Bad,
                CoSellStatus::CoSellReady => Tone::Good,
                CoSellStatus::AzureIpCoSellIncentivized | CoSellStatus::BizAppsIsvConnectPremiumIncentive => Tone::Best,
            },
        ),
    };
    let co_sell = Summary { program: Program::CoSell, status: Some(co_sell.status.as_str()), text, tone };

    let rewards = &report.rewards;
    let (text, tone) = match (rewards.undetermined(), rewards.status) {
        (Some(open), _) => (not_determined(locale, open), Tone::Open),
        (None, RewardsStatus::Eligible) => (i18n::label(locale, RewardsStatus::Eligible).to_owned(), Tone::Good),
        (None, status) => (i18n::label(locale, status).to_owned(), Tone::Bad),
    };
    let rewards = Summary { program: Program::Rewards, status: Some(rewards.status.as_str()), text, tone };

    let apss = &report.apss;
    let (text, tone) = match (apss.undetermined(), apss.status) {
        (Some(open), _) => (not_determined(locale, open), Tone::Open),
        (None, ApssStatus::Available) => (i18n::label(locale, ApssStatus::Available).to_owned(), Tone::Good),
        (None, ApssStatus::NotAvailable) => (i18n::label(locale, ApssStatus::NotAvailable).to_owned(), Tone::Bad),
        (None, ApssStatus::Unknown) => (i18n::label(locale, ApssStatus::Unknown).to_owned(), Tone::Open),
    };
    let apss = Summary { program: Program::Apss, status: Some(apss.status.as_str()), text, tone };

    let names: Vec<&str> = report.storefront.storefronts.iter().map(|s| i18n::storefront_name(*s)).collect();
    let storefront = match names.as_slice() {
        [] => Summary {
            program: Program::Storefront,
            status: None,
            text: t(locale, Ui::NoStorefrontYet).to_owned(),
            tone: Tone::Open,
        },
        _ => Summary {
            program: Program::Storefront,
            status: None,
            text: i18n::join_and(locale, &names),
            tone: Tone::Info,
        },
    };

    let live: Vec<&str> = report.lead_sharing.storefronts.iter().map(|e| i18n::storefront_name(e.storefront)).collect();
    let lead_sharing =
        Summary { program: Program::LeadSharing, status: None, text: i18n::join_and(locale, &live), tone: Tone::Info };
    [co_sell, rewards, apss, storefront, lead_sharing]
}

#[cfg(test)]
mod tests {
    use super::*;
    use eligibility_rules::{answers_from_json, evaluate, Date, Options};

    fn summary(json: &str, locale: Locale) -> [Summary; 5] {
        let answers = answers_from_json(json).expect("valid answers");
        let report = evaluate(&answers, &Options::new(locale, Date::parse("2021-03-15").expect("a date")));
        summaries(&report, locale)
    }

    #[test]
    fn nothing_answered_is_open_not_failed() {
        let [co_sell, rewards, apss, storefront, leads] = summary("{}", Locale::En);
        assert_eq!((co_sell.tone, co_sell.status), (Tone::Open, Some("not-co-sell-ready")));
        assert!(co_sell.text.starts_with("Not determined yet: ") && co_sell.text.ends_with(" answers to confirm"));
        assert_eq!((rewards.tone, rewards.text.as_str()), (Tone::Open, "Not determined yet: 2 answers to confirm"));
        assert_eq!((apss.tone, apss.text.as_str()), (Tone::Open, "Not determined yet: 2 answers to confirm"));
        assert_eq!((storefront.tone, storefront.status), (Tone::Open, None));
        assert_eq!((leads.tone, leads.text.as_str()), (Tone::Info, "AppSource and Azure Marketplace"));
    }

    #[test]
    fn a_failing_check_is_bad_and_a_reached_status_good() {
        let [co_sell, rewards, apss, ..] = summary(r#"{"partner":{"hasMpnId":false,"cspPartner":false}}"#, Locale::Nl);
        assert_eq!((co_sell.tone, co_sell.text.as_str()), (Tone::Bad, "Niet co-sell ready"));
        assert_eq!((rewards.tone, rewards.text.as_str()), (Tone::Bad, "Komt niet in aanmerking"));
        assert_eq!((apss.tone, apss.text.as_str()), (Tone::Bad, "Niet beschikbaar"));
        let [_, rewards, apss, storefront, _] = summary(
            r#"{"partner":{"hasMpnId":true,"cspPartner":true,"partnerCenterRole":"sales-agent"},
               "offer":{"liveIn":["appsource"]},"storefront":{"audience":"both"}}"#,
            Locale::En,
        );
        assert_eq!((rewards.tone, rewards.status), (Tone::Good, Some("eligible")));
        assert_eq!((apss.tone, apss.status), (Tone::Good, Some("available")));
        assert_eq!((storefront.tone, storefront.text.as_str()), (Tone::Info, "AppSource and Azure Marketplace"));
        assert_eq!(Tone::Open.word(Locale::Nl), "Open");
        assert_eq!(Tone::Bad.word(Locale::En), "Blocked");
    }
}
