//! The tools' own texts in English and Dutch (domain words come from the engine's catalogue).

use eligibility_rules::Locale;

/// Keys of the tools' texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    Close,
    BatchTitle,
    BatchHelp,
    RecordTitle,
    RecordHelp,
    LinkTitle,
    ChooseFile,
    DropHere,
    Reading,
    Row,
    Offer,
    Problem,
    Storefronts,
    ShowResult,
    DownloadTable,
    RowsChecked,
    RowsBad,
    NotReadable,
    RecordSame,
    RecordDiffers,
    Rule,
    Recorded,
    Now,
    Status,
    RecordMeta,
    LinkNotice,
    LinkBroken,
    LinkShown,
    NextStep,
    Source,
    ChecksOf,
    ShareRow,
}

/// The text of `key` in `locale`.
pub fn t(locale: Locale, key: T) -> &'static str {
    let (en, nl) = match key {
        T::Close => ("Close", "Sluiten"),
        T::BatchTitle => ("Check many offers", "Veel aanbiedingen controleren"),
        T::BatchHelp => (
            "Open a JSON file with an array of answers, or a CSV file with one offer per row and answer paths as column headers (partner.hasMpnId, offer.offerType, …; lists separated by ;). The file is read in this browser only.",
            "Open een JSON-bestand met een lijst antwoorden, of een CSV-bestand met één aanbieding per rij en antwoordpaden als kolomkoppen (partner.hasMpnId, offer.offerType, …; lijsten gescheiden door ;). Het bestand wordt alleen in deze browser gelezen.",
        ),
        T::RecordTitle => ("Open a decision record", "Een beslisverslag openen"),
        T::RecordHelp => (
            "Open a record downloaded from this checker. It is checked, evaluated again with this version and compared with what it says.",
            "Open een verslag dat met deze controle is gedownload. Het wordt gecontroleerd, opnieuw beoordeeld met deze versie en vergeleken met wat erin staat.",
        ),
        T::LinkTitle => ("Shared answers", "Gedeelde antwoorden"),
        T::ChooseFile => ("Choose a file", "Kies een bestand"),
        T::DropHere => ("or drop it here", "of sleep het hierheen"),
        T::Reading => ("Reading…", "Bezig met lezen…"),
        T::Row => ("Row", "Rij"),
        T::Offer => ("Offer", "Aanbieding"),
        T::Problem => ("Problem", "Probleem"),
        T::Storefronts => ("Storefronts", "Storefronts"),
        T::ShowResult => ("Show result", "Resultaat tonen"),
        T::DownloadTable => ("Download table (CSV)", "Tabel downloaden (CSV)"),
        T::RowsChecked => ("offers checked", "aanbiedingen gecontroleerd"),
        T::RowsBad => ("could not be read", "konden niet worden gelezen"),
        T::NotReadable => ("This file cannot be used", "Dit bestand kan niet worden gebruikt"),
        T::RecordSame => (
            "This version of the checker gives the same answers as the record.",
            "Deze versie van de controle geeft dezelfde uitkomsten als het verslag.",
        ),
        T::RecordDiffers => (
            "This version of the checker would now answer differently:",
            "Deze versie van de controle zou nu anders antwoorden:",
        ),
        T::Rule => ("Rule", "Regel"),
        T::Recorded => ("In the record", "In het verslag"),
        T::Now => ("Now", "Nu"),
        T::Status => ("status", "status"),
        T::RecordMeta => ("Made on {created} with version {version}; evaluation date {asOf}.", "Gemaakt op {created} met versie {version}; beoordelingsdatum {asOf}."),
        T::LinkNotice => (
            "Part of this link is not understood by this version and was left out:",
            "Een deel van deze link begrijpt deze versie niet; het is weggelaten:",
        ),
        T::LinkBroken => ("This share link cannot be opened", "Deze deellink kan niet worden geopend"),
        T::LinkShown => (
            "These are the answers someone shared with you, checked here. Your own answers in the form are unchanged.",
            "Dit zijn de antwoorden die iemand met u deelde, hier gecontroleerd. Uw eigen antwoorden in het formulier blijven ongewijzigd.",
        ),
        T::NextStep => ("Next step", "Volgende stap"),
        T::Source => ("Source", "Bron"),
        T::ChecksOf => ("Checks", "Controles"),
        T::ShareRow => ("Share link", "Deellink"),
    };
    match locale {
        Locale::En => en,
        Locale::Nl => nl,
    }
}
