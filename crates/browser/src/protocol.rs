//! The one seam between the page and the tools module (a second wasm module loaded on first use),
//! typed on both sides:
//!
//! - page → tools: a [`ToolRequest`] as JSON text, through `window.eligibilityTools("tool", json)`
//!   (`www/extras.js`), which loads the module and calls its `handle(json)`;
//! - tools → page: answers to put in the form (an opened link, record or batch row) as a
//!   `CustomEvent` named [`ANSWERS_EVENT`] on `window`, whose `detail` is an [`AnswersEvent`] as
//!   a plain object.
//!
//! The JS API's `evaluate` and `shareLink` go the same way (`"evaluate"`, `"shareLink"`), with the
//! caller's own arguments, which the tools module reads and checks.

use eligibility_rules::{str_enum, Answers, Date, Locale};
use serde::{Deserialize, Serialize};

/// The event the tools module sends with answers to open on the page.
pub const ANSWERS_EVENT: &str = "eligibility-answers";

str_enum! {
    /// The tools of the tools module.
    ToolKind {
        /// Save a decision record of the page's answers.
        DownloadRecord = "download-record",
        /// Read a decision record back (file picker or drop) and check it again.
        OpenRecord = "open-record",
        /// Check many offers from a JSON or CSV file.
        Batch = "batch",
        /// The page's answers under the other co-sell and storefront rule sets.
        Compare = "compare",
        /// A share link the page could not read itself ([`ToolRequest::input`]: its URL
        /// fragment): what is wrong with it, or what this version left out of it.
        OpenLink = "open-link",
        /// Save the text of saved answers that could not be read ([`ToolRequest::input`]).
        SaveUnreadable = "save-unreadable",
    }
}

/// What a tool needs to know about the page. The page writes it with its answers borrowed
/// (`ToolRequest<&Answers>`); the tools module reads it with them owned.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ToolRequest<A = Answers> {
    /// Which tool.
    pub kind: ToolKind,
    /// The answers on the page (for a record or a comparison).
    pub answers: A,
    /// The part shown (`co-sell`; `""` for the overview).
    pub part: String,
    /// The page's language.
    pub locale: Locale,
    /// Today on the user's clock: pins records to the date used.
    pub today: Date,
    /// Whether the page holds answers of the visitor's own (a link then asks before replacing them).
    pub has_own: bool,
    /// For [`ToolKind::OpenLink`], the URL fragment with a share link's answers; for
    /// [`ToolKind::SaveUnreadable`], the saved text; else `""`.
    pub input: String,
}

str_enum! {
    /// Where answers put on the page by the tools module come from (the page's Undo notice says it).
    AnswersFrom {
        /// A share link.
        Link = "link",
        /// A decision record.
        Record = "record",
        /// A row of a batch check.
        Batch = "batch",
    }
}

/// The `detail` of an [`ANSWERS_EVENT`]: answers for the page's form, and the part to show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswersEvent {
    /// The answers, already checked by the tools module.
    pub answers: Answers,
    /// The part to show (`co-sell`; `""` for the overview).
    pub part: String,
    /// Where they come from.
    pub from: AnswersFrom,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_reads_back_as_written_with_its_kind_in_kebab_case() {
        let request = ToolRequest {
            kind: ToolKind::DownloadRecord,
            answers: Answers::default(),
            part: "co-sell".into(),
            locale: Locale::Nl,
            today: Date::parse("2026-12-05").unwrap(),
            has_own: true,
            input: String::new(),
        };
        let json = serde_json::to_string(&request).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"download-record","answers":{},"part":"co-sell","locale":"nl","today":"2026-12-05","hasOwn":true,"input":""}"#
        );
        assert_eq!(serde_json::from_str::<ToolRequest>(&json).unwrap(), request);
        for (kind, text) in [
            (ToolKind::OpenRecord, "open-record"),
            (ToolKind::Batch, "batch"),
            (ToolKind::Compare, "compare"),
            (ToolKind::OpenLink, "open-link"),
        ] {
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{text}\""));
        }
        assert!(serde_json::from_str::<ToolRequest>(&json.replace("download-record", "share-link")).is_err());
    }

    #[test]
    fn the_answers_event_names_where_they_come_from() {
        let event = AnswersEvent { answers: Answers::default(), part: String::new(), from: AnswersFrom::Batch };
        assert_eq!(serde_json::to_string(&event).unwrap(), r#"{"answers":{},"part":"","from":"batch"}"#);
    }
}
