//! Texts of the page itself (labels, buttons, headings) in English and Dutch. Rule messages and
//! questions come from the engine's catalogue (`eligibility_rules::i18n`); these are the rest.
//! Each entry holds both languages side by side, so neither can be missing.

use eligibility_rules::{ContactRole, IsvConnect, Locale, OfferType, SolutionType, TechnicalValidation};

/// Keys of page texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ui {
    Title,
    Tagline,
    Privacy,
    Language,
    YourOrganisation,
    YourOffer,
    Yes,
    No,
    NotSure,
    Choose,
    Optional,
    RulesetDefault,
    RulesetLater,
    NotLiveYet,
    ChooseCountry,
    PickCountry,
    Add,
    Remove,
    NoCountries,
    AllCountries,
    AddContact,
    RemoveContact,
    Contact,
    ContactName,
    ContactRole,
    ContactRegions,
    NoContacts,
    HintMoney,
    HintPercent,
    ErrNotANumber,
    ErrNegative,
    ErrTooPrecise,
    ErrMoneyRange,
    ErrPercentRange,
    Hidden,
    ResultsTitle,
    Status,
    GroupNotMet,
    GroupUnknown,
    GroupMet,
    GroupInfo,
    GroupNotApplicable,
    NextStep,
    Source,
    Section,
    RuleSetOf,
    StartOver,
    Footer,
    IpQuestions,
    CountNotMet,
    CountUnknown,
    CountMet,
    SalesContactsHelp,
}

/// The text of `key` in `locale`.
pub fn t(locale: Locale, key: Ui) -> &'static str {
    let (en, nl) = match key {
        Ui::Title => ("Partner program eligibility checker", "Controle op geschiktheid voor partnerprogramma's"),
        Ui::Tagline => (
            "Answer a few questions about your organisation and your offer in the Microsoft commercial marketplace and see at once which co-sell status you reach, why, and what to do next.",
            "Beantwoord een paar vragen over uw organisatie en uw aanbieding in de commerciële marketplace van Microsoft en zie meteen welke co-sellstatus u bereikt, waarom, en wat u daarna moet doen.",
        ),
        Ui::Privacy => (
            "Runs entirely in your browser: nothing you enter is sent anywhere.",
            "Werkt volledig in uw browser: niets van wat u invult, wordt ergens naartoe gestuurd.",
        ),
        Ui::Language => ("Language", "Taal"),
        Ui::YourOrganisation => ("Your organisation", "Uw organisatie"),
        Ui::YourOffer => ("Your offer", "Uw aanbieding"),
        Ui::Yes => ("Yes", "Ja"),
        Ui::No => ("No", "Nee"),
        Ui::NotSure => ("Not sure", "Weet ik niet"),
        Ui::Choose => ("Not sure / choose…", "Weet ik niet / kies…"),
        Ui::Optional => ("optional", "optioneel"),
        Ui::RulesetDefault => ("Requirements of 24 February 2021 (default)", "Eisen van 24 februari 2021 (standaard)"),
        Ui::RulesetLater => ("Requirements as revised on 13 July 2021", "Eisen zoals herzien op 13 juli 2021"),
        Ui::NotLiveYet => ("Not live anywhere yet", "Nog nergens live"),
        Ui::ChooseCountry => ("Country", "Land"),
        Ui::PickCountry => ("Choose a country…", "Kies een land…"),
        Ui::Add => ("Add", "Toevoegen"),
        Ui::Remove => ("Remove", "Verwijderen"),
        Ui::NoCountries => ("No countries yet.", "Nog geen landen."),
        Ui::AllCountries => ("All countries and regions (OOO)", "Alle landen en regio's (OOO)"),
        Ui::AddContact => ("Add a sales contact", "Contactpersoon toevoegen"),
        Ui::RemoveContact => ("Remove this contact", "Deze contactpersoon verwijderen"),
        Ui::Contact => ("Contact", "Contactpersoon"),
        Ui::ContactName => ("Name", "Naam"),
        Ui::ContactRole => ("Role", "Rol"),
        Ui::ContactRegions => ("Regions", "Regio's"),
        Ui::NoContacts => ("No sales contacts yet.", "Nog geen contactpersonen."),
        Ui::SalesContactsHelp => (
            "The contacts on the Co-sell with Microsoft tab. Only a Partner sales contact covers a country.",
            "De contactpersonen op het tabblad Co-sell with Microsoft. Alleen een contactpersoon met de rol Partner sales dekt een land.",
        ),
        Ui::HintMoney => ("In US dollars, for example 100,000 or 99,999.99.", "In Amerikaanse dollars, bijvoorbeeld 100.000 of 99.999,99."),
        Ui::HintPercent => ("From 0 to 100, for example 50.01.", "Van 0 tot 100, bijvoorbeeld 50,01."),
        Ui::ErrNotANumber => ("This is not a number: write it like 100,000 or 99,999.99.", "Dit is geen getal: schrijf het als 100.000 of 99.999,99."),
        Ui::ErrNegative => ("The amount cannot be negative.", "Het bedrag kan niet negatief zijn."),
        Ui::ErrTooPrecise => ("Use at most two decimals.", "Gebruik hoogstens twee decimalen."),
        Ui::ErrMoneyRange => ("This amount is too large.", "Dit bedrag is te groot."),
        Ui::ErrPercentRange => ("Enter a percentage from 0 to 100.", "Vul een percentage van 0 tot 100 in."),
        Ui::Hidden => (
            "Questions that cannot matter for this offer type are hidden and do not count.",
            "Vragen die voor dit type aanbieding niet uitmaken, zijn verborgen en tellen niet mee.",
        ),
        Ui::IpQuestions => ("Azure IP Co-sell incentive", "Azure IP Co-sell-incentive"),
        Ui::ResultsTitle => ("Your co-sell status", "Uw co-sellstatus"),
        Ui::Status => ("Status", "Status"),
        Ui::GroupNotMet => ("Not met", "Niet voldaan"),
        Ui::GroupUnknown => ("Not sure yet: confirm these", "Nog onzeker: bevestig deze"),
        Ui::GroupMet => ("Met", "Voldaan"),
        Ui::GroupInfo => ("Good to know", "Goed om te weten"),
        Ui::GroupNotApplicable => ("Not applicable", "Niet van toepassing"),
        Ui::NextStep => ("Next step", "Volgende stap"),
        Ui::Source => ("Source", "Bron"),
        Ui::Section => ("section", "sectie"),
        Ui::RuleSetOf => ("rules of", "regels van"),
        Ui::StartOver => ("Start over", "Opnieuw beginnen"),
        Ui::CountNotMet => ("not met", "niet voldaan"),
        Ui::CountUnknown => ("to confirm", "te bevestigen"),
        Ui::CountMet => ("met", "voldaan"),
        Ui::Footer => (
            "Based on Microsoft's public documentation, with the source and date of every rule. Not made by Microsoft: Partner Center has the final word.",
            "Gebaseerd op de openbare documentatie van Microsoft, met bron en datum bij elke regel. Niet gemaakt door Microsoft: Partner Center heeft het laatste woord.",
        ),
    };
    match locale {
        Locale::En => en,
        Locale::Nl => nl,
    }
}

/// Label of an offer type as Partner Center names it.
pub fn offer_type(locale: Locale, value: OfferType) -> &'static str {
    use OfferType::*;
    let (en, nl) = match value {
        AzureApplication => ("Azure Application", "Azure Application"),
        AzureContainer => ("Azure Container", "Azure Container"),
        AzureVirtualMachine => ("Azure Virtual Machine", "Azure Virtual Machine"),
        IotEdgeModule => ("IoT Edge module", "IoT Edge-module"),
        Saas => ("SaaS", "SaaS"),
        ConsultingService => ("Consulting service", "Consultancydienst"),
        ManagedService => ("Managed service", "Managed service"),
        Dynamics365CustomerEngagement => {
            ("Dynamics 365 Customer Engagement & Power Apps", "Dynamics 365 Customer Engagement & Power Apps")
        }
        Dynamics365FinanceOperations => ("Dynamics 365 Finance & Operations", "Dynamics 365 Finance & Operations"),
        Dynamics365BusinessCentral => ("Dynamics 365 Business Central", "Dynamics 365 Business Central"),
        PowerApps => ("Power Apps", "Power Apps"),
        PowerBiApp => ("Power BI app", "Power BI-app"),
        OfficeAddIn => (
            "Office app or add-in (Teams, SharePoint, Outlook, Excel, Word)",
            "Office-app of invoegtoepassing (Teams, SharePoint, Outlook, Excel, Word)",
        ),
        Other => ("Other", "Anders"),
    };
    pick(locale, en, nl)
}

/// Label of a co-sell solution type.
pub fn solution_type(locale: Locale, value: SolutionType) -> &'static str {
    let (en, nl) = match value {
        SolutionType::IpApplication => ("IP application", "IP-toepassing"),
        SolutionType::Service => ("Service", "Service"),
        SolutionType::ManagedService => ("Managed service", "Managed service"),
        SolutionType::DeviceHardware => ("Device (hardware)", "Apparaat (hardware)"),
    };
    pick(locale, en, nl)
}

/// Label of an ISV Connect answer.
pub fn isv_connect(locale: Locale, value: IsvConnect) -> &'static str {
    let (en, nl) = match value {
        IsvConnect::None => ("Not enrolled", "Niet ingeschreven"),
        IsvConnect::Enrolled => ("Enrolled (a tier other than premium)", "Ingeschreven (andere laag dan premium)"),
        IsvConnect::EnrolledPremium => ("Enrolled in the premium tier", "Ingeschreven in de premiumlaag"),
    };
    pick(locale, en, nl)
}

/// Label of a technical validation result.
pub fn technical_validation(locale: Locale, value: TechnicalValidation) -> &'static str {
    let (en, nl) = match value {
        TechnicalValidation::Passed => ("Passed", "Geslaagd"),
        TechnicalValidation::Failed => ("Failed", "Niet geslaagd"),
        TechnicalValidation::NotSubmitted => ("Not submitted", "Niet ingediend"),
    };
    pick(locale, en, nl)
}

/// Label of a co-sell contact role (Partner Center names).
pub fn contact_role(locale: Locale, value: ContactRole) -> &'static str {
    let (en, nl) = match value {
        ContactRole::PartnerSales => ("Partner sales", "Partner sales"),
        ContactRole::PartnerMarketing => ("Partner marketing", "Partner marketing"),
        ContactRole::PartnerTechnicalSales => ("Partner technical sales", "Partner technical sales"),
        ContactRole::PartnerCustomerSuccess => ("Partner customer success", "Partner customer success"),
    };
    pick(locale, en, nl)
}

fn pick(locale: Locale, en: &'static str, nl: &'static str) -> &'static str {
    match locale {
        Locale::En => en,
        Locale::Nl => nl,
    }
}
