//! Keep and share on the page: the notices about saved answers (unreadable, not kept, Undo), the
//! share link (made, copied and opened by the page itself), the buttons that start the tools
//! module (record, batch, compare), "Start again" with its confirmation, and the hooks that bring
//! answers in from a share link or the tools module.

use crate::form::{Action, Form, Replaced};
use crate::saved::{Loaded, ASIDE_KEY};
use crate::share::{self, Opened};
use crate::tools;
use eligibility_browser::protocol::{AnswersEvent, AnswersFrom, ToolKind, ToolRequest, ANSWERS_EVENT};
use eligibility_browser::route::Route;
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::{check_schema_version, Answers, Date, Locale};
use gloo_history::{HashHistory, History};
use serde::Deserialize;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Puts `answers` in the form in place of the visitor's (with "Undo"), shows the part they come
/// from and moves focus to the Undo notice.
fn put_in_form(
    form: &UseReducerDispatcher<Form>,
    history: &HashHistory,
    answers: Rc<Answers>,
    part: &str,
    why: Replaced,
) {
    form.dispatch(Action::Load(answers, why));
    history.push(Route::from_path(&format!("/{part}")).path());
    crate::focus_after_render("undo".into());
}

/// Puts answers sent by the tools module (an opened link, record or batch row) on the page,
/// with "Undo", and shows the part they were shared from.
#[hook]
pub fn use_answers_event(form: &UseReducerHandle<Form>, history: &HashHistory) {
    let (form, history) = (form.dispatcher(), history.clone());
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            gloo_events::EventListener::new(&window, ANSWERS_EVENT, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::CustomEvent>() else { return };
                // The module has checked the answers already; the page reads them as it reads its own.
                let Ok(detail) = AnswersEvent::deserialize(serde_wasm_bindgen::Deserializer::from(event.detail()))
                else {
                    return;
                };
                let Ok(answers) = check_schema_version(detail.answers) else { return };
                let why = match detail.from {
                    AnswersFrom::Record => Replaced::Record,
                    AnswersFrom::Batch => Replaced::Batch,
                    AnswersFrom::Link => Replaced::Link,
                };
                put_in_form(&form, &history, Rc::new(answers), &detail.part, why);
            })
        });
        move || drop(listener)
    });
}

/// A share link's answers waiting for the visitor's word, because they would replace answers of
/// the visitor's own; or the visitor kept their own.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkAsk {
    /// The link's answers and part.
    Asking(Rc<Answers>, String),
    /// The visitor kept their own answers.
    Kept,
}

/// A fragment with a share link's answers (`#/co-sell?v=1&a=…`), when the page starts or when one
/// is pasted into an open tab, goes into the form: at once when the visitor has no answers of
/// their own, else after asking (`ask`). The page reads the link itself; one it cannot read goes
/// to the tools module, which says what is wrong. The address keeps only the part, so the answers
/// do not stay in the address bar.
#[hook]
pub fn use_shared_link(
    history: &HashHistory,
    form: &UseReducerHandle<Form>,
    page: PageNow,
    ask: &UseStateHandle<Option<LinkAsk>>,
) {
    // The listener lives as long as the page; it reads the answers and date of the latest render.
    let now = use_mut_ref(|| page.clone());
    *now.borrow_mut() = page;
    let (history, form, ask) = (history.clone(), form.dispatcher(), ask.setter());
    use_effect_with((), move |_| {
        let check = {
            let history = history.clone();
            move || {
                let location = history.location();
                let query = location.query_str().to_owned();
                if !query.contains("a=") {
                    return;
                }
                let path = location.path().to_owned();
                let fragment = format!("#{path}{query}");
                history.replace(Route::from_path(&path).path());
                let now = now.borrow().clone();
                let (history, form, ask) = (history.clone(), form.clone(), ask.clone());
                let link = fragment.clone();
                let done = move |opened| match opened {
                    Opened::NotALink => {}
                    Opened::Answers(answers, part) if now.has_own => {
                        ask.set(Some(LinkAsk::Asking(answers, part)));
                        crate::focus_after_render("link-open".into());
                    }
                    Opened::Answers(answers, part) => put_in_form(&form, &history, answers, &part, Replaced::Link),
                    Opened::NeedsTools => {
                        tools::open(&now.request(ToolKind::OpenLink, path.trim_start_matches('/'), fragment))
                    }
                };
                share::open(&link, Box::new(done));
            }
        };
        check();
        let listener = history.listen(check);
        move || drop(listener)
    });
}

/// What the page holds now, for share links and the tools.
#[derive(Clone, Debug, PartialEq)]
pub struct PageNow {
    /// The answers in the form.
    pub answers: Rc<Answers>,
    /// The page's language.
    pub locale: Locale,
    /// Today's date in the browser (the default evaluation date).
    pub today: Date,
    /// Whether the answers are the visitor's own: anything answered (an empty form is not).
    pub has_own: bool,
}

impl PageNow {
    /// The request for the tool `kind` on the page's `part`.
    fn request(&self, kind: ToolKind, part: &str, input: String) -> ToolRequest<&Answers> {
        ToolRequest {
            kind,
            answers: &self.answers,
            part: part.to_owned(),
            locale: self.locale,
            today: self.today,
            has_own: self.has_own,
            input,
        }
    }
}

/// "This link holds someone's answers…" with Show and Keep, or that the visitor kept theirs.
pub fn link_question(
    form: &UseReducerHandle<Form>,
    history: &HashHistory,
    ask: &UseStateHandle<Option<LinkAsk>>,
) -> Html {
    let locale = form.locale;
    match ask.as_ref() {
        None => Html::default(),
        Some(LinkAsk::Kept) => {
            html! { <p class="notice" id="link-kept" role="status" tabindex="-1">{ t(locale, Ui::LinkKept) }</p> }
        }
        Some(LinkAsk::Asking(answers, part)) => {
            let open = {
                let (form, history, ask, answers, part) =
                    (form.dispatcher(), history.clone(), ask.clone(), answers.clone(), part.clone());
                Callback::from(move |_: MouseEvent| {
                    ask.set(None);
                    put_in_form(&form, &history, answers.clone(), &part, Replaced::Link);
                })
            };
            let keep = {
                let ask = ask.clone();
                Callback::from(move |_: MouseEvent| {
                    ask.set(Some(LinkAsk::Kept));
                    // Where the question was: the reader stays at the top of the form.
                    crate::focus_after_render("link-kept".into());
                })
            };
            html! {
                <div class="notice notice--warning" role="group" aria-labelledby="link-ask" id="link-question">
                    <p id="link-ask">{ t(locale, Ui::LinkAsk) }</p>
                    <button type="button" id="link-open" onclick={open}>{ t(locale, Ui::LinkOpen) }</button>
                    <button type="button" class="secondary" id="link-keep" onclick={keep}>{ t(locale, Ui::KeepAnswers) }</button>
                </div>
            }
        }
    }
}

/// The share link the page has made and copied (or offered to copy).
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    /// The answers it holds: the panel shows while they are the page's answers (after a change
    /// the link is stale).
    pub answers: Rc<Answers>,
    /// The link.
    pub url: String,
    /// Whether the link holds the contact details.
    pub contacts: bool,
    /// Copied to the clipboard; else the browser refused and the visitor copies it by hand (or,
    /// with no `url`, the link could not be made).
    pub copied: bool,
}

/// Makes the share link of `answers` on `part` and copies it to the clipboard; the panel then
/// shows it with focus on it, so where the browser refuses, it is selected for copying by hand.
fn share(shared: &UseStateHandle<Option<Shared>>, answers: Rc<Answers>, today: Date, part: &str, contacts: bool) {
    let (shared, held) = (shared.clone(), answers.clone());
    let made = Box::new(move |fragment: Option<String>| {
        // No fragment: lz-string could not be loaded (offline before it was ever needed).
        let url = fragment.map(|fragment| format!("{}{fragment}", share::page_address())).unwrap_or_default();
        let writing = web_sys::window().filter(|_| !url.is_empty()).map(|w| w.navigator().clipboard().write_text(&url));
        let show: Box<dyn FnOnce(Result<JsValue, JsValue>)> = Box::new(move |outcome| {
            let copied = outcome.is_ok();
            shared.set(Some(Shared { answers: held, url, contacts, copied }));
            // The link gets focus (and is selected) for copying by hand; its status line says which.
            crate::focus_after_render("share-url".into());
        });
        match writing {
            Some(writing) => crate::when(&writing, show),
            None => show(Err(JsValue::NULL)),
        }
    });
    share::make((*answers).clone(), today, part, contacts, made);
}

/// Selects the text of the input `id` (for copying by hand), showing its start (the address).
fn select(id: &str) {
    if let Some(input) = crate::element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        let _ = input.set_selection_range_with_direction(0, input.value().len() as u32, "backward");
        input.set_scroll_left(0);
    }
}

/// The share link just made, while the page holds the answers it was made for: the address
/// (selected when it gets focus), whether it was copied, what it holds, and the same link without
/// contact details when there are any.
fn share_panel(
    form: &UseReducerHandle<Form>,
    shared: &UseStateHandle<Option<Shared>>,
    page: &PageNow,
    part: &'static str,
) -> Html {
    let locale = form.locale;
    let Some(current) = shared.as_ref().filter(|s| Rc::ptr_eq(&s.answers, &page.answers)) else {
        return Html::default();
    };
    let other = {
        let (shared, answers, today) = (shared.clone(), page.answers.clone(), page.today);
        Callback::from(move |_: MouseEvent| share(&shared, answers.clone(), today, part, false))
    };
    let status = match (current.copied, current.url.is_empty(), current.contacts) {
        (true, _, true) => Ui::Copied,
        (true, _, false) => Ui::CopiedWithoutContacts,
        (false, false, _) => Ui::CopyYourself,
        (false, true, _) => Ui::ShareFailed,
    };
    let details = eligibility_exchange::link::has_contact_details(&page.answers);
    let contacts = if current.contacts { Ui::ShareHoldsContacts } else { Ui::ShareHoldsNoContacts };
    html! {
        <div class="notice share-panel" role="group" aria-labelledby="share-url-label" id="share-panel">
            // What happened and what the link holds first: focus on the link below scrolls them into view too.
            <p id="share-status" role="status">{ t(locale, status) }</p>
            <p id="share-holds">{ t(locale, Ui::ShareHolds) }if details { { " " }{ t(locale, contacts) } }</p>
            <label for="share-url" id="share-url-label">{ t(locale, Ui::ShareUrl) }</label>
            <input type="text" id="share-url" class="share-url" readonly=true value={current.url.clone()} aria-describedby="share-status share-holds"
                onfocus={Callback::from(|_: FocusEvent| select("share-url"))} />
            // Without contact details, on request: "Copy share link" makes the full link again.
            if details && current.contacts {
                <button type="button" class="secondary" id="share-other" onclick={other}>{ t(locale, Ui::ShareWithoutContacts) }</button>
            }
        </div>
    }
}

/// The notices above the questions: saved answers that could not be read (with their text to
/// save, by the tools module), answers not kept by this browser, and "Undo" after answers were replaced.
pub fn notices(form: &UseReducerHandle<Form>, page: &PageNow, loaded: &Loaded, kept: bool) -> Html {
    let locale = form.locale;
    let unreadable = match loaded {
        Loaded::Unreadable { text, why } => {
            // The file is saved by the tools module, as every download is.
            let (page, text) = (page.clone(), text.clone());
            let download = Callback::from(move |_: MouseEvent| {
                tools::open(&page.request(ToolKind::SaveUnreadable, "", text.clone()))
            });
            html! {
                <div class="notice notice--warning" id="saved-unreadable" role="alert">
                    <p>{ t(locale, Ui::SavedUnreadable) }<span class="notice-detail">{ format!(" ({why})") }</span></p>
                    <button type="button" class="secondary" id="download-unreadable" onclick={download} data-key={ASIDE_KEY}>{ t(locale, Ui::DownloadUnreadable) }</button>
                </div>
            }
        }
        _ => Html::default(),
    };
    let undo = form.previous.as_ref().map(|(_, why)| {
        let text = match why {
            Replaced::Cleared => Ui::Cleared,
            Replaced::Link => Ui::OpenedLink,
            Replaced::Record => Ui::OpenedRecord,
            Replaced::Batch => Ui::OpenedBatchRow,
        };
        let undo = super::send(form, |_: MouseEvent| Action::Undo);
        html! {
            <div class="notice" id="undo-notice" role="status">
                <p>{ t(locale, text) }</p>
                <button type="button" class="secondary" id="undo" onclick={undo}>{ t(locale, Ui::Undo) }</button>
            </div>
        }
    });
    html! {
        <>
            { unreadable }
            { for undo }
            <p class="storage-note" id="storage-note" role="status">
                if !kept { { t(locale, Ui::NotKept) } }
            </p>
        </>
    }
}

/// The keep-and-share buttons (the share link made by the page, the other tools by the tools
/// module), the share link just made, and "Start again" (which asks first).
pub fn keep_actions(
    form: &UseReducerHandle<Form>,
    confirming: &UseStateHandle<bool>,
    shared: &UseStateHandle<Option<Shared>>,
    page: &PageNow,
    route: Route,
) -> Html {
    let locale = form.locale;
    let part = route.path().trim_start_matches('/');
    let tool = |kind: ToolKind| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| tools::open(&page.request(kind, part, String::new())))
    };
    let copy = {
        let (shared, answers, today) = (shared.clone(), page.answers.clone(), page.today);
        Callback::from(move |_: MouseEvent| share(&shared, answers.clone(), today, part, true))
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(true);
            crate::focus_after_render("confirm-start-over".into());
        })
    };
    let answer = |clear: bool| {
        let (form, confirming) = (form.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            if clear {
                form.dispatch(Action::StartOver);
                crate::focus_after_render("undo".into());
            } else {
                crate::focus_after_render("start-over".into());
            }
        })
    };
    html! {
        <>
            <button type="button" id="share-link" class="secondary" onclick={copy}>{ t(locale, Ui::ShareLink) }</button>
            <button type="button" id="download-record" class="secondary" onclick={tool(ToolKind::DownloadRecord)}>{ t(locale, Ui::DownloadRecord) }</button>
            <button type="button" id="open-record" class="secondary" onclick={tool(ToolKind::OpenRecord)}>{ t(locale, Ui::OpenRecord) }</button>
            <button type="button" id="batch" class="secondary" onclick={tool(ToolKind::Batch)}>{ t(locale, Ui::Batch) }</button>
            <button type="button" id="compare" class="secondary" onclick={tool(ToolKind::Compare)}>{ t(locale, Ui::Compare) }</button>
            <button type="button" id="start-over" class="secondary" onclick={ask}>{ t(locale, Ui::StartOver) }</button>
            { share_panel(form, shared, page, part) }
            if **confirming {
                <div class="notice notice--warning confirm" role="group" aria-labelledby="confirm-start-over-text">
                    <p id="confirm-start-over-text">{ t(locale, Ui::ConfirmStartOver) }</p>
                    <button type="button" id="confirm-start-over" onclick={answer(true)}>{ t(locale, Ui::ClearAnswers) }</button>
                    <button type="button" id="cancel-start-over" class="secondary" onclick={answer(false)}>{ t(locale, Ui::KeepAnswers) }</button>
                </div>
            }
        </>
    }
}
