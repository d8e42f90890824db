//! Azure Partner Shared Services (APSS): availability, allowed uses, and the marketplace
//! cut-off of 1 March 2019. Source: seed `001_f570da9bcc678317.txt` (RULES.md 6).

use super::{distinct, Ctx, YesNo};
use crate::answers::{Answers, Apss, ApssUse, MarketplaceItem, Partner, PartnerCenterRole, TargetTenant};
use crate::fields::Field;
use crate::i18n::Msg;
use crate::report::{ApssMarketplace, ApssReport, ApssStatus, ApssUseVerdict, Check, Outcome};
use crate::rules::RuleId::*;

pub(crate) fn evaluate(answers: &Answers, ctx: &Ctx) -> ApssReport {
    let (ep, ea) = (Partner::default(), Apss::default());
    let p = answers.partner.as_ref().unwrap_or(&ep);
    let a = answers.apss.as_ref().unwrap_or(&ea);

    let status = match (p.csp_partner, p.partner_center_role) {
        (Some(false), _) | (_, Some(PartnerCenterRole::Other)) => ApssStatus::NotAvailable,
        (None, _) | (_, None) => ApssStatus::Unknown,
        _ => ApssStatus::Available,
    };
    let uses: Vec<ApssUseVerdict> = distinct(a.uses.as_deref().unwrap_or_default())
        .into_iter()
        .map(|use_| ApssUseVerdict { use_, allowed: use_allowed(use_, a.target_tenant) })
        .collect();
    let marketplace = marketplace(a, ctx);

    let ap02 = match p.partner_center_role {
        None => ctx.unknown(Ap02, Field::PartnerPartnerCenterRole),
        Some(PartnerCenterRole::Other) => ctx.keyed(Ap02, Outcome::NotMet, Msg::Ap02NotMet, Some(Msg::Ap02Next)),
        Some(_) => ctx.keyed(Ap02, Outcome::Met, Msg::Ap02Met, None),
    };
    let ap04 = match a.target_tenant {
        None => ctx.unknown(Ap04, Field::ApssTargetTenant),
        Some(TargetTenant::SharedServices) => ctx.keyed(Ap04, Outcome::Met, Msg::Ap04Met, None),
        Some(_) => ctx.keyed(Ap04, Outcome::NotMet, Msg::Ap04NotMet, Some(Msg::Ap04Next)),
    };
    let planned = a.uses.as_deref();
    let contains_any = |bad: &[ApssUse]| planned.is_some_and(|u| u.iter().any(|x| bad.contains(x)));
    let use_rule = |rule, bad: &[ApssUse], msgs: YesNo| match planned {
        None => ctx.unknown(rule, Field::ApssUses),
        Some([]) => ctx.not_applicable(rule, Msg::ApNoUses),
        Some(_) => ctx.yes_no(rule, Some(!contains_any(bad)), Field::ApssUses, msgs),
    };
    let ap05 = use_rule(
        Ap05,
        &[ApssUse::Office365OrDynamicsLicences, ApssUse::OtherServicesOnTenant],
        YesNo { met: Msg::Ap05Met, not_met: Msg::Ap05NotMet, next: Msg::Ap05Next },
    );
    let ap06 = use_rule(
        Ap06,
        &[ApssUse::ResaleToCustomers],
        YesNo { met: Msg::Ap06Met, not_met: Msg::Ap06NotMet, next: Msg::Ap06Next },
    );
    let ap07 = match planned {
        _ if contains_any(&[ApssUse::ReservedInstances]) => ctx.keyed(Ap07, Outcome::Info, Msg::Ap07Info, None),
        None => ctx.not_applicable(Ap07, Msg::Ap07NaUnanswered),
        Some(_) => ctx.not_applicable(Ap07, Msg::Ap07Na),
    };
    let ap09 = if marketplace == ApssMarketplace::ExistingDeploymentUnaffected {
        ctx.keyed(Ap09, Outcome::Info, Msg::Ap09Info, None)
    } else {
        ctx.not_applicable(Ap09, Msg::Ap09Na)
    };

    let checks = vec![
        ctx.yes_no(
            Ap01,
            p.csp_partner,
            Field::PartnerCspPartner,
            YesNo { met: Msg::Ap01Met, not_met: Msg::Ap01NotMet, next: Msg::Ap01Next },
        ),
        ap02,
        ctx.yes_no(
            Ap03,
            a.shared_services_tenant,
            Field::ApssSharedServicesTenant,
            YesNo { met: Msg::Ap03Met, not_met: Msg::Ap03NotMet, next: Msg::Ap03Next },
        ),
        ap04,
        ap05,
        ap06,
        ap07,
        ap08(a, marketplace, ctx),
        ap09,
        ctx.keyed(Ap10, Outcome::Info, Msg::Ap10Info, None),
        ctx.keyed(Ap11, Outcome::Info, Msg::Ap11Info, None),
        ctx.keyed(Ap12, Outcome::Info, Msg::Ap12Info, None),
    ];
    ApssReport { status, next_status: super::next_status::apss(status, &checks), marketplace, uses, checks }
}

/// `apss.uses[].allowed` (RULES.md 6.1): nothing on a customer's or another partner's tenant.
fn use_allowed(use_: ApssUse, tenant: Option<TargetTenant>) -> bool {
    if matches!(tenant, Some(TargetTenant::Customer | TargetTenant::OtherPartner)) {
        return false;
    }
    !matches!(use_, ApssUse::ResaleToCustomers | ApssUse::Office365OrDynamicsLicences | ApssUse::OtherServicesOnTenant)
}

/// `apss.marketplace` (RULES.md 6.1), first matching line wins.
/// From the rule set's cut-off day on (inclusive) BYOL and free marketplace items can no longer
/// be bought on APSS (RULES.md 9, item 41: "as of 1 March 2019").
fn marketplace(a: &Apss, ctx: &Ctx) -> ApssMarketplace {
    let Some(cutoff) = ctx.apss().marketplace_cutoff else {
        // No marketplace item is supported any more; one deployed earlier keeps running.
        return match (a.marketplace_item, a.existing_deployment) {
            (None | Some(MarketplaceItem::None), _) => ApssMarketplace::NotApplicable,
            (Some(MarketplaceItem::OtherThirdParty), _) => ApssMarketplace::NotSupported,
            (_, Some(true)) => ApssMarketplace::ExistingDeploymentUnaffected,
            (_, None) => ApssMarketplace::Unknown,
            (_, Some(false)) => ApssMarketplace::NotSupported,
        };
    };
    match a.marketplace_item {
        None | Some(MarketplaceItem::None) => ApssMarketplace::NotApplicable,
        Some(MarketplaceItem::OtherThirdParty) => ApssMarketplace::NotSupported,
        Some(MarketplaceItem::Byol | MarketplaceItem::FreeService) => match a.purchased_on {
            None => ApssMarketplace::Unknown,
            Some(on) if on < cutoff && a.existing_deployment == Some(true) => {
                ApssMarketplace::ExistingDeploymentUnaffected
            }
            Some(on) if on < cutoff => ApssMarketplace::Supported,
            Some(_) => ApssMarketplace::NotSupported,
        },
    }
}

/// AP-08: follows `apss.marketplace`.
fn ap08(a: &Apss, marketplace: ApssMarketplace, ctx: &Ctx) -> Check {
    match marketplace {
        ApssMarketplace::NotApplicable if a.marketplace_item.is_none() => {
            ctx.not_applicable(Ap08, Msg::Ap08NaUnanswered)
        }
        ApssMarketplace::NotApplicable => ctx.not_applicable(Ap08, Msg::Ap08Na),
        ApssMarketplace::Unknown => ctx.keyed(Ap08, Outcome::Unknown, Msg::Ap08Unknown, Some(Msg::UnknownNext)),
        ApssMarketplace::Supported | ApssMarketplace::ExistingDeploymentUnaffected => {
            let item = match a.marketplace_item {
                Some(MarketplaceItem::FreeService) => Msg::ItemFreeService,
                _ => Msg::ItemByol,
            };
            let name = ctx.text(item, &[]);
            ctx.check(Ap08, Outcome::Met, ctx.text(Msg::Ap08Met, &[("item", &name)]), None)
        }
        ApssMarketplace::NotSupported => {
            let key = if a.marketplace_item == Some(MarketplaceItem::OtherThirdParty) {
                Msg::Ap08NotMetThirdParty
            } else {
                Msg::Ap08NotMetCutoff
            };
            ctx.keyed(Ap08, Outcome::NotMet, key, Some(Msg::Ap08Next))
        }
    }
}
