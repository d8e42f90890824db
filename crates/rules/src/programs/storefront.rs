//! Storefront advisor: which of AppSource and Azure Marketplace serves each stated need.
//! Source: seed `000_f6934da277d40712.txt` (RULES.md 7). Awards no status.

use super::Ctx;
use crate::answers::{Answers, Audience, Billing, Cloud, InProduct, Storefront, StorefrontNeeds};
use crate::fields::Field;
use crate::i18n::Msg;
use crate::report::{Check, Outcome, StorefrontReport};
use crate::rules::RuleId::{self, *};
use crate::rulesets::StorefrontBilling;

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
        None => point(ctx.unknown(Sf01, Field::StorefrontAudience), &[]),
        Some(a) => {
            let to = match a {
                Audience::BusinessUsers => APPSOURCE,
                Audience::ItProsDevelopers => AZURE,
                Audience::Both => BOTH,
            };
            let msg = match a {
                Audience::BusinessUsers => Msg::Sf01InfoBusinessUsers,
                Audience::ItProsDevelopers => Msg::Sf01InfoItProsDevelopers,
                Audience::Both => Msg::Sf01InfoBoth,
            };
            point(info(ctx, Sf01, msg), to)
        }
    }

    match s.clouds.as_deref() {
        None => point(ctx.unknown(Sf02, Field::StorefrontClouds), &[]),
        Some(clouds) if clouds.iter().any(|c| *c != Cloud::Public) => point(info(ctx, Sf02, Msg::Sf02Info), AZURE),
        Some(_) => point(ctx.not_applicable(Sf02, Msg::Sf02Na), &[]),
    }

    match s.in_product.as_deref() {
        None => point(ctx.unknown(Sf03, Field::StorefrontInProduct), &[]),
        Some([]) => point(ctx.not_applicable(Sf03, Msg::Sf03Na), &[]),
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
                let name = crate::i18n::label(ctx.locale, product);
                pairs.push(format!("{name}: {}", crate::i18n::storefront_name(at)));
            }
            let message = ctx.text(Msg::Sf03Info, &[("choices", &pairs.join("; "))]);
            point(ctx.check(Sf03, Outcome::Info, message, None), &to)
        }
    }

    let later = ctx.storefront().billing == StorefrontBilling::BothPayAsYouGoInAzureMarketplace;
    match s.billing {
        None => point(ctx.unknown(Sf04, Field::StorefrontBilling), &[]),
        Some(Billing::TrialOnly) => point(ctx.not_applicable(Sf04, Msg::Sf04Na), &[]),
        Some(Billing::PayAsYouGo) if later => point(info(ctx, Sf04, Msg::Sf04InfoLaterPayAsYouGo), AZURE),
        Some(_) if later => point(info(ctx, Sf04, Msg::Sf04InfoLater), BOTH),
        Some(_) => point(info(ctx, Sf04, Msg::Sf04Info), AZURE),
    }

    match s.link_partners {
        None => point(ctx.unknown(Sf05, Field::StorefrontLinkPartners), &[]),
        Some(true) => point(info(ctx, Sf05, Msg::Sf05Info), APPSOURCE),
        Some(false) => point(ctx.not_applicable(Sf05, Msg::Sf05Na), &[]),
    }

    // Each storefront once, in contract order (AppSource first).
    let storefronts = Storefront::ALL.iter().copied().filter(|s| storefronts.contains(s)).collect();
    StorefrontReport { storefronts, checks }
}

fn info(ctx: &Ctx, rule: RuleId, msg: Msg) -> Check {
    ctx.keyed(rule, Outcome::Info, msg, None)
}
