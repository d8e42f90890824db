//! Azure Partner Shared Services (APSS): availability, allowed uses, and the marketplace
//! cut-off of 1 March 2019. Source: seed `001_f570da9bcc678317.txt` (RULES.md 6).

use super::{distinct, Ctx};
use crate::answers::{Answers, Apss, ApssUse, MarketplaceItem, Partner, PartnerCenterRole, TargetTenant};
use crate::date::Date;
use crate::report::{ApssMarketplace, ApssReport, ApssStatus, ApssUseVerdict, Check, Outcome};
use crate::rules::RuleId::*;

/// From this day on (inclusive) BYOL and free marketplace items can no longer be bought on APSS
/// (RULES.md 9, item 41: "as of 1 March 2019").
pub const MARKETPLACE_CUTOFF: (u16, u8, u8) = (2019, 3, 1);

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
    let marketplace = marketplace(a);

    let ap02 = match p.partner_center_role {
        None => ctx.unknown(Ap02, "partner.partnerCenterRole"),
        Some(PartnerCenterRole::Other) => ctx.keyed(Ap02, Outcome::NotMet, "AP-02.not-met", Some("AP-02.next")),
        Some(_) => ctx.keyed(Ap02, Outcome::Met, "AP-02.met", None),
    };
    let ap04 = match a.target_tenant {
        None => ctx.unknown(Ap04, "apss.targetTenant"),
        Some(TargetTenant::SharedServices) => ctx.keyed(Ap04, Outcome::Met, "AP-04.met", None),
        Some(_) => ctx.keyed(Ap04, Outcome::NotMet, "AP-04.not-met", Some("AP-04.next")),
    };
    let planned = a.uses.as_deref();
    let contains_any = |bad: &[ApssUse]| planned.is_some_and(|u| u.iter().any(|x| bad.contains(x)));
    let use_rule = |rule, bad: &[ApssUse]| match planned {
        None => ctx.unknown(rule, "apss.uses"),
        Some([]) => ctx.not_applicable(rule, "AP.no-uses", &[]),
        Some(_) if contains_any(bad) => {
            let id = rule.as_str();
            ctx.keyed(rule, Outcome::NotMet, &format!("{id}.not-met"), Some(&format!("{id}.next")))
        }
        Some(_) => ctx.keyed(rule, Outcome::Met, &format!("{}.met", rule.as_str()), None),
    };
    let ap05 = use_rule(Ap05, &[ApssUse::Office365OrDynamicsLicences, ApssUse::OtherServicesOnTenant]);
    let ap06 = use_rule(Ap06, &[ApssUse::ResaleToCustomers]);
    let ap07 = if contains_any(&[ApssUse::ReservedInstances]) {
        ctx.keyed(Ap07, Outcome::Info, "AP-07.info", None)
    } else {
        ctx.not_applicable(Ap07, "AP-07.na", &[])
    };
    let ap09 = if marketplace == ApssMarketplace::ExistingDeploymentUnaffected {
        ctx.keyed(Ap09, Outcome::Info, "AP-09.info", None)
    } else {
        ctx.not_applicable(Ap09, "AP-09.na", &[])
    };

    let checks = vec![
        ctx.yes_no(Ap01, p.csp_partner, "partner.cspPartner"),
        ap02,
        ctx.yes_no(Ap03, a.shared_services_tenant, "apss.sharedServicesTenant"),
        ap04,
        ap05,
        ap06,
        ap07,
        ap08(a, marketplace, ctx),
        ap09,
        ctx.keyed(Ap10, Outcome::Info, "AP-10.info", None),
        ctx.keyed(Ap11, Outcome::Info, "AP-11.info", None),
        ctx.keyed(Ap12, Outcome::Info, "AP-12.info", None),
    ];
    ApssReport { status, marketplace, uses, checks }
}

/// `apss.uses[].allowed` (RULES.md 6.1): nothing on a customer's or another partner's tenant.
fn use_allowed(use_: ApssUse, tenant: Option<TargetTenant>) -> bool {
    if matches!(tenant, Some(TargetTenant::Customer | TargetTenant::OtherPartner)) {
        return false;
    }
    !matches!(use_, ApssUse::ResaleToCustomers | ApssUse::Office365OrDynamicsLicences | ApssUse::OtherServicesOnTenant)
}

/// `apss.marketplace` (RULES.md 6.1), first matching line wins.
fn marketplace(a: &Apss) -> ApssMarketplace {
    let cutoff = Date::new(MARKETPLACE_CUTOFF.0, MARKETPLACE_CUTOFF.1, MARKETPLACE_CUTOFF.2);
    match a.marketplace_item {
        None | Some(MarketplaceItem::None) => ApssMarketplace::NotApplicable,
        Some(MarketplaceItem::OtherThirdParty) => ApssMarketplace::NotSupported,
        Some(MarketplaceItem::Byol | MarketplaceItem::FreeService) => match a.purchased_on {
            None => ApssMarketplace::Unknown,
            Some(on) if Some(on) < cutoff && a.existing_deployment == Some(true) => {
                ApssMarketplace::ExistingDeploymentUnaffected
            }
            Some(on) if Some(on) < cutoff => ApssMarketplace::Supported,
            Some(_) => ApssMarketplace::NotSupported,
        },
    }
}

/// AP-08: follows `apss.marketplace`.
fn ap08(a: &Apss, marketplace: ApssMarketplace, ctx: &Ctx) -> Check {
    match marketplace {
        ApssMarketplace::NotApplicable => ctx.not_applicable(Ap08, "AP-08.na", &[]),
        ApssMarketplace::Unknown => ctx.keyed(Ap08, Outcome::Unknown, "AP-08.unknown", Some("unknown.next")),
        ApssMarketplace::Supported | ApssMarketplace::ExistingDeploymentUnaffected => {
            let item = a.marketplace_item.map_or("", MarketplaceItem::as_str);
            let name = ctx.text(&format!("item.{item}"), &[]);
            ctx.check(Ap08, Outcome::Met, ctx.text("AP-08.met", &[("item", &name)]), None)
        }
        ApssMarketplace::NotSupported => {
            let key = if a.marketplace_item == Some(MarketplaceItem::OtherThirdParty) {
                "AP-08.not-met-third-party"
            } else {
                "AP-08.not-met-cutoff"
            };
            ctx.keyed(Ap08, Outcome::NotMet, key, Some("AP-08.next"))
        }
    }
}
