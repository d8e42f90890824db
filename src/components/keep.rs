//! Keep and share on the page: the notices about saved answers (unreadable, not kept, Undo), the
//! buttons that start the tools module (share link, record, batch) and "Start again" with its
//! confirmation, and the two hooks that bring answers in from a share link or the tools module.

use crate::form::{Action, Form, Replaced};
use crate::route::Route;
use crate::saved::{Loaded, ASIDE_KEY};
use crate::tools::{self, Request, ANSWERS_EVENT};
use crate::ui_text::{t, Ui};
use eligibility_rules::{Answers, Date, Locale};
use gloo_history::{HashHistory, History};
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use yew::prelude::*;

/// Puts answers sent by the tools module (an opened link, record or batch row) on the page,
/// with "Undo", and shows the part they were shared from.
#[hook]
pub fn use_answers_event(form: &UseReducerHandle<Form>, history: &HashHistory) {
    let (form, history) = (form.dispatcher(), history.clone());
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let detail = event.detail();
            let get = |key: &str| js_sys::Reflect::get(&detail, &key.into()).unwrap_or(JsValue::UNDEFINED);
            // The module has checked them already; the page reads them as the JS API does.
            let Ok(answers) = crate::saved::read(serde_wasm_bindgen::Deserializer::from(get("answers"))) else {
                return;
            };
            let why = match get("from").as_string().as_deref() {
                Some("record") => Replaced::Record,
                Some("batch") => Replaced::Batch,
                _ => Replaced::Link,
            };
            form.dispatch(Action::Load(Box::new(answers), why));
            let part = get("part").as_string().unwrap_or_default();
            history.push(Route::from_path(&format!("/{part}")).path());
            crate::focus_after_render("undo".into());
        });
        let window = web_sys::window();
        if let Some(window) = &window {
            let _ = window.add_event_listener_with_callback(ANSWERS_EVENT, listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(window) = window {
                let _ = window.remove_event_listener_with_callback(ANSWERS_EVENT, listener.as_ref().unchecked_ref());
            }
        }
    });
}

/// On start, a fragment with a share link's answers (`#/co-sell?v=1&a=…`) goes to the tools
/// module, which opens it (asking first when the visitor has answers of their own); the address
/// keeps only the part, so the answers do not stay in the address bar.
#[hook]
pub fn use_shared_link(history: &HashHistory, answers: Rc<Answers>, locale: Locale, today: Date, has_own: bool) {
    let history = history.clone();
    use_effect_with((), move |_| {
        let location = history.location();
        let query = location.query_str();
        if query.contains("a=") {
            let (path, fragment) = (location.path().to_owned(), format!("#{}{query}", location.path()));
            history.replace(Route::from_path(&path).path());
            let part = path.trim_start_matches('/');
            tools::open("open-link", &Request { answers: &answers, part, locale, today, has_own, fragment: &fragment });
        }
    });
}

/// The notices above the questions: saved answers that could not be read (with their text to
/// download), answers not kept by this browser, and "Undo" after answers were replaced.
pub fn notices(form: &UseReducerHandle<Form>, loaded: &Loaded, kept: bool) -> Html {
    let locale = form.locale;
    let unreadable = match loaded {
        Loaded::Unreadable { text, why } => {
            let text = text.clone();
            let download = Callback::from(move |_: MouseEvent| {
                crate::download("unreadable-saved-answers.json", &text, "application/json")
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

/// The keep-and-share buttons and "Start again" (which asks first).
pub fn keep_actions(
    form: &UseReducerHandle<Form>,
    confirming: &UseStateHandle<bool>,
    answers: &Answers,
    route: Route,
    today: Date,
    has_own: bool,
) -> Html {
    let locale = form.locale;
    let tool = |kind: &'static str| {
        let answers = answers.clone();
        Callback::from(move |_: MouseEvent| {
            let part = route.path().trim_start_matches('/');
            tools::open(kind, &Request { answers: &answers, part, locale, today, has_own, fragment: "" });
        })
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
            <button type="button" id="share-link" class="secondary" onclick={tool("share-link")}>{ t(locale, Ui::ShareLink) }</button>
            <button type="button" id="download-record" class="secondary" onclick={tool("download-record")}>{ t(locale, Ui::DownloadRecord) }</button>
            <button type="button" id="open-record" class="secondary" onclick={tool("open-record")}>{ t(locale, Ui::OpenRecord) }</button>
            <button type="button" id="batch" class="secondary" onclick={tool("batch")}>{ t(locale, Ui::Batch) }</button>
            <button type="button" id="compare" class="secondary" onclick={tool("compare")}>{ t(locale, Ui::Compare) }</button>
            <button type="button" id="start-over" class="secondary" onclick={ask}>{ t(locale, Ui::StartOver) }</button>
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
