//! The message catalogue in English and Dutch, and locale formatting of money, dates, lists.
//!
//! Texts live in `en.txt` and `nl.txt`, one `key = text` per line sorted by key (`#` starts a
//! comment), so translators edit plain text. `build.rs` checks that both files have the same keys
//! and placeholders and generates [`Msg`], one variant per key: code names a message as
//! `Msg::Cs01Met`, so a missing key does not compile. Domain words live here too: questions,
//! option labels, status and outcome names, the titles of the source documents and sections.

use crate::answers::{
    ApssRuleset, ApssUse, Audience, Billing, Cloud, CoSellRuleset, ContactRole, InProduct, IsvConnect, ListingType,
    MarketplaceItem, OfferOwner, OfferType, PartnerCenterRole, PartnerType, RewardsRuleset, SolutionType, Storefront,
    StorefrontRuleset, TargetTenant, TechnicalValidation,
};
use crate::date::Date;
use crate::fields::Field;
use crate::money::{Figure, Percent, Usd};
use crate::report::{
    Activation, ApssMarketplace, ApssStatus, Campaign, CoSellStatus, Comparison, Gap, GoLiveFollowUp, LeadAudience,
    LeadDestination, ListingKind, Locale, Outcome, Report, RewardsStatus, RewardsTrack,
};
use crate::rules::{Document, Program, RuleId, Section};
use crate::rulesets::StorefrontBilling;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/msg.rs"));

/// The texts of each catalogue alone, one per line in `Msg` order (written by `build.rs`).
const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en.texts"));
const NL: &str = include_str!(concat!(env!("OUT_DIR"), "/nl.texts"));

/// The texts of a catalogue, split once on first use: entry `i` is `Msg` number `i`.
fn texts(locale: Locale) -> &'static [&'static str] {
    static TEXTS: [OnceLock<Vec<&str>>; 2] = [OnceLock::new(), OnceLock::new()];
    let (slot, file) = match locale {
        Locale::En => (&TEXTS[0], EN),
        Locale::Nl => (&TEXTS[1], NL),
    };
    slot.get_or_init(|| file.split('\n').collect())
}

/// The text of `msg` in `locale`, placeholders unfilled.
pub fn text(locale: Locale, msg: Msg) -> &'static str {
    texts(locale).get(msg as usize).copied().unwrap_or_default()
}

/// Replaces each `{name}` in `template` with its value; an unknown `{name}` stays as it is.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// `msg` in `locale` with its placeholders filled. Debug builds (and so every test) check that
/// `args` names exactly the message's placeholders.
pub fn message(locale: Locale, msg: Msg, args: &[(&str, &str)]) -> String {
    debug_assert!(
        {
            let mut names: Vec<&str> = args.iter().map(|(n, _)| *n).collect();
            names.sort_unstable();
            names == msg.placeholders()
        },
        "{}: placeholders {:?}, given {:?}",
        msg.key(),
        msg.placeholders(),
        args.iter().map(|(n, _)| *n).collect::<Vec<_>>()
    );
    fill(text(locale, msg), args)
}

/// A value with a name in the catalogue (an option of a question, an outcome, a source).
pub trait Label: Copy {
    /// The catalogue entry that names this value.
    fn msg(self) -> Msg;
}

/// The name of `value` in `locale`.
pub fn label<T: Label>(locale: Locale, value: T) -> &'static str {
    text(locale, value.msg())
}

/// `impl Label` for each enum: an exhaustive match, so a value without a catalogue entry does
/// not compile, and every key stays greppable (`Msg::LabelApssUseDevTest`).
macro_rules! labels {
    ($($ty:ident { $($variant:ident => $msg:ident),+ $(,)? })+) => {
        $(impl Label for $ty {
            fn msg(self) -> Msg {
                match self {
                    $($ty::$variant => Msg::$msg,)+
                }
            }
        })+
    };
}

labels! {
    OfferType {
        AzureApplication => LabelOfferTypeAzureApplication,
        AzureContainer => LabelOfferTypeAzureContainer,
        AzureVirtualMachine => LabelOfferTypeAzureVirtualMachine,
        IotEdgeModule => LabelOfferTypeIotEdgeModule,
        Saas => LabelOfferTypeSaas,
        ConsultingService => LabelOfferTypeConsultingService,
        ManagedService => LabelOfferTypeManagedService,
        Dynamics365CustomerEngagement => LabelOfferTypeDynamics365CustomerEngagement,
        Dynamics365FinanceOperations => LabelOfferTypeDynamics365FinanceOperations,
        Dynamics365BusinessCentral => LabelOfferTypeDynamics365BusinessCentral,
        PowerApps => LabelOfferTypePowerApps,
        PowerBiApp => LabelOfferTypePowerBiApp,
        OfficeAddIn => LabelOfferTypeOfficeAddIn,
        Other => LabelOfferTypeOther,
    }
    CoSellRuleset {
        R2021_02_24 => LabelCoSellRuleset20210224,
        R2021_07_13 => LabelCoSellRuleset20210713,
        R2023_08_24 => LabelCoSellRuleset20230824,
    }
    RewardsRuleset { R2020_07_14 => LabelRewardsRuleset20200714, R2023_08_01 => LabelRewardsRuleset20230801 }
    ApssRuleset { R2020_11_11 => LabelApssRuleset20201111, R2023_01_11 => LabelApssRuleset20230111 }
    StorefrontRuleset { R2018_06_05 => LabelStorefrontRuleset20180605, R2018_06_05Later => LabelStorefrontRuleset20180605Later }
    SolutionType {
        IpApplication => LabelSolutionTypeIpApplication,
        Service => LabelSolutionTypeService,
        ManagedService => LabelSolutionTypeManagedService,
        DeviceHardware => LabelSolutionTypeDeviceHardware,
    }
    IsvConnect { None => LabelIsvConnectNone, Enrolled => LabelIsvConnectEnrolled, EnrolledPremium => LabelIsvConnectEnrolledPremium }
    PartnerType {
        Isv => LabelPartnerTypeIsv,
        ServicesPartner => LabelPartnerTypeServicesPartner,
        BusinessApplicationsIsv => LabelPartnerTypeBusinessApplicationsIsv,
        CspPartner => LabelPartnerTypeCspPartner,
    }
    PartnerCenterRole {
        GlobalAdmin => LabelPartnerCenterRoleGlobalAdmin,
        AdminAgent => LabelPartnerCenterRoleAdminAgent,
        SalesAgent => LabelPartnerCenterRoleSalesAgent,
        Other => LabelPartnerCenterRoleOther,
    }
    TechnicalValidation {
        Passed => LabelTechnicalValidationPassed,
        Failed => LabelTechnicalValidationFailed,
        NotSubmitted => LabelTechnicalValidationNotSubmitted,
    }
    ContactRole {
        PartnerSales => LabelContactRolePartnerSales,
        PartnerMarketing => LabelContactRolePartnerMarketing,
        PartnerTechnicalSales => LabelContactRolePartnerTechnicalSales,
        PartnerCustomerSuccess => LabelContactRolePartnerCustomerSuccess,
    }
    ListingType { ContactMe => ListingContactMe, FreeTrial => ListingFreeTrial, Transact => ListingTransact, GetItNow => ListingGetItNow }
    OfferOwner { KnownPresent => LabelOfferOwnerKnownPresent, LeftCompany => LabelOfferOwnerLeftCompany }
    TargetTenant {
        SharedServices => LabelTargetTenantSharedServices,
        Customer => LabelTargetTenantCustomer,
        OtherPartner => LabelTargetTenantOtherPartner,
    }
    ApssUse {
        DevTest => LabelApssUseDevTest,
        InternalWorkloads => LabelApssUseInternalWorkloads,
        SharedServicesOrMultitenantApps => LabelApssUseSharedServicesOrMultitenantApps,
        OwnDevelopment => LabelApssUseOwnDevelopment,
        ResaleToCustomers => LabelApssUseResaleToCustomers,
        Office365OrDynamicsLicences => LabelApssUseOffice365OrDynamicsLicences,
        OtherServicesOnTenant => LabelApssUseOtherServicesOnTenant,
        ReservedInstances => LabelApssUseReservedInstances,
    }
    MarketplaceItem {
        None => LabelMarketplaceItemNone,
        Byol => LabelMarketplaceItemByol,
        FreeService => LabelMarketplaceItemFreeService,
        OtherThirdParty => LabelMarketplaceItemOtherThirdParty,
    }
    Audience { BusinessUsers => LabelAudienceBusinessUsers, ItProsDevelopers => LabelAudienceItProsDevelopers, Both => LabelAudienceBoth }
    Cloud {
        Public => LabelCloudPublic,
        AzureStack => LabelCloudAzureStack,
        AzureGovernment => LabelCloudAzureGovernment,
        RegionalChina => LabelCloudRegionalChina,
        RegionalGermany => LabelCloudRegionalGermany,
        OtherRegional => LabelCloudOtherRegional,
    }
    InProduct { Dynamics365 => ProductDynamics365, PowerBi => ProductPowerBi, Office365 => ProductOffice365, AzurePortal => ProductAzurePortal }
    Billing {
        TrialOnly => LabelBillingTrialOnly,
        PayAsYouGo => LabelBillingPayAsYouGo,
        FreeTier => LabelBillingFreeTier,
        TryItNow => LabelBillingTryItNow,
        Byol => LabelBillingByol,
        CommerceTransaction => LabelBillingCommerceTransaction,
    }
    Outcome { Met => OutcomeMet, NotMet => OutcomeNotMet, Unknown => OutcomeUnknown, NotApplicable => OutcomeNotApplicable, Info => OutcomeInfo }
    Program {
        CoSell => ProgramCoSell,
        Rewards => ProgramRewards,
        Apss => ProgramApss,
        Storefront => ProgramStorefront,
        LeadSharing => ProgramLeadSharing,
    }
    RewardsStatus { NotEligible => StatusRewardsNotEligible, PublishOfferFirst => StatusRewardsPublishOfferFirst, Eligible => StatusRewardsEligible }
    RewardsTrack {
        ContactMe => LabelRewardsTrackContactMe,
        FreeTrial => LabelRewardsTrackFreeTrial,
        Transact => LabelRewardsTrackTransact,
        Consulting => LabelRewardsTrackConsulting,
        NotDefined => LabelRewardsTrackNotDefined,
    }
    Activation {
        Blocked => LabelActivationBlocked,
        Ready => LabelActivationReady,
        Activated => LabelActivationActivated,
        Unknown => LabelActivationUnknown,
    }
    GoLiveFollowUp {
        NotNeeded => LabelGoLiveFollowUpNotNeeded,
        Wait => LabelGoLiveFollowUpWait,
        ContactOfferOwner => LabelGoLiveFollowUpContactOfferOwner,
        OpenSupportTicket => LabelGoLiveFollowUpOpenSupportTicket,
        Unknown => LabelGoLiveFollowUpUnknown,
    }
    ApssStatus { Available => StatusApssAvailable, NotAvailable => StatusApssNotAvailable, Unknown => StatusApssUnknown }
    ApssMarketplace {
        Supported => LabelApssMarketplaceSupported,
        NotSupported => LabelApssMarketplaceNotSupported,
        ExistingDeploymentUnaffected => LabelApssMarketplaceExistingDeploymentUnaffected,
        NotApplicable => LabelApssMarketplaceNotApplicable,
        Unknown => LabelApssMarketplaceUnknown,
    }
    LeadAudience { BusinessCustomers => LabelLeadAudienceBusinessCustomers, AllCustomers => LabelLeadAudienceAllCustomers }
    Campaign { Nurture => LabelCampaignNurture, InDemandGeneration => LabelCampaignInDemandGeneration }
    ListingKind {
        App => LabelListingKindApp,
        ConsultingServices => LabelListingKindConsultingServices,
        Offer => LabelListingKindOffer,
        Technology => LabelListingKindTechnology,
    }
    LeadDestination {
        YourCrm => LabelLeadDestinationYourCrm,
        MicrosoftFieldSellerCrm => LabelLeadDestinationMicrosoftFieldSellerCrm,
        AzureMarketplace => LabelLeadDestinationAzureMarketplace,
    }
    Document {
        Store => DocumentStore,
        Apss => DocumentApss,
        Rewards => DocumentRewards,
        CoSell => DocumentCoSell,
        Leads => DocumentLeads,
        CoSell2023 => DocumentCoSell2023,
        Rewards2023 => DocumentRewards2023,
        Apss2023 => DocumentApss2023,
    }
    Section {
        CoSellRequirements => SectionCoSellRequirements,
        CoSellReady => SectionCoSellReady,
        CoSellTab => SectionCoSellTab,
        PublishLive => SectionPublishLive,
        AzureIp => SectionAzureIp,
        BizApps => SectionBizApps,
        MarketplaceRewards => SectionMarketplaceRewards,
        TechnicalBenefits => SectionTechnicalBenefits,
        ApssOwnUse => SectionApssOwnUse,
        ApssTenant => SectionApssTenant,
        ApssOffer => SectionApssOffer,
        ApssConsumption => SectionApssConsumption,
        ApssPricing => SectionApssPricing,
        ApssMarketplace => SectionApssMarketplace,
        StorefrontDifferences => SectionStorefrontDifferences,
        EnableLeadSharing => SectionEnableLeadSharing,
        CoSellSolutionsPage => SectionCoSellSolutionsPage,
        AzureIpEligible => SectionAzureIpEligible,
        BusinessApplicationsEligible => SectionBusinessApplicationsEligible,
        MarketplaceBenefits => SectionMarketplaceBenefits,
    }
}

/// The question (RULES.md 3) and the "where do I find this?" hint of each field, in one
/// exhaustive table.
fn field_texts(field: Field) -> (Msg, Msg) {
    use Field::*;
    match field {
        AsOf => (Msg::QAsOf, Msg::HintAsOf),
        RulesetsCoSell => (Msg::QRulesetsCoSell, Msg::HintRulesetsCoSell),
        RulesetsRewards => (Msg::QRulesetsRewards, Msg::HintRulesetsRewards),
        RulesetsApss => (Msg::QRulesetsApss, Msg::HintRulesetsApss),
        RulesetsStorefront => (Msg::QRulesetsStorefront, Msg::HintRulesetsStorefront),
        PartnerHasMpnId => (Msg::QPartnerHasMpnId, Msg::HintPartnerHasMpnId),
        PartnerMpnId => (Msg::QPartnerMpnId, Msg::HintPartnerMpnId),
        PartnerMarketplaceAccountActive => {
            (Msg::QPartnerMarketplaceAccountActive, Msg::HintPartnerMarketplaceAccountActive)
        }
        PartnerBusinessProfileComplete => {
            (Msg::QPartnerBusinessProfileComplete, Msg::HintPartnerBusinessProfileComplete)
        }
        PartnerPartnerTypes => (Msg::QPartnerPartnerTypes, Msg::HintPartnerPartnerTypes),
        PartnerGoldCompetency => (Msg::QPartnerGoldCompetency, Msg::HintPartnerGoldCompetency),
        PartnerSolutionsPartnerDesignation => {
            (Msg::QPartnerSolutionsPartnerDesignation, Msg::HintPartnerSolutionsPartnerDesignation)
        }
        PartnerIsvConnect => (Msg::QPartnerIsvConnect, Msg::HintPartnerIsvConnect),
        PartnerAzureConsumedRevenueUsd => {
            (Msg::QPartnerAzureConsumedRevenueUsd, Msg::HintPartnerAzureConsumedRevenueUsd)
        }
        PartnerCspPartner => (Msg::QPartnerCspPartner, Msg::HintPartnerCspPartner),
        PartnerPartnerCenterRole => (Msg::QPartnerPartnerCenterRole, Msg::HintPartnerPartnerCenterRole),
        OfferName => (Msg::QOfferName, Msg::HintOfferName),
        OfferOfferType => (Msg::QOfferOfferType, Msg::HintOfferOfferType),
        OfferSolutionType => (Msg::QOfferSolutionType, Msg::HintOfferSolutionType),
        OfferLiveIn => (Msg::QOfferLiveIn, Msg::HintOfferLiveIn),
        OfferCoSellTabComplete => (Msg::QOfferCoSellTabComplete, Msg::HintOfferCoSellTabComplete),
        OfferOnePager => (Msg::QOfferOnePager, Msg::HintOfferOnePager),
        OfferPitchDeck => (Msg::QOfferPitchDeck, Msg::HintOfferPitchDeck),
        OfferCoSellGeographies => (Msg::QOfferCoSellGeographies, Msg::HintOfferCoSellGeographies),
        OfferSalesContacts => (Msg::QOfferSalesContacts, Msg::HintOfferSalesContacts),
        OfferTransactable => (Msg::QOfferTransactable, Msg::HintOfferTransactable),
        OfferBilledRevenueUsd => (Msg::QOfferBilledRevenueUsd, Msg::HintOfferBilledRevenueUsd),
        OfferTechnicalValidation => (Msg::QOfferTechnicalValidation, Msg::HintOfferTechnicalValidation),
        OfferAzureIpInfrastructurePercent => {
            (Msg::QOfferAzureIpInfrastructurePercent, Msg::HintOfferAzureIpInfrastructurePercent)
        }
        OfferReferenceArchitectureDiagram => {
            (Msg::QOfferReferenceArchitectureDiagram, Msg::HintOfferReferenceArchitectureDiagram)
        }
        OfferListingType => (Msg::QOfferListingType, Msg::HintOfferListingType),
        OfferLiveSince => (Msg::QOfferLiveSince, Msg::HintOfferLiveSince),
        OfferRewardsMessageReceived => (Msg::QOfferRewardsMessageReceived, Msg::HintOfferRewardsMessageReceived),
        OfferOfferOwner => (Msg::QOfferOfferOwner, Msg::HintOfferOfferOwner),
        RewardsMarketingContactAssigned => {
            (Msg::QRewardsMarketingContactAssigned, Msg::HintRewardsMarketingContactAssigned)
        }
        RewardsContactIsPartnerCenterUser => {
            (Msg::QRewardsContactIsPartnerCenterUser, Msg::HintRewardsContactIsPartnerCenterUser)
        }
        RewardsContactEmail => (Msg::QRewardsContactEmail, Msg::HintRewardsContactEmail),
        RewardsCompanyAccountEmail => (Msg::QRewardsCompanyAccountEmail, Msg::HintRewardsCompanyAccountEmail),
        RewardsContactPhone => (Msg::QRewardsContactPhone, Msg::HintRewardsContactPhone),
        RewardsContactLanguage => (Msg::QRewardsContactLanguage, Msg::HintRewardsContactLanguage),
        RewardsBenefit => (Msg::QRewardsBenefit, Msg::HintRewardsBenefit),
        RewardsActivatedOn => (Msg::QRewardsActivatedOn, Msg::HintRewardsActivatedOn),
        ApssSharedServicesTenant => (Msg::QApssSharedServicesTenant, Msg::HintApssSharedServicesTenant),
        ApssTargetTenant => (Msg::QApssTargetTenant, Msg::HintApssTargetTenant),
        ApssUses => (Msg::QApssUses, Msg::HintApssUses),
        ApssMarketplaceItem => (Msg::QApssMarketplaceItem, Msg::HintApssMarketplaceItem),
        ApssPurchasedOn => (Msg::QApssPurchasedOn, Msg::HintApssPurchasedOn),
        ApssExistingDeployment => (Msg::QApssExistingDeployment, Msg::HintApssExistingDeployment),
        StorefrontAudience => (Msg::QStorefrontAudience, Msg::HintStorefrontAudience),
        StorefrontClouds => (Msg::QStorefrontClouds, Msg::HintStorefrontClouds),
        StorefrontInProduct => (Msg::QStorefrontInProduct, Msg::HintStorefrontInProduct),
        StorefrontBilling => (Msg::QStorefrontBilling, Msg::HintStorefrontBilling),
        StorefrontLinkPartners => (Msg::QStorefrontLinkPartners, Msg::HintStorefrontLinkPartners),
    }
}

impl Label for Field {
    /// The question that asks for this field (RULES.md 3).
    fn msg(self) -> Msg {
        field_texts(self).0
    }
}

/// The question of an input field (RULES.md 3), as shown on the form, in the words of the co-sell
/// rule set in use (RULES.md 12.6: "PartnerID (formerly MPN ID)" and the Co-sell > Solutions page
/// under 2023-08-24).
pub fn question(locale: Locale, field: Field, co_sell: CoSellRuleset) -> &'static str {
    text(locale, co_sell.rules().message(field_texts(field).0))
}

/// A short hint for a question: where in Partner Center the answer is (as the source documents
/// name it), or what the term means (ACR, solution type, rule set); in the words of the co-sell
/// rule set in use.
pub fn hint(locale: Locale, field: Field, co_sell: CoSellRuleset) -> &'static str {
    text(locale, co_sell.rules().message(field_texts(field).1))
}

/// The name of a co-sell status as the rule set calls it (RULES.md 4.1, 12.3; its record in
/// `rulesets`): 2021-07-13 and 2023-08-24 rename the two incentives. For the status a report
/// reached, [`co_sell_reached_name`] also knows "In market".
pub fn co_sell_status_name(locale: Locale, status: CoSellStatus, ruleset: CoSellRuleset) -> &'static str {
    text(locale, ruleset.rules().status_name(status))
}

/// The name of the co-sell status `report` reached: as [`co_sell_status_name`], except that under
/// a rule set that names the state (2023-08-24: "In market"), an offer that is not co-sell ready
/// but live (CS-05 met) and not excluded (CS-00 not `not-met`) gets that name (RULES.md 12.3).
pub fn co_sell_reached_name(locale: Locale, report: &Report) -> &'static str {
    let rules = report.rulesets.co_sell.rules();
    let outcome = |rule| report.check(rule).map(|c| c.outcome);
    let in_market = report.co_sell.status == CoSellStatus::NotCoSellReady
        && outcome(RuleId::Cs05) == Some(Outcome::Met)
        && outcome(RuleId::Cs00) != Some(Outcome::NotMet);
    match rules.in_market_name {
        Some(name) if in_market => text(locale, name),
        _ => co_sell_status_name(locale, report.co_sell.status, report.rulesets.co_sell),
    }
}

/// Product spelling of a storefront, the same in both languages.
pub fn storefront_name(storefront: Storefront) -> &'static str {
    match storefront {
        Storefront::AppSource => "AppSource",
        Storefront::AzureMarketplace => "Azure Marketplace",
    }
}

/// The short name of a program, for navigation on narrow screens ("APSS").
pub fn program_short_name(locale: Locale, program: Program) -> &'static str {
    text(
        locale,
        match program {
            Program::CoSell => Msg::ProgramShortCoSell,
            Program::Rewards => Msg::ProgramShortRewards,
            Program::Apss => Msg::ProgramShortApss,
            Program::Storefront => Msg::ProgramShortStorefront,
            Program::LeadSharing => Msg::ProgramShortLeadSharing,
        },
    )
}

/// One row of the side-by-side comparison of the two storefronts: what is compared, then
/// AppSource, then Azure Marketplace.
pub type ComparisonRow = (&'static str, &'static str, &'static str);

/// The comparison of AppSource and Azure Marketplace (RULES.md 7.1, and 7.3 for the billing row
/// of the later revision), in `locale`. Source: `000_f6934da277d40712.txt`,
/// `understanding-the-differences-between-storefronts`.
pub fn storefront_comparison(locale: Locale, ruleset: StorefrontRuleset) -> [ComparisonRow; 5] {
    let row =
        |what: Msg, appsource: Msg, azure: Msg| (text(locale, what), text(locale, appsource), text(locale, azure));
    let billing = match ruleset.rules().billing {
        StorefrontBilling::AzureMarketplaceOnly => {
            row(Msg::CompareBilling, Msg::CompareBilling20180605Appsource, Msg::CompareBilling20180605AzureMarketplace)
        }
        StorefrontBilling::BothPayAsYouGoInAzureMarketplace => row(
            Msg::CompareBilling,
            Msg::CompareBilling20180605LaterAppsource,
            Msg::CompareBilling20180605LaterAzureMarketplace,
        ),
    };
    [
        row(Msg::CompareAudience, Msg::LabelAudienceBusinessUsers, Msg::LabelAudienceItProsDevelopers),
        row(Msg::CompareClouds, Msg::CompareCloudsAppsource, Msg::CompareCloudsAzureMarketplace),
        row(Msg::CompareInProduct, Msg::CompareInProductAppsource, Msg::CompareInProductAzureMarketplace),
        billing,
        row(Msg::ComparePartners, Msg::ComparePartnersAppsource, Msg::ComparePartnersAzureMarketplace),
    ]
}

/// `a`, `a and b`, `a, b and c` (Dutch: `en`).
pub fn join_and(locale: Locale, items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), text(locale, Msg::And)),
    }
}

/// `USD 99,999.99` in English, `USD 99.999,99` in Dutch.
pub fn format_usd(locale: Locale, amount: Usd) -> String {
    let cents = amount.cents();
    let (whole, frac) = (cents / 100, cents % 100);
    let (group, decimal) = match locale {
        Locale::En => (',', '.'),
        Locale::Nl => ('.', ','),
    };
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(ch);
    }
    format!("USD {grouped}{decimal}{frac:02}")
}

/// The short name of a requirement that can stand between the answers and a status (the step
/// rules of RULES.md 11.1: "reference architecture diagram"), for the status ladder, in the words
/// of the co-sell rule set in use; any other rule by its id.
pub fn requirement(locale: Locale, rule: RuleId, co_sell: CoSellRuleset) -> &'static str {
    use RuleId::*;
    let msg = match rule {
        Cs00 => Msg::RequirementCs00,
        Cs01 => Msg::RequirementCs01,
        Cs02 => Msg::RequirementCs02,
        Cs03 => Msg::RequirementCs03,
        Cs04 => Msg::RequirementCs04,
        Cs04a => Msg::RequirementCs04a,
        Cs04b => Msg::RequirementCs04b,
        Cs05 => Msg::RequirementCs05,
        Cs06 => Msg::RequirementCs06,
        Cs07 => Msg::RequirementCs07,
        Cs08 => Msg::RequirementCs08,
        Ip01 => Msg::RequirementIp01,
        Ip02 => Msg::RequirementIp02,
        Ip03 => Msg::RequirementIp03,
        Ip04 => Msg::RequirementIp04,
        Ba02 => Msg::RequirementBa02,
        Mr01 => Msg::RequirementMr01,
        Mr02 => Msg::RequirementMr02,
        Ap01 => Msg::RequirementAp01,
        Ap02 => Msg::RequirementAp02,
        other => return other.as_str(),
    };
    text(locale, co_sell.rules().message(msg))
}

/// A gap in words, in the locale's notation (RULES.md 11.3): "Azure consumed revenue: USD 87,500
/// of USD 100,000, USD 12,500 to go"; for `>` "…: 50 %, more than 50 % needed, 0.01 % to go".
pub fn gap(locale: Locale, gap: &Gap) -> String {
    let (name, percent) = match gap.field {
        Field::OfferAzureIpInfrastructurePercent => (Msg::GapFieldOfferAzureIpInfrastructurePercent, true),
        Field::OfferBilledRevenueUsd => (Msg::GapFieldOfferBilledRevenueUsd, false),
        _ => (Msg::GapFieldPartnerAzureConsumedRevenueUsd, false),
    };
    let figure = |f: Figure| match (percent, u16::try_from(f.hundredths()).ok().and_then(Percent::from_hundredths)) {
        (true, Some(p)) => format_percent(locale, p),
        // Whole dollars without their cents, as people say them ("USD 12,500").
        _ => {
            let amount = format_usd(locale, Usd::from_cents(f.hundredths()));
            amount.strip_suffix(".00").or_else(|| amount.strip_suffix(",00")).map_or(amount.clone(), str::to_owned)
        }
    };
    let template = match gap.comparison {
        Comparison::AtLeast => Msg::GapAtLeast,
        Comparison::Above => Msg::GapAbove,
    };
    message(
        locale,
        template,
        &[
            ("field", text(locale, name)),
            ("current", &figure(gap.current)),
            ("required", &figure(gap.required)),
            ("gap", &figure(gap.gap)),
        ],
    )
}

/// `50.01 %` / `50,01%`: the number in the locale's notation with its percent sign.
pub fn format_percent(locale: Locale, percent: Percent) -> String {
    let plain = percent.to_string();
    let value = match locale {
        Locale::En => plain,
        Locale::Nl => plain.replace('.', ","),
    };
    message(locale, Msg::Percent, &[("value", &value)])
}

const MONTHS: [Msg; 12] = [
    Msg::Month1,
    Msg::Month2,
    Msg::Month3,
    Msg::Month4,
    Msg::Month5,
    Msg::Month6,
    Msg::Month7,
    Msg::Month8,
    Msg::Month9,
    Msg::Month10,
    Msg::Month11,
    Msg::Month12,
];

/// `1 March 2019` / `1 maart 2019`.
pub fn format_date(locale: Locale, date: Date) -> String {
    let month = text(locale, MONTHS[usize::from(date.month() - 1)]);
    format!("{} {month} {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_text_in_both_languages() {
        for locale in Locale::ALL {
            assert_eq!(texts(*locale).len(), Msg::ALL.len(), "{locale}");
            for msg in Msg::ALL {
                assert!(!text(*locale, *msg).trim().is_empty(), "{locale} {}", msg.key());
            }
        }
        assert_eq!(text(Locale::En, Msg::Cs01Met), "You have an MPN ID.");
        assert_eq!(Msg::Cs06NotMet.placeholders(), ["countries"]);
    }

    /// Wording fixed after the review of 2026-12-05 (`../shared/reviews/rules-and-texts.md`,
    /// T1-T13 and D1-D32), kept out for good: calques, a dated fact in the present tense, the
    /// old "not sure" wording of an unanswered question, and one term that has one Dutch name.
    const NEVER: &[(Locale, &str)] = &[
        (Locale::En, "Not sure yet:"),
        (Locale::En, "at this time"),
        (Locale::En, "make the offer transactable"),
        (Locale::Nl, "Nog niet zeker:"),
        (Locale::Nl, "herbruikbare IP"),
        (Locale::Nl, "kom dan in actie"),
        (Locale::Nl, "Hebt u op {from}"),
        (Locale::Nl, "op dit moment geen"),
        (Locale::Nl, "Nog niet co-sell ready"),
        (Locale::Nl, "Gecontroleerd met"),
    ];

    #[test]
    fn every_catalogue_line_reads_cleanly_in_both_languages() {
        for locale in Locale::ALL {
            for msg in Msg::ALL {
                let (key, line) = (msg.key(), text(*locale, *msg));
                // (A fragment appended to another text may start with its space.)
                assert_eq!(line.trim_start(), line.trim(), "{locale} {key}: space at the end");
                assert!(!line.contains("  "), "{locale} {key}: doubled space");
                assert!(!line.contains(" ,") && !line.contains(" ."), "{locale} {key}: space before punctuation");
                // Every `{…}` is one of the message's placeholders, never left half open.
                let opened = line.matches('{').count();
                assert_eq!(opened, line.matches('}').count(), "{locale} {key}: unbalanced braces");
                for part in line.split('{').skip(1) {
                    let name = part.split_once('}').map_or(part, |(name, _)| name);
                    assert!(msg.placeholders().contains(&name), "{locale} {key}: unknown placeholder {{{name}}}");
                }
                for (who, word) in NEVER {
                    assert!(who != locale || !line.contains(word), "{locale} {key}: {word:?} must not come back");
                }
            }
        }
    }

    #[test]
    fn every_field_asks_its_own_question_with_its_own_hint() {
        for field in Field::ALL {
            assert_eq!(field.msg().key(), format!("q.{}", field.path()));
            assert_eq!(field_texts(*field).1.key(), format!("hint.{}", field.path()));
        }
    }

    /// Every value of `all` is labelled by the entry `{prefix}.{value}`.
    fn labelled_as<T: Label + std::fmt::Display>(all: &[T], prefix: &str) {
        for v in all {
            assert_eq!(v.msg().key(), format!("{prefix}.{v}"));
        }
    }

    #[test]
    fn labels_are_the_catalogue_entries_of_their_values() {
        labelled_as(OfferType::ALL, "label.offer-type");
        labelled_as(CoSellRuleset::ALL, "label.co-sell-ruleset");
        labelled_as(StorefrontRuleset::ALL, "label.storefront-ruleset");
        labelled_as(SolutionType::ALL, "label.solution-type");
        labelled_as(IsvConnect::ALL, "label.isv-connect");
        labelled_as(PartnerType::ALL, "label.partner-type");
        labelled_as(PartnerCenterRole::ALL, "label.partner-center-role");
        labelled_as(TechnicalValidation::ALL, "label.technical-validation");
        labelled_as(ContactRole::ALL, "label.contact-role");
        labelled_as(ListingType::ALL, "listing");
        labelled_as(OfferOwner::ALL, "label.offer-owner");
        labelled_as(TargetTenant::ALL, "label.target-tenant");
        labelled_as(ApssUse::ALL, "label.apss-use");
        labelled_as(MarketplaceItem::ALL, "label.marketplace-item");
        labelled_as(Audience::ALL, "label.audience");
        labelled_as(Cloud::ALL, "label.cloud");
        labelled_as(InProduct::ALL, "product");
        labelled_as(Billing::ALL, "label.billing");
        labelled_as(Outcome::ALL, "outcome");
        labelled_as(Program::ALL, "program");
        labelled_as(RewardsStatus::ALL, "status.rewards");
        labelled_as(RewardsTrack::ALL, "label.rewards-track");
        labelled_as(Activation::ALL, "label.activation");
        labelled_as(GoLiveFollowUp::ALL, "label.go-live-follow-up");
        labelled_as(ApssStatus::ALL, "status.apss");
        labelled_as(ApssMarketplace::ALL, "label.apss-marketplace");
        labelled_as(LeadAudience::ALL, "label.lead-audience");
        labelled_as(Campaign::ALL, "label.campaign");
        labelled_as(ListingKind::ALL, "label.listing-kind");
        labelled_as(LeadDestination::ALL, "label.lead-destination");
        let sections: std::collections::BTreeSet<Msg> = Section::ALL.iter().map(|s| s.msg()).collect();
        assert_eq!(sections.len(), Section::ALL.len(), "one title per section");
        let documents: std::collections::BTreeSet<Msg> = Document::ALL.iter().map(|s| s.msg()).collect();
        assert_eq!(documents.len(), Document::ALL.len(), "one title per document");
    }

    #[test]
    fn fill_replaces_known_placeholders_only() {
        assert_eq!(fill("a {x} b {y} {x}", &[("x", "1"), ("y", "2")]), "a 1 b 2 1");
        assert_eq!(fill("{unknown} and {", &[]), "{unknown} and {");
        assert_eq!(fill("", &[("x", "1")]), "");
    }

    #[test]
    #[should_panic(expected = "CS-06.not-met: placeholders")]
    fn a_message_with_a_missing_placeholder_fails_in_tests() {
        message(Locale::En, Msg::Cs06NotMet, &[]);
    }

    #[test]
    fn money_dates_and_lists_follow_the_locale() {
        assert_eq!(format_usd(Locale::En, Usd::from_cents(9_999_999)), "USD 99,999.99");
        assert_eq!(format_usd(Locale::Nl, Usd::from_cents(9_999_999)), "USD 99.999,99");
        assert_eq!(format_usd(Locale::En, Usd::from_cents(5)), "USD 0.05");
        assert_eq!(format_usd(Locale::En, Usd::from_cents(100_000_000_000)), "USD 1,000,000,000.00");
        assert_eq!(format_percent(Locale::Nl, Percent::from_hundredths(5001).unwrap()), "50,01%");
        assert_eq!(format_percent(Locale::En, Percent::from_hundredths(6000).unwrap()), "60 %");
        let d = Date::parse("2019-03-01").unwrap();
        assert_eq!(format_date(Locale::En, d), "1 March 2019");
        assert_eq!(format_date(Locale::Nl, d), "1 maart 2019");
        assert_eq!(join_and(Locale::Nl, &["a", "b", "c"]), "a, b en c");
        assert_eq!(join_and(Locale::En, &["a"]), "a");
    }

    #[test]
    fn the_storefront_comparison_differs_only_in_billing_between_rule_sets() {
        let (seed, later) = (StorefrontRuleset::R2018_06_05, StorefrontRuleset::R2018_06_05Later);
        for locale in Locale::ALL {
            let (a, b) = (storefront_comparison(*locale, seed), storefront_comparison(*locale, later));
            let differing: Vec<&str> = a.iter().zip(&b).filter(|(x, y)| x != y).map(|(x, _)| x.0).collect();
            assert_eq!(differing, [text(*locale, Msg::CompareBilling)]);
        }
        assert!(storefront_comparison(Locale::En, later)[3].1.contains("SaaS subscription"));
    }

    #[test]
    fn status_names_follow_the_rule_set() {
        let ip = CoSellStatus::AzureIpCoSellIncentivized;
        assert_eq!(co_sell_status_name(Locale::En, ip, CoSellRuleset::R2021_02_24), "Azure IP Co-sell incentivized");
        assert_eq!(co_sell_status_name(Locale::En, ip, CoSellRuleset::R2021_07_13), "Azure IP Co-sell incentive");
    }
}
