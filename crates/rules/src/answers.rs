//! The `Answers` input of CONTRACT.md: every section and key optional, camelCase keys,
//! kebab-case values, unknown keys rejected.
//!
//! `None` (an absent key or JSON `null`) means "not answered" (RULES.md 2.1). An empty array
//! or empty string is an answer.

use crate::date::Date;
use crate::de::Text;
use crate::money::{Percent, Usd};
use crate::str_enum;
use serde::{de::Error, Deserialize, Deserializer, Serialize};

/// The schema version this engine reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything a publisher can answer. `Answers::default()` is `{}`: valid, all unknown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Answers {
    /// Must be 1 when given (checked when the answers are read); `1.0` is 1.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::whole_number")]
    pub schema_version: Option<u32>,
    /// Evaluation date; absent means "today" as passed in [`crate::Options`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// Rule-set choices; absent keys take the defaults of RULES.md 2.7.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::object")]
    pub rulesets: Option<RulesetChoice>,
    /// Questions about the organisation (P-01..P-10).
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::object")]
    pub partner: Option<Partner>,
    /// Questions about the offer (O-01..O-18).
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::object")]
    pub offer: Option<Offer>,
    /// Marketplace Rewards activation (R-01..R-08).
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::object")]
    pub rewards: Option<Rewards>,
    /// Azure Partner Shared Services (A-01..A-06).
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::object")]
    pub apss: Option<Apss>,
    /// Storefront needs (S-01..S-05).
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::object")]
    pub storefront: Option<StorefrontNeeds>,
}

str_enum! {
    /// Co-sell rule set (RULES.md 2.7, 12.2): the seed text of 2021-02-24, its 2021-07-13
    /// revision, or Partner Center's page of 2023-08-24 (RULES.md 12.3).
    CoSellRuleset { R2021_02_24 = "2021-02-24", R2021_07_13 = "2021-07-13", R2023_08_24 = "2023-08-24" }
}

str_enum! {
    /// Marketplace Rewards rule set (RULES.md 2.7, 12.4): the seed of 2020-07-14 or the
    /// ISV Success page of 2023-08-01.
    RewardsRuleset { R2020_07_14 = "2020-07-14", R2023_08_01 = "2023-08-01" }
}

str_enum! {
    /// APSS rule set (RULES.md 2.7, 12.5): the seed of 2020-11-11 or the page of 2023-01-11.
    ApssRuleset { R2020_11_11 = "2020-11-11", R2023_01_11 = "2023-01-11" }
}

str_enum! {
    /// Storefront rule set (RULES.md 2.7): the seed of 2018-06-05 (default) or its later revision.
    StorefrontRuleset { R2018_06_05 = "2018-06-05", R2018_06_05Later = "2018-06-05-later" }
}

/// `rulesets` in Answers.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct RulesetChoice {
    /// Co-sell rule set; absent: the one in force on the evaluation date (RULES.md 12.2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub co_sell: Option<CoSellRuleset>,
    /// Marketplace Rewards rule set; absent: the one in force on the evaluation date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rewards: Option<RewardsRuleset>,
    /// APSS rule set; absent: the one in force on the evaluation date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apss: Option<ApssRuleset>,
    /// Storefront rule set (S-06); default `2018-06-05`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storefront: Option<StorefrontRuleset>,
}

str_enum! {
    /// P-05, display only.
    PartnerType { Isv = "isv", ServicesPartner = "services-partner", BusinessApplicationsIsv = "business-applications-isv", CspPartner = "csp-partner" }
}

str_enum! {
    /// P-07: ISV Connect enrolment.
    IsvConnect {
        /// Not enrolled.
        None = "none",
        /// Enrolled in any tier but premium.
        Enrolled = "enrolled",
        /// Enrolled in the premium tier.
        EnrolledPremium = "enrolled-premium",
    }
}

str_enum! {
    /// P-10: the user's role in Partner Center.
    PartnerCenterRole { GlobalAdmin = "global-admin", AdminAgent = "admin-agent", SalesAgent = "sales-agent", Other = "other" }
}

/// The `partner` section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Partner {
    /// P-01: has an MPN ID (Microsoft Partner Network ID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_mpn_id: Option<bool>,
    /// P-02: the MPN ID, display only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mpn_id: Option<String>,
    /// P-03: commercial marketplace account in Partner Center is active.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marketplace_account_active: Option<bool>,
    /// P-04: business profile in Partner Center is complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub business_profile_complete: Option<bool>,
    /// P-05: kinds of partner, display only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_types: Option<Vec<PartnerType>>,
    /// P-06: holds an active Gold competency in any area.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gold_competency: Option<bool>,
    /// P-11: holds a Solutions Partner designation in the Microsoft AI Cloud Partner Program (read
    /// by co-sell rule set 2023-08-24, RULES.md 12.3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub solutions_partner_designation: Option<bool>,
    /// P-07: ISV Connect enrolment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub isv_connect: Option<IsvConnect>,
    /// P-08: organisation-level Azure consumed revenue (ACR), trailing 12 months, USD.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub azure_consumed_revenue_usd: Option<Usd>,
    /// P-09: partner in the Cloud Solution Provider (CSP) program.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csp_partner: Option<bool>,
    /// P-10: the user's Partner Center role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_center_role: Option<PartnerCenterRole>,
}

str_enum! {
    /// O-01: the offer type.
    OfferType {
        AzureApplication = "azure-application",
        AzureContainer = "azure-container",
        AzureVirtualMachine = "azure-virtual-machine",
        IotEdgeModule = "iot-edge-module",
        Saas = "saas",
        ConsultingService = "consulting-service",
        ManagedService = "managed-service",
        /// Dynamics 365 Customer Engagement & PowerApps.
        Dynamics365CustomerEngagement = "dynamics-365-customer-engagement",
        Dynamics365FinanceOperations = "dynamics-365-finance-operations",
        Dynamics365BusinessCentral = "dynamics-365-business-central",
        PowerApps = "power-apps",
        PowerBiApp = "power-bi-app",
        /// Teams app, SharePoint solution, Outlook/Excel/Word add-in.
        OfficeAddIn = "office-add-in",
        Other = "other",
    }
}

str_enum! {
    /// O-02: solution type chosen on the Co-sell with Microsoft tab.
    SolutionType { IpApplication = "ip-application", Service = "service", ManagedService = "managed-service", DeviceHardware = "device-hardware" }
}

str_enum! {
    /// A storefront of the commercial marketplace. Sorted order puts `appsource` first.
    Storefront { AppSource = "appsource", AzureMarketplace = "azure-marketplace" }
}

str_enum! {
    /// O-08: role of a co-sell contact.
    ContactRole { PartnerSales = "partner-sales", PartnerMarketing = "partner-marketing", PartnerTechnicalSales = "partner-technical-sales", PartnerCustomerSuccess = "partner-customer-success" }
}

str_enum! {
    /// O-11: Microsoft's technical validation result.
    TechnicalValidation { Passed = "passed", Failed = "failed", NotSubmitted = "not-submitted" }
}

str_enum! {
    /// O-14: listing type (call to action).
    ListingType { ContactMe = "contact-me", FreeTrial = "free-trial", Transact = "transact", GetItNow = "get-it-now" }
}

str_enum! {
    /// O-17: the offer's owner in Partner Center.
    OfferOwner { KnownPresent = "known-present", LeftCompany = "left-company" }
}

/// One co-sell contact (O-08). `role` and `regions` are required in each entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SalesContact {
    /// Display only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Display only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The contact's role; only `partner-sales` covers a country (CS-06).
    pub role: ContactRole,
    /// ISO 3166-1 alpha-2 codes, or `OOO` for every country.
    pub regions: Vec<CountryCode>,
}

/// An ISO 3166-1 alpha-2 country code in upper case (`NL`), or `OOO` ("all countries and
/// regions", allowed in contact regions). Compared exactly (RULES.md 2.6).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct CountryCode(String);

impl CountryCode {
    /// The code as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `true` for `OOO`, which covers every country.
    pub fn is_all(&self) -> bool {
        self.0 == "OOO"
    }

    /// Validates an assigned ISO 3166-1 alpha-2 code in upper case ([`country_codes`]), or `OOO`.
    /// (`offer.coSellGeographies` refuses `OOO` after parsing: it is for contacts' regions.)
    pub fn parse(text: &str) -> Result<CountryCode, String> {
        if text == "OOO" || is_country_code(text) {
            Ok(CountryCode(text.to_owned()))
        } else {
            Err(format!(
                "`{text}` is not a country code: use an ISO 3166-1 alpha-2 code in upper case (e.g. NL), or OOO for all countries in a contact's regions"
            ))
        }
    }
}

/// Every officially assigned ISO 3166-1 alpha-2 code, two letters each, in alphabetical order.
const ISO_3166_ALPHA_2: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

/// Every officially assigned ISO 3166-1 alpha-2 code (249), in alphabetical order.
pub fn country_codes() -> impl Iterator<Item = &'static str> {
    (0..ISO_3166_ALPHA_2.len() / 2).map(|i| &ISO_3166_ALPHA_2[i * 2..i * 2 + 2])
}

/// Whether `code` is an officially assigned ISO 3166-1 alpha-2 code (`NL`; not `nl`, `ZZ` or `OOO`).
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && country_codes().any(|c| c == code)
}

/// A JSON string checked by [`CountryCode::parse`].
impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = deserializer.deserialize_str(Text("a country code"))?;
        CountryCode::parse(&text).map_err(D::Error::custom)
    }
}

/// The `offer` section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Offer {
    /// Offer name, display only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// O-01.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offer_type: Option<OfferType>,
    /// O-02.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub solution_type: Option<SolutionType>,
    /// O-03: storefronts the offer is live in; `[]` = live nowhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live_in: Option<Vec<Storefront>>,
    /// O-04.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub co_sell_tab_complete: Option<bool>,
    /// O-05.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_pager: Option<bool>,
    /// O-06.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pitch_deck: Option<bool>,
    /// O-07: countries where co-sell is wanted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub co_sell_geographies: Option<Vec<CountryCode>>,
    /// O-08.
    #[serde(skip_serializing_if = "Option::is_none", deserialize_with = "crate::de::objects")]
    pub sales_contacts: Option<Vec<SalesContact>>,
    /// O-09: sold and billed through Microsoft.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transactable: Option<bool>,
    /// O-10 / O-18: marketplace billed revenue of this offer, USD (no period stated, IP-01a).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billed_revenue_usd: Option<Usd>,
    /// O-11.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub technical_validation: Option<TechnicalValidation>,
    /// O-12: share of infrastructure running repeatable IP on Azure, 0..=100 %.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub azure_ip_infrastructure_percent: Option<Percent>,
    /// O-13.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_architecture_diagram: Option<bool>,
    /// O-14.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listing_type: Option<ListingType>,
    /// O-15.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub live_since: Option<Date>,
    /// O-16.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rewards_message_received: Option<bool>,
    /// O-17.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offer_owner: Option<OfferOwner>,
}

/// The `rewards` section (Marketplace Rewards benefit activation).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Rewards {
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marketing_contact_assigned: Option<bool>,
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_is_partner_center_user: Option<bool>,
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company_account_email: Option<String>,
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_phone: Option<String>,
    /// a language code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_language: Option<String>,
    /// free text, shown in MR-06.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub benefit: Option<String>,
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activated_on: Option<Date>,
}

str_enum! {
    /// the tenant the APSS offer would be applied to.
    TargetTenant { SharedServices = "shared-services", Customer = "customer", OtherPartner = "other-partner" }
}

str_enum! {
    /// planned uses of APSS.
    ApssUse {
        DevTest = "dev-test",
        InternalWorkloads = "internal-workloads",
        SharedServicesOrMultitenantApps = "shared-services-or-multitenant-apps",
        OwnDevelopment = "own-development",
        ResaleToCustomers = "resale-to-customers",
        Office365OrDynamicsLicences = "office365-or-dynamics-licences",
        OtherServicesOnTenant = "other-services-on-tenant",
        ReservedInstances = "reserved-instances",
    }
}

str_enum! {
    /// the marketplace item wanted on APSS.
    MarketplaceItem { None = "none", Byol = "byol", FreeService = "free-service", OtherThirdParty = "other-third-party" }
}

/// The `apss` section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Apss {
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shared_services_tenant: Option<bool>,
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_tenant: Option<TargetTenant>,
    /// A-03; `[]` = no planned use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uses: Option<Vec<ApssUse>>,
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marketplace_item: Option<MarketplaceItem>,
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purchased_on: Option<Date>,
    ///
    #[serde(skip_serializing_if = "Option::is_none")]
    pub existing_deployment: Option<bool>,
}

str_enum! {
    /// S-01: target audience.
    Audience { BusinessUsers = "business-users", ItProsDevelopers = "it-pros-developers", Both = "both" }
}

str_enum! {
    /// S-02: cloud environments.
    Cloud { Public = "public", AzureStack = "azure-stack", AzureGovernment = "azure-government", RegionalChina = "regional-china", RegionalGermany = "regional-germany", OtherRegional = "other-regional" }
}

str_enum! {
    /// S-03: in-product presence.
    InProduct { Dynamics365 = "dynamics-365", PowerBi = "power-bi", Office365 = "office-365", AzurePortal = "azure-portal" }
}

str_enum! {
    /// S-04: billing model.
    Billing { TrialOnly = "trial-only", PayAsYouGo = "pay-as-you-go", FreeTier = "free-tier", TryItNow = "try-it-now", Byol = "byol", CommerceTransaction = "commerce-transaction" }
}

/// The `storefront` section.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct StorefrontNeeds {
    /// S-01.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    /// S-02.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clouds: Option<Vec<Cloud>>,
    /// S-03.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_product: Option<Vec<InProduct>>,
    /// S-04.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing: Option<Billing>,
    /// S-05.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link_partners: Option<bool>,
}
