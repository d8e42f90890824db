//! Storefront advisor: which of AppSource and Azure Marketplace serves each stated need.
//! Source: seed `000_f6934da277d40712.txt` (RULES.md 7). Awards no status.

use super::Ctx;
use crate::answers::{Answers, Audience, Billing, Cloud, InProduct, Storefront, StorefrontNeeds, StorefrontRuleset};
use crate::report::{Check, Outcome, StorefrontReport};
use crate::rules::RuleId::{self, *};

const APPSOURCE: &[Storefront] = &[Storefront::AppSource];
const AZURE: &[Storefront] = &[Storefront::AzureMarketplace];
const BOTH: &[Storefront] = &[Storefront::AppSource, Storefront::AzureMarketplace];

pub(crate) fn evaluate(answers: &Answers, ctx: &Ctx) -> StorefrontReport {
    let empty = StorefrontNeeds::default();
    let s = answers.storefront.as_ref().unwrap_or(&empty);
    let mut storefronts: Vec<Storefront> = Vec::new();
    let mut checks = Vec::with_capacity(5);
    let mut point = |check: Check, to: &[Storefront]| {
        storefronts.extend_from_slice(to);
        checks.push(check);
    };

    match s.audience {
        None => point(ctx.unknown(Sf01, "storefront.audience"), &[]),
        Some(a) => {
            let to = match a {
                Audience::BusinessUsers => APPSOURCE,
                Audience::ItProsDevelopers => AZURE,
                Audience::Both => BOTH,
            };
            point(info(ctx, Sf01, &format!("SF-01.info-{}", a.as_str())), to)
        }
    }

    match s.clouds.as_deref() {
        None => point(ctx.unknown(Sf02, "storefront.clouds"), &[]),
        Some(clouds) if clouds.iter().any(|c| *c != Cloud::Public) => point(info(ctx, Sf02, "SF-02.info"), AZURE),
        Some(_) => point(ctx.not_applicable(Sf02, "SF-02.na", &[]), &[]),
    }

    match s.in_product.as_deref() {
        None => point(ctx.unknown(Sf03, "storefront.inProduct"), &[]),
        Some([]) => point(ctx.not_applicable(Sf03, "SF-03.na", &[]), &[]),
        Some(products) => {
            let mut to = Vec::new();
            let mut pairs = Vec::new();
            for product in super::distinct(products) {
                let at = if product == InProduct::AzurePortal {
                    Storefront::AzureMarketplace
                } else {
                    Storefront::AppSource
                };
                to.push(at);
                let name = ctx.text(&format!("product.{}", product.as_str()), &[]);
                pairs.push(format!("{name}: {}", crate::i18n::storefront_name(at)));
            }
            let message = ctx.text("SF-03.info", &[("choices", &pairs.join("; "))]);
            point(ctx.check(Sf03, Outcome::Info, message, None), &to)
        }
    }

    let later = ctx.storefront == StorefrontRuleset::R2018_06_05Later;
    match s.billing {
        None => point(ctx.unknown(Sf04, "storefront.billing"), &[]),
        Some(Billing::TrialOnly) => point(ctx.not_applicable(Sf04, "SF-04.na", &[]), &[]),
        Some(Billing::PayAsYouGo) if later => point(info(ctx, Sf04, "SF-04.info-later-pay-as-you-go"), AZURE),
        Some(_) if later => point(info(ctx, Sf04, "SF-04.info-later"), BOTH),
        Some(_) => point(info(ctx, Sf04, "SF-04.info"), AZURE),
    }

    match s.link_partners {
        None => point(ctx.unknown(Sf05, "storefront.linkPartners"), &[]),
        Some(true) => point(info(ctx, Sf05, "SF-05.info"), APPSOURCE),
        Some(false) => point(ctx.not_applicable(Sf05, "SF-05.na", &[]), &[]),
    }

    storefronts.sort();
    storefronts.dedup();
    StorefrontReport { storefronts, checks }
}

fn info(ctx: &Ctx, rule: RuleId, key: &str) -> Check {
    ctx.keyed(rule, Outcome::Info, key, None)
}
