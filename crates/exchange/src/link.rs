//! Share links: the `Answers` in the URL fragment, so opening the link shows the same report and
//! no server ever receives them (browsers do not send the part after `#`).
//!
//! ```text
//! #/co-sell?v=1&a=N4Igzg...      part of the page, link format version, answers
//! ```
//! `a` is the answers as compact JSON (`serde_json`), compressed with lz-string's URL-safe
//! alphabet (`lz-str`, the Rust port of the library most share links use). Before encoding, the
//! evaluation date and both rule sets are written into the answers ([`pin`]), so the link gives
//! the same report on any later day and after any change of default rule set.

use eligibility_rules::{read_answers, Answers, ApssRuleset, Date, ParseError, RewardsRuleset, RulesetChoice};
use serde_json::Value;
use std::fmt;

/// The version of the link format (`v=`); a link with another version is refused by name.
pub const LINK_VERSION: &str = "1";

/// Longest `a` value read (characters). The largest shared case needs about 1,000; anything
/// beyond this is not a link this checker made, and is refused before decompressing.
pub const MAX_PAYLOAD: usize = 16_384;

/// The answers with the evaluation date (`today` where absent) and every program's rule set (the
/// defaults where absent) written in: what a link or record needs to mean the same later
/// (RULES.md 12.2).
pub fn pin(answers: Answers, today: Date) -> Answers {
    let mut pinned = answers;
    pinned.schema_version = Some(eligibility_rules::SCHEMA_VERSION);
    pinned.as_of = Some(pinned.as_of.unwrap_or(today));
    let as_of = pinned.as_of.unwrap_or(today);
    // The rule sets the engine uses for these answers on that date, named.
    let used = pinned.rulesets.take().unwrap_or_default().used_on(as_of);
    pinned.rulesets = Some(RulesetChoice {
        co_sell: Some(used.co_sell),
        rewards: Some(used.rewards),
        apss: Some(used.apss),
        storefront: Some(used.storefront),
    });
    pinned
}

/// Answers read from a share link, a decision record or the page's saved answers as their maker
/// saw them (RULES.md 12.2): answers written before the Rewards and APSS rule sets could be chosen
/// name neither, and had their seeds.
pub fn as_made(mut answers: Answers) -> Answers {
    let rulesets = answers.rulesets.get_or_insert_with(RulesetChoice::default);
    rulesets.rewards.get_or_insert(RewardsRuleset::R2020_07_14);
    rulesets.apss.get_or_insert(ApssRuleset::R2020_11_11);
    answers
}

/// The fragment (starting with `#`) for `answers` on the page's `part` (`co-sell`, `rewards`,
/// `apss`, `storefront`, `lead-sharing`, or `""` for the overview). Pass answers through [`pin`]
/// first to fix the date and rule sets. The same answers give the same fragment everywhere.
pub fn encode(answers: &Answers, part: &str) -> String {
    let json = serde_json::to_string(answers).unwrap_or_else(|_| "{}".to_owned());
    fragment_with(&lz_str::compress_to_encoded_uri_component(&json), part)
}

/// The fragment for a `payload` already compressed (lz-string's `compressToEncodedURIComponent`
/// of the answers' JSON). The page compresses with lz-string's JavaScript original, loaded when
/// a link is made or opened, instead of carrying `lz-str` in its first load; this function and
/// [`split`] keep the format in one place.
pub fn fragment_with(payload: &str, part: &str) -> String {
    format!("#/{part}?v={LINK_VERSION}&a={payload}")
}

/// The answers without contact details: the names and e-mail addresses of sales contacts, and
/// Marketplace Rewards' contact e-mail, company account e-mail and phone number. Roles and
/// regions stay, so co-sell's contact checks still count them; the checks that read a removed
/// detail show it as not answered.
pub fn without_contact_details(answers: Answers) -> Answers {
    let mut bare = answers;
    if let Some(contacts) = bare.offer.as_mut().and_then(|offer| offer.sales_contacts.as_mut()) {
        for contact in contacts {
            contact.name = None;
            contact.email = None;
        }
    }
    if let Some(rewards) = bare.rewards.as_mut() {
        rewards.contact_email = None;
        rewards.company_account_email = None;
        rewards.contact_phone = None;
    }
    bare
}

/// What an opened link holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    /// The part of the page (`co-sell`, …; `""` for the overview), as written in the link.
    pub part: String,
    /// The answers, read as far as this build can (see `notices`).
    pub answers: Answers,
    /// What was left out to read the rest; empty when the link was read whole.
    pub notices: Vec<Notice>,
}

/// Something in a link this build cannot use, left out so the rest can be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A rule set this build does not have (`rulesets.coSell`, `2022-01-01`); the default is used.
    UnknownRuleset {
        /// The JSON path of the rule set (`rulesets.coSell`).
        path: String,
        /// The rule set named in the link.
        value: String,
    },
    /// Answers written for another schema version; read as version 1 where they fit.
    OtherSchema {
        /// The schema version named in the link.
        version: String,
    },
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::UnknownRuleset { path, value } => write!(f, "{path}: rule set {value} is not in this version"),
            Notice::OtherSchema { version } => write!(f, "schemaVersion: written for schema version {version}"),
        }
    }
}

/// Why a link cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// `v=` names a link format this build does not read (a newer checker made it).
    Version(String),
    /// The answers cannot be recovered: cut off, edited or not made by this checker.
    Malformed(String),
    /// The answers were recovered but are not valid `Answers` (the error names the JSON path).
    Invalid(ParseError),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Version(v) => write!(f, "link format version {v} is not read by this version of the checker"),
            LinkError::Malformed(why) => write!(f, "the link is damaged: {why}"),
            LinkError::Invalid(e) => write!(f, "the link's answers are not valid: {e}"),
        }
    }
}

impl std::error::Error for LinkError {}

/// Whether `answers` hold a contact detail that [`without_contact_details`] leaves out (read off
/// the fields, without a copy: the page asks this on every render of its share panel).
pub fn has_contact_details(answers: &Answers) -> bool {
    let contacts = answers.offer.as_ref().and_then(|offer| offer.sales_contacts.as_ref());
    let rewards = answers.rewards.as_ref();
    contacts.is_some_and(|contacts| contacts.iter().any(|c| c.name.is_some() || c.email.is_some()))
        || rewards.is_some_and(|r| {
            r.contact_email.is_some() || r.company_account_email.is_some() || r.contact_phone.is_some()
        })
}

/// A share link's fragment taken apart before its answers are unpacked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The part of the page (`co-sell`, …; `""` for the overview), as written in the link.
    pub part: String,
    /// The compressed answers (`a=`), not yet unpacked.
    pub payload: &'a str,
}

/// Why [`split`] refuses a fragment, borrowed from it (the page only needs to know that it did;
/// [`decode`] turns it into a [`LinkError`] with its message).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SplitError<'a> {
    /// `v=` names another link format version.
    Version(&'a str),
    /// No `v=` at all.
    NoVersion,
    /// `a=` is empty or longer than [`MAX_PAYLOAD`].
    Size,
}

impl From<SplitError<'_>> for LinkError {
    fn from(error: SplitError<'_>) -> LinkError {
        match error {
            SplitError::Version(v) => LinkError::Version(v.chars().take(12).collect()),
            SplitError::NoVersion => LinkError::Malformed("it has no version".into()),
            SplitError::Size => LinkError::Malformed("the answers are missing or far too long".into()),
        }
    }
}

/// Takes a fragment (with or without the leading `#`) apart: its part and its compressed
/// answers, the link format version checked. `Ok(None)` when it holds no answers (an ordinary
/// `#/co-sell`). Never panics, whatever the text.
pub fn split(fragment: &str) -> Result<Option<Split<'_>>, SplitError<'_>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
    let param = |name: &str| query.split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='));
    let Some(payload) = param("a") else { return Ok(None) };
    match param("v") {
        Some(LINK_VERSION) => {}
        Some(other) => return Err(SplitError::Version(other)),
        None => return Err(SplitError::NoVersion),
    }
    if payload.is_empty() || payload.len() > MAX_PAYLOAD {
        return Err(SplitError::Size);
    }
    let part = path.strip_prefix('/').unwrap_or(path);
    let part = part.strip_suffix('/').unwrap_or(part).to_owned();
    Ok(Some(Split { part, payload }))
}

/// Reads a fragment (with or without the leading `#`). `Ok(None)` when it holds no answers
/// (an ordinary `#/co-sell`). Never panics, whatever the text.
pub fn decode(fragment: &str) -> Result<Option<Shared>, LinkError> {
    let Some(Split { part, payload }) = split(fragment)? else { return Ok(None) };
    let json = lz_str::decompress_from_encoded_uri_component(payload)
        .and_then(|units| String::from_utf16(&units).ok())
        .filter(|text| !text.is_empty())
        .ok_or_else(|| LinkError::Malformed("the answers cannot be unpacked (cut off or changed)".into()))?;
    let value: Value = serde_json::from_str(&json)
        .map_err(|_| LinkError::Malformed("the unpacked answers are not JSON (cut off or changed)".into()))?;
    let (answers, notices) = read_leniently(value).map_err(LinkError::Invalid)?;
    Ok(Some(Shared { part, answers: as_made(answers), notices }))
}

/// Reads answers, leaving out (with a notice) what a newer or older checker may have written and
/// this one cannot use: an unknown rule set, another schema version. Any other error stands.
pub fn read_leniently(mut value: Value) -> Result<(Answers, Vec<Notice>), ParseError> {
    let mut notices = Vec::new();
    // At most one retry per thing that can be left out: the schema version and two rule sets.
    for _ in 0..4 {
        let error = match read_answers(&value) {
            Ok(answers) => return Ok((answers, notices)),
            Err(error) => error,
        };
        let left_out = match error.path.as_str() {
            "schemaVersion" => remove(&mut value, &["schemaVersion"])
                .map(|v| Notice::OtherSchema { version: v.to_string().chars().take(12).collect() }),
            path @ ("rulesets.coSell" | "rulesets.storefront") => {
                remove(&mut value, &["rulesets", &path[9..]]).map(|v| Notice::UnknownRuleset {
                    path: path.to_owned(),
                    value: v.to_string().chars().take(40).collect(),
                })
            }
            _ => None,
        };
        match left_out {
            Some(notice) => notices.push(notice),
            None => return Err(error),
        }
    }
    read_answers(&value).map(|answers| (answers, notices))
}

/// Removes the value at `keys` from nested objects, returning it.
fn remove(value: &mut Value, keys: &[&str]) -> Option<Value> {
    let (last, parents) = keys.split_last()?;
    let mut object = value;
    for key in parents {
        object = object.get_mut(*key)?;
    }
    object.as_object_mut()?.remove(*last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use eligibility_rules::{answers_from_json, CoSellRuleset, Partner, StorefrontRuleset};

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn pin_fills_date_and_rulesets_but_keeps_what_was_chosen() {
        let answers = answers_from_json(r#"{"rulesets":{"coSell":"2021-07-13"}}"#).unwrap();
        let pinned = pin(answers.clone(), date("2026-11-26"));
        assert_eq!(pinned.as_of, Some(date("2026-11-26")));
        let rulesets = pinned.rulesets.unwrap();
        assert_eq!(rulesets.co_sell, Some(CoSellRuleset::R2021_07_13));
        assert_eq!(rulesets.storefront, Some(StorefrontRuleset::R2018_06_05));
        let dated = answers_from_json(r#"{"asOf":"2021-03-15"}"#).unwrap();
        assert_eq!(pin(dated, date("2026-11-26")).as_of, Some(date("2021-03-15")));
    }

    #[test]
    fn round_trip_keeps_answers_and_part() {
        let answers = Answers {
            partner: Some(Partner { has_mpn_id: Some(true), mpn_id: Some("1234567".into()), ..Partner::default() }),
            ..pin(Answers::default(), date("2026-11-26"))
        };
        let link = encode(&answers, "rewards");
        assert!(link.starts_with("#/rewards?v=1&a="), "{link}");
        let shared = decode(&link).unwrap().unwrap();
        assert_eq!(shared.part, "rewards");
        assert_eq!(shared.answers, answers);
        assert!(shared.notices.is_empty());
        // The overview is the empty part.
        assert_eq!(decode(&encode(&answers, "")).unwrap().unwrap().part, "");
    }

    #[test]
    fn splitting_gives_the_part_and_the_payload_that_encode_wrote() {
        let answers = pin(answers_from_json(r#"{"offer":{"name":"Ünïcode — 🚀"}}"#).unwrap(), date("2026-11-26"));
        let json = serde_json::to_string(&answers).unwrap();
        let payload = lz_str::compress_to_encoded_uri_component(&json);
        let link = encode(&answers, "apss");
        assert_eq!(link, fragment_with(&payload, "apss"));
        assert_eq!(split(&link), Ok(Some(Split { part: "apss".into(), payload: &payload })));
        let unpacked =
            lz_str::decompress_from_encoded_uri_component(&payload).and_then(|u| String::from_utf16(&u).ok());
        assert_eq!(unpacked, Some(json));
        assert_eq!(split("#/co-sell"), Ok(None));
        assert_eq!(split("#/?v=2&a=x"), Err(SplitError::Version("2")));
        assert_eq!(decode("#/?v=2&a=x"), Err(LinkError::Version("2".into())));
    }

    #[test]
    fn without_contact_details_keeps_roles_and_regions() {
        let answers = answers_from_json(
            r#"{"offer":{"offerType":"saas","salesContacts":[{"name":"A. Jansen","email":"a@contoso.example","role":"partner-sales","regions":["NL"]}]},
                "rewards":{"contactEmail":"m@contoso.example","companyAccountEmail":"c@contoso.example","contactPhone":"+31 20","contactLanguage":"nl"}}"#,
        )
        .unwrap();
        let bare = without_contact_details(answers.clone());
        let json = serde_json::to_string(&bare).unwrap();
        assert_eq!(
            json,
            r#"{"offer":{"offerType":"saas","salesContacts":[{"role":"partner-sales","regions":["NL"]}]},"rewards":{"contactLanguage":"nl"}}"#
        );
        assert_eq!(without_contact_details(Answers::default()), Answers::default());
        assert!(has_contact_details(&answers) && !has_contact_details(&bare));
        for json in [
            r#"{"offer":{"salesContacts":[{"name":"A","role":"partner-sales","regions":[]}]}}"#,
            r#"{"offer":{"salesContacts":[{"email":"a@b.example","role":"partner-sales","regions":[]}]}}"#,
            r#"{"rewards":{"contactPhone":"1"}}"#,
            r#"{"rewards":{"companyAccountEmail":"c@b.example"}}"#,
            r#"{"offer":{"salesContacts":[{"role":"partner-sales","regions":["NL"]}]},"rewards":{"contactLanguage":"nl"}}"#,
        ] {
            let answers = answers_from_json(json).unwrap();
            assert_eq!(has_contact_details(&answers), without_contact_details(answers.clone()) != answers, "{json}");
        }
    }

    #[test]
    fn ordinary_fragments_are_not_links() {
        for fragment in ["", "#", "#/", "#/co-sell", "/apss", "#/x?y=1"] {
            assert_eq!(decode(fragment), Ok(None), "{fragment}");
        }
    }

    #[test]
    fn malformed_links_are_refused_with_a_reason() {
        let good = encode(&pin(Answers::default(), date("2026-11-26")), "co-sell");
        let cut = &good[..good.len() - 6];
        assert!(matches!(decode(cut), Err(LinkError::Malformed(_))), "{:?}", decode(cut));
        assert!(matches!(decode("#/?v=1&a="), Err(LinkError::Malformed(_))));
        assert!(matches!(decode("#/?v=1&a=%%%%"), Err(LinkError::Malformed(_))));
        assert!(matches!(decode("#/?a=abc"), Err(LinkError::Malformed(_))));
        assert_eq!(decode("#/?v=7&a=abc"), Err(LinkError::Version("7".into())));
        let long = format!("#/?v=1&a={}", "A".repeat(MAX_PAYLOAD + 1));
        assert!(matches!(decode(&long), Err(LinkError::Malformed(_))));
    }

    fn link_of(json: &str) -> String {
        format!("#/co-sell?v=1&a={}", lz_str::compress_to_encoded_uri_component(json))
    }

    #[test]
    fn unknown_rule_sets_and_schemas_are_left_out_with_a_notice() {
        let shared = decode(&link_of(
            r#"{"schemaVersion":2,"rulesets":{"coSell":"2030-01-01","storefront":"2018-06-05"},"partner":{"hasMpnId":true}}"#,
        ))
        .unwrap()
        .unwrap();
        assert_eq!(shared.answers.partner.unwrap().has_mpn_id, Some(true));
        assert_eq!(shared.answers.rulesets.unwrap().storefront, Some(StorefrontRuleset::R2018_06_05));
        assert_eq!(
            shared.notices,
            vec![
                Notice::UnknownRuleset { path: "rulesets.coSell".into(), value: "\"2030-01-01\"".into() },
                Notice::OtherSchema { version: "2".into() },
            ]
        );
    }

    #[test]
    fn invalid_answers_name_their_path() {
        let Err(LinkError::Invalid(e)) = decode(&link_of(r#"{"offer":{"offerType":"saaas"}}"#)) else {
            panic!("expected invalid answers")
        };
        assert_eq!(e.path, "offer.offerType");
        assert!(matches!(decode(&link_of("[1,2]")), Err(LinkError::Invalid(_))));
    }
}
