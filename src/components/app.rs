//! The app shell: the skip link and the language switch (added to index.html's header, whose
//! texts, like the footer's, are static HTML: `crates/first-screen`), the parts of the page (in
//! the URL fragment, so `#/rewards` opens Marketplace Rewards and Back and Forward work), the
//! questions of the part shown, every program's result panel and the print record.
//!
//! One `Form` holds every answer, so a question that several programs read is one answer on every
//! part; one `Report` is evaluated per change and every panel renders from it.

use super::keep::{keep_actions, link_question, notices, use_answers_event, use_shared_link, LinkAsk, PageNow, Shared};
use super::programs::{self, panel_id};
use super::questions::part_questions;
use super::record::record;
use super::send;
use crate::form::{Action, Form};
use crate::saved::{self, Loaded};
use eligibility_browser::options::{browser_options, browser_today};
use eligibility_browser::route::Route;
use eligibility_browser::summary::{summaries, Summary};
use eligibility_browser::ui_text::{t, Ui};
use eligibility_rules::{evaluate, i18n, Answers, Locale, Program, Report};
use gloo_history::{HashHistory, History};
use std::rc::Rc;
use yew::prelude::*;

/// The page's language, as www/boot.js chose it before the app started (`?lang=` in the link,
/// else the visitor's earlier choice on this browser, else the browser's language) and wrote
/// into `<html lang>`.
fn preferred_locale() -> Locale {
    match document_element().and_then(|root| root.get_attribute("lang")).as_deref() {
        Some("nl") => Locale::Nl,
        _ => Locale::En,
    }
}

fn document_element() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// The id of the element that holds a part's result.
fn result_id(route: Route) -> String {
    route.program().map_or_else(|| "overview".to_owned(), panel_id)
}

/// `content` in index.html's header, in the room it keeps for it (`#header-tools`; in place where
/// there is none).
fn in_header(header: &Option<web_sys::Element>, content: Html) -> Html {
    match header {
        Some(header) => create_portal(content, header.clone()),
        None => content,
    }
}

/// A link to a part. A plain click pushes the part on the history and then shows it
/// (`show_part_after_render`: focus on its result, or on its status above the questions where a
/// phone shows that, and its first question in view); a click with a modifier key keeps the
/// browser's own behaviour (new tab, window).
fn part_link(history: &HashHistory, route: Route) -> Callback<MouseEvent> {
    let history = history.clone();
    Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        history.push(route.path());
        crate::show_part_after_render(result_id(route));
    })
}

/// The part in the fragment, following the history (links, Back, Forward, typed URLs).
#[hook]
fn use_part() -> (Route, HashHistory) {
    let history = use_memo((), |_| HashHistory::new());
    let route = use_state(|| Route::from_path(history.location().path()));
    {
        let (history, route) = ((*history).clone(), route.setter());
        use_effect_with((), move |_| {
            let current = history.clone();
            let listener = history.listen(move || route.set(Route::from_path(current.location().path())));
            move || drop(listener)
        });
    }
    (*route, (*history).clone())
}

/// The whole page.
#[component]
pub fn App() -> Html {
    let loaded = use_memo((), |_| saved::load());
    let form = {
        let loaded = loaded.clone();
        use_reducer(move || match &*loaded {
            Loaded::Answers(answers) => Form::from_answers(answers, preferred_locale()),
            _ => Form::new(preferred_locale()),
        })
    };
    let locale = form.locale;
    let (route, history) = use_part();
    let today = *use_memo((), |_| browser_today());
    let answers: Rc<Answers> = use_memo((*form).clone(), |form| form.answers());
    let report: Rc<Report> = use_memo(((*answers).clone(), locale, today), |(answers, locale, today)| {
        evaluate(answers, &browser_options(*locale, Some(*today)))
    });
    // Every answer is saved as it is given; `false` when this browser keeps nothing.
    let kept = use_state(|| !matches!(*loaded, Loaded::Unavailable));
    {
        let kept = kept.setter();
        use_effect_with(answers.clone(), move |answers| kept.set(saved::save(answers)));
    }
    let page = PageNow { answers: answers.clone(), locale, today, has_own: Form::answered(&answers) };
    let confirming = use_state(|| false);
    let shared = use_state(|| None::<Shared>);
    let link_ask = use_state(|| None::<LinkAsk>);
    use_answers_event(&form, &history);
    use_shared_link(&history, &form, page.clone(), &link_ask);
    let summaries = summaries(&report, locale);
    use_effect_with(locale, |locale| {
        if let Some(root) = document_element() {
            let _ = root.set_attribute("lang", locale.as_str());
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(t(*locale, Ui::Title));
        }
    });
    use_effect_with((), |_| {
        // Readiness mark for tests and the benchmark: set once, after the first render.
        if let Some(app) = crate::element_by_id("app") {
            let _ = app.set_attribute("data-ready", "true");
        }
    });
    let link = |to: Route| part_link(&history, to);
    let header = use_memo((), |_| crate::element_by_id("header-tools"));
    // (www/extras.js keeps the choice for the next visit.)
    let switch = |to: Locale| send(&form, move |_: MouseEvent| Action::SetLocale(to));
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let skip = {
        let target = result_id(route);
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            crate::focus(&target);
        })
    };
    let href = |to: Route| format!("#{}", to.path());
    let summary_of =
        |program: Program| -> &Summary { summaries.iter().find(|s| s.program == program).unwrap_or(&summaries[0]) };
    let shown = |program: Program| route.program() == Some(program);
    let offer_name = form.offer.name.clone();
    let live_in_given = form.offer.live_in.as_ref().is_some_and(|l| !l.is_empty());
    html! {
        <>
            // Into the header, which index.html holds with its texts (crates/first-screen): the
            // skip link first, so it is the page's first stop for the keyboard.
            { in_header(&header, html! {
                <>
                    <a class="skip-link" href={href(route)} onclick={skip}>{ t(locale, Ui::SkipToResult) }</a>
                    <nav class="language" aria-label={t(locale, Ui::Language)}>
                        <button type="button" id="lang-en" lang="en" aria-pressed={(locale == Locale::En).to_string()} onclick={switch(Locale::En)}>{ "English" }</button>
                        <button type="button" id="lang-nl" lang="nl" aria-pressed={(locale == Locale::Nl).to_string()} onclick={switch(Locale::Nl)}>{ "Nederlands" }</button>
                    </nav>
                </>
            }) }
            <nav class="parts" id="parts" aria-label={t(locale, Ui::Parts)}>
                <ul>
                    { for Route::PARTS.iter().map(|part| {
                        // The overview's item has no status; each program's shows its icon, and
                        // its status in words for screen readers.
                        let summary = part.program().map(summary_of);
                        let (icon, tone) = summary.map_or(("≡", ""), |s| (s.tone.icon(), s.tone.class()));
                        html! {
                            <li><a href={href(*part)} id={format!("nav-{}", part.program().map_or("overview", |p| p.as_str()))}
                                aria-current={(*part == route).then_some("page")} onclick={link(*part)}
                                data-program={part.program().map(|p| p.as_str())} data-status={summary.and_then(|s| s.status)}>
                                <span class={format!("nav-icon tone--{tone}")} aria-hidden="true">{ icon }</span>
                                <span class="nav-name">{ part.title(locale) }</span>
                                if let Some(s) = summary {
                                    <span class="nav-short" aria-hidden="true">{ i18n::program_short_name(locale, s.program) }</span>
                                    <span class="nav-word" aria-hidden="true">{ s.tone.word(locale) }</span>
                                    <span class="visually-hidden">{ ": " }{ s.text.clone() }</span>
                                }
                            </a></li>
                        }
                    }) }
                </ul>
            </nav>
            <main class="layout" data-part={route.path()}>
                <form class="questions" id="questions" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                    // On phones (style.css), the program's status above its questions, staying at
                    // the top while they are answered (the result panel, whose status is the live
                    // one, comes after them).
                    if let Some(s) = route.program().map(summary_of) { { programs::status_line(locale, s, "part-status", false) } }
                    { link_question(&form, &history, &link_ask) }
                    { notices(&form, &page, &loaded, *kept) }
                    { part_questions(&form, route) }
                    <div class="form-actions">
                        <button type="button" id="print" class="secondary" onclick={print}>{ t(locale, Ui::Print) }</button>
                        { keep_actions(&form, &confirming, &shared, &page, route) }
                    </div>
                </form>
                <div class="results-column">
                    { record(&form, report.as_of) }
                    if route == Route::Overview {
                        <section class="results card overview" id="overview" tabindex="-1" aria-labelledby="overview-title">
                            <h2 id="overview-title">{ t(locale, Ui::Programs) }</h2>
                            if let Some(name) = &offer_name { <p class="offer-name">{ name.clone() }</p> }
                            <ul class="overview-lines">
                                { for summaries.iter().map(|s| html! {
                                    <li class={format!("overview-line tone--{}", s.tone.class())}
                                        data-program={s.program.as_str()} data-status={s.status}>
                                        <span class="line-icon" aria-hidden="true">{ s.tone.icon() }</span>
                                        <a href={href(Route::of(s.program))} onclick={link(Route::of(s.program))}>{ i18n::label(locale, s.program) }</a>
                                        <span class="overview-status">{ s.text.clone() }</span>
                                    </li>
                                }) }
                            </ul>
                        </section>
                    }
                    { programs::next::confirm_list(locale, route == Route::Overview, &report) }
                    { programs::co_sell::co_sell(&report, summary_of(Program::CoSell), locale, shown(Program::CoSell), offer_name.as_deref()) }
                    { programs::rewards::rewards(&report, summary_of(Program::Rewards), locale, shown(Program::Rewards)) }
                    { programs::apss::apss(&report, summary_of(Program::Apss), locale, shown(Program::Apss)) }
                    { programs::storefront::storefront(&report, summary_of(Program::Storefront), locale, shown(Program::Storefront)) }
                    { programs::lead_sharing::lead_sharing(&report, summary_of(Program::LeadSharing), locale, shown(Program::LeadSharing), live_in_given) }
                </div>
            </main>
        </>
    }
}
