/** The JSON contract of ../shared/spec/CONTRACT.md, schema version 1. */

/** Yes / no; `null` or absent is "not sure" (unknown). */
export type YesNo = boolean | null;
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO 3166-1 alpha-2 code in upper case (`NL`); `OOO` in contact regions means every country. */
export type CountryCode = string;

export type OfferType =
  | "azure-application" | "azure-container" | "azure-virtual-machine" | "iot-edge-module" | "saas"
  | "consulting-service" | "managed-service" | "dynamics-365-customer-engagement"
  | "dynamics-365-finance-operations" | "dynamics-365-business-central" | "power-apps" | "power-bi-app"
  | "office-add-in" | "other";
export type SolutionType = "ip-application" | "service" | "managed-service" | "device-hardware";
export type Storefront = "appsource" | "azure-marketplace";
export type ContactRole = "partner-sales" | "partner-marketing" | "partner-technical-sales" | "partner-customer-success";
export type CoSellRuleset = "2021-02-24" | "2021-07-13" | "2023-08-24";
export type StorefrontRuleset = "2018-06-05" | "2018-06-05-later";
export type RewardsRuleset = "2020-07-14" | "2023-08-01";
export type ApssRuleset = "2020-11-11" | "2023-01-11";

/** Everything a publisher can answer. Every key is optional; `{}` is valid (all unknown). */
export interface Answers {
  schemaVersion?: 1 | null;
  asOf?: IsoDate | null;
  /** Each absent rule set is the one in force on the evaluation date (RULES.md 12.2). */
  rulesets?: {
    coSell?: CoSellRuleset | null;
    rewards?: RewardsRuleset | null;
    apss?: ApssRuleset | null;
    /** S-06. */
    storefront?: StorefrontRuleset | null;
  } | null;
  partner?: {
    hasMpnId?: YesNo;
    mpnId?: string | null;
    marketplaceAccountActive?: YesNo;
    businessProfileComplete?: YesNo;
    partnerTypes?: ("isv" | "services-partner" | "business-applications-isv" | "csp-partner")[] | null;
    goldCompetency?: YesNo;
    /** P-11, read by co-sell rule set 2023-08-24 (consulting service offers). */
    solutionsPartnerDesignation?: YesNo;
    isvConnect?: "none" | "enrolled" | "enrolled-premium" | null;
    /** US dollars, at most two decimals, never negative. */
    azureConsumedRevenueUsd?: number | null;
    cspPartner?: YesNo;
    partnerCenterRole?: "global-admin" | "admin-agent" | "sales-agent" | "other" | null;
  } | null;
  offer?: {
    name?: string | null;
    offerType?: OfferType | null;
    solutionType?: SolutionType | null;
    /** `[]` = live nowhere. */
    liveIn?: Storefront[] | null;
    coSellTabComplete?: YesNo;
    onePager?: YesNo;
    pitchDeck?: YesNo;
    coSellGeographies?: CountryCode[] | null;
    salesContacts?: { name?: string | null; email?: string | null; role: ContactRole; regions: CountryCode[] }[] | null;
    transactable?: YesNo;
    /** US dollars. */
    billedRevenueUsd?: number | null;
    technicalValidation?: "passed" | "failed" | "not-submitted" | null;
    /** 0 to 100, at most two decimals. */
    azureIpInfrastructurePercent?: number | null;
    referenceArchitectureDiagram?: YesNo;
    listingType?: "contact-me" | "free-trial" | "transact" | "get-it-now" | null;
    liveSince?: IsoDate | null;
    rewardsMessageReceived?: YesNo;
    offerOwner?: "known-present" | "left-company" | null;
  } | null;
  rewards?: {
    marketingContactAssigned?: YesNo;
    contactIsPartnerCenterUser?: YesNo;
    contactEmail?: string | null;
    companyAccountEmail?: string | null;
    contactPhone?: string | null;
    contactLanguage?: string | null;
    benefit?: string | null;
    activatedOn?: IsoDate | null;
  } | null;
  apss?: {
    sharedServicesTenant?: YesNo;
    targetTenant?: "shared-services" | "customer" | "other-partner" | null;
    uses?: ApssUse[] | null;
    marketplaceItem?: "none" | "byol" | "free-service" | "other-third-party" | null;
    purchasedOn?: IsoDate | null;
    existingDeployment?: YesNo;
  } | null;
  storefront?: {
    audience?: "business-users" | "it-pros-developers" | "both" | null;
    clouds?: ("public" | "azure-stack" | "azure-government" | "regional-china" | "regional-germany" | "other-regional")[] | null;
    inProduct?: ("dynamics-365" | "power-bi" | "office-365" | "azure-portal")[] | null;
    billing?: "trial-only" | "pay-as-you-go" | "free-tier" | "try-it-now" | "byol" | "commerce-transaction" | null;
    linkPartners?: YesNo;
  } | null;
}

export type ApssUse =
  | "dev-test" | "internal-workloads" | "shared-services-or-multitenant-apps" | "own-development"
  | "resale-to-customers" | "office365-or-dynamics-licences" | "other-services-on-tenant" | "reserved-instances";

/** `options` of `evaluate`. */
export interface EvaluateOptions {
  /** Language of messages and next steps; default `"en"`. */
  locale?: "en" | "nl" | null;
  /** Evaluation date used where the answers have no `asOf`; default the browser's today. */
  asOf?: IsoDate | null;
}

/** `options` of `shareLink`. */
export interface ShareLinkOptions {
  /** The part of the page the link opens: `"co-sell"`, `"rewards"`, `"apss"`, `"storefront"`, `"lead-sharing"`; default `""` (the overview). */
  part?: "" | "co-sell" | "rewards" | "apss" | "storefront" | "lead-sharing" | null;
  /** Evaluation date written into the link where the answers have no `asOf`; default the browser's today. */
  asOf?: IsoDate | null;
  /** Put before the fragment, e.g. the page's address; default `""` (the fragment alone, starting with `#`). */
  base?: string | null;
}

export type Outcome = "met" | "not-met" | "unknown" | "not-applicable" | "info";

/** One evaluated rule of RULES.md. */
export interface Check {
  /** Rule id, e.g. `"CS-04a"`. */
  rule: string;
  outcome: Outcome;
  /** One sentence, in the report's locale. */
  message: string;
  /** What to do; `null` when nothing is to be done. */
  nextStep: string | null;
  source: {
    /** Seed file name, e.g. `"003_50bb911558b9183f.txt"`. */
    document: string;
    /** Section anchor in the seed. */
    section: string;
    /** Date of the rule set used. */
    date: IsoDate;
    /** The public English page. */
    url: string;
  };
}

/** How far an answered number is from its threshold (RULES.md 11.2). */
export interface Gap {
  /** The answer's JSON path, e.g. `"partner.azureConsumedRevenueUsd"`. */
  field: "partner.azureConsumedRevenueUsd" | "offer.billedRevenueUsd" | "offer.azureIpInfrastructurePercent";
  /** The answered value: US dollars, or percent for `offer.azureIpInfrastructurePercent`; two decimals at most. */
  current: number;
  /** The threshold: 100000 (USD) or 50 (percent). */
  required: number;
  comparison: ">=" | ">";
  /** The least increase that satisfies the comparison (0.01 above the threshold for `>`). */
  gap: number;
}

/** A check that stands between the answers and the next status (RULES.md 11.1). */
export interface Step {
  rule: string;
  outcome: "not-met" | "unknown";
  /** The same text as the check's `nextStep`. */
  nextStep: string | null;
  /** Only IP-01 and IP-02 have gaps; `[]` otherwise. */
  gaps: Gap[];
}

/** The next status up a program's ladder and every check in its way; `null` at the best status within reach. */
export type NextStatus<S extends string> = { status: S; steps: Step[] } | null;

export type CoSellStatus =
  "not-co-sell-ready" | "co-sell-ready" | "azure-ip-co-sell-incentivized" | "biz-apps-isv-connect-premium-incentive";
export type RewardsStatus = "not-eligible" | "publish-offer-first" | "eligible";
export type ApssStatus = "available" | "not-available" | "unknown";

export interface Report {
  schemaVersion: 1;
  asOf: IsoDate;
  locale: "en" | "nl";
  rulesets: {
    coSell: CoSellRuleset; rewards: RewardsRuleset; apss: ApssRuleset;
    storefront: StorefrontRuleset; leadSharing: "2018-06-05";
  };
  coSell: {
    status: CoSellStatus;
    nextStatus: NextStatus<CoSellStatus>;
    checks: Check[];
  };
  rewards: {
    status: RewardsStatus;
    nextStatus: NextStatus<RewardsStatus>;
    track: "contact-me" | "free-trial" | "transact" | "consulting" | "not-defined";
    activation: "blocked" | "ready" | "activated" | "unknown";
    goLiveFollowUp: "not-needed" | "wait" | "contact-offer-owner" | "open-support-ticket" | "unknown";
    checks: Check[];
  };
  apss: {
    status: ApssStatus;
    nextStatus: NextStatus<ApssStatus>;
    marketplace: "supported" | "not-supported" | "existing-deployment-unaffected" | "not-applicable" | "unknown";
    uses: { use: ApssUse; allowed: boolean }[];
    checks: Check[];
  };
  storefront: { storefronts: Storefront[]; checks: Check[] };
  leadSharing: {
    storefronts: {
      storefront: Storefront;
      audience: "business-customers" | "all-customers";
      campaign: "nurture" | "in-demand-generation";
      listingKinds: ("app" | "consulting-services" | "offer" | "technology")[];
      leadDestinations: ("your-crm" | "microsoft-field-seller-crm" | "azure-marketplace")[];
    }[];
    checks: Check[];
  };
}
