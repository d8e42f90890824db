//! The tools' view in the page's `<dialog id="tools">` (outside the page's own Yew root, so the two
//! apps' event handling stays apart), opened as a modal dialog: one tool at a time (share link,
//! record, check many offers, a shared link), each with its heading (focused when it opens) and a
//! Close button; Escape closes it too, and the browser gives focus back to where it was.

use crate::files;
use crate::report_view::report_view;
use crate::request::ToolProps;
use crate::text::{t, T};
use eligibility_browser::options::browser_options;
use eligibility_browser::protocol::{AnswersEvent, AnswersFrom, ToolKind, ToolRequest, ANSWERS_EVENT};
use eligibility_browser::summary::summaries;
use eligibility_exchange::{batch, link, record};
use eligibility_rules::{
    evaluate, i18n, ApssStatus, CoSellStatus, Locale, Outcome, Program, Report, RewardsStatus, RuleId, Storefront,
};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

thread_local! {
    /// Shows a request in the mounted view; `None` until the view is mounted.
    static SHOW: RefCell<Option<Callback<ToolRequest>>> = const { RefCell::new(None) };
    /// The element that had focus when the dialog opened: it gets focus back when it closes.
    static OPENER: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
}

fn dialog() -> Option<web_sys::HtmlDialogElement> {
    let element = web_sys::window()?.document()?.get_element_by_id("tools")?;
    element.dyn_into::<web_sys::HtmlDialogElement>().ok()
}

/// Closes the tools' dialog (focus goes back to where it was).
fn close() {
    if let Some(dialog) = dialog() {
        dialog.close();
    }
}

/// Shows the tool of `request` in the dialog, mounting the view the first time. A share link
/// that can go straight into the form (readable, nothing left out, no answers of the visitor's
/// own to replace) needs no dialog: the page's Undo notice says what happened.
pub fn show(request: ToolRequest) {
    if request.kind == ToolKind::OpenLink && !request.has_own {
        if let Ok(Some(shared)) = link::decode(&request.input) {
            if shared.notices.is_empty() {
                put_on_page(&shared.answers, &shared.part, AnswersFrom::Link);
                return;
            }
        }
    }
    match SHOW.with(|s| s.borrow().clone()) {
        Some(show) => show.emit(request),
        None => {
            if let Some(root) = dialog() {
                // Escape, Close or a tool closes the dialog: focus goes back to where it was.
                let back = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
                    if let Some(opener) = OPENER.with(|o| o.borrow_mut().take()) {
                        let _ = opener.focus();
                    }
                });
                let _ = root.add_event_listener_with_callback("close", back.as_ref().unchecked_ref());
                back.forget(); // lives as long as the page
                yew::Renderer::<Tools>::with_root_and_props(root.into(), ToolsProps { first: request }).render();
            }
        }
    }
    if let Some(dialog) = dialog().filter(|d| !d.open()) {
        let opener = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
        OPENER.with(|o| *o.borrow_mut() = opener.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()));
        let _ = dialog.show_modal();
    }
}

fn focus(id: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

#[derive(Properties, PartialEq)]
struct ToolsProps {
    first: ToolRequest,
}

/// Puts answers in the page's form and closes the dialog, so the form and its result show.
fn put_on_page(answers: &eligibility_rules::Answers, part: &str, from: AnswersFrom) {
    send_answers(answers, part, from);
    close();
}

/// Sends answers to the page's form: an [`ANSWERS_EVENT`] whose detail is an [`AnswersEvent`]
/// (the page replaces its answers and offers Undo).
fn send_answers(answers: &eligibility_rules::Answers, part: &str, from: AnswersFrom) {
    let event = AnswersEvent { answers: answers.clone(), part: part.to_owned(), from };
    let Some(detail) = serde_json::to_string(&event).ok().and_then(|json| js_sys::JSON::parse(&json).ok()) else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let (Some(window), Ok(event)) =
        (web_sys::window(), web_sys::CustomEvent::new_with_event_init_dict(ANSWERS_EVENT, &init))
    {
        let _ = window.dispatch_event(&event);
    }
}

/// The tool last asked for (the dialog shows it while open).
#[component]
fn Tools(props: &ToolsProps) -> Html {
    let request = use_state(|| props.first.clone());
    {
        let setter = request.setter();
        use_effect_with((), move |_| {
            SHOW.with(|s| *s.borrow_mut() = Some(Callback::from(move |r: ToolRequest| setter.set(r))));
        });
    }
    use_effect_with((*request).clone(), |_| focus("tools-title"));
    let current = (*request).clone();
    let locale = current.locale;
    let props = current.clone();
    let (title, body) = match current.kind {
        ToolKind::Batch => (T::BatchTitle, html! { <Batch request={props} /> }),
        ToolKind::OpenRecord => (T::RecordTitle, html! { <RecordTool request={props} /> }),
        ToolKind::OpenLink => (T::LinkTitle, html! { <SharedLink request={props} /> }),
        ToolKind::DownloadRecord => (T::DownloadTitle, html! { <DownloadRecord request={props} /> }),
        ToolKind::Compare => (T::CompareTitle, html! { <crate::compare_view::Compare request={props} /> }),
        ToolKind::SaveUnreadable => (T::UnreadableTitle, html! { <SaveUnreadable request={props} /> }),
    };
    let close = Callback::from(|_: MouseEvent| close());
    html! {
        <section class="tools" aria-labelledby="tools-title" key={format!("{:?}", current.kind)}>
            <div class="tools-head">
                <h2 id="tools-title" tabindex="-1">{ t(locale, title) }</h2>
                <button type="button" class="secondary" id="tools-close" onclick={close}>{ t(locale, T::Close) }</button>
            </div>
            { body }
        </section>
    }
}

/// A file input with a drop zone; `on_file` gets the chosen or dropped file.
fn file_picker(locale: Locale, help: T, on_file: Callback<gloo_file::File>) -> Html {
    let chosen = {
        let on_file = on_file.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = files::from_input(&e) {
                on_file.emit(file);
            }
        })
    };
    let over = Callback::from(|e: DragEvent| e.prevent_default());
    let dropped = Callback::from(move |e: DragEvent| {
        e.prevent_default();
        if let Some(file) = files::first_file(e.data_transfer().and_then(|d| d.files())) {
            on_file.emit(file);
        }
    });
    html! {
        <div class="drop-zone" id="tools-drop" ondragover={over} ondrop={dropped}>
            <p id="tools-help">{ t(locale, help) }</p>
            <label for="tools-file">{ t(locale, T::ChooseFile) }</label>
            <input type="file" id="tools-file" accept=".json,.csv,application/json,text/csv" aria-describedby="tools-help" onchange={chosen} />
            <span class="drop-hint">{ t(locale, T::DropHere) }</span>
        </div>
    }
}

/// What reading a file gave.
#[derive(Clone, PartialEq)]
enum Loaded<V> {
    Nothing,
    Reading,
    Failed(String),
    Done(Rc<V>),
}

/// Reads the file, then turns its text into `T` (or the message of why not).
fn reader<V: 'static>(
    state: &UseStateHandle<Loaded<V>>,
    make: fn(&str, Locale) -> Result<V, String>,
    locale: Locale,
) -> Callback<gloo_file::File> {
    let state = state.clone();
    Callback::from(move |file: gloo_file::File| {
        let state = state.clone();
        state.set(Loaded::Reading);
        wasm_bindgen_futures::spawn_local(async move {
            let result = files::text(&file).await.and_then(|text| make(&text, locale));
            state.set(match result {
                Ok(value) => Loaded::Done(Rc::new(value)),
                Err(why) => Loaded::Failed(why),
            });
        });
    })
}

fn status_line<V>(locale: Locale, state: &Loaded<V>) -> Html {
    match state {
        Loaded::Reading => html! { <p class="tools-status" role="status">{ t(locale, T::Reading) }</p> },
        Loaded::Failed(why) => html! {
            <div class="notice notice--warning" role="alert" id="tools-error">
                <p><strong>{ t(locale, T::NotReadable) }{ ": " }</strong>{ why.clone() }</p>
            </div>
        },
        _ => html! { <p class="tools-status" role="status"></p> },
    }
}

/// A batch, checked: its rows, their reports and the table as CSV.
struct Checked {
    rows: Vec<batch::Row>,
    reports: Vec<Option<Report>>,
    csv: String,
}

fn check_batch(text: &str, locale: Locale) -> Result<Checked, String> {
    let rows = batch::read(text).map_err(|e| e.to_string())?;
    let options = browser_options(locale, None);
    let reports: Vec<_> = rows.iter().map(|r| r.answers.as_ref().ok().map(|a| evaluate(a, &options))).collect();
    let csv = batch::table_csv(&rows, &reports);
    Ok(Checked { rows, reports, csv })
}

/// The page's address without its fragment, for the share link of a row.
fn page_address() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

#[component]
fn Batch(props: &ToolProps) -> Html {
    let locale = props.request.locale;
    let state = use_state(|| Loaded::<Checked>::Nothing);
    let open = use_state(|| None::<usize>);
    // The row whose result was last opened: focus goes to the result when it opens, and back to
    // that row's button when it closes, so a keyboard or screen-reader user is never left behind.
    let came_from = use_mut_ref(|| None::<usize>);
    {
        let came_from = came_from.clone();
        use_effect_with(*open, move |open| match open {
            Some(i) => {
                *came_from.borrow_mut() = Some(*i);
                focus("batch-detail-title");
            }
            None => {
                if let Some(i) = came_from.borrow_mut().take() {
                    focus(&format!("batch-row-{i}"));
                }
            }
        });
    }
    let on_file = reader(&state, check_batch, locale);
    let table = match &*state {
        Loaded::Done(checked) => {
            let bad = checked.rows.iter().filter(|r| r.answers.is_err()).count();
            let csv = checked.csv.clone();
            let download = Callback::from(move |_: MouseEvent| {
                eligibility_browser::download("eligibility-batch.csv", &csv, "text/csv")
            });
            let toggle = |i: usize| {
                let open = open.clone();
                Callback::from(move |_: MouseEvent| open.set(if *open == Some(i) { None } else { Some(i) }))
            };
            let detail = (*open).and_then(|i| Some((i, checked.rows.get(i)?, checked.reports.get(i)?.as_ref()?)));
            html! {
                <>
                    <p class="tools-summary" id="batch-summary">{ format!("{} {}", checked.rows.len(), t(locale, T::RowsChecked)) }
                        if bad > 0 { { format!("; {bad} {}", t(locale, T::RowsBad)) } }</p>
                    <button type="button" id="batch-download" onclick={download}>{ t(locale, T::DownloadTable) }</button>
                    <div class="table-scroll" role="region" aria-labelledby="tools-title" tabindex="0">
                        <table class="batch-table" id="batch-table">
                            <thead><tr>
                                <th scope="col">{ t(locale, T::Row) }</th>
                                <th scope="col">{ t(locale, T::Offer) }</th>
                                <th scope="col">{ i18n::label(locale, eligibility_rules::Program::CoSell) }</th>
                                <th scope="col">{ i18n::label(locale, eligibility_rules::Program::Rewards) }</th>
                                <th scope="col">{ i18n::label(locale, eligibility_rules::Program::Apss) }</th>
                                <th scope="col">{ t(locale, T::Storefronts) }</th>
                                <th scope="col">{ t(locale, T::Problem) }</th>
                            </tr></thead>
                            <tbody>
                                { for checked.rows.iter().zip(&checked.reports).enumerate().map(|(i, (row, report))| {
                                    let name = row.answers.as_ref().ok().and_then(|a| a.offer.as_ref()?.name.clone()).unwrap_or_default();
                                    let cells = report.as_ref().map(|r| summaries(r, locale));
                                    let cell = |k: usize| cells.as_ref().map(|c| html! {
                                        <td data-program={c[k].program.as_str()} data-status={c[k].status}>
                                            <span aria-hidden="true">{ c[k].tone.icon() }{ " " }</span>{ c[k].text.clone() }</td>
                                    }).unwrap_or_else(|| html! { <td></td> });
                                    let problem = row.answers.as_ref().err().map(ToString::to_string).unwrap_or_default();
                                    html! {
                                        <tr class={if row.answers.is_err() { "bad-row" } else { "" }} data-row={row.at.clone()}>
                                            <th scope="row">{ row.at.trim_start_matches("row ").to_owned() }</th>
                                            <td>
                                                if report.is_some() {
                                                    <button type="button" class="link-button" id={format!("batch-row-{i}")} aria-expanded={(*open == Some(i)).to_string()} aria-controls="batch-detail" onclick={toggle(i)}>
                                                        { if name.is_empty() { t(locale, T::ShowResult).to_owned() } else { name.clone() } }
                                                    </button>
                                                } else { { name.clone() } }
                                            </td>
                                            { cell(0) }{ cell(1) }{ cell(2) }{ cell(3) }
                                            <td class="problem">{ problem }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <div id="batch-detail" aria-live="polite">
                        if let Some((i, row, report)) = detail {
                            <h3 id="batch-detail-title" tabindex="-1">{ format!("{} · {}", row.at, row.answers.as_ref().ok().and_then(|a| a.offer.as_ref()?.name.clone()).unwrap_or_default()) }</h3>
                            if let Ok(answers) = &row.answers {
                                <p class="tools-actions">
                                    <button type="button" id="batch-row-close" onclick={toggle(i)}>{ i18n::fill(t(locale, T::BackToRow), &[("row", row.at.trim_start_matches("row "))]) }</button>
                                    <button type="button" id="batch-row-open" onclick={{ let a = answers.clone(); Callback::from(move |_: MouseEvent| put_on_page(&a, "", AnswersFrom::Batch)) }}>{ t(locale, T::OpenInForm) }</button>
                                    <a id="batch-row-link" target="_blank" rel="noopener" href={format!("{}{}", page_address(), link::encode(&link::pin(answers.clone(), report.as_of), ""))}>{ t(locale, T::ShareRow) }</a>
                                </p>
                            }
                            { report_view(locale, report) }
                        }
                    </div>
                </>
            }
        }
        other => status_line(locale, other),
    };
    html! {
        <>
            { file_picker(locale, T::BatchHelp, on_file) }
            { table }
        </>
    }
}

/// A record read back: the record, this build's report for its answers (in the page's language)
/// and what differs from the recorded report.
struct Reopened {
    record: record::Record,
    now: Report,
    changes: Vec<record::Change>,
}

fn reopen(text: &str, locale: Locale) -> Result<Reopened, String> {
    let record = record::read(text).map_err(|e| e.to_string())?;
    let (_, changes) = record::recheck(&record, &browser_options(record.locale, None));
    let now = evaluate(&record.answers, &browser_options(locale, Some(record.report.as_of)));
    Ok(Reopened { record, now, changes })
}

/// A difference between a record and this build in the page's words: what changed (the
/// program's status, or a check by its requirement and rule id), and both values (a status or
/// an outcome) as the page names them. Codes this build does not know are shown as they are.
fn change_in_words(locale: Locale, report: &Report, change: &record::Change) -> (String, String, String) {
    let program = Program::from_str_opt(change.program);
    let name = program.map_or(change.program, |p| i18n::label(locale, p));
    if change.what == "status" {
        let status = |code: &str| -> String {
            match program {
                Some(Program::CoSell) => CoSellStatus::from_str_opt(code)
                    .map(|s| i18n::co_sell_status_name(locale, s, report.rulesets.co_sell).to_owned()),
                Some(Program::Rewards) => RewardsStatus::from_str_opt(code).map(|s| i18n::label(locale, s).to_owned()),
                Some(Program::Apss) => ApssStatus::from_str_opt(code).map(|s| i18n::label(locale, s).to_owned()),
                Some(Program::Storefront) => Some(
                    code.split(';')
                        .filter(|s| !s.is_empty())
                        .map(|s| {
                            Storefront::from_str_opt(s)
                                .map_or_else(|| s.to_owned(), |f| i18n::storefront_name(f).to_owned())
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                _ => None,
            }
            .unwrap_or_else(|| code.to_owned())
        };
        return (format!("{name}: {}", t(locale, T::Status)), status(&change.recorded), status(&change.now));
    }
    let rule = RuleId::from_str_opt(&change.what);
    let what = rule.map_or_else(
        || change.what.clone(),
        |r| format!("{} ({r})", i18n::requirement(locale, r, report.rulesets.co_sell)),
    );
    let outcome =
        |code: &str| Outcome::from_str_opt(code).map_or_else(|| "—".to_owned(), |o| i18n::label(locale, o).to_owned());
    (format!("{name}: {what}"), outcome(&change.recorded), outcome(&change.now))
}

#[component]
fn RecordTool(props: &ToolProps) -> Html {
    let locale = props.request.locale;
    let state = use_state(|| Loaded::<Reopened>::Nothing);
    let on_file = reader(&state, reopen, locale);
    let shown = match &*state {
        Loaded::Done(r) => {
            let meta = i18n::fill(
                t(locale, T::RecordMeta),
                &[
                    ("created", &i18n::format_date(locale, r.record.created_on)),
                    ("version", &r.record.product_label()),
                    ("asOf", &i18n::format_date(locale, r.record.report.as_of)),
                ],
            );
            html! {
                <>
                    <p id="record-meta">{ meta }</p>
                    <p class="tools-actions"><button type="button" id="record-open-in-form" onclick={{
                        let a = r.record.answers.clone();
                        Callback::from(move |_: MouseEvent| put_on_page(&a, "", AnswersFrom::Record))
                    }}>{ t(locale, T::OpenInForm) }</button></p>
                    if r.changes.is_empty() {
                        <p class="notice" id="record-same" role="status">{ t(locale, T::RecordSame) }</p>
                    } else {
                        <div class="notice notice--warning" id="record-differs" role="status">
                            <p>{ t(locale, T::RecordDiffers) }</p>
                            <table class="changes">
                                <thead><tr><th scope="col">{ t(locale, T::Rule) }</th><th scope="col">{ t(locale, T::Recorded) }</th><th scope="col">{ t(locale, T::Now) }</th></tr></thead>
                                <tbody>{ for r.changes.iter().map(|c| {
                                    let (what, recorded, now) = change_in_words(locale, &r.record.report, c);
                                    html! { <tr><th scope="row">{ what }</th><td>{ recorded }</td><td>{ now }</td></tr> }
                                }) }</tbody>
                            </table>
                        </div>
                    }
                    { report_view(locale, &r.now) }
                </>
            }
        }
        other => status_line(locale, other),
    };
    html! {
        <>
            { file_picker(locale, T::RecordHelp, on_file) }
            { shown }
        </>
    }
}

#[component]
fn SharedLink(props: &ToolProps) -> Html {
    let request = &props.request;
    let locale = request.locale;
    let shared = use_memo(request.input.clone(), |fragment| link::decode(fragment));
    // Without answers of the visitor's own, the link's answers go straight into the form.
    // `Some(true)`: shown in the form; `Some(false)`: the visitor kept their own.
    let asked = use_state(|| (!request.has_own).then_some(true));
    {
        let (shared, has_own) = (shared.clone(), request.has_own);
        use_effect_with((), move |_| {
            // (The dialog stays open: it lists what the link held that this version left out.)
            if let (Ok(Some(s)), false) = (&*shared, has_own) {
                send_answers(&s.answers, &s.part, AnswersFrom::Link);
            }
        });
    }
    match &*shared {
        Ok(None) => Html::default(),
        Err(e) => html! {
            <div class="notice notice--warning" role="alert" id="link-error">
                <p><strong>{ t(locale, T::LinkBroken) }{ ": " }</strong>{ e.to_string() }</p>
            </div>
        },
        Ok(Some(shared)) => {
            let open = {
                let (answers, part, asked) = (shared.answers.clone(), shared.part.clone(), asked.clone());
                Callback::from(move |_: MouseEvent| {
                    asked.set(Some(true));
                    put_on_page(&answers, &part, AnswersFrom::Link);
                })
            };
            let keep = {
                let asked = asked.clone();
                Callback::from(move |_: MouseEvent| asked.set(Some(false)))
            };
            html! {
                <>
                    if !shared.notices.is_empty() {
                        <div class="notice notice--warning" role="status" id="link-notices">
                            <p>{ t(locale, T::LinkNotice) }</p>
                            <ul>{ for shared.notices.iter().map(|n| html! { <li>{ n.to_string() }</li> }) }</ul>
                        </div>
                    }
                    { match *asked {
                        None => html! {
                            <div class="notice" role="group" aria-labelledby="link-ask" id="link-question">
                                <p id="link-ask">{ t(locale, T::LinkAsk) }</p>
                                <button type="button" id="link-open" onclick={open}>{ t(locale, T::LinkOpen) }</button>
                                <button type="button" class="secondary" id="link-keep" onclick={keep}>{ t(locale, T::KeepMine) }</button>
                            </div>
                        },
                        Some(true) => html! { <p id="link-shown" role="status">{ t(locale, T::LinkShown) }</p> },
                        Some(false) => html! { <p id="link-kept" role="status">{ t(locale, T::LinkKept) }</p> },
                    } }
                </>
            }
        }
    }
}

#[component]
fn DownloadRecord(props: &ToolProps) -> Html {
    let request = &props.request;
    let locale = request.locale;
    let name = format!("eligibility-record-{}.json", request.today);
    {
        let (request, name) = (request.clone(), name.clone());
        use_effect_with((), move |_| {
            let made = record::make(&request.answers, &browser_options(request.locale, Some(request.today)));
            eligibility_browser::download(&name, &record::to_json(&made), "application/json");
        });
    }
    html! {
        <p id="record-saved" role="status">{ i18n::fill(t(locale, T::RecordSaved), &[("file", &name)]) }</p>
    }
}

/// Saves the text of saved answers the page could not read (`request.input`) as a file, so
/// nothing the visitor typed is lost.
#[component]
fn SaveUnreadable(props: &ToolProps) -> Html {
    let request = &props.request;
    let name = "unreadable-saved-answers.json";
    {
        let text = request.input.clone();
        use_effect_with((), move |_| eligibility_browser::download(name, &text, "application/json"));
    }
    html! {
        <p id="unreadable-saved" role="status">{ i18n::fill(t(request.locale, T::UnreadableSaved), &[("file", name)]) }</p>
    }
}
