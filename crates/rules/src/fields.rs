//! Every input of `Answers` (RULES.md 3), named once: [`Field`] gives its JSON path, and the
//! catalogue gives its question ([`crate::i18n::question`]). Rules name the field a missing
//! answer blocks, the page's question table names the field each control sets, and
//! [`Field::clear`] removes an answer (the page leaves hidden questions out this way).

use crate::answers::Answers;

/// Clears one answer: a top-level key, or a key inside a section that may be absent.
macro_rules! clear {
    ($answers:ident, $key:ident) => {
        $answers.$key = None
    };
    ($answers:ident, $section:ident . $key:ident) => {
        if let Some(section) = $answers.$section.as_mut() {
            section.$key = None;
        }
    };
}

macro_rules! fields {
    ($($(#[$meta:meta])* $variant:ident = $path:literal => $section:ident $(. $key:ident)?;)+) => {
        /// An input field of `Answers`, by its JSON path (RULES.md 3, CONTRACT.md).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field {
            $($(#[$meta])* $variant,)+
        }

        impl Field {
            /// Every field, in CONTRACT.md order.
            pub const ALL: &'static [Field] = &[$(Field::$variant),+];

            /// The JSON path, e.g. `partner.hasMpnId`.
            pub const fn path(self) -> &'static str {
                match self {
                    $(Field::$variant => $path,)+
                }
            }

            /// Removes this answer from `answers` (it becomes "not answered").
            pub fn clear(self, answers: &mut Answers) {
                match self {
                    $(Field::$variant => clear!(answers, $section $(. $key)?),)+
                }
            }
        }
    };
}

fields! {
    /// Evaluation date.
    AsOf = "asOf" => as_of;
    /// Co-sell rule set.
    RulesetsCoSell = "rulesets.coSell" => rulesets.co_sell;
    /// Marketplace Rewards rule set.
    RulesetsRewards = "rulesets.rewards" => rulesets.rewards;
    /// APSS rule set.
    RulesetsApss = "rulesets.apss" => rulesets.apss;
    /// S-06: storefront rule set.
    RulesetsStorefront = "rulesets.storefront" => rulesets.storefront;
    /// P-01.
    PartnerHasMpnId = "partner.hasMpnId" => partner.has_mpn_id;
    /// P-02.
    PartnerMpnId = "partner.mpnId" => partner.mpn_id;
    /// P-03.
    PartnerMarketplaceAccountActive = "partner.marketplaceAccountActive" => partner.marketplace_account_active;
    /// P-04.
    PartnerBusinessProfileComplete = "partner.businessProfileComplete" => partner.business_profile_complete;
    /// P-05.
    PartnerPartnerTypes = "partner.partnerTypes" => partner.partner_types;
    /// P-06.
    PartnerGoldCompetency = "partner.goldCompetency" => partner.gold_competency;
    /// P-11.
    PartnerSolutionsPartnerDesignation = "partner.solutionsPartnerDesignation" => partner.solutions_partner_designation;
    /// P-07.
    PartnerIsvConnect = "partner.isvConnect" => partner.isv_connect;
    /// P-08.
    PartnerAzureConsumedRevenueUsd = "partner.azureConsumedRevenueUsd" => partner.azure_consumed_revenue_usd;
    /// P-09.
    PartnerCspPartner = "partner.cspPartner" => partner.csp_partner;
    /// P-10.
    PartnerPartnerCenterRole = "partner.partnerCenterRole" => partner.partner_center_role;
    /// Offer name.
    OfferName = "offer.name" => offer.name;
    /// O-01.
    OfferOfferType = "offer.offerType" => offer.offer_type;
    /// O-02.
    OfferSolutionType = "offer.solutionType" => offer.solution_type;
    /// O-03.
    OfferLiveIn = "offer.liveIn" => offer.live_in;
    /// O-04.
    OfferCoSellTabComplete = "offer.coSellTabComplete" => offer.co_sell_tab_complete;
    /// O-05.
    OfferOnePager = "offer.onePager" => offer.one_pager;
    /// O-06.
    OfferPitchDeck = "offer.pitchDeck" => offer.pitch_deck;
    /// O-07.
    OfferCoSellGeographies = "offer.coSellGeographies" => offer.co_sell_geographies;
    /// O-08.
    OfferSalesContacts = "offer.salesContacts" => offer.sales_contacts;
    /// O-09.
    OfferTransactable = "offer.transactable" => offer.transactable;
    /// O-10, O-18.
    OfferBilledRevenueUsd = "offer.billedRevenueUsd" => offer.billed_revenue_usd;
    /// O-11.
    OfferTechnicalValidation = "offer.technicalValidation" => offer.technical_validation;
    /// O-12.
    OfferAzureIpInfrastructurePercent = "offer.azureIpInfrastructurePercent" => offer.azure_ip_infrastructure_percent;
    /// O-13.
    OfferReferenceArchitectureDiagram = "offer.referenceArchitectureDiagram" => offer.reference_architecture_diagram;
    /// O-14.
    OfferListingType = "offer.listingType" => offer.listing_type;
    /// O-15.
    OfferLiveSince = "offer.liveSince" => offer.live_since;
    /// O-16.
    OfferRewardsMessageReceived = "offer.rewardsMessageReceived" => offer.rewards_message_received;
    /// O-17.
    OfferOfferOwner = "offer.offerOwner" => offer.offer_owner;
    /// R-01.
    RewardsMarketingContactAssigned = "rewards.marketingContactAssigned" => rewards.marketing_contact_assigned;
    /// R-02.
    RewardsContactIsPartnerCenterUser = "rewards.contactIsPartnerCenterUser" => rewards.contact_is_partner_center_user;
    /// R-03.
    RewardsContactEmail = "rewards.contactEmail" => rewards.contact_email;
    /// R-04.
    RewardsCompanyAccountEmail = "rewards.companyAccountEmail" => rewards.company_account_email;
    /// R-05.
    RewardsContactPhone = "rewards.contactPhone" => rewards.contact_phone;
    /// R-06.
    RewardsContactLanguage = "rewards.contactLanguage" => rewards.contact_language;
    /// R-07.
    RewardsBenefit = "rewards.benefit" => rewards.benefit;
    /// R-08.
    RewardsActivatedOn = "rewards.activatedOn" => rewards.activated_on;
    /// A-01.
    ApssSharedServicesTenant = "apss.sharedServicesTenant" => apss.shared_services_tenant;
    /// A-02.
    ApssTargetTenant = "apss.targetTenant" => apss.target_tenant;
    /// A-03.
    ApssUses = "apss.uses" => apss.uses;
    /// A-04.
    ApssMarketplaceItem = "apss.marketplaceItem" => apss.marketplace_item;
    /// A-05.
    ApssPurchasedOn = "apss.purchasedOn" => apss.purchased_on;
    /// A-06.
    ApssExistingDeployment = "apss.existingDeployment" => apss.existing_deployment;
    /// S-01.
    StorefrontAudience = "storefront.audience" => storefront.audience;
    /// S-02.
    StorefrontClouds = "storefront.clouds" => storefront.clouds;
    /// S-03.
    StorefrontInProduct = "storefront.inProduct" => storefront.in_product;
    /// S-04.
    StorefrontBilling = "storefront.billing" => storefront.billing;
    /// S-05.
    StorefrontLinkPartners = "storefront.linkPartners" => storefront.link_partners;
}

impl Field {
    /// The field with this JSON path (`partner.hasMpnId`), if there is one.
    pub fn from_path(path: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.path() == path)
    }
}

/// In JSON a field is its path (`"partner.azureConsumedRevenueUsd"`), as in `nextStatus` gaps.
impl serde::Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.path())
    }
}

/// Reads a JSON path; anything else is refused naming the text.
impl<'de> serde::Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let path = String::deserialize(deserializer)?;
        Field::from_path(&path)
            .ok_or_else(|| serde::de::Error::custom(format!("`{path}` is not a JSON path of Answers")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// The contract example of CONTRACT.md, which answers every field but P-11: the example keeps
    /// its 2021 content until RULES.md 12 is built, so P-11 is taken from the contract's table.
    fn full() -> Answers {
        let contract = include_str!("../../../../shared/spec/CONTRACT.md");
        let example = contract.split("```json").nth(1).and_then(|s| s.split("```").next()).expect("an example");
        let mut answers = crate::answers_from_json(example).expect("the contract example parses");
        assert!(contract.contains("| `partner.solutionsPartnerDesignation` | P-11 | boolean"), "P-11 in the table");
        if let Some(partner) = answers.partner.as_mut() {
            partner.solutions_partner_designation.get_or_insert(true);
        }
        // So are the rule sets of Rewards and APSS.
        assert!(
            contract.contains("| `rulesets.rewards` |") && contract.contains("| `rulesets.apss` |"),
            "in the table"
        );
        let rulesets = answers.rulesets.get_or_insert_with(Default::default);
        rulesets.rewards.get_or_insert(crate::RewardsRuleset::R2020_07_14);
        rulesets.apss.get_or_insert(crate::ApssRuleset::R2020_11_11);
        answers
    }

    #[test]
    fn every_path_is_in_the_contract_and_clear_removes_exactly_that_key() {
        let answers = full();
        let before = serde_json::to_value(&answers).unwrap();
        for field in Field::ALL {
            let pointer = format!("/{}", field.path().replace('.', "/"));
            assert!(before.pointer(&pointer).is_some(), "{} is not in the contract example", field.path());
            let mut cleared = answers.clone();
            field.clear(&mut cleared);
            let mut after = serde_json::to_value(&cleared).unwrap();
            assert_eq!(after.pointer(&pointer), None, "{}", field.path());
            // Put the value back: nothing else may have changed.
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            let target = if parent.is_empty() { Some(&mut after) } else { after.pointer_mut(parent) };
            if let Some(Value::Object(map)) = target {
                map.insert(key.to_owned(), before.pointer(&pointer).unwrap().clone());
            }
            assert_eq!(after, before, "{}", field.path());
        }
        let mut empty = Answers::default();
        Field::PartnerHasMpnId.clear(&mut empty);
        assert_eq!(empty, Answers::default(), "clearing inside an absent section changes nothing");
    }

    #[test]
    fn paths_are_unique() {
        let paths: std::collections::BTreeSet<&str> = Field::ALL.iter().map(|f| f.path()).collect();
        assert_eq!(paths.len(), Field::ALL.len());
        for field in Field::ALL {
            assert_eq!(Field::from_path(field.path()), Some(*field));
            let json = serde_json::to_string(field).unwrap();
            assert_eq!(serde_json::from_str::<Field>(&json).unwrap(), *field);
        }
        let wrong = serde_json::from_str::<Field>("\"partner.nope\"").unwrap_err().to_string();
        assert!(wrong.contains("`partner.nope` is not a JSON path of Answers"), "{wrong}");
    }
}
