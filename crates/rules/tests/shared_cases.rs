//! Every shared case of `../shared/spec/cases/`, `cases-proposed/` and `cases-2023/` through the native engine: one test per file,
//! generated below, so a failure names the file.

// Test code: a failing helper fails its test with its message (the workspace lints deny these
// outside tests; clippy.toml allows them only inside `#[test]` functions).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use eligibility_rules::{answers_from_json, evaluate, Date, Locale, Options};

fn run_case(file: &str) {
    let case = spec_cases::all()
        .expect("cases parse")
        .into_iter()
        .find(|c| c.file == file)
        .unwrap_or_else(|| panic!("{file}: not among the shared cases"));
    let answers =
        answers_from_json(&case.answers.to_string()).unwrap_or_else(|e| panic!("{file}: answers do not parse: {e}"));
    for locale in [Locale::En, Locale::Nl] {
        // The clock date is far from every case's asOf, so a case that forgot asOf would show.
        let options = Options::new(locale, Date::parse("2030-01-01").unwrap());
        let report = serde_json::to_value(evaluate(&answers, &options)).expect("report serialises");
        let wrong = spec_cases::mismatches(&case.expect, &report);
        assert!(wrong.is_empty(), "{file} ({}) [{locale}]:\n  {}", case.name, wrong.join("\n  "));
    }
}

#[test]
fn every_case_file_has_a_test_below() {
    // Every string literal of this file that names a case file ("NNN-….json"), however formatted.
    let source = include_str!("shared_cases.rs");
    let listed: Vec<&str> = source
        .match_indices(".json\"")
        .filter_map(|(end, _)| {
            let start = source[..end].rfind('"')? + 1;
            let name = &source[start..end + 5];
            name.starts_with(|c: char| c.is_ascii_digit()).then_some(name)
        })
        .collect();
    let files: Vec<&str> = spec_cases::CASES.iter().map(|(f, _)| *f).collect();
    assert_eq!(listed, files, "add a case!(...) line for each case file");
}

macro_rules! case {
    ($test:ident, $file:literal) => {
        #[test]
        fn $test() {
            run_case($file);
        }
    };
}

case!(c001_saas_base_co_sell_ready, "001-saas-base-co-sell-ready.json");
case!(c002_no_mpn_id, "002-no-mpn-id.json");
case!(c003_marketplace_account_inactive, "003-marketplace-account-inactive.json");
case!(c004_business_profile_incomplete, "004-business-profile-incomplete.json");
case!(c005_co_sell_tab_incomplete, "005-co-sell-tab-incomplete.json");
case!(c006_one_pager_missing, "006-one-pager-missing.json");
case!(c007_pitch_deck_missing, "007-pitch-deck-missing.json");
case!(c008_offer_not_live, "008-offer-not-live.json");
case!(c009_missing_sales_contact_for_nl, "009-missing-sales-contact-for-nl.json");
case!(c010_ooo_contact_covers_every_country, "010-ooo-contact-covers-every-country.json");
case!(c011_business_profile_unknown, "011-business-profile-unknown.json");
case!(c012_consulting_service_without_gold, "012-consulting-service-without-gold.json");
case!(c013_managed_service_solution_type_needs_gold, "013-managed-service-solution-type-needs-gold.json");
case!(c014_d365_customer_engagement_without_isv_connect, "014-d365-customer-engagement-without-isv-connect.json");
case!(c015_business_central_exempt_from_isv_connect, "015-business-central-exempt-from-isv-connect.json");
case!(c016_finance_operations_standard_enrolment, "016-finance-operations-standard-enrolment.json");
case!(c017_customer_engagement_premium_incentive, "017-customer-engagement-premium-incentive.json");
case!(c018_ip_consumed_revenue_99999_99, "018-ip-consumed-revenue-99999-99.json");
case!(c019_ip_billed_revenue_ignored_when_not_transactable, "019-ip-billed-revenue-ignored-when-not-transactable.json");
case!(c020_ip_infrastructure_50_01_percent, "020-ip-infrastructure-50-01-percent.json");
case!(c021_ip_technical_validation_failed, "021-ip-technical-validation-failed.json");
case!(c022_ip_reference_diagram_missing, "022-ip-reference-diagram-missing.json");
case!(c023_consulting_service_is_not_an_ip_type, "023-consulting-service-is-not-an-ip-type.json");
case!(c024_ip_needs_co_sell_ready_first, "024-ip-needs-co-sell-ready-first.json");
case!(c025_office_add_in_2021_02_24, "025-office-add-in-2021-02-24.json");
case!(c026_office_add_in_excluded_2021_07_13, "026-office-add-in-excluded-2021-07-13.json");
case!(c027_iot_edge_module_ip_incentivized, "027-iot-edge-module-ip-incentivized.json");
case!(c028_apss_byol_bought_2019_02_28_supported, "028-apss-byol-bought-2019-02-28-supported.json");
case!(c029_apss_free_service_after_cutoff, "029-apss-free-service-after-cutoff.json");
case!(c030_apss_other_third_party_never_supported, "030-apss-other-third-party-never-supported.json");
case!(c031_apss_existing_byol_unaffected, "031-apss-existing-byol-unaffected.json");
case!(c032_apss_not_a_csp_partner, "032-apss-not-a-csp-partner.json");
case!(c033_apss_role_other, "033-apss-role-other.json");
case!(c034_apss_customer_tenant, "034-apss-customer-tenant.json");
case!(c035_apss_office365_licences_on_tenant, "035-apss-office365-licences-on-tenant.json");
case!(c036_apss_reserved_instances, "036-apss-reserved-instances.json");
case!(c037_rewards_no_mpn_id, "037-rewards-no-mpn-id.json");
case!(c038_rewards_publish_offer_first, "038-rewards-publish-offer-first.json");
case!(c039_rewards_transact_tiers_not_published, "039-rewards-transact-tiers-not-published.json");
case!(c040_activation_blocked_no_marketing_contact, "040-activation-blocked-no-marketing-contact.json");
case!(c041_activation_activated, "041-activation-activated.json");
case!(c042_go_live_29_days_contact_owner, "042-go-live-29-days-contact-owner.json");
case!(c043_storefront_azure_government, "043-storefront-azure-government.json");
case!(c044_storefront_power_bi_in_product, "044-storefront-power-bi-in-product.json");
case!(c045_storefront_commerce_2018_06_05, "045-storefront-commerce-2018-06-05.json");
case!(c046_lead_sharing_appsource, "046-lead-sharing-appsource.json");
case!(c047_empty_answers, "047-empty-answers.json");
case!(c048_contract_example_all_programs, "048-contract-example-all-programs.json");
case!(c049_finance_operations_any_enrolment_2021_07_13, "049-finance-operations-any-enrolment-2021-07-13.json");
case!(c050_co_sell_geographies_empty, "050-co-sell-geographies-empty.json");
case!(c051_managed_service_offer_with_gold, "051-managed-service-offer-with-gold.json");
case!(c052_ip_billed_revenue_path, "052-ip-billed-revenue-path.json");
case!(c053_ip_billed_revenue_99999_99, "053-ip-billed-revenue-99999-99.json");
case!(c054_storefront_business_users_government_cloud, "054-storefront-business-users-government-cloud.json");
case!(c055_storefront_audience_both_and_partner_links, "055-storefront-audience-both-and-partner-links.json");
case!(c056_storefront_byol_later_both, "056-storefront-byol-later-both.json");
case!(c057_apss_csp_not_answered, "057-apss-csp-not-answered.json");
case!(c058_apss_byol_purchase_date_not_answered, "058-apss-byol-purchase-date-not-answered.json");
case!(c059_apss_uses_order_and_repeats, "059-apss-uses-order-and-repeats.json");
case!(c060_apss_no_shared_services_tenant_yet, "060-apss-no-shared-services-tenant-yet.json");
case!(c061_lead_sharing_both_storefronts, "061-lead-sharing-both-storefronts.json");
case!(c062_go_live_message_received, "062-go-live-message-received.json");
case!(c063_go_live_date_not_answered, "063-go-live-date-not-answered.json");
case!(c064_activation_ready, "064-activation-ready.json");
case!(c065_activation_unknown_language_missing, "065-activation-unknown-language-missing.json");
case!(c066_activation_email_same_as_company_account, "066-activation-email-same-as-company-account.json");
case!(c067_rewards_free_trial_track, "067-rewards-free-trial-track.json");
case!(c068_saas_co_sell_ready_2021_07_13, "068-saas-co-sell-ready-2021-07-13.json");
case!(c069_business_central_appsource_all_programs, "069-business-central-appsource-all-programs.json");
case!(c070_csp_partner_apss_and_storefront_only, "070-csp-partner-apss-and-storefront-only.json");
case!(c071_next_status_not_ready_lists_open_co_sell_checks, "071-next-status-not-ready-lists-open-co-sell-checks.json");
case!(c072_next_status_ready_saas_revenue_gaps, "072-next-status-ready-saas-revenue-gaps.json");
case!(c073_next_status_billed_gap_not_for_non_transactable, "073-next-status-billed-gap-not-for-non-transactable.json");
case!(c074_next_status_infrastructure_exactly_50_percent, "074-next-status-infrastructure-exactly-50-percent.json");
case!(c075_next_status_biz_apps_premium_tier, "075-next-status-biz-apps-premium-tier.json");
case!(c076_next_status_none_at_incentive, "076-next-status-none-at-incentive.json");
case!(c077_next_status_none_for_office_add_in, "077-next-status-none-for-office-add-in.json");
case!(c078_next_status_rewards_and_apss, "078-next-status-rewards-and-apss.json");
case!(c079_next_status_none_when_eligible_and_available, "079-next-status-none-when-eligible-and-available.json");
// cases-proposed/ (RULES.md 11.1 of 2026-12-05).
case!(c080_next_status_none_when_offer_type_excluded, "080-next-status-none-when-offer-type-excluded.json");
case!(c081_next_status_offer_type_unanswered, "081-next-status-offer-type-unanswered.json");
// cases-2023/ (RULES.md 12 of 2026-12-06: the newest dated rule sets, in force on asOf).
case!(c082_rulesets_in_force_on_as_of_2024, "082-rulesets-in-force-on-as-of-2024.json");
case!(c083_pinned_seed_rule_set_with_a_2024_date, "083-pinned-seed-rule-set-with-a-2024-date.json");
case!(c084_rule_set_in_force_2021_08, "084-rule-set-in-force-2021-08.json");
case!(c085_vm_azure_ip_eligible_without_diagram, "085-vm-azure-ip-eligible-without-diagram.json");
case!(c086_free_saas_not_azure_ip_eligible, "086-free-saas-not-azure-ip-eligible.json");
case!(c087_older_solution_not_transactable, "087-older-solution-not-transactable.json");
case!(c088_saas_service_solution_no_azure_ip, "088-saas-service-solution-no-azure-ip.json");
case!(c089_validation_passed_no_percentage, "089-validation-passed-no-percentage.json");
case!(c090_transactable_vm_no_default_pass, "090-transactable-vm-no-default-pass.json");
case!(c091_consulting_needs_solutions_partner_designation, "091-consulting-needs-solutions-partner-designation.json");
case!(c092_managed_service_no_designation_needed, "092-managed-service-no-designation-needed.json");
case!(c093_rewards_consulting_track, "093-rewards-consulting-track.json");
case!(c094_rewards_three_weeks_passed, "094-rewards-three-weeks-passed.json");
case!(c095_rewards_three_weeks_exactly, "095-rewards-three-weeks-exactly.json");
case!(c096_rewards_seed_four_weeks_pinned, "096-rewards-seed-four-weeks-pinned.json");
case!(c097_apss_2023_no_marketplace_offers, "097-apss-2023-no-marketplace-offers.json");
case!(c098_apss_2023_existing_deployment, "098-apss-2023-existing-deployment.json");
case!(c099_business_applications_co_sell_eligible, "099-business-applications-co-sell-eligible.json");
case!(c100_rewards_get_it_now_transactable, "100-rewards-get-it-now-transactable.json");
case!(c101_rewards_get_it_now_free_or_byol, "101-rewards-get-it-now-free-or-byol.json");
case!(c102_apss_2023_other_third_party_never, "102-apss-2023-other-third-party-never.json");
